"""Benchmark the Customers page's core: opening the list and search as you type.

Usage: python bench/bench_search.py [BOOK] [--sequences N] [--seed S]
(default BOOK: /tmp/big-100k.db, the 100,000-customer / ~1,000,000-purchase sample
shop; it is COPIED into a temporary folder and never written). Not a test: run it by
hand when search, the list or the schema changes. Prints, in milliseconds:

- opening: open_book on the copy (the first open builds the search index if the book
  has none), then what the page does on show: count + first page of 100 rows;
- per keystroke: what the page does after each keystroke (count_customers +
  list_customers of the first 100 rows) for a few hundred keystrokes of realistic
  searches typed progressively (Chinese surnames and names, pinyin in full, with a
  space and as initials, last 4 phone digits, a whole phone number with spaces, WeChat
  ID prefixes, tag names, words from the notes); median and 95th percentile, overall
  and per kind; the memo of the last results is cleared before each keystroke, so
  every keystroke is a cold query;
- the same searches done by the fastest plain sqlite3 statements we could write on
  the same index (count, then the ranked first page of ids), and the ratio;
- for scale, the same searches as a plain LIKE over the customer table, phones and
  tags without any index (it cannot find pinyin, so it answers less);
- the process's peak resident memory, and its peak while searching (Linux: measured
  from after the keystrokes are sampled from the book, which holds every name at once:
  at 1,000,000 customers the sampling peaks at ~400 MB, the searches at ~90 MB).
"""
from __future__ import annotations

import argparse
import gc
import os
import random
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("CUSTBOOK_NO_BOOTSTRAP", "1")

from custbook import db, models
from custbook.customers import customers, search, search_keys
from custbook.customers.customer_query import CustomerQuery

PAGE = 100


def add_missing_columns(path: Path) -> list[str]:
    """Columns the models have and an older sample book lacks (the schema is still
    unreleased version 1, so such books get no upgrade step); added with defaults."""
    added = []
    conn = sqlite3.connect(path)
    try:
        for model in models.ALL_MODELS:
            table = model._meta.table_name
            have = {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}
            if not have:
                continue
            for field in model._meta.sorted_fields:
                if field.column_name in have:
                    continue
                ddl = f'ALTER TABLE "{table}" ADD COLUMN "{field.column_name}" {field.field_type}'
                if field.default is not None and not callable(field.default):
                    value = field.db_value(field.default)
                    ddl += f" DEFAULT {value!r}" if isinstance(value, str) else \
                        f" DEFAULT {int(value)}"
                conn.execute(ddl)
                added.append(f"{table}.{field.column_name}")
        conn.commit()
    finally:
        conn.close()
    return added


def progressive(text: str) -> list[str]:
    """What the search box holds after each keystroke while typing `text`."""
    return [text[:i] for i in range(1, len(text) + 1) if text[:i].strip()]


def make_sequences(conn: sqlite3.Connection, count: int, seed: int) -> list[tuple[str, list[str]]]:
    """(kind, keystrokes) of realistic searches, drawn from the book's own customers."""
    rng = random.Random(seed)
    people = conn.execute(
        "SELECT c.id, c.name, c.wechat_id, (SELECT digits FROM customer_phone p WHERE "
        "p.customer_id = c.id ORDER BY is_primary DESC LIMIT 1) FROM customer c "
        "WHERE c.deleted_at IS NULL").fetchall()
    chinese = [p for p in people if search_keys.readings(p[1]) and len(p[1]) in (2, 3)]
    phones = [p for p in people if p[3] and len(p[3]) == 11]
    wechats = [p for p in people if p[2] and not p[2].startswith("wxid_")]
    tags = [r[0] for r in conn.execute("SELECT name FROM tag")]
    notes = [r[0] for r in conn.execute(
        "SELECT DISTINCT description FROM customer WHERE description != '' LIMIT 50")]
    kinds = ["surname", "name", "pinyin", "pinyin_spaced", "initials", "phone_last4",
             "phone_full", "wechat", "tag", "note"]
    out = []
    for i in range(count):
        kind = kinds[i % len(kinds)]
        if kind in ("surname", "name", "pinyin", "pinyin_spaced", "initials"):
            name = rng.choice(chinese)[1]
            syllables = [r[0] for r in search_keys.readings(name)]
            if kind == "surname":
                keys = [name[0]]
            elif kind == "name":  # an input method commits one character at a time
                keys = [name[:i] for i in range(1, len(name) + 1)]
            elif kind == "pinyin":
                keys = progressive("".join(syllables))
            elif kind == "pinyin_spaced":
                keys = progressive(syllables[0] + " " + "".join(syllables[1:]))
            else:
                keys = progressive("".join(s[0] for s in syllables))
        elif kind == "phone_last4":
            keys = progressive(rng.choice(phones)[3][-4:])
        elif kind == "phone_full":
            d = rng.choice(phones)[3]
            keys = progressive(f"{d[:3]} {d[3:7]} {d[7:]}")
        elif kind == "wechat":
            keys = progressive(rng.choice(wechats)[2][:7])
        elif kind == "tag":
            keys = progressive(rng.choice(tags))
        else:
            note = rng.choice(notes)
            start = rng.randrange(0, max(1, len(note) - 3))
            keys = progressive(note[start:start + 3])
        out.append((kind, keys))
    return out


