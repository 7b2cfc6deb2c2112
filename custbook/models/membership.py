"""Membership cards: member numbers, balances and the append-only ledger."""
from __future__ import annotations

from peewee import (
    BigIntegerField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)
from custbook.models.base import BaseModel, _now
from custbook.models.shop import Staff
from custbook.models.customers import Customer
from custbook.models.history import Purchase
from custbook.models.safety import ImportBatch


class Member(BaseModel):
    """A customer's member number (card number), unique in the book (`custbook.membership`).

    The owner may keep the numbers of an old system; new members get one made up
    from their id. A USB scanner types it into search and the card opens.
    """

    customer = ForeignKeyField(Customer, unique=True, backref="+", on_delete="CASCADE")
    number = CharField(max_length=40, unique=True)
    opened_on = DateField(null=True)
    created_at = DateTimeField(default=_now)


class MemberAccount(BaseModel):
    """One balance of a member, kept beside the ledger in the same transaction.

    `kind`: "value" (stored value, cents), "points", or "visits" (one count card, e.g.
    洗剪吹10次卡: `name`, `bought` visits, `price_cents` paid, `expires_on`). `serial` is
    0 for value and points (one account each per customer: unique) and NULL for count
    cards (a customer may hold several). `customer` becomes NULL after a privacy erase:
    the money owed stays in the figures.
    """

    customer = ForeignKeyField(Customer, null=True, backref="+", on_delete="SET NULL")
    kind = CharField(max_length=8)
    serial = IntegerField(null=True)
    name = CharField(max_length=80, default="")
    balance = BigIntegerField(default=0)
    bought = IntegerField(default=0)
    price_cents = BigIntegerField(default=0)
    expires_on = DateField(null=True, index=True)
    opened_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)

    class Meta:
        indexes = ((("customer", "kind", "serial"), True), (("kind", "balance"), False))


class MemberEntry(BaseModel):
    """One line of a member's append-only ledger; corrected by a reversal, never edited.

    `amount` is signed (cents, points or visits), with the balance before and after;
    `cash_cents` is the money actually received (a top-up "充 500 送 100" gives 60,000
    cents of value for 50,000 in cash). `reverses` points at the entry a reversal undoes
    (unique: an entry is reversed at most once).
    """

    customer = ForeignKeyField(Customer, null=True, backref="+", on_delete="SET NULL")
    account = ForeignKeyField(MemberAccount, backref="entries", on_delete="CASCADE")
    kind = CharField(max_length=8)
    action = CharField(max_length=12)
    amount = BigIntegerField()
    balance_before = BigIntegerField()
    balance_after = BigIntegerField()
    cash_cents = BigIntegerField(default=0)
    purchase = ForeignKeyField(Purchase, null=True, backref="+", on_delete="SET NULL")
    staff = ForeignKeyField(Staff, null=True, backref="+", on_delete="SET NULL")
    note = TextField(default="")
    reverses = ForeignKeyField("self", null=True, unique=True, backref="+", on_delete="SET NULL")
    at = DateTimeField(default=_now)

    class Meta:
        # The last one covers the period figures (custbook.membership.figures.period): a
        # year of a 2,000,000-entry ledger is read from the index alone.
        indexes = ((("customer", "at"), False), (("account", "at"), False),
                   (("at", "kind", "action", "amount", "cash_cents", "reverses"), False))


class MemberImport(BaseModel):
    """Opening balances imported from another membership system, kept so it can be undone.

    `batch` is the customer import (ImportBatch) that made or matched the cards;
    `entries` a JSON list of the opening entries written, `members` of the member-number
    rows added. Undo reverses the entries (the ledger stays append-only), removes the
    numbers, then undoes the customer import (custbook.membership.opening).
    """

    batch = ForeignKeyField(ImportBatch, null=True, backref="+", on_delete="SET NULL")
    file_name = CharField(max_length=260, default="")
    imported_at = DateTimeField(default=_now)
    members_count = IntegerField(default=0)
    entries = TextField(default="[]")
    members = TextField(default="[]")
    undone_at = DateTimeField(null=True)
