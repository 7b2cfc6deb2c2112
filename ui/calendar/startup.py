"""When a book opens: run the automatic rules for today, then say briefly what is due.

The rules run on the background runner (ui/worker.py). A book of up to SYNC_LIMIT
customers waits for them (well under a second) so the summary counts them; a bigger
one starts them once the window is up (not beside its first paint) and shows the
summary when they are done, with a progress dialog only if they take a while. The summary is a slim bar at the top of the pages — part of the
window's layout, so it never covers a control — shown only when the window opens on a
page other than Home (Home already lists the day's work). It stays until closed or
until the owner opens the calendar from it.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QPushButton

from custbook.calendar.rules_day import needs_run
from custbook.errors import CustbookError
from ui import format as fmt
from ui import prefs
from ui.calendar.common import kind_name
from ui.worker import run_task, wait_for
from custbook import clock

SYNC_LIMIT = 20_000
PREF = "calendar/summary_on_open"


def book_opened(window, today: dt.date | None = None) -> None:
    """Run today's rules (if not run yet) and show the summary of what is due."""
    today = today or clock.today()

    def finished(report=None) -> None:
        show_summary(window, today)

    if not needs_run(today):
        finished()
        return
    # start-up: the customer list (20-25 ms with the phone numbers, -X importtime) only on
    # the day's first start, when the rules run
    from custbook.customers.customer_list import count_customers_up_to

    # "a small book?" without counting a big one (a million customers: 60 ms, 1 ms capped)
    if count_customers_up_to(SYNC_LIMIT + 1) <= SYNC_LIMIT:
        try:
            report = wait_for(window, QCoreApplication.translate(
                "TodaySummary", "Preparing today's reminders…"),
                lambda: run_rules(today))
        except CustbookError as exc:
            window.statusBar().showMessage(str(exc), 10_000)
            return
        finished(report)
        return

    def start() -> None:
        window.rules_task = run_task(
            window, QCoreApplication.translate("TodaySummary", "Preparing today's reminders…"),
            lambda progress: run_rules(today, progress),
            on_success=finished,
            on_failure=lambda exc: window.statusBar().showMessage(str(exc), 10_000))

    # Once the window is up: started now, the rules' first steps (a million customers'
    # due dates) would share Python's lock with the window's first paint (0.51 s to the
    # first idle moment instead of 0.32 s at 1,000,000 customers).
    QTimer.singleShot(0, window, start)


def run_rules(today: dt.date, progress=None):
    """The day's rules, on the runner: expired cards and points first, then the reminders'
    (their report)."""
    # start-up: the reminder and cards' rules (10-15 ms, -X importtime) are imported by
    # the runner that runs them, not on the window's thread before its first paint
    from custbook.calendar import reminder_rules
    from custbook.membership import rules as membership_rules

    membership_rules.expire_due(today)
    return reminder_rules.run_rules(today, progress)


def summary_text(today: dt.date) -> str:
    """"Today: 12 to contact (5 Follow-up call, 2 Birthday); 3 overdue." ("" if nothing)."""
    # start-up: the agenda's counts only when the summary is shown (not on Home, where the
    # window opens)
    from custbook.calendar import reminders

    counts = reminders.due_summary(today)
    if not counts["today"] and not counts["overdue"]:
        return ""
    kinds = sorted(((k[6:], n) for k, n in counts.items() if k.startswith("today_")),
                   key=lambda pair: -pair[1])
    text = QCoreApplication.translate("TodaySummary", "Today: %1 to contact").replace(
        "%1", fmt.number(counts["today"]))
    if kinds:
        text += " (" + ", ".join(f"{fmt.number(n)} {kind_name(kind)}" for kind, n in kinds) + ")"
    if counts["overdue"]:
        text += QCoreApplication.translate("TodaySummary", "; %1 overdue").replace(
            "%1", fmt.number(counts["overdue"]))
    return text + "."


def show_summary(window, today: dt.date) -> TodaySummary | None:
    """Show the bar above the pages, unless the owner turned it off or Home is in front."""
    if prefs.get(PREF, "1") == "0":
        return None
    if getattr(window, "current_page_key", lambda: "")() == "home":
        return None  # Home lists today's calls and visits itself
    text = summary_text(today)
    if not text:
        return None
    old = getattr(window, "today_summary", None)
    if old is not None:
        old.close()
    note = TodaySummary(window, text)
    window.today_summary = note
    area = getattr(window, "banner_area", None)
    if area is not None:
        area.insertWidget(0, note)
    note.show()
    return note


class TodaySummary(QFrame):
    """A slim bar above the pages: what is due today, and a way to the calendar."""

    def __init__(self, window, text: str):
        super().__init__(window)
        self.setObjectName("todaySummary")
        self.window_ = window
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#todaySummary { background: #fffbe6; border: none;"
                           " border-bottom: 1px solid #e0c36a; }")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 4, 4, 4)
        heading = self.tr("Today in the calendar")
        self.text = QLabel(text)
        self.text.setObjectName("summaryText")
        self.text.setWordWrap(True)
        self.text.setToolTip(heading)
        row.addWidget(self.text, 1)
        open_calendar = QPushButton(self.tr("Open the calendar"))
        open_calendar.setObjectName("summaryOpenCalendar")
        open_calendar.clicked.connect(self.open_calendar)
        row.addWidget(open_calendar)
        self.never = QCheckBox(self.tr("Not when Custbook opens"))
        self.never.setObjectName("summaryNever")
        self.never.toggled.connect(lambda on: prefs.put(PREF, "0" if on else "1"))
        row.addWidget(self.never)
        close = QPushButton("×")
        close.setObjectName("summaryClose")
        close.setToolTip(self.tr("Close"))
        close.setFlat(True)
        close.setFixedWidth(28)
        close.clicked.connect(self.close)
        row.addWidget(close)

    def open_calendar(self) -> None:
        if hasattr(self.window_, "show_page"):
            self.window_.show_page("calendar")
        self.close()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if getattr(self.window_, "today_summary", None) is self:
            self.window_.today_summary = None
        self.hide()
        self.deleteLater()
        super().closeEvent(event)

