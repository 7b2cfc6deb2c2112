"""One complaint in full: who, what, the response clock and the guided checklist.

The checklist shows the eight steps in order; each done step has a tick with who did
it and when, and the next step to do is highlighted, so a half-done complaint shows at
a glance what it still needs. Every step opens its own small form.

The complaint scrolls; the message line (why an action was refused, what was done) and
the action buttons sit below it, always in sight, and a save keeps the scroll position.
"""
from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from custbook import complaints
from custbook.complaints.sheet import MARKS
from custbook.errors import ValidationError
from ui.customers.card_files import FilesDialog
from ui.complaints import printing
from ui.complaints.complaint_dialog import ComplaintDialog
from ui.complaints.small_dialogs import MakeCustomerDialog, ReopenDialog, confirm
from ui.complaints.step_dialog import StepDialog

MARK_COLOURS = {"done": "#1e7b34", "overdue": "#b00020", "waiting": "#1d5f87",
                "skipped": "#8a949a", "todo": "#8a949a"}
STATUS_STYLE = ("QLabel#statusBadge {{ background: {bg}; color: white; border-radius: 8px;"
                " padding: 2px 10px; font-weight: bold; }}")
STATUS_BG = {"new": "#b7791f", "in_progress": "#1d5f87", "awaiting_follow_up": "#6a3d8f",
             "resolved": "#2e7d32", "closed": "#5f6b72"}


class StepRow(QFrame):
    """One line of the checklist: mark, number and title, who and when, what, a button."""

    sig_open = Signal(str)
    """sig_open(step): the user wants to record or edit this step."""

    def __init__(self, step: complaints.StepView, editable: bool, parent=None):
        super().__init__(parent)
        self.step = step
        self.setObjectName(f"step_{step.step}")
        self.setProperty("state", step.state)
        self.setProperty("next", step.is_next)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        if step.is_next:
            self.setStyleSheet(f"QFrame#step_{step.step} {{ background: #fff4d6;"
                               " border: 1px solid #e0a100; border-left: 5px solid #e0a100; }")
        else:
            self.setStyleSheet(f"QFrame#step_{step.step} {{ border: 1px solid palette(mid); }}")
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 5, 8, 5)
        grid.setHorizontalSpacing(8)
        self.mark = QLabel(MARKS[step.state])
        self.mark.setObjectName("mark")
        self.mark.setStyleSheet(f"color: {MARK_COLOURS[step.state]}; font-size: 14pt;")
        self.mark.setFixedWidth(22)
        self.mark.setToolTip(self._state_text(step.state))
        grid.addWidget(self.mark, 0, 0, Qt.AlignmentFlag.AlignTop)
        title = QLabel(f"{step.number}. {step.title}")
        font = QFont(title.font())
        font.setBold(step.is_next or step.state == "done")
        title.setFont(font)
        if step.state == "skipped":
            title.setStyleSheet("color: #8a949a;")
        head = QHBoxLayout()
        head.addWidget(title)
        if step.is_next:
            badge = QLabel(self.tr("next"))
            badge.setObjectName("nextBadge")
            badge.setStyleSheet("background: #e0a100; color: white; border-radius: 6px;"
                                " padding: 0 6px; margin-left: 6px;")
            head.addWidget(badge)
        if step.state in ("overdue", "waiting", "skipped"):
            note = QLabel(self._state_text(step.state))
            note.setObjectName("stateNote")
            note.setStyleSheet(f"color: {MARK_COLOURS[step.state]}; margin-left: 6px;")
            head.addWidget(note)
        head.addStretch(1)
        grid.addLayout(head, 0, 1)
        self.button = QPushButton(self.tr("Edit…") if step.lines else self.tr("Record…"))
        self.button.setObjectName("stepButton")
        self.button.setEnabled(editable)
        self.button.clicked.connect(lambda: self.sig_open.emit(step.step))
        grid.addWidget(self.button, 0, 2, Qt.AlignmentFlag.AlignTop)
        if step.lines:
            text = "<br>".join(f'<span style="color:#5f6b72">{_html(label)}:</span> '
                               f"{_html(value)}" for label, value in step.lines)
            if step.who or step.when:
                who_when = " · ".join(filter(None, [step.who, step.when]))
                text = f'<span style="color:#5f6b72">{_html(who_when)}</span><br>{text}'
        else:
            text = f'<span style="color:#8a949a">{_html(step.hint)}</span>'
        self.what = QLabel(text)
        self.what.setObjectName("what")
        self.what.setWordWrap(True)
        self.what.setTextFormat(Qt.TextFormat.RichText)
        grid.addWidget(self.what, 1, 1, 1, 2)
        grid.setColumnStretch(1, 1)

    def _state_text(self, state: str) -> str:
        return {"done": self.tr("done"), "waiting": self.tr("waiting"),
                "overdue": self.tr("overdue"), "skipped": self.tr("none"),
                "todo": self.tr("to do")}[state]


