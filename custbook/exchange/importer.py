"""Importing a customer list: read, plan (the dry run), apply in one transaction, undo.

`read_file` (custbook.exchange.import_read) turns a CSV, XLSX or vCard file into
Contacts. `make_plan` decides, row by row, what would happen — new, update,
duplicate (skipped) or invalid, with the row number and reason — without writing.
`apply_plan` carries it out inside ONE transaction, so a failure or a cancel leaves
the book as it was, and records an ImportBatch so `undo_import` can remove the
customers it created and restore the fields, phones and tags of the ones it updated.

Speed (100,000 rows; figures in docs/benchmarks.md): the dry run looks up the book's
phone numbers once per 500 rows of the file, not per row; new customers are checked
by `customers.prepare` (the card's own rules) and written with a few executemany
calls (customers, phones, tags, audit entries) and indexed for search in one go.
Updated customers, usually few, go through `customers.save_customer` one by one.

A phone number that cannot be read (a word, a short extension) does not reject the
whole row: it is kept in the card's notes and listed as a warning, so nothing is lost.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from peewee import SqliteDatabase

from custbook import changes, clock, settings
from custbook.customers import custom_fields, customers, phones, search
from custbook.safety import audit
from custbook.exchange.bulk_rows import RowBuffer
from custbook.customers.customer_labels import PHOTO_MAX_BYTES, PHOTO_TYPES, clean_tag_name, tag_named
from custbook.errors import Cancelled, CustbookError, ValidationError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.exchange import vcard_read
from custbook.exchange.choices import ON_DUPLICATE  # the grammar reads it without us
from custbook.exchange.import_read import read_file, row_data  # noqa: F401 - read_file re-exported
from custbook.models import (
    AuditEntry,
    Customer,
    CustomerPhone,
    CustomerTag,
    CustomFieldValue,
    ImportBatch,
    Tier,
    database,
)
from custbook.shop import words

PROGRESS_STEP = 500  # rows between two progress(done, total) calls
_CHUNK = 500  # rows per statement or executemany (under SQLite's parameter limit)
# Every customer column a card (or an import) can set, in the model's order.
_CUSTOMER_COLUMNS = tuple(f.name for f in Customer._meta.sorted_fields
                          if f.name in customers.EDITABLE_FIELDS)
Progress = Callable[[int, int], Any]
# region -> {E.164 number: Phone} of the last dry run. Normalising is a pure function
# of (text, region) and the slowest check of a row (~26 µs): the import reuses the dry
# run's results instead of parsing 100,000 numbers again. Emptied by the next plan
# and after an import.
_known: dict[str, dict[str, phones.Phone]] = {}


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
    own: dict[int, str] = field(default_factory=dict)  # the shop's own fields, checked values


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


# ------------------------------------------------------------------ planning

def _plan_row(number: int, contact: vcard_read.Contact, on_duplicate: str,
              seen: dict[str, tuple[int, str]], region: str, tiers: dict[str, int],
              known: dict[str, phones.Phone]) -> PlanRow:
    data, tags, tier = row_data(contact)
    row = PlanRow(number, "new", data["name"], warnings=list(contact.problems), data=data,
                  tags=tags, photo=contact.photo,
                  own={int(k[7:]): v for k, v in contact.extra.items() if k.startswith("custom:")})
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
            known[phone.number] = phone
    if kept_notes:
        data["description"] = "\n".join(filter(None, [data.get("description", "")] + kept_notes))
    if tier:
        found = next((tiers[k] for k in (tier[0], " ".join(tier[0].split()).lower())
                      if k in tiers), None)
        if found is None:
            row.warnings.append(QT_TRANSLATE_NOOP(
                "Import", "There is no member tier “{tier}”; the tier was left out.").format(
                    tier=tier[0]))
        else:
            data["tier"] = found
    if row.photo is not None and (row.photo[1] not in PHOTO_TYPES or not row.photo[0]
                                  or len(row.photo[0]) > PHOTO_MAX_BYTES):
        row.warnings.append(QT_TRANSLATE_NOOP(
            "Import", "The photo is not a JPEG, PNG or WebP image under 2 MB and was left out."))
        row.photo = None
    if not _keep_valid_fields(row, data, region):
        return row
    for tag in list(tags):
        try:
            clean_tag_name(tag)
        except ValidationError as exc:
            tags.remove(tag)
            row.warnings.append(exc.message)
    earlier = next((seen[p] for p in row.phones if p in seen), None)
    if earlier is not None and on_duplicate != "create":
        row.action = "duplicate"
        row.reason = QT_TRANSLATE_NOOP(
            "Import", "Same phone number as row {row} ({name}).").format(
                row=earlier[0], name=earlier[1])
        return row
    for p in row.phones:
        seen[p] = (number, data["name"])
    return row


def _keep_valid_fields(row: PlanRow, data: dict[str, Any], region: str) -> bool:
    """One rule for every field, as for phones: a wrong value is left out (kept in the
    notes when it is text) and reported; only a row without a usable name is invalid."""
    # The phones were checked one by one before, by the rule validate applies to them.
    for _ in range(len(data) + 1):
        try:
            customers.validate(data, [], region=region)
            return True
        except ValidationError as exc:
            if exc.field == "birthday" or exc.field.startswith("birth"):
                for key in [k for k in data if k.startswith("birth")]:
                    data.pop(key)
                row.warnings.append(QT_TRANSLATE_NOOP(
                    "Import", "{message} The birthday was left out.").format(
                        message=exc.message))
                continue
            if exc.field == "name" or exc.field not in data:
                row.action, row.reason = "invalid", f"{exc.field}: {exc.message}"
                return False
            value = data.pop(exc.field)
            row.warnings.append(QT_TRANSLATE_NOOP(
                "Import", "{field}: {message} It was left out.").format(
                    field=exc.field, message=exc.message))
            if isinstance(value, str) and value and exc.field != "description":
                kept = QT_TRANSLATE_NOOP("Import", "{field}: {value}").format(
                    field=exc.field, value=value)
                data["description"] = "\n".join(filter(None, [data.get("description", ""),
                                                               kept]))
    row.action, row.reason = "invalid", QT_TRANSLATE_NOOP("Import", "Too many wrong fields.")
    return False


def _phone_owners(numbers: dict[str, phones.Phone]) -> dict[str, list[tuple[int, str]]]:
    """E.164 number -> [(customer id, name)] of the customers in the book who have it.

    One indexed query per 500 numbers of the file, instead of one per row: the same
    match as `customers.possible_duplicates` (digits and number equal, not in the trash).
    """
    owners: dict[str, list[tuple[int, str]]] = {}
    wanted = sorted({phone.digits for phone in numbers.values()})
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start:start + _CHUNK]
        # plain SQL: peewee built a node per number, a third of the query's time
        query = database.execute_sql(
            f"SELECT p.number, p.digits, c.id, c.name FROM customer_phone p "
            f"JOIN customer c ON c.id = p.customer_id WHERE c.deleted_at IS NULL "
            f"AND p.digits IN ({','.join('?' * len(chunk))}) ORDER BY p.id", chunk)
        for number, digits, cid, name in query:
            if number in numbers and numbers[number].digits == digits:
                owners.setdefault(number, []).append((cid, name))
    return owners


def _match_book(rows: list[PlanRow], on_duplicate: str, known: dict[str, phones.Phone]
                ) -> None:
    """Mark the rows whose phone number a customer in the book already has."""
    owners = _phone_owners(known)
    for row in rows:
        if row.action != "new" or not row.phones:
            continue
        hits: dict[int, tuple[str, str]] = {}
        for number in row.phones:
            for cid, name in owners.get(number, ()):
                hits.setdefault(cid, (name, number))
        if hits:
            cid = min(hits)  # as possible_duplicates orders them: the oldest card first
            name, number = hits[cid]
            row.customer_id = cid
            row.reason = QT_TRANSLATE_NOOP(
                "Customer", "{name} already has the phone number {phone}.").format(
                    name=name, phone=phones.format_for_display(number))
            row.action = "update" if on_duplicate == "update" else "duplicate"


def _tell(progress: Progress | None, done: int, total: int, undoing: bool = False) -> None:
    """Report progress; the owner's Cancel (False) stops the work and rolls it back."""
    if progress is not None and progress(done, total) is False:
        raise Cancelled(QT_TRANSLATE_NOOP(
            "Import", "Undoing the import was cancelled. Nothing was changed.") if undoing
            else QT_TRANSLATE_NOOP("Import", "The import was cancelled. Nothing was changed."))


