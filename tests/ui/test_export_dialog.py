"""File › Export customers… as the shop owner uses it: the list she is looking at (search
and filters), only the customers she selected, or the whole book, as CSV, Excel or
vCard, with the columns she ticks — and the files read back with csv, openpyxl and the
vCard reader to check what is really in them."""
from __future__ import annotations

import csv
import datetime as dt
import os
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox

from custbook.customers import customers
from custbook.customers.customer_query import CustomerQuery
from custbook.exchange import export, vcard_read
from tests.conftest import TODAY
from tests.ui.customer_helpers import search, select_rows
from ui.exchange.export_dialog import ExportDialog


def customers_page(window):
    window.show_page("customers")
    return window.pages["customers"]


def open_from_file_menu(window) -> ExportDialog:
    """File › Export customers…"""
    action = next(a for a in window.menuBar().actions()[0].menu().actions()
                  if a.objectName() == "actionExportCustomers")
    action.trigger()
    dialog = window.export_actions.dialog
    assert dialog.isVisible()
    return dialog


def tick_columns(dialog: ExportDialog, keys: list[str]) -> None:
    """Untick everything (the None button), then tick `keys` one by one as a user would."""
    dialog.findChild(type(dialog.export_button), "exportColumnsNone").click()
    assert not dialog.export_button.isEnabled()  # no column: nothing to export
    for key in keys:
        dialog.column_checks[key].click()


def export_and_wait(qtbot, dialog: ExportDialog, path: Path) -> QMessageBox:
    """Export to `path` (as after the save dialog) and return the message shown at the end."""
    with qtbot.waitSignal(dialog.sig_finished, timeout=30000):
        dialog.export_to(path)
    box = dialog.message_box
    assert box is not None and box.isVisible()
    return box


def names_shown(page) -> list[str]:
    assert page.model.rowCount() == page.model.total()  # all loaded: the list is short
    return [page.model.row_of(r).name for r in range(page.model.rowCount())]


def csv_rows(path: Path, encoding: str = "utf-8-sig") -> list[list[str]]:
    with open(path, encoding=encoding, newline="") as handle:
        return list(csv.reader(handle))


def a_surname_with_few_customers() -> str:
    counts: dict[str, int] = {}
    for row in customers.list_customers(0, 300, "name"):
        if "\u4e00" <= row.name[0] <= "\u9fff":
            counts[row.name[0]] = counts.get(row.name[0], 0) + 1
    return next(s for s, n in sorted(counts.items(), key=lambda kv: -kv[1]) if 3 <= n <= 40)


def test_the_searched_list_goes_to_csv_with_the_ticked_columns_in_list_order(
        window, qtbot, tmp_path):
    page = customers_page(window)
    surname = a_surname_with_few_customers()
    search(qtbot, page, surname)
    shown = names_shown(page)
    dialog = open_from_file_menu(window)
    assert dialog.shown_radio.isChecked()
    assert f"{len(shown)} customers" in dialog.shown_radio.text()
    assert surname in dialog.shown_detail.text()
    assert dialog.all_radio.text().endswith("300 customers")
    assert not dialog.selected_radio.isEnabled()  # nobody selected
    dialog.set_format("csv")
    tick_columns(dialog, ["name", "phone", "tags"])
    assert dialog.chosen_columns() == ["name", "phone", "tags"]
    box = export_and_wait(qtbot, dialog, tmp_path / "list")  # the suffix is added
    out = tmp_path / "list.csv"
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, for Excel
    rows = csv_rows(out)
    assert rows[0] == ["Name", "Phone", "Tags"]
    assert [r[0] for r in rows[1:]] == shown  # the same customers, in the order shown
    first = page.model.row_of(0)
    assert rows[1][1].replace(" ", "") == (first.phone or "").replace(" ", "")
    assert box.objectName() == "exportDone"
    assert f"{len(shown)} customers written" in box.text()
    assert box.informativeText() == str(out)
    assert any(b.text() == "Open folder" for b in box.buttons())
    assert not dialog.isVisible()
    assert not list(tmp_path.glob(".*.part"))
    box.close()


def test_a_filtered_list_goes_to_excel_with_real_dates_and_a_frozen_header(
        window, qtbot, tmp_path):
    page = customers_page(window)
    tier = customers.all_tiers()[-1]
    page.filters.tier.setCurrentIndex(page.filters.tier.findData(tier.id))
    expected = customers.count_customers(CustomerQuery(tier_id=tier.id, today=TODAY))
    assert 0 < expected < 300 and page.model.total() == expected
    dialog = open_from_file_menu(window)
    assert "filters" in dialog.shown_detail.text()
    dialog.set_format("xlsx")
    assert not dialog.encoding.isEnabled()  # an encoding only means something for CSV
    tick_columns(dialog, ["name", "tier", "member_since", "total_spent"])
    box = export_and_wait(qtbot, dialog, tmp_path / "vip.xlsx")
    assert box.objectName() == "exportDone"
    sheet = load_workbook(tmp_path / "vip.xlsx").active
    assert sheet.freeze_panes == "A2"
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Name", "Member tier", "Member since", "Total spent")
    assert len(rows) - 1 == expected
    assert {r[1] for r in rows[1:]} == {tier.name}
    assert all(r[2] is None or isinstance(r[2], dt.datetime) for r in rows[1:])
    assert all(isinstance(r[3], (int, float)) for r in rows[1:])
    assert any(r[3] > 0 for r in rows[1:])
    box.close()


