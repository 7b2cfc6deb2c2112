"""The erase dialog offers to erase the person from the backups too, and does it."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from custbook.customers import customers
from custbook.models import AuditEntry, Customer
from custbook.safety import backup
from tests.conftest import TODAY
from tests.ui.customer_helpers import close_cards_without_asking
from ui.customers.card import open_card
from ui.customers.card_privacy import EraseDialog

NAME, PHONE = "隐私测试人", "13912345678"


@pytest.fixture(autouse=True)
def no_card_left_asking(qtbot):
    yield
    close_cards_without_asking()


def test_the_dialog_offers_the_backups_unticked(qtbot):
    dialog = EraseDialog(None, "王芳")
    qtbot.addWidget(dialog)
    box = dialog.findChild(type(dialog.from_backups), "eraseFromBackups")
    assert box is dialog.from_backups and not box.isChecked()
    assert "王芳" in box.text() and "rewritten without them" in box.text()


def test_erasing_with_the_box_ticked_rewrites_every_backup(book, qtbot):
    person = customers.save_customer({"name": NAME, "description": "喜欢红茶"}, [PHONE])
    other = customers.save_customer({"name": "保留顾客"}, ["13800001111"])
    taken = [backup.take_backup(book, kind=backup.MANUAL).backup.path]
    card = open_card(None, person.id, TODAY)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is card)

    def answer(tries: int = 200) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, EraseDialog):
            QTimer.singleShot(10, lambda: answer(tries - 1)) if tries else None
            return
        dialog.name_edit.setText(NAME)
        dialog.from_backups.setChecked(True)
        dialog.erase_button.click()

    QTimer.singleShot(0, answer)
    card.erase_action.trigger()
    qtbot.waitUntil(lambda: not card.isVisible())
    assert Customer.get_or_none(Customer.id == person.id) is None
    assert Customer.get_by_id(other.id).name == "保留顾客"
    data = taken[0].read_bytes()
    assert NAME.encode("utf-8") not in data and PHONE.encode() not in data
    assert "保留顾客".encode("utf-8") in data
    entry = AuditEntry.select().where(AuditEntry.field == "backups_cleaned").get()
    assert (entry.action, entry.new_value) == ("privacy_erased", "1")
