"""The sample shop generator: reproducible, believable, consistent, and safe with files."""
from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import random
import re
import sqlite3
from pathlib import Path

import pytest

from custbook import models
from custbook.sample import sample_shop
from custbook.sample import sample_words as W
from custbook.sample.sample_random import SampleRandom
from custbook.errors import BookError, Cancelled

TODAY = dt.date(2026, 11, 22)
NOW = "2026-11-22 08:00:00"  # the sample's clock: today at 08:00


def book_digest(path: Path) -> str:
    """A hash of every row of every table (and of the schema), in a fixed order."""
    digest = hashlib.sha256()
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for sql in con.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"):
            digest.update(repr(sql).encode())
        for table in tables:
            digest.update(table.encode())
            # sorted rather than ORDER BY rowid: the search index's FTS5 tables have no rowid
            for row in sorted(repr(r) for r in con.execute(f'SELECT * FROM "{table}"')):
                digest.update(row.encode())
    finally:
        con.close()
    return digest.hexdigest()


@pytest.fixture(scope="module")
def shop(tmp_path_factory) -> tuple[Path, sample_shop.SampleShopReport]:
    path = tmp_path_factory.mktemp("sample") / "shop.db"
    report = sample_shop.generate(path, 500, seed=7, today=TODAY)
    return path, report


@pytest.fixture()
def con(shop):
    connection = sqlite3.connect(f"file:{shop[0]}?mode=ro", uri=True)
    yield connection
    connection.close()


def scalar(con: sqlite3.Connection, sql: str, *args):
    return con.execute(sql, args).fetchone()[0]


# ------------------------------------------------------------------ reproducible
def test_same_seed_same_book_and_other_seed_other_book(tmp_path):
    a = sample_shop.generate(tmp_path / "a.db", 300, seed=11, today=TODAY)
    b = sample_shop.generate(tmp_path / "b.db", 300, seed=11, today=TODAY)
    sample_shop.generate(tmp_path / "c.db", 300, seed=12, today=TODAY)
    assert book_digest(tmp_path / "a.db") == book_digest(tmp_path / "b.db")
    assert book_digest(tmp_path / "a.db") != book_digest(tmp_path / "c.db")
    assert a.purchases == b.purchases


# What the generator writes, column by column (not the columns other code adds later).
SHOP_CONTENT = {
    "staff": "id, name, role, phone, active, created_at",
    "tag": "id, name, color",
    "customer": (
        "id, name, gender, ethnicity, birthday_calendar, birthday_month, birthday_day, "
        "birthday_leap, birth_year, birth_year_estimated, wechat_id, email, address, "
        "clothing_size, shoe_size, description, occupation, work_situation, family, "
        "personality, spending_habits, style_preferences, hobbies, lifestyle, "
        "service_preference, contact_preference, contact_preference_note, "
        "accepts_promotions, promotions_consent_on, personal_values, interest_topics, "
        "referred_by_id, source, tier_id, member_since, first_purchase_on, last_purchase_on, "
        "last_visit_on, purchase_count, total_spent_cents, created_at, updated_at"),
    "customer_phone": "id, customer_id, number, digits, label, is_primary",
    "customer_tag": "id, customer_id, tag_id",
    "purchase": ("id, customer_id, purchased_on, items, product_codes, amount_cents, staff_id, "
                 "note, created_at"),
    "contact_entry": ("id, customer_id, contacted_at, kind, staff_id, summary, outcome, "
                      "created_at"),
    "complaint": (
        "id, customer_id, walk_in_name, walk_in_phone, received_at, channel, purchase_id, "
        "category_id, severity, customer_words, staff_id, status, first_response_at, "
        "listen_notes, listen_by_id, listen_at, apology_given, apology_words, apology_by_id, "
        "apology_at, cause, fault, cause_by_id, cause_at, remedy, remedy_accepted, "
        "remedy_by_id, remedy_at, compensation_kind, compensation_cents, compensation_by_id, "
        "compensation_at, promise, promise_due, promise_kept, promise_settled_at, "
        "promise_by_id, result, result_comment, result_by_id, result_at, follow_up_on, "
        "follow_up_outcome, follow_up_by_id, follow_up_at, closed_at, reopened_count, "
        "created_at, updated_at"),
    "reminder": (
        "id, customer_id, title, kind, due_on, due_time, lead_days, notes, rule, purchase_id, "
        "complaint_id, staff_id, done_at, done_by_id, outcome, created_at, updated_at, "
        "pending_on, next_on, show_on"),
    "satisfaction_record": ("id, customer_id, recorded_on, subject, purchase_id, complaint_id, "
                            "rating, score, recommend, comment, staff_id, created_at"),
}


