"""Editing the list of complaint categories: add, rename, reorder, retire.

A category that complaints already use is retired (hidden from the pickers, kept on
those complaints) rather than deleted, so old complaints never lose their category.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QInputDialog, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QVBoxLayout,
)

from custbook import complaints
from custbook.errors import ValidationError
from custbook.shop import words
from ui.complaints.forms import ERROR_STYLE


class CategoriesDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("categoriesDialog")
        self.setWindowTitle(self.tr("Complaint categories"))
        layout = QVBoxLayout(self)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        row = QHBoxLayout()
        self.list = QListWidget()
        self.list.setObjectName("categoryList")
        row.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.buttons = {}
        for key, text, slot in (
                ("add", self.tr("Add…"), self.add), ("rename", self.tr("Rename…"), self.rename),
                ("up", self.tr("Move up"), lambda: self.move(-1)),
                ("down", self.tr("Move down"), lambda: self.move(1)),
                ("retire", self.tr("Remove"), self.retire),
                ("restore", self.tr("Use again"), self.restore)):
            button = QPushButton(text)
            button.setObjectName(f"category_{key}")
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        row.addLayout(buttons)
        layout.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.accept)
        layout.addWidget(close)
        self.list.currentRowChanged.connect(lambda _: self._enable())
        self.reload()

    def reload(self, select: int | None = None) -> None:
        active = {c.id for c in complaints.categories()}
        used = words.category_counts()  # like the tier editor: what a change would touch
        self.list.clear()
        for choice in complaints.categories(include_inactive=True):
            text = choice.name if choice.id in active else self.tr("%1 (not offered)").replace(
                "%1", choice.name)
            text = self.tr("%1 (complaints: %2)").replace("%1", text).replace(
                "%2", str(used.get(choice.id, 0)))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, choice.id in active)
            if choice.id not in active:
                item.setForeground(Qt.GlobalColor.gray)
            self.list.addItem(item)
            if choice.id == select:
                self.list.setCurrentItem(item)
        self._enable()

    def _current(self) -> tuple[int | None, bool]:
        item = self.list.currentItem()
        if item is None:
            return None, False
        return item.data(Qt.ItemDataRole.UserRole), item.data(Qt.ItemDataRole.UserRole + 1)

    def _enable(self) -> None:
        current, active = self._current()
        for key in ("rename", "up", "down", "retire", "restore"):
            self.buttons[key].setEnabled(current is not None)
        self.buttons["retire"].setEnabled(current is not None and active)
        self.buttons["restore"].setEnabled(current is not None and not active)

    def _try(self, action, select: int | None = None) -> None:
        self.error.hide()
        try:
            result = action()
        except ValidationError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        self.reload(select if select is not None else getattr(result, "id", None))

    def add(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New category"), self.tr("Name:"))
        if ok:
            self._try(lambda: complaints.add_category(name))

    def rename(self) -> None:
        current, _ = self._current()
        if current is None:
            return
        old = next(c.name for c in complaints.categories(True) if c.id == current)
        name, ok = QInputDialog.getText(self, self.tr("Rename category"), self.tr("Name:"),
                                        text=old)
        if ok:
            self._try(lambda: complaints.rename_category(current, name), current)

    def move(self, step: int) -> None:
        current, _ = self._current()
        if current is not None:
            self._try(lambda: complaints.move_category(current, step), current)

    def retire(self) -> None:
        current, _ = self._current()
        if current is not None:
            self._try(lambda: complaints.retire_category(current), current)

    def restore(self) -> None:
        current, _ = self._current()
        if current is not None:
            self._try(lambda: complaints.restore_category(current), current)
