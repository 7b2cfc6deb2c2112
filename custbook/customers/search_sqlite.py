"""The search index's SQLite schema: the FTS5 trigram table and the triggers that keep it.

Split from `custbook.customers.search` (which creates it, fills it and queries it), as
`custbook.customers.search_pg` holds the PostgreSQL side. The FTS table follows
`customer_search` (the external-content pattern of the FTS5 docs); `customer_search`
follows `customer`, its phones and tags whoever writes them, marking rows `stale` for
the next search to re-index.
"""
from __future__ import annotations

import json
import queue
import sqlite3
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Any, Self

from custbook.customers import search_keys, search_pieces

FTS = "customer_search_fts"

SCHEMA = [
    (f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS} USING fts5(keys, tokenize='trigram', "
    "content='customer_search', content_rowid='customer_id')"),
    # the FTS table follows customer_search (the external-content pattern of the FTS5 docs)
    f"""CREATE TRIGGER IF NOT EXISTS customer_search_fts_insert AFTER INSERT ON customer_search
    BEGIN INSERT INTO {FTS}(rowid, keys) VALUES (new.customer_id, new.keys); END""",
    f"""CREATE TRIGGER IF NOT EXISTS customer_search_fts_delete AFTER DELETE ON customer_search
    BEGIN INSERT INTO {FTS}({FTS}, rowid, keys) VALUES ('delete', old.customer_id, old.keys);
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS customer_search_fts_update
    AFTER UPDATE OF keys ON customer_search
    BEGIN INSERT INTO {FTS}({FTS}, rowid, keys) VALUES ('delete', old.customer_id, old.keys);
    INSERT INTO {FTS}(rowid, keys) VALUES (new.customer_id, new.keys); END""",
    # customer_search follows customer, whoever writes it
    """CREATE TRIGGER IF NOT EXISTS customer_search_new_customer AFTER INSERT ON customer
    BEGIN INSERT INTO customer_search(customer_id, keys, last_visit_on, in_trash, stale)
    VALUES (new.id, char(31) || lower(new.name) || char(31, 30), new.last_visit_on,
            new.deleted_at IS NOT NULL, 1)
    ON CONFLICT(customer_id) DO UPDATE SET stale = 1; END""",
    """CREATE TRIGGER IF NOT EXISTS customer_search_customer_state
    AFTER UPDATE OF last_visit_on, deleted_at ON customer
    BEGIN UPDATE customer_search SET last_visit_on = new.last_visit_on,
    in_trash = new.deleted_at IS NOT NULL WHERE customer_id = new.id; END""",
    """CREATE TRIGGER IF NOT EXISTS customer_search_customer_text
    AFTER UPDATE OF name, wechat_id, description ON customer
    BEGIN UPDATE customer_search SET stale = 1 WHERE customer_id = new.id; END""",
    """CREATE TRIGGER IF NOT EXISTS customer_search_phone_added AFTER INSERT ON customer_phone
    BEGIN UPDATE customer_search SET stale = 1 WHERE customer_id = new.customer_id; END""",
    """CREATE TRIGGER IF NOT EXISTS customer_search_phone_removed AFTER DELETE ON customer_phone
    BEGIN UPDATE customer_search SET stale = 1 WHERE customer_id = old.customer_id; END""",
    """CREATE TRIGGER IF NOT EXISTS customer_search_tag_added AFTER INSERT ON customer_tag
    BEGIN UPDATE customer_search SET stale = 1 WHERE customer_id = new.customer_id; END""",
    """CREATE TRIGGER IF NOT EXISTS customer_search_tag_removed AFTER DELETE ON customer_tag
    BEGIN UPDATE customer_search SET stale = 1 WHERE customer_id = old.customer_id; END""",
    """CREATE TRIGGER IF NOT EXISTS customer_search_tag_renamed AFTER UPDATE OF name ON tag
    BEGIN UPDATE customer_search SET stale = 1
    WHERE customer_id IN (SELECT customer_id FROM customer_tag WHERE tag_id = new.id); END""",
    """CREATE TRIGGER IF NOT EXISTS customer_search_phone_changed
    AFTER UPDATE OF customer_id, digits ON customer_phone
    BEGIN UPDATE customer_search SET stale = 1
    WHERE customer_id IN (old.customer_id, new.customer_id); END""",
    # family members' names and phones, and the shop's own field values, are keys too
    # (custbook.customers.relations, custom_fields): a script or an import writing them
    """CREATE TRIGGER IF NOT EXISTS customer_search_family_added
    AFTER INSERT ON customer_relation
    BEGIN UPDATE customer_search SET stale = 1 WHERE customer_id = new.customer_id; END""",
    """CREATE TRIGGER IF NOT EXISTS customer_search_family_removed
    AFTER DELETE ON customer_relation
    BEGIN UPDATE customer_search SET stale = 1 WHERE customer_id = old.customer_id; END""",
    """CREATE TRIGGER IF NOT EXISTS customer_search_family_changed
    AFTER UPDATE OF customer_id, name, phone_digits ON customer_relation
    BEGIN UPDATE customer_search SET stale = 1
    WHERE customer_id IN (old.customer_id, new.customer_id); END""",
    """CREATE TRIGGER IF NOT EXISTS customer_search_own_value_added
    AFTER INSERT ON custom_field_value
    BEGIN UPDATE customer_search SET stale = 1 WHERE customer_id = new.customer_id; END""",
    """CREATE TRIGGER IF NOT EXISTS customer_search_own_value_removed
    AFTER DELETE ON custom_field_value
    BEGIN UPDATE customer_search SET stale = 1 WHERE customer_id = old.customer_id; END""",
    """CREATE TRIGGER IF NOT EXISTS customer_search_own_value_changed
    AFTER UPDATE OF customer_id, value ON custom_field_value
    BEGIN UPDATE customer_search SET stale = 1
    WHERE customer_id IN (old.customer_id, new.customer_id); END""",
    """CREATE TRIGGER IF NOT EXISTS customer_search_own_field_kind
    AFTER UPDATE OF kind ON custom_field WHEN old.kind IS NOT new.kind
    BEGIN UPDATE customer_search SET stale = 1
    WHERE customer_id IN (SELECT customer_id FROM custom_field_value WHERE field_id = new.id);
    END""",
    # member card numbers are words of the keys (custbook.membership.numbers, a member import)
    """CREATE TRIGGER IF NOT EXISTS customer_search_card_added AFTER INSERT ON member
    BEGIN UPDATE customer_search SET stale = 1 WHERE customer_id = new.customer_id; END""",
    """CREATE TRIGGER IF NOT EXISTS customer_search_card_removed AFTER DELETE ON member
    BEGIN UPDATE customer_search SET stale = 1 WHERE customer_id = old.customer_id; END""",
    """CREATE TRIGGER IF NOT EXISTS customer_search_card_changed
    AFTER UPDATE OF customer_id, number ON member
    BEGIN UPDATE customer_search SET stale = 1
    WHERE customer_id IN (old.customer_id, new.customer_id); END""",
] + search_pieces.schema(sqlite=True)  # the 1- and 2-character pieces (search_pieces.py)


