"""The shop's own fields: a salon's hair type, a tea shop's favourite tea, a tailor's measurements.

The owner defines fields (text, number, date, yes/no, a choice from a list) grouped
under a heading; every card then has them. A value is stored as canonical text in
`custom_field_value` (number "12.5", date "2026-11-22", yes/no "1"/"0", a choice as
written in the list), so one table serves every type and filters compare like with like.

Changing a field's type (or a choice list) is refused when stored values would no
longer fit, naming the customers and values, so nothing is silently lost.

Where they show: the card (`ui.customers.card_fields`), filters (`filter_sql`, used by
`custbook.customers.customer_query`), list columns (`values_for`), import/export
columns (`export_values` / `import_value`), the customer sheet (`sheet_rows`).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from peewee import JOIN

from custbook import changes
from custbook.customers import search
from custbook.errors import ValidationError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.models import Customer, CustomField, CustomFieldValue, database

KINDS = ("text", "number", "date", "bool", "choice")
OPS = ("is", "contains", "at_least", "at_most", "set", "empty")
_CHUNK = 500
_YES = {"1", "y", "yes", "true", "是", "有", "对", "√", "✓"}
_NO = {"0", "n", "no", "false", "否", "无", "不是", "×", "✗"}


def kind_names() -> dict[str, str]:
    return {"text": QT_TRANSLATE_NOOP("Fields", "Text"),
            "number": QT_TRANSLATE_NOOP("Fields", "Number"),
            "date": QT_TRANSLATE_NOOP("Fields", "Date"),
            "bool": QT_TRANSLATE_NOOP("Fields", "Yes/no"),
            "choice": QT_TRANSLATE_NOOP("Fields", "Choice from a list")}


@dataclass(frozen=True)
class FieldDef:
    id: int
    name: str
    kind: str
    choices: tuple[str, ...]
    heading: str
    sort_order: int
    in_list: bool


def _def(row: CustomField) -> FieldDef:
    return FieldDef(row.id, row.name, row.kind, _choices(row.choices), row.heading,
                    row.sort_order, bool(row.in_list))


def _choices(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(c.strip() for c in re.split(r"[\n,，;；、]", text or "")
                               if c.strip()))


def fields() -> list[FieldDef]:
    """Every field, in the order the card shows them (heading, then order)."""
    return [_def(r) for r in CustomField.select().order_by(CustomField.sort_order,
                                                           CustomField.id)]


def field(field_id: int) -> FieldDef | None:
    row = CustomField.get_or_none(CustomField.id == field_id)
    return _def(row) if row else None


def by_name(name: str) -> FieldDef | None:
    row = CustomField.get_or_none(CustomField.name == " ".join((name or "").split()))
    return _def(row) if row else None


def parse(kind: str, text: Any, choices: tuple[str, ...] = (), name: str = "") -> str:
    """A typed value as stored ("" for none), or ValidationError saying why it does not fit."""
    if text is None:
        return ""
    if kind == "bool" and isinstance(text, bool):
        return "1" if text else "0"
    if isinstance(text, (dt.date, dt.datetime)) and kind == "date":
        return (text.date() if isinstance(text, dt.datetime) else text).isoformat()
    raw = " ".join(str(text).split())
    if not raw:
        return ""
    field_key = f"custom:{name}"
    if kind == "text":
        return str(text).strip()
    if kind == "number":
        try:
            value = Decimal(raw.replace(",", "").replace("，", ""))
        except InvalidOperation:
            value = None
        if value is None or not value.is_finite():
            raise ValidationError(field_key, QT_TRANSLATE_NOOP(
                "Fields", "{field}: “{value}” is not a number.").format(field=name, value=raw))
        text = format(value.normalize(), "f")
        return text
    if kind == "date":
        cleaned = re.sub(r"[年月/.]", "-", raw).replace("日", "")
        try:
            return dt.date.fromisoformat("-".join(p.zfill(2) for p in cleaned.split("-"))
                                         ).isoformat()
        except ValueError:
            raise ValidationError(field_key, QT_TRANSLATE_NOOP(
                "Fields", "{field}: “{value}” is not a date (e.g. 2026-11-22).").format(
                    field=name, value=raw)) from None
    if kind == "bool":
        low = raw.casefold()
        if low in _YES:
            return "1"
        if low in _NO:
            return "0"
        raise ValidationError(field_key, QT_TRANSLATE_NOOP(
            "Fields", "{field}: “{value}” is not yes or no.").format(field=name, value=raw))
    if kind == "choice":
        if raw in choices:
            return raw
        folded = {c.casefold(): c for c in choices}
        if raw.casefold() in folded:
            return folded[raw.casefold()]
        raise ValidationError(field_key, QT_TRANSLATE_NOOP(
            "Fields", "{field}: “{value}” is not one of the choices ({choices}).").format(
                field=name, value=raw, choices="、".join(choices)))
    raise ValidationError(field_key, "kind")


def display(kind: str, stored: str) -> str:
    """A stored value as a card, a list or a sheet shows it."""
    if kind == "bool" and stored:
        return QT_TRANSLATE_NOOP("Fields", "Yes") if stored == "1" else QT_TRANSLATE_NOOP(
            "Fields", "No")
    return stored or ""


@changes.reports(changes.SETTINGS, changes.CUSTOMERS)
def save_field(data: dict[str, Any], field_id: int | None = None) -> FieldDef:
    """Add a field or change one; a new type or choice list must fit every stored value."""
    name = " ".join((data.get("name") or "").split())
    if not name:
        raise ValidationError("name", QT_TRANSLATE_NOOP("Fields", "Give the field a name."))
    kind = data.get("kind") or "text"
    if kind not in KINDS:
        raise ValidationError("kind", QT_TRANSLATE_NOOP("Fields", "Choose the kind of field."))
    choices = _choices(data.get("choices") if isinstance(data.get("choices"), str)
                       else "\n".join(data.get("choices") or ()))
    if kind == "choice" and not choices:
        raise ValidationError("choices", QT_TRANSLATE_NOOP(
            "Fields", "List the choices, one per line."))
    with database.atomic():
        clash = CustomField.get_or_none((CustomField.name == name)
                                        & (CustomField.id != (field_id or 0)))
        if clash is not None:
            raise ValidationError("name", QT_TRANSLATE_NOOP(
                "Fields", "There is already a field called {name}.").format(name=name))
        values = dict(name=name, kind=kind, choices="\n".join(choices),
                      heading=" ".join((data.get("heading") or "").split())[:60])
        if "in_list" in data:
            values["in_list"] = bool(data["in_list"])
        if "sort_order" in data:
            values["sort_order"] = int(data["sort_order"])
        if field_id is None:
            values.setdefault("sort_order", (CustomField.select().count() + 1) * 10)
            row = CustomField.create(**values)
        else:
            row = CustomField.get_by_id(field_id)
            _convert_values(row, kind, choices, name)
            for key, value in values.items():
                setattr(row, key, value)
            row.save()
    return _def(row)


def _convert_values(row: CustomField, kind: str, choices: tuple[str, ...], name: str) -> None:
    """Re-check stored values under a new type; refuse, naming them, when some do not fit."""
    if kind == row.kind and (kind != "choice" or set(_choices(row.choices)) <= set(choices)):
        return
    bad: list[str] = []
    changed: list[tuple[int, str]] = []
    query = (CustomFieldValue.select(CustomFieldValue.id, CustomFieldValue.value, Customer.name)
             .join(Customer, JOIN.INNER, on=(Customer.id == CustomFieldValue.customer))
             .where(CustomFieldValue.field == row.id).order_by(Customer.name))
    for vid, value, customer in query.tuples():
        source = display(row.kind, value) if row.kind == "bool" and kind == "text" else value
        try:
            new = parse(kind, source, choices, name)
        except ValidationError:
            bad.append(f"{customer}: {display(row.kind, value)}")
            continue
        if new != value:
            changed.append((vid, new))
    if bad:
        shown = "；".join(bad[:5]) + (" …" if len(bad) > 5 else "")
        raise ValidationError("kind", QT_TRANSLATE_NOOP(
            "Fields", "{n} values do not fit the new type: {values}. Change or clear them "
                      "first.").format(n=len(bad), values=shown))
    for vid, new in changed:
        CustomFieldValue.update(value=new).where(CustomFieldValue.id == vid).execute()


@changes.reports(changes.SETTINGS, changes.CUSTOMERS)
def delete_field(field_id: int) -> None:
    with database.atomic():
        had = [c for (c,) in CustomFieldValue.select(CustomFieldValue.customer)
               .where(CustomFieldValue.field == field_id).tuples()]
        CustomField.delete().where(CustomField.id == field_id).execute()
        search.index_customers(had)


def values_of(customer_id: int) -> dict[int, str]:
    """A customer's stored values by field id."""
    return {fid: value for fid, value in CustomFieldValue.select(
        CustomFieldValue.field, CustomFieldValue.value)
        .where(CustomFieldValue.customer == customer_id).tuples()}


