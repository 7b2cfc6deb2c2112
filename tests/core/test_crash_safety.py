"""Killing Custbook in the middle of a write never leaves half a change behind.

A child process repeats one kind of user action on a real book — saving a customer
card, adding a large batch of purchases in one transaction (what an import does),
restoring a backup — and is killed with SIGKILL at a random moment. After each kill
the book must pass `PRAGMA integrity_check` and hold a whole number of actions: the
action in flight is either fully there or not there at all. The child counts its
finished actions in shared memory, so the parent knows the book must hold exactly
that many, or one more (killed between the commit and the count).

The suite runs a few dozen kills (CUSTBOOK_KILLS per action, default 15);
`bench/bench_crash_safety.py` runs hundreds.
"""
from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import random
import shutil
import sqlite3
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

KILLS = int(os.environ.get("CUSTBOOK_KILLS", "15"))
BATCH = 400  # purchases per bulk action
PHONES = ("13800138000", "021-6234-5678", "+852 9123 4567")

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"),
                                reason="forks a writer to kill it (POSIX)")


# --- what the killed child does --------------------------------------------------------

def _save_card(n: int, book: Path, work: Path) -> None:
    """Odd steps create a card with three phones; even ones rewrite the newest card."""
    from custbook.customers import customers
    from custbook.models import Customer

    if n % 2:
        customers.save_customer({"name": "新客户 v1", "description": "首次来店"},
                                list(PHONES))
    else:
        target = Customer.select().order_by(Customer.id.desc()).first()
        customers.save_customer({"name": f"新客户 v{target.version + 1}",
                                 "description": "改了又改" * (n % 7)},
                                list(reversed(PHONES)), customer_id=target.id)


def _bulk_purchases(n: int, book: Path, work: Path) -> None:
    """Add BATCH purchases for one customer and update its running figures, in one go."""
    from custbook.models import Customer, Purchase, database

    customer_id = 1 + n % 50
    rows = [{"customer": customer_id, "purchased_on": dt.date(2026, 1, 1 + k % 28),
             "items": "真丝围巾", "amount_cents": 100 + k} for k in range(BATCH)]
    with database.atomic():
        Purchase.insert_many(rows).execute()
        count = Purchase.select().where(Purchase.customer == customer_id).count()
        spent = sum(p.amount_cents for p in Purchase.select(Purchase.amount_cents)
                    .where(Purchase.customer == customer_id))
        Customer.update(purchase_count=count, total_spent_cents=spent).where(
            Customer.id == customer_id).execute()


def _restore(n: int, book: Path, work: Path) -> None:
    """Restore backup A, then B, then A … (the book is not open meanwhile)."""
    from custbook.safety import restore

    restore.restore(work / ("b.db" if n % 2 else "a.db"), book, root=work / "backups")


# --- what the parent checks ------------------------------------------------------------

def _query(book: Path, sql: str) -> int:
    conn = sqlite3.connect(book)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def _integrity(book: Path) -> str:
    conn = sqlite3.connect(book)
    try:
        return ";".join(r[0] for r in conn.execute("PRAGMA integrity_check"))
    finally:
        conn.close()


