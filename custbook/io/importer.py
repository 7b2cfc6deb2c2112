"""Importing a customer list: read, plan (the dry run), apply in one transaction, undo.

`read_file` turns a CSV, XLSX or vCard file into Contacts (see table_read, vcard_read,
field_map). `make_plan` decides, row by row, what would happen — new, update,
duplicate (skipped) or invalid, with the row number and reason — without writing.
`apply_plan` carries it out through `custbook.customers.save_customer` inside ONE
transaction, so a failure leaves the book as it was, and records an ImportBatch so
`undo_import` can remove the customers it created and restore the fields, phones and
tags of the ones it updated.

A phone number that cannot be read (a word, a short extension) does not reject the
whole row: it is kept in the card's notes and listed as a warning, so nothing is lost.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from custbook import customers, phones, search, settings
from custbook.customer_labels import PHOTO_MAX_BYTES, PHOTO_TYPES
from custbook.errors import CustbookError, ValidationError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.io import field_map, table_read, vcard_read
from custbook.io.table_read import ReadError
from custbook.models import Customer, ImportBatch, Tier, database

ON_DUPLICATE = ("skip", "update", "create")
_GENDERS = {"男": "male", "male": "male", "m": "male", "女": "female", "female": "female",
            "f": "female"}


@dataclass
class PlanRow:
    """What the import will do with one record of the file."""

    number: int                 # row number in the file (CSV/XLSX) or card number (vCard)
    action: str                 # "new", "update", "duplicate", "invalid"
    name: str
    reason: str = ""            # why invalid or duplicate
    warnings: list[str] = field(default_factory=list)
    customer_id: int | None = None  # the existing customer (update / duplicate)
    data: dict[str, Any] = field(default_factory=dict)
    phones: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    photo: tuple[bytes, str] | None = None


@dataclass
class Plan:
    """The dry run of an import: one PlanRow per record, and the counts by action."""

    file_name: str
    rows: list[PlanRow]

    def count(self, action: str) -> int:
        """How many rows have this action."""
        return sum(1 for r in self.rows if r.action == action)

    def invalid(self) -> list[PlanRow]:
        """The rows that will not be imported because they are wrong."""
        return [r for r in self.rows if r.action == "invalid"]


@dataclass(frozen=True)
class ImportResult:
    """What an import did: its batch (for undo) and how many customers it created and updated."""

    batch_id: int
    created: int
    updated: int


# ------------------------------------------------------------------ reading

def read_file(path: str | Path, mapping: dict[int, str] | None = None,
              day_first: bool | None = None, sheet: int = 0
              ) -> tuple[list[vcard_read.Contact], int]:
    """The contacts of a file and the number of its first record (2 for a header row)."""
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if suffix == ".xlsx":
            table = table_read.read_xlsx(path, sheet)
        else:
            data = table_read._read_bytes(path)
            if suffix in (".vcf", ".vcard") or vcard_read.looks_like_vcard(data):
                contacts = vcard_read.read_vcards(data)
                if not contacts:
                    raise ReadError(QT_TRANSLATE_NOOP("Import", "The file has no vCard in it."))
                return contacts, 1
            if suffix not in (".csv", ".txt", ".tsv", ""):
                raise ReadError(QT_TRANSLATE_NOOP(
                    "Import", "Custbook imports CSV, Excel (.xlsx) and vCard (.vcf) files, "
                              "not “{suffix}” files.").format(suffix=suffix))
            table = table_read.read_csv(path)
    except (ValueError, IndexError, UnicodeError) as exc:  # damaged beyond the readers' checks
        raise ReadError(QT_TRANSLATE_NOOP("Import", "The file is damaged: {reason}").format(
            reason=exc)) from None
    mapping = field_map.auto_mapping(table.headers) if mapping is None else mapping
    if not any(f in ("name", "given_name", "family_name") for f in mapping.values()):
        raise ReadError(QT_TRANSLATE_NOOP(
            "Import", "No column holds the customers' names (e.g. “姓名” or “Name”)."))
    return field_map.contacts_from_table(table, mapping, day_first), table.first_row_number


# ------------------------------------------------------------------ planning

def _row_data(contact: vcard_read.Contact) -> tuple[dict[str, Any], list[str], list[str]]:
    data: dict[str, Any] = {"name": " ".join(contact.name.split())}
    if contact.email:
        data["email"] = contact.email
    if contact.address:
        data["address"] = contact.address
    if contact.note:
        data["description"] = contact.note
    if contact.birthday:
        calendar, month, day, year, leap = contact.birthday
        data.update(birthday_calendar=calendar, birthday_month=month, birthday_day=day,
                    birth_year=year if year and 1900 <= year <= dt.date.today().year else None,
                    birthday_leap=leap)
    extra = contact.extra
    if extra.get("wechat_id"):
        data["wechat_id"] = extra["wechat_id"]
    if extra.get("occupation"):
        data["occupation"] = extra["occupation"]
    gender = _GENDERS.get(extra.get("gender", "").strip().lower())
    if gender:
        data["gender"] = gender
    tags = [t.strip() for t in re.split(r"[,;，；]|:::", extra.get("tags", "")) if t.strip()]
    return data, tags, [extra["tier"]] if extra.get("tier") else []


def _plan_row(number: int, contact: vcard_read.Contact, on_duplicate: str,
              seen: dict[str, int], region: str) -> PlanRow:
    data, tags, tier = _row_data(contact)
    row = PlanRow(number, "new", data["name"], warnings=list(contact.problems), data=data,
                  tags=tags, photo=contact.photo)
    if not data["name"]:
        row.action, row.reason = "invalid", QT_TRANSLATE_NOOP("Import", "There is no name.")
        return row
    kept_notes = []
    for text in contact.phones:
        try:
            phone = phones.normalise(text, region)
        except ValidationError as exc:
            row.warnings.append(exc.message)
            kept_notes.append(QT_TRANSLATE_NOOP("Import", "Phone: {number}").format(number=text))
            continue
        if phone.number not in row.phones:
            row.phones.append(phone.number)
    if kept_notes:
        data["description"] = "\n".join(filter(None, [data.get("description", "")] + kept_notes))
    if tier:
        found = Tier.get_or_none(Tier.name == tier[0])
        if found is None:
            row.warnings.append(QT_TRANSLATE_NOOP(
                "Import", "There is no member tier “{tier}”; the tier was left out.").format(
                    tier=tier[0]))
        else:
            data["tier"] = found.id
    if row.photo is not None and (row.photo[1] not in PHOTO_TYPES
                                  or len(row.photo[0]) > PHOTO_MAX_BYTES):
        row.warnings.append(QT_TRANSLATE_NOOP(
            "Import", "The photo is not a JPEG, PNG or WebP image under 2 MB and was left out."))
        row.photo = None
    try:
        customers.validate(data, row.phones)
    except ValidationError as exc:
        row.action, row.reason = "invalid", f"{exc.field}: {exc.message}"
        return row
    earlier = next((seen[p] for p in row.phones if p in seen), None)
    if earlier is not None and on_duplicate != "create":
        row.action = "duplicate"
        row.reason = QT_TRANSLATE_NOOP("Import", "Same phone number as row {row}.").format(
            row=earlier)
        return row
    for p in row.phones:
        seen[p] = number
    hits = [h for h in customers.possible_duplicates(data["name"], row.phones) if h.same_phone]
    if hits and on_duplicate != "create":
        row.customer_id = hits[0].customer_id
        row.reason = hits[0].reason
        row.action = "update" if on_duplicate == "update" else "duplicate"
    return row


def make_plan(contacts: list[vcard_read.Contact], on_duplicate: str = "skip",
              first_number: int = 1, file_name: str = "") -> Plan:
    """The dry run: what importing these contacts would do, row by row (nothing is written)."""
    if on_duplicate not in ON_DUPLICATE:
        raise CustbookError(f"on_duplicate must be one of {ON_DUPLICATE}")
    seen: dict[str, int] = {}
    region = settings.get("phone_region")
    rows = [_plan_row(first_number + i, c, on_duplicate, seen, region)
            for i, c in enumerate(contacts)]
    return Plan(file_name, rows)


def plan_file(path: str | Path, on_duplicate: str = "skip", **read_options: Any) -> Plan:
    """Read a file and make its plan."""
    contacts, first = read_file(path, **read_options)
    return make_plan(contacts, on_duplicate, first, Path(path).name)


# ------------------------------------------------------------------ applying and undoing

def _snapshot(customer_id: int) -> dict[str, Any]:
    card = customers.get_card(customer_id)
    fields = {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in card.fields.items()}
    return {"fields": fields, "phones": [p.number for p in card.phones], "tags": card.tags,
            "had_photo": card.has_photo}


def apply_plan(plan: Plan) -> ImportResult:
    """Import the plan's new and updated rows in one transaction, recorded for undo."""
    created: list[int] = []
    previous: dict[str, Any] = {}
    with database.atomic():
        for row in plan.rows:
            if row.action == "new":
                customer = customers.save_customer(row.data, row.phones,
                                                   tags=row.tags or None)
                created.append(customer.id)
                if row.photo:
                    customers.set_photo(customer.id, *row.photo)
            elif row.action == "update" and row.customer_id is not None:
                before = _snapshot(row.customer_id)
                previous.setdefault(str(row.customer_id), before)
                merged = {k: v for k, v in row.data.items() if v not in (None, "")}
                phone_list = before["phones"] + [p for p in row.phones
                                                 if p not in before["phones"]]
                tags = sorted(set(before["tags"]) | set(row.tags)) if row.tags else None
                customers.save_customer(merged, phone_list, customer_id=row.customer_id,
                                        tags=tags)
                if row.photo and customers.photo_of(row.customer_id) is None:
                    customers.set_photo(row.customer_id, *row.photo)
        search.index_customers(created + [int(k) for k in previous])
        batch = ImportBatch.create(file_name=plan.file_name[:260], created_count=len(created),
                                   updated_count=len(previous), created_ids=json.dumps(created),
                                   previous=json.dumps(previous))
    return ImportResult(batch.id, len(created), len(previous))


