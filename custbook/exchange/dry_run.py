"""The dry run of a whole file in bounded memory: counts, and the problem rows up to a cap.

`importer.plan_file` keeps a PlanRow (the card's fields, phones, tags) for every row,
because `apply_plan` writes them; at 1,000,000 rows that took 1.97 GB before a single
row was written. A dry run writes nothing, so it needs far less: how many rows would
be new, updated, duplicates or invalid, and the rows with something to say (invalid,
duplicate, updating a card, or a warning) — the first LISTED of them by row number,
and how many more. Here the file is read row by row (XLSX straight from the sheet's
XML, see `table_read.iter_xlsx`), planned by the import's own `_plan_row` and matched
against the book by `_match_book` 500 rows at a time (the same one query per 500
numbers as the full plan), and each row is dropped once counted.

What is still kept for the whole file is what spotting a duplicate inside it needs:
each phone number seen (as an integer) with its row, and the rows' names packed into
one byte string (about 100 bytes a row; docs/benchmarks.md has the figures).

Dates written 3/5/1990 are day or month first as the column shows: the full plan
looks at the whole column; here rows are held back from the first such ambiguous date
until one decides (13/5/1990) or GUESS_ROWS rows have passed, then day first, as the
full plan decides for a column where none decides.
"""
from __future__ import annotations

import re
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from custbook import settings
from custbook.errors import CustbookError
from custbook.exchange import field_map, table_read
from custbook.exchange.import_read import read_file
from custbook.exchange.importer import (
    _CHUNK,
    ON_DUPLICATE,
    PROGRESS_STEP,
    PlanRow,
    Progress,
    _match_book,
    _plan_row,
    _tell,
)
from custbook.exchange.table_read import ReadError
from custbook.exchange.vcard_read import Contact
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.shop import words

LISTED = 200  # problem rows listed one by one; the rest are counted ("and N more")
GUESS_ROWS = 10_000  # rows held back at most while the day/month order is undecided
_ACTIONS = ("new", "update", "duplicate", "invalid")
_AMBIGUOUS_DATE = re.compile(r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}")


@dataclass
class DryRun:
    """What an import of a file would do: counts by action, the first problem rows, the rest."""

    file_name: str
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_ACTIONS, 0))
    listed: list[PlanRow] = field(default_factory=list)  # rows with something to say
    unlisted: int = 0  # problem rows after the first LISTED

    def count(self, action: str) -> int:
        """How many rows have this action."""
        return self.counts.get(action, 0)

    @property
    def rows_read(self) -> int:
        """Every record of the file that was planned."""
        return sum(self.counts.values())


class _SeenPhones:
    """Phone number -> (row, name) of the rows read so far, in about 100 bytes per row.

    The mapping `_plan_row` uses to spot a second row with the same number. A dict of
    strings and tuples took ~275 MB at a million rows. Here a set of the numbers as
    integers answers "seen before?"; the numbers in the order they came, their rows and
    the rows' names (UTF-8, packed in one byte string) answer "where?" by a scan — asked
    only while the dry run still lists rows (`details`), at most a few hundred times.
    """

    def __init__(self) -> None:
        self._seen: set[int | str] = set()
        self._order: list[str] = []  # numbers that are not "+digits" (none, in practice)
        self._numbers = array("q")
        self._rows = array("q")
        self._ends = array("q")
        self._names = bytearray()
        self.details = True  # False once no more rows are listed: no scans

    @staticmethod
    def _key(phone: str) -> int | str:
        digits = phone[1:]
        return int(digits) if phone[:1] == "+" and digits.isdigit() and len(digits) < 19 \
            else phone

    def __contains__(self, phone: str) -> bool:
        return self._key(phone) in self._seen

    def __getitem__(self, phone: str) -> tuple[int, str]:
        if not self.details:
            return 0, ""
        key = self._key(phone)
        if isinstance(key, int):
            i = self._numbers.index(key)
        else:
            i = self._order.index(key)
        start = self._ends[i - 1] if i else 0
        return self._rows[i], self._names[start:self._ends[i]].decode("utf-8")

    def __setitem__(self, phone: str, value: tuple[int, str]) -> None:
        number, name = value
        key = self._key(phone)
        self._seen.add(key)
        self._numbers.append(key if isinstance(key, int) else -1)  # the two lists in step
        self._order.append(key if isinstance(key, str) else "")
        self._rows.append(number)
        self._names += name.encode("utf-8")
        self._ends.append(len(self._names))


def _has_something_to_say(row: PlanRow) -> bool:
    return row.action != "new" or bool(row.warnings)


