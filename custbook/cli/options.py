"""The options every start of Custbook reads: `--db`, `--lang`, `--version`.

The window parses these alone (a sub-command never reaches it: `ui.launch` sends those
to `custbook.cli.main`), so it does not build the grammar of every command group and
import the core behind each; `custbook.cli.main` adds the sub-commands to the same parser.
"""
from __future__ import annotations

import argparse

from custbook import __version__, db


class VersionAction(argparse.Action):
    """`--version`: the version, the book it would open and the data folder (also in About)."""

    def __call__(self, parser, namespace, values, option_string=None):
        book = db.safe_location(namespace.db) if namespace.db else db.default_book_path()
        print(f"Custbook {__version__}\nbook: {book}\ndata folder: {db.data_dir()}")
        parser.exit()


def options_parser() -> argparse.ArgumentParser:
    """The parser of the options alone (what the window reads)."""
    parser = argparse.ArgumentParser(
        prog="custbook", description="Custbook: the customer book for small shops.")
    parser.add_argument("--db", metavar="PATH|URL",
                        help="the customer book to open: a file, or a shared book's "
                             "postgresql://user@server/database (default: custbook.db in the "
                             "data folder)")
    parser.add_argument("--lang", choices=["zh_CN", "en"],
                        help="language of the window (default: the system's)")
    parser.add_argument("--version", action=VersionAction, nargs=0,
                        help="show the version, the book and the data folder, and exit")
    return parser
