"""Exporting the customer list: files read back with csv, openpyxl and a vCard unfolder."""
from __future__ import annotations

import base64
import csv
import datetime as dt
import subprocess
import sys

import pytest
from openpyxl import load_workbook

from custbook.customers import customers
from custbook.customers.customer_query import CustomerQuery
from custbook.exchange import export
from custbook.exchange.export import ExportError, export_customers

ROOT = __import__("pathlib").Path(__file__).resolve().parents[2]
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAE"
                       "hQGAhKmMIQAAAABJRU5ErkJggg==")


@pytest.fixture
def shop(book):
    """Three customers: Chinese, a formula-looking note, and one GBK cannot write."""
    wang = customers.save_customer(
        {"name": "王小明", "email": "wang@example.com", "birthday_calendar": "solar",
         "birthday_month": 5, "birthday_day": 3, "birth_year": 1990,
         "address": "杭州市西湖区文三路 1 号", "description": "喜欢蓝色\n第二行"},
        ["138 1234 5678", "0571-87654321"], tags=["VIP", "老客"])
    customers.set_photo(wang.id, PNG, "image/png")
    formula = customers.save_customer(
        {"name": "Alice Formula", "description": "=HYPERLINK(\"http://x\")",
         "wechat_id": "@alice", "birthday_calendar": "lunar", "birthday_month": 8,
         "birthday_day": 15, "birthday_leap": True},
        ["13900001111"], tags=["VIP"])
    emoji = customers.save_customer({"name": "Zoë 😀", "address": "-minus first"}, [])
    return {"wang": wang.id, "formula": formula.id, "emoji": emoji.id}


def _rows(path, encoding="utf-8-sig"):
    with open(path, encoding=encoding, newline="") as handle:
        return list(csv.reader(handle))


def test_csv_utf8_with_bom_and_chosen_columns(shop, tmp_path):
    out = tmp_path / "list.csv"
    report = export_customers(out, "csv", columns=["name", "phone", "other_phones",
                                                   "birthday", "description", "tags"])
    assert report.customers == 3
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = _rows(out)
    assert rows[0] == ["Name", "Phone", "Other phones", "Birthday", "Notes", "Tags"]
    by_name = {r[0]: r for r in rows[1:]}
    assert by_name["王小明"][1:] == ["138 1234 5678", "0571 8765 4321", "1990-05-03",
                                   "喜欢蓝色\n第二行", "VIP, 老客"]
    assert by_name["Alice Formula"][4] == "'=HYPERLINK(\"http://x\")"
    assert not (tmp_path / ".list.csv.part").exists()


def test_csv_neutralises_every_formula_start():
    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert export.neutralise(start + "1+1") == "'" + start + "1+1"
    assert export.neutralise("王 =1") == "王 =1"


def test_gbk_export_names_customer_and_column(shop, tmp_path):
    out = tmp_path / "gbk.csv"
    with pytest.raises(ExportError) as err:
        export_customers(out, "csv", encoding="gbk")
    assert "Zoë 😀" in str(err.value) and "Name" in str(err.value) and "😀" in str(err.value)
    assert not out.exists()
    report = export_customers(out, "csv", query=CustomerQuery(text="王小明"), encoding="gbk")
    assert report.customers == 1
    assert _rows(out, "gbk")[1][0] == "王小明"
    assert not out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_xlsx_real_types_frozen_header_and_widths(shop, tmp_path):
    out = tmp_path / "list.xlsx"
    export_customers(out, "xlsx", columns=list(export.COLUMNS))
    sheet = load_workbook(out).active
    assert sheet.freeze_panes == "A2"
    header = [c.value for c in sheet[1]]
    assert header == list(export.COLUMNS.values())
    rows = {r[0]: dict(zip(export.COLUMNS, r)) for r in sheet.iter_rows(min_row=2, values_only=True)}
    wang = rows["王小明"]
    assert wang["birthday"] == dt.datetime(1990, 5, 3)
    assert isinstance(wang["created_at"], dt.datetime)
    assert wang["purchase_count"] == 0 and wang["total_spent"] == 0
    alice = rows["Alice Formula"]
    assert alice["description"] == "=HYPERLINK(\"http://x\")"
    assert alice["lunar_birthday"] == "08L-15"
    cells = {c.value: c for c in sheet["A"]}
    note_cell = sheet.cell(row=cells["Alice Formula"].row, column=16)
    assert note_cell.data_type == "s"  # text, not a formula
    assert rows["Zoë 😀"]["address"] == "-minus first"
    assert sheet.column_dimensions["A"].width >= 10
    assert sheet.column_dimensions["I"].width > sheet.column_dimensions["F"].width


