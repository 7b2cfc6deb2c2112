"""Exporting the customer list for Excel, for a phone, or for paper.

The owner exports what the Customers page shows (a `CustomerQuery`: search text and
filters) or the whole book, with the columns she picks, as:

- CSV in UTF-8 with a BOM (so Excel on Chinese Windows shows Chinese), or GBK for
  old programs; a text GBK cannot write stops the export naming the customer and
  the column, instead of writing question marks;
- XLSX with real dates and numbers, a frozen header row and sensible widths;
- vCard 3.0, the format every phone imports (name, phones, e-mail, birthday, photo).

A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (and, in some
programs, a tab or carriage return) as a formula, so such CSV cells get a leading
apostrophe; XLSX cells are written as text cells, which a spreadsheet never runs.
Files are written to a temporary name and renamed, so a failed or cancelled export
leaves no half-written file behind (and an older file of the same name untouched).
"""
from __future__ import annotations

import base64
import csv
import datetime as dt
import errno
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from custbook import vocab
from custbook.calendar import lunar
from custbook.customers import custom_fields, phones
from custbook.customers.customer_query import CustomerQuery
from custbook import errors
from custbook.errors import CustbookError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.models import database
from custbook.sql_dialect import as_date, as_datetime
from custbook.shop import words
from custbook.customers.customer_list import page_ids
# The formats, columns and encodings an export offers: the command line's grammar reads
# them without this module's imports.
from custbook.exchange.choices import COLUMNS, CSV_ENCODINGS, DEFAULT_COLUMNS, FORMATS

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_CHUNK = 500
_WIDTHS = {"name": 14, "phone": 16, "other_phones": 22, "email": 26, "wechat_id": 16,
           "gender": 8, "birthday": 12, "lunar_birthday": 12, "address": 36, "tier": 10,
           "tags": 20, "member_since": 12, "last_visit_on": 12, "purchase_count": 10,
           "total_spent": 12, "description": 40, "created_at": 18, "company": 20,
           "prior_spend": 12}


class ExportError(CustbookError):
    """The export cannot be written as asked; the message says why and where."""


Progress = Callable[[int, int], bool]


@dataclass(frozen=True)
class ExportReport:
    """What an export wrote: the file, its format and how many customers."""

    path: Path
    format: str
    customers: int


# ------------------------------------------------------------------ reading the book

def customer_ids(query: CustomerQuery | None = None) -> list[int]:
    """The ids of the customers to export, in list order (None: the whole book by name)."""
    if query is None:
        return [r[0] for r in database.execute_sql(
            "SELECT id FROM customer WHERE deleted_at IS NULL ORDER BY name, id").fetchall()]

    sort = query.sort if query.text.strip() or query.sort != "relevance" else "name"
    return page_ids(0, 1 << 62, query, sort, query.descending)


def _birthday(calendar: str, month: Any, day: Any, year: Any, leap: Any
              ) -> tuple[dt.date | str | None, str]:
    """(solar birthday, lunar birthday text): a date when the year is known, else MM-DD."""
    if not calendar or month is None or day is None:
        return None, ""
    if calendar == "lunar":
        return None, _lunar_text(int(month), int(day), year, bool(leap))
    if year:
        try:
            return dt.date(int(year), int(month), int(day)), ""
        except ValueError:
            pass
    return f"--{month:02d}-{day:02d}", ""


def _lunar_text(month: int, day: int, year: Any, leap: bool) -> str:
    """A lunar birthday as the file's language writes it, and the importer reads back:
    农历1990年闰四月初八 / 农历八月十五 in Chinese; 1990-04L-08 / 08-15 otherwise."""
    month_word, day_word = lunar.month_name(month), lunar.day_name(day)
    if any("\u4e00" <= ch <= "\u9fff" for ch in month_word):  # months named in Chinese
        return "".join((QT_TRANSLATE_NOOP("Export", "lunar "), f"{year}年" if year else "",
                        "闰" if leap else "", month_word, day_word)).replace(" ", "")
    text = f"{month:02d}{'L' if leap else ''}-{day:02d}"
    return f"{int(year):04d}-{text}" if year else text


