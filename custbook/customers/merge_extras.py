"""What a merge carries besides the card's history: the people and days around the
customer, the shop's own field values, files, message-queue items and member accounts.

`carry` runs inside `merge.merge_customers`' transaction, after the history moved, and
returns what `put_back` (inside `merge.undo_merge`) needs, JSON-ready. Nothing is lost:
what the kept card must not get twice stays on the dropped card (in the trash, where
undo finds it), and every row changed or deleted is copied whole first.

- Relations: the dropped card's relations move to the kept card, except a duplicate of
  one the kept card has (linked to the same card, or unlinked with the same name and
  relation: the kept one stays, filled in where it is empty — birthday, phone, note) and
  the one linking to the kept card itself. The kept card's relation linking to the
  dropped card (the same person now) goes. Other cards' relations linking to the dropped
  card link to the kept card (under its name), or go when that card already has one
  linking to the kept card: both ways stay true, and nobody is listed twice.
- Anniversaries move, except one the kept card already keeps (same kind and day; for a
  named day, the same name too). A yearly reminder of anything left on the dropped
  card goes back there with it, so the kept card is not reminded twice.
- The shop's own fields: a value only the dropped card has moves; where both have one,
  the kept card's wins unless the owner chose the other ("custom:<id>" in the merge's
  choices, which the merge dialog offers beside the card's fields: `own_conflicts`).
- Attachments and message-queue items move.
- Member accounts: count cards move; stored value and points move when the kept card has
  no account of that kind (else a zero balance stays behind); the member number moves
  when the kept card has none. Two balances of one kind are refused, with the reason:
  the ledger is append-only, so the owner moves one balance by an adjustment first.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from custbook import clock
from custbook.customers import custom_fields
from custbook.errors import CustbookError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.models import database

MOVED_TABLES = ("customer_relation", "customer_anniversary", "custom_field_value",
                "attachment", "message_queue_item", "member", "member_account", "member_entry")
_FILLED = ("birthday_calendar", "birthday_month", "birthday_day", "birthday_leap",
           "birth_year", "phone", "phone_digits", "note")


def _sql(query: str, params: tuple = ()) -> list[tuple]:
    return database.execute_sql(query, params).fetchall()


def _json(value: Any) -> Any:
    return (value.isoformat(sep=" ") if isinstance(value, dt.datetime) else
            value.isoformat() if isinstance(value, dt.date) else value)


def _rows(table: str, where: str, params: tuple) -> list[dict[str, Any]]:
    """Whole rows, as raw column values (JSON-ready on both databases)."""
    cursor = database.execute_sql(f"SELECT * FROM {table} WHERE {where} ORDER BY id", params)
    names = [d[0] for d in cursor.description]
    return [{n: _json(v) for n, v in zip(names, row)} for row in cursor.fetchall()]


def _move(table: str, ids: list[int], source: int, target: int) -> None:
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        database.execute_sql(f"UPDATE {table} SET customer_id = ? WHERE customer_id = ? AND id "
                             f"IN ({','.join('?' * len(chunk))})", (target, source, *chunk))


def _same_name(a: str, b: str) -> bool:
    return " ".join((a or "").split()).casefold() == " ".join((b or "").split()).casefold()


# ------------------------------------------------------------------ before merging

def own_conflicts(keep_id: int, drop_id: int) -> list[tuple[custom_fields.FieldDef, str, str]]:
    """The shop's own fields both cards fill differently: (field, kept value, other value),
    shown as the merge dialog shows the card's fields (values as the card shows them)."""
    a, b = custom_fields.values_of(keep_id), custom_fields.values_of(drop_id)
    return [(f, custom_fields.display(f.kind, a[f.id]), custom_fields.display(f.kind, b[f.id]))
            for f in custom_fields.fields() if f.id in a and f.id in b and a[f.id] != b[f.id]]


def _balances(customer_id: int) -> dict[str, tuple[int, int]]:
    """Stored value and points accounts: kind -> (account id, balance)."""
    return {kind: (aid, balance) for aid, kind, balance in _sql(
        "SELECT id, kind, balance FROM member_account WHERE customer_id = ? "
        "AND serial IS NOT NULL", (customer_id,))}