def page_keystroke(text: str) -> tuple[int, list]:
    """What the Customers page does after a keystroke: the count and the first page."""
    query = CustomerQuery(text=text)
    total = customers.count_customers(query)
    return total, customers.list_customers(0, PAGE, query.sort, query.descending, query=query)


def plain_keystroke(conn: sqlite3.Connection, text: str) -> tuple[int, list]:
    """The same search as hand-written sqlite3 on the same index: count, then ranked page."""
    q = search_keys.query_text(text)
    if len(q) >= 3:
        where = (f"customer_id IN (SELECT rowid FROM {search.FTS} WHERE {search.FTS} MATCH ?)")
        arg = '"' + q.replace('"', '""') + '"'
    else:
        where, arg = "instr(keys, ?) > 0", q
    w, t = search_keys.WORD, search_keys.TAG
    total = conn.execute(f"SELECT count(*) FROM customer_search WHERE +in_trash = 0 "
                         f"AND {where}", (arg,)).fetchone()[0]
    ids = conn.execute(
        "SELECT customer_id FROM customer_search WHERE +in_trash = 0 AND " + where +
        " ORDER BY CASE WHEN instr(keys, ?) > 0 THEN (CASE WHEN instr(keys, ?) > 0 THEN 0 "
        "ELSE 1 END) WHEN instr(keys, ?) > 0 OR instr(keys, ?) > 0 THEN 1 WHEN instr(keys, ?) "
        "BETWEEN 1 AND instr(keys, char(30)) THEN 2 ELSE 3 END, last_visit_on DESC, "
        f"customer_id DESC LIMIT {PAGE}", (arg, w + q, w + q + w, q + w, t + q + t, q)).fetchall()
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        "SELECT c.id, c.name, (SELECT number FROM customer_phone p WHERE p.customer_id = c.id "
        "ORDER BY is_primary DESC LIMIT 1), t.name, c.last_visit_on, c.purchase_count, "
        f"c.total_spent_cents FROM customer c LEFT JOIN tier t ON t.id = c.tier_id "
        f"WHERE c.id IN ({marks})", [i[0] for i in ids]).fetchall()
    return total, rows


def like_keystroke(conn: sqlite3.Connection, text: str) -> tuple[int, list]:
    """For scale: no index at all, LIKE over name, WeChat, notes, phones and tags."""
    q = search_keys.query_text(text)
    like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    where = ("c.deleted_at IS NULL AND (c.name LIKE ?1 ESCAPE '\\' OR c.wechat_id LIKE ?1 "
             "ESCAPE '\\' OR c.description LIKE ?1 ESCAPE '\\' OR c.id IN (SELECT customer_id "
             "FROM customer_phone WHERE digits LIKE ?1 ESCAPE '\\') OR c.id IN (SELECT "
             "ct.customer_id FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id "
             "WHERE t.name LIKE ?1 ESCAPE '\\'))")
    total = conn.execute(f"SELECT count(*) FROM customer c WHERE {where}", (like,)).fetchone()[0]
    rows = conn.execute(f"SELECT c.id, c.name FROM customer c WHERE {where} ORDER BY "
                        f"c.last_visit_on DESC LIMIT {PAGE}", (like,)).fetchall()
    return total, rows


def scan_keystroke(conn: sqlite3.Connection, text: str) -> int:
    """The limit: ONE plain full scan of the customer table (the names and notes), the
    least any search that reads the book must cost."""
    q = search_keys.query_text(text)
    return conn.execute("SELECT count(*) FROM customer WHERE instr(name, ?1) > 0 OR "
                        "instr(description, ?1) > 0", (q,)).fetchone()[0]


def piece_table_size(conn: sqlite3.Connection) -> str:
    """Rows, pieces and bytes of the short-pieces posting lists (dbstat when SQLite has it)."""
    rows, pieces = conn.execute("SELECT count(*), sum(length(ids)) / 4 FROM "
                                "customer_search_posting").fetchone()
    try:
        size = conn.execute("SELECT sum(pgsize) FROM dbstat WHERE name LIKE "
                            "'customer_search_posting%'").fetchone()[0] or 0
        return f"{pieces or 0:,} pieces in {rows:,} rows, {size / 1e6:.1f} MB"
    except sqlite3.Error:
        return f"{pieces or 0:,} pieces in {rows:,} rows"


def timed(fn, *args) -> tuple[float, object]:
    started = time.perf_counter()
    result = fn(*args)
    return (time.perf_counter() - started) * 1000, result


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[18] if len(values) > 1 \
        else values[0]


def rss_mb() -> tuple[float, float]:
    """(current, peak) resident memory of this process in MB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    try:
        with open("/proc/self/statm") as f:
            current = int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2 ** 20
    except OSError:
        current = float("nan")
    return current, peak


def high_water() -> float:
    """The process's peak resident memory in MB since `high_water_reset` (Linux)."""
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmHWM")) / 1024


