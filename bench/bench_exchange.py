"""Benchmark importing and exporting customer lists (issue 7).

Usage: python bench/bench_exchange.py [--rows N] [--runs R] [--book BOOK] [--import-only]
       (defaults: 100,000 rows, 3 runs, /tmp/big-100k.db for the export)

Import: writes an N-row list as a shop has it (Chinese names, mobiles written several
ways, landlines, several phones, solar and lunar birthdays, addresses, e-mails, WeChat
IDs, tags, tiers, notes; 1 % repeated numbers, some unreadable phones, rows without a
name, bad e-mails), then in a fresh process each time: reads and plans it (the dry
run), imports it into an empty book, undoes the import. Peak memory is the process's.

Floors, for the ratio the issue asks for: the same rows with plain sqlite3
`executemany` (a) into a bare five-column table, (b) into the book's own tables
(customer, customer_phone, customer_tag, with their indexes and foreign keys, without
the search index's triggers) in an empty book, (c) the same with the book's triggers
kept — the limit issue #20 measures the import against (at most 2.5x) — no
validation, no phone parsing, no search keys, no audit entries.

Export: a copy of the sample book (BOOK, read-only; the copy is deleted at the end),
every customer to CSV and to XLSX, each in a fresh process (time, size, peak memory).

Each figure is the median of R runs; the machine is shared, so single runs vary.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("CUSTBOOK_NO_BOOTSTRAP", "1")

HEADERS = ["姓名", "手机", "电话", "性别", "生日", "地址", "邮箱", "微信号", "标签", "会员等级", "备注"]
LUNAR_MONTHS = "正二三四五六七八九十冬腊"
LUNAR_DAYS = ("初一", "初八", "十五", "廿三", "三十", "初十", "十二")


# ------------------------------------------------------------------ the list

def list_rows(count: int, seed: int = 20261122) -> list[list[str]]:
    """A shop's customer list as rows of text, the way people keep them."""
    from custbook.sample import sample_words as w

    rng = random.Random(seed)
    mobiles: list[str] = []
    used: set[str] = set()
    rows = []
    for i in range(count):
        female = rng.random() < 0.7
        if rng.random() < 0.03:
            name = (f"{rng.choice(w.ENGLISH_FEMALE if female else w.ENGLISH_MALE)} "
                    f"{rng.choice(w.ENGLISH_SURNAMES)}")
        else:
            given = w.GIVEN_FEMALE if female else w.GIVEN_MALE
            name = rng.choice(w.SURNAMES)[0] + "".join(
                rng.choice(given)[0] for _ in range(rng.choice((1, 2, 2))))
        pick = rng.random()
        if pick < 0.01 and mobiles:  # the same customer twice in the list
            mobile = rng.choice(mobiles)
        elif pick < 0.013:
            mobile = rng.choice(["无", "12345", "同上"])  # unreadable: kept in the notes
        else:
            while True:
                mobile = rng.choice(w.MOBILE_PREFIXES) + f"{rng.randrange(10 ** 8):08d}"
                if mobile not in used:
                    break
            used.add(mobile)
            mobiles.append(mobile)
            if rng.random() < 0.3:
                mobile = f"{mobile[:3]} {mobile[3:7]} {mobile[7:]}"
        land = f"0571-8{rng.randrange(10 ** 7):07d}" if rng.random() < 0.15 else ""
        kind, year = rng.random(), rng.randrange(1950, 2008)
        if kind < 0.5:
            birthday = f"{year}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
        elif kind < 0.6:
            birthday = f"{year}/{rng.randrange(1, 13)}/{rng.randrange(1, 29)}"
        elif kind < 0.7:
            birthday = f"农历{rng.choice(LUNAR_MONTHS)}月{rng.choice(LUNAR_DAYS)}"
        elif kind < 0.75:
            birthday = f"{rng.randrange(1, 13)}月{rng.randrange(1, 29)}日"
        elif kind < 0.752:
            birthday = "1990-02-30"  # not a date: a warning, the row is kept
        else:
            birthday = ""
        address = (f"杭州市{rng.choice(w.HANGZHOU_DISTRICTS)}{rng.choice(w.HANGZHOU_STREETS)}"
                   f"{rng.randrange(1, 500)}号 {rng.choice(w.COMMUNITIES)}"
                   f"{rng.randrange(1, 30)}幢{rng.randrange(1, 30)}0{rng.randrange(1, 4)}"
                   if rng.random() < 0.8 else "")
        mail = rng.random()
        email = (f"user{i}@{rng.choice(w.EMAIL_DOMAINS)[0]}" if mail < 0.4
                 else "not-an-address@" if mail < 0.403 else "")  # a bad one: row invalid
        wechat = f"wx_{i}_{rng.randrange(1000)}" if rng.random() < 0.3 else ""
        tags = ",".join(rng.sample([t for t, _ in w.TAGS], rng.choice((0, 0, 1, 1, 2))))
        tier = rng.choice(["", "", "", "Gold", "Silver", "Regular", "钻石卡"])
        note = rng.choice(w.DESCRIPTIONS) if rng.random() < 0.5 else ""
        if rng.random() < 0.003:
            name = ""  # no name: invalid
        rows.append([name, mobile, land, "女" if female else "男", birthday, address, email,
                     wechat, tags, tier, note])
    return rows


