"""Files kept on a card or a complaint (schema step 5)."""
from __future__ import annotations

from peewee import (
    BlobField,
    CharField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)
from custbook.models.base import BaseModel, _now
from custbook.models.customers import Customer
from custbook.models.complaints import Complaint


class Attachment(BaseModel):
    """A file on a customer's card or a complaint; its bytes are in `AttachmentBlob`, read
    only when opened, so lists and backups of the table stay light."""

    customer = ForeignKeyField(Customer, null=True, backref="attachments", on_delete="CASCADE")
    complaint = ForeignKeyField(Complaint, null=True, backref="attachments",
                                on_delete="CASCADE")
    file_name = CharField(max_length=260)
    mime = CharField(max_length=100, default="application/octet-stream")
    size = IntegerField(default=0)
    sha256 = CharField(max_length=64, default="")
    note = TextField(default="")
    thumbnail = BlobField(null=True)  # PNG, at most 160 px, for images
    added_at = DateTimeField(default=_now, index=True)


class AttachmentBlob(BaseModel):
    """The bytes of one attachment."""

    attachment = ForeignKeyField(Attachment, primary_key=True, backref="+",
                                 on_delete="CASCADE")
    data = BlobField()
