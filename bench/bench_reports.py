"""Benchmark the report figures, the PDF satisfaction report and the on-screen Reports page.

Usage: python bench/bench_reports.py [BOOK] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
       [--no-page] [--serial-page]
(default BOOK /tmp/big-100k.db, a 100,000-customer / 1,000,000-purchase sample shop
built with `python main.py demo --customers 100000 --out /tmp/big-100k.db`; default
period: the year up to 2026-11-22).

The book is copied first, so the original is never changed. Each figure is the median
of a few runs, in milliseconds. Not a test: run it by hand when the report queries change.

The page part runs the real Reports page in an offscreen window (1100 × 700) and times,
for the "last 12 months" and "this year" presets, the wait from choosing the period to
every figure, chart and table shown (`sig_loaded`) and painted (each chart grabbed),
while a 5 ms heartbeat timer on the UI thread measures the longest time the UI thread
was kept from running (target: under 100 ms, so the window never feels frozen).
"""
from __future__ import annotations

import argparse
import datetime as dt
import itertools
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("CUSTBOOK_NO_BOOTSTRAP", "1")

from custbook import db
from custbook.loyalty import loyalty, satisfaction
from custbook.complaints.figures import complaint_figures


def timed(label: str, work, runs: int = 3) -> None:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    print(f"  {label:<48} {statistics.median(times):9.1f} ms")


def bench_page(today: dt.date, tmp: Path, serial: bool = False) -> None:
    """Time the Reports page from a period change to everything painted (offscreen).

    With `serial`, the page gathers with `satisfaction_data.gather` (one call after the
    other) instead of its three concurrent parts, to see what the concurrency buys.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "qs"))
    from ui.app import load_fonts
    from ui.reports.page import ReportsPage

    load_fonts(app)
    clock = QElapsedTimer()
    clock.start()
    beats: list[int] = []
    heart = QTimer()
    heart.setInterval(5)
    heart.timeout.connect(lambda: beats.append(clock.elapsed()))

    def wait_loaded(page) -> None:
        loop = QEventLoop()
        page.sig_loaded.connect(loop.quit)
        loop.exec()
        page.sig_loaded.disconnect(loop.quit)

    def longest_gap(since: int) -> int:
        marks = [since] + [b for b in beats if b >= since]
        return max((b - a for a, b in itertools.pairwise(marks)), default=0)

    page = ReportsPage(None, today)
    if serial:
        from custbook.paper.satisfaction_data import gather

        page.loader.work = gather
        print("  (page gathering serially)")
    else:
        from ui.reports.gathering import workers

        print(f"  (page gathering in {workers()} thread(s) on {os.cpu_count()} cores)")
    page.resize(1100, 700)
    page.show()
    started = clock.elapsed()
    heart.start()
    wait_loaded(page)  # the first show (the remembered preset, "last 30 days")
    print(f"  {'page: first show (last 30 days), figures on screen':<48} "
          f"{clock.elapsed() - started:9.1f} ms   UI thread blocked at most "
          f"{longest_gap(started)} ms")
    for preset, label in (("last_12_months", "last 12 months"), ("this_year", "this year")):
        beats.clear()
        started = clock.elapsed()
        page.picker.choose(preset)
        wait_loaded(page)
        loaded = clock.elapsed() - started
        for chart in page.chart_panel.charts():
            chart.grab()  # paint every chart, also those scrolled out of sight
        page.grab()
        painted = clock.elapsed() - started
        app.processEvents()
        print(f"  {'page: ' + label + ' → figures on screen':<48} {loaded:9.1f} ms")
        print(f"  {'page: ' + label + ' → all charts painted':<48} {painted:9.1f} ms"
              f"   UI thread blocked at most {longest_gap(started)} ms")
    heart.stop()
    page.close()
    from ui.reports.loader import wait_for_all

    wait_for_all()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("book", nargs="?", default="/tmp/big-100k.db")
    parser.add_argument("--from", dest="start", type=dt.date.fromisoformat,
                        default=dt.date(2025, 11, 23))
    parser.add_argument("--to", dest="end", type=dt.date.fromisoformat,
                        default=dt.date(2026, 11, 22))
    parser.add_argument("--no-page", dest="page", action="store_false",
                        help="skip the on-screen Reports page")
    parser.add_argument("--serial-page", dest="serial", action="store_true",
                        help="let the page gather serially (to compare)")
    args = parser.parse_args(argv)
    start, end = args.start, args.end
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "book.db"
        for suffix in ("", "-wal"):
            if Path(args.book + suffix).exists():
                shutil.copy(args.book + suffix, str(copy) + suffix)
        db.open_book(copy)
        try:
            print(f"Book {args.book}, period {start} … {end}")
            timed("loyalty_figures (segments, cohorts …)", lambda: loyalty.loyalty_figures(start, end))
            timed("satisfaction_figures", lambda: satisfaction.satisfaction_figures(start, end))
            timed("staff_figures", lambda: satisfaction.staff_figures(start, end))
            timed("top_customers", lambda: loyalty.top_customers(start, end))
            timed("at_risk_customers", lambda: loyalty.at_risk_customers(end))
            timed("complaint_figures", lambda: complaint_figures(start, end))
            try:
                from custbook.paper.satisfaction_report import write_satisfaction_report
            except ImportError:
                return 0
            out = Path(tmp) / "report.pdf"
            timed("whole PDF satisfaction report (year)",
                  lambda: write_satisfaction_report(out, start, end), runs=1)
            from custbook.paper.satisfaction_data import gather

            timed("gather (every figure the page shows)", lambda: gather(start, end), runs=1)
            if args.page:
                bench_page(end, Path(tmp), serial=args.serial)
        finally:
            db.close_book()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