def test_a_seed_still_gives_the_shop_it_gave(shop):
    """The generator was made faster for #20 (draws written out in its hot loops, rows
    written many to a statement, ...) without changing a value: the 500-customer shop of
    seed 7 is, column for column, the one the generator wrote before. If the sample is
    changed on purpose, this digest changes with it (and the screenshots are retaken)."""
    digest = hashlib.sha256()
    con = sqlite3.connect(shop[0])
    try:
        for table, columns in SHOP_CONTENT.items():
            digest.update(table.encode())
            for row in con.execute(f'SELECT {columns} FROM "{table}" ORDER BY id'):
                digest.update(repr(row).encode())
    finally:
        con.close()
    assert digest.hexdigest() == (
        "5bdf326ceca022ba49c05977d3c24a2bd406105724b9f219ddc5b81ca1835062")


class _OneDrawRandom(random.Random):
    """random.Random with SampleRandom's integer rule and nothing else of it."""

    def _randbelow(self, n: int) -> int:
        return int(self.random() * n)


@pytest.mark.parametrize("size", [3, 8, 21, 22, 60, 200])
def test_sample_random_samples_as_random_does(size):
    """SampleRandom.sample runs random.Random.sample's own steps: same picks, same stream."""
    population = tuple(f"p{i}" for i in range(size))
    fast, plain = SampleRandom(size), _OneDrawRandom(size)
    for k in sorted({0, 1, 2, 3, 4, 5, 6, 9, size} & set(range(size + 1))):
        for container in (population, list(population)):
            assert fast.sample(container, k) == plain.sample(container, k)
    assert fast.sample(range(size), 2) == plain.sample(range(size), 2)  # not a list: its own
    assert fast.random() == plain.random()


def test_sample_random_normals_are_random_gauss():
    """SampleRandom's normals are random.Random.gauss's: the pair, the kept half, the draws."""
    fast, plain = SampleRandom(20261122), random.Random(20261122)
    for i in range(2001):
        if i % 7 == 3:
            assert fast.random() == plain.random()  # between the two halves of a pair
        elif i % 3:
            assert fast.normal() == plain.gauss()
        else:
            assert fast.gauss(37, 1.2) == plain.gauss(37, 1.2)
    assert fast.random() == plain.random()


def test_nothing_comes_from_the_clock(tmp_path):
    """With `today` long ago, no date or moment may lie after the sample's clock."""
    path = tmp_path / "old.db"
    sample_shop.generate(path, 200, seed=3, today=dt.date(2019, 6, 1))
    con = sqlite3.connect(path)
    try:
        for table in [r[0] for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]:
            for _, column, kind, *_ in con.execute(f'PRAGMA table_info("{table}")'):
                limit = {"DATETIME": "2019-06-01 08:00:00", "DATE": "2019-07-15"}.get(kind)
                if limit:
                    latest = scalar(con, f'SELECT max("{column}") FROM "{table}"')
                    assert latest is None or latest <= limit, (table, column, latest)
    finally:
        con.close()