def check(keep_id: int, drop_id: int) -> None:
    """Refuse a merge that would put two balances of one kind on one card."""
    kept, dropped = _balances(keep_id), _balances(drop_id)
    for kind, (_, balance) in dropped.items():
        if kind in kept and balance:
            raise CustbookError(QT_TRANSLATE_NOOP(
                "Merge", "Both cards have a {kind} balance on their member card. Move one "
                         "balance to the other card (an adjustment on each) before merging.")
                .format(kind=QT_TRANSLATE_NOOP("Merge", "stored value") if kind == "value"
                        else QT_TRANSLATE_NOOP("Merge", "points")))


# ------------------------------------------------------------------ merging

def _relations(keep_id: int, drop_id: int, keep_name: str, undo: dict) -> list[str]:
    """Move the dropped card's relations (see the module docstring); returns the reminder
    keys of those left behind."""
    kept = _rows("customer_relation", "customer_id = ?", (keep_id,))
    moved, left = [], []
    for row in _rows("customer_relation", "customer_id = ?", (drop_id,)):
        if row["linked_id"] == keep_id:
            left.append(row["id"])
            continue
        twin = next((k for k in kept if (k["linked_id"] and k["linked_id"] == row["linked_id"])
                     or (not k["linked_id"] and not row["linked_id"]
                         and k["relation"] == row["relation"]
                         and _same_name(k["name"], row["name"]))), None)
        if twin is None:
            moved.append(row["id"])
            continue
        left.append(row["id"])
        fill = {c: row[c] for c in _FILLED if not twin[c] and row[c]}
        if fill.get("birthday_calendar") is None:  # a birthday goes whole or not at all
            fill = {c: v for c, v in fill.items() if not c.startswith("birth")}
        if fill:  # touched now, so the rules' next run gives it the birthday's reminder
            fill["updated_at"] = clock.now_seconds()
            undo["saved"].setdefault("customer_relation", []).append(dict(twin))
            database.execute_sql(
                f"UPDATE customer_relation SET {', '.join(f'{c} = ?' for c in fill)} "
                "WHERE id = ?", (*fill.values(), twin["id"]))
    _move("customer_relation", moved, drop_id, keep_id)
    undo["moved"]["customer_relation"] = moved
    # the kept card's relation to the dropped card is a relation to itself now
    to_self = _rows("customer_relation", "customer_id = ? AND linked_id = ?", (keep_id, drop_id))
    # other cards' relations to the dropped card: to the kept card, once
    others = _rows("customer_relation", "linked_id = ? AND customer_id NOT IN (?, ?)",
                   (drop_id, keep_id, drop_id))
    have = {c for (c,) in _sql("SELECT customer_id FROM customer_relation WHERE linked_id = ?",
                               (keep_id,))}
    gone = [r for r in others if r["customer_id"] in have] + to_self
    relinked = [r for r in others if r["customer_id"] not in have]
    undo["saved"].setdefault("customer_relation", []).extend(gone + relinked)
    for row in gone:
        database.execute_sql("DELETE FROM customer_relation WHERE id = ?", (row["id"],))
    for row in relinked:
        database.execute_sql("UPDATE customer_relation SET linked_id = ?, name = ? WHERE id = ?",
                             (keep_id, keep_name, row["id"]))
    undo["touched"] = sorted({r["customer_id"] for r in others})
    return [f"fm:{i}" for i in left]


def _anniversaries(keep_id: int, drop_id: int, undo: dict) -> list[str]:
    kept = _rows("customer_anniversary", "customer_id = ?", (keep_id,))

    def same(a: dict, b: dict) -> bool:
        return (a["kind"], a["calendar"], a["month"], a["day"], bool(a["leap"])) == \
            (b["kind"], b["calendar"], b["month"], b["day"], bool(b["leap"])) and \
            (a["kind"] != "other" or _same_name(a["name"], b["name"]))

    moved, left = [], []
    for row in _rows("customer_anniversary", "customer_id = ?", (drop_id,)):
        (left if any(same(row, k) for k in kept) else moved).append(row["id"])
    _move("customer_anniversary", moved, drop_id, keep_id)
    undo["moved"]["customer_anniversary"] = moved
    return [f"fa:{i}" for i in left]


