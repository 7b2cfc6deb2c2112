"""Hostile files: each is imported with its problems named, or refused in one clear sentence.

Never a traceback, never a swallowed row, never the book changed by a refusal.
"""
from __future__ import annotations

import codecs
import io
import zipfile
from pathlib import Path

import pytest

from custbook.cli import main as cli
from custbook.exchange import importer, table_read, vcard_read
from custbook.exchange.table_read import ReadError
from custbook.models import Customer

CSV_HEAD = "姓名,手机,邮箱,备注\n"


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


# --- CSV -------------------------------------------------------------------------------

def test_an_unclosed_quote_names_its_line_and_is_refused(book, tmp_path):
    path = write(tmp_path / "q.csv", CSV_HEAD + "张三,13800138000,,好\n"
                 "李四,13900139000,,\"没关上的引号\n王五,13700137000,,\n赵六,13600136000,,\n")
    with pytest.raises(ReadError, match=r"^Line 3 of the CSV file opens a quote"):
        importer.plan_file(path)
    assert Customer.select().count() == 0


def test_a_quoted_note_over_several_lines_is_still_fine(book, tmp_path):
    path = write(tmp_path / "ok.csv", CSV_HEAD + "张三,13800138000,,\"第一行\n第二行\"\n"
                 "李四,13900139000,,\n")
    plan = importer.plan_file(path)
    assert [(r.number, r.action) for r in plan.rows] == [(2, "new"), (3, "new")]


def test_a_huge_cell_is_read_not_refused_in_csv_words(book, tmp_path):
    path = write(tmp_path / "big.csv", CSV_HEAD + f"张三,13800138000,,\"{'长' * 200_000}\"\n")
    plan = importer.plan_file(path)
    assert plan.rows[0].action == "new"


def test_blank_rows_are_skipped_silently_and_rows_keep_their_numbers(book, tmp_path):
    path = write(tmp_path / "blank.csv", CSV_HEAD + ",,,\n\n张三,13800138000,,\n,,,\n"
                 "   ,  ,,\n李四,13900139000,,\n\n")
    plan = importer.plan_file(path)
    assert [(r.number, r.name, r.action) for r in plan.rows] == [
        (4, "张三", "new"), (7, "李四", "new")]


def test_a_header_only_file_is_refused_and_makes_no_batch(book, tmp_path):
    path = write(tmp_path / "head.csv", CSV_HEAD + ",,,\n")
    with pytest.raises(ReadError, match="only the column names"):
        importer.plan_file(path)


def test_a_bad_e_mail_keeps_the_customer_like_a_bad_phone(book, tmp_path):
    path = write(tmp_path / "mail.csv", CSV_HEAD + "张三,13800138000,不是邮箱,老客户\n")
    plan = importer.plan_file(path)
    row = plan.rows[0]
    assert row.action == "new" and "email" not in row.data
    assert any(w.startswith("email: ") and w.endswith("It was left out.") for w in row.warnings)
    assert "email: 不是邮箱" in row.data["description"]


def test_utf16_without_a_bom_is_read_in_both_byte_orders(book, tmp_path):
    text = CSV_HEAD + "张三,13800138000,,\n"
    for encoding in ("utf-16-le", "utf-16-be"):
        plan = importer.plan_file(write(tmp_path / f"{encoding}.csv", text, encoding))
        assert [r.name for r in plan.rows] == ["张三"], encoding


