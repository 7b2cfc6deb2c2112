"""What happened with a customer: purchases and contacts."""
from __future__ import annotations

from peewee import (
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)
from custbook.models.base import BaseModel, _now
from custbook.models.shop import Staff
from custbook.models.customers import Customer


class Purchase(BaseModel):
    """What a customer bought on a day and what they paid."""

    # NULL only after a privacy erase (custbook.safety.privacy): the sale stays in the shop's totals.
    customer = ForeignKeyField(Customer, null=True, backref="purchases", on_delete="CASCADE")
    purchased_on = DateField()  # indexed with customer_id (schema step 11)
    items = TextField(default="")  # what was bought, as the shop writes it
    product_codes = CharField(max_length=200, default="")
    amount_cents = IntegerField(default=0)
    staff = ForeignKeyField(Staff, null=True, backref="purchases", on_delete="SET NULL")
    note = TextField(default="")
    created_at = DateTimeField(default=_now)

    class Meta:
        indexes = ((("customer", "purchased_on"), False), (("purchased_on", "customer"), False))


class ContactEntry(BaseModel):
    """One contact with a customer: a call, a WeChat message, a visit, a gift, a card …"""

    customer = ForeignKeyField(Customer, backref="contacts", on_delete="CASCADE")
    contacted_at = DateTimeField()  # indexed with kind and customer_id (schema step 11)
    kind = CharField(max_length=16)  # call, wechat, sms, visit, gift, card, letter, other
    staff = ForeignKeyField(Staff, null=True, backref="contacts", on_delete="SET NULL")
    summary = TextField(default="")
    outcome = TextField(default="")
    created_at = DateTimeField(default=_now)

    class Meta:
        indexes = ((("customer", "contacted_at"), False),
                   (("contacted_at", "kind", "customer"), False))
