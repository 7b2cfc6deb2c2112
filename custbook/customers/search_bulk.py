"""Indexing many customers at once on SQLite: a rebuild of the whole index, and the new
customers of an import.

Why one path for both: indexing is half Python (each customer's keys and pieces) and half
SQLite (reading the customers, writing the index rows, the FTS index, the posting
blobs). Here the SQL runs on a second thread (`search_sqlite.Writer`) while Python
builds the keys of the range before, 5,000 customers at a time (1,000,000 customers
rebuilt in 64 s instead of 119 s; 100,000 imported CSV rows in 18.5 s instead of 26.0 s
when the import indexed them chunk after chunk: docs/benchmarks.md).

It writes index rows, FTS rows and pieces for customers that have none yet, in id
order: a rebuild (into emptied tables) and an import's new customers (ids above every
customer indexed before). The caller owns the transaction and has dropped the FTS
triggers (each FTS row is written once, here).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from custbook.customers import search_pieces, search_reads, search_sqlite
from custbook.models import database

STEP = 5000  # customers per range: one read, one write of index rows, one of FTS rows


def _sql(query: str, params: tuple = ()) -> list[tuple]:
    return database.execute_sql(query, params).fetchall()


def index_in_order(ids: list[int], step: Callable[[int], Any] | None = None) -> None:
    """Index these customers (sorted ids, none of them indexed yet, and no customer between
    them left out), `step(count)` told after each range: it may raise to cancel.

    Pieces already stored in the first customer's block (customers indexed before, with
    lower ids) are taken out and written back with the new ids added, so every block is
    written once and whole.
    """
    if not ids:
        return
    ranges = [(ids[start], ids[min(start + STEP, len(ids)) - 1])
              for start in range(0, len(ids), STEP)]
    first_block = ids[0] >> search_pieces.BLOCK_BITS
    held = search_pieces.take_block(first_block)
    with search_sqlite.Writer(database.connection()) as writer:
        loader = search_pieces.Loader(database.obj, insert=writer.postings)
        loader.resume(first_block, held)
        reading = writer.read(search_reads.RANGE_READS, ranges[0])
        for n, (low, high) in enumerate(ranges):
            texts = reading()
            if n + 1 < len(ranges):  # the next range is read while this one is indexed
                reading = writer.read(search_reads.RANGE_READS, ranges[n + 1])
            rows = search_reads.keys_from(texts)
            writer.index_rows(rows)
            loader.add([(keys, cid) for keys, cid, _, _ in rows])
            if step is not None:
                step(min((n + 1) * STEP, len(ids)) - n * STEP)
        loader.write()


def appended(ids: list[int]) -> bool:
    """True when `ids` (sorted) are all of the customers from the first to the last of
    them, and nobody at or above the first is indexed: new customers added after every
    other (an import), which `index_in_order` can index."""
    if not ids:
        return False
    low, high = ids[0], ids[-1]
    if _sql("SELECT 1 FROM customer_search WHERE customer_id >= ? LIMIT 1", (low,)):
        return False
    return _sql("SELECT count(*) FROM customer WHERE id BETWEEN ? AND ?",
                (low, high))[0][0] == len(ids)