@changes.reports(changes.CUSTOMERS)
def set_values(customer_id: int, typed: dict[int, Any]) -> dict[int, str]:
    """Check and store a customer's values (by field id); "" clears. All or nothing."""
    defs = {f.id: f for f in fields()}
    clean = {}
    for fid, text in typed.items():
        f = defs.get(int(fid))
        if f is None:
            continue
        clean[f.id] = parse(f.kind, text, f.choices, f.name)
    with database.atomic():
        for fid, value in clean.items():
            if value == "":
                CustomFieldValue.delete().where((CustomFieldValue.customer == customer_id)
                                                & (CustomFieldValue.field == fid)).execute()
                continue
            (CustomFieldValue.insert(customer=customer_id, field=fid, value=value)
             .on_conflict(conflict_target=[CustomFieldValue.customer, CustomFieldValue.field],
                          update={CustomFieldValue.value: value}).execute())
        search.index_customers([customer_id])  # text values are part of the search keys
    return clean


def restore_values(customer_id: int, before: dict[int, str], field_ids: list[int]) -> list[int]:
    """Put back a customer's values of these fields as `before` had them (absent: none), as
    an import's undo does. A value that no longer fits its field (the field's type changed
    since) stays as it is now; returns the ids of those fields."""
    defs = {f.id: f for f in fields()}
    clean, kept = {}, []
    for fid in dict.fromkeys(int(f) for f in field_ids):
        f = defs.get(fid)
        if f is None:
            continue
        try:
            clean[fid] = parse(f.kind, before.get(fid, ""), f.choices, f.name)
        except ValidationError:
            kept.append(fid)
    if clean:
        set_values(customer_id, clean)
    return kept


