"""Step 3 (the shop's words) on PostgreSQL: a server book made at step 2 in English or
in Chinese is upgraded in place; its built-in tiers and categories get their keys, the
owner's own words stay as typed, and no customer or complaint loses its tier or category.

Built as the version-1 server test builds its book: a new server book has what steps
3 onwards added taken away, then is told it is at step 2 (step 2 itself stays).
"""
from __future__ import annotations

import pytest

from custbook import db, i18n, migrations
from custbook.complaints.workflow import create_complaint
from custbook.customers import customers
from custbook.models import Complaint, ComplaintCategory, Customer, Tier, database
from custbook.shop import words
from ui import headless_language
from tests.core.test_postgres_book import LATER_COLUMNS, LATER_TABLES, _columns

CHINESE_TIERS = {"regular": "普通会员", "silver": "银卡会员", "gold": "金卡会员",
                 "diamond": "钻石会员"}
CHINESE_CATEGORIES = {"quality": "产品质量", "service": "服务态度", "delivery": "配送",
                      "price": "价格", "other": "其他"}
ENGLISH_TIERS = {"regular": "Regular", "silver": "Silver", "gold": "Gold", "diamond": "Diamond"}
ENGLISH_CATEGORIES = {"quality": "Product quality", "service": "Service attitude",
                      "delivery": "Delivery", "price": "Price", "other": "Other"}


def _make_step_2_book(language: str) -> dict[str, int]:
    """The open server book made into a step-2 book that was created in `language`."""
    gold = Tier.get(Tier.key == "gold").id
    quality = ComplaintCategory.get(ComplaintCategory.key == "quality").id
    own_tier = Tier.create(name="VIP专享", rank=9).id
    own_category = ComplaintCategory.create(name="包装破损", sort_order=9).id
    customer = customers.save_customer({"name": "林美华", "tier": gold}).id
    complaint = create_complaint({"customer_words": "衬衫缩水了", "category": quality,
                                  "customer": customer}).id
    if language == "zh_CN":  # a Chinese book stored the Chinese words as names
        for key, name in CHINESE_TIERS.items():
            database.execute_sql("UPDATE tier SET name = %s WHERE key = %s", (name, key))
        for key, name in CHINESE_CATEGORIES.items():
            database.execute_sql("UPDATE complaint_category SET name = %s WHERE key = %s",
                                 (name, key))
    for table in LATER_TABLES:
        database.execute_sql(f'DROP TABLE "{table}" CASCADE')
    for table, columns in LATER_COLUMNS.items():
        for column in columns:
            database.execute_sql(f'ALTER TABLE "{table}" DROP COLUMN "{column}"')
    database.execute_sql('DROP INDEX IF EXISTS "reminder_show_on_early"')
    database.execute_sql("UPDATE schema_version SET version = 2")
    return {"gold": gold, "quality": quality, "own_tier": own_tier,
            "own_category": own_category, "customer": customer, "complaint": complaint}


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_step_2_server_book_gets_its_words_keys_and_keeps_every_reference(pg_book, language):
    fresh = _columns()
    made = _make_step_2_book(language)
    assert "key" not in {c[1] for c in _columns() if c[0] == "tier"}
    db.close_book()
    db.open_book(pg_book)  # the upgrade, on open
    assert migrations.stored_version(database.obj) == migrations.LATEST
    assert _columns() == fresh
    tiers = {t.id: (t.key, t.name) for t in Tier.select()}
    assert {key: name for key, name in tiers.values() if key} == ENGLISH_TIERS
    assert tiers[made["gold"]] == ("gold", "Gold")
    assert tiers[made["own_tier"]] == ("", "VIP专享")
    categories = {c.id: (c.key, c.name) for c in ComplaintCategory.select()}
    assert {key: name for key, name in categories.values() if key} == ENGLISH_CATEGORIES
    assert categories[made["quality"]] == ("quality", "Product quality")
    assert categories[made["own_category"]] == ("", "包装破损")
    assert Customer.get_by_id(made["customer"]).tier_id == made["gold"]
    assert Complaint.get_by_id(made["complaint"]).category_id == made["quality"]
    # and the words follow the reader's language, whichever language made the book
    assert headless_language.install("zh_CN")
    try:
        assert words.tier_label("Gold", "gold") == "金卡会员"
        assert [t.name for t in customers.all_tiers()][:4] == list(CHINESE_TIERS.values())
        assert "VIP专享" in [t.name for t in customers.all_tiers()]
    finally:
        i18n.set_translator(None)
    assert [t.name for t in customers.all_tiers()][:4] == list(ENGLISH_TIERS.values())
