"""The shop's own fields on every card (schema step 5)."""
from __future__ import annotations

from peewee import (
    BooleanField,
    CharField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)
from custbook.models.base import BaseModel, _now
from custbook.models.customers import Customer


class CustomField(BaseModel):
    """A field the shop adds to every card (`custbook.customers.custom_fields`)."""

    name = CharField(max_length=60, unique=True)
    kind = CharField(max_length=8, default="text")  # text, number, date, bool, choice
    choices = TextField(default="")  # for "choice": one per line
    heading = CharField(max_length=60, default="")  # the group it shows under on the card
    sort_order = IntegerField(default=0)
    in_list = BooleanField(default=False)  # a column of the customer list
    created_at = DateTimeField(default=_now)


class CustomFieldValue(BaseModel):
    """One customer's value of one custom field, as canonical text (number "12.5",
    date "2026-11-22", yes/no "1"/"0")."""

    customer = ForeignKeyField(Customer, backref="custom_values", on_delete="CASCADE")
    field = ForeignKeyField(CustomField, backref="values", on_delete="CASCADE")
    value = TextField(default="")

    class Meta:
        indexes = ((("customer", "field"), True),)