def write_list(path: Path, count: int) -> list[list[str]]:
    rows = list_rows(count)
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        writer.writerows(rows)
    return rows


# ------------------------------------------------------------------ jobs (one process each)

def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _fresh(path: Path) -> Path:
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


def job_import(source: Path, book: Path) -> dict:
    from custbook import db
    from custbook.exchange import importer

    db.open_book(_fresh(book))
    start, cpu = time.perf_counter(), time.process_time()
    contacts, first = importer.read_file(source)
    read = time.perf_counter() - start
    plan = importer.make_plan(contacts, "skip", first, source.name)
    planned = time.perf_counter() - start - read
    del contacts
    result = importer.apply_plan(plan)
    applied = time.perf_counter() - start - read - planned
    import_cpu = time.process_time() - cpu
    peak = _peak_mb()
    counts = {a: plan.count(a) for a in ("new", "update", "duplicate", "invalid")}
    start = time.perf_counter()
    importer.undo_import(result.batch_id)
    undone = time.perf_counter() - start
    db.close_book()
    return {"read": read, "plan": planned, "apply": applied, "undo": undone, "cpu": import_cpu,
            "created": result.created, "counts": counts, "peak_mb": peak}


def _plain_values(rows: list[list[str]]) -> list[tuple]:
    return [(r[0], r[1], r[4], r[5], r[10]) for r in rows]


def _read_rows(source: Path) -> list[list[str]]:
    with open(source, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))[1:]


def job_floor_bare(source: Path, work: Path) -> dict:
    values = _plain_values(_read_rows(source))
    plain = sqlite3.connect(_fresh(work / "plain.db"))
    plain.execute("CREATE TABLE c (name, phone, birthday, address, note)")
    start = time.perf_counter()
    with plain:
        plain.executemany("INSERT INTO c VALUES (?, ?, ?, ?, ?)", values)
    took = time.perf_counter() - start
    plain.close()
    return {"seconds": took, "rows": len(values)}