# ------------------------------------------------------------------ believable
def test_counts_are_sensible(shop, con):
    path, report = shop
    assert report.customers == 500 == scalar(con, "SELECT count(*) FROM customer")
    assert 8 <= report.purchases / report.customers <= 12
    assert report.purchases == scalar(con, "SELECT count(*) FROM purchase")
    assert 1.2 <= report.contacts / report.customers <= 3
    assert report.complaints == scalar(con, "SELECT count(*) FROM complaint")
    assert report.staff == 5 == scalar(con, "SELECT count(*) FROM staff")
    assert report.tags == 12 == scalar(con, "SELECT count(*) FROM tag")
    assert 1.1 <= report.customer_tags / report.customers <= 2
    assert 0.04 <= report.reminders / report.customers <= 0.25
    assert report.satisfaction_records > 0.15 * report.customers
    assert report.seconds > 0
    assert scalar(con, "SELECT value FROM setting WHERE key = 'shop_name'") == "云裳服饰 · 示例店"


def test_complaints_at_every_stage(shop, con):
    statuses = {r[0] for r in con.execute("SELECT status FROM complaint")}
    assert statuses == {"new", "in_progress", "awaiting_follow_up", "resolved", "closed"}
    assert scalar(con, "SELECT count(*) FROM complaint WHERE customer_id IS NULL "
                       "AND walk_in_name <> ''") >= 2


def test_complaint_columns_match_status(tmp_path):
    path = tmp_path / "complaints.db"
    sample_shop.generate(path, 3000, seed=5, today=TODAY)  # ~80 complaints
    con = sqlite3.connect(path)
    con.row_factory = sqlite3.Row
    try:
        rows = con.execute("SELECT * FROM complaint").fetchall()
        seen_overdue = seen_broken = seen_kept = False
        for c in rows:
            s = c["status"]
            assert c["received_at"] <= c["updated_at"] <= NOW
            assert c["category_id"] is not None and c["customer_words"]
            assert (c["customer_id"] is None) == bool(c["walk_in_name"])
            if s == "new":
                assert c["first_response_at"] is None and c["listen_at"] is None
                assert c["result"] == "" and c["remedy"] == "" and c["closed_at"] is None
                continue
            assert c["received_at"] < c["first_response_at"] == c["listen_at"]
            steps = [c[k] for k in ("listen_at", "apology_at", "cause_at", "remedy_at")
                     if c[k] is not None]
            assert steps == sorted(steps)
            if s == "in_progress":
                assert c["result"] == "" and c["result_at"] is None
                assert c["follow_up_on"] is None and c["closed_at"] is None
                continue
            assert c["result"] in ("satisfied", "neutral", "dissatisfied")
            assert c["remedy_at"] <= c["result_at"] <= NOW
            if c["compensation_kind"]:
                assert c["compensation_cents"] > 0 and c["compensation_at"] <= c["result_at"]
            if s == "awaiting_follow_up":
                assert c["follow_up_on"] is not None and c["follow_up_at"] is None
                assert c["closed_at"] is None
            if s == "resolved":
                assert c["follow_up_at"] and c["follow_up_outcome"] and c["closed_at"] is None
                assert c["result_at"] < c["follow_up_at"]
            if s == "closed":
                assert c["closed_at"] is not None and c["closed_at"] >= c["result_at"]
            if c["promise"]:
                kept = c["promise_kept"]
                seen_kept |= kept == 1
                seen_broken |= kept == 0
                seen_overdue |= kept is None and c["promise_due"] < TODAY.isoformat()
                if kept is not None:
                    assert c["promise_settled_at"] is not None
        assert seen_kept and seen_broken and seen_overdue
        assert con.execute("SELECT count(*) FROM satisfaction_record WHERE subject='complaint' "
                           "AND complaint_id IS NOT NULL").fetchone()[0] > 0
    finally:
        con.close()