def high_water_reset() -> bool:
    """Start measuring the peak afresh (Linux: /proc/self/clear_refs); False elsewhere."""
    gc.collect()
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


def main() -> int:
    """Measure and print; exit status 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("book", nargs="?", default="/tmp/big-100k.db")
    parser.add_argument("--sequences", type=int, default=60)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--like", action="store_true", help="also time the no-index LIKE")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="custbook-bench-search-") as folder:
        path = Path(folder) / "book.db"
        shutil.copy(args.book, path)
        path.chmod(0o644)
        conn = sqlite3.connect(path)
        version = conn.execute("SELECT max(version) FROM schema_version").fetchone()[0]
        conn.close()
        from custbook import migrations  # an older book is upgraded by its steps instead
        added = add_missing_columns(path) if version >= migrations.LATEST else []
        if added:
            print(f"(older sample book: added columns {', '.join(added)})")

        first_open, _ = timed(db.open_book, path)
        db.close_book()
        second_open, _ = timed(db.open_book, path)
        page_open, (total, _rows) = timed(page_keystroke, "")
        print(f"customers in the book       : {total:,}")
        print(f"first open (builds index)   : {first_open:8.1f} ms")
        print(f"open again                  : {second_open:8.1f} ms")
        print(f"page open (count + {PAGE} rows) : {page_open:8.1f} ms")
        current, peak = rss_mb()
        print(f"memory with the list open   : {current:8.1f} MB (peak so far {peak:.1f} MB)")

        plain = sqlite3.connect(path)
        plain.execute("PRAGMA cache_size=-32000")
        sequences = make_sequences(plain, args.sequences, args.seed)
        keystrokes = [(kind, text) for kind, keys in sequences for text in keys]
        searching_from = high_water_reset()  # the peak of the searches, not of sampling them
        for _, text in keystrokes[:20]:  # warm both connections' page caches alike
            page_keystroke(text)
            plain_keystroke(plain, text)
        ours, theirs, likes, scans = [], [], [], []
        short_ours: list[float] = []
        by_kind: dict[str, list[float]] = {}
        mismatches = 0
        for kind, text in keystrokes:
            search._forget()
            ms, (n, _page) = timed(page_keystroke, text)
            ours.append(ms)
            by_kind.setdefault(kind, []).append(ms)
            if len(search_keys.query_text(text)) <= search_keys.SHORT:
                short_ours.append(ms)
            ms_plain, (n_plain, _) = timed(plain_keystroke, plain, text)
            theirs.append(ms_plain)
            scans.append(timed(scan_keystroke, plain, text)[0])
            mismatches += n != n_plain
            if args.like:
                likes.append(timed(like_keystroke, plain, text)[0])
        print(f"\nkeystrokes: {len(keystrokes)} in {len(sequences)} searches "
              f"(count differs from plain SQL: {mismatches})")
        print(f"{'':28}{'median':>9}{'p95':>9}{'max':>9}")
        print(f"{'Custbook (count + page)':28}{statistics.median(ours):9.1f}{p95(ours):9.1f}"
              f"{max(ours):9.1f}")
        print(f"{'plain sqlite3, same index':28}{statistics.median(theirs):9.1f}"
              f"{p95(theirs):9.1f}{max(theirs):9.1f}")
        print(f"{'ratio Custbook / plain':28}{statistics.median(ours) / statistics.median(theirs):9.2f}"
              f"{p95(ours) / p95(theirs):9.2f}")
        print(f"{'one full scan of customer':28}{statistics.median(scans):9.1f}"
              f"{p95(scans):9.1f}{max(scans):9.1f}")
        if short_ours:
            print(f"{'Custbook, 1-2 characters':28}{statistics.median(short_ours):9.1f}"
                  f"{p95(short_ours):9.1f}{max(short_ours):9.1f}   ({len(short_ours)} keystrokes)")
        print(f"p95 ratio Custbook / one full scan: {p95(ours) / p95(scans):.2f} "
              f"(target < 1); p95 {p95(ours):.1f} ms (target 30 ms at 100k, 100 ms at 1M)")
        print(f"short pieces table: {piece_table_size(plain)}")
        if likes:
            print(f"{'plain LIKE, no index':28}{statistics.median(likes):9.1f}{p95(likes):9.1f}"
                  f"{max(likes):9.1f}")
        print("\nby kind (Custbook)          median      p95   keystrokes")
        for kind, values in by_kind.items():
            print(f"  {kind:<24}{statistics.median(values):9.1f}{p95(values):9.1f}"
                  f"{len(values):9d}")
        slowest = sorted(zip(ours, (t for _, t in keystrokes)), reverse=True)[:8]
        print("slowest: " + ", ".join(f"{t!r} {ms:.0f}" for ms, t in slowest))
        plain.close()
        db.close_book()
        current, peak = rss_mb()
        print(f"\npeak memory of the process  : {peak:8.1f} MB (with sampling the keystrokes "
              "from the whole book)")
        if searching_from:
            print(f"peak while searching        : {high_water():8.1f} MB (both connections)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
