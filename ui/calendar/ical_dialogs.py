"""iCalendar in and out: importing birthdays from a phone's .ics file, exporting reminders.

Import reads the file first and shows the plan — what will become a reminder (how it
repeats, its next day, the customer it belongs to) and what is left out with the
reason — and writes only when the owner says Import. Export writes the open
reminders of the chosen kinds for a phone calendar.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from custbook import vocab
from custbook.calendar import lunar, recurrence
from custbook.errors import CustbookError
from custbook.exchange import ical_export, ical_import
from ui import format as fmt
from ui.worker import wait_for
from custbook.calendar import reminder_schedule


def _repeats(planned: ical_import.Planned) -> str:
    """How a planned series repeats, in words."""
    rule = recurrence.Rule(planned.repeat, planned.due_on, planned.interval, planned.weekday,
                           planned.nth, *(planned.lunar or (None, None, False)), planned.until,
                           planned.feb29_on or "feb28")
    return recurrence.label(rule)


class ImportDialog(QDialog):
    def __init__(self, path: Path, found: ical_import.CalendarFile, today: dt.date, parent=None):
        super().__init__(parent)
        self.setObjectName("icalImportDialog")
        self.setWindowTitle(self.tr("Import from %1").replace("%1", path.name))
        self.resize(760, 480)
        self.found, self.today = found, today
        self.result_: ical_import.ImportResult | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("%1 reminders will be made; %2 events are left out.")
                                .replace("%1", str(len(found.planned)))
                                .replace("%2", str(len(found.left_out)))))
        self.tree = QTreeWidget()
        self.tree.setObjectName("icalPlan")
        self.tree.setHeaderLabels([self.tr("Event"), self.tr("Kind"), self.tr("Repeats"),
                                   self.tr("Next"), self.tr("Customer")])
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        kinds = vocab.reminder_kinds()
        planned_group = QTreeWidgetItem([self.tr("To import")])
        for planned in found.planned:
            customer = ical_import.customer_named(planned.name_hint)
            who = planned.name_hint if customer else (
                self.tr("%1 (no such customer: for the shop)").replace("%1", planned.name_hint)
                if planned.name_hint else self.tr("(the shop)"))
            repeats = self.tr("once") if planned.repeat == "none" else _repeats(planned)
            if planned.lunar:
                repeats += f" ({lunar.label(*planned.lunar)})"
            QTreeWidgetItem(planned_group, [planned.title, kinds.get(planned.kind, planned.kind),
                                            repeats, self._next(planned), who])
        left_group = QTreeWidgetItem([self.tr("Left out")])
        for left in found.left_out:
            item = QTreeWidgetItem(left_group, [left.title, "", left.reason])
            item.setFirstColumnSpanned(False)
            item.setToolTip(2, left.reason)
        for group in (planned_group, left_group):
            self.tree.addTopLevelItem(group)
            group.setExpanded(True)
            group.setFirstColumnSpanned(True)
        layout.addWidget(self.tree, 1)
        for warning in found.warnings:
            note = QLabel("⚠ " + warning)
            note.setWordWrap(True)
            note.setObjectName("icalWarning")
            layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Import"))
        ok.setObjectName("icalImportButton")
        ok.setEnabled(bool(found.planned))
        buttons.accepted.connect(self.do_import)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _next(self, planned: ical_import.Planned) -> str:
        if planned.repeat == "none":
            return fmt.date(planned.due_on)

        rule = recurrence.Rule(planned.repeat, planned.due_on, planned.interval,
                               planned.weekday, planned.nth,
                               *(planned.lunar or (None, None, False)), planned.until,
                               planned.feb29_on or reminder_schedule.feb29_setting())
        day = reminder_schedule.first_pending(rule, self.today, planned.skipped)
        return fmt.date(day) if day else ""

    def do_import(self) -> None:
        try:
            self.result_ = wait_for(self, self.tr("Importing the reminders…"),
                                    lambda: ical_import.import_calendar(self.found, self.today))
        except CustbookError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        self.accept()


def import_file(parent: QWidget, today: dt.date, path: str | None = None) -> ImportDialog | None:
    """Ask for an .ics file, read it and show the import plan (None if nothing to show)."""
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("ImportDialog", "Import a calendar"),
            str(Path.home()),
            QCoreApplication.translate("ImportDialog", "Calendars (*.ics *.ical);;All files (*)"))
        if not path:
            return None
    try:
        found = ical_import.read_calendar(path, today)
    except CustbookError as exc:
        box = QMessageBox(QMessageBox.Icon.Warning,
                          QCoreApplication.translate("ImportDialog", "Import a calendar"),
                          QCoreApplication.translate("ImportDialog", "%1 cannot be imported.")
                          .replace("%1", Path(path).name), QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("icalRefused")
        box.setInformativeText(str(exc))
        box.open()
        return None
    dialog = ImportDialog(Path(path), found, today, parent)
    dialog.open()
    return dialog


class ExportDialog(QDialog):
    def __init__(self, today: dt.date, parent=None):
        super().__init__(parent)
        self.setObjectName("icalExportDialog")
        self.setWindowTitle(self.tr("Export reminders for a phone"))
        self.today = today
        self.result_: ical_export.ExportResult | None = None
        layout = QVBoxLayout(self)
        box = QGroupBox(self.tr("Which reminders"))
        grid = QGridLayout(box)
        self.kinds: dict[str, QCheckBox] = {}
        for index, (code, name) in enumerate(vocab.reminder_kinds().items()):
            check = QCheckBox(name)
            check.setObjectName(f"exportKind_{code}")
            check.setChecked(code in ("birthday", "anniversary", "holiday", "complaint",
                                      "visit", "custom"))
            self.kinds[code] = check
            grid.addWidget(check, index // 3, index % 3)
        layout.addWidget(box)
        row = QGridLayout()
        row.addWidget(QLabel(self.tr("One-off reminders of the next")), 0, 0)
        self.days = QSpinBox()
        self.days.setObjectName("exportDays")
        self.days.setRange(1, 3650)
        self.days.setValue(90)
        self.days.setSuffix(self.tr(" days"))
        row.addWidget(self.days, 0, 1)
        row.addWidget(QLabel(self.tr("(repeating ones are exported whole)")), 0, 2)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.choose_file)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen_kinds(self) -> set[str]:
        return {code for code, check in self.kinds.items() if check.isChecked()}

    def choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(),
                                              str(Path.home() / "custbook-reminders.ics"),
                                              self.tr("Calendars (*.ics)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write the chosen reminders to `path` and close (errors stay in a message)."""
        if not self.chosen_kinds():
            QMessageBox.information(self, self.windowTitle(), self.tr("Choose at least one kind."))
            return
        try:
            kinds, days = self.chosen_kinds(), self.days.value()
            self.result_ = wait_for(self, self.tr("Exporting the reminders…"),
                                    lambda: ical_export.export_calendar(path, self.today, kinds,
                                                                        days))
        except (OSError, CustbookError) as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        self.accept()

