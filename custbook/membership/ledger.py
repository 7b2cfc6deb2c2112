"""The member ledger: one append-only list of entries per customer, and the balances.

This is the write side; reading the balances and the ledger's lines is `accounts`.

Three kinds of value share the ledger: stored value in cents (`value`), `points`, and
count cards (`visits`: a named package such as 洗剪吹10次卡, with the visits bought, the
price paid and an optional expiry). Every entry says when, who, what (its `action`),
the amount, the balance before and after, the cash received and a note.

Rules kept here, whatever the caller:
- an entry is never edited or deleted; a mistake is undone by a reversal: an entry of
  the same action with the opposite amount and `reverses` pointing at the original
  (so the period figures net out by themselves); an entry is reversed at most once
  (a unique index) and a reversal itself is not reversed;
- no balance goes below zero, no count card below zero visits, an expired card is
  not used;
- the balance row (`MemberAccount`) is updated in the SAME transaction as the entry,
  so showing a balance is one row read however long the ledger grows;
- concurrency: on PostgreSQL the balance row is read `FOR UPDATE` (a second PC waits
  for the first to commit, then sees its balance); on SQLite the action runs in an
  IMMEDIATE transaction, which serialises writers. The guarded UPDATE
  (`balance + amount >= 0`) is a last line of defence on both.
- every action writes an audit entry ("ledger") in the same transaction.
"""
from __future__ import annotations

import datetime as dt
from contextlib import contextmanager

from peewee import IntegrityError, SqliteDatabase

from custbook import changes, clock, money
from custbook.errors import CustbookError, ValidationError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.models import Customer, MemberAccount, MemberEntry, Staff, database
from custbook.safety import audit

VALUE, POINTS, VISITS = "value", "points", "visits"
KINDS = (VALUE, POINTS, VISITS)

TOP_UP, SPEND, EARN, REDEEM, USE, SELL, EXPIRE, ADJUST, OPENING = (
    "top_up", "spend", "earn", "redeem", "use", "sell", "expire", "adjust", "opening")
ACTIONS = (TOP_UP, SPEND, EARN, REDEEM, USE, SELL, EXPIRE, ADJUST, OPENING)

MAX_POINTS = 10**12
MAX_VISITS = 100000


def action_words() -> dict[str, str]:
    """What each action is called on the ledger, in the user's language."""
    return {
        TOP_UP: QT_TRANSLATE_NOOP("Membership", "Top-up"),
        SPEND: QT_TRANSLATE_NOOP("Membership", "Spend"),
        EARN: QT_TRANSLATE_NOOP("Membership", "Points earned"),
        REDEEM: QT_TRANSLATE_NOOP("Membership", "Points redeemed"),
        USE: QT_TRANSLATE_NOOP("Membership", "Visit used"),
        SELL: QT_TRANSLATE_NOOP("Membership", "Count card sold"),
        EXPIRE: QT_TRANSLATE_NOOP("Membership", "Expired"),
        ADJUST: QT_TRANSLATE_NOOP("Membership", "Adjustment"),
        OPENING: QT_TRANSLATE_NOOP("Membership", "Opening balance"),
    }


def kind_words() -> dict[str, str]:
    return {
        VALUE: QT_TRANSLATE_NOOP("Membership", "Stored value"),
        POINTS: QT_TRANSLATE_NOOP("Membership", "Points"),
        VISITS: QT_TRANSLATE_NOOP("Membership", "Count card"),
    }


# ----------------------------------------------------------------- transactions and locks
@contextmanager
def write_transaction():
    """One write transaction: IMMEDIATE on SQLite (writers queue), plain on PostgreSQL.

    Nested inside an open transaction it is a savepoint of that one.
    """
    db = database.obj
    if isinstance(db, SqliteDatabase) and not db.in_transaction():
        with db.atomic("IMMEDIATE"):
            yield
    else:
        with db.atomic():
            yield


def _for_update(query):
    return query if isinstance(database.obj, SqliteDatabase) else query.for_update()


