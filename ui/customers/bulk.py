"""Asking what a bulk action should do: which tag to add or remove, which tier to set.

The dialogs open without blocking (`open()`), so the page and its tests carry on;
`sig_chosen` hands the answer back.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from custbook.customers import customers


class ChoiceDialog(QDialog):
    """One question, one combo box (editable when a new name may be typed)."""

    sig_chosen = Signal(object, str)
    """sig_chosen(data, text): the item chosen (its data, or None for a typed name)."""

    def __init__(self, parent: QWidget | None, title: str, question: str,
                 items: list[tuple[str, object]], editable: bool = False):
        super().__init__(parent)
        self.setObjectName("choiceDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(360)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        label = QLabel(question)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.combo = QComboBox()
        self.combo.setObjectName("choiceCombo")
        self.combo.setEditable(editable)
        for text, data in items:
            self.combo.addItem(text, data)
        if editable:
            self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = QCompleter([text for text, _ in items], self.combo)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.combo.setCompleter(completer)
            self.combo.setCurrentIndex(-1)
            self.combo.lineEdit().setPlaceholderText(self.tr("Type a tag or pick one"))
        layout.addWidget(self.combo)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.combo.currentTextChanged.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self, *args) -> None:
        ok = bool(self.combo.currentText().strip()) or not self.combo.isEditable() and \
            self.combo.currentIndex() >= 0
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def _accept(self) -> None:
        text = self.combo.currentText().strip()
        index = self.combo.findText(text, Qt.MatchFlag.MatchFixedString)
        data = self.combo.itemData(index) if index >= 0 else None
        if not self.combo.isEditable():
            data = self.combo.currentData()
        self.accept()
        self.sig_chosen.emit(data, text)



translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def add_tag_dialog(parent: QWidget, count: int) -> ChoiceDialog:
    """Which tag to give the `count` chosen customers (a new name makes a new tag)."""
    question = translate("ChoiceDialog", "Chosen customers: %1. Which tag should they get?")
    return ChoiceDialog(parent, translate("ChoiceDialog", "Add a tag"),
                        question.replace("%1", str(count)),
                        [(t.name, t.id) for t in customers.all_tags()], editable=True)


def remove_tag_dialog(parent: QWidget, count: int) -> ChoiceDialog:
    """Which tag to take off the chosen customers."""
    question = translate("ChoiceDialog", "Chosen customers: %1. Which tag should come off?")
    return ChoiceDialog(parent, translate("ChoiceDialog", "Remove a tag"),
                        question.replace("%1", str(count)),
                        [(t.name, t.id) for t in customers.all_tags()])


def tier_dialog(parent: QWidget, count: int) -> ChoiceDialog:
    """Which tier to give the chosen customers (or none)."""
    items: list[tuple[str, object]] = [(t.name, t.id) for t in customers.all_tiers()]
    items.append((translate("ChoiceDialog", "No tier"), 0))
    question = translate("ChoiceDialog", "Chosen customers: %1. Which tier should they have?")
    return ChoiceDialog(parent, translate("ChoiceDialog", "Set the tier"),
                        question.replace("%1", str(count)), items)
