"""A book file's schema step and record counts read with plain sqlite3: `info` without the ORM.

Why: opening a book through `custbook.db` imports peewee, the models, the migrations
and the search (0.1-0.2 s before the first row is read, 5-10x Python's own start;
-X importtime) for a command that prints thirty counts. Plain sqlite3 reads them in the
time the counts take.

When: only when the core's open would change nothing `info` shows and refuse nothing.
`read` answers None, and the caller opens the book through the core as before, for a
server book; a file that does not exist yet (the core's open creates it) or is not a
readable book; a book of another schema step (upgraded first, or refused as newer); a
book whose write lock another program holds (the core's open waits for it, and names
that program if it holds the book too long); a lock password; a search index to build
or heal (of an older format, incomplete, stale rows, forgotten pieces); and the
leftovers of a killed backup or restore (`custbook.safety.leftovers`), which the core's
run removes first. So what `info` prints, and every sentence it refuses with, stay the
same; only the time changes.

How: the file is opened with the core's pragmas that touch it (`custbook.book_format`:
a book not in WAL mode yet is converted as the core converts it) and closed as
`custbook.db.close_book` closes it: the WAL checkpointed, and the note of a clean close written when that
succeeded (`custbook.safety.clean_close`), so the window's next start skips the
whole-file check after `info` as before. The core's open takes the write lock for a
moment (it creates the search index's tables if they are missing); here the same lock is
taken and given back at once without waiting, and a missing search table is left for
the core's next open to create (nothing `info` counts).
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from custbook import book_format, book_paths
from custbook.safety import clean_close, leftovers

BUSY_MS = book_format.SQLITE_PRAGMAS["busy_timeout"]


def read(location: str) -> tuple[int, dict[str, int]] | None:
    """(schema step, records per table in `info`'s order) of the book file at `location`,
    or None when the core must open it (see the module's docstring)."""
    if book_paths.is_url(location):
        return None
    given = Path(location)
    if given.is_file() and leftovers.found(given):
        return None
    path = given.expanduser()
    if not path.is_file():
        return None
    book_paths.make_private(path)
    clean_close.forget_clean_close(location)  # open now, as db.open_book notes it too
    try:
        conn = sqlite3.connect(path, timeout=0, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        found = _read(conn)
        if found is None:
            return None
        conn.execute(f"PRAGMA busy_timeout = {BUSY_MS}")  # close_book's checkpoint waits
        closed_cleanly = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    if closed_cleanly:
        clean_close.note_clean_close(path)
    return found


def _read(conn: sqlite3.Connection) -> tuple[int, dict[str, int]] | None:
    """The step and the counts, or None at the first thing only the core's open handles."""
    # The core's pragmas that touch the file: WAL (a book not in it yet is converted as the
    # core converts it) and how the checkpoint syncs. Not the window's 32 MB page cache:
    # each page it holds is fresh memory, a page fault the first time (+15 ms for the
    # counts at 100,000 customers); and no busy_timeout until the checkpoint (never wait).
    for pragma in ("journal_mode", "synchronous"):
        conn.execute(f"PRAGMA {pragma} = {book_format.SQLITE_PRAGMAS[pragma]}")
    tables = {name for name, in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "schema_version" not in tables:
        return None  # a new, empty file, or not a Custbook book
    version = conn.execute("SELECT max(version) FROM schema_version").fetchone()[0]
    if version != book_format.LATEST:
        return None
    conn.execute("BEGIN IMMEDIATE")  # the write lock the core's open takes, if it is free
    conn.execute("COMMIT")
    values = dict(conn.execute("SELECT key, value FROM setting WHERE key IN (?, ?)",
                               (book_format.PASSWORD_KEY, book_format.SEARCH_FORMAT_KEY)))
    if values.get(book_format.PASSWORD_KEY) or \
            values.get(book_format.SEARCH_FORMAT_KEY) != book_format.SEARCH_FORMAT:
        return None
    if conn.execute("SELECT 1 FROM customer_search WHERE stale = 1 LIMIT 1").fetchone():
        return None
    counts = {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
              for name in book_format.COUNTED_TABLES}
    if counts["customer_search"] != counts["customer"] or counts["customer_search_gone"] \
            or (counts["customer_search"] and not counts["customer_search_posting"]):
        return None  # the index is rebuilt or healed as the core opens the book
    return version, counts
