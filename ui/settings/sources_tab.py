"""Settings › The shop's words › Customer sources: the list the card offers, in order.

Each line is edited in place (double-click or Rename): renaming a built-in source such
as "Walked in" keeps it the same source under the shop's name, so the customers who
came that way keep it; renaming the shop's own source renames it on their cards.
Add puts a new line at the end; Remove takes a source off the list (cards keep it).
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
    QVBoxLayout, QWidget,
)

from custbook.shop import words

CODE = Qt.ItemDataRole.UserRole  # the source's code (None for a line added here)


class SourcesTab(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        column = QVBoxLayout(self)
        hint = QLabel(self.tr("How customers first came to the shop, as the card offers them. "
                              "Double-click a line to rename it; a line removed stays on the "
                              "cards that have it."))
        hint.setWordWrap(True)
        column.addWidget(hint)
        row = QHBoxLayout()
        self.list = QListWidget()
        self.list.setObjectName("customerSources")
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        row.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        for key, text, slot in (("add", self.tr("Add"), self.add),
                                ("rename", self.tr("Rename"), self.rename),
                                ("up", self.tr("Move up"), lambda: self.move(-1)),
                                ("down", self.tr("Move down"), lambda: self.move(1)),
                                ("remove", self.tr("Remove"), self.remove)):
            button = QPushButton(text)
            button.setObjectName(f"source_{key}")
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        column.addLayout(row, 1)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        column.addWidget(self.counts)

    def load(self) -> None:
        self.list.clear()
        for code, name in words.sources().items():
            self._line(name, code)
        counts = words.source_counts()
        self.counts.setText(self.tr("Customers per source: %1").replace(
            "%1", self.tr(", ").join(f"{words.source_label(code)} {n}" for code, n in
                                     sorted(counts.items(), key=lambda kv: -kv[1])) or "—"))

    def _line(self, name: str, code: str | None) -> QListWidgetItem:
        item = QListWidgetItem(name)
        item.setData(CODE, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)
        return item

    def add(self) -> None:
        item = self._line(self.tr("New source"), None)
        self.list.setCurrentItem(item)
        self.list.editItem(item)

    def rename(self) -> None:
        if self.list.currentItem() is not None:
            self.list.editItem(self.list.currentItem())

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        if row < 0 or not 0 <= row + step < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(row + step, item)
        self.list.setCurrentItem(item)

    def remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def entries(self) -> list[tuple[str | None, str]]:
        """(code, name as shown) of each line, in order."""
        return [(self.list.item(i).data(CODE), self.list.item(i).text())
                for i in range(self.list.count())]

    def save(self) -> None:
        """Store the list if it differs from what was loaded."""
        shown = [(code, " ".join(name.split())) for code, name in self.entries()
                 if name.strip()]
        if shown != list(words.sources().items()):
            words.save_source_list(shown)