def test_birthdays(shop, con):
    rows = con.execute("SELECT birthday_calendar, birthday_month, birthday_day, birthday_leap, "
                       "birth_year FROM customer WHERE birthday_calendar <> ''").fetchall()
    assert 0.6 * 500 <= len(rows) <= 0.9 * 500
    lunar = [r for r in rows if r[0] == "lunar"]
    assert 0.1 * len(rows) <= len(lunar) <= 0.3 * len(rows)
    leap = [r for r in rows if r[3]]
    assert leap and all(r[0] == "lunar" for r in leap)
    for _, month, day, is_leap, year in rows:
        if _ == "lunar":
            assert 1 <= month <= 12 and 1 <= day <= 29
            if is_leap:
                assert W.LUNAR_LEAP_MONTHS[year] == month
        else:
            last = calendar.monthrange(year or 2001, month)[1]  # 29 Feb only in leap years
            assert 1 <= day <= last


def test_leap_months_are_real_leap_months():
    lunar_python = pytest.importorskip("lunar_python")
    for year, month in W.LUNAR_LEAP_MONTHS.items():
        assert lunar_python.LunarYear.fromYear(year).getLeapMonth() == month


def test_names_phones_and_tags(shop, con):
    names = [r[0] for r in con.execute("SELECT name FROM customer")]
    english = [n for n in names if re.fullmatch(r"[A-Za-z]+ [A-Za-z]+", n)]
    assert 0.03 * len(names) <= len(english) <= 0.15 * len(names)
    for number, digits, label in con.execute("SELECT number, digits, label FROM customer_phone"):
        if label == "mobile" or digits.startswith("1"):
            assert re.fullmatch(r"1[3-9]\d{9}", digits) and number == "+86" + digits
        else:
            assert re.fullmatch(r"0\d{10,11}", digits) and number == "+86" + digits[1:]
    assert scalar(con, "SELECT count(*) FROM customer_phone GROUP BY digits "
                       "ORDER BY count(*) DESC LIMIT 1") == 1
    assert scalar(con, "SELECT count(*) FROM customer_phone WHERE NOT is_primary") > 0
    assert scalar(con, "SELECT count(*) FROM customer WHERE referred_by_id >= id") == 0
    assert 0.3 <= scalar(con, "SELECT avg(wechat_id <> '') FROM customer") <= 0.7
    assert 0.45 <= scalar(con, "SELECT avg(accepts_promotions) FROM customer") <= 0.75
    assert scalar(con, "SELECT count(*) FROM customer WHERE accepts_promotions "
                       "AND promotions_consent_on IS NULL") == 0


def test_phones_are_what_libphonenumber_makes_of_them(shop, con):
    """Stored number and digits equal the E.164 and national digits of the number."""
    phonenumbers = pytest.importorskip("phonenumbers")
    for number, digits in con.execute("SELECT number, digits FROM customer_phone"):
        parsed = phonenumbers.parse(number, "CN")
        assert phonenumbers.is_valid_number(parsed), number
        national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
        assert "".join(ch for ch in national if ch.isdigit()) == digits


def test_reminders_are_sample_one_offs(shop, con):
    kinds = {r[0] for r in con.execute("SELECT kind FROM reminder")}
    assert {"follow_up", "birthday"} <= kinds
    assert scalar(con, "SELECT count(*) FROM reminder WHERE rule <> 'sample' "
                       "OR rule_key IS NOT NULL OR repeat <> 'none'") == 0
    assert scalar(con, "SELECT count(*) FROM reminder WHERE done_at IS NOT NULL") > 0
    assert scalar(con, "SELECT count(*) FROM reminder WHERE done_at IS NULL "
                       "AND due_on >= ?", TODAY.isoformat()) > 0


