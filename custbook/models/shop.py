"""The shop's own words and people: staff, tiers, tags, complaint categories."""
from __future__ import annotations

from peewee import BooleanField, CharField, DateTimeField, IntegerField, SQL
from custbook.models.base import BaseModel, _now


class Staff(BaseModel):
    """A person who serves customers; named on purchases, contacts and complaints."""

    name = CharField(max_length=80, unique=True)
    role = CharField(max_length=80, default="")
    phone = CharField(max_length=40, default="")
    active = BooleanField(default=True)
    created_at = DateTimeField(default=_now)


class Tier(BaseModel):
    """A membership tier (e.g. 普通, 银卡, 金卡); `rank` orders them, higher is better."""

    name = CharField(max_length=40, unique=True)
    rank = IntegerField(default=0)
    min_spend_cents = IntegerField(default=0)
    # --- schema 3 (custbook.shop.words, custbook.shop.tier_rules)
    # Declared DEFAULTs: SQLite adds such columns in place. A column added without one
    # makes the migrator rebuild the table, and dropping the old `tier` would set every
    # customer's tier to NULL through the foreign key (ON DELETE SET NULL).
    key = CharField(max_length=20, default="", constraints=[SQL("DEFAULT ''")])  # built-in, translated; "" once renamed
    color = CharField(max_length=9, default="", constraints=[SQL("DEFAULT ''")])
    rule_on = BooleanField(default=False, constraints=[SQL("DEFAULT FALSE")])  # spent >= min_spend_cents or rule_visits in 12 months
    rule_visits = IntegerField(default=0, constraints=[SQL("DEFAULT 0")])


class Tag(BaseModel):
    """A label a shop gives customers (VIP, 老客户, 喜欢丝绸 …)."""

    name = CharField(max_length=40, unique=True)
    color = CharField(max_length=9, default="")


class ComplaintCategory(BaseModel):
    """An editable list: quality, service attitude, delivery, price, other …"""

    name = CharField(max_length=60, unique=True)
    sort_order = IntegerField(default=0)
    active = BooleanField(default=True)
    key = CharField(max_length=20, default="", constraints=[SQL("DEFAULT ''")])  # schema 3: built-in, translated
