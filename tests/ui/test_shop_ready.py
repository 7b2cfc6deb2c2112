"""Shop-ready (#15): Settings with errors beside the fields, staff, the shop's words,
the first-run set-up to Home, and built-in words in the window's language."""
from __future__ import annotations

import datetime as dt
import gc

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox

from custbook import db, settings
from custbook.customers import customers
from custbook.models import ComplaintCategory, Customer, Staff, Tag, Tier
from custbook.shop import words
from tests.ui.conftest import home_loaded, make_controller
from tests.ui.test_first_run import click_when_shown

ENGLISH = {"Regular", "Silver", "Gold", "Diamond", "Product quality", "Service attitude",
           "Delivery", "Price"}


@pytest.fixture(autouse=True)
def collect_on_the_ui_thread():
    gc.collect()
    yield
    gc.collect()


def typed(field, text: str) -> None:
    """Chinese through keyClicks aborts the process: set the text and emit the edit signal."""
    field.setText(text)
    field.textEdited.emit(text)


def test_settings_refused_beside_the_field_then_saved(window, qtbot, tmp_path):
    dialog = window.open_settings()
    qtbot.addWidget(dialog)
    shop = dialog.section("shop")
    typed(shop.shop_name, "小茶馆")
    work = dialog.section("work")
    typed(work.hours, "0")
    dialog.accept()
    assert dialog.isVisible()  # refused: nothing lost, nothing stored
    error = work.findChild(type(work.errors["promised_response_hours"]),
                           "error_promised_response_hours")
    assert error.isVisibleTo(dialog) and "720" in error.text()
    assert dialog.stack.currentIndex() == 1 and shop.shop_name.text() == "小茶馆"
    assert settings.get("shop_name") != "小茶馆" and settings.get("promised_response_hours") == 24
    typed(work.hours, "48")
    dialog.accept()
    assert not dialog.isVisible()
    assert settings.get("shop_name") == "小茶馆" and settings.get("promised_response_hours") == 48
    from pypdf import PdfReader

    from custbook.paper.customer_sheet import write_customer_sheet

    sheet = write_customer_sheet(tmp_path / "sheet.pdf", Customer.select().first().id)
    assert "小茶馆" in "".join(p.extract_text() for p in PdfReader(str(sheet.path)).pages)


def test_staff_added_and_deactivated_leave_the_pickers(window, qtbot):
    dialog = window.open_settings("staff")
    qtbot.addWidget(dialog)
    section = dialog.section("staff")
    typed(section.name_edit, "小美")
    typed(section.role_edit, "店员")
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    assert "小美" in [s.name for s in customers.all_staff()]
    assert section.current().name == "小美"
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)  # the same name again
    assert "小美" in section.errors["name"].text()
    qtbot.mouseClick(section.active_button, Qt.MouseButton.LeftButton)
    assert "小美" not in [s.name for s in customers.all_staff()]
    assert not Staff.get(Staff.name == "小美").active
    window.staff_menu.aboutToShow.emit()
    assert "小美" not in [a.text() for a in window.staff_menu.actions()]
    dialog.reject()


def test_a_tier_rule_is_previewed_before_it_moves_anyone(window, qtbot):
    gold = Tier.get(Tier.key == "gold")
    dialog = window.open_settings("words")
    qtbot.addWidget(dialog)
    tiers = dialog.section("words").tiers
    row = [t.id for t in tiers.tiers].index(gold.id)
    tiers.table.item(row, 2).setCheckState(Qt.CheckState.Checked)
    tiers.table.item(row, 3).setText("1")
    tiers.table.item(row, 4).setText("0")
    before = Customer.select().where(Customer.tier == gold.id).count()
    preview = tiers.preview()
    assert preview.up > 0 and "%1" not in tiers.result.text()
    assert Customer.select().where(Customer.tier == gold.id).count() == before  # nothing moved
    assert tiers.apply()
    assert Tier.get_by_id(gold.id).rule_on
    assert Customer.select().where(Customer.tier == gold.id).count() >= before + preview.up - \
        preview.down


def test_two_tags_merged_into_one(window, qtbot, monkeypatch):
    a, b = customers.save_customer({"name": "甲"}), customers.save_customer({"name": "乙"})
    customers.add_tag([a.id], "喜欢丝绸")
    customers.add_tag([b.id], "丝绸")
    dialog = window.open_settings("words")
    qtbot.addWidget(dialog)
    tags = dialog.section("words").tags
    tags.load()
    tags.table.selectRow([t.name for t in tags.tags].index("喜欢丝绸"))
    tags.merge(into_name="丝绸")
    assert Tag.get_or_none(Tag.name == "喜欢丝绸") is None
    assert {r.name: r.count for r in customers.all_tags()}["丝绸"] == 2
    assert [t.name for t in tags.tags].count("丝绸") == 1
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    tags.table.selectRow([t.name for t in tags.tags].index("丝绸"))
    tags.delete()
    assert Tag.get_or_none(Tag.name == "丝绸") is None


