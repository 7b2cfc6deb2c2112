"""Reading a whole book back in tests, on SQLite and PostgreSQL alike.

"The book is exactly as before" is checked by comparing every row of every table;
these helpers list the tables and rows through the open book's own connection, so
the same test compares a SQLite file or a PostgreSQL database.
"""
from __future__ import annotations

from custbook.models import database


def tables(exclude: tuple[str, ...] = ()) -> list[str]:
    """The book's tables (SQLite's own and the FTS index's internals left out)."""
    return sorted(t for t in database.get_tables()
                  if not t.startswith("sqlite_") and not t.startswith("customer_search_fts")
                  and t not in exclude)


def every_row(exclude: tuple[str, ...] = ()) -> dict[str, list[str]]:
    """{table: its rows, each as repr, sorted}: equal before and after means unchanged."""
    def plain(row: tuple) -> str:  # PostgreSQL gives a blob as a memoryview
        return repr(tuple(bytes(v) if isinstance(v, memoryview) else v for v in row))

    return {t: sorted(map(plain, database.execute_sql(f'SELECT * FROM "{t}"').fetchall()))
            for t in tables(exclude)}


def text_columns() -> list[tuple[str, str]]:
    """(table, column) of every text column of the book."""
    found = []
    for table in tables():
        for column in database.get_columns(table):
            kind = column.data_type.upper()
            if kind in ("TEXT", "") or "CHAR" in kind:
                found.append((table, column.name))
    return found
