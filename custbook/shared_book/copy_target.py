"""What a copied book needs besides its copied rows (`custbook.shared_book.copy_book`).

The search's derived tables are made in the target, not copied: its 1- and
2-character pieces are rebuilt from the copied (and counted) search keys, so they
match the keys by this Custbook's rules whatever state the source's were in, and its
queue of deleted keys starts empty (nothing was deleted there). Copying them also
failed: the pieces' key is the whole row, no one column to read them in order by.
Then a SQLite file gets its FTS5 table and triggers, a PostgreSQL database is opened
once as a book (its search triggers and change counter).
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from peewee import Database

from custbook import changes
from custbook import db as bookdb
from custbook.customers import search, search_pieces
from custbook.models import CustomerSearchGone, CustomerSearchPiece

DERIVED = (CustomerSearchPiece._meta.table_name, CustomerSearchGone._meta.table_name)
_BATCH = 5000


def rebuild_derived(target: Database) -> None:
    """The search's short pieces, from the keys just copied into `target` (inside the
    copy's transaction; written in the table's own order)."""
    loader = search_pieces.Loader()
    cursor = target.connection().cursor()
    try:
        cursor.execute("SELECT keys, customer_id FROM customer_search")
        while rows := cursor.fetchmany(_BATCH):
            loader.add(rows)
    finally:
        cursor.close()
    loader.write(target)


def finish_sqlite(path: Path) -> None:
    """The SQLite-only part of the search index (FTS5 table and triggers), from the copied keys.

    Done on the file directly, not through the models, so a backup taken in the
    background never touches the book the window has open.
    """
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("BEGIN")
        for statement in search._SCHEMA:
            conn.execute(statement)
        conn.execute(f"INSERT INTO {search.FTS}({search.FTS}) VALUES ('rebuild')")
        conn.execute("COMMIT")
        conn.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
    finally:
        conn.close()


def open_once(target: str) -> None:
    """Open a PostgreSQL copy as a book: its search triggers and the change counter."""
    opened = bookdb.open_book(target)
    try:
        changes.install(opened)
    finally:
        bookdb.close_book()
