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
from custbook.migrations.m0002_complaint_status_length import apply as step_2
from custbook.migrations.m0003_shop_words import apply as step_3
from custbook.migrations.m0004_membership import apply as step_4
from custbook.migrations.m0005_messages_family_fields_files import apply as step_5
from custbook.migrations.m0006_search_pieces import apply as step_6
from custbook.migrations.m0007_search_postings import apply as step_7
from custbook.migrations.m0008_family_titles_when_shown import apply as step_8
from custbook.migrations.m0009_prior_spend_company import apply as step_9
from custbook.migrations.m0010_reminder_counts_covered import apply as step_10
from custbook.migrations.m0011_week_figures_covered import apply as step_11
from custbook.migrations.m0012_slipping_away_covered import apply as step_12
from custbook.migrations.m0013_todays_order_covered import apply as step_13

Step = Callable[[Database, SchemaMigrator], None]  # `apply(db, migrator)`

# Version 1 is the first (released) schema.
STEPS: dict[int, Step] = {
    2: step_2,  # complaint.status up to 20 characters
    3: step_3,  # built-in tiers/categories by key, tier rules and colours
    4: step_4,  # membership: member numbers, balances, the card ledger
    5: step_5,  # messages, family, own fields, files
    6: step_6,  # the search's 1-/2-character pieces table
    7: step_7,  # those pieces as posting lists, a row per 4,096 ids
    8: step_8,  # family reminders named when shown
    9: step_9,  # customer: spend before the book, company
    10: step_10,  # the calendar's counts from one index
    11: step_11,  # Home's week figures from two indexes
    12: step_12,  # Home's slipping-away from one index
    13: step_13,  # today's agenda order, done days indexed
}
if max(STEPS) != LATEST:  # a step registered without its number where `info` reads it
    raise RuntimeError(f"schema step {max(STEPS)} is registered: set LATEST in "
                       f"custbook/book_format.py to {max(STEPS)} (it says {LATEST})")


def migrator_for(db: Database) -> SchemaMigrator:
    """The playhouse migrator that speaks this database's dialect."""
    return SqliteMigrator(db) if isinstance(db, SqliteDatabase) else PostgresqlMigrator(db)