def test_only_the_selected_customers_from_the_list_menu(window, qtbot, tmp_path):
    page = customers_page(window)
    select_rows(page, [0, 2, 5])
    chosen = [page.model.row_of(r).name for r in (0, 2, 5)]
    dialog = page.export_customers()  # the list's context menu: Export…
    assert isinstance(dialog, ExportDialog)
    assert dialog.selected_radio.isChecked()
    assert "3 customers" in dialog.selected_radio.text()
    dialog.set_format("csv")
    dialog.check_defaults()
    export_and_wait(qtbot, dialog, tmp_path / "three.csv").close()
    rows = csv_rows(tmp_path / "three.csv")
    assert rows[0][:3] == ["Name", "Phone", "Other phones"]
    assert [r[0] for r in rows[1:]] == chosen


def test_everything_to_a_phone_as_vcard(window, qtbot, tmp_path):
    page = customers_page(window)
    search(qtbot, page, a_surname_with_few_customers())  # the list is searched …
    dialog = open_from_file_menu(window)
    dialog.set_what("all")  # … but she wants the whole book on the phone
    dialog.set_format("vcf")
    assert not dialog.columns.isVisibleTo(dialog)  # no columns: a vCard holds what a phone keeps
    assert dialog.vcard_note.isVisibleTo(dialog)
    assert "tier" in dialog.vcard_note.text()
    box = export_and_wait(qtbot, dialog, tmp_path / "phone.vcf")
    assert "300 customers written" in box.text()
    cards = vcard_read.read_vcards((tmp_path / "phone.vcf").read_bytes())
    assert len(cards) == 300
    book = {r.name for r in customers.list_customers(0, 300, "name")}
    assert {c.name for c in cards} == book
    with_phone = customers.list_customers(0, 300, "name")[0]
    card = next(c for c in cards if c.name == with_phone.name)
    assert bool(card.phones) == bool(with_phone.phone)
    box.close()


def test_gbk_for_older_programs(window, qtbot, tmp_path):
    page = customers_page(window)
    search(qtbot, page, a_surname_with_few_customers())
    shown = names_shown(page)
    dialog = open_from_file_menu(window)
    dialog.set_format("csv")
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("gbk"))
    tick_columns(dialog, ["name", "address"])
    export_and_wait(qtbot, dialog, tmp_path / "gbk.csv").close()
    data = (tmp_path / "gbk.csv").read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    assert [r[0] for r in csv_rows(tmp_path / "gbk.csv", "gbk")[1:]] == shown


def unwritable_folder(tmp_path: Path) -> Path:
    """A folder Custbook may not write in (root writes anywhere, except in /sys)."""
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        (folder / "probe").write_text("x")
    except OSError:
        return folder
    (folder / "probe").unlink()
    return Path("/sys")


def test_an_unwritable_folder_is_explained_and_nothing_is_left(window, qtbot, tmp_path):
    customers_page(window)
    dialog = open_from_file_menu(window)
    dialog.set_format("xlsx")
    folder = unwritable_folder(tmp_path)
    before = sorted(os.listdir(folder))
    box = export_and_wait(qtbot, dialog, folder / "list.xlsx")
    assert box.objectName() == "exportFailed"
    assert "No file was written" in box.text()
    assert "may not write in the folder" in box.informativeText()
    assert str(folder) in box.informativeText()
    assert sorted(os.listdir(folder)) == before
    assert dialog.isVisible() and dialog.export_button.isEnabled()  # choose another place
    box.close()
    gone = tmp_path / "usb-stick" / "list.csv"  # a stick pulled out after choosing it
    dialog.set_format("csv")
    box = export_and_wait(qtbot, dialog, gone)
    assert box.objectName() == "exportFailed"
    assert "does not exist" in box.informativeText()
    box.close()
    (tmp_path / "locked").chmod(0o700)


def test_the_choices_are_remembered_for_next_time(window, qtbot, tmp_path):
    customers_page(window)
    dialog = open_from_file_menu(window)
    dialog.set_format("xlsx")
    tick_columns(dialog, ["name", "email", "birthday"])
    export_and_wait(qtbot, dialog, tmp_path / "first.xlsx").close()
    again = open_from_file_menu(window)
    assert again is not dialog
    assert again.format() == "xlsx"
    assert again.chosen_columns() == ["name", "email", "birthday"]
    assert again.suggested_path().parent == tmp_path
    assert again.suggested_path().suffix == ".xlsx"
    again.findChild(type(again.export_button), "exportColumnsAll").click()
    assert len(again.chosen_columns()) == len(export.COLUMNS)
    again.reject()


def test_an_empty_search_leaves_nothing_to_export(window, qtbot):
    page = customers_page(window)
    search(qtbot, page, "zzzzqqq-nobody")
    dialog = open_from_file_menu(window)
    assert "0 customers" in dialog.shown_radio.text()
    assert not dialog.export_button.isEnabled()
    dialog.set_what("all")
    assert dialog.export_button.isEnabled()
    dialog.reject()


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_formula_in_the_notes_stays_text(window, qtbot, tmp_path, fmt):
    page = customers_page(window)
    customers.save_customer({"name": "公式客户", "description": "=HYPERLINK(\"http://x\")"}, [])
    search(qtbot, page, "公式客户")
    dialog = open_from_file_menu(window)
    dialog.set_format(fmt)
    tick_columns(dialog, ["name", "description"])
    export_and_wait(qtbot, dialog, tmp_path / f"formula.{fmt}").close()
    if fmt == "csv":
        assert csv_rows(tmp_path / "formula.csv")[1] == ["公式客户", "'=HYPERLINK(\"http://x\")"]
    else:
        cell = load_workbook(tmp_path / "formula.xlsx").active["B2"]
        assert cell.data_type == "s" and cell.value == "=HYPERLINK(\"http://x\")"
