"""The people around a customer and the days they keep (schema step 5)."""
from __future__ import annotations

from peewee import (
    BooleanField,
    CharField,
    DateTimeField,
    ForeignKeyField,
    SmallIntegerField,
    TextField,
)
from custbook.models.base import BaseModel, _now
from custbook.models.customers import Customer


class CustomerRelation(BaseModel):
    """A family member or other person around a customer (`custbook.customers.relations`);
    `linked` is their own card when they are a customer too (the other card has the
    reverse relation). A birthday is kept like a customer's: solar or lunar month/day."""

    customer = ForeignKeyField(Customer, backref="relations", on_delete="CASCADE")
    name = CharField(max_length=120, default="")
    relation = CharField(max_length=16, default="other")  # spouse, child, parent, sibling, friend, other
    linked = ForeignKeyField(Customer, null=True, backref="+", on_delete="SET NULL")
    birthday_calendar = CharField(max_length=8, default="")
    birthday_month = SmallIntegerField(null=True)
    birthday_day = SmallIntegerField(null=True)
    birthday_leap = BooleanField(default=False)
    birth_year = SmallIntegerField(null=True)
    phone = CharField(max_length=40, default="")
    phone_digits = CharField(max_length=32, default="", index=True)
    note = TextField(default="")
    remind = BooleanField(default=True)  # a yearly birthday reminder on the customer's calendar
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now, index=True)  # the rules look at what changed


class CustomerAnniversary(BaseModel):
    """A day a customer keeps each year: wedding, first visit, membership, or any named day."""

    customer = ForeignKeyField(Customer, backref="anniversaries", on_delete="CASCADE")
    kind = CharField(max_length=16, default="other")  # wedding, first_visit, membership, other
    name = CharField(max_length=80, default="")
    calendar = CharField(max_length=8, default="solar")  # solar, lunar
    month = SmallIntegerField()
    day = SmallIntegerField()
    leap = BooleanField(default=False)
    year = SmallIntegerField(null=True)
    note = TextField(default="")
    remind = BooleanField(default=True)
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now, index=True)
