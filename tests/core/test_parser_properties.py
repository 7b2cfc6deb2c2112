"""Property tests: the file readers fed broken, truncated and random files (hypothesis).

Whatever arrives — random bytes, a real file cut short or with bytes flipped, a soup of
vCard-looking lines, a CSV with stray quotes in any encoding, a damaged workbook — the
import either makes a Plan that says what each row will do, or refuses with a clear
CustbookError (a ReadError for a file it cannot read) carrying a message. Never another
exception: the owner must never see a traceback. And nothing is ever half-imported: an
import that fails leaves the book's customers and import history exactly as they were.

Kept fast on purpose (about 50 examples a test, no deadline): this runs with the suite.
"""
from __future__ import annotations

import codecs
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from custbook.errors import CustbookError
from custbook.exchange import importer, table_read, vcard_read
from custbook.exchange.table_read import ReadError
from custbook.models import Customer, ImportBatch

REAL = Path(__file__).resolve().parents[1] / "data" / "realworld"
REAL_FILES = {p.name: p.read_bytes() for p in sorted(REAL.iterdir())
              if p.suffix in (".csv", ".vcf")}
ACTIONS = {"new", "update", "duplicate", "invalid"}

FAST = settings(max_examples=50, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow, HealthCheck.data_too_large])


def _workbook_bytes() -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(["姓名", "手机", "生日", "备注", "会员等级"])
    sheet.append(["王小明", "13812345678", "1990-05-03", "喜欢蓝色", "金卡"])
    sheet.append(["Li Lei", "+86 139 0000 1111", "农历八月十五", "=1+1", ""])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


XLSX = _workbook_bytes()
SAMPLES = {**REAL_FILES, "sheet.xlsx": XLSX}


def check_import(path: Path) -> importer.Plan | None:
    """Plan the file, then import it; assert the promises either way."""
    customers_before = Customer.select().count()
    batches_before = ImportBatch.select().count()
    try:
        plan = importer.plan_file(path)
    except CustbookError as exc:  # ReadError and friends: refused, with a reason
        assert str(exc).strip(), f"{type(exc).__name__} without a message"
        assert Customer.select().count() == customers_before
        return None
    assert isinstance(plan, importer.Plan)
    for row in plan.rows:
        assert row.action in ACTIONS and row.number >= 1
        if row.action == "invalid":
            assert row.reason.strip()
    result = importer.apply_plan(plan)
    assert result.created == plan.count("new")
    assert Customer.select().count() == customers_before + plan.count("new")
    assert ImportBatch.select().count() == batches_before + 1
    return plan


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# ------------------------------------------------------------------ random bytes

@FAST
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".csv", ".vcf", ".xlsx", ".txt",
                                                              ".tsv", ""]))
def test_random_bytes_are_planned_or_refused(book, tmp_path, data, suffix):
    check_import(write(tmp_path, "random" + suffix, data))


@FAST
@given(data=st.binary(max_size=3000))
def test_the_vcard_reader_never_raises(data):
    contacts = vcard_read.read_vcards(data)
    assert all(isinstance(c, vcard_read.Contact) for c in contacts)
    assert all(isinstance(c.name, str) for c in contacts)


@FAST
@given(data=st.binary(max_size=3000))
def test_the_csv_decoder_reads_or_says_which_encoding_failed(data):
    try:
        text, encoding = table_read.decode(data)
    except ReadError as exc:
        assert "encoding" in str(exc)
        return
    assert isinstance(text, str) and encoding
    try:
        rows = table_read.read_csv_text(text)
    except ReadError as exc:
        assert "damaged" in str(exc)
        return
    assert all(isinstance(cell, str) for row in rows for cell in row)


# ------------------------------------------------------------------ real files, damaged

@FAST
@given(name=st.sampled_from(sorted(SAMPLES)), draw=st.data())
def test_real_files_cut_short(book, tmp_path, name, draw):
    data = SAMPLES[name]
    cut = draw.draw(st.integers(0, len(data)), label="cut")
    check_import(write(tmp_path, "cut-" + name, data[:cut]))


