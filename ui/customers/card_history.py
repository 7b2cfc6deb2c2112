"""The card's purchases and contact-log tabs, with their add/edit dialogs.

A purchase or a contact is saved the moment its dialog says so (not with the card):
it is a record of something that happened, and the running figures must follow at
once. After each change the data-changed signal tells the card and the list.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from custbook import clock, money, vocab
from custbook.customers import contacts, purchases
from custbook.errors import CustbookError, ValidationError
from custbook.membership import sale
from ui import format as fmt
from ui.customers.widgets import (
    DATE_FORMAT, DATE_TIME_FORMAT, ErrorLabel, ask, mark_field, tell, with_error_label,
)
from ui.membership.payment import PaymentRows
from ui.staff_picker import staff_combo


class _RecordDialog(QDialog):
    """A small form whose errors appear under the refused field."""

    sig_saved = Signal(int)
    """sig_saved(record_id): the record was written to the book."""

    def __init__(self, parent: QWidget | None, title: str, name: str):
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form = QFormLayout()
        self.errors: dict[str, tuple[QWidget, ErrorLabel]] = {}
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        self.general_error = ErrorLabel()
        layout.addWidget(self.general_error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def add_row(self, label: str, field: str, widget: QWidget) -> QWidget:
        box, error = with_error_label(widget)
        self.form.addRow(label, box)
        self.errors[field] = (widget, error)
        return widget

    def show_error(self, exc: ValidationError) -> None:
        widget, error = self.errors.get(exc.field, (None, self.general_error))
        error.show_message(exc.message)
        if widget is not None:
            mark_field(widget, True)
            widget.setFocus()

    def clear_errors(self) -> None:
        self.general_error.show_message("")
        for widget, error in self.errors.values():
            error.show_message("")
            mark_field(widget, False)

    def save(self) -> None:
        self.clear_errors()
        try:
            record_id = self.write()
        except ValidationError as exc:
            self.show_error(exc)
            return
        except CustbookError as exc:
            self.general_error.show_message(str(exc))
            return
        self.accept()
        self.sig_saved.emit(record_id)

    def write(self) -> int:
        raise NotImplementedError


class PurchaseDialog(_RecordDialog):
    """Add or change one purchase: day, amount, what was bought, who served."""

    def __init__(self, parent: QWidget | None, customer_id: int, today: dt.date,
                 purchase: purchases.PurchaseRow | None = None):
        super().__init__(parent, self.tr("Change the purchase") if purchase else
                         self.tr("Add a purchase"), "purchaseDialog")
        self.customer_id, self.purchase = customer_id, purchase
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(DATE_FORMAT)
        day = purchase.purchased_on if purchase else today
        self.day.setDate(QDate(day.year, day.month, day.day))
        self.add_row(self.tr("Date"), "purchased_on", self.day)
        self.amount = QLineEdit(money.plain(purchase.amount_cents) if purchase else "")
        self.amount.setObjectName("amountEdit")
        self.amount.setPlaceholderText(self.tr("e.g. 1,299.50"))
        self.add_row(self.tr("Amount (%1)").replace("%1", money.symbol()), "amount", self.amount)
        self.items = QLineEdit(purchase.items if purchase else "")
        self.items.setObjectName("itemsEdit")
        self.items.setPlaceholderText(self.tr("What was bought"))
        self.add_row(self.tr("Items"), "items", self.items)
        self.codes = QLineEdit(purchase.product_codes if purchase else "")
        self.add_row(self.tr("Product codes"), "product_codes", self.codes)
        self.staff = staff_combo(purchase.staff_id if purchase else None)
        self.add_row(self.tr("Served by"), "staff", self.staff)
        self.note = QPlainTextEdit(purchase.note if purchase else "")
        self.note.setFixedHeight(60)
        self.note.setTabChangesFocus(True)
        self.add_row(self.tr("Note"), "note", self.note)
        # pay from the member's balance, earn points (ui/membership/payment.py)
        self.payment = PaymentRows(self, purchase.id if purchase else None)
        self.amount.setFocus()

    def write(self) -> int:
        cents = money.parse(self.amount.text(), "amount")
        values: dict[str, Any] = {
            "purchased_on": self.day.date().toPython(), "amount_cents": cents,
            "items": self.items.text().strip(), "product_codes": self.codes.text().strip(),
            "staff_id": self.staff.currentData(), "note": self.note.toPlainText().strip()}
        return self.payment.write(values)  # the member card kept in step (membership.sale)


class ContactDialog(_RecordDialog):
    """Add or change one entry of the contact log: when, how, what was said, the outcome."""

    def __init__(self, parent: QWidget | None, customer_id: int, now: dt.datetime,
                 contact: contacts.ContactRow | None = None):
        super().__init__(parent, self.tr("Change the contact") if contact else
                         self.tr("Log a contact"), "contactDialog")
        self.customer_id, self.contact = customer_id, contact
        when = contact.contacted_at if contact else now
        self.when = QDateTimeEdit(QDateTime(QDate(when.year, when.month, when.day),
                                            QTime(when.hour, when.minute)))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(DATE_TIME_FORMAT)
        self.add_row(self.tr("When"), "contacted_at", self.when)
        self.kind = QComboBox()
        self.kind.setObjectName("kindCombo")
        for code, text in vocab.contact_kinds().items():
            self.kind.addItem(text, code)
        self.kind.setCurrentIndex(max(self.kind.findData(contact.kind if contact else "call"), 0))
        self.add_row(self.tr("How"), "kind", self.kind)
        self.summary = QPlainTextEdit(contact.summary if contact else "")
        self.summary.setObjectName("summaryEdit")
        self.summary.setFixedHeight(72)
        self.summary.setTabChangesFocus(True)
        self.add_row(self.tr("What was said"), "summary", self.summary)
        self.outcome = QLineEdit(contact.outcome if contact else "")
        self.add_row(self.tr("Outcome"), "outcome", self.outcome)
        self.staff = staff_combo(contact.staff_id if contact else None)
        self.add_row(self.tr("By"), "staff", self.staff)
        self.summary.setFocus()

    def write(self) -> int:
        values: dict[str, Any] = {
            "contacted_at": self.when.dateTime().toPython().replace(second=0, microsecond=0),
            "kind": self.kind.currentData(), "summary": self.summary.toPlainText().strip(),
            "outcome": self.outcome.text().strip(), "staff_id": self.staff.currentData()}
        if self.contact is None:
            return contacts.add_contact(self.customer_id, **values)
        contacts.update_contact(self.contact.id, **values)
        return self.contact.id


class _HistoryPanel(QWidget):
    """A table of records with Add / Edit / Delete and a line of totals."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, customer_id: int, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.customer_id, self.today = customer_id, today
        self.records: list = []
        self.dialog: _RecordDialog | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.totals = QLabel()
        self.totals.setObjectName("historyTotals")
        top.addWidget(self.totals, 1)
        self.add_button = QPushButton(self.add_text())
        self.add_button.setObjectName("addRecordButton")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editRecordButton")
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("deleteRecordButton")
        for button in (self.add_button, self.edit_button, self.delete_button):
            top.addWidget(button)
        layout.addLayout(top)
        self.table = QTableWidget(0, len(self.headers()))
        self.table.setHorizontalHeaderLabels(self.headers())
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        layout.addWidget(self.table, 1)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.table.itemDoubleClicked.connect(lambda item: self.edit())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def headers(self) -> list[str]:
        raise NotImplementedError

    def add_text(self) -> str:
        raise NotImplementedError

    def _selection_changed(self) -> None:
        chosen = self.current() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def current(self):
        rows = {index.row() for index in self.table.selectedIndexes()}
        return self.records[min(rows)] if rows else None

    def fill(self, records: list, cells) -> None:
        self.records = records
        self.table.setRowCount(len(records))
        for row, record in enumerate(records):
            for column, (text, right) in enumerate(cells(record)):
                item = QTableWidgetItem(text)
                item.setToolTip(text if len(text) > 20 else "")
                if right:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self._selection_changed()

    def open_dialog(self, dialog: _RecordDialog) -> _RecordDialog:
        self.dialog = dialog
        dialog.open()
        return dialog


