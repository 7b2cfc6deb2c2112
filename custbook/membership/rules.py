"""The owner's points rules (Settings) and the expiry of points and count cards.

Earning: `member_points_per_yuan` points per yuan of the purchase (a decimal; whole
points, rounded down), times the multiplier of the member's tier
(`member_tier_multipliers`, one "tier=1.5" per line, by any name the tier answers to:
its stored name, its built-in key, or the built-in word in English or Chinese, so
"金卡会员=1.5" finds the built-in Gold however the book stores it; matched by tier id
through `custbook.shop.words.tier_ids_by_any_name`), doubled in the member's birthday month when `member_birthday_double` is on
(a lunar birthday counts in the solar month it falls in this year).

Redeeming: one point is worth `member_point_value_cents` when taken as money off.

Expiry (`member_points_expire`): points earned in a year expire at the end of the next
year; a purchase's points count as earned on the purchase's day (not the day their entry
was written: a purchase entered late, or changed and its points posted again, keeps
its year). Points are used oldest first, so what expires on 31 December of year Y+1 is what
was earned up to the end of year Y and not used (redeemed, adjusted down or expired)
since. Count cards past their expiry day lose their remaining visits (an `expire`
entry, which a reversal can undo).
"""
from __future__ import annotations

import datetime as dt
from decimal import ROUND_FLOOR, Decimal, InvalidOperation

from peewee import JOIN, fn

from custbook import changes, money, settings
from custbook.calendar import lunar
from custbook.errors import ValidationError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.membership import ledger
from custbook.models import Customer, MemberAccount, MemberEntry, Purchase, Tier
from custbook.shop import words


def _decimal(text: str, field: str) -> Decimal:
    try:
        value = Decimal(str(text).strip().replace("，", ",") or "0")
    except InvalidOperation:
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Membership", "“{text}” is not a number.").format(text=text)) from None
    if not value.is_finite() or value < 0 or value > 1000:
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Membership", "“{text}” is not a number between 0 and 1000.").format(text=text))
    return value


def parse_multipliers(text: str) -> dict[str, Decimal]:
    """{tier name or key (case-folded): multiplier} from the setting's lines."""
    result: dict[str, Decimal] = {}
    for line in (text or "").replace(";", "\n").splitlines():
        if not line.strip():
            continue
        name, sep, number = line.replace("＝", "=").rpartition("=")
        if not sep or not name.strip():
            raise ValidationError("member_tier_multipliers", QT_TRANSLATE_NOOP(
                "Membership", "Write one tier per line as “Gold=1.5”: “{line}”.").format(
                    line=line.strip()))
        result[name.strip().casefold()] = _decimal(number, "member_tier_multipliers")
    return result


def multipliers_by_tier(text: str) -> dict[int, Decimal]:
    """{tier id: multiplier} from the setting's lines; a name no tier answers to is left
    out (a tier since deleted)."""
    ids = words.tier_ids_by_any_name()
    for tid, key in Tier.select(Tier.id, Tier.key).where(Tier.key != "").tuples():
        ids.setdefault(key.casefold(), tid)
    out: dict[int, Decimal] = {}
    for name, factor in parse_multipliers(text).items():
        tid = ids.get(name)  # every variant of every name is there (金卡 = 金卡会员)
        if tid is not None:
            out.setdefault(tid, factor)
    return out


def points_per_yuan() -> Decimal:
    try:
        return _decimal(settings.get("member_points_per_yuan"), "member_points_per_yuan")
    except ValidationError:
        return Decimal(0)


def in_birthday_month(customer: Customer, day: dt.date) -> bool:
    month, dom = customer.birthday_month, customer.birthday_day
    if not month:
        return False
    if customer.birthday_calendar != "lunar":
        return month == day.month
    for year in (day.year - 1, day.year):
        try:
            solar = lunar.to_solar(year, month, dom or 1, bool(customer.birthday_leap))
        except (ValueError, StopIteration, KeyError):
            continue
        if (solar.year, solar.month) == (day.year, day.month):
            return True
    return False


def multiplier(customer: Customer, day: dt.date) -> Decimal:
    """The tier multiplier times two in the birthday month (if the owner wants that)."""
    factor = Decimal(1)
    if customer.tier_id:
        try:
            table = multipliers_by_tier(settings.get("member_tier_multipliers"))
        except ValidationError:
            table = {}
        factor = table.get(customer.tier_id, factor)
    if settings.get("member_birthday_double") and in_birthday_month(customer, day):
        factor *= 2
    return factor


def points_for(customer_id: int, amount_cents: int, day: dt.date) -> int:
    """The points a purchase of `amount_cents` on `day` earns this customer."""
    if amount_cents <= 0:
        return 0
    customer = Customer.get_by_id(customer_id)
    points = Decimal(amount_cents) * points_per_yuan() * multiplier(customer, day) / 100
    return int(points.to_integral_value(rounding=ROUND_FLOOR))


def points_value_cents(points: int) -> int:
    """What `points` are worth as money off."""
    return max(0, points) * max(0, settings.get("member_point_value_cents"))