def make_plan(contacts: list[vcard_read.Contact], on_duplicate: str = "skip",
              first_number: int = 1, file_name: str = "",
              progress: Progress | None = None) -> Plan:
    """The dry run: what importing these contacts would do, row by row (nothing is written).

    `progress(done, total)` is called every few hundred rows; False cancels (Cancelled).
    """
    if on_duplicate not in ON_DUPLICATE:
        raise CustbookError(f"on_duplicate must be one of {ON_DUPLICATE}")
    seen: dict[str, tuple[int, str]] = {}
    region = settings.get("phone_region")
    _known.clear()
    known = _known.setdefault(region, {})
    tiers = words.tier_ids_by_any_name()  # built-in tiers answer to their word in either language
    total = len(contacts)
    rows = []
    _tell(progress, 0, total)
    for i, contact in enumerate(contacts):
        rows.append(_plan_row(contact.row_number or first_number + i, contact, on_duplicate,
                              seen, region, tiers, known))
        if (i + 1) % PROGRESS_STEP == 0:
            _tell(progress, i + 1, total)
    if on_duplicate != "create":
        _match_book(rows, on_duplicate, known)
    _tell(progress, total, total)
    return Plan(file_name, rows)


def plan_file(path: str | Path, on_duplicate: str = "skip", progress: Progress | None = None,
              **read_options: Any) -> Plan:
    """Read a file and make its plan."""
    contacts, first = read_file(path, **read_options)
    return make_plan(contacts, on_duplicate, first, Path(path).name, progress)


