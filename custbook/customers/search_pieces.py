"""The short pieces of the search keys: how a 1- or 2-character query avoids a scan.

Why: FTS5's trigram index (and PostgreSQL's pg_trgm) cannot match fewer than three
characters, and 张, 王芳, `zs`, `56` are what people type first (42 % of keystrokes).
Scanning every customer's keys for them cost up to three passes over the book
(~100 ms at 100,000 customers, ~1 s at 1,000,000). So every 1- and 2-character
piece of every customer's keys is stored once more, in `customer_search_piece`
(piece, tier, customer_id), with the tier that piece ranks in for that customer
(`search_keys.pieces`, the same rules as the search's SQL). Its key is the whole
row, so a short query reads only its own matches, already grouped by tier: counting
them is a range of one index, and a tier's customers are one lookup each.

Keeping it right: the pieces are written with the keys, in the same transaction, by
whoever writes keys in Python (`custbook.customers.search` and `search_pg`): the
pieces of the old keys that changed are deleted and those of the new keys added.
Rows whose keys were written by a trigger (a new customer added by plain SQL, marked
`stale`) have no pieces yet; the next search re-indexes them, and until it can, a
short query scans as before. A deleted `customer_search` row (a customer erased)
leaves its keys in `customer_search_gone` through a trigger; its pieces are deleted
before the next search or re-index. Trash and last visit are not copied here: the
few customers in the trash are subtracted from the counts, and the order within a
tier comes from `customer_search`.

Size at 100,000 customers: see docs/search.md (about 50 pieces per customer).
"""
from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable
from itertools import islice
from typing import Any

from custbook.customers import search_keys
from custbook.migrations.m0006_search_pieces import GONE, TABLE, create_sql
from custbook.models import database
from custbook.sql_dialect import executemany, is_sqlite

_CHUNK = 500


def _sql(query: str, params: Iterable[Any] = ()) -> list[tuple]:
    return database.execute_sql(query, tuple(params)).fetchall()


def schema(sqlite: bool) -> list[str]:
    """The table, the list of deleted keys and the trigger that fills it."""
    out = create_sql(sqlite)
    if sqlite:
        out.append(f"""CREATE TRIGGER IF NOT EXISTS customer_search_gone
        AFTER DELETE ON customer_search BEGIN INSERT INTO {GONE}(customer_id, keys)
        VALUES (old.customer_id, old.keys); END""")
    return out


PG_TRIGGER = ("gone", f"INSERT INTO {GONE}(customer_id, keys) VALUES (OLD.customer_id, OLD.keys);",
              "AFTER DELETE ON customer_search FOR EACH ROW")


# ------------------------------------------------------------------ writing

def _rows(keys: str, cid: int) -> list[tuple[str, int, int]]:
    return [(p, t, cid) for p, t in search_keys.pieces(keys).items()]


def _write(drop: list[tuple], add: list[tuple]) -> None:
    db = database.obj
    if drop:
        executemany(db, f"DELETE FROM {TABLE} WHERE piece = ? AND tier = ? AND customer_id = ?",
                    drop)
    if add:
        executemany(db, f"INSERT INTO {TABLE}(piece, tier, customer_id) VALUES (?, ?, ?) "
                        "ON CONFLICT DO NOTHING", add)


def drop_gone() -> None:
    """Delete the pieces of customers whose index rows were deleted."""
    if not _sql(f"SELECT 1 FROM {GONE} LIMIT 1"):
        return
    gone = _sql(f"DELETE FROM {GONE} RETURNING customer_id, keys")
    _write([row for cid_keys in gone for row in _rows(cid_keys[1], cid_keys[0])], [])


def _before(ids: list[int]) -> dict[int, tuple[str, bool]]:
    out: dict[int, tuple[str, bool]] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        for cid, keys, stale in _sql(
                f"SELECT customer_id, keys, stale FROM customer_search WHERE customer_id IN "
                f"({','.join('?' * len(chunk))})", chunk):
            out[cid] = (keys, bool(stale))
    return out


def store(rows: list[tuple[str, int]], write_keys: Callable[[list], Any]) -> None:
    """Write (keys, customer id) rows with `write_keys`, and their pieces (in the caller's
    transaction): only the pieces that changed are touched."""
    if not rows:
        return
    drop_gone()
    old = _before([cid for _, cid in rows])
    write_keys(rows)
    pieces = search_keys.pieces
    drop: list[tuple] = []
    add: list[tuple] = []
    for keys, cid in rows:
        new = pieces(keys)
        prev = old.get(cid)
        before = pieces(prev[0]) if prev else {}
        if prev is not None and prev[1]:  # stale: written by a trigger, maybe no pieces yet
            drop += [(p, t, cid) for p, t in before.items()]
            add += [(p, t, cid) for p, t in new.items()]
            continue
        drop += [(p, t, cid) for p, t in before.items() if new.get(p) != t]
        add += [(p, t, cid) for p, t in new.items() if before.get(p) != t]
    _write(drop, add)


