"""The shop's words where the owner meets them: a built-in source renamed in Settings,
complaint categories with their counts, the card offering the shop's interest topics,
and a tier's colour in the table, the filter and the card's header."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from custbook import settings
from custbook.complaints.workflow import create_complaint
from custbook.customers import customers
from custbook.models import ComplaintCategory, Customer, Tier
from custbook.shop import tier_rules, words
from tests.conftest import TODAY
from tests.ui.customer_helpers import close_cards_without_asking
from ui.complaints.categories_dialog import CategoriesDialog
from ui.customers.card import open_card
from ui.customers.topic_picker import TopicPicker


@pytest.fixture(autouse=True)
def no_card_left_asking(qtbot):
    yield
    close_cards_without_asking()


def test_a_built_in_source_renamed_in_settings_stays_the_same_source(window, qtbot):
    walked_in = Customer.select().where(Customer.source == "walk_in").count()
    assert walked_in > 0
    dialog = window.open_settings("words")
    qtbot.addWidget(dialog)
    tab = dialog.section("words").sources
    row = [code for code, _ in tab.entries()].index("walk_in")
    tab.list.item(row).setText("路过进店")  # as the in-place editor leaves it
    dialog.accept()
    assert not dialog.isVisible()
    assert words.sources()["walk_in"] == "路过进店" and "路过进店" not in words.sources()
    assert Customer.select().where(Customer.source == "walk_in").count() == walked_in
    assert words.source_label("walk_in") == "路过进店"


def test_the_category_editor_counts_each_categorys_complaints(window, qtbot):
    quality = ComplaintCategory.get(ComplaintCategory.key == "quality")
    used = words.category_counts().get(quality.id, 0)
    create_complaint({"customer_words": "又缩水了", "category": quality.id, "walk_in_name": "路人"})
    dialog = CategoriesDialog()
    qtbot.addWidget(dialog)
    items = [dialog.list.item(i) for i in range(dialog.list.count())]
    line = next(i.text() for i in items if i.data(Qt.ItemDataRole.UserRole) == quality.id)
    assert line.endswith(f"(complaints: {used + 1})")


def test_the_card_offers_the_shops_interest_topics_and_keeps_free_text(window, qtbot):
    settings.set("interest_topics_list", json.dumps(["真丝", "茶具"], ensure_ascii=False))
    someone = customers.save_customer({"name": "林美华", "interest_topics": "爬山"})
    card = open_card(None, someone.id, TODAY)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is card)
    picker = card.findChild(TopicPicker, "topicPicker")
    picker.fill()
    assert [a.text() for a in picker.menu().actions()] == ["真丝", "茶具"]
    next(a for a in picker.menu().actions() if a.text() == "茶具").trigger()
    edit = card.form.fields["interest_topics"].widget
    assert edit.toPlainText() == "爬山、茶具"
    picker.fill()
    assert [a.isChecked() for a in picker.menu().actions()] == [False, True]
    card.save()
    assert Customer.get_by_id(someone.id).interest_topics == "爬山、茶具"


def test_a_tiers_colour_shows_in_the_table_the_filter_and_the_card(window, qtbot):
    gold = Tier.get(Tier.key == "gold")
    tier_rules.save_tier(gold.id, words.tier_label(gold.name, gold.key), "#c9a227")
    window.show_page("customers")
    page = window.pages["customers"]
    model = page.model
    model.reload()
    column = model.COLUMNS.index("tier")
    rows = [r for r in range(model.rowCount()) if model.row_of(r).tier == "Gold"]
    others = [r for r in range(model.rowCount()) if model.row_of(r).tier not in ("", "Gold")]
    assert rows and others
    badge = model.data(model.index(rows[0], column), Qt.ItemDataRole.DecorationRole)
    assert badge is not None and not badge.isNull()
    blank = model.data(model.index(others[0], column), Qt.ItemDataRole.DecorationRole)
    assert blank.pixmap(12, 12).toImage().pixelColor(6, 6).alpha() == 0  # aligned, no dot
    tier_filter = page.filters.tier
    page.filters.reload_choices()
    index = tier_filter.findData(gold.id)
    assert not tier_filter.itemIcon(index).isNull()
    card = open_card(None, model.row_of(rows[0]).id, TODAY)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is card)
    assert "background-color:#c9a227" in card.subtitle.text() and "Gold" in card.subtitle.text()
