"""The response clock: how long the customer waited for the shop's first response.

The shop promises to respond within `promised_response_hours` (a setting, 24 h by
default). The clock runs from receipt to the first step anyone recorded; while nobody
has responded it keeps running, and past the deadline the complaint is overdue.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from custbook import settings


@dataclass(frozen=True)
class ResponseClock:
    """Where a complaint stands against the promised response time."""

    received_at: dt.datetime
    deadline: dt.datetime
    responded_at: dt.datetime | None
    hours: float  # to the first response, or waited so far
    promised_hours: int
    state: str  # "on_time", "late" (responded after the deadline), "waiting", "overdue"

    @property
    def overdue(self) -> bool:
        """Nobody has responded and the promised time is up."""
        return self.state == "overdue"


def promised_hours() -> int:
    """The shop's promised response time in hours (setting `promised_response_hours`)."""
    return max(1, int(settings.get("promised_response_hours")))


def response_clock(received_at: dt.datetime, first_response_at: dt.datetime | None,
                   now: dt.datetime, hours: int | None = None) -> ResponseClock:
    """The clock of one complaint at `now` (hours: the promise; default from settings)."""
    hours = promised_hours() if hours is None else hours
    deadline = received_at + dt.timedelta(hours=hours)
    if first_response_at is not None:
        taken = (first_response_at - received_at).total_seconds() / 3600
        state = "on_time" if first_response_at <= deadline else "late"
        return ResponseClock(received_at, deadline, first_response_at, max(taken, 0.0), hours,
                             state)
    waited = max((now - received_at).total_seconds() / 3600, 0.0)
    return ResponseClock(received_at, deadline, None, waited, hours,
                         "overdue" if now > deadline else "waiting")


def clock_of(c: Any, now: dt.datetime, hours: int | None = None) -> ResponseClock:
    """The response clock of complaint `c` (a closed complaint's clock has stopped)."""
    return response_clock(c.received_at, c.first_response_at,
                          now if c.closed_at is None else max(c.closed_at, c.received_at), hours)
