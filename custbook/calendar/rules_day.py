"""Whether today's automatic rules have run in this book, asked without loading the rules.

The window asks at every start, before its first idle moment; the rules' modules (their
recurrence, holidays and writers: ~10 ms to import) load only on the day's first start,
when the rules run. `reminder_rules` re-exports `needs_run`.
"""
from __future__ import annotations

import datetime as dt

from custbook import settings


def needs_run(today: dt.date) -> bool:
    """Whether the rules have not run yet for `today` in this book."""
    return settings.get("rules_ran_on") != today.isoformat()
