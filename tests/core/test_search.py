"""Search as you type: Chinese, pinyin, phone digits, WeChat, tags, notes; best first.

Every test runs the real search on a real SQLite book (the FTS5 index included);
the same function serves the window, the CLI and the referred-by picker.
"""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from custbook import db
from custbook.cli import main as cli
from custbook.customers import customer_list, customers, purchases, search, search_keys
from custbook.customers.customer_query import CustomerQuery
from custbook.models import Customer, database
from tests.conftest import TODAY

BOOKS = Path(__file__).resolve().parent.parent / "data" / "books"


def add(name: str, phones: list[str] | None = None, tags: list[str] | None = None,
        **fields) -> int:
    return customers.save_customer({"name": name, **fields}, phones or [], tags=tags).id


def names(text: str, **filters) -> list[str]:
    query = CustomerQuery(text=text, **filters)
    return [r.name for r in customers.list_customers(0, 100, query=query)]


def found(text: str, **filters) -> set[str]:
    return set(names(text, **filters))


@pytest.fixture
def shop(book):
    """A small book with the people the examples talk about."""
    ids = {
        "张三": add("张三", ["138 1234 5678"], ["VIP"], wechat_id="ZhangSan_88",
                   description="对羊毛过敏，喜欢真丝"),
        "张三丰": add("张三丰", ["0571-8765 4321"]),
        "李张明": add("李张明", ["139 0000 1111"]),
        "曾小贤": add("曾小贤", ["13912345678"], ["老客户"]),
        "单田芳": add("单田芳", ["13700001234"]),
        "王芳": add("王芳", ["13600005678"]),
        "王芳芳": add("王芳芳", ["15956781234"]),
        "Emily Miller": add("Emily Miller", ["+1 415 555 2671"], ["VIP"]),
        "吕丽": add("吕丽", []),
    }
    return ids


def test_a_single_chinese_character_finds_every_name_containing_it(shop):
    assert found("张") == {"张三", "张三丰", "李张明"}
    assert names("张")[-1] == "李张明"  # in the middle of a name: after surnames


def test_two_characters_find_a_two_character_name(shop):
    assert found("王芳") == {"王芳", "王芳芳"}
    assert found("三丰") == {"张三丰"}


@pytest.mark.parametrize("typed", ["zs", "zhangsan", "zhang san", "Zhang San", "ＺＨＡＮＧ　ＳＡＮ",
                                   "zhangs", "zhang"])
def test_pinyin_in_full_or_as_initials_finds_zhang_san(shop, typed):
    assert "张三" in found(typed)


def test_pinyin_initials_prefer_the_exact_initials(shop):
    assert names("zs")[0] == "张三"
    assert found("zsf") == {"张三丰"}


@pytest.mark.parametrize("typed, name", [("zeng", "曾小贤"), ("zxx", "曾小贤"),
                                         ("zengxiaoxian", "曾小贤"), ("shantianfang", "单田芳"),
                                         ("stf", "单田芳"), ("lvli", "吕丽"), ("luli", "吕丽")])
def test_polyphonic_surnames_read_as_surnames(shop, typed, name):
    assert found(typed) == {name}


def test_the_everyday_reading_of_a_surname_does_not_find_it(shop):
    assert found("ceng") == set()
    assert found("dantianfang") == set()


@pytest.mark.parametrize("surname, reading", [
    ("曾", "zeng"), ("单", "shan"), ("解", "xie"), ("仇", "qiu"), ("区", "ou"), ("朴", "piao"),
    ("查", "zha"), ("盖", "ge"), ("缪", "miao"), ("翟", "zhai"), ("万俟", "moqi"),
    ("尉迟", "yuchi"), ("欧阳", "ouyang"),
])
def test_surname_readings(surname, reading):
    assert search_keys.pinyin_words(surname + "明")[0] == reading + "ming"


@pytest.mark.parametrize("typed", ["5678", "1234 5678", "138 1234 5678", "138-1234-5678",
                                   "+86 138 1234 5678", "13812345678"])
