"""The card's history of changes, its privacy export and the erase confirmation,
driven as the shop owner would."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from custbook.customers import customers
from custbook.models import Customer
from tests.conftest import TODAY
from tests.ui.customer_helpers import close_cards_without_asking, type_into
from ui.customers.card import CustomerCardDialog, open_card
from ui.customers.card_privacy import EraseDialog
from ui.customers.card_sections import part_title, show_part


@pytest.fixture(autouse=True)
def no_card_left_asking(qtbot):
    yield
    close_cards_without_asking()


def card_for(qtbot, customer_id: int) -> CustomerCardDialog:
    card = open_card(None, customer_id, TODAY)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is card)
    return card


def someone() -> customers.CustomerRow:
    rows = customers.list_customers(0, 300, "spent", descending=True)
    return next(r for r in rows if r.phone and "\u4e00" <= r.name[0] <= "\u9fff")


def table_rows(card) -> list[list[str]]:
    table = card.audit_panel.table
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_the_history_tab_shows_each_saved_change_read_only(sample_book, qtbot):
    person = someone()
    card = card_for(qtbot, person.id)
    assert part_title(card.tabs, card.audit_panel) == "History of changes"
    assert card.audit_panel.empty.isVisibleTo(card.audit_panel)
    card.tabs.setCurrentWidget(card.form.personal_tab)
    type_into(card.form.fields["occupation"].widget, "花店老板")
    assert card.save()
    show_part(card.tabs, card.audit_panel)
    assert card.audit_panel.isVisible()
    rows = table_rows(card)
    assert rows and rows[0][2:4] == ["Changed", "Occupation"] and rows[0][5] == "花店老板"
    assert not card.audit_panel.empty.isVisibleTo(card.audit_panel)
    table = card.audit_panel.table
    assert table.editTriggers() == table.EditTrigger.NoEditTriggers


def erase_through_dialog(qtbot, card, typed: list[str], click: bool) -> list[bool]:
    """Open "Erase for privacy…", type each text in turn, noting if Erase is enabled."""
    seen: list[bool] = []

    def answer(tries: int = 200) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, EraseDialog):
            QTimer.singleShot(10, lambda: answer(tries - 1)) if tries else None
            return
        for text in typed:
            dialog.name_edit.setText(text)
            seen.append(dialog.erase_button.isEnabled())
        if click and dialog.erase_button.isEnabled():
            dialog.erase_button.click()
        else:
            dialog.reject()

    QTimer.singleShot(0, answer)
    card.erase_action.trigger()
    return seen


def test_erase_asks_for_the_name_and_cancel_keeps_everything(sample_book, qtbot):
    person = someone()
    card = card_for(qtbot, person.id)
    assert card.more_button.isVisible()
    seen = erase_through_dialog(qtbot, card, ["", "王", person.name], click=False)
    assert seen == [False, False, True]
    assert Customer.get_by_id(person.id).name == person.name and card.isVisible()


def test_erase_with_the_typed_name_forgets_the_customer(sample_book, qtbot):
    person = someone()
    card = card_for(qtbot, person.id)
    erase_through_dialog(qtbot, card, [person.name], click=True)
    assert Customer.get_or_none(Customer.id == person.id) is None
    assert not card.isVisible()


def test_export_writes_json_and_pdf_into_the_folder(sample_book, qtbot, tmp_path):
    person = someone()
    card = card_for(qtbot, person.id)
    card.export_everything(str(tmp_path))
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert box.objectName() == "exportDoneBox"
    box.accept()
    written = sorted(p.suffix for p in tmp_path.iterdir() if p.suffix in (".json", ".pdf"))
    assert written == [".json", ".pdf"]
    data = json.loads(next(tmp_path.glob("*.json")).read_text(encoding="utf-8"))
    assert data["customer"]["name"] == person.name


def test_the_staff_on_duty_menu_names_who_made_a_change(window, qtbot):
    from custbook.safety import audit
    from custbook.models import Staff

    Staff.create(name="小陈")
    try:
        window.staff_menu.aboutToShow.emit()
        names = [a.text() for a in window.staff_menu.actions()]
        assert names[0] == "Nobody named" and "小陈" in names
        next(a for a in window.staff_menu.actions() if a.text() == "小陈").trigger()
        person = someone()
        card = card_for(qtbot, person.id)
        card.tabs.setCurrentWidget(card.form.personal_tab)
        type_into(card.form.fields["occupation"].widget, "茶艺师")
        assert card.save()
        assert table_rows(card)[0][1] == "小陈"
        window.staff_menu.aboutToShow.emit()
        checked = [a.text() for a in window.staff_menu.actions() if a.isChecked()]
        assert checked == ["小陈"]
    finally:
        audit.set_current_staff(None)


def test_the_erase_dialog_says_backups_keep_the_person(qtbot):
    dialog = EraseDialog(None, "王芳")
    qtbot.addWidget(dialog)
    note = dialog.findChild(QLabel, "eraseBackupsNote")
    assert note is not None and "Backups made before today still hold 王芳" in note.text()
    assert "USB" in note.text()
