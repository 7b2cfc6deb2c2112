"""What this Custbook expects inside a book file, known without the ORM.

The models, the migrations, the search index and the password each own a part of a
book, but importing them means importing peewee (0.1 s before a row is read; -X
importtime). `python main.py info` reports a book that needs no upgrade, index or
password with plain sqlite3 (custbook.safety.plain_info), so the few facts it checks
live here, once, and the owners take them from here:

- LATEST: the schema step of a book this Custbook writes (`custbook.migrations.steps`
  registers one module per step in STEPS and imports LATEST from here);
- TABLES: every table, in creation order (`custbook.models.ALL_MODELS` is their models
  in this order; a new model's table is added here);
- SEARCH_FORMAT: the search index's format, stored in the book's settings under
  SEARCH_FORMAT_KEY (`custbook.customers.search`: a book of another format is
  re-indexed when it opens);
- PASSWORD_KEY: the setting holding the lock password's hash (`custbook.safety.password`);
- SQLITE_PRAGMAS: how every connection to a book file is set up (`custbook.db`).
"""
from __future__ import annotations

LATEST = 13

TABLES = (
    "schema_version", "setting", "staff", "tier", "customer", "customer_phone",
    "customer_photo", "tag", "customer_tag", "purchase", "contact_entry", "complaint_category",
    "complaint", "reminder", "reminder_done", "satisfaction_record", "customer_search",
    "customer_search_posting", "customer_search_gone", "merge_record", "audit_entry",
    "import_batch", "member", "member_account", "member_entry", "member_import",
    "message_queue", "message_queue_item", "customer_relation", "customer_anniversary",
    "custom_field", "custom_field_value", "attachment", "attachment_blob",
)
# The tables `info` counts: all but the book's own bookkeeping.
COUNTED_TABLES = tuple(name for name in TABLES if name not in ("schema_version", "setting"))

SEARCH_FORMAT = "6"  # bump when search_keys.keys_for or the pieces change
SEARCH_FORMAT_KEY = "search_index_format"

PASSWORD_KEY = "lock_password_hash"

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": 2,  # FULL: a commit is on disk before we say it is saved
    "busy_timeout": 5000,  # = db.BUSY_SECONDS: how long a writer waits for another's turn
    "cache_size": -32000,  # 32 MB page cache
    "temp_store": 2,  # MEMORY
}