def import_file(path: str | Path, on_duplicate: str = "skip", **read_options: Any
                ) -> tuple[Plan, ImportResult]:
    """Read, plan and apply a file in one go (the CLI's `import`)."""
    plan = plan_file(path, on_duplicate, **read_options)
    return plan, apply_plan(plan)


def undo_import(batch_id: int) -> int:
    """Undo an import: remove the customers it created, restore those it updated; returns both."""
    with database.atomic():
        batch = ImportBatch.get_or_none(ImportBatch.id == batch_id)
        if batch is None or batch.undone_at is not None:
            raise CustbookError(QT_TRANSLATE_NOOP(
                "Import", "This import was already undone or no longer exists."))
        created = json.loads(batch.created_ids)
        for start in range(0, len(created), 500):
            Customer.delete().where(Customer.id.in_(created[start:start + 500])).execute()
        previous = json.loads(batch.previous)
        for cid, before in previous.items():
            if Customer.get_or_none(Customer.id == int(cid)) is None:
                continue
            fields = {k: v for k, v in before["fields"].items()}
            customers.save_customer(fields, before["phones"], customer_id=int(cid),
                                    tags=before["tags"])
            if not before["had_photo"]:
                customers.clear_photo(int(cid))
        search.index_customers(int(c) for c in previous)
        batch.undone_at = dt.datetime.now().replace(microsecond=0)
        batch.save()
    return len(created) + len(previous)


def recent_imports(limit: int = 20) -> list[ImportBatch]:
    """The latest imports, newest first (for the Undo list)."""
    return list(ImportBatch.select().order_by(ImportBatch.id.desc()).limit(limit))
