"""What every Settings section shares: a title, load() / save(), errors beside the fields.

The contract (as Picard's option pages): the dialog calls `load()` once when it opens;
on OK or Apply it asks every section for `values()` (book settings, checked together
by custbook.shop.shop_settings), shows each refusal beside its field with
`show_error`, and only when nothing is refused calls every section's `save()`.
A section that keeps its own things (staff, the language of this PC) does the work
in `save()` and may refuse by returning False. Adding a section = a subclass and one
line in `ui.settings.dialog.SECTIONS`.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget


class SettingsSection(QWidget):
    """One page of the Settings dialog."""

    name = "section"  # object name and the key tests and the dialog use

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName(f"settings_{self.name}")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(12, 8, 12, 8)
        self.errors: dict[str, QLabel] = {}

    def title(self) -> str:
        raise NotImplementedError

    def load(self) -> None:
        """Show what the book (or this PC) holds now."""

    def values(self) -> dict[str, Any]:
        """Book settings as typed in this section: key -> text (checked by the dialog)."""
        return {}

    def save(self) -> bool:
        """Store what is not a plain book setting; False keeps the dialog open."""
        return True

    # --- errors beside the fields
    def add_row(self, form: QFormLayout, label: str, key: str, widget: QWidget,
                hint: str = "") -> QWidget:
        """A labelled field with its (hidden) error line under it and an optional hint."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if hint:
            small = QLabel(hint)
            small.setWordWrap(True)
            small.setStyleSheet("color: palette(mid);")
            column.addWidget(small)
        error = QLabel()
        error.setObjectName(f"error_{key}")
        error.setWordWrap(True)
        error.setStyleSheet("color: #b00020;")
        error.hide()
        column.addWidget(error)
        self.errors[key] = error
        widget.setObjectName(f"field_{key}")
        form.addRow(label, box)
        return widget

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()

    def show_error(self, key: str, message: str) -> bool:
        """Show `message` beside field `key`; False if this section has no such field."""
        label = self.errors.get(key)
        if label is None:
            return False
        label.setText(message)
        label.show()
        return True
