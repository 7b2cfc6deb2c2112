"""Printing from the membership tab: a receipt (58 or 80 mm roll) and the member card.

The PDF is written by the core (custbook.paper.receipt / member_card) off the window's
thread and shown in the system print preview (the same PDF the printer gets), through
the shared paper jobs of ui/paper/actions.py.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from custbook.paper import member_card, receipt
from ui.paper.actions import jobs_of

translate = QCoreApplication.translate  # lupdate finds translate() calls with their context
RECEIPT_PREF = "membership/receipt_mm"  # "" (no receipt), "58" or "80": the last choice


def print_receipt(widget: QWidget, entry_id: int, paper_mm: int = 58) -> None:
    """The receipt of a ledger entry (and its purchase) on 58 or 80 mm roll paper."""
    jobs_of(widget).print_document(
        translate("MembershipPrinting", "Writing the receipt…"), f"receipt-{entry_id}.pdf",
        translate("MembershipPrinting", "Receipt"),
        lambda path, progress: receipt.write_receipt(path, entry_id, paper_mm))


def print_member_card(widget: QWidget, customer_id: int, layout: str = "cr80") -> None:
    jobs_of(widget).print_document(
        translate("MembershipPrinting", "Writing the member card…"),
        f"member-card-{customer_id}.pdf",
        translate("MembershipPrinting", "Member card"),
        lambda path, progress: member_card.write_member_cards(path, [customer_id], layout,
                                                              progress))


def print_member_cards(widget: QWidget, customer_ids: list[int]) -> None:
    """The cards of several members on A4 sheets of ten (members without a number get one)."""
    jobs_of(widget).print_document(
        translate("MembershipPrinting", "Writing the member cards…"), "member-cards.pdf",
        translate("MembershipPrinting", "Member cards"),
        lambda path, progress: member_card.write_member_cards(path, list(customer_ids), "a4",
                                                              progress))
