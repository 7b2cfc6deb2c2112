"""Setting, changing or removing the lock password, and choosing the idle time.

The dialog says plainly what the lock does and does not do: it keeps people at the
counter out of the window; it does not encrypt the book file.
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from custbook.safety import password
from custbook.errors import ValidationError


class PasswordDialog(QDialog):
    """Set, change or remove the book's lock password; `changed` says if anything was saved."""

    def __init__(self, parent: QWidget | None):
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.setWindowTitle(self.tr("Password lock"))
        self.setMinimumWidth(500)
        self.changed = False
        self.has_password = password.is_set()
        layout = QVBoxLayout(self)
        status = QLabel(self.tr("This book is locked with a password.") if self.has_password
                        else self.tr("This book has no password: anyone at this PC can open it."))
        status.setObjectName("passwordStatus")
        status.setWordWrap(True)
        layout.addWidget(status)
        honest = QLabel(self.tr(
            "The password is asked when Custbook opens this book and after it sat unused. "
            "It keeps people at the counter from looking into your customers. It does not "
            "encrypt the book file: someone who copies the file can still read it with other "
            "programs, so keep the PC and the backup stick safe as well. If you forget the "
            "password, a backup from before it was set opens without it."))
        honest.setWordWrap(True)
        honest.setObjectName("passwordHonesty")
        layout.addWidget(honest)
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        rows = [("new", self.tr("New password:")), ("repeat", self.tr("New password again:"))]
        if self.has_password:
            rows.insert(0, ("current", self.tr("Current password:")))
        for key, label in rows:
            field = QLineEdit()
            field.setObjectName(f"password_{key}")
            field.setEchoMode(QLineEdit.EchoMode.Password)
            error = QLabel()
            error.setObjectName(f"password_{key}_error")
            error.setStyleSheet("color: #b00020;")
            error.setWordWrap(True)
            error.hide()
            box = QVBoxLayout()
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(field)
            box.addWidget(error)
            form.addRow(label, box)
            self.fields[key], self.errors[key] = field, error
        if self.has_password:
            self.fields["new"].setPlaceholderText(self.tr("leave empty to keep the password"))
        self.idle = QSpinBox()
        self.idle.setObjectName("password_idle")
        self.idle.setRange(0, password.MAX_IDLE_MINUTES)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setSpecialValueText(self.tr("only when the book opens"))
        self.idle.setValue(password.idle_minutes())
        form.addRow(self.tr("Lock again after:"), self.idle)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.remove_button = QPushButton(self.tr("Remove the password"))
        self.remove_button.setObjectName("passwordRemove")
        self.remove_button.setVisible(self.has_password)
        cancel = QPushButton(self.tr("Cancel"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("passwordSave")
        self.save_button.setDefault(True)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        cancel.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)

    def _text(self, key: str) -> str:
        return self.fields[key].text() if key in self.fields else ""

    def _show_error(self, error: ValidationError) -> None:
        for label in self.errors.values():
            label.hide()
        label = self.errors.get(error.field) or self.errors["new"]
        label.setText(error.message)
        label.show()
        if error.field in self.fields:
            self.fields[error.field].setFocus()
            self.fields[error.field].selectAll()

    def save(self) -> None:
        """Store the new password (if one was typed) and the idle time."""
        try:
            password.configure(self._text("current"), self._text("new"), self._text("repeat"),
                               self.idle.value())
        except ValidationError as error:
            self._show_error(error)
            return
        self.changed = True
        self.accept()

    def remove(self) -> None:
        """Remove the password (the current one must be typed)."""
        try:
            password.remove_password(self._text("current"))
        except ValidationError as error:
            self._show_error(error)
            return
        self.changed = True
        self.accept()