_TRASH_MAX = 2000  # more customers in the trash than this: count the usual way


def tier_counts(q: str, sql: Callable[..., list]) -> tuple[int, int, int] | None:
    """(exact word, start or end of a word, anywhere else) counts of a query of 3 or more
    characters among customers out of the trash, from the FTS index alone; None when the
    trash is too big to leave out this way.

    Why: a broad query (`zhang`, the tag 老客户 on 27,000 customers) took one read of
    every matching row to compute its tier (~50 ms at 100,000 customers, the slowest
    keystrokes). The trigram index holds the separators of the keys too, so an exact
    word is the phrase `\\x1fq\\x1f`, a word's start or end `\\x1fq` / `q\\x1f` and a whole
    tag `\\x1dq\\x1d` — the very substrings the search's SQL looks for — and counting a
    phrase reads only the index. Tiers 2 and 3 (in a word or only in the notes) cannot be
    told apart this way; they are counted when a page reaches them. The trash is
    subtracted by its keys, read here (it is small).
    """
    w, t = search_keys.WORD, search_keys.TAG
    trash = [k for (k,) in sql("SELECT keys FROM customer_search WHERE in_trash = ? LIMIT ?",
                               (True, _TRASH_MAX + 1))]
    if len(trash) > _TRASH_MAX:
        return None

    def count(*needles: str) -> int:
        expr = " OR ".join('"' + n.replace('"', '""') + '"' for n in needles)
        found = sql(f"SELECT count(*) FROM {FTS} WHERE {FTS} MATCH ?", (expr,))[0][0]
        return found - sum(any(n in keys for n in needles) for keys in trash)

    total = count(q)
    first = count(w + q, q + w, t + q + t) if total else 0
    exact = count(w + q + w) if first else 0
    return exact, first - exact, total - first


