"""Finding customers entered twice, merging two cards into one, and undoing a merge.

A merge keeps one card and lets the owner take chosen fields from the other; the
phones and tags of both are united and ALL history of the dropped card (purchases,
contacts, complaints, reminders, satisfaction records, the customers they referred,
their photo if the kept card has none) moves to the kept card, and so does what is
around it — family and relations both ways, anniversaries, the shop's own field values,
files, message-queue items, member accounts (`custbook.customers.merge_extras`); the
dropped card goes to the trash. All in one transaction.

Undo must put back exactly what was there, so the merge writes a `MergeRecord` with
the two customer rows as they were (raw column values) and the ids of every row it
moved or created. Undo refuses, with a reason, when it could no longer be exact: a
card was edited after the merge, or the dropped card was erased from the trash.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from custbook.customers import merge_extras, search
from custbook.safety import audit
from custbook.customers.customer_list import CustomerRow, rows_for
from custbook.customers.customers import EDITABLE_FIELDS
from custbook.errors import CustbookError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.models import Customer, CustomerTag, MergeRecord, database
from custbook.customers.purchases import figures_from_history, refresh_figures
from custbook import changes, clock

# The fields the merge dialog offers a choice on (all of a card's editable fields).
MERGE_FIELDS: list[str] = list(EDITABLE_FIELDS)
# Fields that only make sense together: taking one takes the group.
MERGE_GROUPS: list[tuple[str, ...]] = [
    ("birthday_calendar", "birthday_month", "birthday_day", "birthday_leap"),
    ("birth_year", "birth_year_estimated"),
    ("accepts_promotions", "promotions_consent_on"),
]
HISTORY_TABLES = ("purchase", "contact_entry", "complaint", "reminder", "satisfaction_record")


@dataclass(frozen=True)
class DuplicatePair:
    """Two customers who may be the same person, and why we think so."""

    a: CustomerRow
    b: CustomerRow
    reason: str


@dataclass(frozen=True)
class MergeRow:
    """One merge in the list of recent merges."""

    id: int
    merged_at: dt.datetime
    kept_name: str
    dropped_name: str
    undone: bool


def _sql(query: str, params: tuple = ()) -> list[tuple]:
    return database.execute_sql(query, params).fetchall()


def _now() -> dt.datetime:
    return clock.now_seconds()


# ------------------------------------------------------------------ finding duplicates

_LIVE = "a.deleted_at IS NULL AND b.deleted_at IS NULL"
_DUPLICATE_QUERIES = [
    (f"""SELECT DISTINCT pa.customer_id, pb.customer_id FROM customer_phone pa
        JOIN customer_phone pb ON pb.digits = pa.digits AND pb.number = pa.number
            AND pb.customer_id > pa.customer_id
        JOIN customer a ON a.id = pa.customer_id JOIN customer b ON b.id = pb.customer_id
        WHERE {_LIVE} ORDER BY pa.customer_id, pb.customer_id LIMIT ?""",
     "same_phone"),
    (f"""SELECT a.id, b.id FROM customer a JOIN customer b ON b.name = a.name AND b.id > a.id
        WHERE {_LIVE} AND EXISTS (SELECT 1 FROM customer_phone pa JOIN customer_phone pb
            ON substr(pb.digits, length(pb.digits) - 3) = substr(pa.digits, length(pa.digits) - 3)
            WHERE pa.customer_id = a.id AND pb.customer_id = b.id)
        ORDER BY a.id, b.id LIMIT ?""",
     "same_name_phone"),
    (f"""SELECT a.id, b.id FROM customer a JOIN customer b ON b.name = a.name AND b.id > a.id
        WHERE {_LIVE} AND a.birthday_calendar != '' AND b.birthday_calendar = a.birthday_calendar
            AND b.birthday_month = a.birthday_month AND b.birthday_day = a.birthday_day
            AND (a.birth_year IS NULL OR b.birth_year IS NULL OR a.birth_year = b.birth_year)
        ORDER BY a.id, b.id LIMIT ?""",
     "same_name_birthday"),
]


def _reason(kind: str) -> str:
    return {
        "same_phone": QT_TRANSLATE_NOOP("Merge", "Same phone number"),
        "same_name_phone": QT_TRANSLATE_NOOP(
            "Merge", "Same name, phone numbers ending in the same four digits"),
        "same_name_birthday": QT_TRANSLATE_NOOP("Merge", "Same name and birthday"),
    }[kind]


def duplicate_pairs(limit: int = 200) -> list[DuplicatePair]:
    """Pairs of customers (not in the trash) who may be one person, strongest reason first."""
    found: dict[tuple[int, int], str] = {}
    for sql, kind in _DUPLICATE_QUERIES:
        for a, b in _sql(sql, (limit,)):
            found.setdefault((a, b), kind)
            if len(found) >= limit:
                break
        if len(found) >= limit:
            break
    rows = {r.id: r for r in rows_for(sorted({i for pair in found for i in pair}))}
    return [DuplicatePair(rows[a], rows[b], _reason(kind)) for (a, b), kind in found.items()
            if a in rows and b in rows]


# ------------------------------------------------------------------ merging

def _raw_row(customer_id: int) -> dict[str, Any]:
    cursor = database.execute_sql("SELECT * FROM customer WHERE id = ?", (customer_id,))
    row = cursor.fetchone()
    if row is None:
        raise CustbookError(QT_TRANSLATE_NOOP("Merge", "That customer is no longer in the book."))
    # JSON-ready on both databases (PostgreSQL gives dates and datetimes, SQLite text)
    return {d[0]: (v.isoformat(sep=" ") if isinstance(v, dt.datetime) else
                   v.isoformat() if isinstance(v, dt.date) else v)
            for d, v in zip(cursor.description, row)}


def _write_raw_row(values: dict[str, Any]) -> None:
    columns = [c for c in values if c != "id"]
    database.execute_sql(
        f"UPDATE customer SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
        tuple(values[c] for c in columns) + (values["id"],))


def _figures(customer_id: int) -> list:
    """The running figures the history gives, as JSON values (for the undo record)."""
    figures = figures_from_history(customer_id)
    return [v.isoformat() if isinstance(v, dt.date) else v for v in figures.values()]


def _ids(query: str, params: tuple) -> list[int]:
    return [r[0] for r in _sql(query, params)]


def _chosen_fields(take_from_drop: list[str]) -> list[str]:
    unknown = {f for f in take_from_drop if not f.startswith("custom:")} - set(MERGE_FIELDS)
    if unknown:
        raise ValueError(f"not merge fields: {', '.join(sorted(unknown))}")
    chosen = set(take_from_drop)
    for group in MERGE_GROUPS:
        if chosen & set(group):
            chosen |= set(group)
    return [f for f in MERGE_FIELDS if f in chosen]


@changes.reports(*changes.EVERYTHING)
def merge_customers(keep_id: int, drop_id: int, take_from_drop: list[str]) -> int:
    """Merge `drop_id` into `keep_id` (see the module docstring); returns the merge's id."""
    if keep_id == drop_id:
        raise CustbookError(QT_TRANSLATE_NOOP("Merge", "A card cannot be merged with itself."))
    fields = _chosen_fields(take_from_drop)
    with database.atomic():
        keep_row, drop_row = _raw_row(keep_id), _raw_row(drop_id)
        if keep_row["deleted_at"] or drop_row["deleted_at"]:
            raise CustbookError(QT_TRANSLATE_NOOP(
                "Merge", "Restore the card from the trash before merging it."))
        undo: dict[str, Any] = {
            "keep_row": keep_row, "drop_row": drop_row,
            "keep_figures": _figures(keep_id),
            "drop_figures": _figures(drop_id),
        }
        keep, drop = Customer.get_by_id(keep_id), Customer.get_by_id(drop_id)
        before = audit.card_state(keep, fields, [], [])
        for name in fields:
            column = Customer._meta.fields[name].column_name
            setattr(keep, column, getattr(drop, column))
        after = audit.card_state(keep, fields, [], [])
        if keep.referred_by_id in (keep_id, drop_id):  # nobody refers themselves
            keep.referred_by_id = drop.referred_by_id if drop.referred_by_id != keep_id else None
        undo["moved"] = {}
        for table in HISTORY_TABLES:
            ids = _ids(f"SELECT id FROM {table} WHERE customer_id = ?", (drop_id,))
            _move(table, "customer_id", ids, drop_id, keep_id)
            undo["moved"][table] = ids
        undo["extras"] = merge_extras.carry(keep_id, drop_id, keep.name, take_from_drop,
                                            undo["moved"]["reminder"])
        referrals = _ids("SELECT id FROM customer WHERE referred_by_id = ? AND id != ?",
                         (drop_id, keep_id))
        _move("customer", "referred_by_id", referrals, drop_id, keep_id)
        undo["referrals"] = referrals
        undo["phones"] = _unite_phones(keep_id, drop_id)
        undo["tags"] = _unite_tags(keep_id, drop_id)
        undo["photo"] = _take_photo(keep_id, drop_id)
        now = _now()
        keep.version += 1
        keep.updated_at = now
        keep.save()
        Customer.update(deleted_at=now, version=Customer.version + 1, updated_at=now).where(
            Customer.id == drop_id).execute()
        refresh_figures(keep_id)
        refresh_figures(drop_id)
        search.index_customers([keep_id, drop_id, *undo["extras"].get("touched", [])])
        undo["keep_version"] = keep.version
        undo["drop_version"] = drop_row["version"] + 1
        audit.record_many([(keep_id, keep.name, "merged", "", drop_row["name"], keep.name),
                           (drop_id, drop_row["name"], "merged", "", drop_row["name"],
                            keep.name)])
        audit.record_changes(keep_id, keep.name, before, after)
        record = MergeRecord.create(merged_at=now, kept_id=keep_id, dropped_id=drop_id,
                                    kept_name=keep.name, dropped_name=drop_row["name"],
                                    undo_data=json.dumps(undo, ensure_ascii=False))
    return record.id


