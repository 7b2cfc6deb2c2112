"""The 会员卡 (membership card) tab of the customer card: balances, count cards, ledger.

The balances come from the balance rows (one read), the ledger from the member's own
entries. Every action opens one short dialog (ui/membership/dialogs.py); after it the
data-changed signal makes the card (and this tab) show the new state. A receipt of the
last top-up, spend or purchase and the member card itself print from here.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from custbook import money
from custbook.membership import accounts, ledger, numbers
from ui.membership import dialogs, printing
from ui.membership.ledger_dialog import LedgerDialog
from ui.membership.tables import cell, shape


class MembershipPanel(QWidget):
    """Balances on top, count cards beside them, the ledger below, actions on the right."""

    def __init__(self, customer_id: int, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.customer_id = customer_id
        self.today = today
        self.dialog: LedgerDialog | None = None
        self.entries: list[accounts.Entry] = []
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        layout.addLayout(left, 1)
        # --- balances
        top = QHBoxLayout()
        self.value_label = self._big_figure(top, self.tr("Stored value"), "valueFigure")
        self.points_label = self._big_figure(top, self.tr("Points"), "pointsFigure")
        self.number_label = self._big_figure(top, self.tr("Member number"), "numberFigure")
        left.addLayout(top)
        self.cards_table = QTableWidget(0, 4)
        self.cards_table.setObjectName("countCardsTable")
        self.cards_table.setHorizontalHeaderLabels(
            [self.tr("Count card"), self.tr("Visits left"), self.tr("Price paid"),
             self.tr("Expires")])
        shape(self.cards_table, QHeaderView.ResizeMode.ResizeToContents)
        self.cards_table.setMaximumHeight(120)
        self.cards_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        left.addWidget(self.cards_table)
        self.ledger_table = QTableWidget(0, 7)
        self.ledger_table.setObjectName("ledgerTable")
        self.ledger_table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("What"), self.tr("Kind"), self.tr("Amount"),
             self.tr("After"), self.tr("Staff"), self.tr("Note")])
        shape(self.ledger_table, QHeaderView.ResizeMode.ResizeToContents)
        self.ledger_table.horizontalHeader().setSectionResizeMode(
            6, QHeaderView.ResizeMode.Stretch)
        self.ledger_table.itemSelectionChanged.connect(self._selection_changed)
        left.addWidget(self.ledger_table, 1)
        # --- actions
        actions = QVBoxLayout()
        layout.addLayout(actions)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
                ("top_up", self.tr("Top up…"), self.top_up),
                ("spend", self.tr("Spend…"), self.spend),
                ("points", self.tr("Points…"), self.points),
                ("sell", self.tr("Sell a count card…"), self.sell_card),
                ("use", self.tr("Use a visit…"), self.use_visit),
                ("adjust", self.tr("Adjust…"), self.adjust),
                ("reverse", self.tr("Reverse entry…"), self.reverse),
                ("number", self.tr("Member number…"), self.edit_number)):
            button = QPushButton(text)
            button.setObjectName(f"{key}Button")
            button.clicked.connect(slot)
            actions.addWidget(button)
            self.buttons[key] = button
        self.print_button = QPushButton(self.tr("Print"))
        self.print_button.setObjectName("membershipPrintButton")
        menu = QMenu(self.print_button)
        self.receipt_action = menu.addAction(self.tr("Receipt of the selected entry (58 mm)…"))
        self.receipt_action.triggered.connect(lambda: self.print_receipt(58))
        self.receipt80_action = menu.addAction(self.tr("Receipt of the selected entry (80 mm)…"))
        self.receipt80_action.triggered.connect(lambda: self.print_receipt(80))
        self.card_action = menu.addAction(self.tr("Member card (CR80)…"))
        self.card_action.triggered.connect(lambda: self.print_card("cr80"))
        self.sheet_action = menu.addAction(self.tr("Member card on an A4 sheet…"))
        self.sheet_action.triggered.connect(lambda: self.print_card("a4"))
        self.print_button.setMenu(menu)
        actions.addWidget(self.print_button)
        actions.addStretch(1)
        self.reload()

    def _big_figure(self, row: QHBoxLayout, title: str, name: str) -> QLabel:
        box = QGroupBox(title)
        column = QVBoxLayout(box)
        label = QLabel("—")
        label.setObjectName(name)
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        label.setFont(font)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(label)
        row.addWidget(box)
        return label

    # --- showing
    def reload(self) -> None:
        b = accounts.balances(self.customer_id)
        self.balances = b
        self.value_label.setText(money.format_cents(b.value_cents))
        self.points_label.setText(f"{b.points:,}")
        self.number_label.setText(numbers.number_of(self.customer_id) or "—")
        self.cards_table.setRowCount(len(b.cards))
        for row, c in enumerate(b.cards):
            expired = c.expired(self.today)
            expiry = c.expires_on.isoformat() if c.expires_on else self.tr("never")
            if expired:
                expiry = self.tr("%1 (expired)").replace("%1", expiry)
            cells = [cell(c.name, data=c.id),
                     cell(self.tr("%1 of %2").replace("%1", str(c.left)).replace(
                         "%2", str(c.bought)), True),
                     cell(money.format_cents(c.price_cents), True), cell(expiry)]
            for column, item in enumerate(cells):
                if expired or c.left == 0:
                    item.setForeground(Qt.GlobalColor.gray)
                self.cards_table.setItem(row, column, item)
        kinds = {ledger.VALUE: self.tr("Stored value"), ledger.POINTS: self.tr("Points"),
                 ledger.VISITS: self.tr("Count card")}
        self.entries = accounts.ledger(self.customer_id, limit=500)
        self.ledger_table.setRowCount(len(self.entries))
        for row, e in enumerate(self.entries):
            kind = (self.tr("%1: %2").replace("%1", kinds[e.kind]).replace("%2", e.card_name)
                    if e.kind == ledger.VISITS else kinds[e.kind])
            what = e.describe()
            if e.bonus_cents and e.reverses_id is None:
                what = self.tr("%1 (cash %2 + bonus %3)").replace("%1", what).replace(
                    "%2", money.format_cents(e.cash_cents)).replace(
                    "%3", money.format_cents(e.bonus_cents))
            if e.reversed_by:
                what = self.tr("%1 — reversed").replace("%1", what)
            cells = [cell(e.at.strftime("%Y-%m-%d %H:%M"), data=e.id), cell(what),
                     cell(kind), cell(accounts.format_amount(e.kind, e.amount, True), True),
                     cell(accounts.format_amount(e.kind, e.balance_after), True),
                     cell(e.staff_name), cell(e.note)]
            for column, item in enumerate(cells):
                if e.reversed_by or e.reverses_id:
                    item.setForeground(Qt.GlobalColor.darkGray)
                self.ledger_table.setItem(row, column, item)
        usable = any(c.left > 0 and not c.expired(self.today) for c in b.cards)
        self.buttons["use"].setEnabled(usable)
        self.buttons["spend"].setEnabled(b.value_cents > 0)
        self._selection_changed()

    def selected_entry(self) -> accounts.Entry | None:
        rows = self.ledger_table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        e = self.selected_entry()
        self.buttons["reverse"].setEnabled(e is not None and e.reverses_id is None
                                           and e.reversed_by is None)
        self.receipt_action.setEnabled(e is not None)
        self.receipt80_action.setEnabled(e is not None)

    # --- actions
    def _open(self, dialog: LedgerDialog) -> LedgerDialog:
        self.dialog = dialog
        dialog.sig_done.connect(lambda _: self.reload())
        dialog.open()
        return dialog

    def top_up(self) -> LedgerDialog:
        return self._open(dialogs.TopUpDialog(self, self.customer_id))

    def spend(self) -> LedgerDialog:
        return self._open(dialogs.SpendDialog(self, self.customer_id))

    def points(self) -> LedgerDialog:
        return self._open(dialogs.PointsDialog(self, self.customer_id))

    def sell_card(self) -> LedgerDialog:
        return self._open(dialogs.SellCardDialog(self, self.customer_id, self.today))

    def use_visit(self) -> LedgerDialog:
        rows = self.cards_table.selectionModel().selectedRows()
        card_id = (self.cards_table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
                   if rows else None)
        return self._open(dialogs.UseVisitDialog(self, self.customer_id, self.today, card_id))

    def adjust(self) -> LedgerDialog:
        return self._open(dialogs.AdjustDialog(self, self.customer_id))

    def reverse(self) -> LedgerDialog | None:
        e = self.selected_entry()
        if e is None:
            return None
        return self._open(dialogs.ReverseDialog(self, self.customer_id, e))

    def edit_number(self) -> LedgerDialog:
        return self._open(dialogs.NumberDialog(self, self.customer_id))

    def print_receipt(self, paper_mm: int = 58) -> None:
        e = self.selected_entry()
        if e is not None:
            printing.print_receipt(self, e.id, paper_mm)

    def print_card(self, layout: str) -> None:
        printing.print_member_card(self, self.customer_id, layout)
