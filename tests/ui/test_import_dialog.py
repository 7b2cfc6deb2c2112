"""The import dialog and the import history, driven as the shop owner would.

Real files written in tmp_path (GB18030 with Chinese headers, day/month dates, broken
files, an Excel workbook with two sheets), copies of real phone exports from
tests/data/realworld, a real book: the preview, the changed mapping, the dry run's
listed rows, the import, a cancel in the middle, and the undo.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from custbook.customers import customers
from custbook.models import Customer, ImportBatch
from tests.ui.customer_helpers import answer_box

REALWORLD = Path(__file__).resolve().parent.parent / "data" / "realworld"


# ------------------------------------------------------------------ helpers

def write_csv(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def open_dialog(qtbot, path: Path):
    from ui.exchange.import_dialog import ImportDialog
    from ui.exchange.import_source import open_source

    dialog = ImportDialog(None, open_source(path))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def run_check(qtbot, dialog) -> None:
    assert dialog.check_button.isVisible() and dialog.check_button.isEnabled()
    with qtbot.waitSignal(dialog.sig_checked, timeout=10000):
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == 1


def run_import(qtbot, dialog):
    assert dialog.import_button.isVisible() and dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.sig_finished_import, timeout=20000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    return blocker.args


def headers_shown(dialog) -> list[str]:
    table = dialog.preview
    return [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]


def fields_shown(dialog) -> list[str]:
    return [combo.currentText() for combo in dialog.combos]


def counts_shown(dialog) -> dict[str, int]:
    return {key: int(label.text().replace(",", "")) for key, label in dialog.count_labels.items()}


def names_in_book() -> set[str]:
    return {c.name for c in Customer.select(Customer.name)}


# ------------------------------------------------------------------ the columns page

def test_gb18030_file_with_chinese_headers_is_previewed_mapped_and_imported(qtbot, book,
                                                                             tmp_path):
    from ui.signals import bus

    path = write_csv(tmp_path / "会员名单.csv", [
        "姓名,手机,生日,地址,备注,积分",
        "张三,13800138000,1990-05-03,北京市朝阳区,老顾客,120",
        "李四,13900139000,农历八月十五,上海市,,30",
        "王五,13700137000,,广州市,喜欢红色,0",
    ], "gb18030")
    dialog = open_dialog(qtbot, path)
    assert "GB18030" in dialog.file_label.text() and "3" in dialog.file_label.text()
    assert headers_shown(dialog) == ["姓名", "手机", "生日", "地址", "备注", "积分"]
    assert fields_shown(dialog) == ["Name", "Phone", "Birthday", "Address", "Notes", "(ignore)"]
    assert dialog.preview.item(1, 0).text() == "张三"
    assert dialog.preview.verticalHeaderItem(1).text() == "2"  # the file's own row numbers
    assert dialog.dates_box.isVisible()
    assert "1990-05-03 → 1990-05-03" in dialog.date_examples.text()
    assert not dialog.name_warning.isVisible()

    run_check(qtbot, dialog)
    assert counts_shown(dialog) == {"new": 3, "update": 0, "duplicate": 0, "invalid": 0}
    assert "Every row can be imported" in dialog.check_summary.text()
    assert dialog.import_button.text() == "Import 3 customers"
    assert names_in_book() == set()  # the dry run wrote nothing

    with qtbot.waitSignal(bus().sig_data_changed, timeout=20000) as changed:
        result, error = run_import(qtbot, dialog)
    assert error is None and (result.created, result.updated) == (3, 0)
    assert "customers" in changed.args[0]
    assert names_in_book() == {"张三", "李四", "王五"}
    zhang = customers.get_card(Customer.get(Customer.name == "张三").id)
    assert [p.number for p in zhang.phones] == ["+8613800138000"]
    assert zhang.fields["address"] == "北京市朝阳区"
    li = Customer.get(Customer.name == "李四")
    assert (li.birthday_calendar, li.birthday_month, li.birthday_day) == ("lunar", 8, 15)
    assert dialog.message_box.objectName() == "importDone"
    assert "3 new customers" in dialog.message_box.informativeText()
    assert not dialog.isVisible()


def test_owner_changes_the_mapping_and_the_import_follows_it(qtbot, book, tmp_path):
    path = write_csv(tmp_path / "list.csv", [
        "Full name,Cell,Comments,Nickname",
        "Ann Lee,13800138001,likes tea,Annie",
        "Bob Wu,13800138002,,Bobby",
    ])
    dialog = open_dialog(qtbot, path)
    assert fields_shown(dialog) == ["Name", "Phone", "(ignore)", "(ignore)"]
    # Comments are notes: chosen in the column's box, as the owner does.
    notes = dialog.combos[2]
    notes.setCurrentIndex(notes.findText("Notes"))
    assert dialog.mapping() == {0: "name", 1: "phone", 2: "note"}
    # Nickname taken as the name: the full-name column gives way (one column per field).
    nickname = dialog.combos[3]
    nickname.setCurrentIndex(nickname.findText("Name"))
    assert fields_shown(dialog) == ["(ignore)", "Phone", "Notes", "Name"]
    # No name at all: the owner is told and cannot go on.
    nickname.setCurrentIndex(nickname.findText("(ignore)"))
    assert dialog.name_warning.isVisible() and not dialog.check_button.isEnabled()
    dialog.set_field(0, "name")
    assert not dialog.name_warning.isVisible() and dialog.check_button.isEnabled()
    # Ignored columns are greyed in the preview.
    assert dialog.preview.item(1, 3).font().italic()
    assert not dialog.preview.item(1, 0).font().italic()

    run_check(qtbot, dialog)
    run_import(qtbot, dialog)
    ann = customers.get_card(Customer.get(Customer.name == "Ann Lee").id)
    assert ann.fields["description"] == "likes tea"
    assert "Annie" not in names_in_book()


def test_dates_read_day_or_month_first_as_chosen(qtbot, book, tmp_path):
    path = write_csv(tmp_path / "birthdays.csv", [
        "Name,Phone,Birthday",
        "Cai Lun,13800138011,3/5/1990",
        "Du Fu,13800138012,4/6/1985",
    ])
    dialog = open_dialog(qtbot, path)
    assert dialog.dates_box.isVisible()
    assert dialog.date_order.currentText().startswith("Automatic")
    assert "3/5/1990 → 1990-05-03" in dialog.date_examples.text()  # day first by default
    dialog.date_order.setCurrentIndex(dialog.date_order.findData(False))
    assert "3/5/1990 → 1990-03-05" in dialog.date_examples.text()
    run_check(qtbot, dialog)
    run_import(qtbot, dialog)
    cai = Customer.get(Customer.name == "Cai Lun")
    assert (cai.birthday_month, cai.birthday_day, cai.birth_year) == (3, 5, 1990)


def test_month_first_column_is_detected(qtbot, book, tmp_path):
    path = write_csv(tmp_path / "us.csv", ["Name,Birthday", "Eve,12/25/1980", "Fay,3/5/1990"])
    dialog = open_dialog(qtbot, path)
    assert "month first" in dialog.date_order.currentText()
    assert "3/5/1990 → 1990-03-05" in dialog.date_examples.text()


# ------------------------------------------------------------------ the dry run

def test_dry_run_lists_each_invalid_and_duplicate_row_with_number_and_reason(qtbot, book,
                                                                            tmp_path):
    existing = customers.save_customer({"name": "Old Friend"}, ["13800138999"])
    path = write_csv(tmp_path / "mixed.csv", [
        "Name,Phone,E-mail,Birthday",
        "Good One,13800138100,good@example.com,1990-01-02",   # row 2: new
        ",13800138101,,",                                      # row 3: no name
        "Bad Mail,13800138102,not-an-address,",                # row 4: e-mail left out
        "Twice,13800138100,,",                                 # row 5: same phone as row 2
        "Odd Date,13800138103,,31/31/1990",                    # row 6: birthday left out
        "Old Friend Again,13800138999,,",                      # row 7: already in the book
    ])
    dialog = open_dialog(qtbot, path)
    run_check(qtbot, dialog)
    assert counts_shown(dialog) == {"new": 3, "update": 0, "duplicate": 2, "invalid": 1}
    rows = {number: (what, why) for number, what, why in dialog.problem_rows()}
    assert sorted(rows) == [3, 4, 5, 6, 7]
    assert rows[3] == ("Left out: invalid", "There is no name.")
    assert rows[4][0] == "Added, with a warning" and rows[4][1].startswith("email:")
    assert rows[5] == ("Left out: duplicate", "Same phone number as row 2 (Good One).")
    assert rows[6][0] == "Added, with a warning" and "31/31/1990" in rows[6][1]
    assert rows[7][0] == "Left out: duplicate" and "Old Friend" in rows[7][1]
    assert "3 rows are left out" in dialog.check_summary.text()
    assert dialog.import_button.text() == "Import 3 customers"
    assert names_in_book() == {"Old Friend"}

    # Update the existing card instead: back, choose, check again.
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == 0
    dialog.findChild(type(dialog.duplicate_group.button(0)), "importDuplicate_update").click()
    assert dialog.plan is None  # a changed choice needs a new check
    run_check(qtbot, dialog)
    assert counts_shown(dialog) == {"new": 3, "update": 1, "duplicate": 1, "invalid": 1}
    result, error = run_import(qtbot, dialog)
    assert error is None and (result.created, result.updated) == (3, 1)
    assert names_in_book() == {"Old Friend Again", "Good One", "Odd Date", "Bad Mail"}
    assert Customer.get_by_id(existing.id).name == "Old Friend Again"


# ------------------------------------------------------------------ other kinds of files

def test_phone_vcard_with_lunar_birthday_and_photo(qtbot, book, tmp_path):
    lunar_card = shutil.copy(REALWORLD / "vcf30-iphone-ios8-allfields-lunar-bday.vcf",
                             tmp_path / "iphone.vcf")
    dialog = open_dialog(qtbot, Path(lunar_card))
    assert dialog.combos == [] and not dialog.dates_box.isVisible()
    assert "vCard" in dialog.file_label.text()
    assert dialog.preview.item(0, 0).text() == "Dr. Full Middle Contact Suffix"
    assert dialog.preview.item(0, 3).text().startswith("lunar")  # shown as the lunar date
    run_check(qtbot, dialog)
    run_import(qtbot, dialog)
    card = Customer.get(Customer.name == "Dr. Full Middle Contact Suffix")
    assert (card.birthday_calendar, card.birthday_month, card.birthday_day) == ("lunar", 12, 1)

    photo_card = shutil.copy(REALWORLD / "vcf30-macos12-zh-company-photo.vcf",
                             tmp_path / "mac.vcf")
    dialog = open_dialog(qtbot, Path(photo_card))
    assert dialog.preview.item(0, 0).text() == "华为云"
    assert dialog.preview.item(0, 5).text() == "yes"
    run_check(qtbot, dialog)
    run_import(qtbot, dialog)
    assert customers.photo_of(Customer.get(Customer.name == "华为云").id) is not None


def test_android_export_with_six_contacts(qtbot, book, tmp_path):
    path = shutil.copy(REALWORLD / "vcf21-android-qp-utf8-6contacts.vcf", tmp_path / "a.vcf")
    dialog = open_dialog(qtbot, Path(path))
    assert dialog.preview.rowCount() == 6
    run_check(qtbot, dialog)
    counts = counts_shown(dialog)
    assert sum(counts.values()) == 6
    invalid = [n for n, what, why in dialog.problem_rows() if what == "Left out: invalid"]
    assert len(invalid) == counts["invalid"]  # each card without a name is listed
    assert counts["new"] == 4 and counts["invalid"] == 2
    result, error = run_import(qtbot, dialog)
    assert error is None and Customer.select().count() == result.created == 4


def test_excel_sheet_choice(qtbot, book, tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    first = workbook.active
    first.title = "Notes"
    first.append(["Something", "Else"])
    first.append(["x", "y"])
    second = workbook.create_sheet("客户")
    second.append(["姓名", "手机"])
    second.append(["赵六", "13600136000"])
    path = tmp_path / "book.xlsx"
    workbook.save(path)

    dialog = open_dialog(qtbot, path)
    assert dialog.sheet_combo.isVisible()
    assert [dialog.sheet_combo.itemText(i) for i in range(2)] == ["Notes", "客户"]
    assert dialog.name_warning.isVisible()  # the first sheet has no names
    with qtbot.waitSignal(dialog.sig_source_changed, timeout=10000):
        dialog.sheet_combo.setCurrentIndex(1)
        dialog.sheet_combo.activated.emit(1)
    assert headers_shown(dialog) == ["姓名", "手机"]
    assert dialog.preview.item(1, 0).text() == "赵六"
    run_check(qtbot, dialog)
    run_import(qtbot, dialog)
    assert names_in_book() == {"赵六"}


@pytest.mark.parametrize("name, content, reason", [
    ("old.xls", b"\xd0\xcf\x11\xe0 not really", "not “.xls” files"),
    ("broken.xlsx", b"PK\x03\x04 truncated", "not an Excel (.xlsx) file"),
    ("empty.csv", b"", "The file is empty."),
    ("nameless.csv", b"Colour,Size\r\nred,M\r\n", "No column holds the customers' names"),
    ("nothing.vcf", b"BEGIN:VCARD\r\nVERSION:3.0\r\n", "no vCard"),
    ("birthdays.ics", b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "Calendar › Import"),
])
def test_unreadable_files_are_refused_with_the_reason(qtbot, book, tmp_path, name, content,
                                                     reason):
    from ui.exchange.import_actions import ImportActions

    window = QMainWindow()
    qtbot.addWidget(window)
    actions = ImportActions(window)
    path = tmp_path / name
    path.write_bytes(content)
    if name == "nameless.csv":  # read fine: the dialog opens and asks for the name column
        with qtbot.waitSignal(actions.import_customers(path).sig_finished, timeout=10000):
            pass
        assert actions.dialog is not None and actions.dialog.name_warning.isVisible()
        assert not actions.dialog.check_button.isEnabled()
        actions.dialog.close()
        return
    task = actions.import_customers(path)
    with qtbot.waitSignal(task.sig_finished, timeout=10000):
        pass
    box = window.findChild(QMessageBox, "importRefused")
    assert box is not None
    assert name in box.text()
    assert reason in box.informativeText()
    if name.endswith(".xls"):  # and what to do about it
        assert "Save As" in box.informativeText()
    assert actions.dialog is None
    box.close()


# ------------------------------------------------------------------ cancel and undo

def test_cancel_in_the_middle_of_the_import_leaves_the_book_unchanged(qtbot, book, tmp_path):
    from ui.worker import Task

    customers.save_customer({"name": "Already Here"}, ["13800138999"])
    lines = ["Name,Phone"] + [f"Customer {i},1380{i:07d}" for i in range(1200)]
    dialog = open_dialog(qtbot, write_csv(tmp_path / "big.csv", lines))
    run_check(qtbot, dialog)
    assert counts_shown(dialog)["new"] == 1200

    # The owner presses Cancel as soon as the progress dialog reports: the worker's
    # progress callback then answers False and the core rolls back.
    task: Task | None = None
    reports: list[tuple[int, int]] = []

    def press_cancel(done: int, total: int) -> None:
        reports.append((done, total))
        task.cancelled.set()  # what Cancel does, right where the callback asks

    with qtbot.waitSignal(dialog.sig_finished_import, timeout=20000) as blocker:
        task = dialog.run_import()
        task.sig_progress.connect(press_cancel, Qt.ConnectionType.DirectConnection)
    result, error = blocker.args
    assert result is None and type(error).__name__ == "Cancelled"
    assert reports, "the import never reported progress"
    assert names_in_book() == {"Already Here"}
    assert ImportBatch.select().count() == 0
    assert dialog.isVisible() and dialog.stack.currentIndex() == 1
    assert "cancelled" in dialog.status.text() and "exactly as it was" in dialog.status.text()
    assert dialog.import_button.isEnabled()  # the owner may try again


def test_undo_from_the_history_removes_the_imported_customers(qtbot, book, tmp_path):
    from ui.exchange.import_history import ImportHistoryDialog
    from ui.signals import bus

    kept = customers.save_customer({"name": "Kept", "email": "kept@example.com"},
                                   ["13800138777"])
    path = write_csv(tmp_path / "march.csv", [
        "Name,Phone,E-mail",
        "New Person,13800138701,",
        "Kept,13800138777,new@example.com",
    ])
    dialog = open_dialog(qtbot, path)
    dialog.findChild(type(dialog.duplicate_group.button(0)), "importDuplicate_update").click()
    run_check(qtbot, dialog)
    run_import(qtbot, dialog)
    assert names_in_book() == {"Kept", "New Person"}
    assert Customer.get_by_id(kept.id).email == "new@example.com"

    history = ImportHistoryDialog(None)
    qtbot.addWidget(history)
    history.show()
    table = history.table
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in (1, 2, 3, 4)] == ["march.csv", "1", "1", ""]
    assert history.undo_button.isEnabled()

    # The owner thinks twice: Cancel changes nothing.
    answer_box(qtbot, QMessageBox.StandardButton.Cancel, "undoImportQuestion")
    assert history.undo_selected() is None
    assert names_in_book() == {"Kept", "New Person"}

    seen: list[str] = []
    answer_box(qtbot, QMessageBox.StandardButton.Yes, "undoImportQuestion", seen)
    with qtbot.waitSignal(history.sig_undone, timeout=10000), \
            qtbot.waitSignal(bus().sig_data_changed, timeout=10000):
        assert history.undo_selected() is not None
    assert "march.csv" in seen[0]
    assert names_in_book() == {"Kept"}
    assert Customer.get_by_id(kept.id).email == "kept@example.com"
    assert table.item(0, 4).text().startswith("undone")
    assert not history.undo_button.isEnabled()
    assert "1 customers removed" in history.status.text()


def test_file_menu_entries_open_the_import_and_the_history(qtbot, window, tmp_path):
    actions = window.import_actions
    file_menu = window.menuBar().actions()[0].menu()
    names = [a.objectName() for a in file_menu.actions()]
    assert names.index("actionSampleShop") < names.index("actionImportCustomers") \
        < names.index("actionImportHistory")
    before = Customer.select().count()
    path = write_csv(tmp_path / "walk-in.csv", ["姓名,手机", "孙七,13500135000"])
    with qtbot.waitSignal(actions.import_customers(path).sig_finished, timeout=10000):
        pass
    dialog = actions.dialog
    assert dialog is not None and dialog.isVisible()
    run_check(qtbot, dialog)
    run_import(qtbot, dialog)
    assert Customer.select().count() == before + 1
    box = QApplication.instance().activeModalWidget() or window.findChild(QMessageBox,
                                                                          "importDone")
    assert box is not None
    box.close()
    actions.history_action.trigger()
    history = actions.history
    assert history is not None and history.table.item(0, 1).text() == "walk-in.csv"
    history.close()


def test_after_an_import_the_old_filters_are_cleared_and_the_new_customers_shown(
        qtbot, window, tmp_path):
    page = window.pages["customers"]
    window.show_page("customers")
    page.search.setText("没有这个人")  # an old search that would hide the new customers
    page.apply_query()
    page.filters.promotions.setChecked(True)
    actions = window.import_actions
    path = write_csv(tmp_path / "new.csv", ["姓名,手机", "孙七,13500135000", "钱八,13500135001"])
    with qtbot.waitSignal(actions.import_customers(path).sig_finished, timeout=10000):
        pass
    dialog = actions.dialog
    run_check(qtbot, dialog)
    run_import(qtbot, dialog)
    box = QApplication.instance().activeModalWidget() or window.findChild(QMessageBox,
                                                                          "importDone")
    if box is not None:
        box.close()
    assert window.current_page_key() == "customers"
    assert page.search.text() == "" and not page.filters.is_active()
    shown = {page.model.row_of(i).name for i in range(2)}
    assert shown == {"孙七", "钱八"}  # the imported ones at the top


def test_the_dry_run_reasons_follow_the_language(qtbot, book, tmp_path):
    from ui import i18n

    i18n.install("zh_CN")
    path = write_csv(tmp_path / "cn.csv", ["姓名,手机", "周八,13400134000", ",13400134001",
                                           "吴九,13400134000"], "gb18030")
    dialog = open_dialog(qtbot, path)
    run_check(qtbot, dialog)
    assert counts_shown(dialog) == {"new": 1, "update": 0, "duplicate": 1, "invalid": 1}
    reasons = {number: why for number, what, why in dialog.problem_rows()}
    assert reasons == {3: "没有姓名。", 4: "与第 2 行（周八）的电话号码相同。"}


def test_closing_the_dialog_during_the_import_cancels_it(qtbot, book, tmp_path):
    lines = ["Name,Phone"] + [f"Person {i},1370{i:07d}" for i in range(1200)]
    dialog = open_dialog(qtbot, write_csv(tmp_path / "many.csv", lines))
    run_check(qtbot, dialog)
    with qtbot.waitSignal(dialog.sig_finished_import, timeout=20000) as blocker:
        dialog.run_import()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # the owner changes their mind at once
        assert dialog.isVisible()  # not closed under the worker's feet
    assert type(blocker.args[1]).__name__ == "Cancelled"
    assert Customer.select().count() == 0 and ImportBatch.select().count() == 0
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # now it closes
    assert not dialog.isVisible()


def test_another_file_that_cannot_be_read_keeps_the_current_one(qtbot, book, tmp_path):
    dialog = open_dialog(qtbot, write_csv(tmp_path / "good.csv", ["Name", "Hu Shi"]))
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 cut short")
    with qtbot.waitSignal(dialog.open_file(broken).sig_finished, timeout=10000):
        pass
    box = dialog.findChild(QMessageBox, "importRefused")
    assert box is not None and "broken.xlsx" in box.text()
    box.close()
    assert "good.csv" in dialog.file_label.text() and dialog.check_button.isEnabled()
    assert dialog.preview.item(1, 0).text() == "Hu Shi"


def test_an_empty_history_says_so(qtbot, book):
    from ui.exchange.import_history import ImportHistoryDialog

    history = ImportHistoryDialog(None)
    qtbot.addWidget(history)
    history.show()
    assert history.empty_label.isVisible() and not history.table.isVisible()
    assert not history.undo_button.isEnabled()
    assert history.undo_selected() is None
