"""What a shop puts on a customer besides the profile: tags, tier, photo; and the staff list.

Bulk changes (tag 3,000 customers, set their tier) are single statements in one
transaction, chunked under SQLite's parameter limit. They bump each card's `version`,
so a card open in another window notices it changed before saving over it. Tags are
part of the search keys, so a bulk tag change re-indexes the customers it touched
(inside the same transaction, ~2 s for 15,000 customers; the window runs it off the
UI thread).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from peewee import JOIN

from custbook.customers import search
from custbook.safety import audit
from custbook.errors import ValidationError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.models import Customer, CustomerPhoto, CustomerTag, Staff, Tag, Tier, database
from custbook import changes, clock
from custbook.shop import words

_CHUNK = 500
PHOTO_TYPES = ("image/jpeg", "image/png", "image/webp")
PHOTO_MAX_BYTES = 2_000_000


@dataclass(frozen=True)
class TagRow:
    """A tag with how many customers (not in the trash) carry it."""

    id: int
    name: str
    color: str
    count: int


@dataclass(frozen=True)
class TierRow:
    id: int
    name: str
    rank: int


@dataclass(frozen=True)
class StaffRow:
    id: int
    name: str
    role: str


def _now() -> dt.datetime:
    return clock.now_seconds()


def _chunks(ids: Iterable[int]) -> Iterable[list[int]]:
    unique = sorted({int(i) for i in ids})
    for start in range(0, len(unique), _CHUNK):
        yield unique[start:start + _CHUNK]


def _names(ids: list[int]) -> list[tuple[int, str]]:
    """(id, name) of these customers, for the audit trail."""
    return list(Customer.select(Customer.id, Customer.name)
                .where(Customer.id.in_(ids)).tuples())


def _touch(ids: list[int]) -> None:
    """Bump version and updated_at of these cards (a bulk change happened to them)."""
    Customer.update(version=Customer.version + 1, updated_at=_now()).where(
        Customer.id.in_(ids)).execute()


def clean_tag_name(name: str) -> str:
    """A tag name as stored: trimmed, inner spaces kept; ValidationError if unusable."""
    text = " ".join((name or "").split())
    if not text:
        raise ValidationError("tag", QT_TRANSLATE_NOOP("Customer", "A tag needs a name."))
    if len(text) > 40:
        raise ValidationError("tag", QT_TRANSLATE_NOOP(
            "Customer", "“{tag}” is too long for a tag (40 characters at most).").format(tag=text))
    return text


def tag_named(name: str) -> Tag:
    """The tag with this name (ignoring case and spaces around it), created if new."""
    text = clean_tag_name(name)
    found = Tag.get_or_none(Tag.name == text)
    if found is None:
        folded = text.casefold()
        found = next((t for t in Tag.select() if t.name.casefold() == folded), None)
    return found or Tag.create(name=text)


def all_tags(counts: bool = True) -> list[TagRow]:
    """Every tag, by name, with how many customers in the book carry it.

    Counting reads every tagged customer (~135 ms at 100,000 customers, ~2 s at
    1,000,000): callers that only need the names pass counts=False (count is then 0).
    """
    count = ("(SELECT count(*) FROM customer_tag ct JOIN customer c ON c.id = ct.customer_id "
             "WHERE ct.tag_id = t.id AND c.deleted_at IS NULL)") if counts else "0"
    rows = database.execute_sql(
        f"SELECT t.id, t.name, t.color, {count} FROM tag t ORDER BY t.name").fetchall()
    return [TagRow(*r) for r in rows]


@changes.reports(changes.CUSTOMERS)
def set_tags(customer_id: int, names: list[str]) -> None:
    """Give a customer exactly these tags (unknown names become new tags)."""
    wanted = {tag_named(n).id for n in names if (n or "").strip()}
    have = {link.tag_id for link in CustomerTag.select().where(CustomerTag.customer == customer_id)}
    if have - wanted:
        CustomerTag.delete().where((CustomerTag.customer == customer_id)
                                   & CustomerTag.tag.in_(list(have - wanted))).execute()
    for tag_id in sorted(wanted - have):
        CustomerTag.create(customer=customer_id, tag=tag_id)


def tags_of(customer_id: int) -> list[str]:
    """A customer's tag names, sorted."""
    return [t.name for t in Tag.select(Tag.name).join(CustomerTag)
            .where(CustomerTag.customer == customer_id).order_by(Tag.name)]


@changes.reports(changes.CUSTOMERS)
def add_tag(customer_ids: list[int], tag_name: str) -> int:
    """Give a tag (created if new) to these customers; returns how many newly got it."""
    added = 0
    with database.atomic():
        tag = tag_named(tag_name)
        for chunk in _chunks(customer_ids):
            have = {r.customer_id for r in CustomerTag.select(CustomerTag.customer)
                    .where((CustomerTag.tag == tag) & CustomerTag.customer.in_(chunk))}
            new = [{"customer": cid, "tag": tag.id} for cid in chunk if cid not in have]
            if new:
                audit.record_many((cid, name, "changed", "tags", "", "+" + tag.name)
                                  for cid, name in _names([row["customer"] for row in new]))
                CustomerTag.insert_many(new).execute()
                _touch([row["customer"] for row in new])
                search.index_customers(row["customer"] for row in new)
            added += len(new)
    return added


