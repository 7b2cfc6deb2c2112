"""The book's own sub-commands: `demo` (the sample shop), `check` and `search`.

    python main.py demo --out shop.db [--customers N]   a realistic, made-up shop
    python main.py check                                 integrity; exit status 1 if damaged
    python main.py search QUERY [--limit N]              as the Customers page finds them

`info` has its own module (custbook.cli.info_cli); `backup` and `restore` are in
custbook.cli.safety_cli.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from custbook import db
from custbook.cli.options import book_location
from custbook.cli.terminal import progress_printer
from custbook.safety import bookinfo, booklock


def cmd_demo(args: argparse.Namespace) -> int:
    """Write the sample shop into a new book and print what it holds."""
    # start-up: importing custbook.sample.sample_shop here saves 43 ms when this module loads
    from custbook.sample import sample_shop

    out = Path(args.out)
    if out.exists() and args.force:
        booklock.acquire(out).release()  # never replace a book that is open in a window
        for suffix in ("", "-wal", "-shm"):
            Path(str(out) + suffix).unlink(missing_ok=True)
    progress = progress_printer()

    report = sample_shop.generate(out, args.customers, seed=args.seed, today=args.today,
                                  progress=progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"Sample shop written to {out} in {report.seconds:.1f} s")
    for kind in ("customers", "phones", "purchases", "contacts", "complaints",
                 "satisfaction_records", "reminders"):
        print(f"  {kind:<22} {getattr(report, kind):>10,}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Check the book without changing it; exit status 1 when it is damaged or unreachable."""
    report = bookinfo.check_file(book_location(args))
    if report.ok:
        print(f"OK: {report.path} (schema version {report.schema_version})")
        return 0
    print(f"{'CANNOT CHECK' if report.unreachable else 'DAMAGED'}: {report.path}")
    for problem in report.problems:
        print(f"  - {problem}")
    return 1


def cmd_search(args: argparse.Namespace) -> int:
    """Print the best matches, one per line: name, phone, tier (tab-separated)."""
    # start-up: importing it here, not at the top, saves 15 ms when this module loads
    from custbook.customers import customer_list

    db.open_book(book_location(args))
    try:
        rows = customer_list.search_customers(args.query, max(1, args.limit))
        for row in rows:
            print(f"{row.name}\t{row.phone}\t{row.tier}")
        if len(rows) >= max(1, args.limit):  # say what the limit left out
            # start-up: importing it here, not at the top, saves 14 ms when this module loads
            from custbook.customers.customer_query import CustomerQuery

            more = customer_list.count_customers(CustomerQuery(text=args.query)) - len(rows)
            if more > 0:
                print(f"… and {more} more (--limit N shows more)", file=sys.stderr)
    finally:
        db.close_book()
    return 0