def _move(table: str, column: str, ids: list[int], source: int, target: int) -> None:
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        database.execute_sql(
            f"UPDATE {table} SET {column} = ? WHERE {column} = ? AND id IN "
            f"({','.join('?' * len(chunk))})", (target, source, *chunk))


def _unite_phones(keep_id: int, drop_id: int) -> list[list[int]]:
    """Give the kept card the dropped card's other numbers; returns [[id, was_primary]]."""
    have = {r[0] for r in _sql("SELECT number FROM customer_phone WHERE customer_id = ?",
                               (keep_id,))}
    moved = []
    for phone_id, number, primary in _sql(
            "SELECT id, number, is_primary FROM customer_phone WHERE customer_id = ? "
            "ORDER BY is_primary DESC, id", (drop_id,)):
        if number in have:
            continue
        database.execute_sql("UPDATE customer_phone SET customer_id = ?, is_primary = ? "
                             "WHERE id = ?", (keep_id, not have, phone_id))
        have.add(number)
        moved.append([phone_id, bool(primary)])
    return moved


def _unite_tags(keep_id: int, drop_id: int) -> list[int]:
    """Give the kept card the dropped card's tags; returns the ids of the links made."""
    made = []
    for (tag_id,) in _sql("SELECT tag_id FROM customer_tag WHERE customer_id = ? AND tag_id "
                          "NOT IN (SELECT tag_id FROM customer_tag WHERE customer_id = ?) "
                          "ORDER BY tag_id", (drop_id, keep_id)):
        # peewee returns the new id on both databases (lastrowid means nothing on PostgreSQL)
        made.append(CustomerTag.insert(customer=keep_id, tag=tag_id).execute())
    return made


