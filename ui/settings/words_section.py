"""Settings › The shop's words: tiers (name, colour, rule with a preview), complaint
categories, interest topics and tags (rename, merge, delete, colour)."""
from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QColorDialog, QHBoxLayout, QHeaderView,
    QInputDialog, QLabel, QMessageBox, QPlainTextEdit, QPushButton, QTableWidget,
    QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from custbook import money, settings
from custbook.customers import customers
from custbook.errors import ValidationError
from custbook.models import Tier
from custbook.shop import tags as shop_tags
from custbook.shop import tier_rules, words
from ui.settings.section import SettingsSection
from ui.settings.sources_tab import SourcesTab

NAME, COLOUR, RULE, SPEND, VISITS, COUNT = range(6)


class TiersTab(QWidget):
    """The tiers in order, each with its colour and optional rule; Preview before saving."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("A tier with a rule is earned by spending at least the amount "
                              "or visiting at least as often in the last 12 months. Customers "
                              "only move up, except tiers you set by hand, which stay unless "
                              "you tick the box below."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("tierTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Tier"), self.tr("Colour"), self.tr("Rule"), self.tr("Spent at least"),
            self.tr("or visits"), self.tr("Customers")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(self._double_clicked)
        layout.addWidget(self.table, 1)
        self.lower = QCheckBox(self.tr("Also lower tiers I set by hand"))
        self.lower.setObjectName("tierLowerByHand")
        layout.addWidget(self.lower)
        row = QHBoxLayout()
        for step, text in ((-1, self.tr("One place lower")), (1, self.tr("One place higher"))):
            button = QPushButton(text)
            button.setObjectName(f"tierMove{'Up' if step > 0 else 'Down'}")
            button.clicked.connect(lambda checked=False, s=step: self.move(s))
            row.addWidget(button)
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setObjectName("tierPreview")
        self.save_button = QPushButton(self.tr("Save the rules and move customers"))
        self.save_button.setObjectName("tierApply")
        row.addWidget(self.preview_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.result = QLabel()
        self.result.setObjectName("tierPreviewText")
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self.apply)
        self.tiers: list[Tier] = []

    def load(self) -> None:
        self.tiers = list(Tier.select().order_by(Tier.rank, Tier.id))
        counts = tier_rules.customers_per_tier()
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.tiers))
        for row, tier in enumerate(self.tiers):
            name = QTableWidgetItem(words.tier_label(tier.name, tier.key))
            name.setData(Qt.ItemDataRole.UserRole, tier.id)
            self.table.setItem(row, NAME, name)
            colour = QTableWidgetItem(tier.color or "—")
            colour.setFlags(colour.flags() & ~Qt.ItemFlag.ItemIsEditable)
            colour.setToolTip(self.tr("Double-click to choose a colour"))
            if tier.color:
                colour.setBackground(QColor(tier.color))
                colour.setForeground(QColor("white"))
            self.table.setItem(row, COLOUR, colour)
            rule = QTableWidgetItem()
            rule.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                          | Qt.ItemFlag.ItemIsSelectable)
            rule.setCheckState(Qt.CheckState.Checked if tier.rule_on else Qt.CheckState.Unchecked)
            self.table.setItem(row, RULE, rule)
            self.table.setItem(row, SPEND, QTableWidgetItem(money.plain(tier.min_spend_cents)))
            self.table.setItem(row, VISITS, QTableWidgetItem(str(tier.rule_visits)))
            count = QTableWidgetItem(str(counts.get(tier.id, 0)))
            count.setFlags(count.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, COUNT, count)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)

    def move(self, step: int) -> None:
        """Lower (step -1) or raise (+1) the selected tier; best tier last."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        tier = self.tiers[rows[0].row()]
        tier_rules.move_tier(tier.id, step)
        self.load()
        self.table.selectRow(next(i for i, t in enumerate(self.tiers) if t.id == tier.id))

    def _double_clicked(self, row: int, column: int) -> None:
        if column != COLOUR:
            return
        tier = self.tiers[row]
        colour = QColorDialog.getColor(QColor(tier.color or "#2f6f8f"), self)
        if colour.isValid():
            self.table.item(row, COLOUR).setText(colour.name())
            self.table.item(row, COLOUR).setBackground(colour)

    def rules(self) -> list[tier_rules.TierRule]:
        """The rules as typed; ValidationError names the first bad cell."""
        out = []
        for row, tier in enumerate(self.tiers):
            spend = money.parse(self.table.item(row, SPEND).text(), "min_spend", empty=0)
            try:
                visits = int(self.table.item(row, VISITS).text().strip() or "0")
            except ValueError:
                raise ValidationError("visits", self.tr("Visits: a whole number.")) from None
            on = self.table.item(row, RULE).checkState() == Qt.CheckState.Checked
            out.append(tier_rules.check(tier_rules.TierRule(tier.id, tier.rank, on, spend, visits)))
        return out

    def _say(self, text: str, bad: bool = False) -> None:
        self.result.setStyleSheet("color: #b00020;" if bad else "")
        self.result.setText(text)

    def preview(self) -> tier_rules.Preview | None:
        try:
            result = tier_rules.preview(self.rules(), lower_by_hand=self.lower.isChecked())
        except ValidationError as exc:
            self._say(exc.message, bad=True)
            return None
        self._say(self.tr("With these rules %1 customer(s) would move up and %2 down; %3 "
                          "would stay where you put them by hand.")
                  .replace("%1", str(result.up)).replace("%2", str(result.down))
                  .replace("%3", str(result.kept_by_hand)))
        return result

    def apply(self) -> bool:
        try:
            rules = self.rules()
            for row, tier in enumerate(self.tiers):
                colour = self.table.item(row, COLOUR).text()
                tier_rules.save_tier(tier.id, self.table.item(row, NAME).text(),
                                     "" if colour == "—" else colour)
            result = tier_rules.apply(rules, lower_by_hand=self.lower.isChecked())
        except ValidationError as exc:
            self._say(exc.message, bad=True)
            return False
        self.load()
        self._say(self.tr("Saved: %1 customer(s) moved.").replace("%1", str(result.moving)))
        return True


