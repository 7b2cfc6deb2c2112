"""Running one parsed command through the core: its handler, and what every command shares.

Every command names itself in the book's lock file and server session ("the book is busy:
it is open in command:export"), opens a password-locked book only with its password
(custbook.cli.unlock), removes what a killed backup or restore left beside a book file
(custbook.safety.leftovers), and ends a storage fault in one sentence instead of a
traceback (custbook.cli.faults). Importing this module imports every command group and
the core behind it, so `custbook.cli.main` imports it only once the arguments are parsed
and a command is to run through the core.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from custbook import db
from custbook.cli import (book_cli, calendar_cli, cards_cli, copy_cli, exchange_cli, faults,
                          info_cli, messages_cli, privacy_cli, report_cli, safety_cli,
                          settings_cli, unlock)
from custbook.cli.options import book_location
from custbook.cli.terminal import quiet_broken_pipe
from custbook.errors import CustbookError
from custbook.safety import booklock, leftovers, server_holders

Handler = Callable[[argparse.Namespace], int]
HANDLERS: dict[str, Handler] = {
    "demo": book_cli.cmd_demo, "info": info_cli.cmd_info, "check": book_cli.cmd_check,
    "backup": safety_cli.cmd_backup, "restore": safety_cli.cmd_restore,
    "search": book_cli.cmd_search, "reminders": calendar_cli.cmd_reminders,
    "ical": calendar_cli.cmd_ical, **exchange_cli.HANDLERS, **report_cli.HANDLERS,
    **copy_cli.HANDLERS, **messages_cli.HANDLERS, **settings_cli.HANDLERS,
    **cards_cli.HANDLERS, **privacy_cli.HANDLERS,
}


def run(args: argparse.Namespace) -> int:
    """Run the parsed command; returns the process exit status."""
    handler = HANDLERS[args.command]
    booklock.set_program(f"command:{args.command}")  # named in others' "the book is busy"
    unlock.install()  # a password-locked book is opened only with its password
    db.after_open.append(server_holders.name_session)  # a shared book: named, waits 5 s
    try:
        return _run(handler, args)
    finally:
        db.after_open.remove(server_holders.name_session)
        unlock.uninstall()


def _run(handler: Handler, args: argparse.Namespace) -> int:
    try:
        book = book_location(args)
        if not db.is_url(book) and Path(book).is_file():
            leftovers.clean(Path(book))  # what a killed backup or restore left behind
        status = handler(args)
        sys.stdout.flush()  # a closed pipe (`| head`) shows here, not at exit
        return status
    except CustbookError as exc:
        print(f"custbook: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return quiet_broken_pipe()
    except Exception as exc:  # storage faults in one sentence (custbook.cli.faults)
        sentence = faults.explain(exc, book_location(args))
        if sentence is None:
            raise
        print(f"custbook: {sentence}", file=sys.stderr)
        return faults.EXIT_FAULT
