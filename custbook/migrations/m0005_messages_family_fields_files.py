"""Step 5: messages to send, the people around a customer, the shop's own fields, files.

New tables only (nothing existing changes, nothing is converted):
- message_queue, message_queue_item: a list of customers stepped through message by
  message, remembering where it stopped (`custbook.messages.queues`);
- customer_relation, customer_anniversary: family members and other relations (with
  their birthdays, solar or lunar) and the days a customer keeps each year
  (`custbook.customers.relations`);
- custom_field, custom_field_value: the fields a shop adds to every card
  (`custbook.customers.custom_fields`);
- attachment, attachment_blob: photos and documents kept inside the book, the bytes
  in their own table so a list of files never reads them (`custbook.customers.attachments`).

The message templates of the shop's own live in the settings table (JSON), as the
letter templates do, so they need no table.
"""
from __future__ import annotations

from peewee import Database
from playhouse.migrate import SchemaMigrator
from custbook import models


def apply(db: Database, migrator: SchemaMigrator) -> None:
    # The same definitions a fresh book is created from, so both end up identical.
    db.create_tables([models.MessageQueue, models.MessageQueueItem, models.CustomerRelation,
                      models.CustomerAnniversary, models.CustomField, models.CustomFieldValue,
                      models.Attachment, models.AttachmentBlob])
