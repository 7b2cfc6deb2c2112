"""Is this book sound, and what does a storage error mean in the shop owner's words?

`quick_check` reads the whole file (SQLite's `PRAGMA quick_check`: 1.3-1.5 s at 100,000
customers, 7-8 s at 1,000,000), so it never runs before the window's first paint of a
book that is not known to be damaged: `opening_check` looks at the file itself (there,
readable, a database) and the window checks the whole file in the background once it
has painted. After a clean close (`note_clean_close`, called by `db.close_book` after the
WAL was checkpointed into the file; the file unchanged since: same size, modification
time and inode, no WAL left) that check waits until the window has settled; after a
crash, a kill, a copy, a restore or any other change it starts at once. SQLite's
journal keeps a killed process's book whole (what was committed stays, the rest is
rolled back as the book opens); what it cannot undo is a failing disk. Damage met while
opening, reading, or by the background check marks the book `suspect`, a note kept on
disk: until a whole-file check finds it sound, every open checks it first, so a damaged,
truncated or unreadable file is caught before opening and the window offers the latest
good backup instead of failing half-way through a page.

`explain` turns the errors SQLite and the operating system raise (disk full, read-only,
locked, I/O error, damaged) into one plain sentence that says nothing was lost, because
each user action is one transaction and a failed one leaves the book as it was.
"""
from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.safety import booklock
# The note of a clean close lives apart (no dataclasses, no booklock): `info` keeps it too.
from custbook.safety.clean_close import (  # noqa: F401 - callers ask integrity
    clear_suspect, closed_cleanly, forget_clean_close, is_suspect, mark_suspect,
    note_clean_close,
)

# States of a book file before it is opened.
OK, NEW, MISSING_FOLDER, UNREADABLE, LOCKED, DAMAGED, NOT_A_BOOK, STOPPED = (
    "ok", "new", "missing_folder", "unreadable", "locked", "damaged", "not_a_book", "stopped")
# The states where restoring a backup is the way out.
RESCUABLE = frozenset({UNREADABLE, DAMAGED})
LOCK_WAIT = 2.0  # seconds a start-up check waits for a program holding the book locked


@dataclass(frozen=True)
class Health:
    """The result of a start-up check: a state (see the constants) and words for the user."""

    path: str
    state: str
    detail: str = ""
    technical: str = ""  # what SQLite said, for whoever repairs the file
    whole_file: bool = True  # False: opened without it (checked later, in the background)
    clean_close: bool = False  # the book was closed cleanly last time (its check can wait)

    @property
    def ok(self) -> bool:
        return self.state in (OK, NEW)


def _chain(exc: BaseException | None) -> list[BaseException]:
    """`exc` and the errors behind it (peewee wraps sqlite3's; a failed rollback hides one)."""
    found: list[BaseException] = []
    while exc is not None and exc not in found and len(found) < 10:
        found.append(exc)
        inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else None
        exc = inner or exc.__cause__ or exc.__context__
    return found


def _kind_of_one(exc: BaseException) -> str:
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    if name == "SQLITE_FULL" or "disk is full" in text:
        return "full"
    if name.startswith("SQLITE_READONLY") or "readonly database" in text:
        return "readonly"
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in text:
        return "locked"
    if name in ("SQLITE_CORRUPT", "SQLITE_NOTADB") or "malformed" in text \
            or "not a database" in text:
        return "corrupt"
    if name.startswith("SQLITE_CANTOPEN") or "unable to open" in text:
        return "cantopen"
    if name.startswith("SQLITE_IOERR") or "disk i/o error" in text:
        return "io"
    return ""


def _sqlite_kind(exc: BaseException) -> str:
    """A short word for what went wrong: full, readonly, locked, io, cantopen, corrupt, ''."""
    for error in _chain(exc):
        if isinstance(error, OSError):
            return error_kind(error)
        kind = _kind_of_one(error)
        if kind:
            return kind
    return ""


