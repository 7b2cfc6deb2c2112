"""The short pieces of the search keys: how a 1- or 2-character query avoids a scan.

Why: FTS5's trigram index (and PostgreSQL's pg_trgm) cannot match fewer than three
characters, and 张, 王芳, `zs`, `56` are what people type first (42 % of keystrokes).
Scanning every customer's keys for them cost up to three passes over the book
(~100 ms at 100,000 customers, ~1 s at 1,000,000). So for every 1- and 2-character
piece of the keys (`search_keys.pieces`, with the tier that piece ranks in for that
customer, by the same rules as the search's SQL) the book keeps the customers who
have it: a posting list per (piece, tier), cut into blocks of 4,096 customer ids, one
row each in `customer_search_posting` (`ids`: the block's customer ids, sorted, as
4-byte little-endian integers). A short query reads only its own rows: the count per
tier is the length of its blobs, its customers are its blobs' ids.

Why posting lists and not a row per (piece, tier, customer) as before (schema step 6):
a customer has ~51 pieces, so that was 5.1 million rows at 100,000 customers and 51
million at 1,000,000; writing them was most of building the index (which must stay
linear: ~1 minute at 1,000,000 customers) and they took 74 MB at 100,000. In blocks
there are about two rows per customer, and a rebuild writes each block once, when
the customers it covers have all been read (`Loader`), so it holds little in memory.
A card saved rewrites only the blocks of the pieces that changed (at most 16 KB each).

Keeping it right: the pieces are written with the keys, in the same transaction, by
whoever writes keys in Python (`custbook.customers.search` and `search_pg`): the
pieces of the old keys that changed are deleted and those of the new keys added.
Rows whose keys were written by a trigger (a new customer added by plain SQL, marked
`stale`) have no pieces yet; the next search re-indexes them, and until it can, a
short query scans as before. A deleted `customer_search` row (a customer erased)
leaves its keys in `customer_search_gone` through a trigger; its ids are taken out
before the next search or re-index. Trash and last visit are not copied here: the
few customers in the trash are subtracted from the counts, and the order within a
tier comes from `customer_search`.

Size: see docs/search.md.
"""
from __future__ import annotations

import sys
from array import array
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from custbook.customers import search_keys
from custbook.migrations.m0006_search_pieces import GONE, create_sql as _gone_sql
from custbook.migrations.m0007_search_postings import TABLE, create_sql
from custbook.models import database
from custbook.sql_dialect import executemany, is_sqlite

_CHUNK = 500
BLOCK_BITS = 12  # 4,096 customer ids per row: at most 16 KB to rewrite when a card changes
_TYPE = "i" if array("i").itemsize == 4 else "l"
_SWAP = sys.byteorder == "big"  # stored little-endian, whatever machine wrote them
_UPSERT = (f"INSERT INTO {TABLE}(piece, tier, block, ids) VALUES (?, ?, ?, ?) "
           "ON CONFLICT (piece, tier, block) DO UPDATE SET ids = excluded.ids")


def _sql(query: str, params: Iterable[Any] = ()) -> list[tuple]:
    return database.execute_sql(query, tuple(params)).fetchall()


def _pack(ids: Iterable[int]) -> bytes:
    packed = array(_TYPE, ids)
    if _SWAP:
        packed.byteswap()
    return packed.tobytes()


def _unpack(blob: Any) -> array:
    ids = array(_TYPE)
    ids.frombytes(blob)
    if _SWAP:
        ids.byteswap()
    return ids


