"""Two processes saving cards in one SQLite book at once both succeed: writes wait their turn.

Transactions begin IMMEDIATE, so a second writer waits on the busy timeout instead of
failing at once with "database is locked" when it tries to upgrade a read lock.
"""
from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import pytest

SAVES = 150  # per process: 300 in all

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="forks two writers (POSIX)")


def _writer(book: str, who: int, start, failures) -> None:
    from custbook import db
    from custbook.customers import customers

    db.open_book(book)
    card = customers.save_customer({"name": f"写手{who}"}, ["1380013800" + str(who)])
    start.wait()
    for n in range(SAVES):
        try:
            customers.save_customer({"name": f"写手{who} 第{n}次",
                                     "description": "改" * (n % 9)},
                                    ["1380013800" + str(who)], customer_id=card.id)
        except Exception as exc:  # noqa: BLE001 - counted and reported by the parent
            with failures.get_lock():
                failures.value += 1
            print(f"writer {who}: {exc}")
    db.close_book()


def test_two_processes_saving_different_cards_never_fail(tmp_path: Path):
    from custbook import db

    book = tmp_path / "book.db"
    db.open_book(book)
    db.close_book()
    ctx = multiprocessing.get_context("fork")
    start = ctx.Barrier(2)
    failures = ctx.Value("i", 0)
    writers = [ctx.Process(target=_writer, args=(str(book), who, start, failures))
               for who in (1, 2)]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(120)
        assert writer.exitcode == 0
    assert failures.value == 0
    db.open_book(book)
    from custbook.models import Customer

    assert sorted(c.name for c in Customer.select()) == [
        f"写手1 第{SAVES - 1}次", f"写手2 第{SAVES - 1}次"]


def test_write_transactions_begin_immediate(tmp_path: Path):
    """A write transaction takes the write lock at BEGIN, before its first read."""
    from custbook import db
    from custbook.models import database

    db.open_book(tmp_path / "book.db")
    import sqlite3

    other = sqlite3.connect(tmp_path / "book.db", timeout=0, isolation_level=None)
    with database.atomic():
        database.execute_sql("SELECT count(*) FROM customer")
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
    other.close()