def _vcards(path):
    """Unfold a vCard file into a list of {property: [(params, value)]} dicts."""
    text = path.read_bytes().decode("utf-8").replace("\r\n ", "")
    cards, current = [], None
    for line in text.split("\r\n"):
        if line == "BEGIN:VCARD":
            current = {}
        elif line == "END:VCARD":
            cards.append(current)
        elif line:
            head, value = line.split(":", 1)
            name, *params = head.split(";")
            current.setdefault(name, []).append((params, value))
    return cards


def test_vcard_30_for_phones(shop, tmp_path):
    out = tmp_path / "list.vcf"
    assert export_customers(out, "vcf").customers == 3
    raw = out.read_bytes()
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    cards = {c["FN"][0][1]: c for c in _vcards(out)}
    wang = cards["王小明"]
    assert wang["VERSION"][0][1] == "3.0"
    assert [v for _, v in wang["TEL"]] == ["+8613812345678", "+8657187654321"]
    assert wang["TEL"][0][0] == ["TYPE=CELL,pref"]
    assert wang["BDAY"][0][1] == "1990-05-03"
    assert wang["NOTE"][0][1] == "喜欢蓝色\\n第二行"
    assert base64.b64decode(wang["PHOTO"][0][1]) == PNG
    assert cards["Alice Formula"]["X-ALTBDAY"] == [(["CALSCALE=chinese"], "0000000008L15")]
    assert "TEL" not in cards["Zoë 😀"]


def test_query_and_tag_filter(shop, tmp_path):
    from custbook.models import Tag

    out = tmp_path / "vip.csv"
    tag = Tag.get(Tag.name == "VIP")
    export_customers(out, "csv", query=CustomerQuery(tag_ids=(tag.id,), sort="name"))
    assert [r[0] for r in _rows(out)[1:]] == ["Alice Formula", "王小明"]


def test_unknown_column_and_format(shop, tmp_path):
    with pytest.raises(ExportError, match="nickname"):
        export_customers(tmp_path / "x.csv", "csv", columns=["nickname"])
    with pytest.raises(ExportError, match="pdf"):
        export_customers(tmp_path / "x.pdf", "pdf")


def test_cli_export(shop, book, tmp_path):
    from custbook import db

    db.close_book()
    out = tmp_path / "cli.csv"
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(book), "export",
                           "--format", "csv", "--out", str(out), "--tag", "VIP",
                           "--search", "王"], capture_output=True, text=True, cwd=ROOT, check=False,
                          env={**__import__("os").environ, "CUSTBOOK_NO_BOOTSTRAP": "1"})
    assert done.returncode == 0, done.stderr
    assert "1 customers written" in done.stdout
    assert [r[0] for r in _rows(out)[1:]] == ["王小明"]
    bad = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(book), "export",
                          "--format", "csv", "--out", str(out), "--force", "--tag", "nope"],
                         capture_output=True, text=True, cwd=ROOT, check=False,
                         env={**__import__("os").environ, "CUSTBOOK_NO_BOOTSTRAP": "1"})
    assert bad.returncode == 2 and "nope" in bad.stderr


def _chinese_translator():
    """The core's translation hook as a Chinese window sets it (from the .ts file)."""
    from pathlib import Path
    from xml.etree import ElementTree

    ts = ElementTree.parse(Path(__file__).resolve().parents[2] / "resources" / "translations"
                           / "custbook_zh_CN.ts")
    table = {(c.findtext("name"), m.findtext("source")): m.findtext("translation")
             for c in ts.getroot().iter("context") for m in c.iter("message")
             if m.findtext("translation")}
    return lambda context, text: table.get((context, text), text)


def test_a_chinese_export_writes_every_value_in_chinese_and_imports_back(shop, tmp_path):
    from custbook import i18n
    from custbook.exchange import import_read, importer

    customers.save_customer({**customers.get_card(shop["wang"]).fields, "gender": "female"},
                            ["138 1234 5678"], shop["wang"],
                            expected_version=customers.get_card(shop["wang"]).version)
    i18n.set_translator(_chinese_translator())
    try:
        out = tmp_path / "客户.csv"
        export_customers(out, "csv", columns=["name", "phone", "gender", "lunar_birthday"])
        rows = {r[0]: r for r in _rows(out)[1:]}
    finally:
        i18n.set_translator(None)
    assert rows["王小明"][2] == "女"  # not "female"
    assert rows["Alice Formula"][3] == "农历闰八月十五"  # not a Gregorian-looking 08L-15
    contacts, _first = importer.read_file(out)  # what an import reads back from it
    by_name = {c.name: c for c in contacts}
    assert by_name["Alice Formula"].birthday[:3] == ("lunar", 8, 15)
    assert by_name["Alice Formula"].birthday[-1] is True  # the leap month survives
    assert import_read._GENDERS[by_name["王小明"].extra["gender"]] == "female"
