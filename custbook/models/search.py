"""The search index tables, kept by `custbook.customers.search` (docs/search.md)."""
from __future__ import annotations

from peewee import (
    BlobField,
    BooleanField,
    DateField,
    ForeignKeyField,
    IntegerField,
    SmallIntegerField,
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


class CustomerSearchPiece(BaseModel):
    """The customers who have a 1- or 2-character piece of search keys in a tier, per block.

    So that a query of one or two characters (张, zs, 56) reads only its matches instead
    of scanning every customer's keys; written with the keys by
    `custbook.customers.search_pieces` (see there and docs/search.md). One row per
    (piece, tier, block of 4,096 customer ids): `ids` holds that block's customer ids,
    sorted, as 4-byte little-endian integers (a posting list), so a book has a few rows
    per customer instead of ~50. The ids are plain numbers, not foreign keys: deleting a
    customer leaves its keys in `CustomerSearchGone` instead.
    """

    piece = TextField()
    tier = SmallIntegerField()
    block = IntegerField()
    ids = BlobField()

    class Meta:
        table_name = "customer_search_posting"
        indexes = ((("piece", "tier", "block"), True),)


class CustomerSearchGone(BaseModel):
    """The keys of deleted search rows, until their pieces are deleted (by a trigger)."""

    customer_id = IntegerField()
    keys = TextField()
