"""Finding customers entered twice, merging them field by field, and undoing a merge.

The core finds the candidate pairs and does the merge in one transaction (history,
phones, tags and referrals all move to the kept card; the other goes to the trash).
Here the owner sees the pairs, chooses which card to keep and, for every field
where the two differ, which value wins; recent merges can be undone.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from custbook.customers import custom_fields, customers, merge
from custbook.errors import CustbookError
from ui import format as fmt
from ui.window_commands import last_action
from ui.customers.fields import display_group, display_value, field_labels, group_label
from ui.customers.widgets import ErrorLabel, RememberedDialog, tell
from ui.worker import run_task

ELIDE_AT = 60


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


class MergeDialog(RememberedDialog):
    """Merge two cards: choose the card to keep and, field by field, the value to keep."""

    DEFAULT_SIZE = QSize(760, 560)
    sig_merged = Signal(int)
    """sig_merged(merge_id): the two cards are one now (merge_id undoes it)."""

    def __init__(self, parent: QWidget | None, pair: merge.DuplicatePair):
        super().__init__(parent, "mergeDialog")
        self.setWindowTitle(self.tr("Merge two cards"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.rows = (pair.a, pair.b)
        self.cards = (customers.get_card(pair.a.id), customers.get_card(pair.b.id))
        # the shop's own fields both cards fill differently: chosen like the card's fields
        own = [custom_fields.values_of(pair.a.id), custom_fields.values_of(pair.b.id)]
        self.own = {f"custom:{f.id}": (f.name, tuple(custom_fields.display(f.kind, o[f.id])
                                                     for o in own))
                    for f in custom_fields.fields()
                    if f.id in own[0] and f.id in own[1] and own[0][f.id] != own[1][f.id]}
        self.tiers = {tier.id: tier.name for tier in customers.all_tiers()}
        self.names = {card.fields.get("referred_by"): card.referred_by_name
                      for card in self.cards if card.fields.get("referred_by")}
        self.choices: dict[tuple[str, ...], QButtonGroup] = {}
        self._touched: set[tuple[str, ...]] = set()
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Choose the card to keep. Where the two cards differ, choose the value to keep. "
            "Phones, tags, all history (purchases, contacts, complaints, reminders, "
            "satisfaction records, referrals), family, anniversaries, files and member "
            "accounts are moved to the kept card; the other card goes to the trash. The "
            "merge can be undone."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        area = QScrollArea()
        area.setWidgetResizable(True)
        inner = QWidget()
        self.grid = QGridLayout(inner)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        area.setWidget(inner)
        layout.addWidget(area, 1)
        # The two cards side by side; their column heads choose which card is kept.
        self.keep_group = QButtonGroup(self)
        for side, row in enumerate(self.rows):
            button = QRadioButton(self.tr("Keep this card"))
            button.setObjectName(f"keepSide{side}")
            self.keep_group.addButton(button, side)
            self.grid.addWidget(button, 0, side + 1)
            about = QLabel(self.tr("<b>%1</b><br>%2 · %3 purchases · %4")
                           .replace("%1", row.name).replace("%2", row.phone or "—")
                           .replace("%3", fmt.number(row.purchase_count))
                           .replace("%4", fmt.money(row.total_spent_cents)))
            self.grid.addWidget(about, 1, side + 1)
        # The card with more history is kept by default: fewer records move.
        keep = 0 if (self.rows[0].purchase_count, -self.rows[0].id) >= (
            self.rows[1].purchase_count, -self.rows[1].id) else 1
        self.keep_group.button(keep).setChecked(True)
        self.keep_group.idToggled.connect(lambda side, on: on and self._apply_defaults())
        self._build_rows()
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(self.tr("Merge"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("mergeButton")
        self.buttons.accepted.connect(self.do_merge)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._apply_defaults()

    def _units(self) -> list[tuple[str, ...]]:
        """The choices to offer: single fields, and groups that only go together."""
        groups = [tuple(g) for g in getattr(merge, "MERGE_GROUPS", [])]
        grouped = {f for g in groups for f in g}
        units: list[tuple[str, ...]] = []
        for field in merge.MERGE_FIELDS:
            group = next((g for g in groups if g[0] == field), None)
            if group is not None:
                units.append(group)
            elif field not in grouped:
                units.append((field,))
        return units + [(key,) for key in self.own]

    def _value(self, side: int, field: str):
        if field in self.own:
            return self.own[field][1][side]
        return self.cards[side].fields.get(field)

    def _text(self, unit: tuple[str, ...], card) -> str:
        if unit[0] in self.own:
            return self.own[unit[0]][1][self.cards.index(card)]
        if len(unit) == 1:
            return display_value(unit[0], card.fields.get(unit[0]), self.tiers, self.names)
        return display_group(unit, card.fields, self.tiers, self.names)

    def _build_rows(self) -> None:
        labels = field_labels()
        line = 2
        differing = []
        for unit in self._units():
            values = [tuple(self._value(side, f) for f in unit) for side in (0, 1)]
            if values[0] != values[1]:
                filled = all(any(v not in (None, "", False) for v in side) for side in values)
                differing.append((not filled, unit))
        # Real conflicts first; then what only one card has (that value is chosen for you).
        differing.sort(key=lambda item: item[0])
        heading_done = False
        for one_sided, unit in differing:
            if one_sided and not heading_done:
                note = QLabel(self.tr("Only one of the cards has these; its value is kept:"))
                note.setStyleSheet("color: palette(placeholder-text); margin-top: 8px;")
                self.grid.addWidget(note, line, 0, 1, 3)
                line += 1
                heading_done = True
            label = self.own[unit[0]][0] if unit[0] in self.own else \
                labels.get(unit[0], unit[0]) if len(unit) == 1 else group_label(unit)
            self.grid.addWidget(QLabel(label), line, 0)
            group = QButtonGroup(self)
            for side, card in enumerate(self.cards):
                text = self._text(unit, card) or self.tr("(empty)")
                button = QRadioButton(text if len(text) <= ELIDE_AT else text[:ELIDE_AT] + "…")
                button.setToolTip(text)
                button.setObjectName(f"choice_{unit[0]}_{side}")
                group.addButton(button, side)
                self.grid.addWidget(button, line, side + 1)
            group.idClicked.connect(lambda side, u=unit: self._touched.add(u))
            self.choices[unit] = group
            line += 1
        if not self.choices:
            self.grid.addWidget(QLabel(self.tr("The two cards hold the same profile; only their "
                                               "phones, tags and history will be joined.")),
                                line, 0, 1, 3)
            line += 1
        phones = [", ".join(p.display for p in card.phones) or "—" for card in self.cards]
        tags = [", ".join(card.tags) or "—" for card in self.cards]
        for label, values in ((labels["phones"], phones), (labels["tags"], tags)):
            self.grid.addWidget(QLabel(label), line, 0)
            for side, text in enumerate(values):
                shown = QLabel(text)
                shown.setWordWrap(True)
                self.grid.addWidget(shown, line, side + 1)
            line += 1
        self.grid.addWidget(QLabel(self.tr("Phones and tags of both cards are kept.")),
                            line, 1, 1, 2)
        self.grid.setRowStretch(line + 1, 1)

    def keep_side(self) -> int:
        return self.keep_group.checkedId()

    def _apply_defaults(self) -> None:
        """The kept card's value wins, unless it is empty and the other card has one."""
        keep = self.keep_side()
        for unit, group in self.choices.items():
            if unit in self._touched:
                continue
            kept = [self._value(keep, f) for f in unit]
            empty = all(value in (None, "", False) for value in kept)
            group.button(1 - keep if empty else keep).setChecked(True)

    def unit_of(self, field: str) -> tuple[str, ...]:
        return next(unit for unit in self.choices if field in unit)

    def choose(self, field: str, side: int) -> None:
        """Take `field` (and what goes with it) from card `side` (0 or 1), as a click does."""
        self.choices[self.unit_of(field)].button(side).click()

    def take_from_drop(self) -> list[str]:
        drop = 1 - self.keep_side()
        return [field for unit, group in self.choices.items() if group.checkedId() == drop
                for field in unit]

    def do_merge(self) -> None:
        keep = self.keep_side()
        try:
            merge_id = merge.merge_customers(self.rows[keep].id, self.rows[1 - keep].id,
                                             self.take_from_drop())
        except CustbookError as exc:
            self.error.show_message(str(exc))
            return
        self.accept()
        last_action().offer(self.tr("&Undo the merge"), lambda: merge.undo_merge(merge_id))
        self.sig_merged.emit(merge_id)