def dry_run_file(path: str | Path, on_duplicate: str = "skip", progress: Progress | None = None,
                 listed: int = LISTED, **read_options: Any) -> DryRun:
    """The dry run of importing a file, keeping only its counts and first `listed` problems.

    `progress(done, 0)` is called every few hundred rows (0: the total is not known
    before the end); False cancels (Cancelled). Nothing is written.
    """
    if on_duplicate not in ON_DUPLICATE:
        raise CustbookError(f"on_duplicate must be one of {ON_DUPLICATE}")
    result = DryRun(Path(path).name)
    region = settings.get("phone_region")
    tiers = words.tier_ids_by_any_name()
    seen = _SeenPhones()
    chunk: list[PlanRow] = []
    known: dict = {}  # the chunk's numbers, for _match_book

    def settle() -> None:
        if on_duplicate != "create":
            _match_book(chunk, on_duplicate, known)
        for row in chunk:
            result.counts[row.action] += 1
            if _has_something_to_say(row):
                if len(result.listed) < listed:
                    row.data, row.photo, row.own = {}, None, {}  # only its words are shown
                    result.listed.append(row)
                else:
                    result.unlisted += 1
        chunk.clear()
        known.clear()
        seen.details = len(result.listed) < listed  # later duplicates are only counted

    _tell(progress, 0, 0)
    done = 0
    for contact in stream_contacts(path, **read_options):
        chunk.append(_plan_row(contact.row_number, contact, on_duplicate, seen,  # type: ignore[arg-type]
                               region, tiers, known))
        done += 1
        if len(chunk) >= _CHUNK:
            settle()
        if done % PROGRESS_STEP == 0:
            _tell(progress, done, 0)
    settle()
    _tell(progress, done, done)
    return result


def stream_contacts(path: str | Path, mapping: dict[int, str] | None = None,
                    day_first: bool | None = None, sheet: int = 0) -> Iterator[Contact]:
    """The contacts of a file one by one, each with its row (or card) number.

    An Excel sheet is read row by row; a CSV or vCard file (at most table_read.MAX_BYTES)
    is read as the import reads it and handed over one contact at a time.
    """
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        contacts, first = read_file(path, mapping, day_first, sheet)
        for i, contact in enumerate(contacts):
            contact.row_number = contact.row_number or first + i
        contacts.reverse()
        while contacts:  # hand them over, letting each go once it is planned
            yield contacts.pop()
        return
    try:
        yield from _xlsx_contacts(path, mapping, day_first, sheet)
    except (ValueError, IndexError, UnicodeError) as exc:  # as read_file says it
        raise ReadError(QT_TRANSLATE_NOOP("Import", "The file is damaged: {reason}").format(
            reason=exc)) from None


def _xlsx_contacts(path: Path, mapping: dict[int, str] | None, day_first: bool | None,
                   sheet: int) -> Iterator[Contact]:
    rows = table_read.iter_xlsx(path, sheet)
    header = next(rows, None)
    if header is None:
        raise ReadError(QT_TRANSLATE_NOOP("Import", "The file is empty."))
    headers = [str(h).strip() for h in header[1]]
    while headers and not headers[-1]:
        headers.pop()
    if not any(headers):
        raise ReadError(QT_TRANSLATE_NOOP("Import", "The first row has no column names."))
    mapping = field_map.auto_mapping(headers) if mapping is None else mapping
    if not any(f in ("name", "given_name", "family_name") for f in mapping.values()):
        raise ReadError(QT_TRANSLATE_NOOP(
            "Import", "No column holds the customers' names (e.g. “姓名” or “Name”)."))
    date_columns = [i for i, f in mapping.items() if f == "birthday"]
    held: list[tuple[int, list]] = []  # rows waiting for the day/month order
    empty = True
    for number, cells in rows:
        empty = False
        if day_first is None and date_columns:
            values = [cells[i] for i in date_columns
                      if i < len(cells) and isinstance(cells[i], str)]
            decided = field_map.guess_day_first(values)
            if decided is not None:
                day_first = decided
            elif held or any(_AMBIGUOUS_DATE.search(v) for v in values):
                held.append((number, cells))
                if len(held) < GUESS_ROWS:
                    continue
                day_first = True  # none decided in GUESS_ROWS rows: as the full plan does
        for waiting, waiting_cells in held:
            yield field_map.contact_from_row(waiting, waiting_cells, mapping,
                                             day_first is not False)
        if held and held[-1][0] == number:
            held.clear()
            continue
        held.clear()
        yield field_map.contact_from_row(number, cells, mapping, day_first is not False)
    if empty:
        raise ReadError(QT_TRANSLATE_NOOP(
            "Import", "The file has only the column names and no customers."))
    for waiting, waiting_cells in held:
        yield field_map.contact_from_row(waiting, waiting_cells, mapping, True)
