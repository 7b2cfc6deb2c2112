"""What the customer book stores: the one place that says it.

Conventions, so every later module can rely on them:
- money is integer cents (`*_cents`), never float;
- dates are `date`, moments are naive local `datetime` (a shop lives in one time zone);
- a lunar birthday is kept as lunar month/day/leap and converted per year, never
  stored as one solar date;
- enumerations are short English codes (`"call"`, `"satisfied"`); their display
  names live in `custbook.vocab`, translated;
- every table that a person edits has `created_at`/`updated_at`, and customers carry
  a `version` so a later multi-PC setup can detect a conflicting save.

The models are bound to `database`, a proxy that `custbook.db.open_book` points at
the chosen SQLite file (or a PostgreSQL server).

Each table is declared in the module of its feature (`models/customers.py`,
`models/calendar.py`, `models/membership.py` …, base and settings in `models/base.py`);
everyone imports them from here. `ALL_MODELS` below is every table's model, in the
order of `custbook.book_format.TABLES`: the one list of tables, kept where `info`
can read it without importing peewee (a new model's table is added there).
"""
from __future__ import annotations

from custbook.book_format import TABLES
from custbook.models.base import BaseModel, SchemaVersion, Setting, database, generation
from custbook.models.shop import Staff, Tier, Tag, ComplaintCategory
from custbook.models.customers import (Customer, CustomerPhone, CustomerPhoto, CustomerTag,
                                       MergeRecord)
from custbook.models.search import CustomerSearch, CustomerSearchPiece, CustomerSearchGone
from custbook.models.history import Purchase, ContactEntry
from custbook.models.complaints import Complaint
from custbook.models.calendar import Reminder, ReminderDone
from custbook.models.loyalty import SatisfactionRecord
from custbook.models.safety import AuditEntry, ImportBatch
from custbook.models.membership import Member, MemberAccount, MemberEntry, MemberImport
from custbook.models.messages import MessageQueue, MessageQueueItem
from custbook.models.family import CustomerRelation, CustomerAnniversary
from custbook.models.fields import CustomField, CustomFieldValue
from custbook.models.files import Attachment, AttachmentBlob

__all__ = [  # the tables, one import for everyone: `from custbook.models import Customer`
    "BaseModel", "SchemaVersion", "Setting", "database", "generation",
    "Staff", "Tier", "Tag", "ComplaintCategory", "Customer", "CustomerPhone",
    "CustomerPhoto", "CustomerTag", "MergeRecord", "CustomerSearch",
    "CustomerSearchPiece", "CustomerSearchGone", "Purchase", "ContactEntry",
    "Complaint", "Reminder", "ReminderDone", "SatisfactionRecord", "AuditEntry",
    "ImportBatch", "Member", "MemberAccount", "MemberEntry", "MemberImport",
    "MessageQueue", "MessageQueueItem", "CustomerRelation", "CustomerAnniversary",
    "CustomField", "CustomFieldValue", "Attachment", "AttachmentBlob", "ALL_MODELS",
]

# Creation order respects foreign keys; the migration runner and tests use it.
_BY_TABLE = {model._meta.table_name: model for model in BaseModel.__subclasses__()}
ALL_MODELS: list[type[BaseModel]] = [_BY_TABLE[name] for name in TABLES]
