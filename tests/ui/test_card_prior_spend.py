"""The card shows the spend before the book beside the purchase totals, and edits it and
the company like any other field."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from custbook.customers import customers
from tests.conftest import TODAY
from tests.ui.customer_helpers import close_cards_without_asking
from ui.customers.card import open_card


@pytest.fixture(autouse=True)
def no_card_left_asking(qtbot):
    yield
    close_cards_without_asking()


def test_the_spend_before_is_shown_beside_the_totals_and_edited_on_the_card(book, qtbot):
    person = customers.save_customer({"name": "张三", "company": "上海茶行",
                                      "prior_spend_cents": 1258050}, ["13800138000"])
    card = open_card(None, person.id, TODAY)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is card)
    prior = card.figures_panel.findChild(QLabel, "figure_prior")
    assert prior.text() == "Spent before using Custbook: ¥12,580.50"
    assert not prior.isHidden()
    editor = card.form.fields["prior_spend_cents"].widget
    company = card.form.fields["company"].widget
    assert (editor.text(), company.text()) == ("12580.50", "上海茶行")
    editor.setText("abc")
    assert not card.save()
    assert "is not an amount of money" in card.form.fields["prior_spend_cents"].error.text()
    editor.setText("￥2,000")
    company.setText("北京书店")
    assert card.save()
    fields = customers.get_card(person.id).fields
    assert (fields["prior_spend_cents"], fields["company"]) == (200000, "北京书店")
    assert prior.text() == "Spent before using Custbook: ¥2,000.00"


def test_nothing_is_shown_when_there_was_no_spend_before(book, qtbot):
    person = customers.save_customer({"name": "李四"}, ["13900139000"])
    card = open_card(None, person.id, TODAY)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is card)
    assert card.figures_panel.findChild(QLabel, "figure_prior").isHidden()
    assert card.form.fields["prior_spend_cents"].widget.text() == ""
