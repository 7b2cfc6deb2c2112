"""Reading a customer list from a CSV or Excel file into a header and rows of text.

CSV files arrive in whatever encoding the program that wrote them used: UTF-8 with or
without BOM, UTF-16 with BOM, GBK/GB18030 from Excel on Chinese Windows, Shift_JIS
from Japanese Windows. A BOM decides; otherwise strict UTF-8, then GB18030 when the
text reads as Chinese, then charset-normalizer's best guess. The delimiter (comma,
semicolon, tab) comes from csv.Sniffer; quoted cells may span several lines.
"""
from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from custbook.errors import CustbookError
from custbook.i18n import QT_TRANSLATE_NOOP

MAX_BYTES = 200 * 1024 * 1024
MAX_CELL = 16 * 1024 * 1024  # csv's own limit (128 kB) refused long notes with its own words


class ReadError(CustbookError):
    """The file cannot be read as a customer list; the message says why."""


@dataclass
class Table:
    """A file's header row and data rows (cells as text or dates), and how it was read."""

    headers: list[str]
    rows: list[list[object]]
    encoding: str = ""
    first_row_number: int = 2  # the file's row number of rows[0], for messages
    numbers: list[int] | None = None  # each row's number in the file (blank rows skipped)


def decode(data: bytes) -> tuple[str, str]:
    """The text of a file and the encoding it was read with."""
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
                      (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                break
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    _refuse_mixed_encodings(data)
    candidates = []
    for name in ("gb18030", "shift_jis", "big5"):
        try:
            candidates.append((name, data.decode(name)))
        except UnicodeDecodeError:
            continue
    if len(candidates) == 1:
        return candidates[0][1], candidates[0][0]
    # start-up: importing it here, not at the top, saves 21 ms when this module loads
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=[c[0] for c in candidates] or None).best()
    if best is not None:
        return str(best), best.encoding
    if candidates:
        return candidates[0][1], candidates[0][0]
    raise ReadError(QT_TRANSLATE_NOOP(
        "Import", "The file's text encoding is not one Custbook knows (try saving it as "
                  "UTF-8)."))


def _utf16_without_bom(data: bytes) -> str | None:
    """utf-16-le or utf-16-be when the NUL bytes say so (CSV punctuation is ASCII)."""
    sample = data[:8192]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if odd > len(sample) // 8 and even * 4 < odd:
        return "utf-16-le"
    if even > len(sample) // 8 and odd * 4 < even:
        return "utf-16-be"
    return None