def records(ids: list[int], with_photo: bool = False) -> Iterator[dict[str, Any]]:
    """One dict per customer with every COLUMNS key, typed (dates, ints, yuan as float)."""
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        rows = database.execute_sql(
            f"SELECT c.id, c.name, c.email, c.wechat_id, c.gender, c.birthday_calendar, "
            f"c.birthday_month, c.birthday_day, c.birth_year, c.birthday_leap, c.address, "
            f"t.name, c.member_since, c.last_visit_on, c.purchase_count, c.total_spent_cents, "
            f"c.description, c.created_at, c.company, c.prior_spend_cents "
            f"FROM customer c LEFT JOIN tier t ON t.id = c.tier_id "
            f"WHERE c.id IN ({marks})", chunk).fetchall()
        numbers: dict[int, list[str]] = {}
        for cid, number in database.execute_sql(
                f"SELECT customer_id, number FROM customer_phone WHERE customer_id IN ({marks}) "
                f"ORDER BY customer_id, is_primary DESC, id", chunk):
            numbers.setdefault(cid, []).append(number)
        tags: dict[int, list[str]] = {}
        for cid, tag in database.execute_sql(
                f"SELECT ct.customer_id, t.name FROM customer_tag ct JOIN tag t "
                f"ON t.id = ct.tag_id WHERE ct.customer_id IN ({marks}) ORDER BY t.name", chunk):
            tags.setdefault(cid, []).append(tag)
        photos: dict[int, tuple[bytes, str]] = {}
        if with_photo:
            for cid, image, mime in database.execute_sql(
                    f"SELECT customer_id, image, mime FROM customer_photo "
                    f"WHERE customer_id IN ({marks})", chunk):
                photos[cid] = (bytes(image), mime)
        by_id = {row[0]: row for row in rows}
        own_fields = custom_fields.fields()
        own_values = custom_fields.values_for(chunk) if own_fields else {}
        tier_names = words.tier_labels()
        for cid in chunk:
            row = by_id.get(cid)
            if row is None:
                continue
            (_, name, email, wechat, gender, calendar, month, day, year, leap, address, tier,
             member_since, last_visit, count, cents, description, created, company,
             prior) = row
            solar, lunar_text = _birthday(calendar, month, day, year, leap)
            shown = [phones.format_for_display(n) for n in numbers.get(cid, [])]
            yield {
                "id": cid, "name": name, "phone": shown[0] if shown else "",
                "other_phones": "; ".join(shown[1:]), "phone_numbers": numbers.get(cid, []),
                "email": email, "wechat_id": wechat,
                "gender": vocab.genders().get(gender, gender) if gender else "",  # 女 / Female
                "birthday": solar, "lunar_birthday": lunar_text,
                "birthday_parts": (calendar, month, day, year, bool(leap)),
                "address": address, "tier": tier_names.get(tier, tier or ""), "tags": ", ".join(tags.get(cid, [])),
                "tag_list": tags.get(cid, []),
                "member_since": as_date(member_since), "last_visit_on": as_date(last_visit),
                "purchase_count": count or 0, "total_spent": round((cents or 0) / 100, 2),
                "description": description, "created_at": as_datetime(created),
                "company": company or "", "prior_spend": round((prior or 0) / 100, 2),
                "photo": photos.get(cid),
                **{f"custom:{f.id}": custom_fields.display(f.kind, own_values.get(cid, {}).get(
                    f.id, "")) for f in own_fields},
            }


# ------------------------------------------------------------------ cells

