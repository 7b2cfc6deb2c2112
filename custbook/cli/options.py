"""The options every start of Custbook reads: `--db`, `--lang`, `--version`.

The window parses these alone (a sub-command never reaches it: `ui.launch` sends those
to `custbook.cli.main`); `custbook.cli.grammar` adds the sub-commands to the same parser.
Nothing here imports the core or platformdirs until `--version` asks where things are,
so `--help` costs argparse and little more.
"""
from __future__ import annotations

import argparse
import os
import sys

from custbook import __version__


class HelpFormatter(argparse.HelpFormatter):
    """argparse's own help, told the terminal's width instead of asking `shutil` for it.

    Why: shutil's import (its archive formats bring zlib, bz2 and lzma) was 3 ms of a
    `--help` of 30 ms (-X importtime). The width is found as `shutil.get_terminal_size`
    finds it: `COLUMNS`, else the terminal, else 80 (a pipe, a file).
    """

    def __init__(self, prog: str, **kwargs) -> None:
        if kwargs.get("width") is None:
            try:
                columns = int(os.environ.get("COLUMNS", ""))
            except ValueError:
                columns = 0
            if columns <= 0:
                try:
                    columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
                except (AttributeError, ValueError, OSError):
                    columns = 0
            kwargs["width"] = (columns or 80) - 2  # argparse's own margin
        super().__init__(prog, **kwargs)


class Parser(argparse.ArgumentParser):
    """An ArgumentParser with `HelpFormatter`; its sub-commands' parsers are Parsers too
    (argparse makes them of the parent's class)."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)


class VersionAction(argparse.Action):
    """`--version`: the version, the book it would open and the data folder (also in About)."""

    def __call__(self, parser, namespace, values, option_string=None):
        # start-up: platformdirs (4-8 ms loaded; -X importtime) for --version only, not
        # for every parse of the options (--help, the window, every command)
        from custbook import book_paths

        book = (book_paths.safe_location(namespace.db) if namespace.db
                else book_paths.default_book_path())
        print(f"Custbook {__version__}\nbook: {book}\ndata folder: {book_paths.data_dir()}")
        parser.exit()


def options_parser() -> argparse.ArgumentParser:
    """The parser of the options alone (what the window reads)."""
    parser = Parser(prog="custbook", description="Custbook: the customer book for small shops.")
    parser.add_argument("--db", metavar="PATH|URL",
                        help="the customer book to open: a file, or a shared book's "
                             "postgresql://user@server/database (default: custbook.db in the "
                             "data folder)")
    parser.add_argument("--lang", choices=["zh_CN", "en"],
                        help="language of the window (default: the system's)")
    parser.add_argument("--version", action=VersionAction, nargs=0,
                        help="show the version, the book and the data folder, and exit")
    return parser


def book_location(args: argparse.Namespace) -> str:
    """The book a command works on: `--db`, or the default book in the data folder."""
    # start-up: platformdirs (4-8 ms loaded; -X importtime) when a command runs without
    # --db, never for parsing (--help, the window's options)
    from custbook import book_paths

    return args.db or str(book_paths.default_book_path())