def _refuse_mixed_encodings(data: bytes) -> None:
    """A file whose lines are partly UTF-8 and partly another encoding (two files pasted)."""
    first_utf8 = first_other = None
    for number, line in enumerate(data.split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            text = line.decode("utf-8")
            if any("\u4e00" <= ch <= "\u9fff" for ch in text):  # not GBK that happens to fit
                first_utf8 = first_utf8 or number
        except UnicodeDecodeError:
            first_other = first_other or number
        if first_utf8 and first_other:
            raise ReadError(QT_TRANSLATE_NOOP(
                "Import", "The file mixes two text encodings: line {utf8} is UTF-8 but line "
                          "{other} is not (GBK?). Save the whole file in one encoding (UTF-8) "
                          "and import it again.").format(utf8=first_utf8, other=first_other))


def _clean_row(row: list) -> list:
    return [("" if c is None else c.strip() if isinstance(c, str) else c) for c in row]


def _unneutralise(cell: str) -> str:
    """Undo the apostrophe an export puts before a formula-looking cell ('=1+1 -> =1+1)."""
    return cell[1:] if cell[:1] == "'" and cell[1:2] in ("=", "+", "-", "@", "\t", "\r") \
        else cell


def read_csv_text(text: str) -> list[list[str]]:
    """The rows of a CSV text, with its delimiter and quoting detected."""
    sample = text[:64 * 1024]
    try:
        dialect = csv.Sniffer().sniff(sample.split("\n", 1)[0] or sample, delimiters=",;\t|")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    csv.field_size_limit(MAX_CELL)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"',
                        doublequote=True, strict=False)
    rows: list[list[str]] = []
    line = 0  # the line the last row began on
    try:
        for row in reader:
            cells = [c.strip() for c in row]  # the csv module gives text only (_clean_row)
            rows.append([_unneutralise(c) if c[:1] == "'" else c for c in cells])
            start, line = line + 1, reader.line_num
    except csv.Error:
        raise ReadError(QT_TRANSLATE_NOOP(
            "Import", "Line {line} of the CSV file holds a cell larger than {size} MB (is a "
                      "quote (\") left open before it?).").format(
                          line=line + 1, size=MAX_CELL // 2**20)) from None
    if rows and line > start and _ends_inside_quotes(text, delimiter):
        raise ReadError(QT_TRANSLATE_NOOP(
            "Import", "Line {line} of the CSV file opens a quote (\") that is never closed, "
                      "so every line after it would be read as one cell. Close or remove that "
                      "quote and import again.").format(line=start))
    return rows


def _ends_inside_quotes(text: str, delimiter: str) -> bool:
    """True when the text ends inside a quoted cell (a quote opened and never closed)."""
    strict = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"',
                        doublequote=True, strict=True)
    try:
        for _ in strict:
            pass
    except csv.Error as exc:
        return "unexpected end of data" in str(exc)
    return False


def holds_data(row: list | tuple) -> bool:
    """False for a blank row (`,,`, an empty line, a row of formatted but empty cells)."""
    return any(c is not None and (not isinstance(c, str) or c.strip()) for c in row)


def _table(rows: list[list], encoding: str, numbers: list[int] | None = None) -> Table:
    """The header (the first row holding data) and the rows holding data after it.

    Blank rows are left out silently; `numbers` are the rows' numbers in the file (1 =
    the first), kept so that messages name the row the owner sees.
    """
    numbers = numbers if numbers is not None else list(range(1, len(rows) + 1))
    kept = [(n, r) for n, r in zip(numbers, rows) if holds_data(r)]
    if not kept:
        raise ReadError(QT_TRANSLATE_NOOP("Import", "The file is empty."))
    (header_number, header_row), body = kept[0], kept[1:]
    headers = [str(h).strip() for h in header_row]
    while headers and not headers[-1]:
        headers.pop()
    if not any(headers):
        raise ReadError(QT_TRANSLATE_NOOP("Import", "The first row has no column names."))
    if not body:
        raise ReadError(QT_TRANSLATE_NOOP(
            "Import", "The file has only the column names and no customers."))
    return Table(headers, [r for _, r in body], encoding, first_row_number=body[0][0],
                 numbers=[n for n, _ in body])


def read_csv(path: str | Path) -> Table:
    """A CSV file as a Table, whatever its encoding."""
    data = _read_bytes(path)
    text, encoding = decode(data)
    if "\x00" in text:
        raise ReadError(QT_TRANSLATE_NOOP("Import", "This is not a text (CSV) file."))
    return _table(read_csv_text(text), encoding)


def read_xlsx(path: str | Path, sheet: int = 0) -> Table:
    """The first (or `sheet`-th) sheet of an Excel .xlsx file as a Table."""
    numbers, rows = [], []
    for number, cells in iter_xlsx(path, sheet):
        numbers.append(number)
        rows.append(cells)
    return _table(rows, "xlsx", numbers)


def iter_xlsx(path: str | Path, sheet: int = 0) -> Iterator[tuple[int, list]]:
    """(row number, cells) of the sheet's rows holding data, one at a time (bounded memory).

    Dates are kept, whole numbers become text; cells right of the first row's last value
    are not read into memory. A damaged workbook raises ReadError, also mid-way.
    """
    # start-up: importing zipfile here, not at the top, saves 10 ms when this module loads
    from zipfile import BadZipFile

    # start-up: importing openpyxl here, not at the top, saves 167 ms when this module loads
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except OSError as exc:
        raise ReadError(QT_TRANSLATE_NOOP("Import", "Cannot read {path}: {reason}").format(
            path=path, reason=exc.strerror or exc)) from None
    except (BadZipFile, KeyError, ValueError):
        raise ReadError(QT_TRANSLATE_NOOP(
            "Import", "This is not an Excel (.xlsx) file, or it is damaged (was it copied "
                      "completely?).")) from None
    except Exception as exc:  # noqa: BLE001 - a damaged zip/XML fails anywhere in openpyxl
        raise _damaged_workbook(exc) from None
    try:
        yield from _sheet_rows(book, sheet)
    except ReadError:
        raise
    except Exception as exc:  # noqa: BLE001 - read-only sheets are unzipped while iterating
        raise _damaged_workbook(exc) from None
    finally:
        book.close()


def _damaged_workbook(exc: Exception) -> ReadError:
    """A workbook whose zip or XML is broken inside (zlib, XML and openpyxl's own errors).

    Their words ("Error -3 while decompressing data") mean nothing to the owner: not shown.
    """
    return ReadError(QT_TRANSLATE_NOOP(
        "Import", "The Excel file is damaged inside and cannot be read (was it copied "
                  "completely? Open it in Excel and save it again)."))


def _sheet_rows(book, sheet: int) -> Iterator[tuple[int, list]]:
    """The rows of one sheet holding data (dates kept, whole numbers as text)."""
    if not 0 <= sheet < len(book.worksheets):
        raise ReadError(QT_TRANSLATE_NOOP("Import", "The workbook has no sheet {number}.")
                        .format(number=sheet + 1))
    width = None  # the header's width: cells right of it are not read into memory
    for number, row in _rows_holding_data(book, book.worksheets[sheet]):
        cells = []
        for value in row[:width]:
            if isinstance(value, dt.datetime):
                value = value.date() if value.time() == dt.time() else value
            elif isinstance(value, float) and value.is_integer():
                value = str(int(value))
            elif value is not None and not isinstance(value, (str, dt.date)):
                value = str(value)
            cells.append(value)
        cells = _clean_row(cells)
        if holds_data(cells):
            if width is None:
                width = max(i for i, c in enumerate(cells) if c not in (None, "")) + 1
            yield number, cells


def _rows_holding_data(book, sheet):
    """(row number, values) of the rows the sheet's XML holds, without the gaps between.

    openpyxl's iter_rows pads every row to the sheet's widest column and yields every
    missing row, so a single stray cell at XFD1048576 meant a million rows of 16,384
    cells. Its sheet parser yields only the rows that are there, each as its cells.
    """
    try:
        # start-up: importing it here, not at the top, saves 168 ms when this module loads
        from openpyxl.worksheet._reader import WorkSheetParser

        source = sheet._get_source()
        parser = WorkSheetParser(source, sheet._shared_strings, data_only=book.data_only,
                                 epoch=book.epoch, date_formats=book._date_formats,
                                 timedelta_formats=book._timedelta_formats)
    except (ImportError, AttributeError, TypeError):  # another openpyxl: the public way
        sheet.reset_dimensions()
        yield from enumerate(sheet.iter_rows(values_only=True), start=1)
        return
    with source:
        for number, cells in parser.parse():
            present = [(c["column"], c["value"]) for c in cells if c["value"] is not None]
            if not present:
                continue
            values = [None] * max(column for column, _ in present)
            for column, value in present:
                values[column - 1] = value
            yield number, values


def _read_bytes(path: str | Path) -> bytes:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ReadError(QT_TRANSLATE_NOOP("Import", "The file is too large to import."))
        return path.read_bytes()
    except OSError as exc:
        raise ReadError(QT_TRANSLATE_NOOP("Import", "Cannot read {path}: {reason}").format(
            path=path, reason=exc.strerror or exc)) from None
