"""Recommendation letters as the shop owner writes them: pick a topic, see who matches
(and who is left out, and why), edit the letter with the preview following, print it
through the preview, save it and find the letter in each customer's contact log."""
from __future__ import annotations

import gc

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QApplication

from custbook.customers import contacts
from custbook.letters import letter_templates, letters
from custbook.models import ContactEntry
from tests.conftest import TODAY
from tests.ui.customer_helpers import close_cards_without_asking, type_into
from ui.customers.card import open_card


@pytest.fixture(autouse=True)
def collect_earlier_windows():
    """Collect what earlier tests left for the garbage collector now, on this thread: a
    collection that runs inside the letters' worker thread would delete earlier Qt objects
    from the wrong thread."""
    gc.collect()
    yield


def open_dialog(window, qtbot):
    action = window.findChild(type(window.menuBar().actions()[0]), "actionLetters")
    assert action is not None and action.text() == "Recommendation letters…"
    action.trigger()
    dialog = window.letters_dialog
    qtbot.waitUntil(lambda: dialog.index is not None, timeout=10000)
    return dialog


def choose_topic(dialog, qtbot, topic: str) -> None:
    type_into(dialog.topic, topic)
    qtbot.waitUntil(lambda: dialog.selection.topic == topic, timeout=3000)


def shown(dialog) -> list[tuple[str, bool, str]]:
    """Each listed customer: name, checked, reason (as the table shows them)."""
    model = dialog.model
    out = []
    for row in range(model.rowCount()):
        name = model.index(row, 0)
        checked = model.data(name, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        out.append((name.data(), checked, model.index(row, 2).data()))
    return out


def test_a_topic_lists_who_matches_and_who_is_left_out(window, qtbot):
    dialog = open_dialog(window, qtbot)
    choose_topic(dialog, qtbot, "茶")
    expected = letters.interest_index().match("茶")
    rows = shown(dialog)
    assert len(rows) == len(expected.all) > 0 and expected.excluded
    assert [r for r in rows if r[1]] == [(c.name, True, "") for c in expected.included]
    for name, checked, reason in rows[len(expected.included):]:
        assert not checked and "promotions" in reason
    excluded = dialog.model.index(len(expected.included), 0)
    assert not dialog.model.flags(excluded) & Qt.ItemFlag.ItemIsUserCheckable
    assert f"{len(expected.included)} will get a letter" in dialog.summary.text()
    assert all("茶" in dialog.model.index(r, 1).data() for r in range(len(rows)))
    # unchecking one is counted
    dialog.model.setData(dialog.model.index(0, 0), Qt.CheckState.Unchecked.value,
                         Qt.ItemDataRole.CheckStateRole)
    assert f"{len(expected.included) - 1} will get a letter" in dialog.summary.text()
    assert "茶艺" in dialog.completer.model().stringList()


def test_editing_the_letter_updates_the_preview_and_refuses_unknown_fields(window, qtbot):
    dialog = open_dialog(window, qtbot)
    choose_topic(dialog, qtbot, "瑜伽")
    first = dialog.model.rows[0]
    dialog.table.selectRow(0)
    dialog.subject.setText("Yoga week")
    dialog.body.setPlainText("Hello ")
    dialog.body.moveCursor(dialog.body.textCursor().MoveOperation.End)
    dialog.body.setFocus()
    menu = dialog.insert_button.menu()
    assert len(menu.actions()) == len(letter_templates.FIELDS)
    menu.findChild(QAction, "insertField_name").trigger()
    assert dialog.body.toPlainText() == "Hello {name}"
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.subject.setFocus()
    qtbot.waitUntil(dialog.subject.hasFocus)
    menu.findChild(QAction, "insertField_topic").trigger()  # goes where the user was
    assert dialog.subject.text() == "Yoga week{topic}"
    dialog.subject.setText("Yoga week")
    qtbot.waitUntil(lambda: f"Hello {first.name}" in dialog.preview_text.toPlainText())
    assert "Yoga week" in dialog.preview_text.toPlainText()
    assert first.name in dialog.preview_label.text()
    dialog.body.setPlainText("Dear {first_name}")
    qtbot.waitUntil(lambda: "{first_name}" in dialog.error.text())
    dialog.print_button.click()
    assert "{first_name}" in dialog.status.text()
    assert dialog.findChild(QPrintPreviewDialog, "lettersPrintPreview") is None


def test_print_opens_the_preview_and_records_once_printed(window, qtbot):
    dialog = open_dialog(window, qtbot)
    choose_topic(dialog, qtbot, "茶")
    chosen = dialog.model.chosen_ids()
    before = ContactEntry.select().where(ContactEntry.kind == "letter").count()
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.findChild(QPrintPreviewDialog, "lettersPrintPreview")
                    is not None, timeout=30000)
    preview = dialog.findChild(QPrintPreviewDialog, "lettersPrintPreview")
    assert preview.isVisible()
    assert len(PdfReader(str(dialog.written.path)).pages) == len(chosen)
    preview.reject()  # closed without printing: nothing recorded
    assert ContactEntry.select().where(ContactEntry.kind == "letter").count() == before
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.preview is not preview,
                    timeout=30000)
    dialog.preview.accept()  # what the preview's Print button does once it printed
    assert ContactEntry.select().where(ContactEntry.kind == "letter").count() == \
        before + len(chosen)