class Loader:
    """The pieces of many customers that have none yet (a rebuild, an import), written at once.

    Why: written customer by customer, each piece lands somewhere else in the table's
    b-tree, and 5 million such inserts (100,000 customers) touch every page again and
    again (~45 s). Here the customer ids are collected per (piece, tier) in compact
    arrays (4 bytes each: ~200 MB at 1,000,000 customers) and written in the table's
    own order at the end, each row beside the previous one.
    """

    def __init__(self) -> None:
        self._ids: dict[tuple[str, int], array] = {}

    def add(self, rows: Iterable[tuple[str, int]]) -> None:
        ids, pieces = self._ids, search_keys.pieces
        for keys, cid in rows:
            for key in pieces(keys).items():
                bucket = ids.get(key)
                if bucket is None:
                    bucket = ids[key] = array("i")
                bucket.append(cid)

    def write(self, db: Any = None) -> None:
        """Insert the collected pieces into `db` (the open book when None: a copy of a
        book writes into its target, which is not the open book)."""
        db = database.obj if db is None else db
        ids, self._ids = self._ids, {}

        def rows():
            for key in sorted(ids):
                piece, tier = key
                for cid in sorted(ids[key]):
                    yield piece, tier, cid
        source = rows()
        while True:  # in slices: a server's driver would hold every row at once
            part = list(islice(source, 200_000))
            if not part:
                break
            executemany(db, f"INSERT INTO {TABLE}(piece, tier, customer_id) "
                            "VALUES (?, ?, ?) ON CONFLICT DO NOTHING", part)


def clear() -> None:
    """Forget every piece (a rebuild writes them all again)."""
    database.execute_sql(f"DELETE FROM {TABLE}")
    database.execute_sql(f"DELETE FROM {GONE}")


def missing() -> bool:
    """True when customers are indexed but the pieces were never written (an older or
    copied book): the index must be rebuilt."""
    return bool(_sql("SELECT 1 FROM customer_search LIMIT 1")) and \
        not _sql(f"SELECT 1 FROM {TABLE} LIMIT 1")


# ------------------------------------------------------------------ reading

def usable() -> bool:
    """True when the pieces match the keys: no stale rows, nothing deleted unprocessed."""
    return not _sql("SELECT 1 FROM customer_search WHERE stale = ? LIMIT 1", (True,)) and \
        not _sql(f"SELECT 1 FROM {GONE} LIMIT 1")


def tier_counts(q: str) -> dict[int, int]:
    """How many customers (trash included) have the piece `q`, per tier."""
    return {t: n for t, n in _sql(f"SELECT tier, count(*) FROM {TABLE} WHERE piece = ? "
                                  "GROUP BY tier", (q,))}


def trash_counts(q: str) -> dict[int, int]:
    """How many customers in the trash have the piece `q`, per tier: by the pieces' own
    tiers, so subtracting them from `tier_counts` leaves exactly what `matches` lists
    (the trash is small: one key lookup per customer in it and tier)."""
    return {t: n for t, n in _sql(
        # CROSS JOIN: SQLite walks the trash first (PostgreSQL plans it by its statistics)
        f"SELECT p.tier, count(*) FROM customer_search s CROSS JOIN {TABLE} p "
        "WHERE s.in_trash = ? AND p.piece = ? AND p.tier IN (0, 1, 2, 3) "
        "AND p.customer_id = s.customer_id GROUP BY p.tier", (True, q))}


def matches(q: str, tier: int | None = None) -> list[tuple]:
    """(id, tier, last_visit_on) of the customers out of the trash that have the piece."""
    where, args = ("AND p.tier = ?", (q, tier)) if tier is not None else ("", (q,))
    return [tuple(r) for r in _sql(
        f"SELECT p.customer_id, p.tier, s.last_visit_on FROM {TABLE} p JOIN customer_search s "
        f"ON s.customer_id = p.customer_id WHERE p.piece = ? {where} AND s.in_trash = ?",
        args + (False,))]


def tier_page(q: str, tier: int, offset: int, limit: int, nulls_last: str = "") -> list[int]:
    """One tier's customers out of the trash, the most recently seen first."""
    return [r[0] for r in _sql(
        f"SELECT p.customer_id FROM {TABLE} p JOIN customer_search s ON s.customer_id = "
        f"p.customer_id WHERE p.piece = ? AND p.tier = ? AND s.in_trash = ? ORDER BY "
        f"s.last_visit_on DESC{nulls_last}, s.customer_id DESC LIMIT ? OFFSET ?",
        (q, tier, False, limit, offset))]