def job_floor_book(source: Path, work: Path, triggers: bool = False) -> dict:
    """The same rows into the book's own tables (their indexes and foreign keys; the
    triggers too when `triggers`, the issue's limit) with plain sqlite3: no checks, no
    parsing, no search keys."""
    from custbook import db

    book = _fresh(work / "floor-book.db")
    db.open_book(book)
    db.close_book()
    rows = _read_rows(source)
    conn = sqlite3.connect(book)
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        if not triggers:
            conn.execute(f'DROP TRIGGER "{name}"')
    conn.execute("PRAGMA foreign_keys = 1")
    conn.execute("PRAGMA synchronous = 2")
    now = time.strftime("%Y-%m-%d %H:%M:%S")
    start, cpu = time.perf_counter(), time.process_time()
    with conn:
        tags: dict[str, int] = {}
        people, numbers, links = [], [], []
        for cid, r in enumerate(rows, start=1):
            people.append((cid, r[0], r[6], r[5], r[10], r[7], now, now))
            for number in filter(None, (r[1], r[2])):
                numbers.append((cid, number, number, "mobile", 1))
            for tag in filter(None, r[8].split(",")):
                if tag not in tags:
                    tags[tag] = len(tags) + 1
                    conn.execute("INSERT INTO tag (id, name, color) VALUES (?, ?, '')",
                                 (tags[tag], tag))
                links.append((cid, tags[tag]))
        conn.executemany(
            "INSERT INTO customer (id, name, email, address, description, wechat_id, created_at, "
            "updated_at, gender, ethnicity, birthday_calendar, birthday_leap, "
            "birth_year_estimated, clothing_size, shoe_size, occupation, work_situation, family, "
            "personality, spending_habits, style_preferences, hobbies, lifestyle, "
            "service_preference, contact_preference, contact_preference_note, "
            "accepts_promotions, personal_values, interest_topics, source, purchase_count, "
            "total_spent_cents, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', '', '', 0, 0, '', "
            "'', '', '', '', '', '', '', '', '', '', '', '', 0, '', '', '', 0, 0, 1)", people)
        conn.executemany("INSERT INTO customer_phone (customer_id, number, digits, label, "
                         "is_primary) VALUES (?, ?, ?, ?, ?)", numbers)
        conn.executemany("INSERT INTO customer_tag (customer_id, tag_id) VALUES (?, ?)", links)
    took, cpu = time.perf_counter() - start, time.process_time() - cpu
    conn.close()
    return {"seconds": took, "cpu": cpu, "rows": len(people)}


def job_plan(source: Path, book: Path) -> dict:
    """The dry run of the list against a full book (its phones are looked up)."""
    from custbook import db
    from custbook.exchange import importer

    db.open_book(book)
    start = time.perf_counter()
    plan = importer.plan_file(source)
    took = time.perf_counter() - start
    db.close_book()
    return {"seconds": took, "duplicates": plan.count("duplicate"), "peak_mb": _peak_mb()}


def job_export(book: Path, fmt: str, out: Path) -> dict:
    from custbook import db
    from custbook.exchange import export

    db.open_book(book)
    start = time.perf_counter()
    report = export.export_customers(out, fmt)
    took = time.perf_counter() - start
    db.close_book()
    return {"seconds": took, "customers": report.customers, "bytes": out.stat().st_size,
            "peak_mb": _peak_mb()}


