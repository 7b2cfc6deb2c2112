"""The Calendar page: the month, the week or the agenda on the left; the Today panel and
the chosen reminder's details on the right.

The Today panel lists what is overdue (in red), due today and coming in the next
seven days, each with who, phone, why and last purchase; choosing a line shows the
talking points and the buttons to mark it done (with outcome and a quick satisfaction
rating), snooze, skip, edit or remove it. The page also adds reminders, prints the
visit sheet, imports and exports .ics files and opens the reminder rules.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from custbook.calendar import reminder_actions, reminder_schedule
from custbook.errors import CustbookError, ValidationError
from custbook.calendar.reminders import Occurrence
from custbook.messages import due
from ui import format as fmt
from ui import prefs
from ui.calendar.commands import calendar_commands
from ui.calendar.day_list import DayList
from ui.calendar.detail import DetailPane
from ui.calendar.month_view import MonthView
from ui.calendar.today_panel import TodayPanel
from ui.calendar.week_view import WeekView
from ui.i18n import current_language
from ui.messages.message_dialog import MessageDialog
from ui.page import Page
from ui.page_commands import PageCommands
from custbook import clock
from custbook.calendar import reminder_rules

VIEWS = ("month", "week", "agenda")
AGENDA_DAYS = 30


class CalendarPage(Page):
    KINDS = frozenset({"reminders", "customers", "complaints", "purchases", "settings"})

    def __init__(self, parent=None, commands: PageCommands | None = None):
        """`commands`: the Calendar menu's entries the window made before this page (made
        here when None)."""
        super().__init__(parent)
        self.commands = commands or calendar_commands(self, lambda forward: self)
        self.day = self.today()
        self.view = "month"
        self.current_dialog = None  # the last dialog the page opened (tests use it)
        self.task = None
        self.heading.setText(self.tr("Calendar"))
        self.date_label = QLabel()
        self.date_label.setObjectName("todayLabel")
        self.layout_.addWidget(self.date_label)
        self._build_actions()
        self._build_bar()
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("calendarSplit")
        self.stack = QStackedWidget()
        self.month_view = MonthView()
        self.week_view = WeekView()
        self.agenda_view = DayList()
        self.agenda_view.setObjectName("agendaList")
        for view in (self.month_view, self.week_view, self.agenda_view):
            self.stack.addWidget(view)
            view.sig_selected.connect(self._selected)
            view.sig_activated.connect(self._activated)
        self.month_view.sig_day_chosen.connect(self._day_chosen)
        split.addWidget(self.stack)
        right = QSplitter(Qt.Orientation.Vertical)
        today_box = QWidget()
        today_layout = QVBoxLayout(today_box)
        today_layout.setContentsMargins(0, 0, 0, 0)
        today_title = QLabel(self.tr("Today"))
        today_title.setStyleSheet("font-weight: bold; font-size: 12pt;")
        today_layout.addWidget(today_title)
        self.today_panel = TodayPanel()
        self.today_panel.sig_selected.connect(self._selected)
        self.today_panel.sig_activated.connect(self._activated)
        today_layout.addWidget(self.today_panel, 1)
        right.addWidget(today_box)
        self.detail = DetailPane()
        self.detail.sig_action.connect(self._on_action)
        right.addWidget(self.detail)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([700, 640])
        self.layout_.addWidget(split, 1)
        self.show_view(prefs.get("calendar/view", "month"), refresh=False)

    # --- building
    def _build_actions(self) -> None:
        made = self.commands.actions  # the window's menu entries (ui/calendar/commands.py)
        self.action_new = made["new_reminder"]
        self.action_print = made["print_sheet"]
        self.action_import = made["import_ics"]
        self.action_export = made["export_ics"]
        self.action_rules = made["edit_rules"]
        for action in (self.action_new, self.action_print):  # their shortcuts: on this page
            self.addAction(action)

    def menu_actions(self) -> list[QAction]:
        """What the main window's Calendar menu offers."""
        return self.commands.menu()

    def _build_bar(self) -> None:
        bar = QHBoxLayout()
        self.back = QToolButton()
        self.back.setObjectName("calendarBack")
        self.back.setText("◀")
        self.back.setToolTip(self.tr("Earlier"))
        self.back.clicked.connect(lambda: self.step_period(-1))
        self.go_today = QPushButton(self.tr("Today"))
        self.go_today.setObjectName("calendarToday")
        self.go_today.clicked.connect(self.back_to_today)
        self.forward = QToolButton()
        self.forward.setObjectName("calendarForward")
        self.forward.setText("▶")
        self.forward.setToolTip(self.tr("Later"))
        self.forward.clicked.connect(lambda: self.step_period(1))
        self.period = QLabel()
        self.period.setObjectName("calendarPeriod")
        self.period.setStyleSheet("font-size: 12pt; font-weight: bold; padding: 0 8px;")
        for widget in (self.back, self.go_today, self.forward, self.period):
            bar.addWidget(widget)
        bar.addStretch(1)
        self.view_buttons = QButtonGroup(self)
        names = {"month": self.tr("Month"), "week": self.tr("Week"), "agenda": self.tr("Agenda")}
        self.view_button: dict[str, QToolButton] = {}
        for key in VIEWS:
            button = QToolButton()
            button.setObjectName(f"{key}ViewButton")
            button.setText(names[key])
            button.setCheckable(True)
            button.clicked.connect(lambda checked=False, k=key: self.show_view(k))
            self.view_buttons.addButton(button)
            self.view_button[key] = button
            bar.addWidget(button)
        bar.addSpacing(12)
        new = QPushButton(self.tr("New reminder"))
        new.setObjectName("newReminderButton")
        new.clicked.connect(self.new_reminder)
        bar.addWidget(new)
        sheet = QPushButton(self.tr("Visit sheet"))
        sheet.setObjectName("visitSheetButton")
        sheet.setToolTip(self.tr("Print today's calls on paper (Ctrl+P)"))
        sheet.clicked.connect(self.print_sheet)
        bar.addWidget(sheet)
        more = QToolButton()
        more.setObjectName("calendarMore")
        more.setText(self.tr("More"))
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(more)
        for action in (self.action_import, self.action_export, self.action_rules):
            menu.addAction(action)
        more.setMenu(menu)
        bar.addWidget(more)
        self.layout_.addLayout(bar)

    # --- days and views
    def today(self) -> dt.date:
        return clock.today()

    def show_view(self, key: str, refresh: bool = True) -> None:
        """Switch between the month, week and agenda views."""
        self.view = key if key in VIEWS else "month"
        self.view_button[self.view].setChecked(True)
        self.stack.setCurrentIndex(VIEWS.index(self.view))
        prefs.put("calendar/view", self.view)
        if refresh:
            self.refresh_view()

    def step_period(self, step: int) -> None:
        """Go a month, a week or a month of agenda back (-1) or forward (1)."""
        if self.view == "month":
            first = self.day.replace(day=1)
            month = first.month - 1 + step
            self.day = first.replace(year=first.year + month // 12, month=month % 12 + 1)
        elif self.view == "week":
            self.day += dt.timedelta(days=7 * step)
        else:
            self.day += dt.timedelta(days=AGENDA_DAYS * step)
        self.refresh_view()

    def back_to_today(self) -> None:
        self.day = self.today()
        self.refresh_view()

    def go_to(self, day: dt.date) -> None:
        """Show the period holding `day`, with that day chosen."""
        self.day = day
        self.refresh_view()

    def refresh(self) -> None:
        """Re-read everything shown (after any change the page cares about)."""
        today = self.today()
        try:
            reminder_schedule.catch_up(today, "complaint")  # the complaint log's follow-ups
        except CustbookError:
            pass
        self.date_label.setText(self.tr("Today is %1.").replace("%1", fmt.date(today)))
        current = self.detail.current
        keep = (current.reminder_id, current.occurrence_on) if current else None
        self.detail.today = today
        self.today_panel.load(today, keep)
        self.refresh_view()

    def refresh_view(self) -> None:
        today = self.today()
        if self.view == "month":
            self.month_view.show_month(self.day, today, self.day)
            self.period.setText(self.month_view.title())
        elif self.view == "week":
            self.week_view.show_week(self.day, today)
            self.period.setText(self.week_view.title())
        else:
            end = self.day + dt.timedelta(days=AGENDA_DAYS - 1)
            self.agenda_view.show_days(self.day, end, today)
            self.period.setText(f"{fmt.date(self.day)} – {fmt.date(end)}")

    def _day_chosen(self, day: dt.date) -> None:
        self.day = day

    # --- one reminder
    def _selected(self, item: Occurrence | None) -> None:
        if item is not None or self.sender() is self.today_panel:
            self.detail.show_occurrence(item)

    def _activated(self, item: Occurrence) -> None:
        self.detail.show_occurrence(item)
        if item.status == "open":
            self.mark_done(item)
        elif item.status == "later":
            self.edit(item)

    def _on_action(self, action: str, argument) -> None:
        item = self.detail.current
        if item is None:
            return
        handlers = {"done": self.mark_done, "edit": self.edit, "skip": self.skip,
                    "remove": self.remove, "open_card": self.open_card,
                    "message": self.message}
        if action == "snooze":
            self.snooze(item, argument)
        else:
            handlers[action](item)

    def _tell(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Calendar"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("calendarMessage")
        self.current_dialog = box
        box.open()

    def mark_done(self, item: Occurrence):
        # start-up: importing it here, not at the top, saves 65 ms when this module loads
        from ui.calendar.done_dialog import DoneDialog

        dialog = DoneDialog(item, self.today(), self)
        self.current_dialog = dialog
        dialog.open()
        return dialog

    def snooze(self, item: Occurrence, until: dt.date | None):
        if until is None:
            # start-up: importing it here, not at the top, saves 3 ms when this module loads
            from ui.calendar.snooze_dialog import SnoozeDialog

            dialog = SnoozeDialog(self.today(), f"{item.customer_name} · {item.title}", self)
            dialog.accepted.connect(lambda: self.snooze(item, dialog.day()))
            self.current_dialog = dialog
            dialog.open()
            return dialog
        try:
            reminder_actions.snooze(item.reminder_id, until, self.today())
        except CustbookError as exc:
            self._tell(exc.message if isinstance(exc, ValidationError) else str(exc))
            return None
        return None

    def skip(self, item: Occurrence) -> None:
        try:
            reminder_actions.skip(item.reminder_id, self.today(),
                                  item.occurrence_on if item.status == "later" else None)
        except CustbookError as exc:
            self._tell(str(exc))
            return

    def edit(self, item: Occurrence):
        # start-up: importing it here, not at the top, saves 20 ms when this module loads
        from ui.calendar.reminder_dialog import ReminderDialog

        dialog = ReminderDialog(self.today(), item.reminder_id, parent=self)
        self.current_dialog = dialog
        dialog.open()
        return dialog

    def remove(self, item: Occurrence, confirm: bool = True) -> None:
        if confirm:
            question = self.tr("Remove the reminder “%1”?").replace("%1", item.title)
            if item.is_series:
                question += "\n" + self.tr("This removes every later time of the series too.")
            answer = QMessageBox.question(self, self.tr("Remove reminder"), question)
            if answer != QMessageBox.StandardButton.Yes:
                return
        reminder_actions.remove(item.reminder_id)
        self.detail.show_occurrence(None)

    def open_card(self, item: Occurrence):
        if item.customer_id is None:
            return None
        # start-up: importing it here, not at the top, saves 1.03 s when this module loads
        from ui.customers.card import open_card

        return open_card(self.window(), item.customer_id, self.today())

    def message(self, item: Occurrence):
        """The reminder's greeting or follow-up as a message to copy (ui.messages)."""
        if item.customer_id is None:
            return None
        kind, extra = due.for_reminder(item.reminder_id,
                                       "zh_CN" if current_language() == "zh_CN" else "en")
        dialog = MessageDialog(self.window(), [item.customer_id], kind=kind, today=self.today(),
                               extra=extra)
        self.current_dialog = dialog
        dialog.open()
        return dialog

    # --- the window's New / Print (ui/window_commands.py)
    def new_item(self):
        return self.new_reminder()

    def print_paper(self):
        return self.print_sheet()

    # --- the page's own actions
    def new_reminder(self, customer_id: int | None = None):
        # start-up: importing it here, not at the top, saves 20 ms when this module loads
        from ui.calendar.reminder_dialog import ReminderDialog

        day = max(self.day, self.today())
        dialog = ReminderDialog(self.today(), day=day, customer_id=customer_id, parent=self)
        self.current_dialog = dialog
        dialog.open()
        return dialog

    def print_sheet(self):
        # start-up: importing it here, not at the top, saves 484 ms when this module loads
        from ui.calendar.visit_print import VisitSheetDialog

        day = self.day if self.view != "month" or self.day >= self.today() else self.today()
        dialog = VisitSheetDialog(self.today(), day, self)
        self.current_dialog = dialog
        dialog.open()
        return dialog

    def import_ics(self, path: str | None = None):
        # start-up: importing it here, not at the top, saves 77 ms when this module loads
        from ui.calendar.ical_dialogs import import_file

        dialog = import_file(self, self.today(), path)
        self.current_dialog = dialog
        return dialog

    def export_ics(self):
        # start-up: importing it here, not at the top, saves 63 ms when this module loads
        from ui.calendar.ical_dialogs import ExportDialog

        dialog = ExportDialog(self.today(), self)
        self.current_dialog = dialog
        dialog.open()
        return dialog

    def edit_rules(self):
        # start-up: importing it here, not at the top, saves 14 ms when this module loads
        from ui.calendar.rules_dialog import RulesDialog

        dialog = RulesDialog(self)
        dialog.accepted.connect(self.run_rules)
        self.current_dialog = dialog
        dialog.open()
        return dialog

    def run_rules(self) -> None:
        """Run the rules again (after their settings changed), off the thread if big."""
        # start-up: importing ui.worker here, not at the top, saves 8 ms when this module loads
        from ui.worker import run_task

        today = self.today()
        self.task = run_task(self, self.tr("Updating the reminders…"),
                             lambda progress: reminder_rules.run_rules(today, progress),
                             on_success=None,
                             on_failure=lambda exc: self._tell(str(exc)))