def _check_customer(customer_id: int) -> Customer:
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise CustbookError(QT_TRANSLATE_NOOP(
            "Membership", "This customer is no longer in the book."))
    if customer.deleted_at is not None:
        raise CustbookError(QT_TRANSLATE_NOOP(
            "Membership", "This customer is in the trash: restore the card first."))
    return customer


def _check_staff(staff_id: int | None) -> int | None:
    if staff_id is None:
        return audit.current_staff()
    if Staff.get_or_none(Staff.id == staff_id) is None:
        raise ValidationError("staff", QT_TRANSLATE_NOOP(
            "Membership", "This staff member is no longer in the book."))
    return staff_id


def _locked_account(customer_id: int, kind: str) -> MemberAccount:
    """The customer's value or points account, created if new, locked for this transaction."""
    now = clock.now_seconds()
    MemberAccount.insert(customer=customer_id, kind=kind, serial=0, opened_at=now,
                         updated_at=now).on_conflict_ignore().execute()
    return _for_update(MemberAccount.select().where(
        (MemberAccount.customer == customer_id) & (MemberAccount.kind == kind)
        & (MemberAccount.serial == 0))).get()


def _locked_card(account_id: int, customer_id: int | None = None) -> MemberAccount:
    account = _for_update(MemberAccount.select().where(
        (MemberAccount.id == account_id) & (MemberAccount.kind == VISITS))).first()
    if account is None or (customer_id is not None and account.customer_id != customer_id):
        raise ValidationError("card", QT_TRANSLATE_NOOP(
            "Membership", "This count card is no longer in the book."))
    return account


def _refusal(kind: str, balance: int) -> ValidationError:
    if kind == VALUE:
        return ValidationError("amount", QT_TRANSLATE_NOOP(
            "Membership", "The balance is only {balance}: it cannot go below zero.").format(
                balance=money.format_cents(balance)))
    if kind == POINTS:
        return ValidationError("amount", QT_TRANSLATE_NOOP(
            "Membership", "Only {points} points are left: points cannot go below zero.").format(
                points=f"{balance:,}"))
    return ValidationError("amount", QT_TRANSLATE_NOOP(
        "Membership", "Only {visits} visits are left on this card.").format(visits=balance))


def _post(account: MemberAccount, action: str, amount: int, *, cash_cents: int = 0,
          purchase_id: int | None = None, staff_id: int | None = None, note: str = "",
          reverses_id: int | None = None, at: dt.datetime | None = None) -> int:
    """Write one entry on a LOCKED account and move its balance; returns the entry id."""
    before = account.balance
    after = before + amount
    if after < 0:
        raise _refusal(account.kind, before)
    now = clock.now_seconds()
    moved = (MemberAccount.update(balance=MemberAccount.balance + amount, updated_at=now)
             .where((MemberAccount.id == account.id)
                    & (MemberAccount.balance + amount >= 0)).execute())
    if moved != 1:  # cannot happen under the lock; refuse rather than overdraw
        raise _refusal(account.kind, before)
    account.balance = after
    try:
        with database.atomic():
            entry = MemberEntry.create(
                customer=account.customer_id, account=account.id, kind=account.kind,
                action=action, amount=amount, balance_before=before, balance_after=after,
                cash_cents=cash_cents, purchase=purchase_id, staff=staff_id,
                note=(note or "").strip(), reverses=reverses_id, at=at or now)
    except IntegrityError:
        raise ValidationError("entry", QT_TRANSLATE_NOOP(
            "Membership", "This entry has been reversed already.")) from None
    label = account.kind if account.kind != VISITS else f"{VISITS}:{account.name}"
    audit.record(account.customer_id, "ledger", f"{label}:{action}", before, after)
    return entry.id


def _positive(amount, field: str, kind: str) -> int:
    if kind == VALUE:
        cents = money.check(amount, field)
        if cents <= 0:
            raise ValidationError(field, QT_TRANSLATE_NOOP(
                "Membership", "Enter an amount above zero."))
        return cents
    if not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Membership", "Enter a whole number above zero."))
    if amount >= (MAX_POINTS if kind == POINTS else MAX_VISITS):
        raise ValidationError(field, QT_TRANSLATE_NOOP("Membership", "The number is too large."))
    return amount