def neutralise(text: str) -> str:
    """Text a spreadsheet will show as it is: a leading apostrophe before a formula start."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _csv_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:.2f}"
    return neutralise(str(value))


def _check_columns(columns: tuple[str, ...] | list[str] | None) -> list[str]:
    chosen = list(columns or DEFAULT_COLUMNS)
    own = {f"custom:{f.id}" for f in custom_fields.fields()}  # the shop's own fields
    unknown = [c for c in chosen if c not in COLUMNS and c not in own]
    if unknown:
        raise ExportError(QT_TRANSLATE_NOOP("Export", "Unknown column: {column}.").format(
            column=", ".join(unknown)))
    if not chosen:
        raise ExportError(QT_TRANSLATE_NOOP("Export", "Choose at least one column."))
    return chosen


def _headers(columns: list[str], translate: Callable[[str], str] | None) -> list[str]:
    own = {f"custom:{f.id}": f.name for f in custom_fields.fields()}
    return [own[c] if c in own else translate(COLUMNS[c]) if translate else COLUMNS[c]
            for c in columns]


# ------------------------------------------------------------------ writers

def _write_csv(tmp: Path, recs: Iterator[dict], columns: list[str], headers: list[str],
               encoding: str) -> int:
    count = 0
    with open(tmp, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        for rec in recs:
            cells = [_csv_text(rec[c]) for c in columns]
            if encoding == "gbk":
                for column, header, cell in zip(columns, headers, cells):
                    try:
                        cell.encode("gbk")
                    except UnicodeEncodeError as exc:
                        bad = cell[exc.start:exc.end]
                        raise ExportError(QT_TRANSLATE_NOOP(
                            "Export", "GBK cannot write “{text}” in the {column} of {name}. "
                                      "Export as UTF-8 instead, or change that text.").format(
                            text=bad, column=header, name=rec["name"])) from None
            writer.writerow(cells)
            count += 1
    return count


def _write_xlsx(tmp: Path, recs: Iterator[dict], columns: list[str], headers: list[str]
                ) -> int:
    # start-up: importing openpyxl here, not at the top, saves 184 ms when this module loads
    from openpyxl import Workbook
    # start-up: importing openpyxl.cell here, not at the top, saves 192 ms when this module loads
    from openpyxl.cell import WriteOnlyCell
    # start-up: importing openpyxl.styles here, not at the top, saves 126 ms when this module loads
    from openpyxl.styles import Font
    # start-up: importing openpyxl.utils here, not at the top, saves 197 ms when this module loads
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet(QT_TRANSLATE_NOOP("Export", "Customers")[:31])
    sheet.freeze_panes = "A2"
    for index, column in enumerate(columns, start=1):
        width = max(_WIDTHS.get(column, 14), len(headers[index - 1].encode("gbk", "replace")) + 2)
        sheet.column_dimensions[get_column_letter(index)].width = width
    bold = Font(bold=True)
    header_cells = []
    for text in headers:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    count = 0
    try:
        for rec in recs:
            cells = []
            for column in columns:
                value = rec[column]
                cell = WriteOnlyCell(sheet, value=None if value == "" else value)
                if isinstance(value, str) and value:
                    cell.data_type = "s"  # text, never a formula even when it starts with "="
                elif isinstance(value, dt.datetime):
                    cell.number_format = "yyyy-mm-dd hh:mm"
                elif isinstance(value, dt.date):
                    cell.number_format = "yyyy-mm-dd"
                elif column == "total_spent":
                    cell.number_format = "#,##0.00"
                cells.append(cell)
            sheet.append(cells)
            count += 1
        book.save(tmp)
    except BaseException:
        _discard_sheet(sheet)
        raise
    return count


def _discard_sheet(sheet: Any) -> None:
    """Remove the temporary file openpyxl streams a write-only sheet into.

    openpyxl writes the rows to a file in the system's temp folder and deletes it only
    when the workbook is saved; a cancelled or failed export would otherwise leave the
    customers' names and phones there.
    """
    rows, writer = getattr(sheet, "_rows", None), getattr(sheet, "_writer", None)
    steps = [rows.close] if rows is not None else []
    steps += [writer.close, writer.cleanup] if writer is not None else []
    for step in steps:
        try:
            step()
        except (OSError, ValueError):  # already closed or removed by openpyxl itself
            pass


def _vcard_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace("\r\n", "\n").replace("\r", "\n")
            .replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;"))


def _fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character (RFC 6350 3.2)."""
    out, current, size = [], "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > 75:
            out.append(current)
            current, size = " ", 1
        current += char
        size += width
    out.append(current)
    return "\r\n".join(out)


def vcard_of(rec: dict[str, Any]) -> str:
    """One customer as a vCard 3.0 text (CRLF line ends, folded)."""
    name = rec["name"]
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{_vcard_escape(name)}",
             f"N:{_vcard_escape(name)};;;;"]
    for index, number in enumerate(rec["phone_numbers"]):
        kind = "CELL" if phones.is_mobile(number) else "VOICE"
        lines.append(f"TEL;TYPE={kind}{',pref' if index == 0 else ''}:{number}")
    if rec["email"]:
        lines.append(f"EMAIL;TYPE=INTERNET:{_vcard_escape(rec['email'])}")
    calendar, month, day, year, leap = rec["birthday_parts"]
    if calendar == "solar" and month and day:
        lines.append(f"BDAY:{year:04d}-{month:02d}-{day:02d}" if year
                     else f"BDAY:--{month:02d}{day:02d}")
    elif calendar == "lunar" and month and day:
        # iOS's own way to store a Chinese-calendar birthday: ICU era, year of era, month, day.
        era = f"{78 + (year - 1984) // 60:04d}{(year - 1984) % 60 + 1:04d}" if year else "0" * 8
        lines.append(f"X-ALTBDAY;CALSCALE=chinese:{era}{month:02d}{'L' if leap else ''}"
                     f"{day:02d}")
    if rec["company"]:
        lines.append(f"ORG:{_vcard_escape(rec['company'])}")
    if rec["address"]:
        lines.append(f"ADR;TYPE=HOME:;;{_vcard_escape(rec['address'])};;;;")
    if rec["tag_list"]:
        lines.append("CATEGORIES:" + ",".join(_vcard_escape(t) for t in rec["tag_list"]))
    if rec["wechat_id"]:
        lines.append(f"IMPP;X-SERVICE-TYPE=WeChat:x-apple:{_vcard_escape(rec['wechat_id'])}")
    if rec["description"]:
        lines.append(f"NOTE:{_vcard_escape(rec['description'])}")
    if rec.get("photo"):
        image, mime = rec["photo"]
        kind = {"image/png": "PNG", "image/webp": "WEBP"}.get(mime, "JPEG")
        lines.append(f"PHOTO;ENCODING=b;TYPE={kind}:{base64.b64encode(image).decode('ascii')}")
    lines.append("END:VCARD")
    return "".join(_fold(line) + "\r\n" for line in lines)


