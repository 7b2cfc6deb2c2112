"""Step 4: membership cards — member numbers, balances and their append-only ledger.

Four new tables (`member`, `member_account`, `member_entry`, `member_import`; see
custbook.models and custbook.membership); nothing existing changes, so an upgrade only
creates them (with their indexes) inside the upgrade's transaction, on SQLite and
PostgreSQL alike.
"""
from __future__ import annotations

from peewee import Database
from playhouse.migrate import SchemaMigrator
from custbook.models import Member, MemberAccount, MemberEntry, MemberImport


def apply(db: Database, migrator: SchemaMigrator) -> None:
    db.create_tables([Member, MemberAccount, MemberEntry, MemberImport], safe=True)
