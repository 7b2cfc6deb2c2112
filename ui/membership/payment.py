"""The purchase dialog's membership rows: "pay from balance" and the points it earns.

Added to the purchase dialog (ui/customers/card_history.PurchaseDialog). The purchase,
the part paid from the stored value and the points are written together by
custbook.membership.sale: `record_sale` for a new purchase, `edit_sale` for a change
(what no longer fits is reversed on the ledger and posted again); one transaction,
so a refused payment writes nothing.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from custbook import money
from custbook.errors import ValidationError
from custbook.membership import accounts, rules, sale
from ui import prefs
from ui.membership import printing


class PaymentRows(QWidget):
    def __init__(self, dialog, purchase_id: int | None = None) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.customer_id = dialog.customer_id
        self.purchase_id = purchase_id
        self.balances = accounts.balances(self.customer_id)
        # A change: what the purchase paid from the balance is the balance's again to use.
        paid, earns = sale.on_card(purchase_id) if purchase_id else (0, True)
        self.available = self.balances.value_cents + paid
        self.last_sale: sale.Sale | None = None
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.from_balance = QLineEdit()
        self.from_balance.setObjectName("fromBalanceEdit")
        self.from_balance.setPlaceholderText("0.00")
        if paid:
            self.from_balance.setText(money.plain(paid))
        self.all_button_label = QLabel(self.tr("of %1").replace(
            "%1", money.format_cents(self.available)))
        self.all_button_label.setObjectName("balanceHint")
        line.addWidget(self.from_balance, 1)
        line.addWidget(self.all_button_label)
        dialog.add_row(self.tr("Pay from balance (¥)"), "from_balance", row)
        dialog.errors["from_balance"] = (self.from_balance, dialog.errors["from_balance"][1])
        row.setEnabled(self.available > 0)
        self.earn = QCheckBox()
        self.earn.setObjectName("earnPointsCheck")
        self.earn.setChecked(earns)
        dialog.add_row(self.tr("Points"), "points", self.earn)
        self.summary = QLabel()
        self.summary.setObjectName("paymentSummary")
        dialog.form.addRow("", self.summary)
        self.receipt = QCheckBox(self.tr("Print a receipt"))
        self.receipt.setObjectName("purchaseReceiptCheck")
        self.receipt.setChecked(prefs.get(printing.RECEIPT_PREF, "") != "")
        if purchase_id is None:  # a receipt is of the sale, not of a correction
            dialog.form.addRow("", self.receipt)
        else:
            self.receipt.hide()
        dialog.amount.textChanged.connect(self.refresh)
        dialog.day.dateChanged.connect(self.refresh)
        self.from_balance.textChanged.connect(self.refresh)
        self.refresh()

    def _amounts(self) -> tuple[int, int]:
        amount = money.parse(self.dialog.amount.text(), "amount", empty=0)
        paid = money.parse(self.from_balance.text(), "from_balance", empty=0)
        return amount, paid

    def refresh(self, *args) -> None:
        try:
            amount, paid = self._amounts()
        except ValidationError:
            self.summary.setText("")
            return
        points = rules.points_for(self.customer_id, amount, self.dialog.day.date().toPython())
        self.earn.setText(self.tr("Earn %1 points").replace("%1", f"{points:,}"))
        if paid:
            self.summary.setText(self.tr("Cash %1 · balance after %2").replace(
                "%1", money.format_cents(max(0, amount - paid))).replace(
                "%2", money.format_cents(self.available - paid)))
        else:
            self.summary.setText("")

    def write(self, values: dict[str, Any]) -> int:
        _, paid = self._amounts()
        if self.purchase_id is not None:
            self.last_sale = sale.edit_sale(self.purchase_id, from_balance_cents=paid,
                                            earn_points=self.earn.isChecked(), **values)
            return self.purchase_id
        done = sale.record_sale(
            self.customer_id, values["purchased_on"], values["amount_cents"],
            from_balance_cents=paid, earn_points=self.earn.isChecked(), items=values["items"],
            product_codes=values["product_codes"], staff_id=values["staff_id"],
            note=values["note"])
        self.last_sale = done
        width = int(prefs.get(printing.RECEIPT_PREF, "") or 58)
        entries = [e for e in accounts.ledger(self.customer_id, limit=3)
                   if e.purchase_id == done.purchase_id]
        if self.receipt.isChecked() and entries:  # a receipt needs a ledger line to be of
            printing.print_receipt(self.dialog.parent() or self.dialog, entries[-1].id, width)
        return done.purchase_id
