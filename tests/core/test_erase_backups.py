"""Erasing a customer for privacy from the backups too: every backup in the data folder
and the second folder is rewritten without them (not a byte of their name or phone
left), the others' data intact; a backup that cannot be rewritten is named, the rest
still done; the audit trail counts the backups cleaned."""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from custbook import clock, db
from custbook.cli import main as cli
from custbook.customers import customer_list, customers
from custbook.models import AuditEntry, Customer, Purchase
from custbook.safety import backup, privacy, restore

pytestmark = pytest.mark.sqlite_only("backups are files of a SQLite book")

NAME, PHONE = "隐私测试人", "13912345678"
SECRETS = [NAME.encode("utf-8"), PHONE.encode("ascii"), "隐私测试".encode("utf-8")]


def shop(tmp_path: Path) -> tuple[Path, int, int, Path]:
    """A book with the person and one other customer, backed up three times (the first
    before the person came), each copied to a second folder too."""
    book = tmp_path / "shop.db"
    usb = tmp_path / "usb"
    usb.mkdir()
    db.open_book(book)
    kept = customers.save_customer({"name": "保留顾客", "description": "常客"}, ["13800001111"])
    Purchase.create(customer=kept.id, purchased_on=clock.today(), amount_cents=5000,
                    items="茶叶", note="保留顾客的单")
    backup.take_backup(book, kind=backup.MANUAL, second_folder=usb)
    clock.set_clock(clock.FixedClock(clock.now() + dt.timedelta(minutes=1)))
    person = customers.save_customer({"name": NAME, "description": f"{NAME}喜欢红茶",
                                      "referred_by": kept.id}, [PHONE])
    Purchase.create(customer=person.id, purchased_on=clock.today(), amount_cents=12000,
                    items="红茶", note=f"{NAME}的单")
    customers.save_customer({"name": "保留顾客", "description": "介绍了一位朋友"},
                            ["13800001111"], customer_id=kept.id)
    for minutes in (2, 3):
        clock.set_clock(clock.FixedClock(clock.now() + dt.timedelta(minutes=1)))
        backup.take_backup(book, kind=backup.MANUAL, second_folder=usb)
    return book, person.id, kept.id, usb


def holds_secret(path: Path) -> bool:
    data = path.read_bytes()
    return any(secret in data for secret in SECRETS)


def test_every_backup_is_rewritten_without_the_person_and_keeps_the_others(tmp_path):
    book, person, kept, usb = shop(tmp_path)
    before = backup.list_backups(book, usb)
    assert len(before) == 6 and sum(holds_secret(b.path) for b in before) == 4
    result = privacy.erase_customer_and_backups(person, book, second_folder=usb)
    assert len(result.cleaned) == 4 and len(result.without) == 2 and not result.failed
    assert result.problem() is None
    for item in backup.list_backups(book, usb):
        assert not holds_secret(item.path), item.path
        assert not list(item.path.parent.glob("*.partial*"))
        conn = sqlite3.connect(item.path)
        try:
            assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            assert conn.execute("SELECT id, name FROM customer").fetchall() == [(kept, "保留顾客")]
            assert conn.execute("SELECT number FROM customer_phone").fetchall() == [
                ("+8613800001111",)]
            assert ("保留顾客的单", 5000) in conn.execute(
                "SELECT note, amount_cents FROM purchase").fetchall()
        finally:
            conn.close()
    entries = list(AuditEntry.select().where(AuditEntry.action == "privacy_erased")
                   .order_by(AuditEntry.id))
    assert [(e.field, e.new_value, e.customer_name) for e in entries] == [
        ("", "", ""), ("backups_cleaned", "4", "")]
    assert Purchase.select().where(Purchase.amount_cents == 12000).get().note == ""


def test_a_rewritten_backup_restores_into_a_book_that_searches(tmp_path):
    book, person, kept, usb = shop(tmp_path)
    privacy.erase_customer_and_backups(person, book)
    newest = backup.list_backups(book)[0].path
    db.close_book()
    restore.restore(newest, book)
    db.open_book(book)
    assert [c.name for c in Customer.select()] == ["保留顾客"]
    assert [r.id for r in customer_list.search_customers("保留")] == [kept]
    assert [r.id for r in customer_list.search_customers("1111")] == [kept]
    assert customer_list.search_customers(PHONE[-4:]) == []


def test_backups_that_cannot_be_rewritten_are_named_and_the_rest_done(tmp_path):
    book, person, kept, usb = shop(tmp_path)
    folder = backup.book_folder(book)
    good = backup.list_backups(book)[0].path
    damaged = folder / "shop-20261101-090000-manual.db"
    damaged.write_bytes(good.read_bytes()[:8192] + b"\0" * 8192)
    read_only = folder / "shop-20261102-090000-manual.db"
    original = good.read_bytes()
    read_only.write_bytes(original)
    os.chmod(read_only, 0o400)
    dump = folder / "shop-20261103-090000-manual.dump"
    dump.write_bytes(b"PGDMP" + NAME.encode("utf-8"))
    result = privacy.erase_customer_and_backups(person, book, second_folder=usb)
    assert len(result.cleaned) == 4
    failed = {path.name: why for path, why in result.failed}
    assert failed == {damaged.name: "the file is damaged", read_only.name: "the file is read-only",
                      dump.name: "a server's pg_dump file, which Custbook cannot rewrite"}
    sentence = result.problem()
    assert sentence.startswith("These backups could not be rewritten and still hold the "
                               "customer: ") and sentence.count(";") == 2
    assert read_only.read_bytes() == original  # left exactly as it was
    assert not list(folder.glob("*.partial*"))


def test_the_erase_command_cleans_the_backups_and_names_what_it_could_not(tmp_path, capsys):
    book, person, kept, usb = shop(tmp_path)
    dump = backup.book_folder(book) / "shop-20261103-090000-manual.dump"
    dump.write_bytes(b"PGDMP")
    db.close_book()
    assert cli.run(["--db", str(book), "erase", str(person), "--name", "别人"]) == 2
    assert "is not called “别人”; nothing was erased" in capsys.readouterr().err
    status = cli.run(["--db", str(book), "erase", str(person), "--name", NAME,
                      "--from-backups", "--second-folder", str(usb)])
    out, err = capsys.readouterr()
    assert status == 1
    assert f"Customer {person} erased; 4 backups rewritten without them, 2 never held them." in out
    assert err.strip() == ("custbook: These backups could not be rewritten and still hold the "
                           f"customer: {dump.name} (a server's pg_dump file, which Custbook "
                           "cannot rewrite). Delete them by hand, or let them rotate out.")
    assert not holds_secret(book)
    assert not any(holds_secret(b.path) for b in backup.list_backups(book, usb)
                   if b.path.suffix == ".db")
