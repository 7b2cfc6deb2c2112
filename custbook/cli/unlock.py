"""The password lock for headless commands: a locked book is opened only with its password.

The window asks for the password when it opens a locked book; the commands used to
skip that, so `main.py --db locked.db export ...` wrote every customer. Now every book a
command opens is checked (through `custbook.db.after_open`): the password comes from
CUSTBOOK_PASSWORD (for scripts) or is asked on the terminal; without it the command
stops before reading anything.
"""
from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from custbook import db
from custbook.errors import CustbookError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.safety import password

ENV = "CUSTBOOK_PASSWORD"
_unlocked: set[str] = set()  # books this process was given the right password for


class BookLocked(CustbookError):
    """The book has a lock password and it was not given (or was wrong)."""


def require_password(location: str | Path) -> None:
    """Raise BookLocked unless the open book has no password or the right one is given."""
    key = str(location)
    if key in _unlocked or not password.is_set():
        return
    shown = db.safe_location(location)
    given = os.environ.get(ENV)
    if given is None:
        if not sys.stdin or not sys.stdin.isatty():
            raise BookLocked(QT_TRANSLATE_NOOP(
                "Unlock", "The book {path} is locked with a password. Type it when asked (run "
                          "the command in a terminal), or give it in the CUSTBOOK_PASSWORD "
                          "environment variable.").format(path=shown))
        given = getpass.getpass(f"Password for {shown}: ")
    if not password.verify(given):
        raise BookLocked(QT_TRANSLATE_NOOP(
            "Unlock", "The password for {path} is wrong; nothing was read or changed.").format(
                path=shown))
    _unlocked.add(key)


def install() -> None:
    """Check the password of every book this process opens from now on."""
    if require_password not in db.after_open:
        db.after_open.append(require_password)


def uninstall() -> None:
    """Stop checking (the command is over; a test process goes on with other books)."""
    if require_password in db.after_open:
        db.after_open.remove(require_password)
    _unlocked.clear()