# --------------------------------------------------------------------------- expiry
def points_to_expire(customer_id: int, cutoff_year: int) -> int:
    """Points earned up to the end of `cutoff_year` and not used since (oldest first)."""
    account = MemberAccount.get_or_none((MemberAccount.customer == customer_id)
                                        & (MemberAccount.kind == ledger.POINTS)
                                        & (MemberAccount.serial == 0))
    if account is None or account.balance <= 0:
        return 0
    end = dt.datetime(cutoff_year + 1, 1, 1)
    # a purchase's points are earned on the purchase's day, whenever their entry was
    # written (a purchase changed later re-posts them; one entered late posts them late)
    on_purchase = (MemberEntry.action == ledger.EARN) & Purchase.purchased_on.is_null(False)
    earned = (MemberEntry.select(fn.COALESCE(fn.SUM(MemberEntry.amount), 0))
              .join(Purchase, JOIN.LEFT_OUTER, on=(MemberEntry.purchase == Purchase.id))
              .where((MemberEntry.account == account.id) & (MemberEntry.amount > 0)
                     & ((on_purchase & (Purchase.purchased_on < end.date()))
                        | (~on_purchase & (MemberEntry.at < end)))).scalar())
    used = (MemberEntry.select(fn.COALESCE(fn.SUM(0 - MemberEntry.amount), 0))
            .where((MemberEntry.account == account.id) & (MemberEntry.amount < 0)).scalar())
    return max(0, min(account.balance, int(earned) - int(used)))


@changes.reports(changes.CUSTOMERS)
def expire_points(today: dt.date) -> int:
    """Expire, for every member, points earned two years ago or earlier; returns entries written.

    Runs on or after 1 January: on 1 January 2027, points earned up to the end of 2025
    expire. Nothing happens unless the owner turned expiry on.
    """
    if not settings.get("member_points_expire"):
        return 0
    cutoff_year = today.year - 2
    written = 0
    holders = [r.customer_id for r in MemberAccount.select(MemberAccount.customer).where(
        (MemberAccount.kind == ledger.POINTS) & (MemberAccount.balance > 0)
        & MemberAccount.customer.is_null(False))]
    for customer_id in holders:
        with ledger.write_transaction():
            account = ledger._locked_account(customer_id, ledger.POINTS)
            points = points_to_expire(customer_id, cutoff_year)
            if points > 0:
                ledger._post(account, ledger.EXPIRE, -points, note=QT_TRANSLATE_NOOP(
                    "Membership", "Points earned up to {year} expired.").format(year=cutoff_year))
                written += 1
    return written


@changes.reports(changes.CUSTOMERS)
def expire_cards(today: dt.date) -> int:
    """Close count cards whose expiry day has passed (their visits left go); returns how many."""
    due = [a.id for a in MemberAccount.select(MemberAccount.id).where(
        (MemberAccount.kind == ledger.VISITS) & (MemberAccount.balance > 0)
        & (MemberAccount.expires_on < today) & MemberAccount.customer.is_null(False))]
    for account_id in due:
        with ledger.write_transaction():
            account = ledger._locked_card(account_id)
            if account.balance > 0:
                ledger._post(account, ledger.EXPIRE, -account.balance, note=QT_TRANSLATE_NOOP(
                    "Membership", "The card expired on {day}.").format(
                        day=account.expires_on.isoformat()))
    return len(due)


# ------------------------------------------------------------------------- settings
SETTING_KEYS = ("member_points_per_yuan", "member_tier_multipliers", "member_birthday_double",
                "member_point_value_cents", "member_points_expire", "member_thank_you")


def check_settings(values: dict) -> tuple[dict, dict[str, str]]:
    """(values to store, {key: why refused}) for the Settings dialog's Membership section."""
    good: dict = {}
    bad: dict[str, str] = {}
    for key, value in values.items():
        try:
            if key == "member_points_per_yuan":
                good[key] = str(_decimal(value, key).normalize())
            elif key == "member_tier_multipliers":
                parse_multipliers(value)
                good[key] = "\n".join(line.strip() for line in str(value).splitlines()
                                      if line.strip())
            elif key == "member_point_value_cents":
                cents = money.parse(str(value), key)
                if cents > 10_000:
                    raise ValidationError(key, QT_TRANSLATE_NOOP(
                        "Membership", "One point cannot be worth more than 100 yuan."))
                good[key] = cents
            elif key in ("member_birthday_double", "member_points_expire"):
                good[key] = bool(value)
            elif key == "member_thank_you":
                text = " ".join(str(value).split())
                if len(text) > 120:
                    raise ValidationError(key, QT_TRANSLATE_NOOP(
                        "Membership", "The thank-you line is too long (120 characters at most)."))
                good[key] = text
            else:
                raise KeyError(key)
        except ValidationError as exc:
            bad[key] = exc.message
    return good, bad


@changes.reports(changes.SETTINGS)
def save_settings(values: dict) -> None:
    """Check and store the membership settings (all or nothing)."""
    good, bad = check_settings(values)
    if bad:
        key = next(iter(bad))
        raise ValidationError(key, bad[key])
    with ledger.write_transaction():
        for key, value in good.items():
            settings.set(key, value)


@changes.reports(changes.CUSTOMERS)
def expire_due(today: dt.date) -> int:
    """What a book opening runs each day: expire count cards past their day and, once a
    year when the owner lets points expire, the points of two years ago. Returns entries."""
    written = expire_cards(today)
    done_for = str(today.year - 2)
    if settings.get("member_points_expire") and \
            settings.get("member_points_expired_for") != done_for:
        written += expire_points(today)
        settings.set("member_points_expired_for", done_for)
    return written
