"""`python main.py info`: where the book is, its schema step and how many records it holds.

    Book:           /home/shop/.local/share/Custbook/custbook.db
    Schema version: 13 (this Custbook: 13)
      staff                           5
      customer                  100,000
      …

A book file that needs nothing from the core's open is read with plain sqlite3
(`custbook.safety.plain_info`: no peewee, no models, no migrations to import): at
100,000 customers 0.07 s instead of 0.3-0.4 s on a busy 2-core PC. Any other book (an older or newer one, a
server's, a damaged one, one with a password, a search index to heal, one another
program is writing to) is opened through the core as every command opens it, so the
output and each refusal are the same either way. This module imports no more than the
plain read needs; `cmd_info` imports the core when it runs.
"""
from __future__ import annotations

import argparse
import sys

from custbook import book_format, book_paths
from custbook.cli import terminal
from custbook.cli.options import book_location
from custbook.safety import plain_info


def print_head(location: str, version: int) -> None:
    """The book's location (a server's without its password) and its schema step."""
    print(f"Book:           {book_paths.safe_location(location)}")
    print(f"Schema version: {version} (this Custbook: {book_format.LATEST})")


def print_counts(counts: dict[str, int]) -> None:
    """One line per table: its name and how many records it holds."""
    for table, n in counts.items():
        print(f"  {table:<22} {n:>10,}")


def plain_info_status(args: argparse.Namespace) -> int | None:
    """Print `info` from the file with plain sqlite3; None when the core must open the book."""
    location = book_location(args)
    found = plain_info.read(location)
    if found is None:
        return None
    version, counts = found
    try:
        print_head(location, version)
        print_counts(counts)
        sys.stdout.flush()  # a closed pipe (`| head`) shows here, not at exit
    except BrokenPipeError:
        return terminal.quiet_broken_pipe()
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    """`info` through the core's open: the book upgraded, indexed, unlocked first as needed."""
    # start-up: the core's open (peewee, the models, the migrations, the search: 0.2 s
    # loaded; -X importtime) only for a book the plain read leaves to it
    from custbook import db, migrations
    from custbook.safety import bookinfo

    path = book_location(args)
    db.open_book(path)
    try:
        print_head(path, migrations.stored_version(db.database_obj()))
        print_counts(bookinfo.record_counts())
    finally:
        db.close_book()
    return 0
