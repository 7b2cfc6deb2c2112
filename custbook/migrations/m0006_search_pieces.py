"""Step 6: the search's table of short pieces (`customer_search_piece`), and a partial
index for the agenda's reminders shown ahead of their day.

Why: a query of one or two characters (张, 王芳, zs, 56 — 42 % of keystrokes) cannot use
the FTS5 trigram index, so it scanned every customer's keys, up to three times
(~100 ms at 100,000 customers, ~1 s at 1,000,000). This table holds every 1- and
2-character piece of every customer's search keys with the tier that piece ranks in
(`custbook.customers.search_keys.pieces`), ordered by (piece, tier, customer): a
short query reads only its own matches, already grouped by tier.

A second table, `customer_search_gone`, holds the keys of deleted search rows (filled
by a trigger) until their pieces are deleted.

The rows are written by `custbook.customers.search` together with the keys, in the
same transaction; an empty table is filled when the book is next opened (the search
index format moves to 3, which rebuilds it). Nothing is lost or converted.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from peewee import Database, SqliteDatabase

if TYPE_CHECKING:  # the search imports this step's SQL: not playhouse's migrator too
    from playhouse.migrate import SchemaMigrator

TABLE = "customer_search_piece"


GONE = "customer_search_gone"


def create_sql(sqlite: bool) -> list[str]:
    """The tables' DDL (as `custbook.models` creates them in a new book); SQLite keeps
    the pieces WITHOUT ROWID (the key is the whole row)."""
    return [f"CREATE TABLE IF NOT EXISTS {TABLE} (piece TEXT NOT NULL, "
            f"tier {'INTEGER' if sqlite else 'SMALLINT'} NOT NULL, customer_id INTEGER NOT NULL, "
            "PRIMARY KEY (piece, tier, customer_id))" + (" WITHOUT ROWID" if sqlite else ""),
            f"CREATE TABLE IF NOT EXISTS {GONE} (id "
            + ("INTEGER NOT NULL PRIMARY KEY" if sqlite else "SERIAL NOT NULL PRIMARY KEY")
            + ", customer_id INTEGER NOT NULL, keys TEXT NOT NULL)"]


# The agenda's reminders shown lead days ahead (show_on <= today < next_on) were found
# through next_on's index, every reminder after the horizon (~200 ms at 100,000
# customers, twice per agenda); this partial index holds only those shown early.
EARLY_REMINDERS = ('CREATE INDEX IF NOT EXISTS "reminder_show_on_early" ON "reminder" '
                   '("show_on") WHERE ("show_on" < "next_on")')


def apply(db: Database, migrator: SchemaMigrator) -> None:
    for statement in create_sql(isinstance(db, SqliteDatabase)):
        db.execute_sql(statement)
    db.execute_sql(EARLY_REMINDERS)
