"""Complaints and their service-recovery steps."""
from __future__ import annotations

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    SmallIntegerField,
    TextField,
)
from custbook.models.base import BaseModel, _now
from custbook.models.shop import Staff, ComplaintCategory
from custbook.models.customers import Customer
from custbook.models.history import Purchase


class Complaint(BaseModel):
    """A complaint and its service-recovery steps, one column group per step.

    Steps are columns rather than rows because the reports add them up (share of
    promises kept, total compensation) and every complaint has the same eight steps.
    `status` is derived from the steps by `custbook.complaints` and stored so lists
    can filter on it.
    """

    customer = ForeignKeyField(Customer, null=True, backref="complaints", on_delete="CASCADE")
    walk_in_name = CharField(max_length=120, default="")  # when there is no card (yet)
    walk_in_phone = CharField(max_length=40, default="")
    received_at = DateTimeField(index=True)
    channel = CharField(max_length=16, default="in_store")  # in_store, phone, wechat, online, other
    purchase = ForeignKeyField(Purchase, null=True, backref="complaints", on_delete="SET NULL")
    category = ForeignKeyField(ComplaintCategory, null=True, backref="complaints",
                               on_delete="SET NULL")
    severity = SmallIntegerField(default=2)  # 1 minor, 2 moderate, 3 serious
    customer_words = TextField(default="")
    staff = ForeignKeyField(Staff, null=True, backref="complaints", on_delete="SET NULL")
    status = CharField(max_length=20, default="new", index=True)  # 20 since schema 2
    first_response_at = DateTimeField(null=True)
    # 1. listen and empathise
    listen_notes = TextField(default="")
    listen_by = ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    listen_at = DateTimeField(null=True)
    # 2. apologise
    apology_given = BooleanField(null=True)
    apology_words = TextField(default="")
    apology_by = ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    apology_at = DateTimeField(null=True)
    # 3. cause
    cause = TextField(default="")
    fault = CharField(max_length=16, default="")  # shop, supplier, customer, shared, unknown
    cause_by = ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    cause_at = DateTimeField(null=True)
    # 4. remedy
    remedy = TextField(default="")
    remedy_accepted = BooleanField(null=True)
    remedy_by = ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    remedy_at = DateTimeField(null=True)
    # 5. compensation
    compensation_kind = CharField(max_length=16, default="")  # refund, replacement, repair, gift, voucher, discount, other
    compensation_cents = IntegerField(default=0)
    compensation_by = ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    compensation_at = DateTimeField(null=True)
    # 6. promise
    promise = TextField(default="")
    promise_due = DateField(null=True, index=True)
    promise_kept = BooleanField(null=True)  # None: not yet known
    promise_settled_at = DateTimeField(null=True)
    promise_by = ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    # 7. result
    result = CharField(max_length=16, default="")  # satisfied, neutral, dissatisfied
    result_comment = TextField(default="")
    result_by = ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    result_at = DateTimeField(null=True)
    # 8. follow-up
    follow_up_on = DateField(null=True)
    follow_up_outcome = TextField(default="")
    follow_up_by = ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    follow_up_at = DateTimeField(null=True)
    closed_at = DateTimeField(null=True)
    reopened_count = IntegerField(default=0)
    # Each reopening, with the result and follow-up it set aside, one dated line each.
    reopen_notes = TextField(default="")
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)