def error_kind(exc: BaseException) -> str:
    """What a storage error is: full, readonly, locked, io, cantopen, corrupt, or ''."""
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", -1)):
            return "full"
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return "readonly"
        if exc.errno == errno.ENOENT:
            return "cantopen"
        return "io"
    return _sqlite_kind(exc)


def explain(exc: BaseException) -> str | None:
    """One plain sentence for a storage error (disk full, read-only, …), or None if not one."""
    kind = error_kind(exc)
    return {
        "full": QT_TRANSLATE_NOOP(
            "Integrity", "The disk is full, so this change could not be saved. Nothing was "
                         "lost: the book is as it was before. Free some space and try again."),
        "readonly": QT_TRANSLATE_NOOP(
            "Integrity", "The book cannot be written (the file or its folder is read-only). "
                         "Nothing was changed. Copy the book to a folder you can write to, or "
                         "remove the read-only mark in the file's properties."),
        "locked": QT_TRANSLATE_NOOP(
            "Integrity", "Another program is using the book right now, so this change could "
                         "not be saved. Nothing was lost. Try again in a moment."),
        "io": QT_TRANSLATE_NOOP(
            "Integrity", "The disk reported an error while saving, so this change was not "
                         "saved. Nothing was lost: the book is as it was before. Check the "
                         "disk or USB stick and try again."),
        "cantopen": QT_TRANSLATE_NOOP(
            "Integrity", "The book's file cannot be opened: it was moved or deleted, or you "
                         "lack permission to read it."),
        "corrupt": QT_TRANSLATE_NOOP(
            "Integrity", "The book's file is damaged. Close Custbook and start it again: it "
                         "will offer to restore the latest good backup."),
    }.get(kind)


def explain_opening(exc: BaseException, path: str | Path) -> str | None:
    """Why a book could not be opened, when it is not the file's fault (locked, read-only)."""
    kind = error_kind(exc)
    if kind == "locked":
        return _locked_text(path)
    if kind == "readonly":
        return writable_problem(path) or explain(exc)
    if kind == "cantopen":
        return QT_TRANSLATE_NOOP("Integrity", "The book {path} cannot be read: {reason}.").format(
            path=path, reason=exc)
    return None


def _damaged_text(path: str | Path) -> str:
    return QT_TRANSLATE_NOOP(
        "Integrity", "The book {path} is damaged: the check found errors inside the file.").format(
            path=path)


def _locked_text(path: str | Path) -> str:
    holder = None if "://" in str(path) else booklock.read_holder(path)
    if holder is not None:  # the Custbook that holds the lock file: its program, account, PC
        return QT_TRANSLATE_NOOP(
            "Integrity", "The book {path} is held locked by {holder}. Close it there and try "
                         "again. Nothing was changed.").format(
                             path=path, holder=booklock.holder_words(holder))
    return QT_TRANSLATE_NOOP(
        "Integrity", "Another program is holding the book {path} locked. Close that program "
                     "and try again. Nothing was changed.").format(path=path)


def writable_problem(path: str | Path) -> str | None:
    """Why Custbook could not write to the book at `path`, or None if it can."""
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        return QT_TRANSLATE_NOOP("Integrity", "The folder {folder} does not exist.").format(
            folder=folder)
    if path.exists() and not os.access(path, os.W_OK):
        return QT_TRANSLATE_NOOP(
            "Integrity", "The book {path} is read-only. Custbook needs to save your changes "
                         "in it: remove the read-only mark in the file's properties, or copy "
                         "it to a folder you can write to. Nothing was changed.").format(
                             path=path)
    if not os.access(folder, os.W_OK):
        return QT_TRANSLATE_NOOP(
            "Integrity", "The folder {folder} is read-only. Custbook keeps its journal beside "
                         "the book, so it needs to write there: copy the book to a folder you "
                         "can write to. Nothing was changed.").format(folder=folder)
    return None


