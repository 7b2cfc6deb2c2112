"""The `copy-book` sub-command: move a book onto a PostgreSQL server, or back into a file.

    python main.py copy-book shop.db postgresql://custbook@server/shop
    python main.py copy-book postgresql://custbook@server/shop shop-copy.db

The password may be left out of the address: it is then taken from the PGPASSWORD
environment variable or asked for (never echoed), so it does not end up in the shell's
history.
"""
from __future__ import annotations

import argparse
import getpass
import os
import sys

from custbook.shared_book import server_address
from custbook.cli.terminal import progress_printer


def with_password(location: str) -> str:
    """A server address completed with its password (PGPASSWORD, or asked on a terminal)."""
    if not server_address.is_server_url(location):
        return location
    address = server_address.parse(location)
    if address.password:
        return location
    password = os.environ.get("PGPASSWORD", "")
    if not password and sys.stdin.isatty():
        password = getpass.getpass(f"Password for {address.key()}: ")
    if not password:
        return location  # the server may not need one (trust, .pgpass)
    return server_address.ServerAddress(address.host, address.database, address.user,
                                        address.port, password).url()


def cmd_copy_book(args: argparse.Namespace) -> int:
    # start-up: importing it here, not at the top, saves 325 ms when this module loads
    from custbook.shared_book import copy_book

    progress = progress_printer()

    report = copy_book.copy_book(with_password(args.source), with_password(args.target),
                                 progress)
    if sys.stderr.isatty():
        print("\r", end="", file=sys.stderr, flush=True)
    print(f"Copied {report.source} to {report.target} in {report.seconds:.1f} s "
          f"({report.rows:,} rows; every copied table's count checked):")
    for table, n in report.counts.items():
        rebuilt = "  (rebuilt from the search keys)" if table in report.rebuilt else ""
        print(f"  {table:<22} {n:>10,}{rebuilt}")
    if report.notes:
        print("Not in the source (an older book), so left empty or at their defaults: "
              + ", ".join(report.notes))
    return 0


HANDLERS = {"copy-book": cmd_copy_book}
