"""Every member with their balances, for `cards` and exports: streamed in batches.

A member is a customer (not in the trash) with a card number or any balance row.
Names, phones and tiers come from the customer list's own rows
(custbook.customers.customer_list.rows_for), the balances from the balance rows: no
ledger is summed.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from custbook.customers import customer_list
from custbook.membership import ledger
from custbook.models import database
from custbook.sql_dialect import as_date

BATCH = 500


@dataclass(frozen=True)
class MemberRow:
    customer_id: int
    number: str
    name: str
    phone: str
    tier: str
    points: int
    value_cents: int
    cards: tuple[tuple[str, int, dt.date | None], ...]  # (name, visits left, expires_on)


def member_ids() -> list[int]:
    rows = database.execute_sql(
        "SELECT c.id FROM customer c WHERE c.deleted_at IS NULL AND ("
        " EXISTS (SELECT 1 FROM member m WHERE m.customer_id = c.id) OR"
        " EXISTS (SELECT 1 FROM member_account a WHERE a.customer_id = c.id)) "
        "ORDER BY c.id").fetchall()
    return [r[0] for r in rows]


def members(today: dt.date) -> Iterator[MemberRow]:
    ids = member_ids()
    for start in range(0, len(ids), BATCH):
        chunk = ids[start:start + BATCH]
        marks = ",".join("?" * len(chunk))
        numbers = dict(database.execute_sql(
            f"SELECT customer_id, number FROM member WHERE customer_id IN ({marks})",
            tuple(chunk)).fetchall())
        values: dict[int, int] = {}
        points: dict[int, int] = {}
        cards: dict[int, list] = {}
        for cid, kind, name, balance, expires in database.execute_sql(
                f"SELECT customer_id, kind, name, balance, expires_on FROM member_account "
                f"WHERE customer_id IN ({marks}) ORDER BY id", tuple(chunk)).fetchall():
            if kind == ledger.VALUE:
                values[cid] = int(balance)
            elif kind == ledger.POINTS:
                points[cid] = int(balance)
            else:
                day = as_date(expires)
                if balance > 0 and (day is None or day >= today):
                    cards.setdefault(cid, []).append((name, int(balance), day))
        for row in customer_list.rows_for(chunk):
            yield MemberRow(row.id, numbers.get(row.id, ""), row.name, row.phone, row.tier,
                            points.get(row.id, 0), values.get(row.id, 0),
                            tuple(cards.get(row.id, ())))
