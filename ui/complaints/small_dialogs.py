"""The small dialogs of the complaint log: reopen, give a walk-in a card, confirm."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMessageBox,
    QPushButton, QVBoxLayout, QWidget,
)

from custbook import complaints
from ui.complaints import forms


def confirm(parent: QWidget, title: str, text: str, yes: str) -> bool:
    """Ask before doing something that cannot be undone; True if the user agreed."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel,
                      parent)
    box.setObjectName("confirmBox")
    go = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    go.setObjectName("confirmYes")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is go


class ReopenDialog(QDialog):
    """Why is a closed complaint opened again? The reason goes into its history."""

    def __init__(self, complaint_id: int, now: dt.datetime, parent=None):
        super().__init__(parent)
        self.setObjectName("reopenDialog")
        self.setWindowTitle(self.tr("Reopen the complaint"))
        self.complaint_id, self._now = complaint_id, now
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The result and the follow-up are set aside (they stay in the "
                               "complaint's history) so the steps can be taken again."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        general = QLabel()
        layout.addWidget(general)
        self.errors = forms.FieldErrors(general)
        form = QFormLayout()
        layout.addLayout(form)
        self.reason = forms.text_edit("", "reopenReason", 3)
        self.reason.setPlaceholderText(self.tr("e.g. the customer came back: the zip broke again"))
        self.errors.add_row(form, self.tr("Why:"), "reopen_reason", self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.addButton(self.tr("Reopen"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("reopenButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        if forms.run_saving(self, self.errors, lambda: complaints.reopen_complaint(
                self.complaint_id, self.reason.toPlainText(), now=self._now)):
            self.accept()


class MakeCustomerDialog(QDialog):
    """Give a walk-in complainant a customer card (or link the card they already have)."""

    def __init__(self, complaint_id: int, name: str, phone: str, now: dt.datetime,
                 parent=None):
        super().__init__(parent)
        self.setObjectName("makeCustomerDialog")
        self.setWindowTitle(self.tr("Make a customer card"))
        self.complaint_id, self._now = complaint_id, now
        self.customer_id: int | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The complaint, its reminder and the customer's rating move to "
                               "the new card. Fill in the rest of the card later."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        general = QLabel()
        layout.addWidget(general)
        self.errors = forms.FieldErrors(general)
        form = QFormLayout()
        layout.addLayout(form)
        self.name = QLineEdit(name)
        self.name.setObjectName("newCustomerName")
        self.errors.add_row(form, self.tr("Name:"), "name", self.name)
        self.phone = QLineEdit(phone)
        self.phone.setObjectName("newCustomerPhone")
        self.errors.add_row(form, self.tr("Phone:"), "phone0", self.phone, "phone")
        self.known = complaints.customer_by_phone(phone) if phone else None
        if self.known is not None:
            note = QLabel(self.tr("This number already belongs to %1.").replace(
                "%1", self.known.name))
            note.setObjectName("knownCustomer")
            link = QPushButton(self.tr("Link to that card instead"))
            link.setObjectName("linkKnownCustomer")
            link.clicked.connect(self.link_known)
            form.addRow("", note)
            form.addRow("", link)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.addButton(self.tr("Make the card"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("makeCardButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        def store() -> None:
            phones = [self.phone.text()] if self.phone.text().strip() else []
            customer = complaints.make_customer(
                self.complaint_id, {"name": self.name.text(), "source": "walk_in"}, phones,
                now=self._now)
            self.customer_id = customer.id

        if forms.run_saving(self, self.errors, store):
            self.accept()

    def link_known(self) -> None:
        def store() -> None:
            complaints.link_customer(self.complaint_id, self.known.id, now=self._now)
            self.customer_id = self.known.id

        if forms.run_saving(self, self.errors, store):
            self.accept()