def test_saving_records_a_letter_visible_in_the_card(window, qtbot, tmp_path):
    dialog = open_dialog(window, qtbot)
    choose_topic(dialog, qtbot, "茶")
    chosen = dialog.model.chosen_ids()
    out = tmp_path / "letters.pdf"
    dialog.address_box.setChecked(True)
    dialog.save_to(out)
    qtbot.waitUntil(lambda: "saved to" in dialog.status.text(), timeout=30000)
    reader = PdfReader(str(out))
    assert len(reader.pages) == len(chosen)
    for page, candidate in zip(reader.pages, [c for c in dialog.model.rows if c.eligible]):
        assert candidate.name in page.extract_text()
    someone = chosen[0]
    entry = contacts.contacts_of(someone)[0]
    assert entry.kind == "letter" and "New arrivals" in entry.summary
    card = open_card(None, someone, TODAY)
    try:
        qtbot.waitUntil(lambda: QApplication.activeWindow() is card)
        card.tabs.setCurrentWidget(card.contacts_tab)
        table = card.contacts_panel.table
        assert entry.summary in [table.item(r, c).text() for r in range(table.rowCount())
                                 for c in range(table.columnCount()) if table.item(r, c)]
    finally:
        close_cards_without_asking()


def test_without_recording_nothing_goes_to_the_log(window, qtbot, tmp_path):
    dialog = open_dialog(window, qtbot)
    choose_topic(dialog, qtbot, "茶")
    dialog.record_box.setChecked(False)
    before = ContactEntry.select().count()
    dialog.save_to(tmp_path / "plain.pdf")
    qtbot.waitUntil(lambda: "saved to" in dialog.status.text(), timeout=30000)
    assert ContactEntry.select().count() == before


def test_a_tag_chooses_its_customers(window, qtbot):
    dialog = open_dialog(window, qtbot)
    tag_index = next(i for i in range(1, dialog.tag.count()) if dialog.tag.itemData(i))
    dialog.tag.setCurrentIndex(tag_index)
    assert dialog.by_tag.isChecked()
    expected = letters.by_tag(dialog.tag.itemData(tag_index))
    qtbot.waitUntil(lambda: dialog.selection.topic == expected.topic, timeout=10000)
    assert [r[0] for r in shown(dialog)] == [c.name for c in expected.all]
    assert len(expected.excluded) > 0 and not shown(dialog)[-1][1]


def test_the_chinese_window_starts_with_a_chinese_letter(window, qtbot):
    from ui import i18n

    i18n.install("zh_CN")
    dialog = open_dialog(window, qtbot)
    assert dialog.current_template().language == "zh_CN"
    choose_topic(dialog, qtbot, "茶")
    qtbot.waitUntil(lambda: "此致" in dialog.preview_text.toPlainText())
    assert "尊敬的" in dialog.preview_text.toPlainText()


def test_a_kept_template_comes_back(window, qtbot):
    dialog = open_dialog(window, qtbot)
    dialog.subject.setText("{topic} is here")
    dialog.body.setPlainText("Dear {surname_title},\n\nIt arrived.")
    kept = dialog.save_template_as("Our autumn letter")
    assert kept is not None and dialog.template.currentData() == kept.key
    assert letter_templates.template(kept.key).body == "Dear {surname_title},\n\nIt arrived."
    assert dialog.delete_template_button.isEnabled()


def test_a_customer_changed_meanwhile_is_found_after_the_change(window, qtbot):
    from custbook.customers import customers
    from ui.signals import CUSTOMERS, bus

    dialog = open_dialog(window, qtbot)
    choose_topic(dialog, qtbot, "围棋")
    assert dialog.model.rowCount() == 0 and "围棋" in dialog.summary.text()
    someone = customers.list_customers(0, 1, "name")[0]
    customers.save_customer({"name": someone.name, "hobbies": "下围棋", "accepts_promotions": True},
                            customer_id=someone.id)
    bus().sig_data_changed.emit(frozenset({CUSTOMERS}))
    qtbot.waitUntil(lambda: [r[:2] for r in shown(dialog)] == [(someone.name, True)],
                    timeout=10000)
    assert open_dialog(window, qtbot) is dialog  # the menu brings the open window forward
