"""Choosing who complained: type a name or phone and pick the card, or take a walk-in.

Suggestions come from the customer book's own search as the user types (after a short
pause). A walk-in gives a name and/or phone instead; if that phone already belongs to
a card, the picker says so and offers the card.
"""
from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCompleter, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton,
    QVBoxLayout, QWidget,
)

from custbook import complaints


class CustomerPicker(QWidget):
    sig_customer_changed = Signal(object)
    """sig_customer_changed(customer_id: int | None): a card was chosen or dropped."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._customer: complaints.CustomerChoice | None = None
        self._found: list[complaints.CustomerChoice] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        modes = QHBoxLayout()
        self.card_mode = QRadioButton(self.tr("A customer in the book"))
        self.card_mode.setObjectName("pickCard")
        self.walk_in_mode = QRadioButton(self.tr("A walk-in without a card"))
        self.walk_in_mode.setObjectName("pickWalkIn")
        self.card_mode.setChecked(True)
        modes.addWidget(self.card_mode)
        modes.addWidget(self.walk_in_mode)
        modes.addStretch(1)
        layout.addLayout(modes)
        # --- a card
        self.card_box = QWidget()
        card = QHBoxLayout(self.card_box)
        card.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setObjectName("customerSearch")
        self.search.setPlaceholderText(self.tr("Type a name or phone number…"))
        self.search.setClearButtonEnabled(True)
        self.chosen = QLabel()
        self.chosen.setObjectName("chosenCustomer")
        card.addWidget(self.search, 1)
        card.addWidget(self.chosen)
        layout.addWidget(self.card_box)
        self._model = QStringListModel(self)
        self.completer = QCompleter(self._model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search.setCompleter(self.completer)
        self.completer.activated[str].connect(self._picked_text)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(150)
        self._typing.timeout.connect(self._look_up)
        self.search.textEdited.connect(self._edited)
        # --- a walk-in
        self.walk_in_box = QWidget()
        form = QFormLayout(self.walk_in_box)
        form.setContentsMargins(0, 0, 0, 0)
        self.walk_in_name = QLineEdit()
        self.walk_in_name.setObjectName("walkInName")
        self.walk_in_phone = QLineEdit()
        self.walk_in_phone.setObjectName("walkInPhone")
        form.addRow(self.tr("Name:"), self.walk_in_name)
        form.addRow(self.tr("Phone:"), self.walk_in_phone)
        self.known = QWidget()
        known = QHBoxLayout(self.known)
        known.setContentsMargins(0, 0, 0, 0)
        self.known_label = QLabel()
        self.known_label.setObjectName("knownCustomer")
        self.use_known = QPushButton(self.tr("Use this card"))
        self.use_known.setObjectName("useKnownCustomer")
        self.use_known.clicked.connect(self._use_known)
        known.addWidget(self.known_label, 1)
        known.addWidget(self.use_known)
        form.addRow("", self.known)
        self.known.hide()
        self.walk_in_phone.editingFinished.connect(self._check_known)
        layout.addWidget(self.walk_in_box)
        self.walk_in_box.hide()
        self.walk_in_mode.toggled.connect(self._mode_changed)

    # --- a card
    def _edited(self, text: str) -> None:
        if self._customer is not None and text != self._label(self._customer):
            self._set_customer(None)
        self._typing.start()

    def _look_up(self) -> None:
        self._found = complaints.find_customers(self.search.text(), limit=20)
        self._model.setStringList([self._label(c) for c in self._found])
        if self._found and self.search.hasFocus():
            self.completer.complete()

    @staticmethod
    def _label(choice: complaints.CustomerChoice) -> str:
        return f"{choice.name}  {choice.phone}".strip()

    def _picked_text(self, text: str) -> None:
        for choice in self._found:
            if self._label(choice) == text:
                self.set_customer(choice)
                return

    def _set_customer(self, choice: complaints.CustomerChoice | None) -> None:
        changed = (choice.id if choice else None) != (self._customer.id if self._customer
                                                       else None)
        self._customer = choice
        self.chosen.setText("✔" if choice else "")
        if changed:
            self.sig_customer_changed.emit(choice.id if choice else None)

    def set_customer(self, choice: complaints.CustomerChoice | None) -> None:
        """Choose this card (None: nobody yet)."""
        self.card_mode.setChecked(True)
        self.search.setText(self._label(choice) if choice else "")
        self._set_customer(choice)

    def set_walk_in(self, name: str, phone: str) -> None:
        self.walk_in_mode.setChecked(True)
        self.walk_in_name.setText(name)
        self.walk_in_phone.setText(phone)

    def suggestions(self) -> list[str]:
        """What the suggestion list offers now."""
        return self._model.stringList()

    # --- a walk-in
    def _mode_changed(self, walk_in: bool) -> None:
        self.card_box.setVisible(not walk_in)
        self.walk_in_box.setVisible(walk_in)
        self.sig_customer_changed.emit(None if walk_in else self.customer_id())
        (self.walk_in_name if walk_in else self.search).setFocus()

    def _check_known(self) -> None:
        match = complaints.customer_by_phone(self.walk_in_phone.text())
        self._known_match = match
        if match is not None:
            self.known_label.setText(self.tr("This number belongs to %1.").replace(
                "%1", match.name))
        self.known.setVisible(match is not None)

    def _use_known(self) -> None:
        match = getattr(self, "_known_match", None)
        if match is not None:
            self.known.hide()
            self.set_customer(match)

    # --- what was chosen
    def is_walk_in(self) -> bool:
        return self.walk_in_mode.isChecked()

    def customer_id(self) -> int | None:
        return None if self.is_walk_in() or self._customer is None else self._customer.id

    def values(self) -> dict[str, object]:
        """The complaint's customer fields as the core takes them."""
        if self.is_walk_in():
            return {"customer": None, "walk_in_name": self.walk_in_name.text(),
                    "walk_in_phone": self.walk_in_phone.text()}
        return {"customer": self.customer_id(), "walk_in_name": "", "walk_in_phone": ""}