def _check_cards(book: Path, base: dict, done: int) -> str | None:
    made = _query(book, "SELECT count(*) FROM customer") - base["customers"]
    if made not in ((done + 1) // 2, (done + 2) // 2):  # saves 1, 3, 5 … make a card
        return f"{made} new cards after {done} finished saves"
    if _query(book, "SELECT count(*) FROM customer c WHERE (SELECT count(*) FROM customer_phone "
                    "p WHERE p.customer_id = c.id) != 3 AND c.id > " + str(base["last_id"])):
        return "a card without its three phones"
    if _query(book, "SELECT count(*) FROM customer WHERE id > " + str(base["last_id"]) +
              " AND name != '新客户 v' || version"):
        return "a card whose name and version disagree (half a save)"
    return None


def _check_purchases(book: Path, base: dict, done: int) -> str | None:
    added = _query(book, "SELECT count(*) FROM purchase") - base["purchases"]
    if added % BATCH:
        return f"{added} purchases: not a whole number of batches"
    if added // BATCH not in (done, done + 1):
        return f"{added // BATCH} batches in the book after {done} finished"
    if _query(book, "SELECT count(*) FROM customer c WHERE purchase_count != (SELECT count(*) "
                    "FROM purchase p WHERE p.customer_id = c.id) AND c.id <= 51"):
        return "running figures out of step with the purchases"
    return None


def _check_restores(book: Path, base: dict, done: int) -> str | None:
    found = _query(book, "SELECT count(*) FROM customer")
    if found not in (base["a"], base["b"]):
        return f"{found} customers: neither backup A ({base['a']}) nor B ({base['b']})"
    return None


@dataclass
class Action:
    name: str
    step: Callable[[int, Path, Path], None]
    opens_book: bool
    check: Callable[[Path, dict, int], str | None]
    prepare: Callable[[Path, Path], dict]


def _prepare_plain(book: Path, work: Path) -> dict:
    return {"customers": _query(book, "SELECT count(*) FROM customer"),
            "last_id": _query(book, "SELECT max(id) FROM customer"),
            "purchases": _query(book, "SELECT count(*) FROM purchase")}


def _prepare_restores(book: Path, work: Path) -> dict:
    shutil.copy(book, work / "a.db")
    conn = sqlite3.connect(work / "a.db")
    a = conn.execute("SELECT count(*) FROM customer").fetchone()[0]
    conn.close()
    shutil.copy(book, work / "b.db")
    conn = sqlite3.connect(work / "b.db")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("DELETE FROM customer WHERE id % 3 = 0")
    conn.commit()
    b = conn.execute("SELECT count(*) FROM customer").fetchone()[0]
    conn.close()
    return {"a": a, "b": b}


ACTIONS = {
    "save_customer": Action("save_customer", _save_card, True, _check_cards, _prepare_plain),
    "bulk_purchases": Action("bulk_purchases", _bulk_purchases, True, _check_purchases,
                             _prepare_plain),
    "restore": Action("restore", _restore, False, _check_restores, _prepare_restores),
}


@dataclass
class KillReport:
    """What a series of kills found: how many, and every loss or damage seen."""

    action: str
    kills: int = 0
    finished_actions: int = 0
    kills_during_action: int = 0  # killed between the start of an action and its count
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0


def _child_main(action: str, book: str, work: str, done, busy) -> None:
    """Repeat the action forever, counting finished ones in `done`, until killed."""
    from custbook import db

    spec = ACTIONS[action]
    try:
        if spec.opens_book:
            db.open_book(book)
        done.value = 0
        n = 0
        while True:
            n += 1
            busy.value = 1
            spec.step(n, Path(book), Path(work))
            done.value = n
            busy.value = 0
    except BaseException:  # noqa: BLE001 - shown, then the parent sees no progress
        traceback.print_exc()
    finally:
        os._exit(1)


def run_kills(action: str, book: Path, work: Path, kills: int, seed: int = 1) -> KillReport:
    """Kill a child doing `action` on `book` `kills` times; check the book after each kill."""
    context = multiprocessing.get_context("fork")
    spec = ACTIONS[action]
    base = spec.prepare(book, work)
    rng = random.Random(seed)
    report = KillReport(action)
    started = time.perf_counter()
    _warm_up(action, book, work)
    step = _measure_step(context, action, book, work)
    for attempt in range(kills):
        done = context.Value("q", -1, lock=False)
        busy = context.Value("q", 0, lock=False)
        child = context.Process(target=_child_main,
                                args=(action, str(book), str(work), done, busy))
        child.start()
        deadline = time.perf_counter() + 10
        while done.value < 0 and child.is_alive() and time.perf_counter() < deadline:
            time.sleep(0.0005)
        time.sleep(rng.uniform(0, 3 * step))
        child.kill()
        child.join()
        report.kills += 1
        report.kills_during_action += busy.value
        finished = max(done.value, 0)
        report.finished_actions += finished
        integrity = _integrity(book)
        problem = None if integrity == "ok" else f"integrity_check: {integrity[:200]}"
        problem = problem or spec.check(book, base, finished)
        if problem:
            report.failures.append(f"kill {attempt + 1}: {problem}")
            break  # the book is no longer a known state: stop this series
        if action == "restore":
            shutil.rmtree(work / "backups", ignore_errors=True)  # the before-restore copies
        else:
            base = spec.prepare(book, work)  # the next child starts from here
    report.seconds = time.perf_counter() - started
    return report


def _warm_up(action: str, book: Path, work: Path) -> None:
    """Run the action twice here, on a copy, so forked children start with warm imports."""
    from custbook import db

    scratch = work / "warm-up"
    scratch.mkdir(exist_ok=True)
    copy = scratch / "book.db"
    shutil.copy(book, copy)
    for name in ("a.db", "b.db"):
        if (work / name).exists():
            shutil.copy(work / name, scratch / name)
    spec = ACTIONS[action]
    if spec.opens_book:
        db.open_book(copy)
    try:
        spec.step(1, copy, scratch)
        spec.step(2, copy, scratch)
    finally:
        db.close_book()  # no SQLite connection may cross the fork
    shutil.rmtree(scratch)


def _measure_step(context, action: str, book: Path, work: Path) -> float:
    """How long one action takes here, so kills land inside actions, not after them."""
    scratch = work / "measure"
    scratch.mkdir(exist_ok=True)
    copy = scratch / "book.db"
    shutil.copy(book, copy)
    if action == "restore":
        for name in ("a.db", "b.db"):
            shutil.copy(work / name, scratch / name)
    done = context.Value("q", -1, lock=False)
    busy = context.Value("q", 0, lock=False)
    child = context.Process(target=_child_main, args=(action, str(copy), str(scratch), done, busy))
    child.start()
    while done.value < 0 and child.is_alive():
        time.sleep(0.001)
    time.sleep(0.5)
    finished = done.value
    child.kill()
    child.join()
    shutil.rmtree(scratch)
    return 0.5 / max(finished, 1)


@pytest.fixture
def shop(sample_master, tmp_path) -> Path:
    from custbook import db

    db.close_book()  # no SQLite connection may cross the fork
    path = tmp_path / "shop.db"
    shutil.copy(sample_master, path)
    return path


@pytest.mark.parametrize("action", list(ACTIONS))
def test_a_killed_write_leaves_the_book_as_before_or_after(action, shop, tmp_path):
    report = run_kills(action, shop, tmp_path, KILLS, seed=list(ACTIONS).index(action) + 1)
    assert report.failures == []
    assert report.kills == KILLS
    assert report.finished_actions > 0, "the child never got to write"
    assert report.kills_during_action >= KILLS // 2, "the kills missed the writes"