def damaged(data: bytes, draw) -> bytes:
    """`data` with 1 to 12 bytes overwritten at random places."""
    damaged_data = bytearray(data)
    for _ in range(draw.draw(st.integers(1, 12), label="flips")):
        where = draw.draw(st.integers(0, len(data) - 1), label="where")
        damaged_data[where] = draw.draw(st.integers(0, 255), label="value")
    return bytes(damaged_data)


@FAST
@given(name=st.sampled_from(sorted(SAMPLES)), draw=st.data())
def test_real_files_with_damaged_bytes(book, tmp_path, name, draw):
    check_import(write(tmp_path, "flipped-" + name, damaged(SAMPLES[name], draw)))


@FAST
@given(draw=st.data(), cut=st.booleans())
def test_damaged_workbooks(book, tmp_path, draw, cut):
    """An .xlsx is a zip of XML: a damaged one fails deep inside openpyxl, not at opening."""
    data = damaged(XLSX, draw)
    if cut:
        data = data[:draw.draw(st.integers(0, len(data)), label="cut")]
    check_import(write(tmp_path, "damaged.xlsx", data))


@FAST
@given(name=st.sampled_from(sorted(SAMPLES)), other=st.sampled_from([".csv", ".vcf", ".xlsx"]))
def test_real_files_with_the_wrong_suffix(book, tmp_path, name, other):
    check_import(write(tmp_path, Path(name).stem + other, SAMPLES[name]))


# ------------------------------------------------------------------ vCard-like line soups

PROPERTY_NAMES = ["FN", "N", "TEL", "EMAIL", "ADR", "NOTE", "BDAY", "ORG", "PHOTO",
                  "item1.TEL", "X-ALTBDAY", "CATEGORIES", "IMPP", "VERSION", "BEGIN", "END",
                  "X-WECHAT", "LABEL", ""]
PARAMETERS = [";CHARSET=UTF-8", ";CHARSET=GBK", ";CHARSET=SHIFT_JIS", ";CHARSET=bogus",
              ";ENCODING=QUOTED-PRINTABLE", ";QUOTED-PRINTABLE", ";ENCODING=b",
              ";ENCODING=BASE64", ";TYPE=CELL", ";HOME;FAX", ";TYPE=\"work,voice\"",
              ";X-A=^n^'^^", ";CALSCALE=chinese", ";VALUE=date", ";LABEL=\"a:b\"", ";\"", ";="]
VALUES = ["VCARD", "3.0", "2.1", "张三", "王;小明;;;", "13812345678", "tel:+86-138",
          "1990-05-03", "--0503", "19900230", "0078000708L15", "00780007", "=E5=BC=A0=",
          "=E5=", "=ZZ", "iVBORw0KGgo=", "data:image/png;base64,iVBORw0KGgo=", "/9j/4AAQ",
          "a\\,b\\;c\\n", "\\", ";;;;;;", ",,,", ""]


@st.composite
def vcard_soups(draw) -> bytes:
    lines = []
    for _ in range(draw(st.integers(0, 4))):  # cards, mostly well framed
        if draw(st.integers(0, 4)):
            lines += ["BEGIN:VCARD", "VERSION:" + draw(st.sampled_from(["2.1", "3.0", "4.0"])),
                      "FN:" + draw(st.sampled_from(["张三", "Li Lei", "", "王=E5"]))]
        for _ in range(draw(st.integers(0, 12))):
            kind = draw(st.integers(0, 7))
            if kind == 0:
                lines.append(draw(st.sampled_from(["BEGIN:VCARD", "END:VCARD", "begin:vcard"])))
            elif kind == 1:  # a folded continuation, perhaps splitting a character
                lines.append(" " + draw(st.text(max_size=12)))
            else:
                name = draw(st.sampled_from(PROPERTY_NAMES))
                params = "".join(draw(st.lists(st.sampled_from(PARAMETERS), max_size=3)))
                value = draw(st.one_of(st.sampled_from(VALUES), st.text(max_size=30)))
                lines.append(f"{name}{params}:{value}" if kind > 2 else name + params)
        if draw(st.integers(0, 4)):
            lines.append("END:VCARD")
    end = draw(st.sampled_from(["\r\n", "\n", "\r", "\r\r\n"]))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "gb18030", "shift_jis",
                                     "latin-1"]))
    data = end.join(lines).encode(encoding, "replace")
    if draw(st.booleans()) and data:  # a multi-byte character split at a random byte
        cut = draw(st.integers(0, len(data)))
        data = data[:cut] + draw(st.sampled_from([b"\r\n ", b"=\r\n", b"\n"])) + data[cut:]
    return data