# ------------------------------------------------------------------ applying and undoing

def _snapshot(customer_id: int) -> dict[str, Any]:
    card = customers.get_card(customer_id)
    fields = {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in card.fields.items()}
    return {"fields": fields, "phones": [p.number for p in card.phones], "tags": card.tags,
            "had_photo": card.has_photo,  # and the shop's own fields, as stored (by field id)
            "own": {str(k): v for k, v in custom_fields.values_of(customer_id).items()}}


class _Ticker:
    """Counts work done across the steps of an import and reports it every few hundred."""

    def __init__(self, progress: Progress | None, total: int, undoing: bool = False):
        self.progress, self.total, self.done, self.undoing = progress, total, 0, undoing

    def step(self, count: int = 1) -> None:
        before = self.done
        self.done += count
        if self.done // PROGRESS_STEP != before // PROGRESS_STEP or self.done == self.total:
            _tell(self.progress, self.done, self.total, self.undoing)


def _create_customers(rows: list[PlanRow], ticker: _Ticker) -> list[int]:
    """Write the plan's new customers with a few executemany calls; returns their ids.

    The same validation and the same rows as `customers.save_customer` (test_import
    compares the cards both ways), without its per-row statements: at 100,000 rows those
    took over two minutes.
    """
    region = settings.get("phone_region")
    known = _known.get(region, {})
    prepared = []
    for row in rows:
        prepared.append(customers.prepare(row.data, row.phones, region, known))
        ticker.step()
    for key in ("tier", "referred_by"):
        for value in sorted({values[key] for values, _ in prepared
                             if values.get(key) is not None}):
            customers.check_links({key: value}, None)
    tag_ids: dict[str, int] = {}
    for name in dict.fromkeys(t for row in rows for t in row.tags if (t or "").strip()):
        tag_ids[name] = tag_named(name).id
    new_ids = _new_customer_ids(len(rows))
    now = clock.now_seconds()
    staff = audit.current_staff()
    people = RowBuffer(Customer, ("id", "created_at", "updated_at") + _CUSTOMER_COLUMNS)
    numbers = RowBuffer(CustomerPhone, ("customer", "number", "digits", "label", "is_primary"))
    links = RowBuffer(CustomerTag, ("customer", "tag"))
    entries = RowBuffer(AuditEntry, ("customer", "customer_name", "staff", "at", "action"))
    for cid, row, (values, normalised) in zip(new_ids, rows, prepared):
        people.add_kw(id=cid, created_at=now, updated_at=now, **values)
        for index, phone in enumerate(normalised):
            numbers.add((cid, phone.number, phone.digits,
                         customers.phone_label(phone.number, {}, phone.mobile), index == 0))
        for tag_id in sorted({tag_ids[t] for t in row.tags if (t or "").strip()}):
            links.add((cid, tag_id))
        entries.add((cid, values["name"], staff, now, "created"))
        if len(people.rows) >= _CHUNK:
            for buffer in (people, numbers, links, entries):
                buffer.write(database)
    for buffer in (people, numbers, links, entries):
        buffer.write(database)
    own = [{"customer": cid, "field": fid, "value": value}
           for cid, row in zip(new_ids, rows) for fid, value in row.own.items() if value]
    for start in range(0, len(own), _CHUNK):  # the shop's own fields (custom_fields)
        CustomFieldValue.insert_many(own[start:start + _CHUNK]).execute()
    for cid, row in zip(new_ids, rows):
        if row.photo:
            customers.set_photo(cid, *row.photo)
    return new_ids


def _is_sqlite() -> bool:
    return isinstance(database.obj, SqliteDatabase)


def _new_customer_ids(count: int) -> list[int]:
    """Ids for this many new customers, known before they are written (phones need them)."""
    if not count:
        return []
    if _is_sqlite():  # what SQLite would give them, in this write transaction
        first = (database.execute_sql("SELECT max(id) FROM customer").fetchone()[0] or 0) + 1
        return list(range(first, first + count))
    return [r[0] for r in database.execute_sql(
        "SELECT nextval(pg_get_serial_sequence('customer', 'id')) "
        "FROM generate_series(1, %s)", (count,))]


