"""The form for logging a new complaint, or correcting who, when, how and about what."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout,
)

from custbook import complaints, vocab
from ui import format as fmt
from ui.complaints import forms
from ui.complaints.customer_picker import CustomerPicker
from ui.staff_picker import staff_combo


class ComplaintDialog(QDialog):
    """New complaint (complaint_id None) or its details; saves through the core."""

    def __init__(self, now: dt.datetime, complaint_id: int | None = None, parent=None,
                 customer_id: int | None = None):
        super().__init__(parent)
        self.setObjectName("complaintDialog")
        self._now = now
        self.complaint_id = complaint_id
        self.saved_id: int | None = None
        values = complaints.step_values(complaint_id) if complaint_id else {}
        self.setWindowTitle(self.tr("New complaint") if complaint_id is None
                            else self.tr("Complaint details"))
        layout = QVBoxLayout(self)
        general = QLabel()
        general.setObjectName("formError")
        layout.addWidget(general)
        self.errors = forms.FieldErrors(general)
        form = QFormLayout()
        layout.addLayout(form)
        self.picker = CustomerPicker()
        self.errors.add_row(form, self.tr("Who complained:"), "customer", self.picker,
                            "walk_in_name", "walk_in_phone")
        self.received = forms.datetime_edit(values.get("received_at") or now, "receivedAt")
        self.errors.add_row(form, self.tr("Received:"), "received_at", self.received)
        self.channel = forms.combo([(name, code) for code, name in
                                    vocab.complaint_channels().items()],
                                   values.get("channel", "in_store"), "channel")
        self.errors.add_row(form, self.tr("Channel:"), "channel", self.channel)
        self.purchase = QComboBox()
        self.purchase.setObjectName("purchase")
        self.errors.add_row(form, self.tr("About the purchase:"), "purchase", self.purchase)
        category_items = [(self.tr("(none)"), None)] + [
            (c.name, c.id) for c in complaints.categories()]
        current_category = values.get("category")
        if current_category is not None and all(d != current_category
                                                for _, d in category_items):
            category_items += [(c.name, c.id) for c in complaints.categories(True)
                               if c.id == current_category]
        self.category = forms.combo(category_items, current_category, "category")
        self.errors.add_row(form, self.tr("Category:"), "category", self.category)
        self.severity = forms.combo([(name, code) for code, name in vocab.severities().items()],
                                    values.get("severity", 2), "severity")
        self.errors.add_row(form, self.tr("Severity:"), "severity", self.severity)
        self.words = forms.text_edit(values.get("customer_words", ""), "customerWords", 4)
        self.words.setPlaceholderText(self.tr("What the customer said, in their own words"))
        self.errors.add_row(form, self.tr("In their words:"), "customer_words", self.words)
        self.staff = staff_combo(values.get("staff"), "staff", self.tr("(nobody yet)"))
        self.errors.add_row(form, self.tr("Handled by:"), "staff", self.staff)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.picker.sig_customer_changed.connect(lambda cid: self._fill_purchases(cid, None))
        if values.get("customer"):
            self.picker.set_customer(complaints.customer_choice(values["customer"]))
        elif values.get("walk_in_name") or values.get("walk_in_phone"):
            self.picker.set_walk_in(values["walk_in_name"], values["walk_in_phone"])
        elif customer_id is not None:
            self.picker.set_customer(complaints.customer_choice(customer_id))
        self._fill_purchases(self.picker.customer_id(), values.get("purchase"))
        self.resize(560, self.sizeHint().height())

    def _fill_purchases(self, customer_id: int | None, current: int | None) -> None:
        self.purchase.clear()
        self.purchase.addItem(self.tr("(none)"), None)
        if customer_id is not None:
            for p in complaints.recent_purchases(customer_id):
                self.purchase.addItem(f"{fmt.date(p.purchased_on)}  {p.items}  "
                                      f"{fmt.money(p.amount_cents)}", p.id)
        self.purchase.setCurrentIndex(max(self.purchase.findData(current), 0))
        self.purchase.setEnabled(customer_id is not None)

    def values(self) -> dict[str, object]:
        return {**self.picker.values(), "received_at": forms.py_datetime(self.received),
                "channel": self.channel.currentData(), "purchase": self.purchase.currentData(),
                "category": self.category.currentData(),
                "severity": self.severity.currentData(),
                "customer_words": self.words.toPlainText(), "staff": self.staff.currentData()}

    def save(self) -> None:
        def store() -> None:
            if self.complaint_id is None:
                self.saved_id = complaints.create_complaint(self.values(), now=self._now).id
            else:
                self.saved_id = complaints.update_details(self.complaint_id, self.values(),
                                                          now=self._now).id

        if forms.run_saving(self, self.errors, store):
            self.accept()
