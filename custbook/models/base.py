"""The base of every table: the database proxy the opener points at a book, and the
book's own two tables (schema version, settings)."""
from __future__ import annotations

import datetime as dt

from peewee import CharField, DatabaseProxy, DateTimeField, IntegerField, Model, TextField
from custbook import clock

database = DatabaseProxy()
_bound = [0]  # how many times `database` was pointed at a book (or at none)


@database.attach_callback
def _count_binding(_book: object) -> None:
    _bound[0] += 1


def generation() -> int:
    """A number that changes whenever `database` is pointed at a (possibly other) book.

    Caches keyed on it never serve another book; it lives here, beside the proxy, so
    that settings and the search index can use it without importing the opener (db).
    """
    return _bound[0]


def _now() -> dt.datetime:
    return clock.now_seconds()


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class SchemaVersion(BaseModel):
    """One row: the schema version of this book, for the migration runner."""

    version = IntegerField()
    app_version = CharField(max_length=32, default="")
    upgraded_at = DateTimeField(default=_now)


class Setting(BaseModel):
    """Shop settings as key/value text; `custbook.settings` gives them types and defaults."""

    key = CharField(max_length=64, primary_key=True)
    value = TextField(default="")