class TagsTab(QWidget):
    """Every tag with how many customers carry it: rename, merge, delete, colour."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("tagTable")
        self.table.setHorizontalHeaderLabels([self.tr("Tag"), self.tr("Colour"),
                                              self.tr("Customers")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.buttons = {}
        for key, text, slot in (("rename", self.tr("Rename…"), self.rename),
                                ("merge", self.tr("Merge into…"), self.merge),
                                ("colour", self.tr("Colour…"), self.colour),
                                ("delete", self.tr("Delete"), self.delete)):
            button = QPushButton(text)
            button.setObjectName(f"tag_{key}")
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        layout.addLayout(row)
        self.error = QLabel()
        self.error.setObjectName("tagError")
        self.error.setStyleSheet("color: #b00020;")
        layout.addWidget(self.error)
        self.tags = []

    def load(self) -> None:
        self.tags = customers.all_tags()
        self.table.setRowCount(len(self.tags))
        for row, tag in enumerate(self.tags):
            self.table.setItem(row, 0, QTableWidgetItem(tag.name))
            colour = QTableWidgetItem(tag.color or "—")
            if tag.color:
                colour.setBackground(QColor(tag.color))
                colour.setForeground(QColor("white"))
            self.table.setItem(row, 1, colour)
            self.table.setItem(row, 2, QTableWidgetItem(str(tag.count)))

    def current(self):
        rows = self.table.selectionModel().selectedRows()
        return self.tags[rows[0].row()] if rows else None

    def _run(self, action) -> None:
        self.error.clear()
        try:
            action()
        except ValidationError as exc:
            self.error.setText(exc.message)
            return
        self.load()

    def rename(self) -> None:
        tag = self.current()
        if tag is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename tag"), self.tr("New name:"),
                                        text=tag.name)
        if ok:
            self._run(lambda: shop_tags.rename_tag(tag.id, name))

    def merge(self, into_name: str | None = None) -> None:
        tag = self.current()
        if tag is None:
            return
        others = [t for t in self.tags if t.id != tag.id]
        if into_name is None:
            into_name, ok = QInputDialog.getItem(
                self, self.tr("Merge tags"),
                self.tr("Customers tagged “%1” get this tag instead:").replace("%1", tag.name),
                [t.name for t in others], 0, False)
            if not ok:
                return
        into = next((t for t in others if t.name == into_name), None)
        if into is not None:
            self._run(lambda: shop_tags.merge_tags(tag.id, into.id))

    def colour(self) -> None:
        tag = self.current()
        if tag is None:
            return
        colour = QColorDialog.getColor(QColor(tag.color or "#2f6f8f"), self)
        if colour.isValid():
            self._run(lambda: shop_tags.set_colour(tag.id, colour.name()))

    def delete(self) -> None:
        tag = self.current()
        if tag is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete tag"), self.tr(
            "Take “%1” off %2 customer(s) and delete it?").replace("%1", tag.name).replace(
                "%2", str(tag.count)))
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda: shop_tags.delete_tag(tag.id))


class WordsSection(SettingsSection):
    """The shop's own words."""

    name = "words"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.tabs = QTabWidget()
        self.tiers = TiersTab()
        self.tags = TagsTab()
        categories = QWidget()
        column = QVBoxLayout(categories)
        self.categories_text = QLabel()
        self.categories_text.setWordWrap(True)
        column.addWidget(self.categories_text)
        edit = QPushButton(self.tr("Edit the complaint categories…"))
        edit.setObjectName("editCategories")
        edit.clicked.connect(self._categories)
        column.addWidget(edit, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        topics = QWidget()
        column = QVBoxLayout(topics)
        hint = QLabel(self.tr("Interest topics offered for customers, one per line (letters "
                              "find customers by topic)."))
        hint.setWordWrap(True)
        column.addWidget(hint)
        self.topics = QPlainTextEdit()
        self.topics.setObjectName("interestTopics")
        column.addWidget(self.topics, 1)
        self.topic_counts = QLabel()
        self.topic_counts.setWordWrap(True)
        column.addWidget(self.topic_counts)
        self.sources = SourcesTab()
        self.tabs.addTab(self.tiers, self.tr("Tiers"))
        self.tabs.addTab(categories, self.tr("Complaint categories"))
        self.tabs.addTab(self.sources, self.tr("Customer sources"))
        self.tabs.addTab(topics, self.tr("Interest topics"))
        self.tabs.addTab(self.tags, self.tr("Tags"))
        self.layout_.addWidget(self.tabs, 1)

    def title(self) -> str:
        return self.tr("The shop's words")

    def load(self) -> None:
        self.tiers.load()
        self.tags.load()
        # start-up: importing it here, not at the top, saves 38 ms when this module loads
        from custbook.complaints import lookups

        used = words.category_counts()
        self.categories_text.setText(self.tr("Categories now, with their complaints: %1").replace(
            "%1", self.tr(", ").join(f"{c.name} {used.get(c.id, 0)}"
                                     for c in lookups.categories())))
        topics = words.interest_topics()
        self.topics.setPlainText("\n".join(topics))
        used = words.topic_counts(topics)
        self.topic_counts.setText(self.tr("Customers naming each: %1").replace(
            "%1", self.tr(", ").join(f"{t} {n}" for t, n in used.items()) or "—"))
        self.sources.load()

    def _categories(self) -> None:
        # start-up: importing it here, not at the top, saves 77 ms when this module loads
        from ui.complaints.categories_dialog import CategoriesDialog

        dialog = CategoriesDialog(self)
        dialog.finished.connect(lambda _: self.load())
        dialog.open()

    def values(self) -> dict[str, Any]:
        return {}

    def save(self) -> bool:
        topics = []
        for line in self.topics.toPlainText().splitlines():
            line = " ".join(line.split())
            if line and line not in topics:
                topics.append(line[:40])
        settings.set("interest_topics_list", json.dumps(topics, ensure_ascii=False))
        self.sources.save()
        return True
