"""The shop's own words, settings and staff: built-in words follow the reader's language,
settings are checked field by field, staff are deactivated but never forgotten."""
from __future__ import annotations

import csv
import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader

from custbook import db, i18n, settings
from custbook.cli import main as cli
from custbook.complaints import lookups
from custbook.complaints.workflow import create_complaint
from custbook.customers import customers
from custbook.errors import ValidationError
from custbook.exchange.export import export_customers
from custbook.models import ComplaintCategory, Tier
from custbook.paper.satisfaction_report import write_satisfaction_report
from custbook.shop import shop_settings, staff, words

BOOKS = Path(__file__).resolve().parent.parent / "data" / "books"
ENGLISH = {"Regular", "Silver", "Gold", "Diamond", "Product quality", "Service attitude",
           "Delivery", "Price"}
CHINESE = {"普通会员", "银卡会员", "金卡会员", "钻石会员", "产品质量", "服务态度", "配送", "价格"}


@pytest.fixture
def chinese():
    """The core speaks Chinese, through the same catalogue a headless `--lang zh_CN` loads."""
    from ui import headless_language

    assert headless_language.install("zh_CN")
    yield
    i18n.set_translator(None)


def _customers_in_every_tier():
    for i, tier in enumerate(Tier.select().order_by(Tier.rank)):
        customers.save_customer({"name": f"客人{i}", "tier": tier.id})
    for i, category in enumerate(ComplaintCategory.select()):
        create_complaint({"customer_words": "不满意", "category": category.id,
                          "walk_in_name": f"路人{i}"})


def test_a_new_book_stores_built_in_words_by_key(book):
    assert [(t.key, t.name) for t in Tier.select().order_by(Tier.rank)] == [
        ("regular", "Regular"), ("silver", "Silver"), ("gold", "Gold"), ("diamond", "Diamond")]
    assert {c.key for c in ComplaintCategory.select()} == {
        "quality", "service", "delivery", "price", "other"}


def test_built_in_words_follow_the_language_and_a_renamed_one_stays_as_typed(book, chinese):
    assert [t.name for t in customers.all_tiers()] == ["普通会员", "银卡会员", "金卡会员", "钻石会员"]
    gold = Tier.get(Tier.key == "gold")
    assert words.show_tier("Gold") == "金卡会员"
    quality = ComplaintCategory.get(ComplaintCategory.key == "quality")
    lookups.rename_category(quality.id, "产品质量")  # unchanged: still built-in
    assert ComplaintCategory.get_by_id(quality.id).key == "quality"
    lookups.rename_category(quality.id, "Quality (our word)")
    assert [c.name for c in lookups.categories()][0] == "Quality (our word)"
    i18n.set_translator(None)
    assert words.tier_label(gold.name, gold.key) == "Gold"
    assert lookups.categories()[0].name == "Quality (our word)"


@pytest.mark.sqlite_only("an old book is a .sqlite file")
@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_book_of_either_language_is_keyed_in_place(tmp_path, language):
    path = tmp_path / "old.sqlite"
    shutil.copy(BOOKS / "book-v1.sqlite", path)
    if language == "zh":
        conn = sqlite3.connect(path)
        for english, chinese_name in (("Gold", "金卡会员"), ("Product quality", "产品质量")):
            conn.execute("UPDATE tier SET name = ? WHERE name = ?", (chinese_name, english))
            conn.execute("UPDATE complaint_category SET name = ? WHERE name = ?",
                         (chinese_name, english))
        conn.execute("INSERT INTO tier (name, rank, min_spend_cents) VALUES ('老朋友', 9, 0)")
        conn.commit()
        conn.close()
    db.open_book(path)
    try:
        keyed = {t.name: t.key for t in Tier.select()}
        assert keyed["Gold"] == "gold" and keyed["Regular"] == "regular"
        assert keyed.get("老朋友", "") == ""
        assert ComplaintCategory.get(ComplaintCategory.name == "Product quality").key == "quality"
    finally:
        db.close_book()