# ------------------------------------------------------------------ consistent
def test_running_figures_match_purchases(shop, con):
    wrong = con.execute("""
        SELECT c.id FROM customer c LEFT JOIN (
            SELECT customer_id, count(*) n, sum(amount_cents) total,
                   min(purchased_on) first, max(purchased_on) last
            FROM purchase GROUP BY customer_id) p ON p.customer_id = c.id
        WHERE c.purchase_count <> coalesce(p.n, 0)
           OR c.total_spent_cents <> coalesce(p.total, 0)
           OR c.first_purchase_on IS NOT p.first
           OR c.last_purchase_on IS NOT p.last""").fetchall()
    assert wrong == []
    visits = con.execute("""
        SELECT c.id FROM customer c
        WHERE c.last_visit_on IS NOT (
            SELECT max(d) FROM (
                SELECT max(purchased_on) d FROM purchase WHERE customer_id = c.id
                UNION ALL
                SELECT max(date(contacted_at)) FROM contact_entry
                WHERE customer_id = c.id AND kind = 'visit'))""").fetchall()
    assert visits == []
    assert scalar(con, "SELECT max(purchased_on) FROM purchase") < TODAY.isoformat()
    assert scalar(con, "SELECT min(purchased_on) FROM purchase") >= (
        TODAY - dt.timedelta(days=730)).isoformat()


def test_tiers_follow_spend(shop, con):
    tiers = con.execute("SELECT id, min_spend_cents FROM tier ORDER BY min_spend_cents").fetchall()
    for tier_id, total in con.execute(
            "SELECT tier_id, total_spent_cents FROM customer WHERE tier_id IS NOT NULL"):
        assert tier_id == max((t for t in tiers if t[1] <= total), key=lambda t: t[1])[0]
    assert scalar(con, "SELECT count(*) FROM customer WHERE tier_id IS NOT NULL "
                       "AND member_since IS NULL") == 0


def test_money_is_integer_cents_and_keys_hold(shop, con):
    for table, column in (("purchase", "amount_cents"), ("customer", "total_spent_cents"),
                          ("complaint", "compensation_cents"), ("tier", "min_spend_cents")):
        assert scalar(con, f"SELECT count(*) FROM {table} WHERE typeof({column}) <> 'integer'") == 0
    assert scalar(con, "SELECT count(*) FROM purchase WHERE amount_cents <= 0") == 0
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    assert scalar(con, "PRAGMA integrity_check") == "ok"
    assert scalar(con, "PRAGMA journal_mode") == "wal"


def test_book_opens_with_the_models(shop):
    from custbook import db

    before = models.database.obj
    db.open_book(shop[0])
    try:
        assert models.Customer.select().count() == 500
        assert models.Complaint.select().where(models.Complaint.status == "new").count() >= 1
    finally:
        db.close_book()
        models.database.initialize(before)


def test_the_book_bound_before_is_bound_again(tmp_path):
    from custbook import db

    mine = db.open_book(tmp_path / "real.db")
    try:
        models.Staff.create(name="Me")
        sample_shop.generate(tmp_path / "sample.db", 50, today=TODAY)
        assert models.database.obj is mine
        assert [s.name for s in models.Staff.select()] == ["Me"]
    finally:
        db.close_book()


# ------------------------------------------------------------------ files
def test_refuses_an_existing_file(tmp_path):
    path = tmp_path / "mine.db"
    path.write_bytes(b"precious")
    with pytest.raises(BookError):
        sample_shop.generate(path, 10, today=TODAY)
    assert path.read_bytes() == b"precious"


def test_cancel_deletes_the_file_and_unbinds(tmp_path):
    path = tmp_path / "cancelled.db"
    before = models.database.obj
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return len(calls) < 3

    with pytest.raises(Cancelled):
        sample_shop.generate(path, 400, today=TODAY, progress=progress)
    assert len(calls) == 3
    assert [p.name for p in tmp_path.iterdir() if p.name != "xdg-data"] == []
    notes = tmp_path / "xdg-data" / "Custbook" / "closed-cleanly"
    assert not notes.exists() or list(notes.iterdir()) == []  # no note of a clean close
    assert models.database.obj is before


def test_progress_is_called_a_few_hundred_times_at_most(tmp_path):
    calls = []
    report = sample_shop.generate(tmp_path / "p.db", 1000, today=TODAY,
                                  progress=lambda done, total: calls.append((done, total)))
    assert report.customers == 1000  # returning None does not cancel
    assert 10 <= len(calls) <= 300
    assert calls[-1][0] == calls[-1][1]
    assert [c[0] for c in calls] == sorted(c[0] for c in calls)
