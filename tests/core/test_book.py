"""A new book: every table exists, SQLite is tuned for safety, defaults are seeded."""
from __future__ import annotations

import datetime as dt

import pytest

from custbook import db, migrations, models, settings
from custbook.models import Customer, CustomerPhone, Purchase


def test_new_book_has_every_table_and_the_latest_version(book):
    tables = set(db.database_obj().get_tables())
    assert {m._meta.table_name for m in models.ALL_MODELS} <= tables
    assert migrations.stored_version(db.database_obj()) == migrations.LATEST


@pytest.mark.sqlite_only("SQLite's pragmas (WAL, foreign keys, synchronous=FULL)")
def test_sqlite_is_opened_for_safety(book):
    database = db.database_obj()
    assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert database.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_new_book_is_seeded_with_editable_lists(book):
    assert [c.name for c in models.ComplaintCategory.select().order_by(
        models.ComplaintCategory.sort_order)][0] == "Product quality"
    assert models.Tier.select().count() == 4
    assert settings.get("promised_response_hours") == 24


def test_settings_keep_their_type(book):
    settings.set("promised_response_hours", 12)
    settings.set("shop_name", "云裳服饰")
    assert settings.get("promised_response_hours") == 12
    assert settings.get("shop_name") == "云裳服饰"
    with pytest.raises(KeyError):
        settings.set("no_such_setting", 1)


@pytest.mark.sqlite_only("SQLite's typeof(): a PostgreSQL column is typed by the schema")
def test_money_is_stored_as_integer_cents(book):
    customer = Customer.create(name="王芳")
    Purchase.create(customer=customer, purchased_on=dt.date(2026, 1, 5), amount_cents=129950)
    raw = db.database_obj().execute_sql("SELECT typeof(amount_cents), amount_cents "
                                        "FROM purchase").fetchone()
    assert raw == ("integer", 129950)


def test_deleting_a_customer_removes_their_phones_and_purchases(book):
    customer = Customer.create(name="李雷")
    CustomerPhone.create(customer=customer, number="+8613800138000", digits="13800138000")
    Purchase.create(customer=customer, purchased_on=dt.date(2026, 1, 5), amount_cents=100)
    customer.delete_instance()
    assert CustomerPhone.select().count() == 0
    assert Purchase.select().count() == 0


def test_a_referral_survives_the_referrer_being_erased(book):
    referrer = Customer.create(name="张三")
    friend = Customer.create(name="李四", referred_by=referrer)
    referrer.delete_instance()
    assert Customer.get_by_id(friend.id).referred_by is None


def test_missing_folder_is_a_clear_error(tmp_path):
    from custbook.errors import BookError

    with pytest.raises(BookError, match="does not exist"):
        db.open_book(tmp_path / "no" / "such" / "book.db")


def test_the_core_never_imports_qt():
    from pathlib import Path

    core = Path(db.__file__).parent
    offenders = [p.name for p in core.rglob("*.py")
                 if "PySide6" in p.read_text(encoding="utf-8")
                 or "from ui" in p.read_text(encoding="utf-8")]
    assert offenders == []
