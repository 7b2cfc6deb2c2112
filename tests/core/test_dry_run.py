"""The dry run of a big file keeps only what it reports: the counts, the first problem rows
and how many more, in memory that does not grow with the rows' fields."""
from __future__ import annotations

import tracemalloc
from pathlib import Path

from openpyxl import Workbook

from custbook.cli import main as cli
from custbook.customers import customers
from custbook.exchange import dry_run, importer
from custbook.models import Customer


def xlsx(path: Path, rows: list[list[object]], header=("姓名", "手机", "生日", "备注")) -> Path:
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(list(header))
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def messy_rows() -> list[list[object]]:
    rows: list[list[object]] = []
    for n in range(1200):
        rows.append([f"顾客{n}", f"139{n:08d}", "1990-05-03", "老顾客"])
    rows[10] = ["", "13800000001", "", "no name"]                     # invalid
    rows[20] = ["重复", "13900000003", "", ""]                         # same phone as row 5
    rows[30] = ["坏生日", "13900000030", "1990-02-30", ""]             # a warning
    rows[700] = ["张三", "13800138000", "", ""]                        # a card in the book
    rows[701] = []                                                    # a blank row
    return rows


def test_the_dry_run_counts_and_lists_what_the_full_plan_says(book, tmp_path):
    customers.save_customer({"name": "张三"}, ["13800138000"])
    path = xlsx(tmp_path / "messy.xlsx", messy_rows())
    plan = importer.plan_file(path)
    summary = dry_run.dry_run_file(path)
    for action in ("new", "update", "duplicate", "invalid"):
        assert summary.count(action) == plan.count(action), action
    expected = [(r.number, r.action, r.reason, r.warnings) for r in plan.rows
                if r.action != "new" or r.warnings]
    assert [(r.number, r.action, r.reason, r.warnings) for r in summary.listed] == expected
    assert summary.unlisted == 0 and summary.rows_read == 1199
    assert any("Same phone number as row 5 (顾客3)" in r.reason for r in summary.listed)
    assert Customer.select().count() == 1  # nothing written


def test_only_the_first_problem_rows_are_listed_and_the_rest_counted(book, tmp_path, capsys):
    rows = [[f"同号{n}", "13900139000", "", ""] for n in range(50)]
    path = xlsx(tmp_path / "same.xlsx", rows)
    summary = dry_run.dry_run_file(path, listed=5)
    assert summary.count("new") == 1 and summary.count("duplicate") == 49
    assert [r.number for r in summary.listed] == [3, 4, 5, 6, 7]
    assert summary.unlisted == 44
    assert all(r.data == {} for r in summary.listed)  # only their words are kept
    assert cli.run(["--db", str(book), "import", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "New: 1  Updated: 0  Duplicates: 49  Invalid: 0" in out
    assert "row 51 (同号49, duplicate, skipped): Same phone number as row 2 (同号0)." in out


def test_the_cli_dry_run_says_how_many_more_it_did_not_list(book, tmp_path, capsys):
    rows = [["", f"139{n:08d}", "", ""] for n in range(dry_run.LISTED + 7)]
    rows.append(["有名字", "13800138000", "", ""])
    path = xlsx(tmp_path / "nameless.xlsx", rows)
    assert cli.run(["--db", str(book), "import", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert f"Invalid: {dry_run.LISTED + 7}" in out
    assert out.count("There is no name.") == dry_run.LISTED
    assert "… and 7 more rows with a problem or a warning (not listed)" in out


def test_day_or_month_first_is_decided_by_a_later_row_as_in_the_full_plan(book, tmp_path):
    rows = [[f"顾客{n}", f"139{n:08d}", "03/05/1990", ""] for n in range(30)]
    rows.append(["定序", "13800138000", "05/25/1990", ""])  # month first: 25 is no month
    path = xlsx(tmp_path / "dates.xlsx", rows)
    contacts = list(dry_run.stream_contacts(path))
    planned, _ = importer.read_file(path)
    assert [c.birthday for c in contacts] == [c.birthday for c in planned]
    assert contacts[0].birthday[1:3] == (3, 5)  # March 5th
    assert [c.row_number for c in contacts] == list(range(2, 33))


def test_the_dry_runs_memory_does_not_hold_the_rows(book, tmp_path):
    rows = [[f"顾客{n}", f"139{n:08d}", "1990-05-03", "这位老顾客喜欢红茶，每周来两次" * 4]
            for n in range(6000)]
    path = xlsx(tmp_path / "big.xlsx", rows)
    peaks = {}
    for name, run in (("plan", importer.plan_file), ("dry run", dry_run.dry_run_file)):
        tracemalloc.start()
        result = run(path)
        peaks[name] = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        assert result.count("new") == 6000
        del result
    assert peaks["dry run"] < peaks["plan"] / 3, peaks
