"""The customer card as the shop owner uses it: edit and save, reasons beside refused
fields with nothing lost, the duplicate warning, the unsaved-changes question, a card
changed meanwhile, purchases and contacts with figures and timeline, photo, tags,
referrer and lunar birthday."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from custbook.customers import contacts, customers, purchases
from tests.conftest import TODAY
from tests.ui.customer_helpers import answer_box, close_cards_without_asking, leave, type_into
from tests.ui.shared_book_helpers import answer_conflict
from ui.customers.card import CustomerCardDialog, open_card, open_cards
from ui.signals import bus

Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


@pytest.fixture(autouse=True)
def no_card_left_asking(qtbot):
    """Cards a test leaves open are closed without the unsaved-changes question."""
    yield
    close_cards_without_asking()


def card_for(qtbot, customer_id: int | None, **prefill) -> CustomerCardDialog:
    card = open_card(None, customer_id, TODAY, prefill or None)
    # Not qtbot.addWidget: no_card_left_asking closes it (qtbot's close would ask).
    qtbot.waitUntil(lambda: QApplication.activeWindow() is card)
    return card


def some_customer(with_purchases: bool = True) -> customers.CustomerRow:
    rows = customers.list_customers(0, 300, "spent", descending=with_purchases)
    return next(r for r in rows if r.phone and "\u4e00" <= r.name[0] <= "\u9fff")


def field(card, name):
    return card.form.fields[name].widget


def test_editing_and_saving_a_card_updates_the_book(sample_book, qtbot):
    someone = some_customer()
    card = card_for(qtbot, someone.id)
    assert card.title.text() == someone.name
    assert not card.is_dirty() and card.windowTitle() == f"{someone.name} — customer card"
    card.tabs.setCurrentWidget(card.form.personal_tab)
    type_into(field(card, "occupation"), "花店老板")
    field(card, "hobbies").setPlainText("插花、烘焙")
    assert card.is_dirty() and card.windowTitle().endswith("*")
    changes = []
    bus().sig_data_changed.connect(changes.append)
    qtbot.keyClick(card, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = customers.get_card(someone.id)
    assert saved.fields["occupation"] == "花店老板" and saved.fields["hobbies"] == "插花、烘焙"
    assert changes and "customers" in changes[-1]
    assert not card.is_dirty() and card.status.text() == "Saved."


def test_a_new_customer_with_two_phones_tags_and_a_lunar_birthday(sample_book, qtbot):
    card = card_for(qtbot, None)
    assert card.windowTitle() == "New customer"
    assert not card.tabs.isTabEnabled(2)  # purchases wait for the first save
    type_into(card.form.name_edit, "林晓月")
    card.form.phones.edits()[0].setText("139 0000 3333")
    card.form.phones.add_button.click()
    card.form.phones.edits()[1].setText("0571-8765 4321")
    birthday = card.form.birthday
    birthday.calendar.setCurrentIndex(birthday.calendar.findData("lunar"))
    birthday.month.setValue(4)
    birthday.day.setValue(15)
    birthday.leap.setChecked(True)
    card.form.birth_year.mode.setCurrentIndex(1)
    card.form.birth_year.age.setValue(35)
    tags = card.form.tags
    existing = customers.all_tags()[0].name
    assert existing in tags.completer.model().stringList()
    type_into(tags.edit, existing)
    tags.edit.returnPressed.emit()
    type_into(tags.edit, "爱旗袍")  # typed but not confirmed: still kept
    assert card.save()
    saved = customers.get_card(card.customer_id)
    assert saved.fields["name"] == "林晓月"
    assert [p.number for p in saved.phones] == ["+8613900003333", "+8657187654321"]
    assert (saved.fields["birthday_calendar"], saved.fields["birthday_month"],
            saved.fields["birthday_day"], saved.fields["birthday_leap"]) == ("lunar", 4, 15, True)
    assert saved.fields["birth_year"] == TODAY.year - 35 and saved.fields["birth_year_estimated"]
    assert set(saved.tags) == {existing, "爱旗袍"}
    assert card.tabs.isTabEnabled(2) and card.title.text() == "林晓月"


def test_a_refused_field_shows_why_beside_it_and_nothing_typed_is_lost(sample_book, qtbot):
    count = customers.count_customers()
    card = card_for(qtbot, None)
    type_into(card.form.name_edit, "王小丫")
    card.form.phones.edits()[0].setText("13700004444")
    card.form.phones.add_button.click()
    card.form.phones.edits()[1].setText("12345")
    type_into(field(card, "email"), "not-an-address")
    card.tabs.setCurrentWidget(card.form.personal_tab)
    type_into(field(card, "occupation"), "会计")
    assert not card.save()
    email_error = card.form.fields["email"].error
    assert email_error.isVisibleTo(card) and "not-an-address" in email_error.text()
    assert card.tabs.currentWidget() is card.form.basic_tab
    assert customers.count_customers() == count  # nothing saved
    # everything typed is still there
    assert card.form.name_edit.text() == "王小丫"
    assert field(card, "occupation").text() == "会计"
    assert card.form.phones.texts() == ["13700004444", "12345"]
    type_into(field(card, "email"), "wang@example.com")
    assert not card.save()  # now the second phone is refused, shown under that phone
    assert not email_error.isVisibleTo(card)
    _, error = card.form.phones.entry_for_field("phone1")
    assert error.isVisibleTo(card) and "12345" in error.text()
    card.form.phones.edits()[1].setText("")
    assert card.save()
    assert customers.count_customers() == count + 1


def test_an_impossible_birthday_is_refused_beside_the_birthday(sample_book, qtbot):
    card = card_for(qtbot, some_customer().id)
    birthday = card.form.birthday
    birthday.calendar.setCurrentIndex(birthday.calendar.findData("solar"))
    birthday.month.setValue(2)
    birthday.day.setValue(31)
    assert not card.save()
    assert card.form.fields["birthday"].error.isVisibleTo(card)
    assert birthday.day.value() == 31


def test_a_known_phone_warns_at_once_and_offers_the_existing_card(sample_book, qtbot):
    someone = some_customer()
    card = card_for(qtbot, None)
    type_into(card.form.name_edit, "随便")
    edit = card.form.phones.edits()[0]
    edit.setText(someone.phone)
    leave(edit)
    banner = card.duplicate_banner
    assert banner.isVisibleTo(card) and someone.name in banner.label.text()
    assert banner.buttons[0].text() == f"Open {someone.name}'s card"
    banner.buttons[0].click()
    existing = [c for c in open_cards() if c.customer_id == someone.id]
    assert existing
    assert card.form.name_edit.text() == "随便"  # the new card is left as it was


def test_closing_with_unsaved_changes_asks(sample_book, qtbot):
    someone = some_customer()
    card = card_for(qtbot, someone.id)
    type_into(field(card, "wechat_id"), "new_wechat_88")
    answer_box(qtbot, QMessageBox.StandardButton.Cancel, "unsavedBox")
    card.close_button.click()
    assert card.isVisible() and field(card, "wechat_id").text() == "new_wechat_88"
    answer_box(qtbot, QMessageBox.StandardButton.Discard, "unsavedBox")
    card.close_button.click()
    assert not card.isVisible()
    assert customers.get_card(someone.id).fields["wechat_id"] != "new_wechat_88"
    card = card_for(qtbot, someone.id)
    type_into(field(card, "wechat_id"), "new_wechat_99")
    answer_box(qtbot, QMessageBox.StandardButton.Save, "unsavedBox")
    card.close()
    assert not card.isVisible()
    assert customers.get_card(someone.id).fields["wechat_id"] == "new_wechat_99"


def test_a_card_changed_meanwhile_is_reloaded_keeping_what_was_typed(sample_book, qtbot):
    someone = some_customer()
    card = card_for(qtbot, someone.id)
    type_into(field(card, "occupation"), "园艺设计师")
    stored = customers.get_card(someone.id)
    customers.save_customer({**stored.fields, "shoe_size": "39"},
                            [p.number for p in stored.phones], someone.id)
    seen = []
    answer_conflict(seen=seen)  # the defaults: my occupation, their shoe size
    assert card.save()
    assert {row.name for row in seen[0]} == {"occupation", "shoe_size"}
    assert field(card, "occupation").text() == "园艺设计师"  # the user's text
    assert field(card, "shoe_size").text() == "39"  # the other change, now shown
    saved = customers.get_card(someone.id)
    assert (saved.fields["occupation"], saved.fields["shoe_size"]) == ("园艺设计师", "39")


def test_adding_and_deleting_a_purchase_updates_figures_and_timeline(sample_book, qtbot):
    someone = some_customer()
    card = card_for(qtbot, someone.id)
    card.tabs.setCurrentWidget(card.purchases_tab)
    panel = card.purchases_panel
    count_before = panel.table.rowCount()
    spent_before = card.figures_panel.values["total"].text()
    dialog = panel.add()
    dialog.amount.setText("abc")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.isVisible() and dialog.errors["amount"][1].isVisibleTo(dialog)
    dialog.amount.setText("1,288.50")
    type_into(dialog.items, "真丝围巾")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert panel.table.rowCount() == count_before + 1
    assert panel.table.item(0, 2).text() == "真丝围巾"
    assert card.figures_panel.values["total"].text() != spent_before
    assert card.timeline.topLevelItem(0).text(3) == "¥1,288.50"
    panel.table.selectRow(0)
    answer_box(qtbot, Yes, "deletePurchaseBox")
    panel.delete()
    assert panel.table.rowCount() == count_before
    assert card.figures_panel.values["total"].text() == spent_before
    assert all(p.items != "真丝围巾" for p in purchases.purchases_of(someone.id))


def test_logging_a_contact(sample_book, qtbot):
    someone = some_customer()
    card = card_for(qtbot, someone.id)
    card.tabs.setCurrentWidget(card.contacts_tab)
    panel = card.contacts_panel
    dialog = panel.add()
    dialog.kind.setCurrentIndex(dialog.kind.findData("wechat"))
    dialog.summary.setPlainText("问新款到货没有")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    newest = contacts.contacts_of(someone.id)[0]
    assert (newest.kind, newest.summary) == ("wechat", "问新款到货没有")
    assert panel.table.item(0, 3).text() == "问新款到货没有"
    assert any("问新款到货没有" in card.timeline.topLevelItem(i).text(2)
               for i in range(card.timeline.topLevelItemCount()))


def test_a_photo_is_scaled_and_stored_with_the_card(sample_book, qtbot, tmp_path):
    someone = some_customer()
    picture = QImage(1600, 1200, QImage.Format.Format_RGB32)
    picture.fill(QColor("#c08040"))
    path = tmp_path / "face.png"
    picture.save(str(path))
    card = card_for(qtbot, someone.id)
    assert card.photo.load_file(str(path))
    assert card.is_dirty()
    assert card.save()
    stored = QImage.fromData(customers.photo_of(someone.id))
    assert (stored.width(), stored.height()) == (512, 384)
    assert customers.photo_of(someone.id)[:2] == b"\xff\xd8"  # JPEG
    not_a_picture = tmp_path / "notes.txt"
    not_a_picture.write_text("hello")
    assert not card.photo.load_file(str(not_a_picture))
    assert card.photo.error.isVisibleTo(card)


def test_the_referrer_is_picked_by_typing_part_of_a_name(sample_book, qtbot):
    someone, other = customers.list_customers(0, 2, "spent", descending=True)
    card = card_for(qtbot, someone.id)
    card.tabs.setCurrentWidget(card.form.personal_tab)
    picker = card.form.referrer
    type_into(picker.edit, other.name)
    found = picker.look_up()
    assert found and found[0].startswith(other.name)
    picker.choose_text(next(f for f in found if f.startswith(other.name)))
    assert picker.value() is not None
    chosen = picker.value()
    assert card.save()
    assert customers.get_card(someone.id).fields["referred_by"] == chosen
    type_into(picker.edit, "nobody-here")
    assert not card.save()
    assert card.form.fields["referred_by"].error.isVisibleTo(card)


def test_figures_show_what_the_core_computes(sample_book, qtbot):
    from custbook.customers import customer_figures

    someone = some_customer()
    figures = customer_figures.card_figures(someone.id, TODAY)
    card = card_for(qtbot, someone.id)
    values = card.figures_panel.values
    assert values["purchases"].text() == str(figures.purchases)
    assert values["visits"].text() == str(figures.visits)
    assert card.figures_panel.chart.months == list(figures.per_month)
    assert len(card.figures_panel.chart.months) == 12
    assert card.timeline.topLevelItemCount() == len(customer_figures.timeline(someone.id))


def test_opening_the_same_customer_twice_brings_the_open_card_forward(sample_book, qtbot):
    someone = some_customer()
    first = card_for(qtbot, someone.id)
    assert open_card(None, someone.id, TODAY) is first
    first.close()
    assert someone.id not in [c.customer_id for c in open_cards()]


def test_the_card_remembers_its_size(sample_book, qtbot):
    someone = some_customer()
    card = card_for(qtbot, someone.id)
    card.resize(780, 570)  # the offscreen screen is 800 x 600
    card.close()
    again = card_for(qtbot, someone.id)
    assert (again.width(), again.height()) == (780, 570)


def test_a_tag_given_from_the_list_shows_on_an_open_unchanged_card(sample_book, qtbot):
    someone = some_customer()
    card = card_for(qtbot, someone.id)
    customers.add_tag([someone.id], "周末常客")
    bus().sig_data_changed.emit(frozenset({"customers"}))
    assert "周末常客" in card.form.tags.tags()
    assert not card.is_dirty()


def test_purchase_dates_default_to_today(sample_book, qtbot):
    card = card_for(qtbot, some_customer().id)
    dialog = card.purchases_panel.add()
    assert dialog.day.date().toPython() == TODAY
    dialog.reject()
