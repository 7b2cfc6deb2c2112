"""Hostile-file figures for issue 13: a vCard with a 5 MB photo, a 1,000,000-row XLSX dry run.

    .venv/bin/python bench/bench_hostile_files.py [--rows 1000000] [--keep]

Prints seconds and, beside each, a yardstick measured in the same run (so a slower or
faster machine does not change the verdict): for the vCard, the time to base64-decode
the photo once (reading must stay within a small multiple of that: linear); for the
XLSX, rows per second and peak RSS of the dry run (read + plan, no writing; what
`import --dry-run` does), each in a fresh process, beside openpyxl's own read-only
iteration of the same file as the limit (--full-plan: also the plan an import keeps).
Files are made in a temporary folder (or bench/out with --keep), never in tests/.
"""
from __future__ import annotations

import argparse
import base64
import os
import resource
import subprocess
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


def measure(kind: str, path: Path, folder: Path) -> None:
    """One measurement in this (fresh) process: prints `seconds rows peak_kB`."""
    start = time.perf_counter()
    if kind == "openpyxl":  # the limit: openpyxl's read-only iteration of the same sheet
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True, data_only=True)
        rows = sum(1 for _ in book.worksheets[0].iter_rows(values_only=True)) - 1
        book.close()
    else:
        from custbook import db
        from custbook.exchange import dry_run, importer

        db.open_book(folder / "bench-book.db")
        try:
            if kind == "dry-run":  # what `import --dry-run` does: counts, first problems
                rows = dry_run.dry_run_file(path, "skip").count("new")
            else:  # the full plan an import applies (every row kept)
                rows = importer.plan_file(path, "skip").count("new")
        finally:
            db.close_book()
    took = time.perf_counter() - start
    print(took, rows, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def bench_xlsx(rows: int, folder: Path, kinds: list[str]) -> None:
    path = folder / f"rows-{rows}.xlsx"
    if not path.exists():
        start = time.perf_counter()
        make_xlsx(path, rows)
        print(f"made {path.name} ({path.stat().st_size / 2**20:.0f} MB) in "
              f"{time.perf_counter() - start:.0f} s")
    figures = {}
    for kind in ["openpyxl"] + kinds:  # each in a fresh process: peak memory is its own
        out = subprocess.run([sys.executable, __file__, "--measure", kind, str(path),
                              str(folder)], check=True, capture_output=True, text=True)
        took, count, peak = out.stdout.split()[-3:]
        figures[kind] = (float(took), int(count), int(peak) / 1024)
        print(f"XLSX {kind} of {rows:,} rows: {float(took):.1f} s = "
              f"{rows / float(took):,.0f} rows/s; {int(count):,} rows"
              f"{' new' if kind != 'openpyxl' else ''}; peak RSS {int(peak) / 1024:,.0f} MB",
              flush=True)
    limit = figures["openpyxl"]
    for kind in kinds:
        took, _, peak = figures[kind]
        print(f"  {kind}: rows/s {limit[0] / took:.2f} of openpyxl's, peak RSS "
              f"{peak:,.0f} MB = {peak / limit[2]:.2f}x openpyxl's {limit[2]:,.0f} MB "
              f"(target < 300 MB)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--only", choices=["vcard", "xlsx"])
    parser.add_argument("--full-plan", action="store_true",
                        help="also measure the full plan an import keeps (every row)")
    parser.add_argument("--measure", nargs=3, metavar=("KIND", "FILE", "FOLDER"),
                        help=argparse.SUPPRESS)  # one measurement in a fresh process
    args = parser.parse_args()
    if args.measure:
        measure(args.measure[0], Path(args.measure[1]), Path(args.measure[2]))
        return
    kinds = ["dry-run"] + (["full-plan"] if args.full_plan else [])
    if args.only != "xlsx":
        bench_vcard()
    if args.only != "vcard":
        if args.keep:
            folder = ROOT / "bench" / "out"
            folder.mkdir(exist_ok=True)
            bench_xlsx(args.rows, folder, kinds)
        else:
            with tempfile.TemporaryDirectory() as tmp:
                bench_xlsx(args.rows, Path(tmp), kinds)


if __name__ == "__main__":
    main()
