"""The form every ledger dialog shares: fields with their errors, the balance after, Confirm.

A subclass adds its rows, says what the balance will be (`preview`, raising
ValidationError for a refusal shown under its field) and writes through ONE core
function (`write`); the base keeps what was typed when the core refuses, and prints
the receipt afterwards if asked.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from custbook import money
from custbook.errors import CustbookError, ValidationError
from custbook.membership import accounts
from custbook.safety import audit
from ui import prefs
from ui.customers.widgets import ErrorLabel, mark_field, with_error_label
from ui.membership import printing
from ui.staff_picker import staff_combo

# The base class's own words: self.tr() would look them up under the subclass's name.
translate = QCoreApplication.translate


class LedgerDialog(QDialog):
    """A small form, a line saying what the balance will be, and Confirm/Cancel."""

    sig_done = Signal(int)
    """sig_done(entry or card id): the action was written to the book."""

    def __init__(self, parent: QWidget | None, customer_id: int, title: str, name: str):
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.customer_id = customer_id
        self.balances = accounts.balances(customer_id)
        self.result_id: int | None = None
        self.form = QFormLayout()
        self.errors: dict[str, tuple[QWidget | None, ErrorLabel]] = {}
        layout = QVBoxLayout(self)
        self.now_label = QLabel()
        self.now_label.setObjectName("balanceNow")
        layout.addWidget(self.now_label)
        layout.addLayout(self.form)
        self.after_label = QLabel()
        self.after_label.setObjectName("balanceAfter")
        self.after_label.setStyleSheet("font-weight: bold; padding: 6px 0;")
        self.after_label.setWordWrap(True)
        layout.addWidget(self.after_label)
        self.general_error = ErrorLabel()
        layout.addWidget(self.general_error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("LedgerDialog", "Confirm"))
        self.ok_button.setObjectName("confirmButton")
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def add_row(self, label: str, field: str, widget: QWidget) -> QWidget:
        box, error = with_error_label(widget)
        self.form.addRow(label, box)
        self.errors[field] = (widget, error)
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(self.refresh)
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(self.refresh)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self.refresh)
        return widget

    def staff_row(self) -> QComboBox:
        self.staff = staff_combo(audit.current_staff())
        self.add_row(translate("LedgerDialog", "Staff"), "staff", self.staff)
        return self.staff

    def note_row(self, label: str | None = None) -> QLineEdit:
        self.note = QLineEdit()
        self.note.setObjectName("noteEdit")
        self.add_row(label or translate("LedgerDialog", "Note"), "note", self.note)
        return self.note

    def receipt_row(self) -> None:
        """"Print a receipt" after the action, on the roll width used last on this PC."""
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.receipt_check = QCheckBox(translate("LedgerDialog", "Print a receipt"))
        self.receipt_check.setObjectName("receiptCheck")
        self.receipt_width = QComboBox()
        self.receipt_width.setObjectName("receiptWidth")
        for width in (58, 80):
            self.receipt_width.addItem(translate("LedgerDialog", "%1 mm").replace(
                "%1", str(width)), width)
        last = prefs.get(printing.RECEIPT_PREF, "")
        self.receipt_check.setChecked(last != "")
        self.receipt_width.setCurrentIndex(1 if last == "80" else 0)
        line.addWidget(self.receipt_check)
        line.addWidget(self.receipt_width)
        line.addStretch(1)
        self.form.addRow("", row)

    def receipt_entry(self) -> int | None:
        """The ledger entry the receipt is of (the action's own, by default)."""
        return self.result_id

    def _print_receipt(self) -> None:
        check = getattr(self, "receipt_check", None)
        if check is None:
            return
        width = self.receipt_width.currentData()
        prefs.put(printing.RECEIPT_PREF, str(width) if check.isChecked() else "")
        entry_id = self.receipt_entry()
        if check.isChecked() and entry_id is not None and self.parent() is not None:
            printing.print_receipt(self.parent(), entry_id, width)

    def money_value(self, edit: QLineEdit, field: str, empty: int | None = None) -> int:
        return money.parse(edit.text(), field, empty=empty)

    def refresh(self, *args) -> None:
        """Show the balance after the action (or why it cannot be done)."""
        self.clear_errors()
        try:
            text = self.preview()
        except ValidationError as exc:
            text = ""
            if exc.field in self.errors and self.sender() is not None:
                self.errors[exc.field][1].show_message(exc.message)
        self.after_label.setText(text)

    def preview(self) -> str:
        return ""

    def clear_errors(self) -> None:
        self.general_error.show_message("")
        for widget, error in self.errors.values():
            error.show_message("")
            if widget is not None:
                mark_field(widget, False)

    def show_error(self, exc: ValidationError) -> None:
        widget, error = self.errors.get(exc.field, (None, self.general_error))
        error.show_message(exc.message)
        if widget is not None:
            mark_field(widget, True)
            widget.setFocus()

    def confirm(self) -> None:
        self.clear_errors()
        try:
            self.result_id = self.write()
        except ValidationError as exc:
            self.show_error(exc)
            return
        except CustbookError as exc:
            self.general_error.show_message(str(exc))
            return
        self.accept()  # the core reported what changed: the card and lists refresh
        self.sig_done.emit(self.result_id)
        self._print_receipt()

    def write(self) -> int:
        raise NotImplementedError

    def value_text(self, cents: int) -> str:
        return money.format_cents(cents)
