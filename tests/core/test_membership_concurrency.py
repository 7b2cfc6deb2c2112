"""Two PCs top up and spend the same card at the same moment: no entry lost, no overdraw.

The "PCs" are real processes opening the same book (a PostgreSQL URL, or the same
SQLite file) and going through custbook.membership.ledger as the window does.
"""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from custbook import db
from custbook.customers import customers
from custbook.membership import accounts, ledger
from custbook.models import MemberEntry

ROOT = Path(__file__).resolve().parents[2]

PC = textwrap.dedent("""
    import sys
    from custbook import db
    from custbook.errors import ValidationError
    from custbook.membership import ledger

    where, cid, rounds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    db.open_book(where)
    sys.stdin.readline()  # start together
    spent = refused = 0
    for _ in range(rounds):
        ledger.top_up(cid, 100)
        try:
            ledger.spend(cid, 300)
            spent += 1
        except ValidationError:
            refused += 1
    print(spent, refused, flush=True)
    db.close_book()
""")


def run_pcs(where: str, cid: int, pcs: int, rounds: int) -> list[tuple[int, int]]:
    env = dict(os.environ, CUSTBOOK_NO_BOOTSTRAP="1", PYTHONPATH=str(ROOT))
    procs = [subprocess.Popen([sys.executable, "-c", PC, where, str(cid), str(rounds)],
                              cwd=ROOT, env=env, text=True, stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for _ in range(pcs)]
    for p in procs:
        p.stdin.write("go\n")
        p.stdin.flush()
    results = []
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
        spent, refused = map(int, out.split())
        results.append((spent, refused))
    return results


def check_ledger(cid: int, start: int, pcs: int, rounds: int, results) -> None:
    spent = sum(s for s, _ in results)
    assert sum(s + r for s, r in results) == pcs * rounds
    balance = accounts.balances(cid).value_cents
    assert balance == start + pcs * rounds * 100 - spent * 300
    assert balance >= 0
    entries = list(MemberEntry.select().where(MemberEntry.customer == cid)
                   .order_by(MemberEntry.id))
    assert len(entries) == 1 + pcs * rounds + spent  # no entry lost
    running = 0
    for e in entries:  # every entry starts from the balance the previous one left
        assert e.balance_before == running and e.balance_after == running + e.amount >= 0
        running = e.balance_after
    assert running == balance


def test_two_pcs_on_postgresql_never_lose_an_entry_nor_overdraw(pg_book):
    cid = customers.save_customer({"name": "王芳"}, []).id
    ledger.top_up(cid, 500)
    db.close_book()
    results = run_pcs(pg_book, cid, 2, 25)
    db.open_book(pg_book)
    check_ledger(cid, 500, 2, 25, results)


def test_two_processes_on_one_sqlite_file_queue_their_writes(tmp_path):
    path = tmp_path / "book.db"
    db.open_book(path)
    cid = customers.save_customer({"name": "王芳"}, []).id
    ledger.top_up(cid, 500)
    db.close_book()
    results = run_pcs(str(path), cid, 2, 15)
    db.open_book(path)
    check_ledger(cid, 500, 2, 15, results)
