"""Step 3: the shop's own words — built-in tiers and complaint categories stored by key.

Why: a book made under English (or by `main.py demo`) stored "Gold" and "Product
quality" as plain names, so a Chinese window showed English words, and the reverse.
From this step a built-in tier or category carries a `key` ("gold", "quality") and is
shown in the window's language until the owner renames it (which clears the key).

What it does, in place and in the upgrade's one transaction:
- tier: `key`, `color`, and an optional rule (`rule_on`; spent >= `min_spend_cents`
  or `rule_visits` visits in the last 12 months);
- complaint_category: `key`;
- customer: `tier_by_hand`, so the tier rule never lowers a tier the owner chose;
- rows whose name is a built-in word in English or in Chinese get its key, and their
  name becomes the English word (names stay unique; the key decides what is shown).
"""
from __future__ import annotations

from peewee import SQL, BooleanField, CharField, Database, IntegerField
from playhouse.migrate import SchemaMigrator, migrate

# key -> the built-in word as English and Chinese books stored it (frozen here: this
# step must read the same books whatever later translations say).
TIERS = {"regular": ("Regular", "普通会员"), "silver": ("Silver", "银卡会员"),
         "gold": ("Gold", "金卡会员"), "diamond": ("Diamond", "钻石会员")}
CATEGORIES = {"quality": ("Product quality", "产品质量"),
              "service": ("Service attitude", "服务态度"),
              "delivery": ("Delivery", "配送"), "price": ("Price", "价格"),
              "other": ("Other", "其他")}


def apply(db: Database, migrator: SchemaMigrator) -> None:
    # Every new column declares its DEFAULT, so SQLite adds it in place. Without one the
    # migrator rebuilds the table, and dropping the old `tier` (or `complaint_category`)
    # would set every customer's tier (every complaint's category) to NULL through the
    # foreign keys' ON DELETE SET NULL.
    def text(length: int) -> CharField:
        return CharField(max_length=length, default="", constraints=[SQL("DEFAULT ''")])

    def number(field, default: str = "0"):  # FALSE: PostgreSQL's booleans take no 0
        return field(default=0, constraints=[SQL(f"DEFAULT {default}")])

    migrate(
        migrator.add_column("tier", "key", text(20), allow_not_null=True),
        migrator.add_column("tier", "color", text(9), allow_not_null=True),
        migrator.add_column("tier", "rule_on", number(BooleanField, "FALSE"), allow_not_null=True),
        migrator.add_column("tier", "rule_visits", number(IntegerField), allow_not_null=True),
        migrator.add_column("complaint_category", "key", text(20), allow_not_null=True),
        # nullable: added in place like the others, no DEFAULT needed
        migrator.add_column("customer", "tier_by_hand", BooleanField(null=True)),
    )
    for table, words in (("tier", TIERS), ("complaint_category", CATEGORIES)):
        for key, (english, chinese) in words.items():
            rows = db.execute_sql(
                f"SELECT id, name FROM {table} WHERE name IN (?, ?) "
                f"ORDER BY CASE WHEN name = ? THEN 0 ELSE 1 END, id",
                (english, chinese, english)).fetchall()
            if not rows:
                continue
            # A book holding both words (typed by hand in the other language) keys one
            # row; the other stays the owner's own word.
            keep, name = rows[0]
            db.execute_sql(f"UPDATE {table} SET key = ? WHERE id = ?", (key, keep))
            if name != english and len(rows) == 1:
                db.execute_sql(f"UPDATE {table} SET name = ? WHERE id = ?", (english, keep))