# ----------------------------------------------------------------------- the actions
@changes.reports(changes.CUSTOMERS)
def top_up(customer_id: int, cash_cents: int, bonus_cents: int = 0, *,
           staff_id: int | None = None, note: str = "") -> int:
    """Stored value paid in: `cash_cents` received, `cash_cents + bonus_cents` given."""
    cash = money.check(cash_cents, "cash")
    bonus = money.check(bonus_cents, "bonus")
    _positive(cash + bonus, "cash", VALUE)
    with write_transaction():
        _check_customer(customer_id)
        staff = _check_staff(staff_id)
        account = _locked_account(customer_id, VALUE)
        return _post(account, TOP_UP, cash + bonus, cash_cents=cash, staff_id=staff, note=note)


@changes.reports(changes.CUSTOMERS)
def spend(customer_id: int, cents: int, *, purchase_id: int | None = None,
          staff_id: int | None = None, note: str = "") -> int:
    """Pay from the stored value; refused if the balance is not enough."""
    cents = _positive(cents, "amount", VALUE)
    with write_transaction():
        _check_customer(customer_id)
        staff = _check_staff(staff_id)
        account = _locked_account(customer_id, VALUE)
        return _post(account, SPEND, -cents, purchase_id=purchase_id, staff_id=staff, note=note)


@changes.reports(changes.CUSTOMERS)
def earn_points(customer_id: int, points: int, *, purchase_id: int | None = None,
                staff_id: int | None = None, note: str = "") -> int:
    points = _positive(points, "points", POINTS)
    with write_transaction():
        _check_customer(customer_id)
        staff = _check_staff(staff_id)
        account = _locked_account(customer_id, POINTS)
        return _post(account, EARN, points, purchase_id=purchase_id, staff_id=staff, note=note)


@changes.reports(changes.CUSTOMERS)
def redeem_points(customer_id: int, points: int, *, staff_id: int | None = None,
                  note: str = "", purchase_id: int | None = None) -> int:
    """Points given back for money off or a gift (say which in the note)."""
    points = _positive(points, "points", POINTS)
    with write_transaction():
        _check_customer(customer_id)
        staff = _check_staff(staff_id)
        account = _locked_account(customer_id, POINTS)
        return _post(account, REDEEM, -points, purchase_id=purchase_id, staff_id=staff,
                     note=note)


def _check_card_name(name: str) -> str:
    name = (name or "").strip()
    if not name:
        raise ValidationError("name", QT_TRANSLATE_NOOP(
            "Membership", "Name the count card (e.g. 10 haircuts)."))
    if len(name) > 80:
        raise ValidationError("name", QT_TRANSLATE_NOOP(
            "Membership", "The name is too long (80 characters at most)."))
    return name


@changes.reports(changes.CUSTOMERS)
def sell_count_card(customer_id: int, name: str, visits: int, price_cents: int, *,
                    expires_on: dt.date | None = None, staff_id: int | None = None,
                    note: str = "", action: str = SELL) -> int:
    """A new count card for the customer; returns the card's (account's) id."""
    name = _check_card_name(name)
    visits = _positive(visits, "visits", VISITS)
    price = money.check(price_cents, "price")
    if expires_on is not None and expires_on < clock.today() and action == SELL:
        raise ValidationError("expires_on", QT_TRANSLATE_NOOP(
            "Membership", "The expiry date is already past."))
    with write_transaction():
        _check_customer(customer_id)
        staff = _check_staff(staff_id)
        now = clock.now_seconds()
        account = MemberAccount.create(customer=customer_id, kind=VISITS, serial=None,
                                       name=name, balance=0, bought=visits, price_cents=price,
                                       expires_on=expires_on, opened_at=now, updated_at=now)
        _post(account, action, visits, cash_cents=price if action == SELL else 0,
              staff_id=staff, note=note)
        return account.id


