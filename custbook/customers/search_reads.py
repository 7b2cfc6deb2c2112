"""What the search index reads to make a customer's keys: the card, phones, tags, family,
the shop's own text fields and member card numbers (`search_keys.keys_for` makes the keys).

Two ways of reading the same rows, in the same order: `keys_of` for a few customers (a
saved card, an import's chunk, the stale rows; SQLite and PostgreSQL), and, for a
SQLite rebuild, `RANGE_READS` (a range of ids, each table as one JSON text, read by the
rebuild's second thread) turned into keys by `keys_from`.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from custbook.customers import search_keys
from custbook.models import database

_CHUNK = 500


def _rows(query: str, params: Iterable[Any] = ()) -> list[tuple]:
    return database.execute_sql(query, tuple(params)).fetchall()


def keys_of(customer_ids: list[int]) -> list[tuple[str, int]]:
    """(keys, id) for the given customers, read in chunks."""
    out = []
    for start in range(0, len(customer_ids), _CHUNK):
        chunk = customer_ids[start:start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        digits: dict[int, list[str]] = {}
        for cid, number in _rows(f"SELECT customer_id, digits FROM customer_phone WHERE "
                                f"customer_id IN ({marks}) ORDER BY is_primary DESC, id", chunk):
            digits.setdefault(cid, []).append(number)
        tags: dict[int, list[str]] = {}
        for cid, tag in _rows(f"SELECT ct.customer_id, t.name FROM customer_tag ct JOIN tag t "
                             f"ON t.id = ct.tag_id WHERE ct.customer_id IN ({marks}) "
                             f"ORDER BY t.name", chunk):
            tags.setdefault(cid, []).append(tag)
        # family members' names and phones (custbook.customers.relations) and the shop's own
        # text fields (custbook.customers.custom_fields) find the customer, as notes do;
        # in a fixed order (by id), which a rebuild's reads (`keys_from`) keep
        family: dict[int, list[str]] = {}
        for cid, person, number in _rows(
                f"SELECT customer_id, name, phone_digits FROM customer_relation WHERE customer_id "
                f"IN ({marks}) ORDER BY customer_id, id", chunk):
            family.setdefault(cid, []).extend((person, number))
        for cid, value in _rows(
                f"SELECT v.customer_id, v.value FROM custom_field_value v JOIN custom_field f "
                f"ON f.id = v.field_id WHERE f.kind IN ('text', 'choice') AND v.customer_id "
                f"IN ({marks}) ORDER BY v.customer_id, v.id", chunk):
            family.setdefault(cid, []).extend((value, ""))
        cards: dict[int, list[str]] = {}  # member card numbers (custbook.membership)
        for cid, number in _rows(f"SELECT customer_id, number FROM member WHERE customer_id "
                                f"IN ({marks})", chunk):
            cards.setdefault(cid, []).append(number)
        for cid, name, wechat, notes, company in _rows(
                f"SELECT id, name, wechat_id, description, company FROM customer "
                f"WHERE id IN ({marks})", chunk):
            out.append((search_keys.keys_for(name, digits.get(cid, ()), wechat,
                                             [notes, *family.get(cid, ())],
                                             tags.get(cid, ()), company,
                                             cards=cards.get(cid, ())), cid))
    return out


# What a rebuild reads for a range of customer ids: each table's rows as ONE JSON text, so
# that each read is one SQLite statement, run by the rebuild's second thread
# (search_sqlite.Writer) while this one builds the keys of the range before. The same
# rows as `keys_of`, put in its order by `keys_from` (the lists sort as the tuples).
RANGE_READS = (
    ("SELECT json_group_array(json_array(id, name, wechat_id, description, company, "
     "last_visit_on, deleted_at IS NOT NULL)) FROM customer WHERE id BETWEEN ?1 AND ?2"),
    ("SELECT json_group_array(json_array(customer_id, -is_primary, id, digits)) "
     "FROM customer_phone WHERE customer_id BETWEEN ?1 AND ?2"),
    # CROSS JOIN: the range first (with statistics the planner walked every tag's customers)
    ("SELECT json_group_array(json_array(ct.customer_id, t.name)) FROM customer_tag ct "
     "CROSS JOIN tag t ON t.id = ct.tag_id WHERE ct.customer_id BETWEEN ?1 AND ?2"),
    ("SELECT json_group_array(json_array(customer_id, id, name, phone_digits)) "
     "FROM customer_relation WHERE customer_id BETWEEN ?1 AND ?2"),
    ("SELECT json_group_array(json_array(v.customer_id, v.id, v.value)) "
     "FROM custom_field_value v CROSS JOIN custom_field f ON f.id = v.field_id "
     "WHERE f.kind IN ('text', 'choice') AND v.customer_id BETWEEN ?1 AND ?2"),
    ("SELECT json_group_array(json_array(customer_id, number)) FROM member "
     "WHERE customer_id BETWEEN ?1 AND ?2"),
)


def keys_from(texts: list[str]) -> list[tuple[str, int, Any, int]]:
    """(keys, id, last visit, in the trash) from the JSON texts of `RANGE_READS`."""
    people, phones, tags, relations, values, cards = map(json.loads, texts)
    for rows in (people, phones, tags, relations, values):
        rows.sort()  # phones: primary first, then by id; tags by name; family by id
    digits: dict[int, list[str]] = {}
    for cid, _, _, number in phones:
        digits.setdefault(cid, []).append(number)
    names: dict[int, list[str]] = {}
    for cid, tag in tags:
        names.setdefault(cid, []).append(tag)
    family: dict[int, list[str]] = {}
    for cid, _, person, number in relations:
        family.setdefault(cid, []).extend((person, number))
    for cid, _, value in values:
        family.setdefault(cid, []).extend((value, ""))
    numbers: dict[int, list[str]] = {}
    for cid, number in cards:
        numbers.setdefault(cid, []).append(number)
    keys_for = search_keys.keys_for
    return [(keys_for(name, digits.get(cid, ()), wechat, [notes, *family.get(cid, ())],
                      names.get(cid, ()), company, cards=numbers.get(cid, ())),
             cid, last_visit, in_trash)
            for cid, name, wechat, notes, company, last_visit, in_trash in people]
