"""Benchmark issue 19's two scale questions (not a test; run by hand, figures in docs/benchmarks.md).

Usage: python bench/bench_messages.py [--customers 100000] [--family 200000]
                                      [--files 5000] [--file-kb 100] [--skip-files]

1. Search with family members. A synthetic book of N customers (Chinese names, a
   mobile each) is searched as the Customers page does (count + first page of 100,
   cold memo) for names, pinyin, phone digits; then M family members (names and
   phones) are added to those customers, the index rebuilt, and the same keystrokes
   timed again, plus keystrokes that find a customer by a family member's name or
   phone. Printed: medians and 95th percentiles before/after, their ratio, and the
   limit it is held to (1.5×), all measured in this run.
2. Files. A book of 5,000 attachments of 100 KB (500 MB) is backed up (the same
   online backup the window takes) and opened again; printed: the backup's time and
   size, open_book's time against the same book without the files (ratio), the time
   to list one customer's files, and the process's peak memory (RSS) next to the
   size of the files — showing that opening and listing do not read them.
"""
from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("CUSTBOOK_NO_BOOTSTRAP", "1")

from custbook import db  # noqa: E402
from custbook.customers import attachments, customer_list, search, search_keys  # noqa: E402
from custbook.customers.customer_query import CustomerQuery  # noqa: E402
from custbook.models import (  # noqa: E402
    Attachment, AttachmentBlob, Customer, CustomerPhone, CustomerRelation, database,
)
from custbook.safety import backup  # noqa: E402

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红梅鹏辉斌宇浩凯健俊帆帅旭宁龙林欣怡佳琪雪晨阳婷颖倩琳璐瑶媛嘉"
LIMIT = 1.5
PAGE = 100


def name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def mobile(rng: random.Random) -> tuple[str, str]:
    digits = "1" + rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(9))
    return "+86" + digits, digits


def build_book(path: Path, customers: int, rng: random.Random) -> list[tuple[str, str]]:
    db.open_book(path)
    people = []
    with database.atomic():
        rows, phones = [], []
        for cid in range(1, customers + 1):
            person = name(rng)
            number, digits = mobile(rng)
            people.append((person, digits))
            rows.append({"id": cid, "name": person})
            phones.append({"customer": cid, "number": number, "digits": digits,
                           "is_primary": True})
        for start in range(0, customers, 2000):
            Customer.insert_many(rows[start:start + 2000]).execute()
            CustomerPhone.insert_many(phones[start:start + 2000]).execute()
    search.rebuild_index()
    return people


def add_family(count: int, customers: int, rng: random.Random) -> list[tuple[str, str]]:
    family = []
    with database.atomic():
        rows = []
        for _ in range(count):
            person = name(rng)
            number, digits = mobile(rng) if rng.random() < 0.5 else ("", "")
            family.append((person, digits))
            rows.append({"customer": rng.randint(1, customers), "name": person,
                         "relation": rng.choice(("spouse", "child", "parent")),
                         "phone": number, "phone_digits": digits})
        for start in range(0, count, 2000):
            CustomerRelation.insert_many(rows[start:start + 2000]).execute()
    started = time.perf_counter()
    search.rebuild_index()
    return family, time.perf_counter() - started


def keystrokes(people: list[tuple[str, str]], rng: random.Random, n: int) -> list[str]:
    """Searches typed progressively: names, pinyin initials, last 4 digits, whole numbers."""
    out = []
    for _ in range(n):
        person, digits = rng.choice(people)
        kind = rng.random()
        if kind < 0.4:
            text = person
        elif kind < 0.6:
            text = "".join(r[0][0] for r in search_keys.readings(person) if r)
        elif kind < 0.85 and digits:
            text = digits[-4:]
        else:
            text = digits or person
        out += [text[:i] for i in range(1, len(text) + 1)]
    return out


def time_keystrokes(texts: list[str], warm_up: bool = True) -> list[float]:
    """Per-keystroke times; the same keystrokes run once untimed first, so the before/after
    comparison is between two warm runs (the first pass also pays for the page cache)."""
    if warm_up:
        time_keystrokes(texts, warm_up=False)
    times = []
    for text in texts:
        search._forget() if hasattr(search, "_forget") else None
        started = time.perf_counter()
        query = CustomerQuery(text=text)
        customer_list.count_customers(query)
        customer_list.list_customers(0, PAGE, "relevance", query=query)
        times.append((time.perf_counter() - started) * 1000)
    return times