def test_a_chinese_reader_sees_no_english_word_in_lists_export_and_report(book, chinese,
                                                                          tmp_path):
    _customers_in_every_tier()
    shown = {row.name for row in customers.all_tiers()} | {c.name for c in lookups.categories()}
    assert not shown & ENGLISH and CHINESE <= shown | {"其他"}
    out = tmp_path / "list.csv"
    export_customers(out, "csv", columns=["name", "tier"])
    text = out.read_text(encoding="utf-8-sig")
    assert "金卡会员" in text and not any(word in text for word in ENGLISH)
    today = dt.date(2026, 11, 22)
    pdf = write_satisfaction_report(tmp_path / "r.pdf", today - dt.timedelta(days=30), today)
    report = "\n".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    assert "产品质量" in report
    assert not any(word in report for word in ENGLISH)


def test_an_english_reader_sees_no_chinese_built_in_word(book, tmp_path):
    _customers_in_every_tier()
    out = tmp_path / "list.csv"
    export_customers(out, "csv", columns=["name", "tier"])
    rows = list(csv.reader(out.open(encoding="utf-8-sig")))
    assert {r[1] for r in rows[1:]} == {"Regular", "Silver", "Gold", "Diamond"}
    assert not {c.name for c in lookups.categories()} & CHINESE


def test_settings_are_checked_field_by_field_and_a_refused_form_stores_nothing(book):
    with pytest.raises(ValidationError) as refused:
        shop_settings.save({"shop_name": "新名字", "promised_response_hours": "0",
                            "shop_phone": "12", "currency_symbol": "¥¥¥¥¥"})
    assert set(refused.value.problems) == {"promised_response_hours", "shop_phone",
                                           "currency_symbol"}
    assert settings.get("shop_name") == ""
    stored = shop_settings.save({"shop_name": "  小  茶馆 ", "shop_phone": "13812345678",
                                 "promised_response_hours": "48", "phone_region": "hk"})
    assert stored["shop_name"] == "小 茶馆" and settings.get("promised_response_hours") == 48
    assert settings.get("shop_phone") == "138 1234 5678" and settings.get("phone_region") == "HK"


def test_a_deactivated_staff_member_leaves_the_pickers_but_not_history(book):
    fang = staff.add_staff("王芳", "店长")
    li = staff.add_staff("李娜")
    with pytest.raises(ValidationError, match="already"):
        staff.add_staff("王芳")
    complaint = create_complaint({"walk_in_name": "路人", "customer_words": "等太久", "staff": li})
    staff.set_active(li, False)
    assert [s.name for s in customers.all_staff()] == ["王芳"]
    assert [c.name for c in lookups.staff_choices()] == ["王芳"]
    staff.update_staff(li, "李娜娜", "")
    people = {p.name: p for p in staff.staff_list()}
    assert not people["李娜娜"].active and people["李娜娜"].uses == 1
    assert complaint.staff_id == li and people["王芳"].active and fang


def test_headless_settings_then_report_carry_the_new_shop_name(book, tmp_path, capsys):
    where = db.book_location()
    db.close_book()
    assert cli.run(["--db", where, "settings", "set", "shop_name", "测试小店"]) == 0
    assert cli.run(["--db", where, "settings", "set", "response_hours", "999"]) == 2
    assert "response" in capsys.readouterr().err
    assert cli.run(["--db", where, "staff", "add", "王芳", "--role", "店长"]) == 0
    assert cli.run(["--db", where, "staff", "deactivate", "王芳"]) == 0
    out = tmp_path / "report.pdf"
    assert cli.run(["--db", where, "report", "satisfaction", "--from", "2026-11-01",
                    "--to", "2026-11-22", "--out", str(out)]) == 0
    assert "测试小店" in "\n".join(p.extract_text() for p in PdfReader(str(out)).pages)
    printed = capsys.readouterr().out
    assert "王芳\t店长\tinactive" in printed
    db.open_book(where)