def _update_customer(row: PlanRow, previous: dict[str, Any]) -> int:
    """Merge one row into an existing card (few per import: the card's own path)."""
    assert row.customer_id is not None
    before = _snapshot(row.customer_id)
    previous.setdefault(str(row.customer_id), before)
    merged = {k: v for k, v in row.data.items() if v not in (None, "")}
    phone_list = before["phones"] + [p for p in row.phones if p not in before["phones"]]
    tags = sorted(set(before["tags"]) | set(row.tags)) if row.tags else None
    customers.save_customer(merged, phone_list, customer_id=row.customer_id, tags=tags)
    if row.photo and customers.photo_of(row.customer_id) is None:
        customers.set_photo(row.customer_id, *row.photo)
    if row.own:
        custom_fields.set_values(row.customer_id, row.own)
        own_set = previous[str(row.customer_id)].setdefault("own_set", [])
        own_set += [int(f) for f in row.own if int(f) not in own_set]  # what undo puts back
    return row.customer_id


@changes.reports(changes.CUSTOMERS, changes.PURCHASES, changes.CONTACTS)
def apply_plan(plan: Plan, progress: Progress | None = None) -> ImportResult:
    """Import the plan's new and updated rows in one transaction, recorded for undo.

    `progress(done, total)` is called every few hundred rows; returning False cancels:
    Cancelled is raised and the book is exactly as before.
    """
    new = [row for row in plan.rows if row.action == "new"]
    updates = [row for row in plan.rows if row.action == "update" and row.customer_id is not None]
    ticker = _Ticker(progress, 2 * len(new) + len(updates))
    previous: dict[str, Any] = {}
    _tell(progress, 0, ticker.total)
    with database.atomic():
        with search.adding_customers(ticker.step) as added:
            added += _create_customers(new, ticker)
        for row in updates:
            _update_customer(row, previous)
            ticker.step()
        search.index_customers(int(k) for k in previous)
        ticker.step(ticker.total - ticker.done)  # a card updated twice is indexed once
        batch = ImportBatch.create(file_name=plan.file_name[:260], created_count=len(added),
                                   updated_count=len(previous), created_ids=json.dumps(added),
                                   previous=json.dumps(previous))
    _known.clear()
    return ImportResult(batch.id, len(added), len(previous))


def import_file(path: str | Path, on_duplicate: str = "skip", **read_options: Any
                ) -> tuple[Plan, ImportResult]:
    """Read, plan and apply a file in one go (the CLI's `import`)."""
    plan = plan_file(path, on_duplicate, **read_options)
    return plan, apply_plan(plan)


@changes.reports(changes.CUSTOMERS, changes.PURCHASES, changes.CONTACTS, changes.REMINDERS)
def undo_import(batch_id: int, progress: Progress | None = None) -> int:
    """Undo an import: remove the customers it created, restore those it updated; returns both.

    `progress(done, total)` as for apply_plan (False cancels and changes nothing).
    """
    with database.atomic():
        batch = ImportBatch.get_or_none(ImportBatch.id == batch_id)
        if batch is None or batch.undone_at is not None:
            raise CustbookError(QT_TRANSLATE_NOOP(
                "Import", "This import was already undone or no longer exists."))
        created = json.loads(batch.created_ids)
        previous = json.loads(batch.previous)
        ticker = _Ticker(progress, len(created) + len(previous), undoing=True)
        _tell(progress, 0, ticker.total, undoing=True)
        for start in range(0, len(created), _CHUNK):
            chunk = created[start:start + _CHUNK]
            audit.record_many((cid, name, "import_undone", "", None, None) for cid, name in
                              Customer.select(Customer.id, Customer.name)
                              .where(Customer.id.in_(chunk)).tuples())  # kept by name
            Customer.delete().where(Customer.id.in_(chunk)).execute()
            ticker.step(len(chunk))
        for cid, before in previous.items():
            ticker.step()
            if Customer.get_or_none(Customer.id == int(cid)) is None:
                continue
            fields = {k: v for k, v in before["fields"].items()}
            customers.save_customer(fields, before["phones"], customer_id=int(cid),
                                    tags=before["tags"])
            if not before["had_photo"]:
                customers.clear_photo(int(cid))
            if before.get("own_set"):  # the shop's own fields this import changed
                custom_fields.restore_values(int(cid), {int(k): v for k, v in
                                                        before.get("own", {}).items()},
                                             before["own_set"])
        search.index_customers(int(c) for c in previous)
        batch.undone_at = clock.now_seconds()
        batch.save()
    return len(created) + len(previous)


def recent_imports(limit: int = 20) -> list[ImportBatch]:
    """The latest imports, newest first (for the Undo list)."""
    return list(ImportBatch.select().order_by(ImportBatch.id.desc()).limit(limit))
