"""The headless sub-commands of `main.py`: the same core functions the window uses.

`python main.py` with no sub-command opens the window; `python main.py demo|info|check`
run here and print plain text (English; exit status 0 when all is well).
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from custbook import db, migrations
from custbook.cli import (calendar_cli, cards_cli, copy_cli, exchange_cli, faults,
                          messages_cli, privacy_cli, report_cli, settings_cli, unlock)
from custbook.cli.commands import COMMANDS  # noqa: F401 - re-exported: tests import it from here
from custbook.cli.options import options_parser
from custbook.cli.safety_cli import cmd_backup, cmd_restore
from custbook.cli.terminal import progress_printer
from custbook.errors import CustbookError
from custbook.safety import bookinfo, booklock, leftovers, server_holders


def build_parser() -> argparse.ArgumentParser:
    """The whole command-line grammar: the options and every sub-command."""
    parser = options_parser()
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = sub.add_parser("demo", help="build the sample shop (a realistic, made-up book)")
    demo.add_argument("--customers", type=int, default=2000, metavar="N")
    demo.add_argument("--out", required=True, metavar="PATH", help="the new book's file")
    demo.add_argument("--seed", type=int, default=20261122)
    demo.add_argument("--today", type=dt.date.fromisoformat, default=None, metavar="YYYY-MM-DD",
                      help="the day the sample shop's history ends (default: today)")
    demo.add_argument("--force", action="store_true", help="replace PATH if it exists")
    sub.add_parser("info", help="the book's path, schema version and record counts")
    sub.add_parser("check", help="integrity check; exit status 1 if the book is damaged")
    backup = sub.add_parser("backup", help="back the book up now (into the data folder)")
    backup.add_argument("--to", metavar="DIR", help="also copy the backup into DIR (a USB stick)")
    backup.add_argument("--list", action="store_true", help="list the book's backups instead")
    restore = sub.add_parser("restore", help="replace the book with a backup (the book as it "
                                             "is now is backed up first)")
    restore.add_argument("file", metavar="FILE", help="the backup to restore")
    search = sub.add_parser("search", help="find customers as the Customers page does "
                                           "(name, pinyin, phone digits, WeChat, tags, notes)")
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--limit", type=int, default=20, metavar="N")
    for group in (calendar_cli, exchange_cli, report_cli, copy_cli, messages_cli, settings_cli,
                  cards_cli, privacy_cli):
        group.add_commands(sub)
    return parser


def _book_path(args: argparse.Namespace) -> str:
    return args.db or str(db.default_book_path())


def cmd_demo(args: argparse.Namespace) -> int:
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


def cmd_info(args: argparse.Namespace) -> int:
    path = _book_path(args)
    db.open_book(path)
    try:
        version = migrations.stored_version(db.database_obj())
        print(f"Book:           {db.safe_location(path)}")
        print(f"Schema version: {version} (this Custbook: {migrations.LATEST})")
        for table, n in bookinfo.record_counts().items():
            print(f"  {table:<22} {n:>10,}")
    finally:
        db.close_book()
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    report = bookinfo.check_file(_book_path(args))
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

    db.open_book(_book_path(args))
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


def run(argv: list[str]) -> int:
    """Run one headless command; returns the process exit status."""
    args = build_parser().parse_args(argv)
    handler = {"demo": cmd_demo, "info": cmd_info, "check": cmd_check, "backup": cmd_backup,
               "restore": cmd_restore, "search": cmd_search,
               "reminders": calendar_cli.cmd_reminders, "ical": calendar_cli.cmd_ical,
               **exchange_cli.HANDLERS, **report_cli.HANDLERS,
               **copy_cli.HANDLERS, **messages_cli.HANDLERS,
               **settings_cli.HANDLERS, **cards_cli.HANDLERS,
               **privacy_cli.HANDLERS}[args.command]
    booklock.set_program(f"command:{args.command}")  # named in others' "the book is busy"
    unlock.install()  # a password-locked book is opened only with its password
    db.after_open.append(server_holders.name_session)  # a shared book: named, waits 5 s
    try:
        return _run(handler, args)
    finally:
        db.after_open.remove(server_holders.name_session)
        unlock.uninstall()


def _run(handler, args: argparse.Namespace) -> int:
    try:
        book = _book_path(args)
        if not db.is_url(book) and Path(book).is_file():
            leftovers.clean(Path(book))  # what a killed backup or restore left behind
        status = handler(args)
        sys.stdout.flush()  # a closed pipe (`| head`) shows here, not at exit
        return status
    except CustbookError as exc:
        print(f"custbook: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return faults.quiet_broken_pipe()
    except Exception as exc:  # storage faults in one sentence (custbook.cli.faults)
        sentence = faults.explain(exc, _book_path(args))
        if sentence is None:
            raise
        print(f"custbook: {sentence}", file=sys.stderr)
        return faults.EXIT_FAULT