def test_phone_digits_anywhere_in_the_number(shop, typed):
    assert "张三" in found(typed)


def test_landlines_and_foreign_numbers_are_found_by_their_digits(shop):
    assert found("0571 8765 4321") == {"张三丰"}
    assert found("87654321") == {"张三丰"}
    assert found("+1 415 555") == {"Emily Miller"}


def test_the_last_four_digits_come_before_the_same_digits_inside_a_number(shop):
    # 王芳芳's 159 5678 1234 has 5678 inside; the others' numbers end in it
    purchases.add_purchase(shop["王芳芳"], TODAY, 100)
    assert names("5678")[-1] == "王芳芳"
    assert set(names("5678")[:3]) == {"王芳", "张三", "曾小贤"}


def test_exact_name_comes_before_longer_names_even_if_those_were_seen_later(shop):
    purchases.add_purchase(shop["王芳芳"], TODAY, 100)
    purchases.add_purchase(shop["张三丰"], TODAY, 100)
    assert names("王芳") == ["王芳", "王芳芳"]
    assert names("张三")[0] == "张三"
    assert names("zhangsan")[0] == "张三"


def test_within_a_tier_the_customer_seen_most_recently_comes_first(shop):
    purchases.add_purchase(shop["张三丰"], TODAY - dt.timedelta(days=1), 100)
    purchases.add_purchase(shop["张三"], TODAY - dt.timedelta(days=30), 100)
    assert names("张")[:2] == ["张三丰", "张三"]


def test_wechat_ids_are_found_by_any_part_ignoring_case(shop):
    assert found("zhangsan_8") == {"张三"}
    assert found("SAN_88") == {"张三"}


def test_tags_find_their_customers(shop):
    assert found("vip") == {"张三", "Emily Miller"}
    assert found("老客户") == {"曾小贤"}
    assert found("老客") == {"曾小贤"}


def test_notes_are_searched_even_by_two_characters(shop):
    assert found("羊毛") == {"张三"}
    assert found("对羊毛过敏") == {"张三"}
    assert found("真丝") == {"张三"}


def test_a_blank_query_is_the_whole_book_and_nonsense_finds_nobody(shop):
    assert len(names("   ")) == len(shop)
    assert found("xyzzy") == set()
    assert found("%") == set()
    assert found("_") == {"张三"}  # WeChat IDs have underscores: it is no wildcard


def test_count_and_pages_agree(shop):
    query = CustomerQuery(text="z")
    everyone = [r.id for r in customers.list_customers(0, 100, query=query)]
    assert customers.count_customers(query) == len(everyone) > 2
    pages = (customers.list_customers(0, 2, query=query) + customers.list_customers(2, 2, query=query)
             + customers.list_customers(4, 100, query=query))
    assert [r.id for r in pages] == everyone


def test_filters_combine_with_the_text(shop):
    vip = next(t.id for t in customers.all_tags() if t.name == "VIP")
    assert found("zhang", tag_ids=(vip,)) == {"张三"}
    gold = customers.all_tiers()[2].id
    customers.set_tier([shop["张三丰"]], gold)
    assert found("张", tier_id=gold) == {"张三丰"}
    assert customers.count_customers(CustomerQuery(text="张", tier_id=gold)) == 1
    customers.save_customer({"name": "李张明", "accepts_promotions": True}, ["139 0000 1111"],
                            customer_id=shop["李张明"])
    assert found("张", accepts_promotions=True) == {"李张明"}
    assert found("张", accepts_promotions=False) == {"张三", "张三丰"}


def test_the_trash_is_left_out_and_can_be_searched_on_its_own(shop):
    customers.move_to_trash([shop["张三"]])
    assert found("张") == {"张三丰", "李张明"}
    assert found("张", in_trash=True) == {"张三"}
    assert customers.count_customers(CustomerQuery(text="zs", in_trash=True)) == 1
    customers.restore_from_trash([shop["张三"]])
    assert "张三" in found("张")