@changes.reports(changes.CUSTOMERS)
def use_visit(account_id: int, visits: int = 1, *, staff_id: int | None = None,
              note: str = "", today: dt.date | None = None,
              customer_id: int | None = None) -> int:
    """Use visits of a count card; refused when expired or when not enough are left."""
    visits = _positive(visits, "visits", VISITS)
    today = today or clock.today()
    with write_transaction():
        account = _locked_card(account_id, customer_id)
        if account.customer_id is None:
            raise CustbookError(QT_TRANSLATE_NOOP(
                "Membership", "This customer is no longer in the book."))
        _check_customer(account.customer_id)
        if account.expires_on is not None and account.expires_on < today:
            raise ValidationError("card", QT_TRANSLATE_NOOP(
                "Membership", "This card expired on {day}: it cannot be used.").format(
                    day=account.expires_on.isoformat()))
        staff = _check_staff(staff_id)
        return _post(account, USE, -visits, staff_id=staff, note=note)


@changes.reports(changes.CUSTOMERS)
def adjust(customer_id: int, kind: str, amount: int, reason: str, *,
           account_id: int | None = None, staff_id: int | None = None) -> int:
    """A correction by hand (signed amount), with the reason required."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("note", QT_TRANSLATE_NOOP(
            "Membership", "Say why the balance is adjusted."))
    if kind not in KINDS:
        raise ValueError(kind)
    if kind == VALUE:
        amount = money.check(amount, "amount", allow_negative=True)
    _positive(abs(amount) if isinstance(amount, int) else amount, "amount", kind)
    with write_transaction():
        _check_customer(customer_id)
        staff = _check_staff(staff_id)
        account = (_locked_card(account_id, customer_id) if kind == VISITS
                   else _locked_account(customer_id, kind))
        return _post(account, ADJUST, amount, staff_id=staff, note=reason)


@changes.reports(changes.CUSTOMERS)
def opening_balance(customer_id: int, kind: str, amount: int, *, name: str = "",
                    price_cents: int = 0, bought: int | None = None,
                    expires_on: dt.date | None = None, note: str = "",
                    at: dt.datetime | None = None) -> int:
    """A balance brought from another system (an import); returns the entry or card id."""
    if kind == VISITS:
        card_id = sell_count_card(customer_id, name, amount, price_cents, expires_on=expires_on,
                                  note=note, action=OPENING)
        if bought is not None and bought >= amount:
            MemberAccount.update(bought=bought).where(MemberAccount.id == card_id).execute()
        return card_id
    amount = _positive(amount, "amount", kind)
    with write_transaction():
        _check_customer(customer_id)
        account = _locked_account(customer_id, kind)
        return _post(account, OPENING, amount, cash_cents=amount if kind == VALUE else 0,
                     staff_id=audit.current_staff(), note=note, at=at)


@changes.reports(changes.CUSTOMERS)
def reverse(entry_id: int, reason: str, *, staff_id: int | None = None) -> int:
    """Undo an entry with its opposite; refused if the balance would go below zero."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("note", QT_TRANSLATE_NOOP(
            "Membership", "Say why the entry is reversed."))
    with write_transaction():
        original = MemberEntry.get_or_none(MemberEntry.id == entry_id)
        if original is None:
            raise CustbookError(QT_TRANSLATE_NOOP(
                "Membership", "This entry is no longer in the book."))
        if original.reverses_id is not None:
            raise ValidationError("entry", QT_TRANSLATE_NOOP(
                "Membership", "A reversal cannot be reversed: make a new entry instead."))
        if original.customer_id is None:
            raise CustbookError(QT_TRANSLATE_NOOP(
                "Membership", "This customer is no longer in the book."))
        _check_customer(original.customer_id)
        staff = _check_staff(staff_id)
        account = _for_update(MemberAccount.select().where(
            MemberAccount.id == original.account_id)).get()
        if MemberEntry.select().where(MemberEntry.reverses == entry_id).exists():
            raise ValidationError("entry", QT_TRANSLATE_NOOP(
                "Membership", "This entry has been reversed already."))
        return _post(account, original.action, -original.amount,
                     cash_cents=-original.cash_cents, purchase_id=original.purchase_id,
                     staff_id=staff, note=reason, reverses_id=entry_id)
