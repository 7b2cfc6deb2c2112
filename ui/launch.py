"""The `custbook` program: the console script of the installed package and the frozen release.

A headless sub-command (`demo`, `info`, `check`, ...), `--help` or `--version` runs the
core's command line without loading Qt; anything else opens the window. `main.py` (the
source checkout's starter) prepares `.venv` first and then calls the same `main`, so a
checkout, `pip install .` and the release all start the same way. It lives in `ui/`
because it may open the window, and the core never imports the window.
"""
from __future__ import annotations

import os
import sys

from custbook.cli.commands import COMMANDS


def is_headless(argv: list[str]) -> bool:
    """Whether `argv` names a headless command (or only asks for help or the version)."""
    return any(arg in COMMANDS or arg in ("-h", "--help", "--version") for arg in argv)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if hasattr(os, "umask"):  # books, backups, exports and their folders: the user's only
        os.umask(0o077)
    if is_headless(argv):
        # start-up: the command line and the core behind it (0.4-0.6 s loaded, -X
        # importtime) are a command's, the window (Qt, every page) is the window's:
        # neither pays for the other.
        from custbook.cli.main import run

        if any(arg == "--lang" or arg.startswith("--lang=") for arg in argv):
            # start-up: Qt's translator (PySide6.QtCore, 0.39 s loaded) only for --lang;
            # without it the core speaks English, its source text (--help never needs Qt).
            from ui import headless_language

            headless_language.install(headless_language.language_in(argv))  # PDFs, exports
        return run(argv)
    return window()(argv)


def window():
    """The window's `run(argv)`, its modules imported in start-up order (bench_startup too).

    The core (the book's opener, peewee, the models) is imported before Qt: once
    PySide6 is loaded, its import hook reads the source of every module imported after
    it, looking for "PySide6" (its `__feature__` switch), 0.1-0.2 ms a module: the
    ~120 modules of the core and peewee cost the start 15-25 ms more after Qt.
    """
    # start-up: as above, the window's own (Qt, the book's opener, every page).
    from custbook import db
    # start-up: importing custbook.safety here, not at the top, saves 210 ms when this module loads
    from custbook.safety import booklock, server_holders
    # start-up: importing ui.app here, not at the top, saves 1.47 s when this module loads
    from ui.app import run as run_window

    booklock.set_program(booklock.WINDOW)  # a command meeting the book names "the window"
    db.after_open.append(server_holders.name_session)  # so does one on a shared book
    return run_window


if __name__ == "__main__":
    sys.exit(main())
