"""A new customer card that looks like someone already in the book.

While typing: a banner offering the existing card. Before the first save: a question —
open their card (nothing is saved), merge what was typed into it (the merge dialog, with
undo), or save a new card anyway.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from custbook.customers import customers
from custbook.customers.customer_list import rows_for
from custbook.customers.merge import DuplicatePair
from custbook.errors import CustbookError
from ui.customers.duplicates import MergeDialog

if TYPE_CHECKING:
    from ui.customers.card import CustomerCardDialog


translate = QCoreApplication.translate  # lupdate finds translate() calls with their context


def ask_about_duplicates(card: CustomerCardDialog, open_customer: Callable[[int], object]):
    """Before a new card is first saved: if it looks like a customer already in the
    book, ask — open that card (nothing saved), merge into it, or save anyway.

    Returns True to save, a customer id to save and then merge into, None to stop.
    """
    name, phones = card.form.name_edit.text().strip(), card.form.phones.texts()
    try:
        hits = customers.possible_duplicates(name, phones) if (name or phones) else []
    except CustbookError:
        return True  # a phone that is not a number: the save itself will say why
    if not hits:
        return True
    hit = hits[0]
    box = QMessageBox(QMessageBox.Icon.Question, translate("CustomerCardDialog", "Already in the book?"),
                      translate("CustomerCardDialog", "This looks like a customer you already have:\n%1\n\n"
                              "Open their card, merge what you typed into it, or save "
                              "a new card anyway?").replace(
                          "%1", "\n".join(f"• {h.reason}" for h in hits[:3])), parent=card)
    box.setObjectName("duplicateQuestion")
    open_button = box.addButton(translate("CustomerCardDialog", "Open %1's card").replace("%1", hit.name),
                                QMessageBox.ButtonRole.AcceptRole)
    open_button.setObjectName("duplicateOpen")
    merge_button = box.addButton(translate("CustomerCardDialog", "Merge into it…"), QMessageBox.ButtonRole.ActionRole)
    merge_button.setObjectName("duplicateMerge")
    save_button = box.addButton(translate("CustomerCardDialog", "Save anyway"), QMessageBox.ButtonRole.YesRole)
    save_button.setObjectName("duplicateSave")
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(open_button)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save_button:
        return True
    if clicked is merge_button:
        return hit.customer_id
    if clicked is open_button:
        card._loaded = card.form.snapshot()  # nothing to keep: close without asking
        open_customer(hit.customer_id)
        card.reject()
    return None


def merge_into(card: CustomerCardDialog, existing_id: int):
    """Merge this (just saved) card into an existing one: the merge dialog, with undo."""
    rows = {row.id: row for row in rows_for([existing_id, card.customer_id])}
    pair = DuplicatePair(rows[existing_id], rows[card.customer_id],
                         translate("CustomerCardDialog", "entered twice"))
    card.merge_dialog = MergeDialog(card, pair)
    card.merge_dialog.sig_merged.connect(lambda _merge_id: card.reject())
    card.merge_dialog.open()
    return card.merge_dialog


def check_duplicates(card: CustomerCardDialog,
                     open_customer: Callable[[int], object]) -> list:
    """Warn at once if the name/phones look like a customer already in the book."""
    if card._closed or not card.isVisible():
        return []  # focus leaving a closing card is not the user leaving the field
    name, phones = card.form.name_edit.text().strip(), card.form.phones.texts()
    key = (name, tuple(phones))
    if key == card._duplicate_key:
        return []
    card._duplicate_key = key
    if not phones:
        card.duplicate_banner.clear()
        return []
    try:
        hits = customers.possible_duplicates(name, phones, exclude_id=card.customer_id)
    except CustbookError:
        return []  # a phone that is not a number yet: the save will say why
    if not hits:
        card.duplicate_banner.clear()
        return []
    lines = [translate("CustomerCardDialog", "This may be a customer you already have:")]
    lines += [f"• {hit.reason}" for hit in hits[:3]]
    card.duplicate_banner.show_message("\n".join(lines), [
        (translate("CustomerCardDialog", "Open %1's card").replace("%1", hit.name),
         lambda checked=False, cid=hit.customer_id: open_customer(cid))
        for hit in hits[:3]])
    return hits
