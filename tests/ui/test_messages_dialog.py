"""The Message… dialog: copy a message, confirm it was sent, the contact log; a queue of 20."""
from __future__ import annotations

import csv

from PySide6.QtGui import QGuiApplication

from custbook.messages import queues
from custbook.models import ContactEntry, Customer


def first_ids(n):
    return [c for (c,) in Customer.select(Customer.id).where(Customer.deleted_at.is_null())
            .order_by(Customer.id).limit(n).tuples()]


def test_copy_then_mark_sent_logs_the_message(window, qtbot):
    from ui.messages.message_dialog import MessageDialog

    cid = first_ids(1)[0]
    before = ContactEntry.select().where(ContactEntry.customer == cid).count()
    dialog = MessageDialog(window, [cid], kind="follow_up")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.sent_button.isEnabled()  # nothing copied yet
    text = dialog.text_edit.toPlainText()
    assert text and "{" not in text
    assert "SMS" in dialog.count_label.text()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == text
    assert ContactEntry.select().where(ContactEntry.customer == cid).count() == before
    dialog.sent_button.click()
    entry = (ContactEntry.select().where(ContactEntry.customer == cid)
             .order_by(ContactEntry.id.desc()).first())
    assert (entry.kind, entry.summary) == ("wechat", text)
    assert "dealt with" in dialog.status.text()


def test_a_bad_merge_field_is_shown_as_typed(window, qtbot):
    from ui.messages.message_dialog import MessageDialog

    dialog = MessageDialog(window, first_ids(2), kind="birthday")
    qtbot.addWidget(dialog)
    dialog.template_edit.setPlainText("{surname_title}，{生日}快乐")
    assert "not a merge field" in dialog.template_error.text()
    dialog.template_edit.setPlainText("{surname_title}，生日快乐")
    assert dialog.template_error.text() == ""
    assert dialog.text_edit.toPlainText().endswith("，生日快乐")


def test_a_queue_of_20_steps_through_and_resumes(window, qtbot, tmp_path):
    from ui.messages.message_dialog import MessageDialog

    ids = first_ids(20)
    dialog = MessageDialog(window, ids, kind="follow_up")
    qtbot.addWidget(dialog)
    for _ in range(3):
        dialog.copy_button.click()
        dialog.sent_button.click()
    dialog.skip_button.click()
    qid = dialog.queue_id
    assert queues.progress(qid).done == 4
    assert dialog.progress.value() == 4
    dialog.close()
    again = MessageDialog(window, queue_id=qid)  # where it stopped
    qtbot.addWidget(again)
    assert again.people.currentRow() == 4
    assert again.current_item().id == queues.current(qid).id
    while queues.current(qid) is not None:
        again.copy_button.click()
        again.sent_button.click()
    assert queues.progress(qid).sent == 19 and queues.progress(qid).skipped == 1
    assert queues.queue(qid).finished_at is not None


def test_sms_export_from_the_dialog(window, qtbot, tmp_path):
    from ui.messages.message_dialog import MessageDialog

    dialog = MessageDialog(window, first_ids(30), kind="festival")
    qtbot.addWidget(dialog)
    out = tmp_path / "sms.csv"
    dialog.export_csv(str(out))
    rows = list(csv.reader(out.open(encoding="utf-8-sig")))
    assert rows[0] == ["phone", "message"]
    allowed = {i.customer_id for i in queues.items(dialog.queue_id) if i.status == "sent"}
    refused = [i for i in queues.items(dialog.queue_id) if i.status == "excluded"]
    assert len(rows) - 1 == len(allowed)
    assert refused and all(i.reason for i in refused)  # consent: left out, with why


def test_the_messages_menu_the_queues_and_the_templates(window, qtbot):
    from ui.messages import actions

    assert "selection" in window.messages_actions
    page = window.pages["customers"]
    assert window.messages_actions["selection"] in page.extra_menu_actions
    ids = first_ids(3)
    from ui.messages.message_dialog import MessageDialog
    from ui.messages.templates_editor import TemplatesEditor

    dialog = MessageDialog(window, ids, kind="birthday")
    qtbot.addWidget(dialog)
    dialog.skip_button.click()  # the queue starts
    listing = actions.open_queues(window)
    qtbot.addWidget(listing)
    assert listing.list.count() >= 1 and "1 of 3 done" in listing.list.item(0).text()
    again = listing.open_selected()
    qtbot.addWidget(again)
    assert again.queue_id == dialog.queue_id and again.people.currentRow() == 1
    templates = actions.open_templates(window)
    qtbot.addWidget(templates)
    editor = templates.findChild(TemplatesEditor)
    editor.new()
    editor.name.setText("双十一")
    editor.kind.setCurrentIndex(editor.kind.findData("festival"))
    editor.text.setPlainText("{surname_title}，{节日}")
    assert "not a merge field" in editor.error.text()
    editor.text.setPlainText("{surname_title}，双十一全场八折，{shop_name}")
    assert editor.save()
    from custbook.messages import message_templates as mt

    own = [t for t in mt.templates("en", "festival") if t.name == "双十一"]
    assert own and own[0].promotional


def test_settings_ok_keeps_a_field_being_written(window, qtbot):
    from custbook.customers import custom_fields as cf

    dialog = window.open_settings("fields")
    qtbot.addWidget(dialog)
    section = dialog.section("fields")
    section.editor.name.setText("喜欢的茶")
    assert dialog.apply()
    assert cf.by_name("喜欢的茶") is not None
    messages = dialog.section("messages")
    messages.editor.new()
    messages.editor.name.setText("双十一")
    messages.editor.text.setPlainText("{surname_title}，{节日}")
    assert not dialog.apply()  # a bad field keeps the dialog open, the error beside it
    assert "not a merge field" in messages.editor.error.text()
