"""The `backup` and `restore` sub-commands: the same core functions the window uses.

    python main.py backup [--to DIR]     back the book up now (and copy it into DIR)
    python main.py backup --list         the book's backups, newest first, with counts
    python main.py restore FILE          replace the book with FILE (saving it first)

A restore refuses to touch a book that is open in a Custbook window (custbook.safety.booklock).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from custbook import db
from custbook.safety import backup, backup_check, booklock, restore
from custbook.shared_book import server_backup
from custbook.errors import CustbookError
from custbook.cli.terminal import progress_printer
from custbook.cli.copy_cli import with_password


def _book(args: argparse.Namespace) -> Path:
    if args.db and db.is_url(args.db):
        raise backup.BackupError("This book lives on a database server; back it up there.")
    return Path(args.db) if args.db else db.default_book_path()


def _size(n: int) -> str:
    return f"{n / 1e6:,.1f} MB" if n >= 1e5 else f"{n / 1e3:,.0f} kB"


def _describe(preview: backup_check.Preview) -> str:
    return (f"{preview.taken_at:%Y-%m-%d %H:%M:%S}  {preview.kind or 'file':<14} "
            f"{_size(preview.size):>10}  {preview.customers:>8,} customers  "
            f"{preview.purchases:>9,} purchases  {preview.complaints:>6,} complaints")


def _end_progress() -> None:
    if sys.stderr.isatty():
        print("\r", end="", file=sys.stderr, flush=True)


def cmd_backup(args: argparse.Namespace) -> int:
    """Back the book up now, or list its backups."""
    if args.db and db.is_url(args.db) and not args.list:  # a shared book: custbook.shared_book.server_backup

        result = server_backup.take_backup(with_password(args.db), kind=backup.MANUAL,
                                           progress=progress_printer())
        _end_progress()
        print(f"Backed up {db.safe_location(args.db)}:\n  {result.backup.path} "
              f"({_size(result.backup.size)})")
        return 0
    book = _book(args)
    if args.list:
        backups = backup.list_backups(book, args.to)
        if not backups:
            print(f"No backups of {book} yet.")
        for item in backups:
            try:
                print(_describe(backup_check.preview(item.path)))
            except CustbookError as exc:
                print(f"{item.taken_at:%Y-%m-%d %H:%M:%S}  {item.kind:<14} {exc}")
            print(f"    {item.path}")
        return 0
    result = backup.take_backup(book, kind=backup.MANUAL, second_folder=args.to,
                                progress=progress_printer())
    _end_progress()
    print(f"Backed up {book}:")
    print(f"  {_describe(backup_check.preview(result.backup.path))}")
    for copy in result.copies:
        print(f"  {copy}")
    for problem in result.problems:
        print(f"custbook: {problem}", file=sys.stderr)
    return 1 if result.problems else 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Replace the book with a backup; the book as it was is saved first."""
    book = _book(args)
    source = Path(args.file)
    with booklock.held(book, wait=db.BUSY_SECONDS):  # a window closing lets go in a moment
        print(f"Restoring {source}")
        print(f"  {_describe(backup_check.preview(source))}")
        saved = restore.restore(source, book, progress=progress_printer())
    _end_progress()
    print(f"Restored into {book}.")
    if saved is not None:
        print(f"The book as it was before is kept at {saved}")
    return 0