def file_health(path: str | Path) -> Health | None:
    """What is wrong with the file itself (missing, a folder, unreadable, empty), or None."""
    path = Path(path)
    where = str(path)
    if not path.parent.is_dir():
        return Health(where, MISSING_FOLDER, QT_TRANSLATE_NOOP(
            "Integrity", "The folder {folder} does not exist.").format(folder=path.parent))
    if not path.exists():
        return Health(where, NEW)
    if path.is_dir():
        return Health(where, NOT_A_BOOK, QT_TRANSLATE_NOOP(
            "Integrity", "{path} is a folder, not a customer book.").format(path=path))
    try:
        with open(path, "rb") as file:
            header = file.read(16)
    except OSError as exc:
        return Health(where, UNREADABLE, QT_TRANSLATE_NOOP(
            "Integrity", "The book {path} cannot be read: {reason}.").format(
                path=path, reason=exc.strerror or exc))
    if not header:
        return Health(where, DAMAGED, QT_TRANSLATE_NOOP(
            "Integrity", "The book {path} is empty (0 bytes): its contents were lost, for "
                         "example when a copy was interrupted.").format(path=path))
    return None


def quick_check(path: str | Path, stop: Callable[[], bool] | None = None) -> Health:
    """Check a book file before opening it, without changing it (PRAGMA quick_check).

    `stop()` is asked now and then while the file is read; once it answers True the
    check ends with the state STOPPED (a window closing while it checks in the background).
    """
    return file_health(path) or _check_database(Path(path), stop)


# How many whole-file checks this process ran: what tests observe instead of a timing.
whole_file_checks = 0


def opening_check(path: str | Path) -> Health:
    """The check before opening: the file itself, or the whole file if damage was seen.

    Without `whole_file` the caller checks the whole file later, in the background
    (`clean_close` tells whether it may wait). The note of a clean close is used up
    either way; a whole-file check that finds a suspect book sound clears the suspicion.
    """
    clean = closed_cleanly(path)
    suspect = not clean and is_suspect(path)
    forget_clean_close(path)
    if suspect:
        health = quick_check(path)
        if health.state == OK:
            clear_suspect(path)
        return health
    return file_health(path) or Health(str(path), OK, whole_file=False, clean_close=clean)


def _check_database(path: Path, stop: Callable[[], bool] | None = None) -> Health:
    global whole_file_checks
    whole_file_checks += 1
    where = str(path)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                               timeout=LOCK_WAIT)
    except sqlite3.Error as exc:
        return Health(where, UNREADABLE, QT_TRANSLATE_NOOP(
            "Integrity", "The book {path} cannot be read: {reason}.").format(path=path,
                                                                              reason=exc))
    if stop is not None:  # SQLite asks every 20,000 steps; non-zero interrupts the check
        conn.set_progress_handler(lambda: 1 if stop() else 0, 20000)
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check(20)")]
        if rows != ["ok"]:
            return Health(where, DAMAGED, _damaged_text(path),
                          " ".join(" ".join(rows[:3]).split()))
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if tables and "schema_version" not in tables:
            return Health(where, NOT_A_BOOK, QT_TRANSLATE_NOOP(
                "Integrity", "{path} is a database, but not a Custbook book.").format(path=path))
    except sqlite3.Error as exc:
        if stop is not None and stop() and "interrupt" in str(exc).lower():
            return Health(where, STOPPED)
        kind = _sqlite_kind(exc)
        if kind == "locked":
            return Health(where, LOCKED, _locked_text(path))
        if kind == "cantopen":
            return Health(where, UNREADABLE, QT_TRANSLATE_NOOP(
                "Integrity", "The book {path} cannot be read: {reason}.").format(
                    path=path, reason=exc))
        return Health(where, DAMAGED, _damaged_text(path), str(exc))
    finally:
        conn.close()
    return Health(where, OK)