# How wide a list column of each kind is, beside the built-in columns (about 1): a text
# gets room to wrap, a yes/no or a number a narrow column (the printed list).
COLUMN_WEIGHTS = {"text": 1.6, "choice": 1.1, "number": 0.8, "date": 1.05, "bool": 0.6}


def in_columns(columns: list[str]) -> dict[str, FieldDef]:
    """The fields among a list's columns ("custom:<id>", as the Customers page names them),
    by column key; a field deleted meanwhile is left out."""
    wanted = {c for c in columns if c.startswith("custom:")}
    if not wanted:
        return {}
    return {key: f for f in fields() if (key := f"custom:{f.id}") in wanted}


def values_for(customer_ids: list[int], field_ids: list[int] | None = None
               ) -> dict[int, dict[int, str]]:
    """Stored values of many customers (list columns, export), read in chunks."""
    out: dict[int, dict[int, str]] = {}
    for start in range(0, len(customer_ids), _CHUNK):
        query = CustomFieldValue.select(CustomFieldValue.customer, CustomFieldValue.field,
                                        CustomFieldValue.value).where(
            CustomFieldValue.customer.in_(customer_ids[start:start + _CHUNK]))
        if field_ids is not None:
            query = query.where(CustomFieldValue.field.in_(field_ids))
        for cid, fid, value in query.tuples():
            out.setdefault(cid, {})[fid] = value
    return out


def filter_sql(field_id: int, op: str, value: Any = "") -> tuple[str, list]:
    """One condition on `customer c` for a filter on a custom field.

    is / contains (text, choice), at_least / at_most (number, date: compared as numbers or
    ISO dates), set / empty.
    """
    f = field(field_id)
    if f is None or op not in OPS:
        raise ValidationError("filter", QT_TRANSLATE_NOOP("Fields", "Choose a field to filter by."))
    base = "SELECT customer_id FROM custom_field_value WHERE field_id = ?"
    if op == "set":
        return f"c.id IN ({base})", [f.id]
    if op == "empty":
        return f"c.id NOT IN ({base})", [f.id]
    if op == "contains":
        return (f"c.id IN ({base} AND lower(value) LIKE ?)",
                [f.id, "%" + str(value).strip().lower().replace("%", r"\%") + "%"])
    stored = parse(f.kind, value, f.choices, f.name)
    if op == "is":
        return f"c.id IN ({base} AND value = ?)", [f.id, stored]
    compare = ">=" if op == "at_least" else "<="
    if f.kind == "number":
        return (f"c.id IN ({base} AND CAST(value AS NUMERIC) {compare} ?)",
                [f.id, float(Decimal(stored))])
    return f"c.id IN ({base} AND value {compare} ?)", [f.id, stored]


def matching_ids(field_id: int, op: str, value: Any = "") -> list[int]:
    """The customers (not in the trash) a filter on a custom field keeps."""
    condition, params = filter_sql(field_id, op, value)
    sql = f'SELECT c.id FROM "customer" c WHERE c.deleted_at IS NULL AND {condition} ORDER BY c.id'
    return [r[0] for r in database.execute_sql(sql.replace("?", database.param), params).fetchall()]


# ------------------------------------------------------------------ import, export, sheet

def export_values(customer_ids: list[int]) -> tuple[list[str], dict[int, list[str]]]:
    """The custom fields as export columns: (headers, {customer id: cells})."""
    defs = fields()
    stored = values_for(customer_ids)
    return ([f.name for f in defs],
            {cid: [display(f.kind, stored.get(cid, {}).get(f.id, "")) for f in defs]
             for cid in customer_ids})


def import_value(column: str, text: Any) -> tuple[int, str] | None:
    """A cell of an imported column named like a custom field: (field id, stored value);
    None when no field has that name. Raises ValidationError when the value does not fit."""
    f = by_name(column)
    if f is None:
        return None
    return f.id, parse(f.kind, text, f.choices, f.name)


def sheet_rows(customer_id: int) -> list[tuple[str, list[tuple[str, str]]]]:
    """(heading, [(field, value)]) for the customer sheet, headings in card order, empty
    left out."""
    stored = values_of(customer_id)
    groups: dict[str, list[tuple[str, str]]] = {}
    for f in fields():
        if stored.get(f.id):
            groups.setdefault(f.heading, []).append((f.name, display(f.kind, stored[f.id])))
    return list(groups.items())