@changes.reports(changes.CUSTOMERS)
def remove_tag(customer_ids: list[int], tag_id: int) -> int:
    """Take a tag off these customers; returns how many had it."""
    removed = 0
    with database.atomic():
        for chunk in _chunks(customer_ids):
            had = [r.customer_id for r in CustomerTag.select(CustomerTag.customer)
                   .where((CustomerTag.tag == tag_id) & CustomerTag.customer.in_(chunk))]
            if had:
                tag_name = Tag.get_by_id(tag_id).name
                audit.record_many((cid, name, "changed", "tags", tag_name, "")
                                  for cid, name in _names(had))
                CustomerTag.delete().where((CustomerTag.tag == tag_id)
                                           & CustomerTag.customer.in_(had)).execute()
                _touch(had)
                search.index_customers(had)
            removed += len(had)
    return removed


def all_tiers() -> list[TierRow]:
    """The membership tiers, lowest rank first."""
    return [TierRow(t.id, words.tier_label(t.name, t.key), t.rank)
            for t in Tier.select().order_by(Tier.rank, Tier.id)]


@changes.reports(changes.CUSTOMERS)
def set_tier(customer_ids: list[int], tier_id: int | None) -> int:
    """Put these customers in a tier (None: no tier); returns how many changed."""
    if tier_id is not None and Tier.get_or_none(Tier.id == tier_id) is None:
        raise ValidationError("tier", QT_TRANSLATE_NOOP("Customer", "That tier no longer exists."))
    changed = 0
    with database.atomic():
        for chunk in _chunks(customer_ids):
            differs = (Customer.tier.is_null(False) if tier_id is None
                       else (Customer.tier.is_null() | (Customer.tier != tier_id)))
            rows = list(Customer.select(Customer.id, Customer.name, Tier.name)
                        .join(Tier, JOIN.LEFT_OUTER, on=(Customer.tier == Tier.id))
                        .where(Customer.id.in_(chunk) & differs).tuples())
            ids = [row[0] for row in rows]
            if ids:
                new_name = words.show_tier(Tier.get_by_id(tier_id).name) if tier_id else ""
                audit.record_many((cid, name, "changed", "tier", old or "", new_name)
                                  for cid, name, old in rows)
                Customer.update(tier=tier_id, tier_by_hand=tier_id is not None,
                                version=Customer.version + 1,
                                updated_at=_now()).where(Customer.id.in_(ids)).execute()
            changed += len(ids)
    return changed


def all_staff(active_only: bool = True) -> list[StaffRow]:
    """The shop's staff by name (only those still working, unless asked)."""
    query = Staff.select().order_by(Staff.name)
    if active_only:
        query = query.where(Staff.active)
    return [StaffRow(s.id, s.name, s.role) for s in query]


@changes.reports(changes.CUSTOMERS)
def set_photo(customer_id: int, image: bytes, mime: str = "image/jpeg") -> None:
    """Store a customer's photo (already scaled by the window), replacing any earlier one."""
    if mime not in PHOTO_TYPES:
        raise ValidationError("photo", QT_TRANSLATE_NOOP(
            "Customer", "A photo must be a JPEG, PNG or WebP image."))
    if not image:
        raise ValidationError("photo", QT_TRANSLATE_NOOP("Customer", "The photo is empty."))
    if len(image) > PHOTO_MAX_BYTES:
        raise ValidationError("photo", QT_TRANSLATE_NOOP(
            "Customer", "The photo is too large (2 MB at most)."))
    with database.atomic():
        Customer.get_by_id(customer_id)
        had = CustomerPhoto.select().where(CustomerPhoto.customer == customer_id).exists()
        audit.record(customer_id, "changed", "photo", _photo_words(had),
                     _photo_words(True, new=True))
        (CustomerPhoto.insert(customer=customer_id, image=image, mime=mime, updated_at=_now())
         .on_conflict(conflict_target=[CustomerPhoto.customer],
                      update={CustomerPhoto.image: image, CustomerPhoto.mime: mime,
                              CustomerPhoto.updated_at: _now()})
         .execute())


@changes.reports(changes.CUSTOMERS)
def clear_photo(customer_id: int) -> None:
    """Remove a customer's photo (the card shows initials again)."""
    with database.atomic():
        if CustomerPhoto.delete().where(CustomerPhoto.customer == customer_id).execute():
            audit.record(customer_id, "changed", "photo", _photo_words(True), "")


def _photo_words(present: bool, new: bool = False) -> str:
    """How the history shows a photo (the image itself is not copied into it)."""
    if not present:
        return ""
    return QT_TRANSLATE_NOOP("Audit", "a new photo") if new else QT_TRANSLATE_NOOP(
        "Audit", "a photo")


def photo_of(customer_id: int) -> bytes | None:
    """A customer's photo as stored, or None."""
    row = (CustomerPhoto.select(CustomerPhoto.image)
           .where(CustomerPhoto.customer == customer_id).first())
    return bytes(row.image) if row is not None else None


def customers_with_tag(customer_ids: list[int], tag_name: str) -> set[int]:
    """Which of these customers have the tag `tag_name` now (none when there is no such tag)."""
    tag = Tag.get_or_none(Tag.name == clean_tag_name(tag_name))
    if tag is None:
        return set()
    found: set[int] = set()
    for chunk in _chunks(customer_ids):
        found.update(r.customer_id for r in CustomerTag.select(CustomerTag.customer)
                     .where((CustomerTag.tag == tag) & CustomerTag.customer.in_(chunk)))
    return found
