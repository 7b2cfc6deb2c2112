"""Reading a customer list for an import: a file into contacts, a contact into card fields.

Split from `custbook.exchange.importer` (read, plan, apply, undo), which plans and
applies what this reads. `read_file` turns a CSV, XLSX or vCard file into Contacts
(see table_read, vcard_read, field_map); `row_data` gives one contact as the card's
fields, its tags and its tier.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from custbook import clock
from custbook.exchange import field_map, table_read, vcard_read
from custbook.exchange.table_read import ReadError
from custbook.i18n import QT_TRANSLATE_NOOP

_GENDERS = {"男": "male", "male": "male", "m": "male", "女": "female", "female": "female",
            "f": "female"}


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


# Control characters (NUL above all) come from damaged or binary files; no card field
# wants them, and PostgreSQL refuses a NUL in text outright.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _without_controls(value: Any) -> Any:
    return _CONTROL.sub("", value) if isinstance(value, str) else value


def row_data(contact: vcard_read.Contact) -> tuple[dict[str, Any], list[str], list[str]]:
    """A contact as card fields, tag names and tier names, without control characters."""
    data, tags, tiers = _raw_row_data(contact)
    if _CONTROL.search("\n".join([*(v for v in data.values() if isinstance(v, str)), *tags,
                                   *tiers])) is None:  # the usual row: one look, not one a field
        return data, tags, tiers
    return ({k: _without_controls(v) for k, v in data.items()},
            [t for t in map(_without_controls, tags) if t],
            [t for t in map(_without_controls, tiers) if t])


def _raw_row_data(contact: vcard_read.Contact) -> tuple[dict[str, Any], list[str], list[str]]:
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
                    birth_year=year if year and 1900 <= year <= clock.today().year else None,
                    birthday_leap=leap)
    extra = contact.extra
    if extra.get("wechat_id"):
        data["wechat_id"] = extra["wechat_id"]
    if extra.get("occupation"):
        data["occupation"] = extra["occupation"]
    if extra.get("company"):
        data["company"] = extra["company"]
    if extra.get("prior_spend_cents"):  # cents, read by field_map with custbook.money
        data["prior_spend_cents"] = extra["prior_spend_cents"]
    gender = _GENDERS.get(extra.get("gender", "").strip().lower())
    if gender:
        data["gender"] = gender
    tags = [t.strip() for t in re.split(r"[,;，；]|:::", extra.get("tags", "")) if t.strip()]
    return data, tags, [extra["tier"]] if extra.get("tier") else []
