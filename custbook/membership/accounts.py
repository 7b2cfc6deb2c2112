"""Reading a member's accounts: the balances, the ledger's lines, a count card's history.

The write side (`ledger`) keeps one balance row per account in step with every entry,
so the balances here are one indexed read of a few rows however long the ledger grows;
the ledger itself is read only when a screen or a paper shows its lines.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import JOIN

from custbook import money
from custbook.errors import CustbookError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.membership.ledger import OPENING, POINTS, TOP_UP, VALUE, action_words
from custbook.models import MemberAccount, MemberEntry, Staff


@dataclass(frozen=True)
class CountCard:
    """One count card a member holds."""

    id: int
    name: str
    bought: int
    left: int
    price_cents: int
    expires_on: dt.date | None
    opened_at: dt.datetime

    def expired(self, today: dt.date) -> bool:
        return self.expires_on is not None and self.expires_on < today

    @property
    def value_left_cents(self) -> int:
        """The unused visits at the price paid (what the shop still owes on the card)."""
        return self.left * self.price_cents // self.bought if self.bought else 0


@dataclass(frozen=True)
class Balances:
    """A member's balances: stored value, points and count cards (one read of few rows)."""

    customer_id: int
    value_cents: int = 0
    points: int = 0
    cards: tuple[CountCard, ...] = field(default_factory=tuple)

    def card(self, account_id: int) -> CountCard | None:
        return next((c for c in self.cards if c.id == account_id), None)


@dataclass(frozen=True)
class Entry:
    """One ledger line as the card's ledger shows it."""

    id: int
    customer_id: int | None
    account_id: int
    kind: str
    action: str
    amount: int
    balance_before: int
    balance_after: int
    cash_cents: int
    purchase_id: int | None
    staff_id: int | None
    staff_name: str
    note: str
    reverses_id: int | None
    reversed_by: int | None
    at: dt.datetime
    card_name: str

    @property
    def bonus_cents(self) -> int:
        """For a top-up: the value given beyond the cash received (充 500 送 100: 10,000)."""
        return self.amount - self.cash_cents if self.kind == VALUE and self.action in (
            TOP_UP, OPENING) else 0

    def describe(self) -> str:
        words = action_words().get(self.action, self.action)
        if self.reverses_id is not None:
            return QT_TRANSLATE_NOOP("Membership", "Reversal: {action}").format(action=words)
        return words


def _card(a: MemberAccount) -> CountCard:
    return CountCard(a.id, a.name, a.bought, a.balance, a.price_cents, a.expires_on,
                     a.opened_at)


def balances(customer_id: int) -> Balances:
    """The member's balances: one indexed read of the few balance rows (never the ledger)."""
    value = points = 0
    cards = []
    for a in (MemberAccount.select().where(MemberAccount.customer == customer_id)
              .order_by(MemberAccount.id)):
        if a.kind == VALUE:
            value = a.balance
        elif a.kind == POINTS:
            points = a.balance
        else:
            cards.append(_card(a))
    return Balances(customer_id, value, points, tuple(cards))


def _entries():
    """Entries with who entered them, the card's name and the entry reversing each."""
    Reversal = MemberEntry.alias()
    return (MemberEntry.select(MemberEntry, Staff.name.alias("staff_name"),
                               MemberAccount.name.alias("card_name"),
                               Reversal.id.alias("reversed_by"))
            .join(Staff, JOIN.LEFT_OUTER, on=(MemberEntry.staff == Staff.id))
            .switch(MemberEntry)
            .join(MemberAccount, on=(MemberEntry.account == MemberAccount.id))
            .switch(MemberEntry)
            .join(Reversal, JOIN.LEFT_OUTER, on=(Reversal.reverses == MemberEntry.id)))


def ledger(customer_id: int, limit: int | None = None) -> list[Entry]:
    """The member's entries, newest first."""
    query = (_entries().where(MemberEntry.customer == customer_id)
             .order_by(MemberEntry.at.desc(), MemberEntry.id.desc()))
    if limit:
        query = query.limit(limit)
    return [_entry(row) for row in query.dicts()]


def entry(entry_id: int) -> Entry:
    row = _entries().where(MemberEntry.id == entry_id).dicts().first()
    if row is None:
        raise CustbookError(QT_TRANSLATE_NOOP("Membership", "This entry is no longer in the book."))
    return _entry(row)


def _entry(row: dict) -> Entry:
    return Entry(row["id"], row["customer"], row["account"], row["kind"], row["action"],
                 row["amount"], row["balance_before"], row["balance_after"], row["cash_cents"],
                 row["purchase"], row["staff"], row["staff_name"] or "", row["note"],
                 row["reverses"], row["reversed_by"], row["at"], row["card_name"] or "")


def format_amount(kind: str, amount: int, signed: bool = False) -> str:
    """An amount of a kind as shown: ¥1,280.00, 1,200 points' number, 3 visits' number."""
    sign = "+" if signed and amount > 0 else ""
    if kind == VALUE:
        return sign + money.format_cents(amount)
    return f"{sign}{amount:,}"


def balances_for(customer_ids: list[int]) -> dict[int, tuple[int, int]]:
    """{customer id: (stored value cents, points)} for a page of a list (one query)."""
    ids = list(customer_ids)
    found: dict[int, list[int]] = {}
    for start in range(0, len(ids), 900):
        chunk = ids[start:start + 900]
        for cid, kind, balance in (MemberAccount.select(MemberAccount.customer,
                                                        MemberAccount.kind,
                                                        MemberAccount.balance)
                                   .where(MemberAccount.customer.in_(chunk)
                                          & (MemberAccount.serial == 0)).tuples()):
            pair = found.setdefault(cid, [0, 0])
            pair[0 if kind == VALUE else 1] = balance
    return {cid: (v, p) for cid, (v, p) in found.items()}


def card_entries(account_id: int) -> list[Entry]:
    """A count card's entries, oldest first (the first is its sale or opening)."""
    rows = MemberEntry.select(MemberEntry.id).where(MemberEntry.account == account_id) \
        .order_by(MemberEntry.id)
    return [entry(r.id) for r in rows]