def test_the_index_follows_every_save(shop):
    customers.save_customer({"name": "张四"}, ["186 0000 9999"], customer_id=shop["张三"],
                            tags=[])
    assert "张三" not in found("张")
    assert found("zhangsi") == {"张四"}
    assert found("9999") == {"张四"}
    assert found("5678") == {"王芳", "王芳芳", "曾小贤"}
    assert "张四" not in found("vip")


def test_changes_made_behind_the_cores_back_are_indexed_before_the_next_search(shop):
    database.execute_sql("UPDATE customer SET name = '欧阳娜娜' WHERE id = ?", (shop["王芳"],))
    database.execute_sql("INSERT INTO customer (name, gender, ethnicity, birthday_calendar, "
                         "birthday_leap, birth_year_estimated, wechat_id, email, address, "
                         "clothing_size, shoe_size, description, occupation, work_situation, "
                         "family, personality, spending_habits, style_preferences, hobbies, "
                         "lifestyle, service_preference, contact_preference, "
                         "contact_preference_note, accepts_promotions, personal_values, "
                         "interest_topics, source, purchase_count, total_spent_cents, "
                         "created_at, updated_at, version) VALUES ('单雄信', '', '', '', FALSE, "
                         "FALSE, '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', "
                         "'', FALSE, "
                         "'', '', '', 0, 0, '2026-01-01', '2026-01-01', 1)")
    database.execute_sql("INSERT INTO customer_tag (customer_id, tag_id) SELECT ?, id FROM tag "
                         "WHERE name = 'VIP'", (shop["吕丽"],))
    assert found("ouyang") == {"欧阳娜娜"}
    assert found("shanxiongxin") == {"单雄信"}
    assert "吕丽" in found("vip")


@pytest.mark.sqlite_only("takes SQLite's FTS5 index and triggers apart by name; a PostgreSQL "
                         "book builds its index the same way in search_pg.create_schema")
