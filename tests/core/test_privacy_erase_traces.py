"""A privacy erase leaves no copy of the person anywhere in the book or its file.

Not in an import's "before" copy of the card, not in another customer's audit trail
(the old referred-by), not as a merged-away duplicate waiting in the trash, and (on
SQLite) not in the file's free pages or its WAL.
"""
from __future__ import annotations

import json
from pathlib import Path

from custbook.customers import customers, merge
from custbook.exchange import importer
from custbook.models import AuditEntry, Customer, ImportBatch
from custbook.safety import privacy

NAME = "甄秘密"
PHONE = "13912345678"
NOTE = "只有她才有的备注词语"


def _text(stored: str) -> str:
    return json.dumps(json.loads(stored or "{}"), ensure_ascii=False)


def _the_person_everywhere(tmp_path: Path) -> int:
    person = customers.save_customer({"name": NAME, "description": NOTE}, [PHONE])
    friend = customers.save_customer({"name": "李朋友", "referred_by": person.id}, ["13800000001"])
    customers.save_customer({"name": "李朋友", "referred_by": None}, ["13800000001"],
                            customer_id=friend.id)  # the audit keeps the old referred-by
    twin = customers.save_customer({"name": NAME, "description": NOTE + "二"}, ["13912345679"])
    merge.merge_customers(person.id, twin.id, [])  # the duplicate goes to the trash
    source = tmp_path / "update.csv"
    source.write_text(f"姓名,手机,备注\n{NAME},{PHONE},新备注\n", encoding="utf-8")
    plan = importer.plan_file(source, "update")
    importer.apply_plan(plan)  # the batch keeps the card as it was, for undo
    return person.id


def test_nothing_of_the_person_is_left_in_the_rows(book, tmp_path):
    person_id = _the_person_everywhere(tmp_path)
    assert any(NAME in _text(b.previous) for b in ImportBatch.select())
    privacy.erase_customer(person_id)
    assert not Customer.select().where(Customer.name == NAME).exists()
    for batch in ImportBatch.select():
        assert NAME not in _text(batch.previous) and NOTE not in _text(batch.previous)
    for entry in AuditEntry.select():
        values = f"{entry.customer_name} {entry.old_value} {entry.new_value}"
        assert NAME not in values and PHONE not in values


def test_nothing_of_the_person_is_left_in_the_file(book, tmp_path):
    if "://" in str(book):
        return  # a server's storage is the server's business
    person_id = _the_person_everywhere(tmp_path)
    privacy.erase_customer(person_id)
    for suffix in ("", "-wal"):
        path = Path(f"{book}{suffix}")
        if path.exists():
            raw = path.read_bytes()
            for secret in (NAME, PHONE, NOTE):
                assert secret.encode("utf-8") not in raw, (suffix, secret)
