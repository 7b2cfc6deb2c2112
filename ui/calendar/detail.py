"""The detail pane: one reminder with everything needed before picking up the phone.

Who and their phone, why, when (overdue or snoozed), how it repeats, the last purchase
and talking points from the profile; then what can be done with it: Done, Snooze,
Skip this time (a series), Edit, Remove, and open the customer's card.
"""
from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
)

from custbook.calendar import recurrence, reminder_schedule, talking_points
from custbook.models import Reminder
from custbook.calendar.reminders import Occurrence
from ui import format as fmt
from ui.calendar.common import KIND_COLOURS, kind_name
from custbook import clock


class DetailPane(QFrame):
    sig_action = Signal(str, object)
    """sig_action(action, argument): done, skip, edit, remove, open_card, or snooze (a date)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("reminderDetail")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.today = clock.today()
        self.current: Occurrence | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.who = QLabel()
        self.who.setObjectName("detailWho")
        self.who.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.who.setWordWrap(True)  # the hint is longer than the pane at 1024 px
        top.addWidget(self.who, 1)
        self.open_card = QPushButton(self.tr("Open card"))
        self.open_card.setObjectName("openCardButton")
        self.open_card.clicked.connect(lambda: self._emit("open_card"))
        top.addWidget(self.open_card)
        self.message = QPushButton(self.tr("Message…"))  # ui.messages: the text to send
        self.message.setObjectName("messageButton")
        self.message.clicked.connect(lambda: self._emit("message"))
        top.addWidget(self.message)
        layout.addLayout(top)
        self.body = QLabel()
        self.body.setObjectName("detailBody")
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        layout.addWidget(self.body, 1)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text in (("done", self.tr("Done…")), ("skip", self.tr("Skip this time")),
                          ("edit", self.tr("Edit…")), ("remove", self.tr("Remove"))):
            button = QPushButton(text)
            button.setObjectName(f"{key}Button")
            button.clicked.connect(lambda checked=False, k=key: self._emit(k))
            self.buttons[key] = button
        self.buttons["done"].setDefault(True)
        # A push button with a menu: sized for its text and arrow, like its neighbours
        # (a tool button's arrow covered the text when the row was tight at 1024 px).
        snooze = QPushButton(self.tr("Snooze"))
        snooze.setObjectName("snoozeButton")
        self.snooze_menu = QMenu(snooze)
        for days, text in ((1, self.tr("Tomorrow")), (3, self.tr("In 3 days")),
                           (7, self.tr("In a week"))):
            action = self.snooze_menu.addAction(text)
            action.setObjectName(f"snooze{days}")
            action.triggered.connect(lambda checked=False, n=days: self._emit(
                "snooze", self.today + dt.timedelta(days=n)))
        self.snooze_menu.addSeparator()
        pick = self.snooze_menu.addAction(self.tr("Choose a day…"))
        pick.setObjectName("snoozePick")
        pick.triggered.connect(lambda: self._emit("snooze", None))
        snooze.setMenu(self.snooze_menu)
        self.buttons["snooze"] = snooze
        for key in ("done", "snooze", "skip", "edit", "remove"):
            row.addWidget(self.buttons[key])
        row.addStretch(1)
        layout.addLayout(row)
        self.show_occurrence(None)

    def _emit(self, action: str, argument=None) -> None:
        if self.current is not None:
            self.sig_action.emit(action, argument)

    def show_occurrence(self, item: Occurrence | None) -> None:
        """Show one occurrence (None: say what to do instead)."""
        self.current = item
        if item is None:
            self.who.setText(self.tr("Choose a reminder to see who, why and what to talk "
                                     "about."))
            self.body.setText("")
            for button in (*self.buttons.values(), self.open_card, self.message):
                button.setEnabled(False)
            return
        name = item.customer_name or self.tr("(the shop)")
        self.who.setText(f"<span style='font-size:13pt;font-weight:bold'>{escape(name)}</span>"
                         f"&nbsp;&nbsp;{escape(item.phone)}")
        self.body.setText(self._body(item))
        is_open, is_later = item.status == "open", item.status == "later"
        self.buttons["done"].setEnabled(is_open)
        self.buttons["snooze"].setEnabled(is_open)
        self.buttons["skip"].setEnabled((is_open and item.is_series) or is_later)
        self.buttons["edit"].setEnabled(is_open or is_later)
        self.buttons["remove"].setEnabled(is_open or is_later)
        self.open_card.setEnabled(item.customer_id is not None)
        self.message.setEnabled(item.customer_id is not None)

    def _body(self, item: Occurrence) -> str:
        colour = KIND_COLOURS.get(item.kind, KIND_COLOURS["custom"])
        lines = [(f"<span style='color:{colour};font-weight:bold'>{escape(kind_name(item.kind))}"
                 f"</span> · {escape(item.title)}")]
        when = fmt.date(item.day) + (f" {item.due_time}" if item.due_time else "")
        if item.status == "done":
            when = self.tr("Done on %1").replace("%1", when)
        elif item.overdue:
            when = ("<span style='color:#b00020'>" + escape(self.tr("Overdue since %1")
                    .replace("%1", when)) + "</span>")
        elif item.snoozed:
            when = escape(self.tr("%1 (snoozed; it was due %2)").replace("%1", when)
                          .replace("%2", fmt.date(item.occurrence_on)))
        else:
            when = escape(when)
        lines.append(when)
        if item.is_series:
            row = Reminder.get_or_none(Reminder.id == item.reminder_id)
            if row is not None:
                lines.append(escape(recurrence.label(reminder_schedule.rule_of(row))))
        words = {"last": self.tr("Last purchase"), "points": self.tr("Talking points"),
                 "notes": self.tr("Notes")}
        brief = talking_points.brief(item.customer_id, self.today) if item.customer_id else None
        if brief is not None:
            if len(brief.phones) > 1:
                lines.append(escape(" / ".join(brief.phones)))
            lines.append(f"<b>{escape(words['last'])}:</b> "
                         f"{escape(brief.last_purchase_text())}")
            if brief.points:
                points = "".join(f"<li><b>{escape(label)}:</b> {escape(text)}</li>"
                                 for label, text in brief.points)
                lines.append(f"<b>{escape(words['points'])}:</b>"
                             f"<ul style='margin-top:0'>{points}</ul>")
        if item.notes:
            lines.append(f"<b>{escape(words['notes'])}:</b> "
                         + escape(item.notes).replace("\n", "<br>"))
        return "<br>".join(lines)