class PurchasesPanel(_HistoryPanel):
    """Everything the customer bought, newest first."""

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Amount"), self.tr("Items"), self.tr("Product codes"),
                self.tr("Served by"), self.tr("Note")]

    def add_text(self) -> str:
        return self.tr("Add purchase…")

    def reload(self, figures=None) -> None:
        self.fill(purchases.purchases_of(self.customer_id), lambda p: [
            (fmt.date(p.purchased_on), False), (fmt.money(p.amount_cents), True),
            (p.items, False), (p.product_codes, False), (p.staff_name, False),
            (p.note, False)])
        for column, width in enumerate((90, 90, 220, 110, 80)):
            self.table.setColumnWidth(column, width)
        if figures is not None:
            self.totals.setText(self.tr("%1 purchases, %2 in all, %3 on average.")
                                .replace("%1", fmt.number(figures.purchases))
                                .replace("%2", fmt.money(figures.total_spent_cents))
                                .replace("%3", fmt.money(figures.average_spend_cents)))

    def add(self) -> PurchaseDialog:
        return self.open_dialog(PurchaseDialog(self, self.customer_id, self.today))

    def edit(self) -> PurchaseDialog | None:
        purchase = self.current()
        if purchase is not None:
            return self.open_dialog(PurchaseDialog(self, self.customer_id, self.today, purchase))
        return None

    def delete(self) -> None:
        purchase = self.current()
        if purchase is None:
            return
        text = self.tr("Delete the purchase of %1 (%2)? The customer's figures will be "
                       "recalculated.").replace("%1", fmt.date(purchase.purchased_on)) \
            .replace("%2", fmt.money(purchase.amount_cents))
        if ask(self, self.tr("Delete purchase"), text,
               QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
               QMessageBox.StandardButton.No, name="deletePurchaseBox") \
                != QMessageBox.StandardButton.Yes:
            return
        try:
            sale.delete_sale(purchase.id)  # also gives back what it did on the member card
        except CustbookError as exc:
            tell(self, self.tr("Nothing was changed"), str(exc))
            return


