"""Writing many new rows fast, with column lists taken from the models.

Used by the sample-shop generator (a million purchases in seconds), the import and
the audit trail's bulk entries. The SQL always matches `custbook.models`: columns a
caller does not set get the model's constant default, and a column whose default is
computed must be given explicitly.
"""
from __future__ import annotations

from operator import itemgetter
from typing import Any

from peewee import Database, Field, SqliteDatabase

from custbook import models as m

_REQUIRED = object()


def _default_of(field: Field) -> Any:
    """The value a raw INSERT must carry for a column we do not set ourselves."""
    if field.default is None:
        return None if (field.null or field.primary_key) else _REQUIRED
    if callable(field.default):
        return _REQUIRED
    return field.db_value(field.default)


class RowBuffer:
    """Rows for one model, buffered and written with one `executemany`.

    About eight times faster than peewee's `insert_many` for a million rows (it skips
    building an SQL tree per value) — the path for any bulk write of new rows.

    `fields` fixes the order of tuples given to `add`; `add_kw` takes field names and
    fills the rest with the models' constant defaults. Columns added to a model later
    are filled with their default, or refused here if the default is computed.
    """

    def __init__(self, model: type[m.BaseModel], fields: tuple[str, ...] | None = None):
        meta = model._meta
        chosen = [meta.fields[n] for n in fields] if fields else list(meta.sorted_fields)
        named = {f.name for f in chosen}  # by name: `field in list` builds an SQL expression
        rest = [f for f in meta.sorted_fields if f.name not in named]
        self.tail = tuple(_default_of(f) for f in rest)
        if _REQUIRED in self.tail:
            raise RuntimeError(f"RowBuffer does not know how to fill {meta.table_name}")
        self.model, self.columns = model, chosen
        self.defaults = [(f.name, _default_of(f)) for f in chosen]
        self._given = {n: d for n, d in self.defaults}  # add_kw: the defaults, then the values
        self._required = {n for n, d in self.defaults if d is _REQUIRED}
        pick = itemgetter(*self._given)
        self._pick = pick if len(chosen) > 1 else (lambda values: (pick(values),))
        columns = ", ".join(f'"{f.column_name}"' for f in chosen + rest)
        marks = ", ".join("?" * (len(chosen) + len(rest)))
        self.sql = f'INSERT INTO "{meta.table_name}" ({columns}) VALUES ({marks})'
        self.rows: list[tuple] = []
        self.count = 0

    def add(self, row: tuple) -> None:
        """Queue a row given as a tuple in `fields` order."""
        self.rows.append(row)

    def add_kw(self, **values: Any) -> None:
        """Queue a row given by field name; unnamed fields take their defaults."""
        if not (values.keys() <= self._given.keys() and self._required <= values.keys()):
            unknown = {k: v for k, v in values.items() if k not in self._given}
            raise RuntimeError(f"a row that does not fit: {unknown or values}")
        self.rows.append(self._pick({**self._given, **values}))

    def flush(self, db: Database) -> None:
        """Write the queued rows (inside the caller's transaction)."""
        if self.rows:
            rows = [r + self.tail for r in self.rows] if self.tail else self.rows
            db.connection().executemany(self.sql, rows)
            self.count += len(self.rows)
            self.rows = []

    def write(self, db: Database) -> None:
        """Write the queued rows: `flush` on SQLite, peewee's insert_many on PostgreSQL
        (whose driver takes other placeholders), the columns not chosen left to it."""
        if isinstance(getattr(db, "obj", db), SqliteDatabase) or not self.rows:
            self.flush(db)
            return
        self.model.insert_many(self.rows, fields=self.columns).execute()
        self.count += len(self.rows)
        self.rows = []