def test_a_file_mixing_utf8_and_gbk_says_so(book, tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_bytes(CSV_HEAD.encode() + "张三,13800138000,,\n".encode()
                     + "李四,13900139000,,\n".encode("gbk"))
    with pytest.raises(ReadError, match=r"mixes two text encodings: line 1 is UTF-8 but line 3"):
        importer.plan_file(path)


def test_a_gbk_file_is_still_read(book, tmp_path):
    plan = importer.plan_file(write(tmp_path / "gbk.csv", CSV_HEAD + "李四,13900139000,,\n",
                                    "gbk"))
    assert [r.name for r in plan.rows] == ["李四"]


# --- XLSX ------------------------------------------------------------------------------

def test_a_stray_cell_at_xfd1048576_is_read_in_bounded_memory(book, tmp_path):
    import tracemalloc

    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["姓名", "手机"])
    sheet.append(["张三", "13800138000"])
    sheet["C40"].number_format = "0.00"  # a formatted, empty cell far below
    sheet["XFD1048576"] = "x"
    path = tmp_path / "far.xlsx"
    workbook.save(path)
    tracemalloc.start()
    try:
        table = table_read.read_xlsx(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert table.headers == ["姓名", "手机"]
    # the stray cell is right of the columns: its row holds nothing to import
    assert table.rows == [["张三", "13800138000"]] and table.numbers == [2]
    assert peak < 20 * 2**20
    plan = importer.plan_file(path)
    assert [(r.number, r.action) for r in plan.rows] == [(2, "new")]
    sheet["B1048575"] = "13900139000"  # a row far down inside the columns keeps its number
    workbook.save(path)
    assert [(r.number, r.action) for r in importer.plan_file(path).rows] == [
        (2, "new"), (1048575, "invalid")]


def test_a_damaged_workbook_does_not_leak_zip_words(book, tmp_path):
    from openpyxl import Workbook

    good = tmp_path / "good.xlsx"
    workbook = Workbook()
    workbook.active.append(["姓名"])
    workbook.active.append(["张三"])
    workbook.save(good)
    damaged = io.BytesIO()
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename.endswith("sheet1.xml"):
                target.writestr(item, data)
            else:
                target.writestr(item, data, compress_type=zipfile.ZIP_DEFLATED)
    raw = bytearray(damaged.getvalue())
    at = raw.find(b"sheet1.xml", raw.find(b"sheet1.xml") + 1)
    for i in range(at - 200, at - 100):  # scribble over compressed bytes before the directory
        raw[i] ^= 0x5A
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(bytes(raw))
    with pytest.raises(ReadError) as caught:
        importer.plan_file(bad)
    assert "Error -3" not in str(caught.value) and "decompress" not in str(caught.value)
    assert "damaged" in str(caught.value) or "not an Excel" in str(caught.value)


# --- vCard -----------------------------------------------------------------------------

CARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nTEL:{phone}\r\n"


def test_a_last_card_without_end_is_read_with_a_warning(book, tmp_path):
    text = CARD.format(name="张三", phone="13800138000") + "END:VCARD\r\n" + \
        CARD.format(name="李四", phone="13900139000")
    plan = importer.plan_file(write(tmp_path / "cut.vcf", text))
    assert [r.name for r in plan.rows] == ["张三", "李四"]
    assert any("no END:VCARD" in w for w in plan.rows[1].warnings)
    single = importer.plan_file(write(tmp_path / "one.vcf",
                                      CARD.format(name="王五", phone="13700137000")))
    assert [r.name for r in single.rows] == ["王五"]


def test_a_card_missing_its_end_before_the_next_card_is_kept(book, tmp_path):
    text = CARD.format(name="张三", phone="13800138000") + \
        CARD.format(name="李四", phone="13900139000") + "END:VCARD\r\n"
    assert [c.name for c in vcard_read.read_vcards(text.encode())] == ["张三", "李四"]


def test_a_folded_5_mb_photo_is_joined_whole():
    import base64
    import os

    image = b"\xff\xd8" + os.urandom(5 * 2**20)
    encoded = base64.b64encode(image)
    folded = b"\r\n ".join(encoded[i:i + 74] for i in range(0, len(encoded), 74))
    data = (CARD.format(name="张三", phone="13800138000").encode()
            + b"PHOTO;ENCODING=b;TYPE=JPEG:" + folded + b"\r\nNOTE;ENCODING=QUOTED-PRINTABLE:"
            + b"=E8=80=81=\r\n=E5=AE=A2=E6=88=B7\r\nEND:VCARD\r\n")
    contact, = vcard_read.read_vcards(data)
    assert contact.photo == (image, "image/jpeg")
    assert contact.note == "老客户"


# --- iCalendar -------------------------------------------------------------------------

ICS = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:王芳生日\r\n"
       "DTSTART;VALUE=DATE:{day}\r\nRRULE:{rule}\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:b\r\n"
       "SUMMARY:李雷生日\r\nDTSTART;VALUE=DATE:19900503\r\nRRULE:FREQ=YEARLY\r\nEND:VEVENT\r\n"
       "END:VCALENDAR\r\n")