def test_the_first_run_set_up_leads_to_home(qtbot):
    controller = make_controller(qtbot)

    def fill(dialog):
        form = dialog.form
        typed(form.shop_name, "清风茶舍")
        typed(form.your_name, "王芳")
        form.kind.setCurrentIndex(form.kind.findData("tea"))

    click_when_shown(qtbot, "startEmptyButton", "setupStart", before=fill)
    assert controller.start()
    window = controller.window
    qtbot.addWidget(window)
    assert window.current_page_key() == "home"
    home = home_loaded(qtbot, window.pages["home"])
    assert home.first_steps.isVisibleTo(window) and not home.grid_host.isVisibleTo(window)
    assert settings.get("shop_name") == "清风茶舍" and settings.get("shop_kind") == "tea"
    assert [s.name for s in customers.all_staff()] == ["王芳"]
    assert ComplaintCategory.select().where(ComplaintCategory.key == "freshness").exists()
    assert "delivery" not in {c.key for c in ComplaintCategory.select()}


def test_home_lists_the_day_and_opens_what_is_clicked(window, qtbot):
    window.show_page("home")
    home = home_loaded(qtbot, window.pages["home"])
    assert home.grid_host.isVisibleTo(window) and not home.first_steps.isVisibleTo(window)
    assert home.day.customers == 300
    openable = [home.due.item(i) for i in range(home.due.count())
                if home.due.item(i).data(Qt.ItemDataRole.UserRole)]
    assert openable, "the sample shop has calls for today"
    with qtbot.waitSignal(home.sig_open_customer) as opened:
        home.due.itemActivated.emit(openable[0])
    customer_id = openable[0].data(Qt.ItemDataRole.UserRole)[1]
    assert opened.args[0] == customer_id
    from ui.customers.card import open_cards

    cards = [c for c in open_cards() if c.customer_id == customer_id]
    assert cards, "the card of the call was opened"
    for card in cards:
        card.reject()  # it deletes itself on close
    typed(home.search, "王")
    home.search.returnPressed.emit()
    assert window.current_page_key() == "customers"
    assert window.pages["customers"].search.text() == "王"


def test_a_chinese_window_shows_no_english_built_in_word(window, qtbot):
    controller = window.controller
    window.findChild(QAction, "actionLanguage_zh_CN").trigger()
    new = controller.window
    qtbot.addWidget(new)
    new.show_page("customers")
    page = new.pages["customers"]
    column = page.model.COLUMNS.index("tier")
    shown = {page.model.index(r, column).data() for r in range(page.model.rowCount())}
    assert "金卡会员" in shown or "银卡会员" in shown
    assert not shown & ENGLISH
    tier_filter = {page.filters.tier.itemText(i) for i in range(page.filters.tier.count())}
    assert "金卡会员" in tier_filter and not tier_filter & ENGLISH
    new.show_page("complaints")
    box = new.pages["complaints"].filters.category_box
    categories = {box.itemText(i) for i in range(box.count())}
    assert "产品质量" in categories and not categories & ENGLISH
    assert words.show_tier("Gold") == "金卡会员"
    new.findChild(QAction, "actionLanguage_en").trigger()
    qtbot.addWidget(controller.window)
    assert words.show_tier("Gold") == "Gold"
    db.book_location()


def test_the_v1_fixture_in_a_chinese_window_shows_no_english_word(qtbot, tmp_path):
    import shutil
    from pathlib import Path

    from pypdf import PdfReader

    from custbook.customers.customer_figures import card_figures
    from custbook.exchange.export import export_customers
    from custbook.paper.satisfaction_report import write_satisfaction_report
    from tests.conftest import TODAY

    fixture = Path(__file__).resolve().parent.parent / "data" / "books" / "book-v1.sqlite"
    path = tmp_path / "old.db"
    shutil.copy(fixture, path)
    controller = make_controller(qtbot, path)
    assert controller.start()
    controller.switch_language("zh_CN")
    window = controller.window
    qtbot.addWidget(window)
    window.show_page("customers")
    page = window.pages["customers"]
    column = page.model.COLUMNS.index("tier")
    shown = {page.model.index(r, column).data() for r in range(page.model.rowCount())}
    assert shown & {"普通会员", "银卡会员", "金卡会员"} and not shown & ENGLISH
    tiers = {page.filters.tier.itemText(i) for i in range(page.filters.tier.count())}
    assert not tiers & ENGLISH
    tiered = Customer.select().where(Customer.tier.is_null(False)).first()
    assert card_figures(tiered.id).tier in {"普通会员", "银卡会员", "金卡会员", "钻石会员"}
    window.show_page("complaints")
    complaints = window.pages["complaints"]
    box = complaints.filters.category_box
    assert not {box.itemText(i) for i in range(box.count())} & ENGLISH
    rows = complaints.model.rowCount()
    cells = {complaints.model.index(r, c).data() for r in range(rows)
             for c in range(complaints.model.columnCount())}
    assert "产品质量" in cells and not cells & ENGLISH
    out = tmp_path / "list.csv"
    export_customers(out, "csv", columns=["name", "tier"])
    text = out.read_text(encoding="utf-8-sig")
    assert not any(word in text for word in ENGLISH)
    pdf = write_satisfaction_report(tmp_path / "r.pdf", dt.date(2025, 1, 1), TODAY)
    report = "\n".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    assert "产品质量" in report and "Product quality" not in report
    window.close()
    controller.switch_language("en")
