"""Privacy: export everything about one customer (JSON and PDF), and erase them for good."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from pypdf import PdfReader

from custbook.calendar import reminder_actions
from custbook.customers import customers
from custbook.loyalty import satisfaction_records
from custbook.safety import audit, privacy
from custbook.errors import CustbookError
from custbook.models import AuditEntry, Customer, database
from tests.conftest import TODAY

NAME, PHONE = "欧阳静雯", "13700009999"


def rich_customer() -> int:
    """A sample customer with history of every kind, renamed to something unmistakable.

    The sample's first customer with purchases, contacts and a complaint; a reminder and a
    rating are added when the draw gave them none, so the test never rests on the seed."""
    cid = database.execute_sql("""
        SELECT c.id FROM customer c WHERE purchase_count > 0 AND deleted_at IS NULL
        AND EXISTS (SELECT 1 FROM contact_entry e WHERE e.customer_id = c.id)
        AND EXISTS (SELECT 1 FROM complaint x WHERE x.customer_id = c.id)
        ORDER BY c.id LIMIT 1""").fetchone()[0]
    if not count("reminder", cid):
        reminder_actions.save_reminder({"title": "回访", "kind": "follow_up", "due_on": TODAY
                                        + dt.timedelta(days=3), "customer_id": cid}, TODAY)
    if not count("satisfaction_record", cid):
        satisfaction_records.record(cid, "satisfied", subject="other", on=TODAY, today=TODAY)
    card = customers.get_card(cid)
    customers.save_customer(dict(card.fields, name=NAME, hobbies=f"{NAME}喜欢茶"), [PHONE],
                            customer_id=cid, tags=card.tags + ["隐私"])
    customers.set_photo(cid, b"\xff\xd8photo")
    database.execute_sql("UPDATE purchase SET note = ? WHERE customer_id = ?",
                         (f"{NAME} 电话 {PHONE}", cid))
    database.execute_sql("UPDATE complaint SET walk_in_phone = ?, customer_words = ? "
                         "WHERE customer_id = ?", (PHONE, f"我是{NAME}", cid))
    return cid


def count(table: str, cid: int) -> int:
    return database.execute_sql(f"SELECT count(*) FROM {table} WHERE customer_id = ?",
                                (cid,)).fetchone()[0]


def test_the_json_holds_everything_about_the_customer(sample_book, tmp_path):
    cid = rich_customer()
    json_path, pdf_path = privacy.write_export(cid, tmp_path)
    data = json.loads(json_path.read_text(encoding="utf-8"))
    every_column = {f.column_name for f in Customer._meta.sorted_fields}
    assert set(data["customer"]) == every_column and data["customer"]["name"] == NAME
    assert [p["number"] for p in data["phones"]] == ["+86" + PHONE]
    assert "隐私" in data["tags"] and data["photo"]["mime"] == "image/jpeg"
    for key, table in (("purchases", "purchase"), ("contacts", "contact_entry"),
                       ("complaints", "complaint"), ("reminders", "reminder"),
                       ("satisfaction", "satisfaction_record"), ("audit", "audit_entry")):
        assert len(data[key]) == count(table, cid) > 0, key
    assert sum(p["amount_cents"] for p in data["purchases"]) == \
        Customer.get_by_id(cid).total_spent_cents
    assert {e["field"] for e in data["audit"]} >= {"name", "hobbies", "phones", "tags"}

    text = "".join(page.extract_text() for page in PdfReader(pdf_path).pages)
    assert NAME in text and "+86" + PHONE in text
    assert len(PdfReader(pdf_path).pages) >= 2


def test_exporting_into_a_missing_folder_says_so(sample_book, tmp_path):
    cid = rich_customer()
    with pytest.raises(CustbookError, match="does not exist"):
        privacy.write_export(cid, tmp_path / "no such folder")


def text_columns() -> list[tuple[str, str]]:
    """Every text column of every table in the book (search index internals included)."""
    from tests.book_rows import text_columns

    return text_columns()


def shop_totals() -> tuple:
    return database.execute_sql("""SELECT
        (SELECT count(*) FROM purchase), (SELECT sum(amount_cents) FROM purchase),
        (SELECT count(*) FROM complaint), (SELECT sum(compensation_cents) FROM complaint)
        """).fetchone() + tuple(
        tuple(r[0] for r in database.execute_sql(f"SELECT {column} FROM {table} ORDER BY id"))
        for table, column in (("complaint", "status"), ("satisfaction_record", "rating")))


def test_erase_leaves_no_personal_data_anywhere_and_the_totals_unchanged(sample_book):
    cid = rich_customer()
    before = shop_totals()
    columns = text_columns()
    assert any(database.execute_sql(f'SELECT 1 FROM "{t}" WHERE "{c}" LIKE ?',
                                    (f"%{NAME}%",)).fetchone() for t, c in columns)

    privacy.erase_customer(cid)

    for table, column in columns:
        for needle in (NAME, PHONE):
            hit = database.execute_sql(f'SELECT count(*) FROM "{table}" WHERE "{column}" LIKE ?',
                                       (f"%{needle}%",)).fetchone()[0]
            assert hit == 0, (table, column, needle)
    assert Customer.get_or_none(Customer.id == cid) is None
    for table in ("customer_phone", "customer_tag", "customer_photo", "contact_entry",
                  "reminder", "customer_search", "audit_entry", "purchase", "complaint",
                  "satisfaction_record"):
        assert count(table, cid) == 0, table
    assert shop_totals() == before
    last = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert (last.action, last.customer_id, last.customer_name, last.old_value,
            last.new_value) == ("privacy_erased", None, "", "", "")
    assert customers.search_customers(NAME) == []
    with pytest.raises(CustbookError):
        privacy.erase_customer(cid)


def test_a_failed_erase_changes_nothing(sample_book, monkeypatch):
    cid = rich_customer()
    before = shop_totals(), count("purchase", cid), count("audit_entry", cid)

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(audit, "record", broken)
    with pytest.raises(RuntimeError):
        privacy.erase_customer(cid)
    assert (shop_totals(), count("purchase", cid), count("audit_entry", cid)) == before
    assert Customer.get_by_id(cid).name == NAME