def _write_vcf(tmp: Path, recs: Iterator[dict]) -> int:
    count = 0
    with open(tmp, "w", encoding="utf-8", newline="") as handle:
        for rec in recs:
            handle.write(vcard_of(rec))
            count += 1
    return count


def _reporting(recs: Iterator[dict], total: int, progress: Progress | None
               ) -> Iterator[dict]:
    """Pass the records on, telling `progress(done, total)` every chunk; False stops."""
    if progress is None:
        yield from recs
        return
    done = 0
    if not progress(0, total):
        raise errors.Cancelled(QT_TRANSLATE_NOOP("Export", "The export was cancelled."))
    for rec in recs:
        yield rec
        done += 1
        if done % _CHUNK == 0 and not progress(done, total):
            raise errors.Cancelled(QT_TRANSLATE_NOOP("Export", "The export was cancelled."))
    progress(done, total)


def _write_failed(path: Path, exc: OSError) -> ExportError:
    """The reason a file could not be written, in words the owner can act on."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return ExportError(QT_TRANSLATE_NOOP(
            "Export", "The disk is full: {path} could not be written. Free some space or "
                      "choose another place (a USB stick, another disk).").format(path=path))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ExportError(QT_TRANSLATE_NOOP(
            "Export", "Custbook may not write in the folder {folder}. Choose another folder, "
                      "for example Documents.").format(folder=path.parent))
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return ExportError(QT_TRANSLATE_NOOP(
            "Export", "The folder {folder} does not exist (was a USB stick removed?). Choose "
                      "another folder.").format(folder=path.parent))
    return ExportError(QT_TRANSLATE_NOOP("Export", "Cannot write {path}: {reason}").format(
        path=path, reason=exc.strerror or exc))


def export_customers(path: str | Path, fmt: str, query: CustomerQuery | None = None,
                     columns: tuple[str, ...] | list[str] | None = None,
                     encoding: str = "utf-8-sig", ids: list[int] | None = None,
                     translate: Callable[[str], str] | None = None,
                     progress: Progress | None = None) -> ExportReport:
    """Write the customers of `query` (or `ids`, or the whole book) to a CSV, XLSX or vCard file.

    `columns` are COLUMNS keys (CSV/XLSX; vCard always writes what a phone keeps);
    `encoding` is "utf-8-sig" or "gbk" (CSV only); `translate` turns the English
    headers into the window's language; `progress(done, total)` is told how far the
    writing got and stops it by returning False (errors.Cancelled, no file left).
    """
    if fmt not in FORMATS:
        raise ExportError(QT_TRANSLATE_NOOP("Export", "Unknown export format: {format}.").format(
            format=fmt))
    if encoding not in CSV_ENCODINGS:
        raise ExportError(QT_TRANSLATE_NOOP("Export", "Unknown encoding: {encoding}.").format(
            encoding=encoding))
    chosen = _check_columns(columns)
    path = Path(path)
    chosen_ids = ids if ids is not None else customer_ids(query)
    recs = _reporting(records(chosen_ids, with_photo=fmt == "vcf"), len(chosen_ids), progress)
    headers = _headers(chosen, translate)
    tmp = path.with_name(f".{path.name}.part")
    try:
        if fmt == "csv":
            count = _write_csv(tmp, recs, chosen, headers, encoding)
        elif fmt == "xlsx":
            count = _write_xlsx(tmp, recs, chosen, headers)
        else:
            count = _write_vcf(tmp, recs)
        os.replace(tmp, path)
    except OSError as exc:
        raise _write_failed(path, exc) from None
    finally:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:  # the folder itself is gone or not a folder: nothing was left there
            pass
    return ExportReport(path, fmt, count)