class DuplicatesDialog(RememberedDialog):
    """Candidate duplicate pairs to merge, and the recent merges to undo."""

    DEFAULT_SIZE = QSize(820, 600)
    sig_pairs_shown = Signal()
    """sig_pairs_shown(): the list of candidate pairs was (re)filled."""

    def __init__(self, parent: QWidget | None, today: dt.date | None = None):
        super().__init__(parent, "duplicatesDialog")
        self.setWindowTitle(self.tr("Find duplicates"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.today = today
        self.pairs: list[merge.DuplicatePair] = []
        self.merges: list = []
        self.merge_dialog: MergeDialog | None = None
        self.task = None
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("duplicatesSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.pair_table = _table([self.tr("Customer"), self.tr("Phone"), self.tr("Possible twin"),
                                  self.tr("Phone"), self.tr("Reason")])
        self.pair_table.setObjectName("pairTable")
        for column, width in enumerate((130, 130, 130, 130)):
            self.pair_table.setColumnWidth(column, width)
        self.pair_table.itemDoubleClicked.connect(lambda item: self.merge_selected())
        self.pair_table.itemSelectionChanged.connect(self._update_buttons)
        pairs_box = QWidget()
        pairs_layout = QVBoxLayout(pairs_box)
        pairs_layout.setContentsMargins(0, 0, 0, 0)
        pairs_layout.addWidget(self.pair_table)
        row = QHBoxLayout()
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.setObjectName("mergePairButton")
        self.merge_button.clicked.connect(self.merge_selected)
        self.open_button = QPushButton(self.tr("Open both cards"))
        self.open_button.clicked.connect(self.open_selected)
        self.again_button = QPushButton(self.tr("Look again"))
        self.again_button.clicked.connect(self.find)
        for button in (self.merge_button, self.open_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.again_button)
        pairs_layout.addLayout(row)
        splitter.addWidget(pairs_box)
        recent = QGroupBox(self.tr("Recent merges"))
        recent_layout = QVBoxLayout(recent)
        self.merge_table = _table([self.tr("Merged on"), self.tr("Card kept"), self.tr("Card merged in"),
                                   self.tr("State")])
        self.merge_table.setObjectName("mergeTable")
        for column, width in enumerate((140, 160, 160)):
            self.merge_table.setColumnWidth(column, width)
        self.merge_table.itemSelectionChanged.connect(self._update_buttons)
        recent_layout.addWidget(self.merge_table)
        self.undo_button = QPushButton(self.tr("Undo merge"))
        self.undo_button.setObjectName("undoMergeButton")
        self.undo_button.clicked.connect(self.undo_selected)
        recent_layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignLeft)
        splitter.addWidget(recent)
        splitter.setSizes([360, 200])
        layout.addWidget(splitter, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.show_merges()
        self._update_buttons()

    # --- pairs
    def find(self) -> None:
        """Look for candidate pairs in the background (it reads the whole book)."""
        self.summary.setText(self.tr("Looking for customers entered twice…"))
        self.again_button.setEnabled(False)
        self.task = run_task(self, self.tr("Looking for duplicates…"),
                             lambda progress: merge.duplicate_pairs(), self.show_pairs,
                             self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.again_button.setEnabled(True)
        self.summary.setText(str(exc))

    def show_pairs(self, pairs: list[merge.DuplicatePair]) -> None:
        self.pairs = list(pairs)
        self.again_button.setEnabled(True)
        self.pair_table.setRowCount(len(self.pairs))
        for row, pair in enumerate(self.pairs):
            for column, text in enumerate((pair.a.name, pair.a.phone, pair.b.name, pair.b.phone,
                                           pair.reason)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.pair_table.setItem(row, column, item)
        self.summary.setText(
            self.tr("%1 pairs of cards may be the same customer. Select a pair and merge it, "
                    "or leave it if they are different people.").replace(
                "%1", fmt.number(len(self.pairs))) if self.pairs else
            self.tr("No duplicates found: no two cards share a phone number, or a name with "
                    "a phone or birthday."))
        if self.pairs:
            self.pair_table.selectRow(0)
        self._update_buttons()
        self.sig_pairs_shown.emit()

    def selected_pair(self) -> merge.DuplicatePair | None:
        rows = {index.row() for index in self.pair_table.selectedIndexes()}
        return self.pairs[min(rows)] if rows else None

    def merge_selected(self) -> MergeDialog | None:
        pair = self.selected_pair()
        if pair is None:
            return None
        try:
            dialog = MergeDialog(self, pair)
        except CustbookError as exc:
            tell(self, self.tr("Cannot merge"), str(exc))
            return None
        dialog.sig_merged.connect(lambda merge_id: (self.show_merges(), self.find()))
        self.merge_dialog = dialog
        dialog.open()
        return dialog

    def open_selected(self) -> None:
        # start-up: importing it here, not at the top, saves 1.25 s when this module loads
        from ui.customers.card import open_card

        pair = self.selected_pair()
        if pair is not None:
            for row in (pair.a, pair.b):
                open_card(self.parentWidget(), row.id, self.today)

    # --- merges
    def show_merges(self) -> None:
        self.merges = merge.recent_merges()
        self.merge_table.setRowCount(len(self.merges))
        for row, record in enumerate(self.merges):
            state = self.tr("Undone") if record.undone else self.tr("Merged")
            cells = (fmt.date(record.merged_at.date()) + record.merged_at.strftime(" %H:%M"),
                     record.kept_name, record.dropped_name, state)
            for column, text in enumerate(cells):
                self.merge_table.setItem(row, column, QTableWidgetItem(text))
        self._update_buttons()

    def selected_merge(self):
        rows = {index.row() for index in self.merge_table.selectedIndexes()}
        return self.merges[min(rows)] if rows else None

    def undo_selected(self) -> bool:
        """Undo the chosen merge: both cards and their history as they were."""
        record = self.selected_merge()
        if record is None or record.undone:
            return False
        try:
            merge.undo_merge(record.id)
        except CustbookError as exc:
            tell(self, self.tr("The merge cannot be undone"), str(exc), "undoFailedBox")
            return False
        self.show_merges()
        self.find()
        return True

    def _update_buttons(self) -> None:
        has_pair = self.selected_pair() is not None
        self.merge_button.setEnabled(has_pair)
        self.open_button.setEnabled(has_pair)
        record = self.selected_merge()
        self.undo_button.setEnabled(record is not None and not record.undone)
