"""The shop's words, continued: a renamed built-in source is the same source under the
shop's name; the shop's own source renamed is renamed on its cards; the complaint
categories counted like the tiers; tier colours and the topics the card offers."""
from __future__ import annotations

import json

from custbook import settings
from custbook.complaints.workflow import create_complaint
from custbook.customers import customers
from custbook.models import ComplaintCategory, Customer, Tier
from custbook.shop import tier_rules, words


def test_renaming_a_built_in_source_renames_it_and_its_customers_keep_it(book):
    came_in = customers.save_customer({"name": "甲", "source": "walk_in"}).id
    listed = list(words.sources().items())
    renamed = [(code, "路过进店" if code == "walk_in" else name) for code, name in listed]
    codes = words.save_source_list(renamed)
    assert codes == [code for code, _ in listed]  # no new source
    assert words.sources()["walk_in"] == "路过进店" and "路过进店" not in words.sources()
    assert Customer.get_by_id(came_in).source == "walk_in"
    assert words.source_label("walk_in") == "路过进店"
    assert words.source_counts() == {"walk_in": 1}
    # named back to its own word: stored as the plain code again, in any language
    words.save_source_list([(c, "Walked in" if c == "walk_in" else n) for c, n in renamed])
    assert "walk_in" in json.loads(settings.get("customer_sources"))


def test_renaming_the_shops_own_source_renames_it_on_the_cards(book):
    words.save_sources(["小红书", "Online"])
    first = customers.save_customer({"name": "乙", "source": "小红书"}).id
    codes = words.save_source_list([("小红书", "小红书App"), ("online", "网上")])
    assert codes == ["小红书App", "online"]
    assert Customer.get_by_id(first).source == "小红书App"
    assert words.sources() == {"小红书App": "小红书App", "online": "网上"}
    # a new line typed as a built-in word takes its code
    assert words.save_source_list([(None, "Event"), ("online", "网上")]) == ["event", "online"]


def test_categories_are_counted_like_the_tiers(book):
    quality = ComplaintCategory.get(ComplaintCategory.key == "quality")
    for n in range(3):
        create_complaint({"customer_words": f"第{n}次", "category": quality.id,
                          "walk_in_name": "路人"})
    create_complaint({"customer_words": "没分类", "walk_in_name": "路人"})
    assert words.category_counts() == {quality.id: 3}


def test_tier_colours_and_the_topics_offered(book):
    gold = Tier.get(Tier.key == "gold")
    tier_rules.save_tier(gold.id, words.tier_label(gold.name, gold.key), "#c9a227")
    assert words.tier_colours() == {"Gold": "#c9a227"}
    assert words.tier_colours_by_id() == {gold.id: "#c9a227"}
    assert words.interest_topics() == []
    settings.set("interest_topics_list", json.dumps(["真丝", "  ", "茶具"], ensure_ascii=False))
    assert words.interest_topics() == ["真丝", "茶具"]
    settings.set("interest_topics_list", "not json")
    assert words.interest_topics() == []
