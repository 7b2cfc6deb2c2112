"""Hostile-file figures for issue 13: a vCard with a 5 MB photo, a 1,000,000-row XLSX dry run.

    .venv/bin/python bench/bench_hostile_files.py [--rows 1000000] [--keep]

Prints seconds and, beside each, a yardstick measured in the same run (so a slower or
faster machine does not change the verdict): for the vCard, the time to base64-decode
the photo once (reading must stay within a small multiple of that: linear); for the
XLSX, rows per second of the dry run (read + plan, no writing) and the peak memory.
Files are made in a temporary folder (or bench/out with --keep), never in tests/.
"""
from __future__ import annotations

import argparse
import base64
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def vcard_with_photo(size: int) -> bytes:
    photo = base64.b64encode(b"\xff\xd8" + os.urandom(size - 2))
    folded = b"\r\n ".join(photo[i:i + 74] for i in range(0, len(photo), 74))
    return (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:\xe7\x8e\x8b\xe8\x8a\xb3\r\n"
            b"TEL:13800138000\r\nPHOTO;ENCODING=b;TYPE=JPEG:" + folded + b"\r\nEND:VCARD\r\n")


def bench_vcard(size: int = 5 * 1024 * 1024) -> None:
    from custbook.exchange import vcard_read

    data = vcard_with_photo(size)
    start = time.perf_counter()
    base64.b64decode(b"".join(data.split(b"PHOTO;ENCODING=b;TYPE=JPEG:")[1].split()))
    yardstick = time.perf_counter() - start
    start = time.perf_counter()
    contacts = vcard_read.read_vcards(data)
    took = time.perf_counter() - start
    assert len(contacts) == 1 and len(contacts[0].photo[0]) == size
    print(f"vCard with a {size / 2**20:.0f} MB photo ({len(data) / 2**20:.1f} MB file): "
          f"{took:.2f} s  (base64-decoding the photo alone: {yardstick:.3f} s, "
          f"ratio {took / max(yardstick, 1e-6):.0f}x; limit 200x = linear)")


def make_xlsx(path: Path, rows: int) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(["姓名", "电话", "生日", "备注", "累计消费"])
    for n in range(rows):
        sheet.append([f"顾客{n}", f"139{n:08d}", "1990-05-03", "老顾客", "1,200.50"])
    book.save(path)


def bench_xlsx(rows: int, folder: Path) -> None:
    from custbook import db
    from custbook.exchange import importer

    path = folder / f"rows-{rows}.xlsx"
    if not path.exists():
        start = time.perf_counter()
        make_xlsx(path, rows)
        print(f"made {path.name} ({path.stat().st_size / 2**20:.0f} MB) in "
              f"{time.perf_counter() - start:.0f} s")
    db.open_book(folder / "bench-book.db")
    try:
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        start = time.perf_counter()
        plan = importer.plan_file(path, "skip")
        took = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    finally:
        db.close_book()
    print(f"XLSX dry run of {rows:,} rows: {took:.1f} s = {rows / took:,.0f} rows/s; "
          f"{plan.count('new'):,} new; peak memory {peak / 1024:,.0f} MB "
          f"(before: {before / 1024:,.0f} MB)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--only", choices=["vcard", "xlsx"])
    args = parser.parse_args()
    if args.only != "xlsx":
        bench_vcard()
    if args.only != "vcard":
        if args.keep:
            folder = ROOT / "bench" / "out"
            folder.mkdir(exist_ok=True)
            bench_xlsx(args.rows, folder)
        else:
            with tempfile.TemporaryDirectory() as tmp:
                bench_xlsx(args.rows, Path(tmp))


if __name__ == "__main__":
    main()