class Writer:
    """A rebuild's SQL, run by SQLite in a second thread while Python builds keys and pieces.

    Why: rebuilding the index is about half Python (the keys and pieces of every
    customer) and half SQLite (reading the customers; writing the index rows, the FTS
    index, the posting blobs); one after the other, 1,000,000 customers took over two
    minutes. SQLite lets go of Python's lock while it runs a statement, so here each
    read and each write is ONE statement for many rows (rows read as one JSON text with
    `json_group_array`, written from one with `json_each`; the blobs as one blob cut by
    `substr`), run by a second thread while the owner's thread computes.

    It is the owner's connection and the owner's transaction, used by one thread at a
    time: while the Writer is open the owner hands over all its SQL (`read` for what it
    needs back) and does not touch the connection. Leaving the `with` block waits for
    every statement handed over and re-raises the first error, so the transaction ends
    (commit, or rollback on an error or a cancel: the book as it was) with nothing
    running. Statements run in the order given; at most `_WAITING` wait.
    """

    _WAITING = 4  # statements handed over and not yet run: holds a few chunks' rows

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        self._todo: queue.Queue[tuple | None] = queue.Queue(self._WAITING)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="search-index-writer",
                                        daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (item := self._todo.get()) is not None:
            statements, params, reply = item
            values = []
            if self._error is None:  # after an error, the rest is only drained
                try:
                    for sql in statements:
                        cursor = self._connection.execute(sql, params)
                        values.append(cursor.fetchone()[0] if reply is not None else None)
                        cursor.close()
                except BaseException as error:  # noqa: BLE001 - raised in the owner's thread
                    self._error = error
            if reply is not None:
                reply.put((values, self._error))

    def run(self, sql: str, params: tuple = ()) -> None:
        """Hand over one statement (raises the error of one run before, if any)."""
        if self._error is not None:
            raise self._error
        self._todo.put(((sql,), params, None))

    def read(self, statements: tuple[str, ...], params: tuple) -> Callable[[], list[Any]]:
        """Hand over SELECTs of one value each, run in turn with the writes; returns a
        function that waits for their values (one statement each: the values of many
        rows as one JSON text, so that SQLite reads them without Python's lock)."""
        if self._error is not None:
            raise self._error
        reply: queue.Queue[tuple[list[Any], BaseException | None]] = queue.Queue(1)
        self._todo.put((statements, params, reply))

        def values() -> list[Any]:
            found, error = reply.get()
            if error is not None:
                raise error
            return found
        return values

    def index_rows(self, rows: list[tuple[str, int, Any, int]]) -> None:
        """Write (keys, id, last visit, in trash) index rows and their FTS rows."""
        if not rows:
            return
        self.run("INSERT INTO customer_search(keys, customer_id, last_visit_on, in_trash, stale) "
                 "SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), "
                 "json_extract(value, '$[2]'), json_extract(value, '$[3]'), 0 "
                 "FROM json_each(?)", (json.dumps(rows, ensure_ascii=False),))
        self.run(f"INSERT INTO {FTS}(rowid, keys) SELECT customer_id, keys FROM customer_search "
                 "WHERE customer_id BETWEEN ? AND ?", (rows[0][1], rows[-1][1]))

    def postings(self, rows: list[tuple[str, int, int, bytes]]) -> None:
        """Insert (piece, tier, block, ids) rows into the emptied postings table."""
        if not rows:
            return
        places, at = [], 1
        for piece, tier, block, ids in rows:
            places.append((piece, tier, block, at, len(ids)))
            at += len(ids)
        self.run(f"INSERT INTO {search_pieces.TABLE}(piece, tier, block, ids) "
                 "SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), "
                 "json_extract(value, '$[2]'), substr(?2, json_extract(value, '$[3]'), "
                 "json_extract(value, '$[4]')) FROM json_each(?1)",
                 (json.dumps(places, ensure_ascii=False), b"".join(r[3] for r in rows)))

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if kind is not None and self._error is None:
            self._error = error  # the owner failed or cancelled: skip what waits
        self._todo.put(None)
        self._thread.join()
        if kind is None and self._error is not None:
            raise self._error
