"""Money: one set of rules to read an amount as typed and to write it with the book's symbol."""
from __future__ import annotations

import pytest

from custbook import money, settings
from custbook.customers import customers, purchases
from custbook.errors import ValidationError
from tests.conftest import TODAY


@pytest.mark.parametrize("typed, cents", [
    ("1,280.50", 128050), ("￥1 280", 128000), ("¥1,280.00", 128000), ("88 元", 8800),
    ("88元", 8800), ("1280.5", 128050), ("RMB 300", 30000), ("１２８", 12800),
    ("１,２８０.５０", 128050), ("1\u202f280", 128000), ("0.05", 5),
])
def test_an_amount_is_read_as_people_type_it(typed, cents):
    assert money.parse(typed) == cents


def test_a_negative_amount_only_where_it_is_allowed():
    with pytest.raises(ValidationError, match="negative") as caught:
        money.parse("-5", "refund")
    assert caught.value.field == "refund"
    assert money.parse("-5", allow_negative=True) == -500


@pytest.mark.parametrize("typed", ["1.234", "abc", "12,34,5.6.7", "1e3x", "NaN", "--5"])
def test_what_is_not_money_is_refused_with_the_field(typed):
    with pytest.raises(ValidationError) as caught:
        money.parse(typed, "amount")
    assert caught.value.field == "amount" and caught.value.message


def test_empty_is_refused_unless_it_means_something():
    with pytest.raises(ValidationError, match="Enter an amount"):
        money.parse("  ")
    assert money.parse("", empty=0) == 0


def test_written_with_the_books_currency_symbol(book):
    assert money.format_cents(128050) == "¥1,280.50"
    assert money.format_cents(-5) == "-¥0.05"
    assert money.format_cents(128050, decimals=False) == "¥1,281"
    assert money.plain(128050) == "1280.50" and money.plain(-5) == "-0.05"
    settings.set("currency_symbol", "HK$")
    assert money.symbol() == "HK$"
    assert money.format_cents(99) == "HK$0.99"
    assert money.parse(money.plain(123456)) == 123456  # what a file holds reads back


def test_a_purchase_and_a_compensation_read_88_yuan_alike(book):
    cid = customers.save_customer({"name": "王芳"}, ["13812345678"]).id
    purchases.add_purchase(cid, TODAY, money.parse("88 元", "amount"))
    assert [p.amount_cents for p in purchases.purchases_of(cid)] == [8800]
    assert money.parse("88 元", "compensation_cents", empty=0) == 8800
