"""Benchmark recommendation letters on a big book: reading everyone's interests (once per
dialog), matching a topic (on every pause in typing), a tag, merging the letters, writing
the PDF (pages per second) and recording them in the contact log.

Usage: python bench/bench_letters.py [BOOK] [--letters N]
(default /tmp/big-100k.db, the 100,000-customer sample). The book is copied to a
temporary file first, because recording writes contact entries; the copy is deleted.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("CUSTBOOK_NO_BOOTSTRAP", "1")

from custbook import db
from custbook.customers import customers
from custbook.letters import letter_templates, letters
from custbook.paper.letters_pdf import write_letters


def timed(label: str, work):
    start = time.perf_counter()
    result = work()
    print(f"{label:<52} {time.perf_counter() - start:8.3f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("book", nargs="?", default="/tmp/big-100k.db")
    parser.add_argument("--letters", type=int, default=500)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-letters-"))
    try:
        copy = folder / "book.db"
        shutil.copy(args.book, copy)
        db.open_book(copy)
        index = timed("interest index (every customer's interests)", letters.interest_index)
        print(f"  {len(index):,} customers with interests written down")
        timed("completion words", index.words)
        for topic in ("茶", "旅行", "瑜伽", "yoga", "喜欢真丝和羊绒"):
            found = timed(f"match “{topic}”", lambda t=topic: index.match(t))
            print(f"  {len(found.included):,} get a letter, {len(found.excluded):,} left out")
        tag = max(customers.all_tags(), key=lambda t: t.count)
        found = timed(f"tag “{tag.name}” ({tag.count:,} customers)", lambda: letters.by_tag(tag.id))
        ids = [c.customer_id for c in index.match("旅行").included][:args.letters]
        template = letter_templates.template("builtin:zh_new")
        shop = letter_templates.Shop.current("旅行")
        today = dt.date.today()
        made = timed(f"merge {len(ids):,} letters", lambda: letters.letters_for(
            ids, template, shop, today))
        start = time.perf_counter()
        written = write_letters(folder / "letters.pdf", made, address_block=True)
        took = time.perf_counter() - start
        print(f"{f'PDF of {written.letters:,} letters, {written.pages:,} pages':<52} {took:8.3f} s"
              f"  ({written.pages / took:.0f} pages/s, "
              f"{(folder / 'letters.pdf').stat().st_size / 1e6:.1f} MB)")
        timed(f"record {len(ids):,} letters in the contact log", lambda: letters.record_letters(
            ids, {l.customer_id: l.subject for l in made}))
        db.close_book()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