def _take_photo(keep_id: int, drop_id: int) -> bool:
    if _sql("SELECT 1 FROM customer_photo WHERE customer_id = ?", (keep_id,)):
        return False
    cursor = database.execute_sql("UPDATE customer_photo SET customer_id = ? WHERE customer_id = ?",
                                  (keep_id, drop_id))
    return cursor.rowcount > 0


# ------------------------------------------------------------------ undoing

@changes.reports(*changes.EVERYTHING)
def undo_merge(merge_id: int) -> None:
    """Put back both cards and everything the merge moved, exactly as before it."""
    with database.atomic():
        record = MergeRecord.get_or_none(MergeRecord.id == merge_id)
        if record is None or record.undone_at is not None:
            raise CustbookError(QT_TRANSLATE_NOOP("Merge", "This merge was already undone."))
        undo = json.loads(record.undo_data)
        keep = Customer.get_or_none(Customer.id == record.kept_id)
        drop = Customer.get_or_none(Customer.id == record.dropped_id)
        if keep is None or drop is None:
            gone = record.kept_name if keep is None else record.dropped_name
            raise CustbookError(QT_TRANSLATE_NOOP(
                "Merge", "This merge can no longer be undone: {name} was erased from the "
                         "trash.").format(name=gone))
        for card, version in ((keep, undo["keep_version"]), (drop, undo["drop_version"])):
            if card.version != version:
                raise CustbookError(QT_TRANSLATE_NOOP(
                    "Merge", "This merge can no longer be undone: {name}'s card was changed "
                             "after it. Change it back by hand instead.").format(name=card.name))
        keep_id, drop_id = keep.id, drop.id
        for table, ids in undo["moved"].items():
            _move(table, "customer_id", ids, keep_id, drop_id)
        touched = merge_extras.put_back(keep_id, drop_id, undo.get("extras"))
        _move("customer", "referred_by_id", undo["referrals"], keep_id, drop_id)
        for phone_id, primary in undo["phones"]:
            database.execute_sql("UPDATE customer_phone SET customer_id = ?, is_primary = ? "
                                 "WHERE id = ? AND customer_id = ?",
                                 (drop_id, primary, phone_id, keep_id))
        for start in range(0, len(undo["tags"]), 500):
            chunk = undo["tags"][start:start + 500]
            database.execute_sql(f"DELETE FROM customer_tag WHERE id IN "
                                 f"({','.join('?' * len(chunk))})", tuple(chunk))
        if undo["photo"]:
            database.execute_sql("UPDATE customer_photo SET customer_id = ? WHERE customer_id = ?",
                                 (drop_id, keep_id))
        for row, figures in ((undo["keep_row"], undo["keep_figures"]),
                             (undo["drop_row"], undo["drop_figures"])):
            _write_raw_row(row)
            if _figures(row["id"]) != figures:  # history changed since
                refresh_figures(row["id"])
        search.index_customers([keep_id, drop_id, *touched])
        audit.record_many([(keep_id, undo["keep_row"]["name"], "merge_undone", "",
                            undo["drop_row"]["name"], undo["keep_row"]["name"]),
                           (drop_id, undo["drop_row"]["name"], "merge_undone", "",
                            undo["drop_row"]["name"], undo["keep_row"]["name"])])
        record.undone_at = _now()
        record.save()


def recent_merges(limit: int = 20) -> list[MergeRow]:
    """The latest merges, newest first (undone ones included, marked)."""
    return [MergeRow(r.id, r.merged_at, r.kept_name, r.dropped_name, r.undone_at is not None)
            for r in MergeRecord.select().order_by(MergeRecord.merged_at.desc(),
                                                   MergeRecord.id.desc()).limit(limit)]