def schema(sqlite: bool) -> list[str]:
    """The postings table, the list of deleted keys and the trigger that fills it."""
    out = create_sql(sqlite) + _gone_sql(sqlite)[1:]  # [1:]: step 6's GONE, not its old table
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
    """Take (piece, tier, customer id) out of their blocks and put others in."""
    changes: dict[tuple[str, int, int], tuple[set[int], set[int]]] = {}
    for index, rows in ((0, drop), (1, add)):
        for piece, tier, cid in rows:
            key = (piece, tier, cid >> BLOCK_BITS)
            if key not in changes:
                changes[key] = (set(), set())
            changes[key][index].add(cid)
    deletes, upserts = [], []
    for key in sorted(changes):
        gone, new = changes[key]
        found = _sql(f"SELECT ids FROM {TABLE} WHERE piece = ? AND tier = ? AND block = ?", key)
        ids = set(_unpack(found[0][0])) if found else set()
        ids -= gone
        ids |= new
        if ids:
            upserts.append(key + (_pack(sorted(ids)),))
        elif found:
            deletes.append(key)
    db = database.obj
    if deletes:
        executemany(db, f"DELETE FROM {TABLE} WHERE piece = ? AND tier = ? AND block = ?",
                    deletes)
    if upserts:
        executemany(db, _UPSERT, upserts)


def drop_gone() -> None:
    """Take the customers whose index rows were deleted out of the pieces."""
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

    Why: written customer by customer, each customer rewrites ~51 blocks. Here the ids
    are collected per piece and tier, already packed as the blobs store them (4 bytes
    each, little-endian), and each block written once. Given `flush_to` (a rebuild into
    an emptied table, customers added in id order), each block is written as soon as the
    first customer of the next one arrives: memory holds one block of every piece (not
    200 MB of ids at 1,000,000 customers), and the collected bytes are the rows' blobs
    as they are. Otherwise everything is written by `write`, merged with what the table
    already holds.

    A customer's pieces come as one set per tier (`search_keys.tier_sets`); its packed
    id is added to each piece's bytes by a plain loop (51 million additions at 1,000,000
    customers: `bytearray.extend` in a loop beats map() chains, array.append and lists).
    """

    def __init__(self, flush_to: Any = None,
                 insert: Callable[[list[tuple[str, int, int, bytes]]], Any] | None = None
                 ) -> None:
        self._db = flush_to
        # (piece, tier, block, blob) rows in: the table's upsert, or the caller's own (a
        # rebuild's second thread: `search_sqlite.Writer.postings`)
        self._insert = insert
        self._last = -1  # the highest id added so far
        self._ordered = True  # every id added was higher than the one before
        self._merge = flush_to is None  # the table may hold rows of these blocks already
        self._next = -1  # flushing: the first id of the block after the one collected
        self._tiers: tuple[defaultdict[str, bytearray], ...] = ()
        self._collect()

    def _collect(self) -> None:
        """Start collecting afresh: per tier, each piece's packed ids."""
        self._tiers = tuple(defaultdict(bytearray) for _ in range(4))

    def resume(self, block: int, rows: list[tuple[str, int, bytes]]) -> None:
        """Start from the (piece, tier, ids) rows `take_block` took out of `block`: the
        ids added next (all higher) join them, and the block is written whole."""
        for piece, tier, ids in rows:
            self._tiers[tier][piece].extend(ids)
        if rows:
            self._next = (block + 1) << BLOCK_BITS
            self._last = max(_unpack(ids)[-1] for _, _, ids in rows)

    def add(self, rows: Iterable[tuple[str, int]]) -> None:
        """Collect the pieces of (keys, customer id) rows."""
        tier_sets, flushing = search_keys.tier_sets, self._db is not None
        last, ordered = self._last, self._ordered
        tier0, tier1, tier2, tier3 = self._tiers
        for keys, cid in rows:
            if cid <= last:
                if ordered and flushing:  # blocks written already may get more ids
                    self._merge = True
                ordered = False
            else:
                last = cid
                if cid >= self._next and flushing and ordered:
                    if self._next >= 0:  # the block collected is complete
                        self._write_block((self._next >> BLOCK_BITS) - 1)
                        tier0, tier1, tier2, tier3 = self._tiers
                    self._next = ((cid >> BLOCK_BITS) + 1) << BLOCK_BITS
            packed = cid.to_bytes(4, "little")
            whole, ends, inside, elsewhere = tier_sets(keys)
            for piece in whole:
                tier0[piece].extend(packed)
            for piece in ends:
                tier1[piece].extend(packed)
            for piece in inside:
                tier2[piece].extend(packed)
            for piece in elsewhere:
                tier3[piece].extend(packed)
        self._last, self._ordered = last, ordered

    def _write_block(self, block: int) -> None:
        """Write the one block collected (ids in order, all in `block`) and start afresh."""
        # each tier's pieces in order: the key's index is walked four times, not at random
        rows = [(piece, tier, block, bytes(found[piece]))
                for tier, found in enumerate(self._tiers) for piece in sorted(found)]
        self._collect()
        self._put(self._db, _merged(self._db, rows) if self._merge else rows)

    def _put(self, db: Any, rows: list[tuple[str, int, int, bytes]]) -> None:
        if self._insert is not None:
            self._insert(rows)
        else:
            _insert(db, rows)

    def write(self, db: Any = None) -> None:
        """Insert the collected pieces into `db` (the open book when None: a copy of a
        book writes into its target, which is not the open book)."""
        db = self._db if db is None and self._db is not None else db
        db = database.obj if db is None else db
        rows: list[tuple] = []
        for tier, found in enumerate(self._tiers):
            for piece, packed in found.items():
                ids = _unpack(packed)
                if not self._ordered:
                    ids = array(_TYPE, sorted(set(ids)))
                start, end = 0, len(ids)
                while start < end:  # cut into blocks
                    block = ids[start] >> BLOCK_BITS
                    stop = bisect_left(ids, (block + 1) << BLOCK_BITS, start, end)
                    rows.append((piece, tier, block, _pack(ids[start:stop])))
                    start = stop
        self._collect()
        rows.sort()
        if self._merge and rows:
            rows = _merged(db, rows)
        self._put(db, rows)


