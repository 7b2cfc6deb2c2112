"""The Customers menu's Membership cards submenu, without its dialogs.

The opening-balance import and the member cards' printing bring the import's readers
and reportlab with them; the menu is built before the first paint, so only the actions
are, and each dialog is imported when it is first asked for.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

translate = QCoreApplication.translate


def add_membership_actions(window, menu: QMenu) -> dict:
    """The Customers menu's Membership cards submenu."""
    sub = menu.addMenu(translate("MembershipMenu", "Membership &cards"))
    sub.setObjectName("membershipMenu")
    action = QAction(translate("MembershipMenu", "Import opening balances…"), window)
    action.setObjectName("actionImportOpeningBalances")

    def open_dialog() -> None:
        # start-up: ui.membership.import_dialog (the import's readers, the cards' PDF)
        # costs 0.15 s of the window's start on a quiet PC (0.74 s loaded), only when used.
        from ui.membership.import_dialog import OpeningImportDialog

        window.opening_import = OpeningImportDialog(window)
        window.opening_import.open()

    action.triggered.connect(lambda checked=False: open_dialog())
    sub.addAction(action)
    cards = QAction(translate("MembershipMenu", "Member cards of the selected customers (A4)…"),
                    window)
    cards.setObjectName("actionPrintMemberCards")

    def print_cards() -> None:
        # start-up: ui.membership.printing (reportlab through the cards' PDF), only when used.
        from ui.membership.printing import print_member_cards

        page = window.pages.get("customers")
        ids = page.selected_ids() if page is not None else []
        if ids:
            print_member_cards(window, ids)

    cards.triggered.connect(lambda checked=False: print_cards())
    sub.addAction(cards)
    return {"import": action, "cards": cards}
