"""The card's Satisfaction tab, and "Record satisfaction…" on the purchases list.

The tab lists every rating the customer gave — after a purchase, on a follow-up call,
when a complaint was settled — with the score, the recommend answer, their words and
who asked, newest first, and a line that adds them up. Ratings entered here can be
corrected or deleted here; a complaint's result is changed on the complaint (the
core refuses otherwise), so those rows say so instead of offering Edit.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton, QTableWidget, QWidget

from custbook.loyalty import satisfaction_records
from custbook.errors import CustbookError
from ui import format as fmt
from ui.customers.card_history import PurchasesPanel, _HistoryPanel
from ui.customers.widgets import ask, tell
from ui.satisfaction_entry import RATING_COLOURS, SatisfactionDialog, rating_name

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


class SatisfactionPanel(_HistoryPanel):
    """Every satisfaction record of the customer, newest first."""

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("About"), self.tr("Rating"), self.tr("Score"),
                self.tr("Recommend"), self.tr("Comment"), self.tr("Asked by")]

    def __init__(self, customer_id: int, today, parent: QWidget | None = None):
        super().__init__(customer_id, today, parent)
        self.totals.setWordWrap(True)  # the summary line is long in English

    def add_text(self) -> str:
        return self.tr("Record satisfaction…")

    def about_text(self, row: satisfaction_records.SatisfactionRow) -> str:
        """What the rating was about, as the owner recognises it."""
        words = satisfaction_records.subjects()
        if row.subject == "purchase" and row.purchase_id is not None:
            text = self.tr("Purchase of %1").replace("%1", fmt.date(row.purchase_on))
            return f"{text} · {row.purchase_items}" if row.purchase_items else text
        if row.subject == "complaint" and row.complaint_id is not None:
            text = self.tr("Complaint of %1").replace("%1", fmt.date(row.complaint_on))
            return f"{text} · {row.complaint_category}" if row.complaint_category else text
        return words.get(row.subject, row.subject)

    def reload(self, figures=None) -> None:
        rows = satisfaction_records.for_customer(self.customer_id)
        self.fill(rows, lambda r: [
            (fmt.date(r.recorded_on), False), (self.about_text(r), False),
            (rating_name(r.rating), False),
            ("" if r.score is None else f"{r.score}/5", True),
            ("" if r.recommend is None else f"{r.recommend}/10", True),
            (r.comment, False), (r.staff_name, False)])
        for row_index, row in enumerate(rows):
            strong, pale = RATING_COLOURS.get(row.rating, ("#333333", "#ffffff"))
            item = self.table.item(row_index, 2)
            item.setForeground(QBrush(QColor(strong)))
            item.setBackground(QBrush(QColor(pale)))
            if row.from_complaint:
                for column in range(self.table.columnCount()):
                    self.table.item(row_index, column).setToolTip(self.tr(
                        "The result of a complaint: change it on the Complaints page."))
        for column, width in enumerate((90, 230, 90, 60, 80, 250)):
            self.table.setColumnWidth(column, width)
        self.totals.setText(self._totals(rows))

    def _totals(self, rows: list[satisfaction_records.SatisfactionRow]) -> str:
        if not rows:
            return self.tr("No satisfaction recorded yet.")
        summary = satisfaction_records.summary(rows)
        parts = [self.tr("Ratings: %1 (%2 satisfied, %3 neutral, %4 dissatisfied)")
                 .replace("%1", fmt.number(summary.total))
                 .replace("%2", fmt.number(summary.counts.get("satisfied", 0)))
                 .replace("%3", fmt.number(summary.counts.get("neutral", 0)))
                 .replace("%4", fmt.number(summary.counts.get("dissatisfied", 0)))]
        if summary.average_score is not None:
            parts.append(self.tr("average score %1 of 5").replace(
                "%1", f"{summary.average_score:.1f}"))
        if summary.average_recommend is not None:
            parts.append(self.tr("would recommend us %1 of 10 on average").replace(
                "%1", f"{summary.average_recommend:.1f}"))
        return " · ".join(parts)

    def _selection_changed(self) -> None:
        row = self.current()
        editable = row is not None and not row.from_complaint
        self.edit_button.setEnabled(editable)
        self.delete_button.setEnabled(editable)
        tip = (self.tr("The result of a complaint: change it on the Complaints page.")
               if row is not None and row.from_complaint else "")
        self.edit_button.setToolTip(tip)
        self.delete_button.setToolTip(tip)

    def add(self, purchase_id: int | None = None) -> SatisfactionDialog:
        dialog = SatisfactionDialog(self, self.customer_id, self.today, purchase_id=purchase_id)
        return self.open_dialog(dialog)

    def edit(self) -> SatisfactionDialog | None:
        row = self.current()
        if row is None or row.from_complaint:
            return None
        return self.open_dialog(SatisfactionDialog(self, self.customer_id, self.today,
                                                   record=row))

    def delete(self) -> None:
        row = self.current()
        if row is None or row.from_complaint:
            return
        text = self.tr("Delete the rating “%1” of %2?").replace(
            "%1", rating_name(row.rating)).replace("%2", fmt.date(row.recorded_on))
        if ask(self, self.tr("Delete satisfaction record"), text,
               QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
               QMessageBox.StandardButton.No, name="deleteSatisfactionBox") \
                != QMessageBox.StandardButton.Yes:
            return
        try:
            satisfaction_records.delete(row.id)
        except CustbookError as exc:
            tell(self, self.tr("Nothing was changed"), str(exc))
            return


def add_purchase_actions(purchases_panel: PurchasesPanel) -> QPushButton:
    """Give the purchases list "Record satisfaction…" (a button and the right-click menu).

    The rating is about the chosen purchase; the dialog opens from the purchases tab so
    the owner does not have to find the purchase again.
    """
    button = QPushButton(translate("CardSatisfaction", "Record satisfaction…"))
    button.setObjectName("purchaseSatisfactionButton")
    button.setToolTip(translate("CardSatisfaction",
                                "How satisfied the customer is with the chosen purchase"))
    purchases_panel.totals.setWordWrap(True)  # one more button must not widen the card
    top = purchases_panel.layout().itemAt(0).layout()
    top.insertWidget(top.indexOf(purchases_panel.edit_button), button)

    def record_for_chosen() -> SatisfactionDialog | None:
        purchase = purchases_panel.current()
        if purchase is None:
            return None
        dialog = SatisfactionDialog(purchases_panel, purchases_panel.customer_id,
                                    purchases_panel.today, purchase_id=purchase.id)
        purchases_panel.satisfaction_dialog = dialog
        dialog.open()
        return dialog

    def selection_changed() -> None:
        button.setEnabled(purchases_panel.current() is not None)

    def context_menu(pos) -> None:
        table: QTableWidget = purchases_panel.table
        item = table.itemAt(pos)
        if item is None:
            return
        table.selectRow(item.row())
        menu = QMenu(table)
        menu.setObjectName("purchaseMenu")
        for text, slot in ((translate("CardSatisfaction", "Record satisfaction…"),
                            record_for_chosen),
                           (purchases_panel.edit_button.text(), purchases_panel.edit),
                           (None, None),
                           (purchases_panel.delete_button.text(), purchases_panel.delete)):
            if text is None:
                menu.addSeparator()
                continue
            action = menu.addAction(text)
            action.triggered.connect(lambda checked=False, run=slot: run())
        purchases_panel.context_menu = menu
        menu.popup(table.viewport().mapToGlobal(pos))

    purchases_panel.record_satisfaction = record_for_chosen
    button.clicked.connect(lambda checked=False: record_for_chosen())
    purchases_panel.table.itemSelectionChanged.connect(selection_changed)
    purchases_panel.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    purchases_panel.table.customContextMenuRequested.connect(context_menu)
    selection_changed()
    return button

