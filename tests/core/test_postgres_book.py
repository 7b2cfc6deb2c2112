"""A book on PostgreSQL: opening by URL, the schema and its upgrade, search's own index.

The core tests run on PostgreSQL too (the `[postgresql]` runs of `book`/`sample_book`);
these are the things only a server book has.
"""
from __future__ import annotations

import pytest

from custbook import db, migrations
from custbook.cli import main as cli
from custbook.customers import customer_list, search, search_pg
from custbook.safety import bookinfo
from custbook.errors import BookError
from custbook.models import Complaint, database


def test_a_password_is_never_shown():
    assert db.safe_location("postgresql://shop:secret@server:5433/book") == \
        "postgresql://shop@server:5433/book"
    assert db.safe_location("/home/shop/custbook.db") == "/home/shop/custbook.db"


def test_an_address_custbook_does_not_speak_is_refused_in_words():
    with pytest.raises(BookError, match="postgresql://"):
        db.open_book("mysql://shop:secret@server/book")


def test_a_server_that_refuses_says_why_without_the_password(pg_book):
    bad = pg_book.replace("://", "://nobody_here:wrong-secret@", 1) if "@" not in pg_book \
        else "postgresql://nobody_here:wrong-secret@" + pg_book.split("@", 1)[1]
    db.close_book()
    with pytest.raises(BookError) as refused:
        db.open_book(bad)
    assert "wrong-secret" not in str(refused.value)
    assert "nobody_here" in str(refused.value)


def test_a_new_server_book_gets_the_schema_search_and_change_counter(pg_book):
    assert migrations.stored_version(database.obj) == migrations.LATEST
    assert db.is_postgres_book()
    assert search_pg.has_trigram()
    indexes = {r[0] for r in database.execute_sql(
        "SELECT indexname FROM pg_indexes WHERE tablename = 'customer_search'").fetchall()}
    assert search_pg.TRGM_INDEX in indexes
    sequence = database.execute_sql("SELECT to_regclass('custbook_changes')").fetchone()[0]
    assert sequence is not None
    # opening again adds nothing: every part is found in place
    db.close_book()
    db.open_book(pg_book)
    assert not search.ensure_index()


# What steps 2.. added, undone: a new book made into a real version 1 book.
LATER_TABLES = ["customer_search_posting", "customer_search_gone", "attachment_blob", "attachment",
                "custom_field_value", "custom_field", "customer_anniversary",
                "customer_relation", "message_queue_item", "message_queue", "member_import",
                "member_entry", "member_account", "member"]
LATER_COLUMNS = {"tier": ["key", "color", "rule_on", "rule_visits"],
                 "complaint_category": ["key"],
                 "customer": ["tier_by_hand", "prior_spend_cents", "company"]}


def _columns() -> set[tuple]:
    return set(database.execute_sql(
        "SELECT table_name, column_name, data_type, is_nullable, column_default "
        "FROM information_schema.columns WHERE table_schema = 'public'").fetchall())


def test_a_version_1_server_book_is_upgraded_on_open(pg_book):
    fresh = _columns()
    for table in LATER_TABLES:
        database.execute_sql(f'DROP TABLE "{table}" CASCADE')
    for table, columns in LATER_COLUMNS.items():
        for column in columns:
            database.execute_sql(f'ALTER TABLE "{table}" DROP COLUMN "{column}"')
    database.execute_sql('DROP INDEX IF EXISTS "reminder_show_on_early"')
    database.execute_sql("ALTER TABLE complaint ALTER COLUMN status TYPE VARCHAR(16)")
    database.execute_sql("UPDATE schema_version SET version = 1")
    db.close_book()
    db.open_book(pg_book)
    assert migrations.stored_version(database.obj) == migrations.LATEST
    # an upgraded server book is the fresh one: types and defaults (tier.rule_on a boolean
    # defaulting to FALSE) alike
    assert _columns() == fresh
    complaint = Complaint.create(received_at="2026-11-20 10:00:00", status="awaiting_follow_up")
    assert Complaint.get_by_id(complaint.id).status == "awaiting_follow_up"


def test_check_and_info_speak_of_a_server_book(pg_book, capsys):
    db.close_book()
    report = bookinfo.check_file(pg_book)
    assert report.ok and report.schema_version == migrations.LATEST
    assert cli.run(["--db", pg_book, "info"]) == 0
    out = capsys.readouterr().out
    assert "Schema version: " + str(migrations.LATEST) in out
    password = pg_book.split("://", 1)[1].split("@", 1)[0].partition(":")[2]
    if password:
        assert f":{password}@" not in out


def test_three_characters_are_found_through_the_trigram_index(pg_book):
    from custbook.customers import customers

    customers.save_customer({"name": "欧阳娜娜"}, ["138 0013 8000"])
    database.execute_sql("ANALYZE customer_search")
    database.execute_sql("SET enable_seqscan = off")  # a 1-row table would be scanned
    try:
        match = search.matching_ids_sql("欧阳娜")
        plan = "\n".join(r[0] for r in database.execute_sql(
            f"EXPLAIN SELECT s.customer_id FROM customer_search s WHERE {match.where}",
            match.params).fetchall())
    finally:
        database.execute_sql("SET enable_seqscan = on")
    assert search_pg.TRGM_INDEX in plan
    assert [r.name for r in customer_list.search_customers("欧阳娜")] == ["欧阳娜娜"]
    assert [r.name for r in customer_list.search_customers("oyn")] == ["欧阳娜娜"]


def test_check_of_a_server_it_cannot_log_in_to_says_so_not_damaged(pg_book):
    from custbook.safety import bookinfo

    bad = "postgresql://nobody_here:wrong-secret@" + pg_book.split("@", 1)[1]
    db.close_book()
    report = bookinfo.check_server(bad)
    assert report.unreachable and not report.ok
    assert "refused the user name “nobody_here”" in report.problems[0]
    assert "wrong-secret" not in report.problems[0]
