"""What customers said: satisfaction ratings."""
from __future__ import annotations

from peewee import (
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    SmallIntegerField,
    TextField,
)
from custbook.models.base import BaseModel, _now
from custbook.models.shop import Staff
from custbook.models.customers import Customer
from custbook.models.history import Purchase
from custbook.models.complaints import Complaint


class SatisfactionRecord(BaseModel):
    """How satisfied a customer said they were, after a purchase, a call or a complaint."""

    customer = ForeignKeyField(Customer, null=True, backref="satisfaction", on_delete="CASCADE")
    recorded_on = DateField(index=True)
    subject = CharField(max_length=16, default="purchase")  # purchase, follow_up, complaint, other
    purchase = ForeignKeyField(Purchase, null=True, backref="satisfaction", on_delete="SET NULL")
    complaint = ForeignKeyField(Complaint, null=True, backref="satisfaction", on_delete="SET NULL")
    rating = CharField(max_length=16)  # satisfied, neutral, dissatisfied
    score = SmallIntegerField(null=True)  # optional 1..5
    recommend = SmallIntegerField(null=True)  # optional 0..10 ("would you recommend us")
    comment = TextField(default="")
    staff = ForeignKeyField(Staff, null=True, backref="satisfaction", on_delete="SET NULL")
    created_at = DateTimeField(default=_now)