@FAST
@given(data=vcard_soups())
def test_vcard_line_soups(book, tmp_path, data):
    contacts = vcard_read.read_vcards(data)
    assert all(isinstance(c.phones, list) for c in contacts)
    check_import(write(tmp_path, "soup.vcf", data))


# ------------------------------------------------------------------ CSV with stray quotes

CELLS = st.one_of(st.text(max_size=20),
                  st.sampled_from(["王小明", "13812345678", "1990/5/3", "5月3日", "农历腊月廿三",
                                   "\"", "\"\"", "a\"b", "\"unclosed", "x\ny", "=1+1", "'=1+1",
                                   "金卡", "VIP;老客", ",", ";", "\t", "\x00", "\ufeff"]))
HEADERS = st.lists(st.sampled_from(["姓名", "Name", "手机", "电话", "Phone", "生日", "Birthday",
                                    "地址", "备注", "会员等级", "标签", "E-mail", "First Name",
                                    "Last Name", "", "\"姓名", "Mobile Phone"]),
                   min_size=1, max_size=6)


@st.composite
def csv_files(draw) -> bytes:
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
    rows = [draw(HEADERS)] + draw(st.lists(st.lists(CELLS, max_size=7), max_size=8))
    out = []
    for row in rows:
        cells = []
        for cell in row:
            style = draw(st.integers(0, 3))
            if style == 0:
                cells.append(cell)
            elif style == 1:
                cells.append('"' + cell.replace('"', '""') + '"')
            elif style == 2:
                cells.append('"' + cell)  # a quote that never closes
            else:
                cells.append(cell + '"')
        out.append(delimiter.join(cells))
    end = draw(st.sampled_from(["\r\n", "\n", "\r"]))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16",
                                     "shift_jis", "big5", "latin-1"]))
    data = end.join(out).encode(encoding, "replace")
    if draw(st.booleans()):
        data = codecs.BOM_UTF8 + data if draw(st.booleans()) else data[:-1]
    return data


@FAST
@given(data=csv_files(), suffix=st.sampled_from([".csv", ".txt"]))
def test_csv_with_random_quotes_and_encodings(book, tmp_path, data, suffix):
    check_import(write(tmp_path, "list" + suffix, data))


# ------------------------------------------------------------------ nothing half-imported

@FAST
@given(name=st.sampled_from(sorted(SAMPLES)), which=st.floats(0, 1, exclude_max=True))
def test_an_import_that_fails_half_way_leaves_the_book_as_it_was(book, tmp_path, name, which):
    """A row that breaks while being written (its tier vanished between the dry run and the
    import) undoes the rows written before it: all or nothing."""
    try:
        plan = importer.plan_file(write(tmp_path, name, SAMPLES[name]), on_duplicate="create")
    except CustbookError:
        return
    new_rows = [r for r in plan.rows if r.action == "new"]
    assume(new_rows)
    new_rows[int(len(new_rows) * which)].data["tier"] = 999_999
    customers_before = Customer.select().count()
    batches_before = ImportBatch.select().count()
    with pytest.raises(CustbookError) as err:
        importer.apply_plan(plan)
    assert str(err.value).strip()
    assert Customer.select().count() == customers_before
    assert ImportBatch.select().count() == batches_before