class ContactsPanel(_HistoryPanel):
    """Every call, message, visit and gift, newest first."""

    def headers(self) -> list[str]:
        return [self.tr("When"), self.tr("How"), self.tr("By"), self.tr("What was said"),
                self.tr("Outcome")]

    def add_text(self) -> str:
        return self.tr("Log contact…")

    def reload(self, figures=None) -> None:
        kinds = vocab.contact_kinds()
        rows = contacts.contacts_of(self.customer_id)
        self.fill(rows, lambda c: [
            (fmt.date(c.contacted_at.date()) + c.contacted_at.strftime(" %H:%M"), False),
            (kinds.get(c.kind, c.kind), False), (c.staff_name, False), (c.summary, False),
            (c.outcome, False)])
        for column, width in enumerate((130, 90, 80, 300)):
            self.table.setColumnWidth(column, width)
        self.totals.setText(self.tr("%1 contacts logged.").replace("%1", fmt.number(len(rows)))
                            if rows else self.tr("No contact logged yet."))

    def now(self) -> dt.datetime:
        return clock.now().replace(second=0, microsecond=0)

    def add(self) -> ContactDialog:
        return self.open_dialog(ContactDialog(self, self.customer_id, self.now()))

    def edit(self) -> ContactDialog | None:
        contact = self.current()
        if contact is not None:
            return self.open_dialog(ContactDialog(self, self.customer_id, self.now(), contact))
        return None

    def delete(self) -> None:
        contact = self.current()
        if contact is None:
            return
        if ask(self, self.tr("Delete contact"), self.tr("Delete this entry of the contact log?"),
               QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
               QMessageBox.StandardButton.No, name="deleteContactBox") \
                != QMessageBox.StandardButton.Yes:
            return
        try:
            contacts.delete_contact(contact.id)
        except CustbookError as exc:
            tell(self, self.tr("Nothing was changed"), str(exc))
            return
