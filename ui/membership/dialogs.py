"""The short ledger dialogs: top-up, spend, points, count cards, adjust, reverse.

Each shows the balance after the action before it is confirmed, writes through ONE
function of custbook.membership.ledger (one transaction), shows a refusal under the
field it is about and keeps what was typed (the shared form: ledger_dialog.py).
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from custbook import money
from custbook.errors import ValidationError
from custbook.membership import accounts, ledger, numbers, rules
from ui.customers.widgets import OptionalDateEdit
from ui.membership.ledger_dialog import LedgerDialog


class TopUpDialog(LedgerDialog):
    """Money paid in, with an optional bonus (充 500 送 100)."""

    def __init__(self, parent: QWidget | None, customer_id: int):
        super().__init__(parent, customer_id, self.tr("Top up the stored value"), "topUpDialog")
        self.now_label.setText(self.tr("Balance now: %1").replace(
            "%1", self.value_text(self.balances.value_cents)))
        self.cash = QLineEdit()
        self.cash.setObjectName("cashEdit")
        self.cash.setPlaceholderText(self.tr("e.g. 500"))
        self.add_row(self.tr("Cash received (¥)"), "cash", self.cash)
        self.bonus = QLineEdit()
        self.bonus.setObjectName("bonusEdit")
        self.bonus.setPlaceholderText(self.tr("e.g. 100 (optional)"))
        self.add_row(self.tr("Bonus given (¥)"), "bonus", self.bonus)
        self.staff_row()
        self.note_row()
        self.receipt_row()
        self.cash.setFocus()
        self.refresh()

    def amounts(self) -> tuple[int, int]:
        return (self.money_value(self.cash, "cash"),
                self.money_value(self.bonus, "bonus", empty=0))

    def preview(self) -> str:
        if not self.cash.text().strip():
            return ""
        cash, bonus = self.amounts()
        return self.tr("Value given %1 · balance after %2").replace(
            "%1", self.value_text(cash + bonus)).replace(
            "%2", self.value_text(self.balances.value_cents + cash + bonus))

    def write(self) -> int:
        cash, bonus = self.amounts()
        return ledger.top_up(self.customer_id, cash, bonus, staff_id=self.staff.currentData(),
                             note=self.note.text())


class SpendDialog(LedgerDialog):
    """Pay from the stored value (without recording a purchase)."""

    def __init__(self, parent: QWidget | None, customer_id: int):
        super().__init__(parent, customer_id, self.tr("Spend from the balance"), "spendDialog")
        self.now_label.setText(self.tr("Balance now: %1").replace(
            "%1", self.value_text(self.balances.value_cents)))
        self.amount = QLineEdit()
        self.amount.setObjectName("amountEdit")
        self.add_row(self.tr("Amount (¥)"), "amount", self.amount)
        self.staff_row()
        self.note_row(self.tr("For"))
        self.receipt_row()
        self.amount.setFocus()
        self.refresh()

    def preview(self) -> str:
        if not self.amount.text().strip():
            return ""
        cents = self.money_value(self.amount, "amount")
        after = self.balances.value_cents - cents
        if after < 0:
            raise ValidationError("amount", self.tr("The balance is only %1.").replace(
                "%1", self.value_text(self.balances.value_cents)))
        return self.tr("Balance after %1").replace("%1", self.value_text(after))

    def write(self) -> int:
        return ledger.spend(self.customer_id, self.money_value(self.amount, "amount"),
                            staff_id=self.staff.currentData(), note=self.note.text())


class PointsDialog(LedgerDialog):
    """Earn points by hand, or redeem some for money off or a gift."""

    def __init__(self, parent: QWidget | None, customer_id: int, redeem: bool = True):
        super().__init__(parent, customer_id, self.tr("Points"), "pointsDialog")
        self.now_label.setText(self.tr("Points now: %1").replace(
            "%1", f"{self.balances.points:,}"))
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.redeem_radio = QRadioButton(self.tr("Redeem"))
        self.redeem_radio.setObjectName("redeemRadio")
        self.earn_radio = QRadioButton(self.tr("Earn"))
        self.earn_radio.setObjectName("earnRadio")
        group = QButtonGroup(self)
        group.addButton(self.redeem_radio)
        group.addButton(self.earn_radio)
        (self.redeem_radio if redeem else self.earn_radio).setChecked(True)
        line.addWidget(self.redeem_radio)
        line.addWidget(self.earn_radio)
        line.addStretch(1)
        self.form.addRow(self.tr("Action"), row)
        self.redeem_radio.toggled.connect(self.refresh)
        self.points = QSpinBox()
        self.points.setObjectName("pointsSpin")
        self.points.setRange(0, 100_000_000)
        self.points.setGroupSeparatorShown(True)
        self.add_row(self.tr("Points"), "points", self.points)
        self.staff_row()
        self.note_row(self.tr("For (money off, a gift …)"))
        self.points.setFocus()
        self.refresh()

    def preview(self) -> str:
        points = self.points.value()
        if not points:
            return ""
        if self.redeem_radio.isChecked():
            after = self.balances.points - points
            if after < 0:
                raise ValidationError("points", self.tr("Only %1 points are left.").replace(
                    "%1", f"{self.balances.points:,}"))
            return self.tr("Worth %1 off · points after %2").replace(
                "%1", self.value_text(rules.points_value_cents(points))).replace(
                "%2", f"{after:,}")
        return self.tr("Points after %1").replace("%1", f"{self.balances.points + points:,}")

    def write(self) -> int:
        points = self.points.value()
        if self.redeem_radio.isChecked():
            return ledger.redeem_points(self.customer_id, points,
                                        staff_id=self.staff.currentData(), note=self.note.text())
        return ledger.earn_points(self.customer_id, points, staff_id=self.staff.currentData(),
                                  note=self.note.text())


class SellCardDialog(LedgerDialog):
    """Sell a count card: its name, the visits, the price paid, an optional expiry."""

    def __init__(self, parent: QWidget | None, customer_id: int, today: dt.date):
        super().__init__(parent, customer_id, self.tr("Sell a count card"), "sellCardDialog")
        self.now_label.setText(self.tr("Count cards held: %1").replace(
            "%1", str(sum(1 for c in self.balances.cards if c.left > 0))))
        self.name = QLineEdit()
        self.name.setObjectName("cardNameEdit")
        self.name.setPlaceholderText(self.tr("e.g. 10 haircuts"))
        self.add_row(self.tr("Card"), "name", self.name)
        self.visits = QSpinBox()
        self.visits.setObjectName("visitsSpin")
        self.visits.setRange(1, 9999)
        self.visits.setValue(10)
        self.add_row(self.tr("Visits"), "visits", self.visits)
        self.price = QLineEdit()
        self.price.setObjectName("priceEdit")
        self.add_row(self.tr("Price paid (¥)"), "price", self.price)
        self.expires = OptionalDateEdit(self.tr("Expires"))
        self.expires.setObjectName("expiresEdit")
        self.expires.edit.setDate(QDate(today.year + 1, today.month, min(today.day, 28)))
        self.add_row(self.tr("Expiry"), "expires_on", self.expires)
        self.expires.sig_changed.connect(self.refresh)
        self.staff_row()
        self.note_row()
        self.receipt_row()
        self.name.setFocus()
        self.refresh()

    def preview(self) -> str:
        if not self.price.text().strip():
            return ""
        price = self.money_value(self.price, "price")
        visits = self.visits.value()
        return self.tr("%1 visits for %2 (%3 a visit)").replace("%1", str(visits)).replace(
            "%2", self.value_text(price)).replace("%3", self.value_text(price // visits))

    def receipt_entry(self) -> int | None:
        entries = accounts.card_entries(self.result_id) if self.result_id else []
        return entries[0].id if entries else None

    def write(self) -> int:
        return ledger.sell_count_card(
            self.customer_id, self.name.text(), self.visits.value(),
            self.money_value(self.price, "price"), expires_on=self.expires.value(),
            staff_id=self.staff.currentData(), note=self.note.text())


class UseVisitDialog(LedgerDialog):
    """Use one (or more) visits of a count card that has not expired."""

    def __init__(self, parent: QWidget | None, customer_id: int, today: dt.date,
                 card_id: int | None = None):
        super().__init__(parent, customer_id, self.tr("Use a visit"), "useVisitDialog")
        self.today = today
        self.card = QComboBox()
        self.card.setObjectName("cardCombo")
        for c in self.balances.cards:
            if c.left > 0 and not c.expired(today):
                self.card.addItem(self.tr("%1 (%2 left)").replace("%1", c.name).replace(
                    "%2", str(c.left)), c.id)
        if card_id is not None and self.card.findData(card_id) >= 0:
            self.card.setCurrentIndex(self.card.findData(card_id))
        self.add_row(self.tr("Card"), "card", self.card)
        self.visits = QSpinBox()
        self.visits.setObjectName("visitsSpin")
        self.visits.setRange(1, 999)
        self.add_row(self.tr("Visits"), "visits", self.visits)
        self.staff_row()
        self.note_row()
        self.receipt_row()
        if not self.card.count():
            self.general_error.show_message(self.tr("No count card with visits left."))
            self.ok_button.setEnabled(False)
        self.refresh()

    def preview(self) -> str:
        card = self.balances.card(self.card.currentData()) if self.card.count() else None
        if card is None:
            return ""
        after = card.left - self.visits.value()
        if after < 0:
            raise ValidationError("visits", self.tr("Only %1 visits are left.").replace(
                "%1", str(card.left)))
        return self.tr("Visits left after %1").replace("%1", str(after))

    def write(self) -> int:
        if not self.card.count():
            raise ValidationError("card", self.tr("No count card with visits left."))
        return ledger.use_visit(self.card.currentData(), self.visits.value(),
                                staff_id=self.staff.currentData(), note=self.note.text(),
                                today=self.today, customer_id=self.customer_id)


class AdjustDialog(LedgerDialog):
    """Correct a balance by hand (up or down), with the reason."""

    def __init__(self, parent: QWidget | None, customer_id: int):
        super().__init__(parent, customer_id, self.tr("Adjust a balance"), "adjustDialog")
        self.what = QComboBox()
        self.what.setObjectName("whatCombo")
        self.what.addItem(self.tr("Stored value"), (ledger.VALUE, None))
        self.what.addItem(self.tr("Points"), (ledger.POINTS, None))
        for c in self.balances.cards:
            self.what.addItem(self.tr("Count card: %1").replace("%1", c.name),
                              (ledger.VISITS, c.id))
        self.add_row(self.tr("Balance"), "card", self.what)
        self.amount = QLineEdit()
        self.amount.setObjectName("amountEdit")
        self.amount.setPlaceholderText(self.tr("+ adds, - takes away: e.g. -20"))
        self.add_row(self.tr("Change"), "amount", self.amount)
        self.note_row(self.tr("Reason"))
        self.staff_row()
        self.amount.setFocus()
        self.refresh()

    def current(self) -> tuple[str, int | None, int]:
        kind, card_id = self.what.currentData()
        if kind == ledger.VALUE:
            return kind, card_id, self.balances.value_cents
        if kind == ledger.POINTS:
            return kind, card_id, self.balances.points
        return kind, card_id, self.balances.card(card_id).left

    def change(self, kind: str) -> int:
        text = self.amount.text().strip()
        if kind == ledger.VALUE:
            return money.parse(text, "amount", allow_negative=True)
        try:
            return int(text.replace(",", "").replace("+", ""))
        except ValueError:
            raise ValidationError("amount", self.tr("Enter a whole number, e.g. -2.")) from None

    def preview(self) -> str:
        kind, _, now = self.current()
        self.now_label.setText(self.tr("Now: %1").replace(
            "%1", accounts.format_amount(kind, now)))
        if not self.amount.text().strip():
            return ""
        after = now + self.change(kind)
        if after < 0:
            raise ValidationError("amount", self.tr("A balance cannot go below zero."))
        return self.tr("After: %1").replace("%1", accounts.format_amount(kind, after))

    def write(self) -> int:
        kind, card_id, _ = self.current()
        return ledger.adjust(self.customer_id, kind, self.change(kind), self.note.text(),
                             account_id=card_id, staff_id=self.staff.currentData())


class ReverseDialog(LedgerDialog):
    """Undo one ledger entry with its opposite, giving the reason."""

    def __init__(self, parent: QWidget | None, customer_id: int, entry: accounts.Entry):
        super().__init__(parent, customer_id, self.tr("Reverse an entry"), "reverseDialog")
        self.entry = entry
        self.now_label.setText(self.tr("%1 of %2 on %3").replace("%1", entry.describe()).replace(
            "%2", accounts.format_amount(entry.kind, entry.amount, signed=True)).replace(
            "%3", entry.at.strftime("%Y-%m-%d %H:%M")))
        self.note_row(self.tr("Reason"))
        self.staff_row()
        self.note.setFocus()
        self.after_label.setText(self.tr("The entry stays in the ledger; a reversal of %1 "
                                         "is added.").replace(
            "%1", accounts.format_amount(entry.kind, -entry.amount, signed=True)))

    def write(self) -> int:
        return ledger.reverse(self.entry.id, self.note.text(), staff_id=self.staff.currentData())


class NumberDialog(LedgerDialog):
    """Give or change the member's card number (kept from an old system, or a new one)."""

    def __init__(self, parent: QWidget | None, customer_id: int):
        super().__init__(parent, customer_id, self.tr("Member number"), "numberDialog")
        current = numbers.number_of(customer_id)
        self.now_label.setText(self.tr("Leave empty for a new number (%1).").replace(
            "%1", numbers.suggested(customer_id)) if not current else "")
        self.number = QLineEdit(current)
        self.number.setObjectName("numberEdit")
        self.add_row(self.tr("Card number"), "number", self.number)
        self.number.setFocus()

    def write(self) -> int:
        numbers.assign(self.customer_id, self.number.text().strip() or None)
        return self.customer_id