def _buyer(name: str, cents: int, days_ago: int, tier=None, by_hand=False) -> int:
    from custbook.customers import purchases
    from custbook.models import Customer

    cid = customers.save_customer({"name": name, **({"tier": tier} if tier else {})}).id
    if cents:
        purchases.add_purchase(cid, dt.date(2026, 11, 22) - dt.timedelta(days=days_ago), cents,
                               "茶")
    Customer.update(tier_by_hand=by_hand).where(Customer.id == cid).execute()
    return cid


def test_a_tier_rule_moves_up_and_never_lowers_a_tier_set_by_hand_unless_asked(book):
    from custbook.models import Customer
    from custbook.shop import tier_rules

    tiers = {t.key: t for t in Tier.select()}
    big = _buyer("大客户", 1_200_000, 10)
    old = _buyer("去年的", 1_200_000, 400)  # spent, but more than 12 months ago
    kept = _buyer("老朋友", 0, 0, tier=tiers["diamond"].id, by_hand=True)
    rules = [tier_rules.TierRule(t.id, t.rank, t.key == "gold", 1_000_000 if t.key == "gold"
                                 else t.min_spend_cents, 0) for t in tiers.values()]
    preview = tier_rules.preview(rules)
    assert (preview.up, preview.down, preview.kept_by_hand) == (1, 0, 0)
    assert Customer.get_by_id(big).tier_id is None  # a preview moves nobody
    tier_rules.apply(rules)
    assert Customer.get_by_id(big).tier_id == tiers["gold"].id
    assert Customer.get_by_id(old).tier_id is None
    gold_by_visits = [tier_rules.TierRule(r.tier_id, r.rank, r.on, 0 if r.on else
                                          r.min_spend_cents, 1 if r.on else 0) for r in rules]
    Customer.update(tier=tiers["diamond"].id).where(Customer.id == big).execute()
    result = tier_rules.preview(gold_by_visits)
    assert result.down == 1 and result.kept_by_hand == 0  # big's diamond was not by hand
    Customer.update(tier_by_hand=True).where(Customer.id == big).execute()
    result = tier_rules.preview(gold_by_visits)
    assert result.down == 0 and result.kept_by_hand == 1
    tier_rules.apply(gold_by_visits)
    assert Customer.get_by_id(big).tier_id == tiers["diamond"].id  # kept where the owner put it
    assert tier_rules.apply(gold_by_visits, lower_by_hand=True).down == 1
    assert Customer.get_by_id(big).tier_id == tiers["gold"].id
    assert Customer.get_by_id(kept).tier_id == tiers["diamond"].id  # earned nothing: unmoved
    with pytest.raises(ValidationError):
        tier_rules.check(tier_rules.TierRule(1, 0, True, 0, 0))


def test_birthdays_this_week_find_solar_and_lunar_ones(book):
    from custbook.calendar import lunar
    from custbook.shop import home

    monday = dt.date(2026, 11, 23)
    moon = lunar.to_lunar(monday + dt.timedelta(days=2))
    customers.save_customer({"name": "阳历", "birthday_calendar": "solar", "birthday_month": 11,
                             "birthday_day": 24})
    customers.save_customer({"name": "农历", "birthday_calendar": "lunar",
                             "birthday_month": moon.month, "birthday_day": moon.day,
                             "birthday_leap": moon.leap})
    customers.save_customer({"name": "下月", "birthday_calendar": "solar", "birthday_month": 12,
                             "birthday_day": 24})
    found = home.birthdays_between(monday, monday + dt.timedelta(days=6))
    assert [(b.name, b.day, b.lunar) for b in found] == [
        ("阳历", dt.date(2026, 11, 24), False), ("农历", dt.date(2026, 11, 25), True)]


