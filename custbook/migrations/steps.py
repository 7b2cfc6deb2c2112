"""The steps that upgrade an older book, one module each, and the migrator they use.

Loaded only when a book needs upgrading (`custbook.migrations.prepare`): the thirteen
step modules and playhouse's migrator cost every open ~10 ms (-X importtime) that an
up-to-date book never needs.
"""
from __future__ import annotations

from collections.abc import Callable

from peewee import Database, SqliteDatabase
from playhouse.migrate import PostgresqlMigrator, SchemaMigrator, SqliteMigrator

from custbook.book_format import LATEST
from custbook.migrations import m0002_complaint_status_length
from custbook.migrations import m0003_shop_words
from custbook.migrations import m0004_membership
from custbook.migrations import m0005_messages_family_fields_files
from custbook.migrations import m0006_search_pieces
from custbook.migrations import m0007_search_postings
from custbook.migrations import m0008_family_titles_when_shown
from custbook.migrations import m0009_prior_spend_company
from custbook.migrations import m0010_reminder_counts_covered
from custbook.migrations import m0011_week_figures_covered
from custbook.migrations import m0012_slipping_away_covered
from custbook.migrations import m0013_todays_order_covered

Step = Callable[[Database, SchemaMigrator], None]  # `apply(db, migrator)`

# Version 1 is the first (released) schema.
STEPS: dict[int, Step] = {
    2: m0002_complaint_status_length.apply,  # complaint.status up to 20 characters
    3: m0003_shop_words.apply,  # built-in tiers/categories by key, tier rules and colours
    4: m0004_membership.apply,  # membership: member numbers, balances, the card ledger
    5: m0005_messages_family_fields_files.apply,  # messages, family, own fields, files
    6: m0006_search_pieces.apply,  # the search's 1-/2-character pieces table
    7: m0007_search_postings.apply,  # those pieces as posting lists, a row per 4,096 ids
    8: m0008_family_titles_when_shown.apply,  # family reminders named when shown
    9: m0009_prior_spend_company.apply,  # customer: spend before the book, company
    10: m0010_reminder_counts_covered.apply,  # the calendar's counts from one index
    11: m0011_week_figures_covered.apply,  # Home's week figures from two indexes
    12: m0012_slipping_away_covered.apply,  # Home's slipping-away from one index
    13: m0013_todays_order_covered.apply,  # today's agenda order, done days indexed
}
if max(STEPS) != LATEST:  # a step registered without its number where `info` reads it
    raise RuntimeError(f"schema step {max(STEPS)} is registered: set LATEST in "
                       f"custbook/book_format.py to {max(STEPS)} (it says {LATEST})")


def migrator_for(db: Database) -> SchemaMigrator:
    """The playhouse migrator that speaks this database's dialect."""
    return SqliteMigrator(db) if isinstance(db, SqliteDatabase) else PostgresqlMigrator(db)
