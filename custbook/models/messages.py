"""Messages to send, stepped through as queues (schema step 5)."""
from __future__ import annotations

from peewee import CharField, DateTimeField, ForeignKeyField, IntegerField, TextField
from custbook.models.base import BaseModel, _now
from custbook.models.customers import Customer


class MessageQueue(BaseModel):
    """A list of customers to send one kind of message to, stepped through one by one
    (`custbook.messages.queues`); where it stopped is its first item still pending."""

    name = CharField(max_length=120)
    kind = CharField(max_length=20, default="custom")  # custbook.messages.message_templates.KINDS
    template_key = CharField(max_length=40, default="")
    channel = CharField(max_length=8, default="wechat")  # wechat, sms
    created_at = DateTimeField(default=_now, index=True)
    finished_at = DateTimeField(null=True)


class MessageQueueItem(BaseModel):
    """One person's message in a queue: pending, sent, skipped, or excluded (with why)."""

    queue = ForeignKeyField(MessageQueue, backref="items", on_delete="CASCADE")
    customer = ForeignKeyField(Customer, null=True, backref="+", on_delete="CASCADE")
    position = IntegerField()
    name = CharField(max_length=120, default="")
    phone = CharField(max_length=40, default="")
    text = TextField(default="")
    status = CharField(max_length=12, default="pending")
    reason = TextField(default="")
    done_at = DateTimeField(null=True)

    class Meta:
        indexes = ((("queue", "status", "position"), False),)
