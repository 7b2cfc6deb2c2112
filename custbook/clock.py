"""The one clock: every "now" and "today" in Custbook comes from here.

Nothing in the core or the window reads `date.today()` or `datetime.now()` directly
(tests/core/test_clock.py walks the source and fails on any such call), so the date and
the time of day are inputs:

- a test sets them with `set_clock(FixedClock(...))` (tests/conftest.py does it for
  every test: 2026-11-22 at 10:00, ticking);
- a script, a screenshot run or a child process sets `CUSTBOOK_NOW=2026-11-22T10:00`
  (or a bare date) in the environment; the clock then starts there and ticks;
- otherwise it is the machine's local time.

A fixed clock *ticks* by default (it adds the real time elapsed since it was set), so
two changes made one after the other still get increasing timestamps; `ticking=False`
stops it entirely.
"""
from __future__ import annotations

import datetime as dt
import os
import time

ENV = "CUSTBOOK_NOW"


class SystemClock:
    """The machine's local time."""

    def now(self) -> dt.datetime:
        """The local date and time now."""
        return dt.datetime.now()


class FixedClock:
    """A clock that starts at a chosen moment and (by default) ticks from there."""

    def __init__(self, start: dt.datetime, ticking: bool = True):
        self.start = start
        self.ticking = ticking
        self._origin = time.monotonic()

    def now(self) -> dt.datetime:
        """The chosen moment plus the real time elapsed since (unless stopped)."""
        if not self.ticking:
            return self.start
        return self.start + dt.timedelta(seconds=time.monotonic() - self._origin)


def parse_moment(text: str) -> dt.datetime:
    """'2026-11-22' or '2026-11-22T23:30[:00]' as a datetime; ValueError otherwise."""
    text = text.strip()
    if len(text) == 10:
        return dt.datetime.combine(dt.date.fromisoformat(text), dt.time(10, 0))
    return dt.datetime.fromisoformat(text.replace(" ", "T"))


def _from_environment():
    text = os.environ.get(ENV, "").strip()
    if not text:
        return SystemClock()
    try:
        return FixedClock(parse_moment(text))
    except ValueError:
        return SystemClock()


_clock = _from_environment()


def set_clock(clock) -> None:
    """Use this clock from now on (anything with a `now()` returning a datetime)."""
    global _clock
    _clock = clock


def reset() -> None:
    """Back to the environment's clock (CUSTBOOK_NOW) or the machine's."""
    set_clock(_from_environment())


def now() -> dt.datetime:
    """The current local date and time, to the microsecond."""
    return _clock.now()


def now_seconds() -> dt.datetime:
    """The current local date and time, to the second (as the book stores it)."""
    return _clock.now().replace(microsecond=0)


def today() -> dt.date:
    """Today's date."""
    return _clock.now().date()


def utc_now() -> dt.datetime:
    """The current moment in UTC (for iCalendar stamps)."""
    return now().astimezone(dt.timezone.utc)
