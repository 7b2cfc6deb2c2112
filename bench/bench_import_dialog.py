"""Benchmark the import dialog on a 100,000-row file and a 100,000-customer book.

Usage: python bench/bench_import_dialog.py [BOOK] [--rows N]
(default /tmp/big-100k.db, copied first to /tmp/import-ui-100k.db and deleted after).

Drives the real dialog offscreen, as the owner would: read the file (a GB18030 CSV
with Chinese headers), show the columns page, Check (the dry run), Import, then undo.
Besides each step's time it reports the longest the UI thread went without
answering (a 10 ms timer's worst gap) while the dry run and the import ran on the
worker: that is what the owner feels as a frozen window.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("CUSTBOOK_NO_BOOTSTRAP", "1")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def write_csv(path: Path, rows: int) -> None:
    lines = ["姓名,手机,生日,地址,备注"]
    for i in range(rows):
        lines.append(f"顾客{i:06d},139{i:08d},{1950 + i % 50}-{1 + i % 12:02d}-{1 + i % 28:02d},"
                     f"某市某区{i % 977}号,导入测试")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("gb18030"))


class Stalls:
    """The longest gap between ticks of a 10 ms timer on the UI thread."""

    def __init__(self):
        from PySide6.QtCore import QTimer

        self.worst = 0.0
        self.last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.tick)

    def tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def start(self) -> None:
        self.worst, self.last = 0.0, time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.worst


def wait(app, signal, timeout: float = 600) -> list:
    from PySide6.QtCore import QEventLoop, QTimer

    loop, got = QEventLoop(), []
    signal.connect(lambda *args: (got.append(args), loop.quit()))
    QTimer.singleShot(int(timeout * 1000), loop.quit)
    loop.exec()
    return got[0] if got else []


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("book", nargs="?", default="/tmp/big-100k.db")
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from custbook import db
    from custbook.exchange import importer
    from custbook.models import Customer
    from ui.exchange.import_dialog import ImportDialog
    from ui.exchange.import_source import open_source

    app = QApplication([])
    copy = Path("/tmp/import-ui-100k.db")
    shutil.copy(args.book, copy)
    folder = Path(tempfile.mkdtemp())
    try:
        db.open_book(copy)
        from custbook import models  # an older big book may lack the audit and import tables
        models.database.create_tables([models.AuditEntry, models.ImportBatch], safe=True)
        before = Customer.select().count()
        path = folder / "客户名单.csv"
        write_csv(path, args.rows)
        print(f"book: {before:,} customers; file: {args.rows:,} rows, "
              f"{path.stat().st_size / 1e6:.1f} MB GB18030")
        start = time.perf_counter()
        source = open_source(path)
        print(f"read the file (worker)            {time.perf_counter() - start:7.2f} s")
        start = time.perf_counter()
        dialog = ImportDialog(None, source)
        dialog.show()
        app.processEvents()
        print(f"columns page shown                {time.perf_counter() - start:7.2f} s")
        stalls = Stalls()
        stalls.start()
        start = time.perf_counter()
        dialog.check()
        wait(app, dialog.sig_checked)
        checked = time.perf_counter() - start
        print(f"check (dry run) to result shown   {checked:7.2f} s   "
              f"UI thread worst stall {stalls.stop() * 1000:5.0f} ms")
        print(f"   counts: new {dialog.plan.count('new'):,}, duplicate "
              f"{dialog.plan.count('duplicate'):,}, invalid {dialog.plan.count('invalid'):,}")
        stalls.start()
        start = time.perf_counter()
        dialog.run_import()
        result, error = wait(app, dialog.sig_finished_import)
        print(f"import (one transaction)          {time.perf_counter() - start:7.2f} s   "
              f"UI thread worst stall {stalls.stop() * 1000:5.0f} ms")
        assert error is None, error
        assert Customer.select().count() == before + result.created
        start = time.perf_counter()
        importer.undo_import(result.batch_id)
        print(f"undo                              {time.perf_counter() - start:7.2f} s")
        assert Customer.select().count() == before
    finally:
        db.close_book()
        shutil.rmtree(folder, ignore_errors=True)
        for suffix in ("", "-wal", "-shm"):
            Path(str(copy) + suffix).unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
