"""The shop's tags as a list to tidy: rename, merge two into one, delete, colour.

Why here and not in customers/: these change a word for every customer at once,
from Settings; giving or taking a tag from some customers stays in
custbook.customers.customer_labels. Every change re-indexes the customers carrying
the tag (search finds customers by their tags' names) in the same transaction.
"""
from __future__ import annotations

import re

from peewee import fn

from custbook import changes, clock
from custbook.customers import search
from custbook.customers.customer_labels import clean_tag_name
from custbook.errors import ValidationError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.models import Customer, CustomerTag, Tag, database

_COLOUR = re.compile(r"^(#[0-9a-fA-F]{6})?$")


def _carriers(tag_id: int) -> list[int]:
    return [cid for (cid,) in CustomerTag.select(CustomerTag.customer)
            .where(CustomerTag.tag == tag_id).tuples()]


def _touch(ids: list[int]) -> None:
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        Customer.update(version=Customer.version + 1, updated_at=clock.now_seconds()).where(
            Customer.id.in_(chunk)).execute()
    search.index_customers(ids)


@changes.reports(changes.CUSTOMERS)
def rename_tag(tag_id: int, name: str) -> None:
    """Give a tag another name (two tags of the same name: merge them instead)."""
    with database.atomic():
        name = clean_tag_name(name)
        clash = Tag.get_or_none((fn.LOWER(Tag.name) == name.lower()) & (Tag.id != tag_id))
        if clash is not None:
            raise ValidationError("tag", QT_TRANSLATE_NOOP(
                "Tags", "There is already a tag “{name}”: merge the two instead.").format(
                    name=clash.name))
        Tag.update(name=name).where(Tag.id == tag_id).execute()
        _touch(_carriers(tag_id))


@changes.reports(changes.CUSTOMERS)
def merge_tags(from_id: int, into_id: int) -> int:
    """Every customer tagged `from_id` gets `into_id`; `from_id` is deleted. Returns how
    many customers newly got `into_id`."""
    if from_id == into_id:
        raise ValidationError("tag", QT_TRANSLATE_NOOP("Tags", "Choose two different tags."))
    with database.atomic():
        moving = _carriers(from_id)
        have = set(_carriers(into_id))
        new = [cid for cid in moving if cid not in have]
        for start in range(0, len(new), 500):
            CustomerTag.insert_many([{"customer": cid, "tag": into_id}
                                     for cid in new[start:start + 500]]).execute()
        CustomerTag.delete().where(CustomerTag.tag == from_id).execute()
        Tag.delete().where(Tag.id == from_id).execute()
        _touch(moving)
    return len(new)


@changes.reports(changes.CUSTOMERS)
def delete_tag(tag_id: int) -> int:
    """Remove a tag from everyone and from the list; returns how many carried it."""
    with database.atomic():
        carriers = _carriers(tag_id)
        Tag.delete().where(Tag.id == tag_id).execute()  # links go with it (ON DELETE CASCADE)
        CustomerTag.delete().where(CustomerTag.tag == tag_id).execute()
        _touch(carriers)
    return len(carriers)


@changes.reports(changes.CUSTOMERS)
def set_colour(tag_id: int, colour: str) -> None:
    """A tag's colour as #rrggbb ("" for none)."""
    if not _COLOUR.match(colour or ""):
        raise ValidationError("colour", QT_TRANSLATE_NOOP("Tags", "A colour is written #rrggbb."))
    Tag.update(color=colour or "").where(Tag.id == tag_id).execute()