def _merged(db: Any, rows: list[tuple[str, int, int, bytes]]) -> list[tuple]:
    """`rows` (of packed ids) with the ids the table already holds in their blocks (an
    import into a book)."""
    low = min(r[2] for r in rows)
    high = max(r[2] for r in rows)
    # the keys from the key's index alone (no blobs read), then the blobs of those wanted
    present = {tuple(r) for r in db.execute_sql(
        f"SELECT piece, tier, block FROM {TABLE} WHERE block BETWEEN ? AND ?",
        (low, high)).fetchall()}
    wanted = [r[:3] for r in rows if r[:3] in present]
    if not wanted:
        return rows
    held = {}
    for key in wanted:
        held[key] = db.execute_sql(f"SELECT ids FROM {TABLE} WHERE piece = ? AND tier = ? "
                                   "AND block = ?", key).fetchone()[0]
    out = []
    for piece, tier, block, packed in rows:
        old = held.get((piece, tier, block))
        out.append((piece, tier, block, packed if old is None else
                    _pack(sorted(set(_unpack(old)) | set(_unpack(packed))))))
    return out


def _insert(db: Any, rows: list[tuple]) -> None:
    for start in range(0, len(rows), 20_000):  # a server's driver holds each slice at once
        executemany(db, _UPSERT, rows[start:start + 20_000])


def take_block(block: int) -> list[tuple[str, int, bytes]]:
    """Delete and return the (piece, tier, ids) rows of one block (for `Loader.resume`)."""
    return [(piece, tier, bytes(ids)) for piece, tier, ids in _sql(
        f"DELETE FROM {TABLE} WHERE block = ? RETURNING piece, tier, ids", (block,))]


def clear() -> None:
    """Forget every piece (a rebuild writes them all again)."""
    database.execute_sql(f"DELETE FROM {TABLE}")
    database.execute_sql(f"DELETE FROM {GONE}")


def missing() -> bool:
    """True when customers are indexed but the pieces were never written (an older or
    copied book): the index must be rebuilt."""
    return bool(_sql("SELECT 1 FROM customer_search LIMIT 1")) and \
        not _sql(f"SELECT 1 FROM {TABLE} LIMIT 1")


