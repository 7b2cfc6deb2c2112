"""The search index tables, kept by `custbook.customers.search` (docs/search.md)."""
from __future__ import annotations

from peewee import (
    BooleanField,
    CompositeKey,
    DateField,
    ForeignKeyField,
    IntegerField,
    Metadata,
    SmallIntegerField,
    SqliteDatabase,
    TextField,
)
from custbook.models.base import BaseModel
from custbook.models.customers import Customer


class CustomerSearch(BaseModel):
    """The search index: one narrow row per customer, so search as you type scans little.

    `keys` holds the customer's normalised name, pinyin, phone digits, WeChat ID and
    notes, written by `custbook.customers.search`; `last_visit_on` and `in_trash` are copies of
    the customer's, kept by SQL triggers, so ranking and the trash need no join;
    `stale` is set by triggers when a customer changes behind `custbook.customers.search`'s back
    (the next search re-indexes it). See docs/search.md.
    """

    customer = ForeignKeyField(Customer, primary_key=True, backref="+", on_delete="CASCADE")
    keys = TextField(default="")
    last_visit_on = DateField(null=True)
    in_trash = BooleanField(default=False)
    stale = BooleanField(default=False)

    class Meta:
        indexes = ((("in_trash", "last_visit_on"), False), (("stale",), False))


class _WithoutRowidOnSqlite(Metadata):
    """Table options for a table that is its key: WITHOUT ROWID on SQLite only (PostgreSQL
    has no such option), decided by the database the model is bound to at creation."""

    @property
    def without_rowid(self) -> bool:
        return isinstance(getattr(self.database, "obj", self.database), SqliteDatabase)

    @without_rowid.setter
    def without_rowid(self, value: bool) -> None:
        pass


class CustomerSearchPiece(BaseModel):
    """Every 1- and 2-character piece of a customer's search keys, with its tier.

    So that a query of one or two characters (张, zs, 56) reads only its matches instead
    of scanning every customer's keys; written with the keys by
    `custbook.customers.search_pieces` (see there and docs/search.md). The key is the
    whole row (WITHOUT ROWID on SQLite); `customer_id` is a plain number, not a foreign
    key: deleting a customer leaves its keys in `CustomerSearchGone` instead.
    """

    piece = TextField()
    tier = SmallIntegerField()
    customer_id = IntegerField()

    class Meta:
        primary_key = CompositeKey("piece", "tier", "customer_id")
        model_metadata_class = _WithoutRowidOnSqlite


class CustomerSearchGone(BaseModel):
    """The keys of deleted search rows, until their pieces are deleted (by a trigger)."""

    customer_id = IntegerField()
    keys = TextField()
