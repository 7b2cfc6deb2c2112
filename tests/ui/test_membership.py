"""The 会员卡 tab as the shop uses it: a top-up with a bonus, a purchase paid from the
balance that earns points, selling and using a count card, a reversal, and a scanned
member number opening the card."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from custbook import settings
from custbook.customers import customers
from custbook.membership import accounts, ledger, numbers
from custbook.models import Purchase
from tests.conftest import TODAY
from tests.ui.customer_helpers import close_cards_without_asking, type_into
from ui.customers.card import open_card


@pytest.fixture(autouse=True)
def no_card_left_asking(qtbot):
    yield
    close_cards_without_asking()


def member_card(qtbot, customer_id: int):
    card = open_card(None, customer_id, TODAY)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is card)
    card.tabs.setCurrentWidget(card.membership_tab)
    return card, card.membership_panel


def new_member(name: str = "王芳") -> int:
    return customers.save_customer({"name": name}, ["138 0013 8000"]).id


def test_a_top_up_with_a_bonus_shows_the_balance_after_before_confirming(book, qtbot):
    cid = new_member()
    card, panel = member_card(qtbot, cid)
    dialog = panel.top_up()
    type_into(dialog.cash, "500")
    type_into(dialog.bonus, "100")
    assert dialog.after_label.text() == "Value given ¥600.00 · balance after ¥600.00"
    dialog.ok_button.click()
    assert accounts.balances(cid).value_cents == 60000
    assert panel.value_label.text() == "¥600.00"
    assert panel.ledger_table.item(0, 1).text() == "Top-up (cash ¥500.00 + bonus ¥100.00)"
    # a spend beyond the balance is refused beside the field, nothing written
    dialog = panel.spend()
    type_into(dialog.amount, "700")
    dialog.ok_button.click()
    assert dialog.isVisible() and "¥600.00" in dialog.errors["amount"][1].text()
    type_into(dialog.amount, "120.50")
    assert dialog.after_label.text() == "Balance after ¥479.50"
    dialog.ok_button.click()
    assert not dialog.isVisible() and accounts.balances(cid).value_cents == 47950


def test_a_purchase_paid_from_the_balance_earns_points(book, qtbot):
    settings.set("member_points_per_yuan", "1")
    cid = new_member()
    ledger.top_up(cid, 20000)
    card, panel = member_card(qtbot, cid)
    dialog = card.purchases_panel.add()
    type_into(dialog.amount, "358")
    type_into(dialog.items, "丝巾")
    pay = dialog.payment
    type_into(pay.from_balance, "200")
    assert pay.earn.text() == "Earn 358 points"
    assert pay.summary.text() == "Cash ¥158.00 · balance after ¥0.00"
    dialog.buttons.accepted.emit()
    assert Purchase.select().count() == 1
    b = accounts.balances(cid)
    assert (b.value_cents, b.points) == (0, 358)
    qtbot.waitUntil(lambda: panel.points_label.text() == "358")
    assert panel.value_label.text() == "¥0.00"


def test_sell_a_count_card_use_a_visit_and_reverse_it(book, qtbot):
    cid = new_member()
    card, panel = member_card(qtbot, cid)
    assert not panel.buttons["use"].isEnabled()
    dialog = panel.sell_card()
    type_into(dialog.name, "洗剪吹10次卡")
    type_into(dialog.price, "680")
    assert dialog.after_label.text() == "10 visits for ¥680.00 (¥68.00 a visit)"
    dialog.ok_button.click()
    assert panel.cards_table.item(0, 1).text() == "10 of 10"
    assert panel.buttons["use"].isEnabled()
    dialog = panel.use_visit()
    assert dialog.after_label.text() == "Visits left after 9"
    dialog.ok_button.click()
    assert panel.cards_table.item(0, 1).text() == "9 of 10"
    panel.ledger_table.selectRow(0)
    dialog = panel.reverse()
    dialog.ok_button.click()  # a reason is required
    assert dialog.isVisible() and dialog.errors["note"][1].text()
    type_into(dialog.note, "pressed twice")
    dialog.ok_button.click()
    assert panel.cards_table.item(0, 1).text() == "10 of 10"
    assert panel.ledger_table.item(0, 1).text() == "Reversal: Visit used"
    assert panel.ledger_table.item(1, 1).text() == "Visit used — reversed"


def test_a_scanned_member_number_and_enter_open_the_card(window, qtbot):
    cid = customers.list_customers(0, 1, "spent", descending=True)[0].id
    number = numbers.assign(cid)
    window.show_page("customers")
    page = window.pages["customers"]
    page.search.setFocus()
    qtbot.keyClicks(page.search, number)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    card = next(w for w in QApplication.topLevelWidgets()
                if type(w).__name__ == "CustomerCardDialog" and w.isVisible())
    assert card.customer_id == cid
    assert card.tabs.currentWidget() is card.membership_tab
    assert card.membership_panel.number_label.text() == number


def test_the_settings_dialog_has_a_membership_section_that_checks_before_storing(book, qtbot):
    pytest.importorskip("ui.settings.dialog")
    from ui.settings.dialog import SettingsDialog

    dialog = SettingsDialog(None, start="membership")
    qtbot.addWidget(dialog)
    section = dialog.section("membership")
    section.per_yuan.setText("abc")
    section.thanks.setText("欢迎再来！")
    assert not dialog.apply()
    assert section.errors["member_points_per_yuan"].text()
    assert settings.get("member_thank_you") == ""
    section.per_yuan.setText("2")
    section.tiers.setPlainText("Gold=1.5")
    assert dialog.apply()
    assert (settings.get("member_points_per_yuan"), settings.get("member_thank_you"),
            settings.get("member_tier_multipliers")) == ("2", "欢迎再来！", "Gold=1.5")


def test_the_reports_page_shows_the_money_owed_and_members_slipping_with_money(window, qtbot):
    rows = customers.list_customers(0, 300, "last_visit")
    away = [r.id for r in rows if r.last_visit_on and (TODAY - r.last_visit_on).days > 400][:3]
    cid = away[0]
    ledger.top_up(cid, 50000, 10000)
    ledger.sell_count_card(cid, "洗剪吹10次卡", 10, 68000)
    window.show_page("reports")
    page = window.pages["reports"]
    section = page.membership
    qtbot.waitUntil(lambda: section.report is not None and section.report.owed.value_cents > 0,
                    timeout=30000)
    assert section.findChild(QLabel, "owed0").text() == "¥600.00"
    assert section.findChild(QLabel, "owed1").text() == "¥680.00"
    assert cid in [m.customer_id for m in section.report.slipping]
    assert section.period_table.item(0, 1).text() == "¥500.00"  # cash, this period
    row = [m.customer_id for m in section.report.slipping].index(cid)
    section.slipping_table.cellDoubleClicked.emit(row, 0)
    card = next(w for w in QApplication.topLevelWidgets()
                if type(w).__name__ == "CustomerCardDialog" and w.isVisible())
    assert card.customer_id == cid


def test_opening_balances_are_checked_imported_and_undone_from_the_dialog(book, qtbot,
                                                                           tmp_path):
    from ui.membership.import_dialog import OpeningImportDialog

    path = tmp_path / "old.csv"
    path.write_text("卡号,姓名,手机,积分,余额\nA1,王芳,13800138000,100,\"1,280.00\"\n"
                    "A2,李娜,13900139000,x,5\n", encoding="utf-8")
    dialog = OpeningImportDialog(None, str(path))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20000)
    assert dialog.table.item(0, 0).text() == "3" and "x" in dialog.table.item(0, 7).text()
    assert "1 new members" in dialog.summary.text() and "1 refused" in dialog.summary.text()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.history.count() == 1, timeout=20000)
    cid = numbers.find("A1")
    assert accounts.balances(cid).value_cents == 128000
    dialog.history.setCurrentRow(0)
    dialog.undo_button.click()
    assert numbers.find("A1") is None and "(undone)" in dialog.history.item(0).text()


def test_the_list_filters_members_with_a_balance_or_an_expiring_card_and_shows_columns(
        window, qtbot):
    import datetime as dt

    rows = customers.list_customers(0, 3, "name")
    rich, expiring = rows[0].id, rows[1].id
    ledger.top_up(rich, 10000)
    ledger.sell_count_card(expiring, "10次卡", 10, 50000, expires_on=TODAY + dt.timedelta(days=10))
    ledger.earn_points(expiring, 120)
    window.show_page("customers")
    page = window.pages["customers"]
    choice = page.filters.membership
    with qtbot.waitSignal(page.sig_query_applied, timeout=5000):
        choice.setCurrentIndex(choice.findData("balance"))
    ids = [page.model.customer_id(r) for r in range(page.model.rowCount())]
    assert sorted(ids) == sorted([rich, expiring])
    with qtbot.waitSignal(page.sig_query_applied, timeout=5000):
        choice.setCurrentIndex(choice.findData("expiring"))
    assert [page.model.customer_id(r) for r in range(page.model.rowCount())] == [expiring]
    model = page.model
    value_col = model.COLUMNS.index("member_value")
    points_col = model.COLUMNS.index("member_points")
    assert model.data(model.index(0, points_col)) == "120"
    assert model.data(model.index(0, value_col)) == "¥0.00"


def test_a_top_up_can_print_its_receipt_on_roll_paper(book, qtbot):
    from pypdf import PdfReader

    from ui.paper.actions import jobs_of

    cid = new_member()
    card, panel = member_card(qtbot, cid)
    dialog = panel.top_up()
    type_into(dialog.cash, "300")
    dialog.receipt_check.setChecked(True)
    dialog.receipt_width.setCurrentIndex(dialog.receipt_width.findData(80))
    dialog.ok_button.click()
    jobs = jobs_of(panel)
    qtbot.waitUntil(lambda: jobs.preview is not None, timeout=20000)
    page = PdfReader(str(jobs.preview.pdf_)).pages[0]
    assert round(float(page.mediabox.width) / 72 * 25.4) == 80
    assert "¥300.00" in page.extract_text()
    jobs.preview.close()
    again = panel.spend()  # the choice is remembered on this PC
    assert again.receipt_check.isChecked() and again.receipt_width.currentData() == 80
    again.reject()