def test_a_book_made_before_the_index_gets_it_when_opened(shop, book):
    for trigger, in database.execute_sql("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                         "AND name LIKE 'customer_search%'").fetchall():
        database.execute_sql(f"DROP TRIGGER {trigger}")
    database.execute_sql(f"DROP TABLE {search.FTS}")
    database.execute_sql("DROP TABLE customer_search")
    database.execute_sql("DELETE FROM setting WHERE key = ?", (search.FORMAT_KEY,))
    db.close_book()
    db.open_book(book)
    assert found("zs") == {"张三", "张三丰"}
    assert found("zengxiaoxian") == {"曾小贤"}


def test_the_first_schema_fixture_is_indexed_when_opened(tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(BOOKS / "book-v1.sqlite", path)
    db.open_book(path)
    name, digits = database.execute_sql(
        "SELECT c.name, p.digits FROM customer c JOIN customer_phone p ON p.customer_id = c.id "
        "WHERE c.name GLOB '[^A-Za-z]*' ORDER BY c.id LIMIT 1").fetchone()
    assert database.execute_sql("SELECT count(*) FROM customer_search").fetchone()[0] == \
        Customer.select().count()
    by_pinyin = CustomerQuery(text=search_keys.pinyin_words(name)[0])
    assert customers.count_customers(by_pinyin) >= 1
    assert customers.count_customers(CustomerQuery(text=digits)) == 1
    db.close_book()


def test_rebuilding_the_index_changes_no_answer(sample_book):
    before = [r.id for r in customer_list.search_customers("l", 100)]
    assert search.rebuild_index() == Customer.select().count()
    assert [r.id for r in customer_list.search_customers("l", 100)] == before


@pytest.mark.parametrize("text", ["z", "1", "张", "l", "13", "vip", "zh", "王"])
@pytest.mark.parametrize("filters", [{}, {"accepts_promotions": True}])
def test_many_matches_page_exactly_like_few(sample_book, monkeypatch, text, filters):
    """Broad queries take the counting and index-walking path; it must give the same
    rows in the same order as collecting and sorting every match."""
    query = CustomerQuery(text=text, **filters)

    def every_page():
        search._forget()
        total = customers.count_customers(query)
        rows = []
        for offset in range(0, total + 7, 7):
            rows += [r.id for r in customers.list_customers(offset, 7, query=query)]
        return total, rows

    total, expected = every_page()
    assert total == len(expected) == len(set(expected)) > 3
    monkeypatch.setattr(search, "SMALL", 2)
    assert every_page() == (total, expected)


def test_other_sorts_with_text(sample_book):
    query = CustomerQuery(text="张", sort="spent", descending=True)
    rows = customers.list_customers(0, 100, query=query)
    assert rows and all("张" in r.name for r in rows)
    spent = [r.total_spent_cents for r in rows]
    assert spent == sorted(spent, reverse=True)
    assert customers.count_customers(query) == len(rows)


def test_birthday_filters_know_solar_and_lunar_birthdays(book):
    today = dt.date(2026, 11, 22)  # lunar: 10th month, 14th day
    add("阳历本月", birthday_calendar="solar", birthday_month=11, birthday_day=30)
    add("阳历下周", birthday_calendar="solar", birthday_month=11, birthday_day=25)
    add("阳历下月", birthday_calendar="solar", birthday_month=12, birthday_day=1)
    add("农历三天后", birthday_calendar="lunar", birthday_month=10, birthday_day=17)
    add("农历下月", birthday_calendar="lunar", birthday_month=11, birthday_day=20)
    assert found("", birthday="next_7_days", today=today) == {"阳历下周", "农历三天后"}
    assert found("", birthday="this_month", today=today) == {
        "阳历本月", "阳历下周", "农历三天后"}


def test_not_seen_complaints_and_referrals_filters(book):
    old = add("老顾客")
    new = add("新顾客", referred_by=old)
    add("从未来过")
    purchases.add_purchase(old, TODAY - dt.timedelta(days=200), 100)
    purchases.add_purchase(new, TODAY - dt.timedelta(days=3), 100)
    assert found("", not_seen_days=90, today=TODAY) == {"老顾客", "从未来过"}
    assert found("", referred=True) == {"新顾客"}
    database.execute_sql("INSERT INTO complaint (customer_id, walk_in_name, walk_in_phone, "
                         "received_at, channel, severity, customer_words, status, "
                         "listen_notes, apology_words, cause, fault, remedy, compensation_kind, "
                         "compensation_cents, promise, result, result_comment, "
                         "follow_up_outcome, reopened_count, reopen_notes, created_at, "
                         "updated_at) VALUES (?, '', '', '2026-11-01 10:00:00', 'in_store', 2, "
                         "'', 'new', '', '', '', '', '', '', 0, '', '', '', '', 0, '', "
                         "'2026-11-01', '2026-11-01')", (new,))
    assert found("", open_complaint=True) == {"新顾客"}


def test_pick_customers_leaves_out_the_card_being_edited(shop):
    picked = customers.pick_customers("张", exclude_id=shop["张三"])
    assert {r.name for r in picked} == {"张三丰", "李张明"}


def test_the_command_line_prints_name_phone_and_tier(shop, book, capsys):
    customers.set_tier([shop["张三"]], customers.all_tiers()[3].id)
    db.close_book()
    assert cli.run(["--db", str(book), "search", "zhang san", "--limit", "1"]) == 0
    assert capsys.readouterr().out == "张三\t138 1234 5678\tDiamond\n"


@pytest.mark.parametrize("typed, query", [
    ("138 1234 5678", "13812345678"), ("(0571) 8765-4321", "057187654321"),
    ("+86 138 1234", "1381234"), ("+1 415 555", "1415555"), ("Zhang San", "zhangsan"),
    ("ＶＩＰ", "vip"), ("  ", ""), ("12", "12"), ("王 芳", "王芳"),
])
def test_what_a_typed_query_means(typed, query):
    assert search_keys.query_text(typed) == query