def _own_values(keep_id: int, drop_id: int, take: list[int], undo: dict) -> None:
    kept = {fid: (vid, value) for vid, fid, value in _sql(
        "SELECT id, field_id, value FROM custom_field_value WHERE customer_id = ?", (keep_id,))}
    moved = []
    for vid, fid, value in _sql("SELECT id, field_id, value FROM custom_field_value "
                                "WHERE customer_id = ? ORDER BY id", (drop_id,)):
        if fid not in kept:
            moved.append(vid)
        elif fid in take and kept[fid][1] != value:
            undo["saved"].setdefault("custom_field_value", []).extend(
                _rows("custom_field_value", "id = ?", (kept[fid][0],)))
            database.execute_sql("UPDATE custom_field_value SET value = ? WHERE id = ?",
                                 (value, kept[fid][0]))
    _move("custom_field_value", moved, drop_id, keep_id)
    undo["moved"]["custom_field_value"] = moved


def _members(keep_id: int, drop_id: int, undo: dict) -> None:
    check(keep_id, drop_id)
    if not _sql("SELECT 1 FROM member WHERE customer_id = ?", (keep_id,)):
        undo["moved"]["member"] = [i for (i,) in _sql(
            "SELECT id FROM member WHERE customer_id = ?", (drop_id,))]
        _move("member", undo["moved"]["member"], drop_id, keep_id)
    kept = _balances(keep_id)
    accounts = [aid for aid, kind, serial in _sql(
        "SELECT id, kind, serial FROM member_account WHERE customer_id = ? ORDER BY id",
        (drop_id,)) if serial is None or kind not in kept]
    entries = [i for part in range(0, len(accounts), 500) for (i,) in _sql(
        "SELECT id FROM member_entry WHERE customer_id = ? AND account_id IN "
        f"({','.join('?' * len(accounts[part:part + 500]))}) ORDER BY id",
        (drop_id, *accounts[part:part + 500]))]
    _move("member_account", accounts, drop_id, keep_id)
    _move("member_entry", entries, drop_id, keep_id)
    undo["moved"]["member_account"], undo["moved"]["member_entry"] = accounts, entries


def carry(keep_id: int, drop_id: int, keep_name: str, take_from_drop: list[str],
          moved_reminders: list[int]) -> dict[str, Any]:
    """Move what is around the dropped card to the kept card; returns the undo record.

    `moved_reminders` (the history move's reminder ids) loses the reminders that go back
    to the dropped card with a relation or day left there."""
    undo: dict[str, Any] = {"moved": {}, "saved": {}}
    take = [int(f[7:]) for f in take_from_drop if f.startswith("custom:")]
    _members(keep_id, drop_id, undo)  # first: it may refuse the merge
    left = _relations(keep_id, drop_id, keep_name, undo) + _anniversaries(keep_id, drop_id, undo)
    back = [i for part in range(0, len(left), 500) for (i,) in _sql(
        f"SELECT id FROM reminder WHERE customer_id = ? AND rule_key IN "
        f"({','.join('?' * len(left[part:part + 500]))})", (keep_id, *left[part:part + 500]))]
    _move("reminder", back, keep_id, drop_id)
    moved_reminders[:] = [i for i in moved_reminders if i not in set(back)]
    _own_values(keep_id, drop_id, take, undo)
    for table in ("attachment", "message_queue_item"):
        undo["moved"][table] = [i for (i,) in _sql(
            f"SELECT id FROM {table} WHERE customer_id = ? ORDER BY id", (drop_id,))]
        _move(table, undo["moved"][table], drop_id, keep_id)
    return undo


# ------------------------------------------------------------------ undoing

def put_back(keep_id: int, drop_id: int, undo: dict[str, Any] | None) -> list[int]:
    """Undo `carry`; returns the other customers whose relations changed (to re-index)."""
    if not undo:  # a merge made before these were carried
        return []
    for table in reversed(MOVED_TABLES):
        _move(table, undo["moved"].get(table, []), keep_id, drop_id)
    for table, rows in undo["saved"].items():
        for row in rows:
            database.execute_sql(f"DELETE FROM {table} WHERE id = ?", (row["id"],))
            columns = list(row)
            database.execute_sql(f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
                                 f"({', '.join('?' * len(columns))})",
                                 tuple(row[c] for c in columns))
    # the family rule's next run looks at what changed: the relations put back have
    changed = [row["id"] for row in undo["saved"].get("customer_relation", [])]
    for start in range(0, len(changed), 500):
        chunk = changed[start:start + 500]
        database.execute_sql(f"UPDATE customer_relation SET updated_at = ? WHERE id IN "
                             f"({','.join('?' * len(chunk))})", (clock.now_seconds(), *chunk))
    return list(undo.get("touched", []))
