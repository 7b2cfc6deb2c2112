"""Benchmark the membership cards at shop-chain size: 100,000 members, 2,000,000 ledger entries.

1. Import of 100,000 members with opening balances from a CSV (stored value, points,
   a count card for every third): the dry run and the import (custbook.membership.opening).
2. The ledger is then filled to 2,000,000 entries (top-ups, spends, points, visits with
   consistent balance chains, written in bulk) and the balance rows set to match.
3. What the window does: the balances of one member (the 会员卡 tab: one indexed read of
   the balance rows, never the ledger), the first page of their ledger, one top-up, and
   the Reports figures (money owed, the period's figures, slipping members with money).

Printed beside each: the limit it must stay under, and for the balance, what summing the
member's ledger and the whole ledger would cost, measured in the same run.

Usage: python bench/bench_membership.py [--members N] [--entries N] [--keep PATH]
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("CUSTBOOK_NO_BOOTSTRAP", "1")

from custbook import clock, db  # noqa: E402
from custbook.exchange.bulk_rows import RowBuffer  # noqa: E402
from custbook.membership import accounts, figures, ledger, opening  # noqa: E402
from custbook.models import MemberAccount, MemberEntry, database  # noqa: E402


def median_ms(work, rounds: int = 30) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def write_csv(path: Path, members: int, rng: random.Random) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f)
        out.writerow(["会员卡号", "姓名", "手机", "积分", "储值余额", "次卡名称", "剩余次数",
                      "次卡金额", "开卡日期"])
        for i in range(members):
            card = i % 3 == 0
            out.writerow([f"V{i:07d}", f"会员{i}", f"13{rng.randrange(10**9):09d}",
                          rng.randrange(0, 5000), f"￥{rng.randrange(0, 500000) / 100:,.2f}",
                          "洗剪吹10次卡" if card else "", rng.randrange(1, 10) if card else "",
                          "680" if card else "", f"20{rng.randrange(15, 26)}-0{rng.randrange(1, 10)}-1{rng.randrange(0, 9)}"])


def fill_ledger(target: int, rng: random.Random) -> int:
    """Add entries until the ledger holds `target`, as chains on each account."""
    have = MemberEntry.select().count()
    accounts = list(MemberAccount.select(MemberAccount.id, MemberAccount.customer,
                                         MemberAccount.kind, MemberAccount.balance).tuples())
    per = max(1, -(-(target - have) // len(accounts)))  # rounded up: at least `target`
    rows = RowBuffer(MemberEntry, ("customer", "account", "kind", "action", "amount",
                                   "balance_before", "balance_after", "cash_cents", "at",
                                   "note"))
    start = dt.datetime(2024, 1, 1, 9)
    finals = []
    written = 0
    with database.atomic():
        for aid, cid, kind, balance in accounts:
            for n in range(per):
                if kind == "visits":
                    amount = -1 if balance > 0 else 5
                    action = "use" if amount < 0 else "adjust"
                elif rng.random() < 0.5 or balance < 10000:
                    amount = rng.randrange(100, 50000) if kind == "value" else rng.randrange(1, 900)
                    action = "top_up" if kind == "value" else "earn"
                else:
                    amount = -rng.randrange(1, min(balance, 30000) + 1)
                    action = "spend" if kind == "value" else "redeem"
                at = start + dt.timedelta(minutes=rng.randrange(0, 1_400_000))
                rows.add((cid, aid, kind, action, amount, balance, balance + amount,
                          amount if action == "top_up" else 0, at, ""))
                balance += amount
                written += 1
            finals.append((balance, aid))
            if len(rows.rows) >= 20000:
                rows.flush(database.obj)
        rows.flush(database.obj)
        database.obj.connection().executemany(
            "UPDATE member_account SET balance = ? WHERE id = ?", finals)
    return written


def build(args, rng: random.Random) -> None:
    folder = Path(tempfile.mkdtemp(prefix="bench-membership-"))
    path = Path(args.keep) if args.keep else folder / "book.db"
    if path.exists():
        path.unlink()
    csv_path = folder / "members.csv"
    write_csv(csv_path, args.members, rng)
    db.open_book(path)
    print(f"import of {args.members:,} members with balances "
          f"({csv_path.stat().st_size >> 20} MB CSV)")
    t = time.perf_counter()
    plan = opening.plan_file(csv_path)
    dry = time.perf_counter() - t
    t = time.perf_counter()
    record = opening.apply_plan(plan)
    wrote = time.perf_counter() - t
    print(f"  dry run {dry:7.1f} s   import {wrote:7.1f} s   (limit 120 s together); "
          f"{len(plan.refused())} refused, {record.members_count:,} members")
    t = time.perf_counter()
    added = fill_ledger(args.entries, rng)
    total = MemberEntry.select().count()
    print(f"ledger filled to {total:,} entries (+{added:,} in {time.perf_counter() - t:.0f} s)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--entries", type=int, default=2_000_000)
    parser.add_argument("--keep", help="keep the big book at this path")
    parser.add_argument("--reuse", help="measure an earlier --keep book again (no import)")
    args = parser.parse_args()
    rng = random.Random(18)
    if args.reuse:
        db.open_book(args.reuse)
        print(f"reusing {args.reuse}: {MemberEntry.select().count():,} entries")
    else:
        build(args, rng)
    database.execute_sql("ANALYZE")
    busiest = database.execute_sql(
        "SELECT customer_id, count(*) FROM member_entry GROUP BY customer_id "
        "ORDER BY 2 DESC LIMIT 1").fetchone()
    cid = busiest[0]
    balance = median_ms(lambda: accounts.balances(cid))
    own_sum = median_ms(lambda: database.execute_sql(
        "SELECT kind, SUM(amount) FROM member_entry WHERE customer_id = ? GROUP BY kind",
        (cid,)).fetchall())
    all_sum = median_ms(lambda: database.execute_sql(
        "SELECT SUM(amount) FROM member_entry WHERE kind = 'value'").fetchone(), 3)
    page = median_ms(lambda: accounts.ledger(cid, limit=500))
    print(f"member #{cid} ({busiest[1]} entries):")
    print(f"  {'balances (the tab), median':<44}{balance:9.2f} ms  (limit 5 ms: "
          f"{balance / 5:.2f} of it)")
    print(f"  {'   vs summing their ledger':<44}{own_sum:9.2f} ms  ({own_sum / balance:.1f}×)")
    print(f"  {'   vs summing the whole ledger':<44}{all_sum:9.2f} ms  ({all_sum / balance:.0f}×)")
    print(f"  {'ledger, first 500 lines':<44}{page:9.2f} ms  (limit 100 ms)")
    top_up = median_ms(lambda: ledger.top_up(cid, 100), 10)
    print(f"  {'one top-up (IMMEDIATE, fsync, audit)':<44}{top_up:9.2f} ms  (limit 100 ms)")
    last = database.execute_sql(  # the filled ledger's last day, so the periods hold entries
        "SELECT MAX(at) FROM member_entry WHERE action IN ('spend', 'use', 'redeem')").fetchone()[0]
    today = dt.date.fromisoformat(str(last)[:10])
    owed = median_ms(lambda: figures.owed(today), 5)
    month = median_ms(lambda: figures.period(today - dt.timedelta(days=30), today), 5)
    year = median_ms(lambda: figures.period(today - dt.timedelta(days=365), today), 3)
    slip = median_ms(lambda: figures.slipping_with_balance(today), 3)
    print("Reports figures:")
    print(f"  {'money owed on all cards':<44}{owed:9.1f} ms  (limit 1000 ms)")
    print(f"  {'period figures, 30 days':<44}{month:9.1f} ms  (limit 1000 ms)")
    print(f"  {'period figures, 365 days':<44}{year:9.1f} ms  (limit 3000 ms)")
    print(f"  {'slipping members with money':<44}{slip:9.1f} ms  (limit 1000 ms)")
    o = figures.owed(today)
    print(f"  owed: stored value {o.value_cents / 100:,.2f}, count cards "
          f"{o.count_cards_cents / 100:,.2f}, points {o.points:,}")
    db.close_book()


if __name__ == "__main__":
    main()
