"""The customer list: counting and paging through customers, searched, filtered and sorted.

The Customers page never loads all customers: it asks for the count, then for pages
of ~100 rows as the user scrolls. Both go through here so that the table, the card
grid, the CLI `search` and the referred-by picker all see the same rows in the same
order. A page is found in two steps — first the ids of the page (through the search
index when there is text, see `custbook.customers.search`), then the rows for just those ids —
so what a row shows (phone, tags, next reminder) never slows the search down.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from custbook.customers import search
from custbook.sql_dialect import no_index
from custbook.customers.customer_query import SORTS, CustomerQuery, filter_sql
from custbook.models import database
from custbook.shop import words

# Sortable columns of the list, by key (ties broken by id).
SORT_KEYS = {
    "name": "c.name",
    "last_visit": "c.last_visit_on",
    "purchases": "c.purchase_count",
    "spent": "c.total_spent_cents",
    "created": "c.created_at",
}
_JOIN_CUSTOMER = "JOIN customer c ON c.id = s.customer_id"


@dataclass(frozen=True)
class CustomerRow:
    """One customer as the list, the card grid and the pickers show it."""

    id: int
    name: str
    phone: str
    tier: str
    last_visit_on: dt.date | None
    purchase_count: int
    total_spent_cents: int
    tags: tuple[str, ...] = ()
    next_reminder_on: dt.date | None = None
    has_photo: bool = False
    wechat_id: str = ""


def _rows(sql: str, params: tuple) -> list[tuple]:
    return database.execute_sql(sql, params).fetchall()


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _marks(values) -> str:
    return ",".join("?" * len(values))


def rows_for(ids: list[int]) -> list[CustomerRow]:
    """The list rows of these customers, in the order given."""
    if not ids:
        return []
    marks = _marks(ids)
    base = {r[0]: r for r in _rows(
        "SELECT c.id, c.name, (SELECT p.number FROM customer_phone p WHERE p.customer_id = c.id "
        "ORDER BY p.is_primary DESC, p.id LIMIT 1), COALESCE(t.name, ''), c.last_visit_on, "
        "c.purchase_count, c.total_spent_cents, c.wechat_id, "
        "EXISTS (SELECT 1 FROM customer_photo f WHERE f.customer_id = c.id) "
        f"FROM customer c LEFT JOIN tier t ON t.id = c.tier_id WHERE c.id IN ({marks})",
        tuple(ids))}
    tags: dict[int, list[str]] = {}
    for cid, name in _rows(f"SELECT ct.customer_id, t.name FROM customer_tag ct JOIN tag t "
                           f"ON t.id = ct.tag_id WHERE ct.customer_id IN ({marks}) "
                           f"ORDER BY t.name", tuple(ids)):
        tags.setdefault(cid, []).append(name)
    reminders = dict(_rows(f"SELECT customer_id, min(next_on) FROM reminder WHERE customer_id "
                           f"IN ({marks}) AND next_on IS NOT NULL GROUP BY customer_id",
                           tuple(ids)))
    # start-up: the phone numbers' library (18-20 ms, -X importtime) with the first rows
    # shown, not when the day's first start asks how big the book is
    from custbook.customers import phones

    out = []
    tier_names = words.tier_labels()
    for cid in ids:
        r = base.get(cid)
        if r is None:
            continue
        out.append(CustomerRow(
            r[0], r[1], phones.format_for_display(r[2]) if r[2] else "", tier_names.get(r[3], r[3]),
            _date(r[4]),
            r[5], r[6], tuple(tags.get(cid, ())), _date(reminders.get(cid)), bool(r[8]),
            r[7] or ""))
    return out


def _trash_sql(query: CustomerQuery) -> str:
    # `+`: nearly every customer is out of the trash, so never look them up by that index
    return "c.deleted_at IS NOT NULL" if query.in_trash else f"{no_index('c.deleted_at')} IS NULL"


def _order_sql(sort: str, descending: bool) -> str:
    column = SORT_KEYS[sort]
    # (customers never seen sort as the longest ago: first going up, last going down)
    direction = "DESC" if descending else "ASC"
    return f"{column} {direction}, c.id {direction}"


def _resolve(sort: str, descending: bool, query: CustomerQuery | None
             ) -> tuple[CustomerQuery, str, bool]:
    if query is None:
        query = CustomerQuery(sort=sort, descending=descending)
    sort, descending = query.sort, query.descending
    if sort not in SORTS:
        raise ValueError(f"unknown sort {sort!r}")
    return query, sort, descending


def page_ids(offset: int, limit: int, query: CustomerQuery, sort: str,
             descending: bool) -> list[int]:
    """The ids of one page of the list for a query, in list order."""
    filters, fparams = filter_sql(query)
    match = search.matching_ids_sql(query.text) if query.text.strip() else None
    if match is not None:
        search.heal()
        if sort == "relevance":
            join = _JOIN_CUSTOMER if query.has_filters() else ""
            return search.ranked_ids(match, join, filters, fparams, query.in_trash,
                                     offset, limit)
        where = (f"{_trash_sql(query)} AND {filters} AND c.id IN "
                 f"(SELECT s.customer_id FROM customer_search s WHERE {match.where})")
        params = fparams + match.params
    else:
        where, params = f"{_trash_sql(query)} AND {filters}", fparams
    if sort == "relevance":  # without text: the customers seen most recently first
        order = "c.last_visit_on DESC, c.id DESC"
    else:
        order = _order_sql(sort, descending)
    return [r[0] for r in _rows(f"SELECT c.id FROM customer c WHERE {where} ORDER BY {order} "
                                f"LIMIT ? OFFSET ?", params + (limit, offset))]


def list_customers(offset: int, limit: int, sort: str = "name", descending: bool = False,
                   query: CustomerQuery | None = None) -> list[CustomerRow]:
    """A page of the customer list (`query.sort`/`descending` win when a query is given)."""
    query, sort, descending = _resolve(sort, descending, query)
    return rows_for(page_ids(offset, limit, query, sort, descending))


def count_customers(query: CustomerQuery | None = None) -> int:
    """How many customers the list has for a query (default: the whole book, no trash)."""
    query = query or CustomerQuery()
    filters, fparams = filter_sql(query)
    match = search.matching_ids_sql(query.text) if query.text.strip() else None
    if match is None:
        trash = "c.deleted_at IS NOT NULL" if query.in_trash else "c.deleted_at IS NULL"
        sql = f"SELECT count(*) FROM customer c WHERE {trash} AND {filters}"
        return search.memo(("count", sql, fparams),
                           lambda: _rows(sql, fparams)[0][0])
    search.heal()
    join = _JOIN_CUSTOMER if query.has_filters() else ""
    return search.count_matches(match, join, filters, fparams, query.in_trash)


def count_customers_up_to(limit: int) -> int:
    """How many customers the book holds (not in the trash), counted no further than
    `limit`: as quick on a million customers as on `limit` ("is the book a big one?")."""
    return _rows("SELECT count(*) FROM (SELECT 1 FROM customer c WHERE c.deleted_at IS NULL "
                 "LIMIT ?) AS capped", (limit,))[0][0]


def search_customers(text: str, limit: int = 50) -> list[CustomerRow]:
    """Customers matching `text`, best first: the same search as the Customers page."""
    return list_customers(0, limit, "relevance", query=CustomerQuery(text=text))


def pick_customers(text: str, limit: int = 20, exclude_id: int | None = None
                   ) -> list[CustomerRow]:
    """Customers to choose from (e.g. who referred this one): best matches, not in the trash."""
    query = CustomerQuery(text=text)
    ids = [i for i in page_ids(0, limit + 1, query, "relevance", False) if i != exclude_id]
    return rows_for(ids[:limit])
