"""What the schema steps that widen an index share: the new index in, the old one out.

An index that gains columns (so a query is answered from the index alone) keeps the old
one's leading columns, so it serves every query the old one served; the old one is
dropped. A book with statistics (a sample shop, or one `ANALYZE`d) gets them for the new
index at once, over the whole index: without them SQLite guesses, and step 10 saw it
take `repeat = 'none'` for a rare value and read 150,000 one-off reminders through the
new index (a sample of 1,000 rows had seen one kind of repeat and counted 1,000 each).
"""
from __future__ import annotations

from peewee import Database, SqliteDatabase


def swap(db: Database, indexes: dict[str, tuple[str, str, tuple[str, ...]]]) -> None:
    """`indexes`: old index name -> (new name, table, columns)."""
    for old, (new, table, columns) in indexes.items():
        listed = ", ".join(f'"{c}"' for c in columns)
        db.execute_sql(f'CREATE INDEX IF NOT EXISTS "{new}" ON "{table}" ({listed})')
        db.execute_sql(f'DROP INDEX IF EXISTS "{old}"')
    if isinstance(db, SqliteDatabase) and db.execute_sql(
            "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
        db.execute_sql("PRAGMA analysis_limit = 0")
        for new, _table, _columns in indexes.values():
            db.execute_sql(f'ANALYZE "{new}"')