def stored() -> set[tuple[str, int, int]]:
    """Every (piece, tier, customer id) the table holds (for checks; a big book has many)."""
    return {(piece, tier, cid) for piece, tier, blob in _sql(
        f"SELECT piece, tier, ids FROM {TABLE}") for cid in _unpack(blob)}


# ------------------------------------------------------------------ reading

def usable() -> bool:
    """True when the pieces match the keys: no stale rows, nothing deleted unprocessed."""
    return not _sql("SELECT 1 FROM customer_search WHERE stale = ? LIMIT 1", (True,)) and \
        not _sql(f"SELECT 1 FROM {GONE} LIMIT 1")


def tier_counts(q: str) -> dict[int, int]:
    """How many customers (trash included) have the piece `q`, per tier."""
    return {t: int(n) // 4 for t, n in _sql(
        f"SELECT tier, sum(length(ids)) FROM {TABLE} WHERE piece = ? GROUP BY tier", (q,))}


def _postings(q: str, tier: int | None = None, blocks: list[int] | None = None
              ) -> list[tuple[int, int, array]]:
    """(tier, block, ids) of the piece `q`: one tier, some blocks, or all of them."""
    where, args = "piece = ?", [q]
    if tier is not None:
        where += " AND tier = ?"
        args.append(tier)
    if blocks is not None:
        where += f" AND block IN ({','.join('?' * len(blocks))})"
        args += blocks
    return [(t, b, _unpack(blob)) for t, b, blob in _sql(
        f"SELECT tier, block, ids FROM {TABLE} WHERE {where}", args)]


def trash_counts(q: str) -> dict[int, int]:
    """How many customers in the trash have the piece `q`, per tier: by the pieces' own
    tiers, so subtracting them from `tier_counts` leaves exactly what `matches` lists
    (the trash is small: only its customers' blocks are read)."""
    trash = [r[0] for r in _sql("SELECT customer_id FROM customer_search WHERE in_trash = ?",
                                (True,))]
    out: dict[int, int] = {}
    by_block: dict[int, list[int]] = {}
    for cid in trash:
        by_block.setdefault(cid >> BLOCK_BITS, []).append(cid)
    blocks = sorted(by_block)
    for start in range(0, len(blocks), _CHUNK):
        for tier, block, ids in _postings(q, None, blocks[start:start + _CHUNK]):
            found = sum(1 for cid in by_block[block] if _holds(ids, cid))
            if found:
                out[tier] = out.get(tier, 0) + found
    return out


def _holds(ids: array, cid: int) -> bool:
    at = bisect_left(ids, cid)
    return at < len(ids) and ids[at] == cid


def _id_list(ids: list[int]) -> tuple[str, Any]:
    """SQL matching `s.customer_id` against a list of ids, and its one parameter."""
    if is_sqlite():
        return "s.customer_id IN (SELECT value FROM json_each(?))", "[" + ",".join(
            map(str, ids)) + "]"
    return "s.customer_id = ANY(?)", list(ids)


def matches(q: str, tier: int | None = None) -> list[tuple]:
    """(id, tier, last_visit_on) of the customers out of the trash that have the piece."""
    tiers = {cid: t for t, _, ids in _postings(q, tier) for cid in ids}
    if not tiers:
        return []
    where, arg = _id_list(list(tiers))
    return [(cid, tiers[cid], last) for cid, last in _sql(
        f"SELECT s.customer_id, s.last_visit_on FROM customer_search s WHERE {where} "
        "AND s.in_trash = ?", (arg, False))]


def tier_page(q: str, tier: int, offset: int, limit: int, nulls_last: str = "") -> list[int]:
    """One tier's customers out of the trash, the most recently seen first."""
    ids = [cid for _, _, block in _postings(q, tier) for cid in block]
    if not ids:
        return []
    where, arg = _id_list(ids)
    return [r[0] for r in _sql(
        f"SELECT s.customer_id FROM customer_search s WHERE {where} AND s.in_trash = ? "
        f"ORDER BY s.last_visit_on DESC{nulls_last}, s.customer_id DESC LIMIT ? OFFSET ?",
        (arg, False, limit, offset))]
