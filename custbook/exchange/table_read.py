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
from dataclasses import dataclass
from pathlib import Path

from custbook.errors import CustbookError
from custbook.i18n import QT_TRANSLATE_NOOP

MAX_BYTES = 200 * 1024 * 1024


class ReadError(CustbookError):
    """The file cannot be read as a customer list; the message says why."""


@dataclass
class Table:
    """A file's header row and data rows (cells as text or dates), and how it was read."""

    headers: list[str]
    rows: list[list[object]]
    encoding: str = ""
    first_row_number: int = 2  # the file's row number of rows[0], for messages


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
    candidates = []
    for name in ("gb18030", "shift_jis", "big5"):
        try:
            candidates.append((name, data.decode(name)))
        except UnicodeDecodeError:
            continue
    if len(candidates) == 1:
        return candidates[0][1], candidates[0][0]
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=[c[0] for c in candidates] or None).best()
    if best is not None:
        return str(best), best.encoding
    if candidates:
        return candidates[0][1], candidates[0][0]
    raise ReadError(QT_TRANSLATE_NOOP(
        "Import", "The file's text encoding is not one Custbook knows (try saving it as "
                  "UTF-8)."))


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
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"',
                        doublequote=True, strict=False)
    try:
        return [[_unneutralise(c) for c in _clean_row(row)] for row in reader]
    except csv.Error as exc:
        raise ReadError(QT_TRANSLATE_NOOP("Import", "The CSV file is damaged near row {row}: "
                                                    "{reason}").format(row=reader.line_num,
                                                                       reason=exc)) from None


def _table(rows: list[list], encoding: str) -> Table:
    while rows and not any(str(c).strip() for c in rows[0]):
        rows.pop(0)
    if not rows:
        raise ReadError(QT_TRANSLATE_NOOP("Import", "The file is empty."))
    headers = [str(h).strip() for h in rows[0]]
    while headers and not headers[-1]:
        headers.pop()
    if not any(headers):
        raise ReadError(QT_TRANSLATE_NOOP("Import", "The first row has no column names."))
    body = [r for r in rows[1:]]
    return Table(headers, body, encoding)


def read_csv(path: str | Path) -> Table:
    """A CSV file as a Table, whatever its encoding."""
    data = _read_bytes(path)
    text, encoding = decode(data)
    if "\x00" in text:
        raise ReadError(QT_TRANSLATE_NOOP("Import", "This is not a text (CSV) file."))
    return _table(read_csv_text(text), encoding)


def read_xlsx(path: str | Path, sheet: int = 0) -> Table:
    """The first (or `sheet`-th) sheet of an Excel .xlsx file as a Table."""
    from zipfile import BadZipFile

    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ReadError(QT_TRANSLATE_NOOP("Import", "This is not an Excel (.xlsx) file: "
                                                    "{reason}").format(reason=exc)) from None
    except Exception as exc:  # noqa: BLE001 - a damaged zip/XML fails anywhere in openpyxl
        raise _damaged_workbook(exc) from None
    try:
        return _sheet_table(book, sheet)
    except ReadError:
        raise
    except Exception as exc:  # noqa: BLE001 - read-only sheets are unzipped while iterating
        raise _damaged_workbook(exc) from None
    finally:
        book.close()


def _damaged_workbook(exc: Exception) -> ReadError:
    """A workbook whose zip or XML is broken inside (zlib, XML and openpyxl's own errors)."""
    return ReadError(QT_TRANSLATE_NOOP("Import", "The Excel file is damaged and cannot be "
                                                 "read: {reason}").format(
        reason=str(exc) or type(exc).__name__))


def _sheet_table(book, sheet: int) -> Table:
    """The rows of one sheet as a Table (dates kept, whole numbers as text)."""
    if not 0 <= sheet < len(book.worksheets):
        raise ReadError(QT_TRANSLATE_NOOP("Import", "The workbook has no sheet {number}.")
                        .format(number=sheet + 1))
    rows = []
    for row in book.worksheets[sheet].iter_rows(values_only=True):
        cells = []
        for value in row:
            if isinstance(value, dt.datetime):
                value = value.date() if value.time() == dt.time() else value
            elif isinstance(value, float) and value.is_integer():
                value = str(int(value))
            elif value is not None and not isinstance(value, (str, dt.date)):
                value = str(value)
            cells.append(value)
        rows.append(_clean_row(cells))
    return _table(rows, "xlsx")


def _read_bytes(path: str | Path) -> bytes:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ReadError(QT_TRANSLATE_NOOP("Import", "The file is too large to import."))
        return path.read_bytes()
    except OSError as exc:
        raise ReadError(QT_TRANSLATE_NOOP("Import", "Cannot read {path}: {reason}").format(
            path=path, reason=exc.strerror or exc)) from None
