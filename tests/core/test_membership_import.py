"""Opening balances from another membership system: exact money, refusals by row, undo."""
from __future__ import annotations

import datetime as dt

import pytest

from custbook.customers import customers
from custbook.errors import CustbookError
from custbook.membership import accounts, figures, ledger, numbers, opening
from custbook.models import Customer, MemberEntry

TODAY = dt.date(2026, 11, 22)

CSV = """\ufeff会员卡号,姓名,手机,等级,积分,储值余额,次卡名称,剩余次数,次卡金额,开卡日期
V0001,王芳,13800138000,金卡,"1,200",￥1280.00,洗剪吹10次卡,7,680,2021-03-05
V0002,李娜,13900139000,,0,"3,000",,,,2022/7/1
V0003,张伟,13700137000,,,"8,888.88",,,,
V0004,赵敏,13600136000,,12a,100,,,,
V0005,钱多多,13500135000,,10,-50,,,,
V0001,孙悟空,13400134000,,5,1,,,,
V0007,,13300133000,,5,1,,,,
V0008,王芳二,13800138000,,5,1,,,,
"""


def write(tmp_path, text=CSV, name="members.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_dry_run_reads_money_exactly_and_refuses_bad_rows_by_number(book, tmp_path):
    plan = opening.plan_file(write(tmp_path))
    by_row = {r.number: r for r in plan.rows}
    assert (by_row[2].value_cents, by_row[2].points, by_row[2].visits) == (128000, 1200, 7)
    assert by_row[3].value_cents == 300000 and by_row[4].value_cents == 888888
    assert by_row[3].opened == dt.date(2022, 7, 1)
    refused = {r.number: " ".join(r.problems) for r in plan.refused()}
    assert set(refused) == {5, 6, 7, 8, 9}
    assert "row 2" in refused[9]  # the same phone twice in the file: not a second card
    assert "12a" in refused[5]
    assert "negative" in refused[6]
    assert "row 2" in refused[7]
    assert "no name" in refused[8]
    assert plan.totals() == (128000 + 300000 + 888888, 1200, 7)
    assert Customer.select().count() == 0 and MemberEntry.select().count() == 0


def test_the_import_writes_opening_entries_and_undo_takes_them_back(book, tmp_path):
    someone = customers.save_customer({"name": "李娜"}, ["139 0013 9000"]).id
    plan = opening.plan_file(write(tmp_path))
    assert [r.action for r in plan.rows if not r.refused] == ["new", "existing", "new"]
    record = opening.apply_plan(plan)
    wang = numbers.find("v0001")
    b = accounts.balances(wang)
    assert (b.value_cents, b.points, [(c.name, c.left, c.price_cents) for c in b.cards]) == (
        128000, 1200, [("洗剪吹10次卡", 7, 68000)])
    assert Customer.get_by_id(wang).member_since == dt.date(2021, 3, 5)
    assert numbers.find("V0002") == someone and accounts.balances(someone).value_cents == 300000
    first = accounts.ledger(wang)[-1]
    assert (first.action, first.at.date()) == ("opening", dt.date(2021, 3, 5))
    owed = figures.owed(TODAY)
    assert (owed.value_cents, owed.count_cards_cents, owed.points) == (
        128000 + 300000 + 888888, 68000, 1200)
    # importing the same file again: every card number is already in the book
    again = opening.plan_file(write(tmp_path))
    assert all("already in the book" in " ".join(r.problems) for r in again.rows
               if r.card_number in ("V0001", "V0002", "V0003"))
    opening.undo(record.id)
    assert figures.owed(TODAY).value_cents == 0
    assert numbers.find("V0001") is None and numbers.find("V0002") is None
    assert Customer.get_or_none(Customer.id == wang) is None
    assert Customer.get_by_id(someone).name == "李娜"
    with pytest.raises(CustbookError):
        opening.undo(record.id)


def test_undo_is_refused_once_an_imported_balance_was_spent(book, tmp_path):
    record = opening.apply_plan(opening.plan_file(write(tmp_path)))
    ledger.spend(numbers.find("V0003"), 100)
    with pytest.raises(CustbookError):
        opening.undo(record.id)
    assert figures.owed(TODAY).value_cents == 128000 + 300000 + 888888 - 100


def test_xlsx_exports_are_read_too(book, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Card number", "Name", "Phone", "Points", "Balance", "Opened"])
    ws.append(["A-1", "Alice", "13800138000", 50, 1280.5, dt.datetime(2020, 1, 2)])
    path = tmp_path / "m.xlsx"
    wb.save(path)
    plan = opening.plan_file(path)
    assert not plan.refused()
    opening.apply_plan(plan)
    cid = numbers.find("A-1")
    assert accounts.balances(cid).value_cents == 128050
