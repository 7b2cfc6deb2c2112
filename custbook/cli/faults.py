"""What a headless command says when storage fails under it: one sentence, no traceback.

The window shows these in a message box; a script gets them on stderr with a non-zero
exit status. Only storage faults are turned into words here (a full disk, a read-only
book, a book another program holds, an I/O error, a lost server; a closed pipe ends
quietly: `custbook.cli.terminal`): a programming error still shows its traceback, so it
gets reported and fixed.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

import peewee

from custbook import db
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.safety import booklock, integrity, server_holders
from custbook.shared_book import server_link

EXIT_FAULT = 1


def explain(exc: BaseException, book: str | None) -> str | None:
    """One sentence for a storage fault met while working on `book`, or None."""
    if not isinstance(exc, (OSError, sqlite3.Error, peewee.PeeweeException)):
        return None
    if book and db.is_url(book) and isinstance(exc, peewee.PeeweeException):
        database = db.database.obj
        if database is not None and server_link.connection_lost(database):
            return server_link.gone_message(database, exc)
        if server_holders.is_lock_timeout(exc):  # waited BUSY_SECONDS for another session
            return server_holders.busy_message(db.safe_location(book), book)
    kind = integrity.error_kind(exc)
    if kind == "readonly" and book and not db.is_url(book):
        return integrity.writable_problem(Path(book).expanduser()) or integrity.explain(exc)
    holder = booklock.read_holder(book) if kind == "locked" and book and not db.is_url(book) \
        else None
    if holder is not None:  # the program holding the lock file: name it, its account and PC
        return QT_TRANSLATE_NOOP(
            "Faults", "The book {path} stayed busy for {seconds} seconds: it is open in "
                      "{holder}. Nothing was changed; try again when it is done there, or "
                      "close it there.").format(path=db.safe_location(book),
                                                seconds=db.BUSY_SECONDS,
                                                holder=booklock.holder_words(holder))
    if kind == "locked" and book:
        return QT_TRANSLATE_NOOP(
            "Faults", "The book {path} is busy: another program (a Custbook window?) kept it "
                      "locked longer than {seconds} seconds. Nothing was changed; try again "
                      "when it is done.").format(path=db.safe_location(book),
                                                 seconds=db.BUSY_SECONDS)
    sentence = integrity.explain(exc) if kind else None
    if sentence:
        return sentence
    if isinstance(exc, OSError) and exc.filename:
        return QT_TRANSLATE_NOOP("Faults", "{path}: {reason}.").format(
            path=exc.filename, reason=exc.strerror or exc)
    return None
