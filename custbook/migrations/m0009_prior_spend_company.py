"""Step 9: a customer's spend before the book, and their company.

Why: a shop moving from a spreadsheet brings each customer's 累计消费 ("12,580.50") and
their company (公司, 单位, vCard ORG). The import dropped both. Now `prior_spend_cents`
keeps the spend before the book (cents, custbook.money) beside the purchases, which the
figures that mean "all they ever spent" count (docs/reports.md says which), and
`company` is a field of the card, searched and exported.

Both columns declare their DEFAULT, so SQLite adds them in place (a table rebuild would
fire the foreign keys' cascades); a PostgreSQL book gets the same columns and defaults.
"""
from __future__ import annotations

from peewee import SQL, CharField, Database, IntegerField
from playhouse.migrate import SchemaMigrator, migrate


def apply(db: Database, migrator: SchemaMigrator) -> None:
    migrate(
        migrator.add_column("customer", "prior_spend_cents",
                            IntegerField(default=0, constraints=[SQL("DEFAULT 0")]),
                            allow_not_null=True),
        migrator.add_column("customer", "company",
                            CharField(max_length=120, default="", constraints=[SQL("DEFAULT ''")]),
                            allow_not_null=True),
    )