def summary(times: list[float]) -> tuple[float, float]:
    ordered = sorted(times)
    return statistics.median(ordered), ordered[int(len(ordered) * 0.95) - 1]


def bench_search(args, folder: Path) -> None:
    rng = random.Random(19)
    path = folder / "search.db"
    started = time.perf_counter()
    people = build_book(path, args.customers, rng)
    print(f"Built {args.customers:,} customers in {time.perf_counter() - started:.1f} s")
    texts = keystrokes(people, random.Random(1), 60)
    before = time_keystrokes(texts)
    family, rebuild = add_family(args.family, args.customers, rng)
    print(f"Added {args.family:,} family members; index rebuilt in {rebuild:.1f} s")
    after = time_keystrokes(texts)
    by_family = time_keystrokes(keystrokes(family, random.Random(2), 60))
    b, a, f = summary(before), summary(after), summary(by_family)
    print(f"{'keystroke (count + first 100)':<40}{'median ms':>10}{'p95 ms':>10}")
    print(f"{'customers only':<40}{b[0]:>10.1f}{b[1]:>10.1f}")
    print(f"{'same keystrokes, with family':<40}{a[0]:>10.1f}{a[1]:>10.1f}")
    print(f"{'by a family member (name/phone)':<40}{f[0]:>10.1f}{f[1]:>10.1f}")
    print(f"ratio with/without family: median {a[0] / b[0]:.2f}×, p95 {a[1] / b[1]:.2f}× "
          f"(limit {LIMIT}×)")
    print(f"ratio family searches/customer searches: median {f[0] / b[0]:.2f}×, "
          f"p95 {f[1] / b[1]:.2f}× (limit {LIMIT}×)")
    db.close_book()


def bench_files(args, folder: Path) -> None:
    path = folder / "files.db"
    db.open_book(path)
    rng = random.Random(5)
    with database.atomic():
        Customer.insert_many([{"id": i, "name": f"客户{i}"} for i in range(1, 1001)]).execute()
    db.close_book()
    plain = folder / "plain.db"
    import shutil

    shutil.copy(path, plain)
    db.open_book(path)
    size = args.file_kb * 1024
    started = time.perf_counter()
    chunk = os.urandom(size)
    for start in range(0, args.files, 250):
        with database.atomic():
            for i in range(start, min(start + 250, args.files)):
                row = Attachment.create(customer=1 + i % 1000, file_name=f"receipt-{i}.jpg",
                                        mime="image/jpeg", size=size)
                data = chunk[:-4] + i.to_bytes(4, "big")  # all different, none compressible
                AttachmentBlob.insert(attachment=row.id, data=data).execute()
    total = args.files * size
    print(f"Stored {args.files:,} files ({total / 1e6:,.0f} MB) in "
          f"{time.perf_counter() - started:.1f} s")
    db.close_book()

    def open_close(book: Path) -> float:
        started = time.perf_counter()
        db.open_book(book)
        elapsed = time.perf_counter() - started
        db.close_book()
        return elapsed

    plain_open = min(open_close(plain) for _ in range(3))
    files_open = min(open_close(path) for _ in range(3))
    print(f"open_book: {files_open * 1000:.0f} ms with the files, {plain_open * 1000:.0f} ms "
          f"without (ratio {files_open / plain_open:.2f}×, limit {LIMIT}×)")
    db.open_book(path)
    started = time.perf_counter()
    listed = attachments.files_of(1)
    print(f"listing one customer's {len(listed)} files: "
          f"{(time.perf_counter() - started) * 1000:.1f} ms")
    started = time.perf_counter()
    result = backup.take_backup(path, kind=backup.MANUAL, root=folder / "backups")
    print(f"backup: {time.perf_counter() - started:.1f} s, "
          f"{result.backup.size / 1e6:,.0f} MB")
    db.close_book()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this process: {peak:,.0f} MB (the files: {total / 1e6:,.0f} MB)")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--family", type=int, default=200_000)
    parser.add_argument("--files", type=int, default=5000)
    parser.add_argument("--file-kb", type=int, default=100)
    parser.add_argument("--skip-files", action="store_true")
    parser.add_argument("--skip-search", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-messages-") as tmp:
        folder = Path(tmp)
        if not args.skip_files:  # first: its peak memory is then this part's alone
            bench_files(args, folder)
        if not args.skip_search:
            bench_search(args, folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
