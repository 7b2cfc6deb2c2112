"""The trail of changes (audit) and the imports kept for undo."""
from __future__ import annotations

from peewee import CharField, DateTimeField, ForeignKeyField, IntegerField, TextField
from custbook.models.base import BaseModel, _now
from custbook.models.shop import Staff
from custbook.models.customers import Customer


class AuditEntry(BaseModel):
    """One change to a customer: who (staff), when, which field, from what to what.

    Written by `custbook.safety.audit` inside the transaction of the change it describes.
    `customer_name` is a copy so an entry still reads after the trash is emptied
    (the foreign key then becomes NULL); a privacy erase deletes the person's entries.
    """

    customer = ForeignKeyField(Customer, null=True, backref="audit_entries", on_delete="SET NULL")
    customer_name = CharField(max_length=120, default="")
    staff = ForeignKeyField(Staff, null=True, backref="+", on_delete="SET NULL")
    at = DateTimeField(default=_now, index=True)
    action = CharField(max_length=20)  # see custbook.safety.audit.ACTIONS
    field = CharField(max_length=40, default="")
    old_value = TextField(default="")
    new_value = TextField(default="")

    class Meta:
        indexes = ((("customer", "at"), False),)


class ImportBatch(BaseModel):
    """One import of a customer list, kept so it can be undone as a whole.

    `created_ids` is a JSON list of the customers the import added; `previous` is a
    JSON object {customer id: the card's fields and phones before the import} for the
    customers it updated. Undo (custbook.exchange.importer.undo_import) deletes the first
    and puts the second back, then sets `undone_at`.
    """

    file_name = CharField(max_length=260, default="")
    imported_at = DateTimeField(default=_now, index=True)
    created_count = IntegerField(default=0)
    updated_count = IntegerField(default=0)
    created_ids = TextField(default="[]")
    previous = TextField(default="{}")
    undone_at = DateTimeField(null=True)
