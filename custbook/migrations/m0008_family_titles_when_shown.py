"""Step 8: family birthday and anniversary reminders are named when shown, not stored.

Why: the family rule (`custbook.calendar.rules_family`) wrote each series' title in the
language of the window that ran it ("王芳的女儿小美生日"), so an English helper read
Chinese and a renamed daughter kept her old name until the relation was saved again.
Now the title is made when shown (`custbook.calendar.reminder_titles`), from the relation
or the day, as the other automatic rules' titles are. The stored titles were always the
rule's own (it rewrote them whenever they differed), so they are cleared; nothing the
owner keeps is lost. No column changes.
"""
from __future__ import annotations

from peewee import Database
from playhouse.migrate import SchemaMigrator


def apply(db: Database, migrator: SchemaMigrator) -> None:
    db.execute_sql("UPDATE reminder SET title = '' WHERE rule IN ('family', 'family_day')")
