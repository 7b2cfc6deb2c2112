"""The Customers page as the shop owner uses it: search as you type (Chinese, pinyin,
phone digits), filters, sorting, table and card views, columns, bulk actions, the
trash, and finding and merging duplicates (with undo)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from custbook import db
from custbook.customers import customers, phones
from custbook.customers.customer_query import CustomerQuery
from tests.conftest import TODAY
from tests.ui.conftest import make_controller
from tests.ui.customer_helpers import (
    activate,
    answer_box,
    close_cards_without_asking,
    ids_shown,
    search,
    select_rows,
    type_into,
)
from ui.signals import bus


@pytest.fixture(autouse=True)
def no_card_left_asking(qtbot):
    """Cards a test leaves open are closed without the unsaved-changes question."""
    yield
    close_cards_without_asking()


def customers_page(window):
    window.show_page("customers")
    return window.pages["customers"]


def a_chinese_customer() -> customers.CustomerRow:
    rows = customers.list_customers(0, 300, "name")
    return next(r for r in rows if "\u4e00" <= r.name[0] <= "\u9fff" and r.phone)


# --- search as you type
def test_one_chinese_character_finds_everyone_with_it(window, qtbot):
    page = customers_page(window)
    someone = a_chinese_customer()
    surname = someone.name[0]
    search(qtbot, page, surname)
    shown = ids_shown(page)
    assert someone.id in shown or page.model.total() > len(shown)
    assert 0 < page.model.total() < 300
    names = [page.model.row_of(r).name for r in range(min(10, page.model.rowCount()))]
    assert all(surname in name for name in names[:3])  # name matches come first
    assert "of 300 customers match" in page.count_label.text()


def test_pinyin_in_full_or_initials_finds_a_chinese_name(window, qtbot):
    page = customers_page(window)
    new = customers.save_customer({"name": "曾小贤"}, ["13900001111"])
    bus().sig_data_changed.emit(frozenset({"customers"}))
    for text in ("zxx", "zengxiaoxian", "zeng xiao xian"):
        search(qtbot, page, text)
        assert new.id in ids_shown(page)[:5], text


def test_the_last_four_phone_digits_find_the_customer_first(window, qtbot):
    page = customers_page(window)
    someone = a_chinese_customer()
    digits = phones.digits_of(someone.phone)
    search(qtbot, page, digits[-4:])
    assert someone.id in ids_shown(page)
    search(qtbot, page, digits)
    assert ids_shown(page)[0] == someone.id  # the exact number ranks first


def test_clearing_the_search_shows_the_whole_book_again(window, qtbot):
    page = customers_page(window)
    search(qtbot, page, "zzzzqqq-nobody")
    assert page.model.total() == 0
    assert "No customer matches" in page.count_label.text()
    search(qtbot, page, "")
    assert page.model.total() == 300
    assert page.count_label.text() == "300 customers in this book."


def test_typing_waits_for_a_pause_before_searching(window, qtbot):
    page = customers_page(window)
    queries = []
    page.sig_query_applied.connect(lambda: queries.append(page.search.text()))
    for text in ("1", "13", "138"):
        type_into(page.search, text)
    qtbot.waitUntil(lambda: queries == ["138"], timeout=2000)


def test_down_arrow_goes_from_the_search_box_to_the_list_and_enter_opens(window, qtbot):
    page = customers_page(window)
    someone = a_chinese_customer()
    search(qtbot, page, phones.digits_of(someone.phone))
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.selected_ids() == [someone.id]
    from ui.customers.card import open_cards
    qtbot.keyClick(page.current_view(), Qt.Key.Key_Return)
    cards = open_cards()
    assert [c.customer_id for c in cards] == [someone.id]


# --- filters
def test_filters_combine_with_each_other_and_with_search(window, qtbot):
    page = customers_page(window)
    tier = customers.all_tiers()[-1]
    page.filters.tier.setCurrentIndex(page.filters.tier.findData(tier.id))
    assert page.model.total() == customers.count_customers(
        CustomerQuery(tier_id=tier.id, today=TODAY))
    assert {page.model.row_of(r).tier for r in range(page.model.rowCount())} == {tier.name}
    page.filters.promotions.setChecked(True)
    both = customers.count_customers(CustomerQuery(tier_id=tier.id, accepts_promotions=True,
                                                   today=TODAY))
    assert page.model.total() == both
    assert page.filters.clear_button.isVisibleTo(page)
    page.filters.clear_button.click()
    assert page.model.total() == 300


def test_each_filter_shows_what_the_book_says(window, qtbot):
    page = customers_page(window)
    f = page.filters
    cases = [
        (lambda: f.birthday.setCurrentIndex(f.birthday.findData("this_month")),
         CustomerQuery(birthday="this_month", today=TODAY)),
        (lambda: f.birthday.setCurrentIndex(f.birthday.findData("next_7_days")),
         CustomerQuery(birthday="next_7_days", today=TODAY)),
        (lambda: (f.not_seen_days.setValue(180), f.not_seen.setChecked(True)),
         CustomerQuery(not_seen_days=180, today=TODAY)),
        (lambda: f.open_complaint.setChecked(True),
         CustomerQuery(open_complaint=True, today=TODAY)),
        (lambda: f.referred.setChecked(True), CustomerQuery(referred=True, today=TODAY)),
    ]
    for choose, query in cases:
        f.clear()
        choose()
        expected = customers.count_customers(query)
        assert 0 < expected < 300, query
        assert page.model.total() == expected, query


def test_the_tag_filter_needs_every_ticked_tag(window, qtbot):
    page = customers_page(window)
    tags = sorted(customers.all_tags(), key=lambda t: -t.count)
    page.filters.set_tag(tags[0].id, True)
    assert page.model.total() == tags[0].count
    assert all(tags[0].name in page.model.row_of(r).tags for r in range(page.model.rowCount()))
    assert page.filters.tag_button.text().startswith("Tags: ")
    page.filters.set_tag(tags[1].id, True)
    assert page.model.total() == customers.count_customers(
        CustomerQuery(tag_ids=(tags[0].id, tags[1].id), today=TODAY))


# --- sorting, views and columns
def test_clicking_the_name_header_sorts_by_name(window, qtbot):
    page = customers_page(window)
    header = page.table.horizontalHeader()
    column = page.model.COLUMNS.index("name")
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(column) + 10, 5))
    first = customers.list_customers(0, 1, "name", descending=False)[0]
    last_first = customers.list_customers(0, 1, "name", descending=True)[0]
    assert page.model.index(0, 0).data() in (first.name, last_first.name)
    order = page.model.sort_order()
    expected = last_first if order[1] else first
    assert order[0] == "name" and page.model.index(0, 0).data() == expected.name


def test_a_search_ranks_best_first_until_a_column_is_chosen(window, qtbot):
    page = customers_page(window)
    search(qtbot, page, a_chinese_customer().name[0])
    assert page.model.sort_order() == ("relevance", False)
    assert page.table.horizontalHeader().sortIndicatorSection() == -1
    page.table.sortByColumn(page.model.COLUMNS.index("spent"), Qt.SortOrder.DescendingOrder)
    assert page.model.sort_order() == ("spent", True)
    spent = [page.model.row_of(r).total_spent_cents for r in range(page.model.rowCount())]
    assert spent == sorted(spent, reverse=True)


def test_columns_that_cannot_be_sorted_keep_the_old_order(window, qtbot):
    page = customers_page(window)
    before = page.model.sort_order()
    page.table.sortByColumn(page.model.COLUMNS.index("tags"), Qt.SortOrder.AscendingOrder)
    assert page.model.sort_order() == before
    assert page.table.horizontalHeader().sortIndicatorSection() == \
        page.model.COLUMNS.index("last_visit")


def test_the_card_grid_shares_the_list_and_the_selection(window, qtbot):
    page = customers_page(window)
    select_rows(page, [1, 2])
    chosen = page.selected_ids()
    qtbot.mouseClick(page.grid_button, Qt.MouseButton.LeftButton)
    assert page.view_key() == "grid" and page.stack.currentWidget() is page.grid
    assert page.grid.model() is page.table.model()
    assert page.selected_ids() == chosen
    page.grid.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == 300)
    qtbot.mouseClick(page.table_button, Qt.MouseButton.LeftButton)
    assert page.view_key() == "table" and page.selected_ids() == chosen


def test_the_chosen_view_and_columns_are_remembered(window, qtbot):
    page = customers_page(window)
    menu = page.table.column_menu()
    phone_action = next(a for a in menu.actions() if a.objectName() == "column_phone")
    wechat_action = next(a for a in menu.actions() if a.objectName() == "column_wechat")
    phone_action.trigger()
    wechat_action.trigger()
    assert page.table.isColumnHidden(page.model.COLUMNS.index("phone"))
    assert "wechat" in page.table.visible_columns()
    page.show_view("grid")
    path = db.book_location()
    window.close()
    again = make_controller(qtbot, path)
    again.start()
    qtbot.addWidget(again.window)
    page2 = again.window.pages["customers"]
    assert page2.view_key() == "grid"
    assert page2.table.isColumnHidden(page2.model.COLUMNS.index("phone"))
    assert not page2.table.isColumnHidden(page2.model.COLUMNS.index("wechat"))


# --- bulk actions
def test_tagging_and_tiering_several_customers_at_once(window, qtbot):
    page = customers_page(window)
    select_rows(page, [0, 1, 2])
    chosen = page.selected_ids()
    assert len(chosen) == 3 and page.action_add_tag.isEnabled()
    changes = []
    bus().sig_data_changed.connect(changes.append)
    page.action_add_tag.trigger()
    dialog = page.current_dialog
    type_into(dialog.combo.lineEdit(), "春季新品")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert all("春季新品" in customers.get_card(i).tags for i in chosen)
    assert "customers" in changes[-1]
    assert "春季新品" in page.message.label.text()
    # the rows stay selected and show the new tag
    assert set(page.selected_ids()) == set(chosen)
    assert all("春季新品" in page.model.row_of(page.model.row_for_id(i)).tags for i in chosen)
    page.action_set_tier.trigger()
    dialog = page.current_dialog
    gold = customers.all_tiers()[-1]
    dialog.combo.setCurrentIndex(dialog.combo.findData(gold.id))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert {customers.get_card(i).fields["tier"] for i in chosen} == {gold.id}
    page.action_remove_tag.trigger()
    dialog = page.current_dialog
    dialog.combo.setCurrentIndex(dialog.combo.findText("春季新品"))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert not any("春季新品" in customers.get_card(i).tags for i in chosen)


def test_many_customers_are_changed_in_the_background(window, qtbot):
    page = customers_page(window)
    page.bulk.BACKGROUND_AT = 1
    select_rows(page, [3, 4])
    chosen = page.selected_ids()
    page.action_add_tag.trigger()
    dialog = page.current_dialog
    type_into(dialog.combo.lineEdit(), "VIP-bulk")
    with qtbot.waitSignal(bus().sig_data_changed, timeout=5000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert all("VIP-bulk" in customers.get_card(i).tags for i in chosen)


# --- trash
def test_delete_moves_to_the_trash_with_undo_and_the_trash_restores(window, qtbot):
    page = customers_page(window)
    select_rows(page, [0, 1])
    chosen = page.selected_ids()
    activate(qtbot, window)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.model.total() == 298
    assert not set(chosen) & set(ids_shown(page))
    assert page.action_show_trash.text() == "Trash (2)"
    undo = page.message.buttons[0]
    assert undo.text() == "Undo"
    undo.click()
    assert page.model.total() == 300 and customers.trash_count() == 0
    select_rows(page, [0, 1])
    page.action_trash.trigger()
    page.trash_button.click()
    assert page.in_trash and page.trash_banner.isVisibleTo(page)
    assert page.bulk_buttons["restoreButton"].isVisibleTo(page)
    assert not page.bulk_buttons["addTagButton"].isVisibleTo(page)
    assert sorted(ids_shown(page)) == sorted(chosen)
    assert page.count_label.text() == "2 customers in the trash."
    select_rows(page, [0])
    page.action_restore.trigger()
    assert customers.trash_count() == 1 and page.model.total() == 1
    page.trash_banner.buttons[1].click()  # back to the customers
    assert not page.in_trash and page.model.total() == 299


def test_emptying_the_trash_asks_first(window, qtbot):
    page = customers_page(window)
    select_rows(page, [0])
    gone = page.selected_ids()[0]
    page.action_trash.trigger()
    page.show_trash(True)
    seen = []
    answer_box(qtbot, QMessageBox.StandardButton.Cancel, "emptyTrashBox", seen)
    page.action_empty_trash.trigger()
    assert "1 customers in the trash" in seen[0] and customers.trash_count() == 1
    answer_box(qtbot, QMessageBox.StandardButton.Yes, "emptyTrashBox")
    page.action_empty_trash.trigger()
    assert customers.trash_count() == 0 and page.model.total() == 0
    assert page.count_label.text() == "The trash is empty."
    assert customers.count_customers() == 299
    assert gone not in [r.id for r in customers.list_customers(0, 300)]


# --- new customer and duplicates
def test_new_customer_from_the_keyboard_takes_the_search_text(window, qtbot):
    page = customers_page(window)
    search(qtbot, page, "欧阳娜娜")
    assert page.model.total() == 0
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    from ui.customers.card import CustomerCardDialog
    card = next(w for w in window.findChildren(CustomerCardDialog) if w.isVisible())
    assert card.customer_id is None and card.form.name_edit.text() == "欧阳娜娜"
    card.form.phones.edits()[0].setText("13500002222")
    assert card.save()
    qtbot.waitUntil(lambda: page.model.total() == 1)
    assert page.model.row_of(0).name == "欧阳娜娜"


def make_twin() -> tuple[int, int]:
    """A second card for a sample customer: same phone, a note of its own."""
    original = a_chinese_customer()
    twin = customers.save_customer({"name": original.name, "occupation": "教师",
                                    "description": "second card"}, [original.phone])
    return original.id, twin.id


def test_find_duplicates_merge_field_by_field_and_undo(window, qtbot):
    page = customers_page(window)
    keep_id, twin_id = make_twin()
    bus().sig_data_changed.emit(frozenset({"customers"}))
    before = customers.get_card(keep_id)
    dialog = page.find_duplicates()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: any({p.a.id, p.b.id} == {keep_id, twin_id} for p in dialog.pairs),
                    timeout=5000)
    row = next(i for i, p in enumerate(dialog.pairs) if {p.a.id, p.b.id} == {keep_id, twin_id})
    dialog.pair_table.selectRow(row)
    merging = dialog.merge_selected()
    side_of = {merging.rows[0].id: 0, merging.rows[1].id: 1}
    merging.keep_group.button(side_of[keep_id]).click()
    assert ("occupation",) in merging.choices
    merging.choose("occupation", side_of[twin_id])
    with qtbot.waitSignal(dialog.sig_pairs_shown, timeout=5000):
        merging.merge_button.click()
    kept = customers.get_card(keep_id)
    assert kept.fields["occupation"] == "教师"
    assert customers.get_card(twin_id).in_trash
    assert dialog.merges[0].kept_name == before.fields["name"] and not dialog.merges[0].undone
    dialog.merge_table.selectRow(0)
    with qtbot.waitSignal(dialog.sig_pairs_shown, timeout=5000):
        assert dialog.undo_selected()
    assert customers.get_card(keep_id).fields["occupation"] == before.fields["occupation"]
    assert not customers.get_card(twin_id).in_trash
    assert dialog.merges[0].undone
    assert page.model.total() == 301