def test_the_first_run_set_up_fits_the_kind_of_shop(book):
    from custbook.shop import kinds

    kinds.set_up("发艺工作室", "阿美", "beauty")
    assert settings.get("shop_name") == "发艺工作室" and settings.get("shop_kind") == "beauty"
    assert [c.key for c in ComplaintCategory.select().order_by(ComplaintCategory.sort_order)] \
        == ["result", "service", "hygiene", "waiting", "price", "other"]
    assert Tier.get(Tier.key == "silver").min_spend_cents == 200_000
    assert settings.get("rule_repurchase_default_days") == 35
    with pytest.raises(ValidationError):
        kinds.set_up("x" * 61, "", "tea")
    assert settings.get("shop_kind") == "beauty"  # refused: nothing changed


def test_the_shops_own_sources_keep_built_in_codes_and_add_its_own(book, chinese):
    assert list(words.sources())[:2] == ["walk_in", "referral"]
    codes = words.save_sources(["小红书", "进店", "Online", "小红书", ""])
    assert codes == ["小红书", "walk_in", "online"]
    assert words.sources() == {"小红书": "小红书", "walk_in": "进店",
                               "online": words.source_label("online")}
    customers.save_customer({"name": "甲", "source": "小红书"})
    customers.save_customer({"name": "乙", "source": "event"})  # no longer offered: kept
    assert words.source_counts() == {"小红书": 1, "event": 1}
    assert words.source_label("event") != "event"


@pytest.mark.sqlite_only("an old book is a .sqlite file")
def test_the_upgrade_keeps_every_customers_tier_and_every_complaints_category(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(BOOKS / "book-v1.sqlite", path)
    conn = sqlite3.connect(path)
    before = (conn.execute("SELECT id, tier_id FROM customer ORDER BY id").fetchall(),
              conn.execute("SELECT id, category_id FROM complaint ORDER BY id").fetchall())
    conn.close()
    assert any(tier for _, tier in before[0]) and any(cat for _, cat in before[1])
    db.open_book(path)
    db.close_book()
    conn = sqlite3.connect(path)
    after = (conn.execute("SELECT id, tier_id FROM customer ORDER BY id").fetchall(),
             conn.execute("SELECT id, category_id FROM complaint ORDER BY id").fetchall())
    conn.close()
    assert after == before


def test_home_finds_the_same_customers_slipping_away_as_the_reports_page(sample_book):
    from custbook.loyalty.loyalty import at_risk_customers
    from custbook.shop import home

    today = dt.date(2026, 11, 22)
    expected = [(c.customer_id, c.purchases, c.spent_cents) for c in at_risk_customers(today, 12)]
    assert expected
    assert [(c.customer_id, c.purchases, c.spent_cents)
            for c in home.slipping_away(today, 12)] == expected
    day = home.the_day(today, dt.datetime(2026, 11, 22, 10))
    assert day.customers == 300 and day.week is not None and len(day.week.visits_per_day) == 7


def test_headless_commands_follow_the_global_lang(book, tmp_path):
    from ui import launch

    customers.save_customer({"name": "金客", "tier": Tier.get(Tier.key == "gold").id})
    where = db.book_location()
    db.close_book()
    try:
        out = tmp_path / "zh.csv"
        assert launch.main(["--lang", "zh_CN", "--db", where, "export", "--format", "csv",
                            "--out", str(out), "--columns", "name,tier"]) == 0
        assert out.read_text(encoding="utf-8-sig").splitlines()[:2] == ["姓名,会员等级",
                                                                      "金客,金卡会员"]
        out = tmp_path / "en.csv"
        assert launch.main(["--lang", "en", "--db", where, "export", "--format", "csv",
                            "--out", str(out), "--columns", "name,tier"]) == 0
        assert out.read_text(encoding="utf-8-sig").splitlines()[:2] == ["Name,Member tier",
                                                                      "金客,Gold"]
    finally:
        i18n.set_translator(None)
        db.open_book(where)
