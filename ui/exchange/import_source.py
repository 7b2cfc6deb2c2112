"""The file being imported, read once for the mapping dialog; no Qt here.

The dialog shows the file's own rows and lets the owner change which column holds
what, so it keeps the whole Table (or, for a vCard, the Contacts) in memory and
builds the contacts from it again when the mapping changes — the file is read only
once however often the owner goes back and forth. Reading goes through the core
readers (custbook.exchange.table_read, importer.read_file), so the window refuses exactly
what the headless `import` refuses, with the same reasons.

`call_with_progress` passes the `progress` callback only to core functions that
accept it, so the dialog works with the importer before and after it learnt to
report progress and to stop (raising `Cancelled`).
"""
from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from custbook.errors import Cancelled
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.exchange import field_map, importer, table_read, vcard_read
from custbook.exchange.table_read import ReadError, Table
from zipfile import BadZipFile

NAME_FIELDS = ("name", "given_name", "family_name")
# Fields a file may fill from several columns (the others take one column each).
REPEATABLE = ("phone", "address_part", "note")
TABLE_SUFFIXES = (".csv", ".tsv", ".txt", "")
PREVIEW_ROWS = 20


@dataclass
class Source:
    """A customer list as read from its file: a table to map, or vCard contacts."""

    path: Path
    table: Table | None = None
    contacts: list[vcard_read.Contact] | None = None
    first_number: int = 2
    sheets: list[str] = field(default_factory=list)
    sheet: int = 0

    @property
    def is_vcard(self) -> bool:
        return self.table is None

    @property
    def record_count(self) -> int:
        return len(self.contacts or []) if self.table is None else len(self.table.rows)

    @property
    def encoding(self) -> str:
        return self.table.encoding if self.table is not None else ""

    def auto_mapping(self) -> dict[int, str]:
        """The columns' fields as Custbook guesses them from the headers."""
        return field_map.auto_mapping(self.table.headers) if self.table is not None else {}

    def birthday_samples(self, mapping: dict[int, str], limit: int = 200) -> list[str]:
        """The first non-empty texts of the birthday columns (to guess and show the format)."""
        columns = [i for i, f in mapping.items() if f == "birthday"]
        found: list[str] = []
        for row in (self.table.rows[:limit] if self.table is not None else []):
            for index in columns:
                value = row[index] if index < len(row) else ""
                if isinstance(value, str) and value.strip():
                    found.append(value.strip())
        return found

    def contacts_for(self, mapping: dict[int, str], day_first: bool | None) -> list[vcard_read.Contact]:
        """The contacts this file gives with this mapping and date order."""
        if self.table is None:
            return list(self.contacts or [])
        if not has_name(mapping):
            raise ReadError(QT_TRANSLATE_NOOP(
                "Import", "No column holds the customers' names (e.g. “姓名” or “Name”)."))
        return field_map.contacts_from_table(self.table, mapping, day_first)


def has_name(mapping: dict[int, str]) -> bool:
    """True when some column gives the customers' names."""
    return any(f in NAME_FIELDS for f in mapping.values())


def sheet_names(path: Path) -> list[str]:
    """The names of an Excel workbook's sheets, in order (empty when it cannot be opened)."""
    # start-up: importing openpyxl here, not at the top, saves 296 ms when this module loads
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True)
    except (BadZipFile, KeyError, ValueError, OSError):
        return []  # read_xlsx says why
    try:
        return list(book.sheetnames)
    finally:
        book.close()


def _starts_like_vcard(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return vcard_read.looks_like_vcard(handle.read(4096))
    except OSError:
        return False  # the reader explains


def open_source(path: str | Path, sheet: int = 0) -> Source:
    """Read a CSV, XLSX or vCard file for importing; ReadError says why it cannot be."""
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if suffix == ".xlsx":
            names = sheet_names(path)
            table = table_read.read_xlsx(path, sheet)
            return Source(path, table, first_number=table.first_row_number, sheets=names,
                          sheet=sheet)
        if suffix in TABLE_SUFFIXES and not _starts_like_vcard(path):
            table = table_read.read_csv(path)
            return Source(path, table, first_number=table.first_row_number)
    except (ValueError, IndexError, UnicodeError) as exc:  # damaged beyond the readers' checks
        raise ReadError(QT_TRANSLATE_NOOP("Import", "The file is damaged: {reason}").format(
            reason=exc)) from None
    contacts, first = importer.read_file(path)  # vCards, or the reason the file is refused
    return Source(path, contacts=contacts, first_number=first)


def call_with_progress(function: Callable[..., Any], *args: Any,
                       progress: Callable[[int, int], bool] | None = None, **kwargs: Any) -> Any:
    """Call a core function, handing it `progress` only if it takes one.

    A function that cannot report progress is still asked once before it starts, so a
    Cancel pressed in time stops it before anything is written.
    """
    if progress is not None:
        if "progress" in inspect.signature(function).parameters:
            kwargs["progress"] = progress
        elif not progress(0, 1):
            raise Cancelled()
    return function(*args, **kwargs)