@pytest.mark.parametrize("day", ["20230230", "20231345", "00000101", "tomorrow"])
def test_an_event_on_an_impossible_day_is_left_out_and_the_rest_imported(book, tmp_path, day):
    from custbook import clock
    from custbook.exchange import ical_import

    path = write(tmp_path / "cal.ics", ICS.format(day=day, rule="FREQ=YEARLY"))
    found = ical_import.read_calendar(path, clock.today())
    assert [p.title for p in found.planned] == ["李雷生日"]
    assert [(x.title, x.reason) for x in found.left_out] == [
        ("王芳生日", f"Its start day “{day}” is not a date.")]


def test_an_unreadable_repeat_rule_is_quoted_not_spelled_out(book, tmp_path):
    from custbook import clock
    from custbook.exchange import ical_import

    path = write(tmp_path / "cal.ics", ICS.format(day="19900305", rule="FREQ=YEARLY;BYDAY=9;;=A"))
    found = ical_import.read_calendar(path, clock.today())
    assert [x.reason for x in found.left_out] == [
        "Its repeat rule “FREQ=YEARLY;BYDAY=9;;=A” cannot be read."]


# --- the import command ----------------------------------------------------------------

def test_undo_of_an_impossible_batch_number_is_one_sentence(book, capsys):
    assert cli.run(["--db", str(book), "import", "--undo", "99999999999999999999"]) == 2
    assert capsys.readouterr().err == \
        "custbook: There is no import numbered 99999999999999999999.\n"


def test_day_first_and_month_first_together_are_refused(book, capsys):
    with pytest.raises(SystemExit) as caught:
        cli.run(["--db", str(book), "import", "x.csv", "--day-first", "--month-first"])
    assert caught.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err


def test_the_dry_run_names_every_duplicate_and_what_it_matches(book, tmp_path, capsys):
    from custbook.customers import customers

    customers.save_customer({"name": "张三"}, ["13800138000"])
    path = write(tmp_path / "dup.csv", CSV_HEAD + "张三,13800138000,,\n李四,13900139000,,\n"
                 "李四二,13900139000,,\n")
    assert cli.run(["--db", str(book), "import", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "row 2 (张三, duplicate, skipped): 张三 already has the phone number" in out
    assert "row 4 (李四二, duplicate, skipped): Same phone number as row 3 (李四)." in out


def test_chinese_tier_names_match_the_books_tiers_whatever_its_language(book, tmp_path):
    from custbook.models import Tier

    for key, name, rank in (("regular", "Regular", 0), ("silver", "Silver", 1),
                            ("gold", "Gold", 2)):
        if not Tier.select().where(Tier.key == key).exists():
            Tier.create(key=key, name=name, rank=rank)
    ids = {t.key: t.id for t in Tier.select() if t.key}
    path = write(tmp_path / "tiers.csv", "姓名,手机,会员等级\n张三,13800138000,金卡\n"
                 "李四,13900139000,银卡会员\n王五,13700137000,普通\n赵六,13600136000,GOLD\n"
                 "钱七,13500135000,铂金\n")
    rows = importer.plan_file(path).rows
    assert [r.data.get("tier") for r in rows] == [ids["gold"], ids["silver"], ids["regular"],
                                                  ids["gold"], None]
    assert "There is no member tier “铂金”" in rows[4].warnings[0]
