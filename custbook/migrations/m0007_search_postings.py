"""Step 7: the search's short pieces kept as posting lists (`customer_search_posting`).

Why: step 6 stored one row per (piece, tier, customer): ~51 rows per customer, 5.1
million at 100,000 customers and 51 million at 1,000,000. Writing them was most of
building the search index (2.2x the index without them at 100,000 customers, several
minutes at 1,000,000), and they took 74 MB at 100,000 customers. Now one row holds
the customer ids of one block of 4,096 ids that have a piece in a tier, packed as
4-byte integers (`custbook.customers.search_pieces`): ~2 rows per customer, written as
a few blobs, counted from the blobs' lengths.

The old table is dropped (it is derived data: nothing is lost); the search index
format moves to 4, so the next open rebuilds the pieces in the new table.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from peewee import Database, SqliteDatabase

if TYPE_CHECKING:  # the search imports this step's SQL: not playhouse's migrator too
    from playhouse.migrate import SchemaMigrator

OLD_TABLE = "customer_search_piece"
TABLE = "customer_search_posting"
KEY_INDEX = "customer_search_posting_piece_tier_block"


def create_sql(sqlite: bool) -> list[str]:
    """The table's DDL, as `custbook.models.CustomerSearchPiece` creates it in a new book."""
    return [f'CREATE TABLE IF NOT EXISTS "{TABLE}" ('
            + ('"id" INTEGER NOT NULL PRIMARY KEY' if sqlite else '"id" SERIAL NOT NULL PRIMARY KEY')
            + ', "piece" TEXT NOT NULL, "tier" ' + ("INTEGER" if sqlite else "SMALLINT")
            + ' NOT NULL, "block" INTEGER NOT NULL, "ids" ' + ("BLOB" if sqlite else "BYTEA")
            + " NOT NULL)",
            f'CREATE UNIQUE INDEX IF NOT EXISTS "{KEY_INDEX}" ON "{TABLE}" '
            '("piece", "tier", "block")']


def apply(db: Database, migrator: SchemaMigrator) -> None:
    db.execute_sql(f'DROP TABLE IF EXISTS "{OLD_TABLE}"')
    for statement in create_sql(isinstance(db, SqliteDatabase)):
        db.execute_sql(statement)
