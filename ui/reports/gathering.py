"""The satisfaction report's figures gathered in up to three parts at once, for the page.

`satisfaction_data.gather` asks the core for every figure one after another; on a book
with a million purchases that is a few seconds, most of it SQLite scans that release
Python's lock. The page asks the very same core functions with the very same arguments,
split into three independent parts (this period's loyalty scan, the previous period's,
and everything else), so on a PC with spare cores the owner waits for the slowest part
instead of the sum. One core is left for the UI thread: on a two-core PC the parts run
one after the other (measured: no gain there, and the window stays smoother). The parts
run on the background runner's workers (`ui.worker.Runner.parallel`). The result is the
same `ReportData` (a test compares the two).
"""
from __future__ import annotations

import datetime as dt
import os

from custbook.loyalty import loyalty, satisfaction
from custbook.complaints.figures import complaint_figures
from custbook.paper.satisfaction_data import ReportData, previous_period
from ui.worker import runner


def _the_rest(start: dt.date, end: dt.date) -> dict:
    p_start, p_end = previous_period(start, end)
    return {
        "satisfaction": satisfaction.satisfaction_figures(start, end),
        "previous_satisfaction": satisfaction.satisfaction_figures(p_start, p_end),
        "complaints": complaint_figures(start, end),
        "previous_complaints": complaint_figures(p_start, p_end),
        "response_buckets": satisfaction.response_time_buckets(start, end),
        "staff": satisfaction.staff_figures(start, end),
        "top": loyalty.top_customers(start, end, limit=10),
        "at_risk": loyalty.at_risk_customers(end, limit=15),
    }


def workers() -> int:
    """How many parts run at once: up to three, leaving one core to the UI thread."""
    return max(1, min(3, (os.cpu_count() or 1) - 1))


def gather_concurrently(start: dt.date, end: dt.date, parallel: int | None = None) -> ReportData:
    """What `satisfaction_data.gather(start, end)` returns, its parts asked side by side."""
    p_start, p_end = previous_period(start, end)
    parts = [lambda: loyalty.loyalty_figures(start, end),
             lambda: loyalty.loyalty_figures(p_start, p_end),
             lambda: _the_rest(start, end)]
    if (parallel or workers()) > 1:
        current, previous, rest = runner().parallel(parts)
    else:
        current, previous, rest = (part() for part in parts)
    return ReportData(start=start, end=end, loyalty=current, previous_loyalty=previous, **rest)