def run_job(*args: str) -> dict:
    """Run one job in a fresh Python (its own peak memory), return what it printed."""
    done = subprocess.run([sys.executable, __file__, "--job", *args], capture_output=True,
                          text=True, check=False, cwd=ROOT,
                          env={**os.environ, "CUSTBOOK_NO_BOOTSTRAP": "1"})
    if done.returncode != 0:
        raise SystemExit(f"job {args} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# ------------------------------------------------------------------ the report

def median(values: list[float]) -> float:
    return statistics.median(values)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--book", default="/tmp/big-100k.db")
    parser.add_argument("--job", nargs="+", help=argparse.SUPPRESS)
    parser.add_argument("--import-only", action="store_true", help="skip the export part")
    args = parser.parse_args()
    if args.job:
        kind, *rest = args.job
        jobs = {"import": lambda: job_import(Path(rest[0]), Path(rest[1])),
                "floor_bare": lambda: job_floor_bare(Path(rest[0]), Path(rest[1])),
                "floor_book": lambda: job_floor_book(Path(rest[0]), Path(rest[1])),
                "floor_triggers": lambda: job_floor_book(Path(rest[0]), Path(rest[1]), True),
                "plan": lambda: job_plan(Path(rest[0]), Path(rest[1])),
                "export": lambda: job_export(Path(rest[0]), rest[1], Path(rest[2]))}
        print(json.dumps(jobs[kind]()))
        return 0

    work = Path(tempfile.mkdtemp(prefix="bench-exchange-"))
    source = work / "list.csv"
    write_list(source, args.rows)
    print(f"list: {args.rows:,} rows, {source.stat().st_size / 1e6:.1f} MB; "
          f"{args.runs} runs each, medians (min–max)")

    def show(label: str, values: list[float], unit: str = "s") -> float:
        mid = median(values)
        print(f"  {label}: {mid:.2f} {unit} ({min(values):.2f}–{max(values):.2f})")
        return mid

    imports = [run_job("import", str(source), str(work / "book.db")) for _ in range(args.runs)]
    bare = [run_job("floor_bare", str(source), str(work)) for _ in range(args.runs)]
    tables = [run_job("floor_book", str(source), str(work)) for _ in range(args.runs)]
    triggered = [run_job("floor_triggers", str(source), str(work)) for _ in range(args.runs)]
    first = imports[0]
    print(f"import (created {first['created']:,}; {first['counts']}):")
    read = show("read the file", [r["read"] for r in imports])
    plan = show("plan (duplicates, checks)", [r["plan"] for r in imports])
    dry = show("dry run = read + plan", [r["read"] + r["plan"] for r in imports])
    apply_ = show("apply (write, index, record)", [r["apply"] for r in imports])
    total = show("import = read + plan + apply", [r["read"] + r["plan"] + r["apply"]
                                                  for r in imports])
    show("undo the import", [r["undo"] for r in imports])
    show("peak memory of the import process", [r["peak_mb"] for r in imports], "MB")
    floor_bare = show("sqlite3 executemany, bare 5-column table", [r["seconds"] for r in bare])
    floor_book = show("sqlite3 executemany, the book's tables (customer, phone, tag), "
                      "no triggers",
                      [r["seconds"] for r in tables])
    floor_triggers = show("sqlite3 executemany, the book's tables with their triggers "
                          "(the issue's limit)", [r["seconds"] for r in triggered])
    print(f"  ratio import / bare executemany: {total / floor_bare:.0f}x; "
          f"import / book-table executemany: {total / floor_book:.1f}x; "
          f"apply alone / book-table executemany: {apply_ / floor_book:.1f}x")
    print(f"  ratio import / executemany with the triggers: {total / floor_triggers:.2f}x "
          f"(target <= 2.5x)")
    # CPU seconds: the same ratio on a busy machine, where waiting for a core swells wall times
    cpu_import = median([r["cpu"] for r in imports])
    cpu_floor = median([r["cpu"] for r in triggered])
    print(f"  the same in CPU seconds: import {cpu_import:.2f} s / executemany with the "
          f"triggers {cpu_floor:.2f} s = {cpu_import / cpu_floor:.2f}x")
    del read, plan, dry

    if Path(args.book).exists() and not args.import_only:
        copy = Path("/tmp/import-speed-100k.db")
        shutil.copy(args.book, _fresh(copy))
        try:
            runs = [run_job("plan", str(source), str(copy)) for _ in range(args.runs)]
            print(f"dry run of the list against the {args.book} book "
                  f"({runs[0]['duplicates']:,} duplicates):")
            show("time", [r["seconds"] for r in runs])
            for fmt in ("csv", "xlsx"):
                out = work / f"out.{fmt}"
                runs = [run_job("export", str(copy), fmt, str(out)) for _ in range(args.runs)]
                print(f"export {fmt} ({runs[0]['customers']:,} customers, "
                      f"{runs[0]['bytes'] / 1e6:.1f} MB):")
                show("time", [r["seconds"] for r in runs])
                show("peak memory", [r["peak_mb"] for r in runs], "MB")
        finally:
            _fresh(copy)
            for backup in copy.parent.glob(f"{copy.name}.*-before-upgrade-*"):
                backup.unlink()  # the copy of an older book was upgraded on opening
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
