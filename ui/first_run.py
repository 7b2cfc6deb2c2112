"""The welcome dialog of a first start, and the short set-up of a new empty book.

Welcome: an empty book, or the sample shop to try things. Choosing an empty book
goes on to the set-up (the shop's name, your own name as the first staff member,
the kind of shop), which `custbook.shop.kinds.set_up` applies once the book is open;
Home then says what to do first.
"""
from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox, QCommandLinkButton, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QStackedWidget, QVBoxLayout, QWidget,
)

from custbook.errors import ValidationError
from custbook.shop import kinds
from custbook.shop import shop_settings


def _title(text: str) -> QLabel:
    title = QLabel(text)
    font = QFont(title.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    title.setFont(font)
    return title


class SetUpForm(QWidget):
    """Three questions about the shop; `values()` for kinds.set_up, errors beside fields."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_title(self.tr("Your shop")))
        text = QLabel(self.tr("Three questions to start; everything can be changed later in "
                              "File › Settings."))
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        layout.addLayout(form)
        self.errors: dict[str, QLabel] = {}
        self.shop_name = self._row(form, self.tr("Shop name:"), "shop_name", QLineEdit(),
                                   self.tr("Printed at the top of every paper."))
        self.your_name = self._row(form, self.tr("Your name:"), "your_name", QLineEdit(),
                                   self.tr("You become the first staff member."))
        self.kind = self._row(form, self.tr("Kind of shop:"), "kind", QComboBox(),
                              self.tr("Picks tiers, complaint categories, interest topics "
                                      "and follow-up calls that suit it."))
        for key, name in kinds.kind_names().items():
            self.kind.addItem(name, key)
        layout.addStretch(1)

    def _row(self, form: QFormLayout, label: str, key: str, widget, hint: str):
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        widget.setObjectName(f"setup_{key}")
        column.addWidget(widget)
        small = QLabel(hint)
        small.setWordWrap(True)
        small.setStyleSheet("color: palette(mid);")
        column.addWidget(small)
        error = QLabel()
        error.setObjectName(f"setup_{key}_error")
        error.setStyleSheet("color: #b00020;")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self.errors[key] = error
        form.addRow(label, box)
        return widget

    def values(self) -> dict[str, str]:
        return {"shop_name": self.shop_name.text(), "your_name": self.your_name.text(),
                "kind": self.kind.currentData()}

    def check(self) -> bool:
        """Refuse what set_up would refuse, before the book is touched."""
        for label in self.errors.values():
            label.hide()
        values = self.values()
        try:
            shop_settings.check("shop_name", values["shop_name"])
        except ValidationError as exc:
            return self.show_error("shop_name", exc.message)
        if len(values["your_name"].strip()) > 80:
            return self.show_error("your_name", self.tr("A name has at most 80 characters."))
        return True

    def show_error(self, key: str, message: str) -> bool:
        self.errors[key].setText(message)
        self.errors[key].show()
        return False

    def apply(self) -> bool:
        """Run the set-up on the open book; False (errors shown) if refused."""
        values = self.values()
        try:
            kinds.set_up(values["shop_name"], values["your_name"], values["kind"])
        except ValidationError as exc:
            return self.show_error(exc.field if exc.field in self.errors else "shop_name",
                                   exc.message)
        return True


class FirstRunDialog(QDialog):
    """Asks how to begin; `choice` is "empty" or "sample" after it is accepted, and for
    "empty" `setup` holds the set-up form's values (applied once the book is open)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.choice = ""
        self.setup: dict[str, str] | None = None
        self.setWindowTitle(self.tr("Welcome to Custbook"))
        self.setMinimumWidth(520)
        outer = QVBoxLayout(self)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages)
        welcome = QWidget()
        layout = QVBoxLayout(welcome)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_title(self.tr("Welcome to Custbook")))
        text = QLabel(self.tr(
            "Custbook keeps your customers, their purchases, the calls you owe them and "
            "every complaint until it is resolved. Everything stays on this PC."))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.empty_button = QCommandLinkButton(
            self.tr("Start an empty book"),
            self.tr("Begin with your own customers. You can import them from Excel or your "
                    "phone later."))
        self.empty_button.setObjectName("startEmptyButton")
        self.sample_button = QCommandLinkButton(
            self.tr("Open the sample shop"),
            self.tr("A made-up clothing shop with 2,000 customers and two years of history, "
                    "to try everything without risk. Your own book stays separate."))
        self.sample_button.setObjectName("openSampleButton")
        layout.addWidget(self.empty_button)
        layout.addWidget(self.sample_button)
        layout.addStretch(1)
        self.pages.addWidget(welcome)
        setup_page = QWidget()
        column = QVBoxLayout(setup_page)
        column.setContentsMargins(0, 0, 0, 0)
        self.form = SetUpForm()
        column.addWidget(self.form, 1)
        buttons = QDialogButtonBox()
        self.back_button = buttons.addButton(self.tr("Back"), QDialogButtonBox.ButtonRole.ResetRole)
        self.start_button = buttons.addButton(self.tr("Start"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setObjectName("setupStart")
        self.back_button.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.start_button.clicked.connect(self._start)
        column.addWidget(buttons)
        self.pages.addWidget(setup_page)
        self.empty_button.clicked.connect(lambda: self.pages.setCurrentIndex(1))
        self.sample_button.clicked.connect(lambda: self._choose("sample"))

    def _start(self) -> None:
        if self.form.check():
            self.setup = self.form.values()
            self._choose("empty")

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


class SetUpDialog(QDialog):
    """The set-up alone, for a new empty book made with File › New book."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("setUpDialog")
        self.setWindowTitle(self.tr("Set up the new book"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.form = SetUpForm()
        layout.addWidget(self.form, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if self.form.check() and self.form.apply():
            super().accept()
