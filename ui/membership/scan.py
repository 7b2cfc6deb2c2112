"""A member card scanned into the search box: the number and Enter open the card at once.

A USB barcode scanner is a keyboard: it types the card number and presses Enter. The
Customers page asks here first on Enter; a text that is a member number opens that
member's card on its 会员卡 (membership) tab, and nothing else happens to the list.
"""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from custbook import clock
from custbook.membership import numbers


def open_scanned_card(page: QWidget, text: str):
    """The card of the member whose number `text` is, opened (None if it is no number)."""
    customer_id = numbers.find(text)
    if customer_id is None:
        return None
    # start-up: the card window (and what it imports) costs 0.2 s of the window's start
    # on a quiet PC (0.96 s loaded; -X importtime): the Customers page imports this module.
    from ui.customers.card import open_card

    card = open_card(page.window(), customer_id, clock.today())
    card.tabs.setCurrentWidget(card.membership_tab)
    return card