def _html(text: str) -> str:
    # start-up: importing html here, not at the top, saves 16 ms when this module loads
    from html import escape

    return escape(text or "").replace("\n", "<br>")


class ComplaintDetail(QWidget):
    sig_show_customer = Signal(object)
    """sig_show_customer((customer_id, name)): show only this customer's complaints."""

    def __init__(self, now: Callable[[], dt.datetime], parent=None):
        super().__init__(parent)
        self.setObjectName("complaintDetail")
        self._now = now
        self.complaint_id: int | None = None
        self.view: complaints.ComplaintView | None = None
        self.task = None
        self.scroll = QScrollArea()
        self.scroll.setObjectName("complaintScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Text wraps to the panel's width; only the height scrolls.
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.message = QLabel()
        self.message.setObjectName("detailMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.footer = QWidget()
        self.footer.setObjectName("complaintActions")
        self.actions_box = QVBoxLayout(self.footer)
        self.actions_box.setContentsMargins(12, 4, 8, 6)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.scroll, 1)
        below = QVBoxLayout()
        below.setContentsMargins(12, 4, 8, 0)
        below.addWidget(self.message)  # where the user is looking: next to the buttons
        outer.addLayout(below)
        outer.addWidget(self.footer)
        self.show_complaint(None)

    # --- building
    def _new_body(self) -> None:
        """A fresh page for the scroll area (the old one goes once Qt is done with it:
        its buttons may be in the middle of a click)."""
        old = self.scroll.takeWidget()
        if old is not None:
            old.hide()
            old.deleteLater()
        self.body = QWidget()
        self.box = QVBoxLayout(self.body)
        self.box.setContentsMargins(12, 4, 8, 8)
        while self.actions_box.count():  # the buttons of the complaint shown before
            item = self.actions_box.takeAt(0)
            layout = item.layout()
            while layout is not None and layout.count():
                widget = layout.takeAt(0).widget()
                if widget is not None:
                    widget.hide()
                    widget.deleteLater()

    def show_complaint(self, complaint_id: int | None) -> None:
        """Show this complaint (None: the empty state); a message stays with its complaint."""
        same = complaint_id == self.complaint_id and complaint_id is not None
        if not same:
            self.message.hide()
        position = self.scroll.verticalScrollBar().value() if same else 0
        self.complaint_id = complaint_id
        self._new_body()
        try:
            self._build(complaint_id)
        finally:
            self.scroll.setWidget(self.body)
        self.footer.setVisible(self.complaint_id is not None)
        if position:  # after a save the owner is where they were, not back at the top
            self.scroll.verticalScrollBar().setValue(position)
            QTimer.singleShot(0, lambda: self.scroll.verticalScrollBar().setValue(position))

    def _build(self, complaint_id: int | None) -> None:
        if complaint_id is None:
            self.view = None
            empty = QLabel(self.tr("Choose a complaint in the list to see its steps, or log "
                                   "a new one with “New complaint” (Ctrl+Shift+K)."))
            empty.setObjectName("emptyDetail")
            empty.setWordWrap(True)
            empty.setStyleSheet("color: palette(dark); padding: 20px;")
            self.box.addWidget(empty)
            self.box.addStretch(1)
            return
        try:
            self.view = view = complaints.complaint_view(complaint_id, self._now())
        except ValidationError:  # deleted meanwhile (another window, another PC)
            self.complaint_id = None
            self._build(None)
            return
        self._build_header(view)
        self._build_checklist(view)
        self._build_actions(view)
        self.box.addStretch(1)

    def _build_header(self, view: complaints.ComplaintView) -> None:
        top = QHBoxLayout()
        number = QLabel(view.number)
        font = QFont(number.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        number.setFont(font)
        top.addWidget(number)
        status = QLabel(view.status_name)
        status.setObjectName("statusBadge")
        status.setStyleSheet(STATUS_STYLE.format(bg=STATUS_BG.get(view.status, "#5f6b72")))
        top.addWidget(status)
        if view.reopened_count:
            again = QLabel(self.tr("reopened %1×").replace("%1", str(view.reopened_count)))
            again.setStyleSheet("color: #8a5a00;")
            top.addWidget(again)
        top.addStretch(1)
        self.box.addLayout(top)
        who = QHBoxLayout()
        name = QLabel(" · ".join(filter(None, [view.customer_name, view.customer_phone])))
        name.setObjectName("complainant")
        name_font = QFont(name.font())
        name_font.setPointSizeF(name_font.pointSizeF() * 1.15)
        name.setFont(name_font)
        who.addWidget(name)
        if view.walk_in:
            walk_in = QLabel(self.tr("walk-in, no customer card"))
            walk_in.setStyleSheet("color: #8a5a00;")
            who.addWidget(walk_in)
            self.make_card = QPushButton(self.tr("Make a customer card…"))
            self.make_card.setObjectName("makeCustomerCard")
            self.make_card.clicked.connect(self.make_customer)
            who.addWidget(self.make_card)
        else:
            theirs = QPushButton(self.tr("All their complaints"))
            theirs.setObjectName("theirComplaints")
            theirs.setFlat(True)
            theirs.setStyleSheet("color: #1d5f87; text-decoration: underline;")
            theirs.clicked.connect(lambda: self.sig_show_customer.emit(
                (view.customer_id, view.customer_name)))
            who.addWidget(theirs)
        who.addStretch(1)
        self.box.addLayout(who)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        shown = [(label, value) for label, value in view.details[2:] if value]
        for i, (label, value) in enumerate(shown):
            key = QLabel(label)
            key.setStyleSheet("color: palette(dark);")
            text = QLabel(value)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(key, i // 2, (i % 2) * 2)
            grid.addWidget(text, i // 2, (i % 2) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.box.addLayout(grid)
        words = QLabel(f"“{view.customer_words}”")
        words.setObjectName("customerWords")
        words.setWordWrap(True)
        words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        words.setStyleSheet("background: #eef3f6; border-left: 4px solid #9aa6ad;"
                            " padding: 6px 8px; font-size: 11pt;")
        self.box.addWidget(words)
        clock = QLabel(view.clock_text)
        clock.setObjectName("clock")
        clock.setWordWrap(True)
        colour = {"overdue": "#b00020", "late": "#8a5a00", "on_time": "#1e7b34"}.get(
            view.clock.state, "#1d5f87")
        clock.setStyleSheet(f"color: {colour};" + (" font-weight: bold;"
                                                   if view.clock.state == "overdue" else ""))
        self.box.addWidget(clock)

    def _build_checklist(self, view: complaints.ComplaintView) -> None:
        heading = QLabel(self.tr("Service recovery"))
        font = QFont(heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        heading.setFont(font)
        self.box.addWidget(heading)
        self.rows: dict[str, StepRow] = {}
        editable = view.closed_at is None
        for step in view.steps:
            row = StepRow(step, editable)
            row.sig_open.connect(self.open_step)
            self.rows[step.step] = row
            self.box.addWidget(row)
        if view.reopen_notes:
            notes = QLabel(self.tr("Reopened:") + "\n" + view.reopen_notes)
            notes.setObjectName("reopenNotes")
            notes.setWordWrap(True)
            notes.setStyleSheet("color: #8a5a00;")
            self.box.addWidget(notes)

    def _build_actions(self, view: complaints.ComplaintView) -> None:
        row = QHBoxLayout()
        closed = view.closed_at is not None
        self.edit_button = QPushButton(self.tr("Edit details…"))
        self.edit_button.setObjectName("editDetails")
        self.edit_button.setEnabled(not closed)
        self.edit_button.clicked.connect(self.edit_details)
        row.addWidget(self.edit_button)
        if closed:
            self.close_button = QPushButton(self.tr("Reopen…"))
            self.close_button.setObjectName("reopenComplaint")
            self.close_button.clicked.connect(self.reopen)
        else:
            self.close_button = QPushButton(self.tr("Close the complaint"))
            self.close_button.setObjectName("closeComplaint")
            self.close_button.clicked.connect(self.close_complaint)
        row.addWidget(self.close_button)
        self.files_button = QPushButton(self.tr("Files…"))  # photos, receipts (issue 19)
        self.files_button.setObjectName("complaintFiles")
        self.files_button.clicked.connect(self.show_files)
        row.addWidget(self.files_button)
        row.addStretch(1)
        self.actions_box.addLayout(row)
        paper = QHBoxLayout()
        for text, name, slot in ((self.tr("Print…"), "printSheet", self.print_sheet),
                                 (self.tr("Save as PDF…"), "saveSheet", lambda: self.save_pdf()),
                                 (self.tr("Delete…"), "deleteComplaint", self.delete)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            paper.addWidget(button)
            if name == "saveSheet":
                paper.addStretch(1)
        self.actions_box.addLayout(paper)

    # --- actions
    def show_files(self):
        """The complaint's photos and documents, kept in the book (ui.customers.card_files)."""
        if self.view is None:
            return None
        dialog = FilesDialog(self, self.view.id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _changed(self, message: str = "") -> None:
        """After a change (the core told the screens): say what was done, show it again."""
        if message:
            self.say(message, error=False)
        else:
            self.message.hide()
        self.show_complaint(self.complaint_id)

    def say(self, text: str, error: bool = True) -> None:
        """A line above the complaint: why an action was refused, or what was done."""
        self.message.setText(text)
        self.message.setStyleSheet(
            "background: #fdecee; color: #b00020; padding: 6px; border-radius: 4px;" if error
            else "background: #e8f4ea; color: #1e5f2c; padding: 6px; border-radius: 4px;")
        self.message.show()

    def open_step(self, step: str) -> None:
        dialog = StepDialog(self.complaint_id, step, self._now(), self)
        if dialog.exec():
            self._changed()

    def edit_details(self) -> None:
        dialog = ComplaintDialog(self._now(), self.complaint_id, self)
        if dialog.exec():
            self._changed()

    def close_complaint(self) -> None:
        warnings = complaints.close_warnings(self.complaint_id, self._now().date())
        if self.view and self.view.steps[6].state != "done":
            warnings = []  # refused anyway: say why instead of asking
        if warnings and not confirm(self, self.tr("Close the complaint"), "\n".join(
                warnings + [self.tr("Close it anyway?")]), self.tr("Close it")):
            return
        try:
            complaints.close_complaint(self.complaint_id, now=self._now())
        except ValidationError as exc:
            self.say(exc.message)
            if exc.field in self.rows:
                self.rows[exc.field].button.setFocus()
            return
        self._changed(message=self.tr("The complaint is closed."))

    def reopen(self) -> None:
        dialog = ReopenDialog(self.complaint_id, self._now(), self)
        if dialog.exec():
            self._changed(message=self.tr("The complaint is open again: record the new "
                                          "result when it is settled."))

    def make_customer(self) -> None:
        phone = self.view.customer_phone if self.view else ""
        dialog = MakeCustomerDialog(self.complaint_id, self.view.customer_name if self.view
                                    else "", phone, self._now(), self)
        if dialog.exec():
            self._changed(self.tr("The complaint now belongs to a customer card."))

    def delete(self) -> None:
        if not confirm(self, self.tr("Delete the complaint"), self.tr(
                "Delete this complaint and its follow-up reminder? Use this only for a "
                "complaint logged by mistake; it cannot be undone."), self.tr("Delete")):
            return
        complaints.delete_complaint(self.complaint_id)
        self.complaint_id = None
        self.show_complaint(None)

    def print_sheet(self):
        """Write the sheet (the same PDF as Save as PDF) and open the print preview on it."""
        def shown(dialog) -> None:
            self.preview = dialog

        def failed(exc: BaseException) -> None:
            self.say(self.tr("The complaint sheet could not be printed: %1").replace(
                "%1", str(exc)))

        self.task = printing.print_sheet(self, self.complaint_id, self._now(), shown, failed)
        return self.task

    def save_pdf(self, path: str | None = None):
        def saved(result) -> None:
            self.say(self.tr("Saved the complaint sheet to %1.").replace("%1", str(result)),
                     error=False)

        def failed(exc: BaseException) -> None:
            self.say(self.tr("The complaint sheet could not be saved: %1").replace(
                "%1", str(exc)))

        self.task = printing.save_pdf(self, self.complaint_id, self._now(), saved, failed,
                                      path)
        return self.task

