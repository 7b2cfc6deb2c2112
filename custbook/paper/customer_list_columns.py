"""The printed customer list's columns: which there are, their names, widths and cells.

The same columns as the Customers page's table (`ui/customers/table_model.py`), by the
same keys: the fixed ones, the membership balances (`member_value`, `member_points`:
read for a page of customers in one query, as the table does) and the shop's own fields
("custom:<id>"). A page of rows becomes its cells here (`Cells`), so the layout in
`customer_list_pdf` only measures and draws text.
"""
from __future__ import annotations

from custbook import money
from custbook.customers import custom_fields, customer_list
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.membership import accounts

COLUMNS = ("name", "phone", "wechat", "tier", "tags", "last_visit", "next_reminder",
           "purchases", "spent", "member_value", "member_points")
MEMBERSHIP = ("member_value", "member_points")
WEIGHTS = {"name": 1.3, "phone": 1.35, "wechat": 1.2, "tier": 0.9, "tags": 2.0,
           "last_visit": 1.05, "next_reminder": 1.05, "purchases": 0.8, "spent": 1.1,
           "member_value": 1.1, "member_points": 0.8}
RIGHT = ("purchases", "spent", "member_value", "member_points")


def headers() -> dict[str, str]:
    """The column names, as the Customers page calls them."""
    return {
        "name": QT_TRANSLATE_NOOP("CustomerListPdf", "Name"),
        "phone": QT_TRANSLATE_NOOP("CustomerListPdf", "Phone"),
        "wechat": QT_TRANSLATE_NOOP("CustomerListPdf", "WeChat"),
        "tier": QT_TRANSLATE_NOOP("CustomerListPdf", "Tier"),
        "tags": QT_TRANSLATE_NOOP("CustomerListPdf", "Tags"),
        "last_visit": QT_TRANSLATE_NOOP("CustomerListPdf", "Last visit"),
        "next_reminder": QT_TRANSLATE_NOOP("CustomerListPdf", "Next reminder"),
        "purchases": QT_TRANSLATE_NOOP("CustomerListPdf", "Purchases"),
        "spent": QT_TRANSLATE_NOOP("CustomerListPdf", "Total spent"),
        "member_value": QT_TRANSLATE_NOOP("CustomerListPdf", "Stored value"),
        "member_points": QT_TRANSLATE_NOOP("CustomerListPdf", "Points"),
        "created": QT_TRANSLATE_NOOP("CustomerListPdf", "Date added"),
    }


def chosen(columns: list[str], own: dict[str, custom_fields.FieldDef]) -> list[str]:
    """The columns that can be printed, in the page's order, the name always among them."""
    found = [c for c in dict.fromkeys(columns) if c in COLUMNS or c in own]
    if "name" not in found:
        found.insert(0, "name")
    return found


def weight(column: str, own: dict[str, custom_fields.FieldDef]) -> float:
    """A column's share of the page's width."""
    return custom_fields.COLUMN_WEIGHTS[own[column].kind] if column in own else WEIGHTS[column]


def right_aligned(column: str, own: dict[str, custom_fields.FieldDef]) -> bool:
    """Numbers and money stand to the right, as in the table."""
    return column in RIGHT or (column in own and own[column].kind == "number")


class Cells:
    """The text of each cell of a page of rows, with what the page needs read at once."""

    def __init__(self, rows: list[customer_list.CustomerRow], columns: list[str],
                 own: dict[str, custom_fields.FieldDef]):
        ids = [r.id for r in rows]
        self.own = own
        self.currency = money.symbol()  # once a page: on a server each read is a query
        self.values = custom_fields.values_for(ids, [f.id for f in own.values()]) \
            if own and any(c in own for c in columns) else {}
        self.balances = accounts.balances_for(ids) if any(c in MEMBERSHIP for c in columns) \
            else {}

    def text(self, row: customer_list.CustomerRow, column: str) -> str:
        """What the table shows in this cell, as plain text."""
        if column in self.own:
            field = self.own[column]
            return custom_fields.display(field.kind, self.values.get(row.id, {}).get(field.id, ""))
        if column in MEMBERSHIP:
            value, points = self.balances.get(row.id, (0, 0))
            return money.format_cents(value, self.currency) if column == "member_value" else f"{points:,}"
        if column == "name":
            return row.name
        if column == "phone":
            return row.phone
        if column == "wechat":
            return row.wechat_id
        if column == "tier":
            return row.tier
        if column == "tags":
            return ", ".join(row.tags)
        if column == "last_visit":
            return row.last_visit_on.isoformat() if row.last_visit_on else ""
        if column == "next_reminder":
            return row.next_reminder_on.isoformat() if row.next_reminder_on else ""
        if column == "purchases":
            return f"{row.purchase_count:,}"
        if column == "spent":
            return money.format_cents(row.total_spent_cents, self.currency)
        raise ValueError(f"unknown column {column!r}")
