"""Creating, checking, opening and listing customers: the customer book's front door.

Every change goes through a function here (or in the modules it gathers, below),
inside one transaction, so running figures, the phone index and the search index
never disagree with what the card shows. Validation raises
`ValidationError(field, message)` before anything is written; saving a card that was
changed meanwhile raises `ConflictError`.

The list, the labels (tags, tiers, photo, staff) and the trash live in their own
modules and are re-exported here, so callers need only `custbook.customers.customers`.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from peewee import CharField

from custbook import changes, clock, money, settings
from custbook.customers import phones, search
from custbook.safety import audit
from custbook.customers.customer_labels import (  # noqa: F401 - re-exported
    StaffRow,
    TagRow,
    TierRow,
    add_tag,
    all_staff,
    all_tags,
    all_tiers,
    clear_photo,
    photo_of,
    remove_tag,
    set_photo,
    set_tags,
    set_tier,
    tags_of,
)
from custbook.customers.customer_list import (  # noqa: F401 - re-exported
    SORT_KEYS,
    CustomerRow,
    count_customers,
    list_customers,
    pick_customers,
    rows_for,
    search_customers,
)
from custbook.errors import ConflictError, ValidationError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.models import Customer, CustomerPhone, CustomerPhoto, Tier, database
from custbook.customers.trash import (  # noqa: F401 - re-exported
    empty_trash,
    move_to_trash,
    restore_from_trash,
    trash_count,
)

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
TEXT_FIELDS = (
    "gender", "ethnicity", "wechat_id", "email", "address", "clothing_size", "shoe_size",
    "description", "occupation", "company", "work_situation", "family", "personality",
    "spending_habits", "style_preferences", "hobbies", "lifestyle", "service_preference",
    "contact_preference", "contact_preference_note", "personal_values", "interest_topics",
    "source", "birthday_calendar",
)
DATE_FIELDS = ("promotions_consent_on", "member_since")
INT_FIELDS = ("birthday_month", "birthday_day", "birth_year")
BOOL_FIELDS = ("birthday_leap", "birth_year_estimated", "accepts_promotions")
ID_FIELDS = ("referred_by", "tier")
MONEY_FIELDS = ("prior_spend_cents",)  # cents; a text is read by custbook.money
# Every column of a card the owner edits, in the order the card shows them.
EDITABLE_FIELDS = (("name",) + TEXT_FIELDS + INT_FIELDS + BOOL_FIELDS + DATE_FIELDS + ID_FIELDS
                   + MONEY_FIELDS)
_TEXT_FIELDS, _OTHER_FIELDS = set(TEXT_FIELDS), set(EDITABLE_FIELDS) - set(TEXT_FIELDS) - {"name"}
_NAME_AND_TEXT, _WHOLE_NUMBERS = _TEXT_FIELDS | {"name"}, set(INT_FIELDS + ID_FIELDS)
# The longest text each text column holds (an import checks 100,000 rows against them).
_MAX_LENGTHS = {f.name: f.max_length for f in Customer._meta.sorted_fields
                if isinstance(f, CharField)}


# ------------------------------------------------------------------ validation

def _check_birthday(data: dict[str, Any], today: dt.date) -> None:
    calendar = data.get("birthday_calendar", "")
    month, day = data.get("birthday_month"), data.get("birthday_day")
    if calendar not in ("", "solar", "lunar"):
        raise ValidationError("birthday_calendar", "solar/lunar")
    if not calendar:
        return
    if month is None or day is None:
        raise ValidationError("birthday", QT_TRANSLATE_NOOP(
            "Customer", "A birthday needs both a month and a day."))
    if calendar == "lunar":
        if not (1 <= month <= 12 and 1 <= day <= 30):
            raise ValidationError("birthday", QT_TRANSLATE_NOOP(
                "Customer", "A lunar birthday has a month from 1 to 12 and a day from 1 to 30."))
        return
    try:
        dt.date(data.get("birth_year") or 2000, month, day)
    except ValueError:
        raise ValidationError("birthday", QT_TRANSLATE_NOOP(
            "Customer", "{month}/{day} is not a date.").format(month=month, day=day)) from None


def _coerce(data: dict[str, Any]) -> dict[str, Any]:
    """Typed values for the editable fields present in `data` (text from a form is fine)."""
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key in _NAME_AND_TEXT:
            out[key] = (value or "").strip() if isinstance(value, str) or value is None \
                else str(value)
        elif key in _WHOLE_NUMBERS:
            if value in (None, ""):
                out[key] = None
            elif isinstance(value, int) and not isinstance(value, bool):
                out[key] = value
            elif isinstance(value, str) and value.strip().isdigit():
                out[key] = int(value.strip())
            else:
                raise ValidationError(key, QT_TRANSLATE_NOOP(
                    "Customer", "“{value}” is not a whole number.").format(value=value))
        elif key in BOOL_FIELDS:
            out[key] = bool(value)
        elif key in MONEY_FIELDS:  # spend before the book: never negative, empty is none
            out[key] = money.check(value, key) if isinstance(value, int) \
                and not isinstance(value, bool) else money.parse(
                    "" if value is None else str(value), key, empty=0)
        elif key in DATE_FIELDS:
            out[key] = _as_date(key, value)
    return out


def _as_date(field: str, value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Customer", "“{value}” is not a date (write it as 2026-03-08).").format(
                value=value)) from None


def _check_lengths(values: dict[str, Any]) -> None:
    for key, value in values.items():
        longest = _MAX_LENGTHS.get(key)
        if longest is not None and isinstance(value, str) and len(value) > longest:
            raise ValidationError(key, QT_TRANSLATE_NOOP(
                "Customer", "This is too long ({count} characters at most).").format(
                    count=longest))


def validate(data: dict[str, Any], phone_texts: list[str], today: dt.date | None = None,
             region: str | None = None, known: dict[str, phones.Phone] | None = None
             ) -> list[phones.Phone]:
    """Check a customer's fields; returns the normalised phones or raises ValidationError.

    Callers checking many rows may pass `region` (the book's phone region) and `known`:
    texts already normalised with that region (by an import's dry run), not parsed again.
    """
    return _checked(data, phone_texts, today, region, known)[1]


def _checked(data: dict[str, Any], phone_texts: list[str], today: dt.date | None,
             region: str | None, known: dict[str, phones.Phone] | None
             ) -> tuple[dict[str, Any], list[phones.Phone]]:
    """validate's work: the typed values (`_coerce`) and the normalised phones."""
    today = today or clock.today()
    if not (data.get("name") or "").strip():
        raise ValidationError("name", QT_TRANSLATE_NOOP("Customer", "The name is required."))
    if len(data["name"].strip()) > 120:
        raise ValidationError("name", QT_TRANSLATE_NOOP("Customer", "The name is too long."))
    values = _coerce(data)
    email = values.get("email", "")
    if email and not EMAIL_RE.match(email):
        raise ValidationError("email", QT_TRANSLATE_NOOP(
            "Customer", "“{email}” is not an e-mail address.").format(email=email))
    year = values.get("birth_year")
    if year is not None and not (1900 <= year <= today.year):
        raise ValidationError("birth_year", QT_TRANSLATE_NOOP(
            "Customer", "The birth year must be between 1900 and {year}.").format(year=today.year))
    _check_birthday(values, today)
    _check_lengths(values)
    region = region or settings.get("phone_region")
    result: list[phones.Phone] = []
    for index, text in enumerate(phone_texts):
        if not (text or "").strip():
            continue
        phone = (known or {}).get(text) or phones.normalise(text, region, field=f"phone{index}")
        if phone.number in {p.number for p in result}:
            continue
        result.append(phone)
    return values, result


def prepare(data: dict[str, Any], phone_texts: list[str], region: str | None = None,
            known: dict[str, phones.Phone] | None = None
            ) -> tuple[dict[str, Any], list[phones.Phone]]:
    """The column values and phones `save_customer` would store, validated; writes nothing.

    Shared with bulk writers (the importer), so a card typed in and a card imported obey
    the same rules; `check_links` is the part that needs the book.
    """
    values, normalised = _checked(data, phone_texts, None, region, known)
    values = {k: v for k, v in values.items() if k in _TEXT_FIELDS or k in _OTHER_FIELDS}
    values["name"] = data["name"].strip()
    return values, normalised


def check_links(values: dict[str, Any], customer_id: int | None) -> None:
    """Refuse a referrer or tier that is not (or no longer) in the book."""
    referrer = values.get("referred_by")
    if referrer is not None:
        if referrer == customer_id:
            raise ValidationError("referred_by", QT_TRANSLATE_NOOP(
                "Customer", "A customer cannot be referred by themselves."))
        if Customer.get_or_none(Customer.id == referrer) is None:
            raise ValidationError("referred_by", QT_TRANSLATE_NOOP(
                "Customer", "The customer who referred them is no longer in the book."))
    tier = values.get("tier")
    if tier is not None and Tier.get_or_none(Tier.id == tier) is None:
        raise ValidationError("tier", QT_TRANSLATE_NOOP("Customer", "That tier no longer exists."))


# ------------------------------------------------------------------ saving

def phone_label(number: str, earlier: dict[str, str], mobile: bool | None = None) -> str:
    """The label a saved number gets: as it was on the card, else mobile or home
    (`mobile`: already known from parsing it, see phones.Phone)."""
    if number in earlier:
        return earlier[number]
    if mobile is None:
        mobile = phones.is_mobile(number)
    return "mobile" if mobile else "home"


@changes.reports(changes.CUSTOMERS)
def save_customer(data: dict[str, Any], phone_texts: list[str] | None = None,
                  customer_id: int | None = None, tags: list[str] | None = None,
                  expected_version: int | None = None) -> Customer:
    """Create (or update, with `customer_id`) a customer with phones and tags, in one transaction.

    `tags` are names (new ones become tags; None leaves the tags as they are).
    `expected_version` is the version the card was opened at: if the card changed
    since, ConflictError is raised and nothing is written.
    """
    values, normalised = prepare(data, phone_texts or [])
    now = clock.now_seconds()
    with database.atomic():
        check_links(values, customer_id)
        if customer_id is None:
            customer = Customer.create(**values, created_at=now, updated_at=now)
            earlier: dict[str, str] = {}
            before = None
        else:
            if expected_version is not None:
                _claim(customer_id, expected_version)
            customer = Customer.get_by_id(customer_id)
            before = _audit_state(customer)
            if "tier" in values and values["tier"] != customer.tier_id:
                customer.tier_by_hand = True  # the tier rule never lowers it (custbook.shop.tier_rules)
            for key, value in values.items():
                setattr(customer, key, value)
            customer.updated_at = now
            customer.version += 1
            customer.save()
            earlier = {p.number: p.label for p in customer.phones}
            CustomerPhone.delete().where(CustomerPhone.customer == customer).execute()
        for index, phone in enumerate(normalised):
            CustomerPhone.create(customer=customer, number=phone.number, digits=phone.digits,
                                 label=phone_label(phone.number, earlier, phone.mobile),
                                 is_primary=index == 0)
        if tags is not None:
            set_tags(customer.id, tags)
        if before is None:
            audit.record(customer.id, "created", customer_name=customer.name)
        else:
            audit.record_changes(customer.id, customer.name, before, _audit_state(customer))
        search.index_customer(customer.id)
    return customer


def _claim(customer_id: int, expected_version: int) -> None:
    """Lock the card's row if it is still at `expected_version`, else raise ConflictError.

    One UPDATE that changes nothing but matches only the expected version: on
    PostgreSQL a second PC saving the same card at the same moment waits for this
    row's lock and then finds the version moved (reading the version and then writing
    would let both saves through). The row stays locked until the save commits, so
    the card is read afterwards with everyone else's latest figures.
    """
    claimed = (Customer.update(version=Customer.version)
               .where((Customer.id == customer_id) & (Customer.version == expected_version))
               .execute())
    if not claimed:
        current = get_card(customer_id)
        raise ConflictError(QT_TRANSLATE_NOOP(
            "Customer", "{name}'s card was changed elsewhere since you opened it. "
                        "Close it and open it again to see the changes.").format(
                            name=current.fields["name"]), customer_id=customer_id,
            current=current)


def _audit_state(customer: Customer) -> dict[str, str]:
    """The card as the audit trail compares it: every editable field, phones and tags."""
    numbers = [p.number for p in customer.phones.order_by(CustomerPhone.is_primary.desc(),
                                                          CustomerPhone.id)]
    return audit.card_state(customer, EDITABLE_FIELDS, numbers, tags_of(customer.id))


# ------------------------------------------------------------------ opening a card

@dataclass(frozen=True)
class PhoneRow:
    """One phone number of a card: stored (E.164), digits, label, and as people write it."""

    number: str
    digits: str
    label: str
    display: str


@dataclass(frozen=True)
class CustomerCard:
    """What the card needs to show and edit one customer."""

    id: int
    version: int
    fields: dict[str, Any]  # every EDITABLE_FIELDS column; tier and referred_by as ids
    phones: list[PhoneRow]
    tags: list[str]
    referred_by_name: str
    has_photo: bool
    in_trash: bool


def get_card(customer_id: int) -> CustomerCard:
    """Everything the card shows about a customer, read in one go."""
    customer = Customer.get_by_id(customer_id)
    fields = {name: getattr(customer, name) for name in EDITABLE_FIELDS if name not in ID_FIELDS}
    fields["tier"] = customer.tier_id
    fields["referred_by"] = customer.referred_by_id
    referrer = (Customer.get_or_none(Customer.id == customer.referred_by_id)
                if customer.referred_by_id else None)
    numbers = [PhoneRow(p.number, p.digits, p.label, phones.format_for_display(p.number))
               for p in customer.phones.order_by(CustomerPhone.is_primary.desc(),
                                                 CustomerPhone.id)]
    has_photo = CustomerPhoto.select().where(CustomerPhoto.customer == customer_id).exists()
    return CustomerCard(customer.id, customer.version, fields, numbers, tags_of(customer_id),
                        referrer.name if referrer else "", has_photo,
                        customer.deleted_at is not None)


# ------------------------------------------------------------------ duplicates

@dataclass(frozen=True)
class DuplicateHit:
    """An existing customer who may be the one being entered, and why we think so."""

    customer_id: int
    name: str
    phone: str
    reason: str
    same_phone: bool


def possible_duplicates(name: str, phone_texts: list[str], exclude_id: int | None = None
                        ) -> list[DuplicateHit]:
    """Customers in the book with the same phone number, or the same name and phone ending."""
    region = settings.get("phone_region")
    typed: list[phones.Phone] = []
    for text in phone_texts:
        try:
            typed.append(phones.normalise(text, region))
        except ValidationError:
            continue  # still being typed: only finished numbers count
    hits: dict[int, DuplicateHit] = {}
    live = Customer.deleted_at.is_null()
    if exclude_id is not None:
        live &= Customer.id != exclude_id
    for phone in typed:
        query = (CustomerPhone.select(Customer.id, Customer.name, CustomerPhone.number)
                 .join(Customer).where((CustomerPhone.digits == phone.digits) & live).tuples())
        for cid, other, number in query:
            if number == phone.number and cid not in hits:
                shown = phones.format_for_display(number)
                hits[cid] = DuplicateHit(cid, other, shown, QT_TRANSLATE_NOOP(
                    "Customer", "{name} already has the phone number {phone}.").format(
                        name=other, phone=shown), True)
    clean = " ".join((name or "").split())
    endings = {p.digits[-4:] for p in typed if len(p.digits) >= 4}
    if clean and endings:
        query = (CustomerPhone.select(Customer.id, Customer.name, CustomerPhone.number,
                                      CustomerPhone.digits)
                 .join(Customer).where((Customer.name == clean) & live).tuples())
        for cid, same_name, number, digits in query:
            if digits[-4:] in endings and cid not in hits:
                shown = phones.format_for_display(number)
                hits[cid] = DuplicateHit(cid, same_name, shown, QT_TRANSLATE_NOOP(
                    "Customer", "{name} has the same name and a phone number ending in "
                                "the same four digits ({phone}).").format(
                                    name=same_name, phone=shown), False)
    return sorted(hits.values(), key=lambda h: (not h.same_phone, h.customer_id))
