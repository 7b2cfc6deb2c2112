"""The window opens with Home alone built; every other page is built the first time it is
shown, and the owner cannot tell: its menu entries and shortcuts work from the start, and
it comes up in the language in use with the book as it is now (issue 20)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from custbook import complaints
from custbook.customers import customers
from tests.ui.conftest import home_loaded
from tests.ui.customer_helpers import activate
from tests.ui.test_complaints_page import run_modal

LATER = ("customers", "calendar", "complaints", "reports")
PAGE_ENTRIES = ("actionNewCustomer", "actionFindDuplicates", "actionShowTrash",
                "actionNewReminder", "actionVisitSheet", "actionImportIcs", "actionExportIcs",
                "actionReminderRules", "actionNewComplaint", "actionComplaintCategories")


@pytest.fixture
def opened(home_window):
    """The window as the owner meets it: just opened on the sample shop, on Home."""
    return home_window


def entry(window, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def menu_titled(window, title: str):
    return next(a.menu() for a in window.menuBar().actions() if a.text() == title)


def test_the_window_opens_with_only_home_built_and_every_entry_in_place(opened, qtbot):
    assert opened.current_page_key() == "home"
    assert [key for key in LATER if opened.pages.built(key) is not None] == []
    assert all(entry(opened, name).isEnabled() for name in PAGE_ENTRIES)
    assert entry(opened, "actionNewComplaint").shortcut().toString() == "Ctrl+Shift+K"
    assert [opened.nav.item(i).text() for i in range(opened.nav.count())] == [
        "Home", "Customers", "Calendar", "Complaints", "Reports"]
    customers_menu = menu_titled(opened, "&Customers")
    assert [a.text() for a in customers_menu.actions()[:3]] == [
        "&New customer…", "Find &duplicates…", "Trash"]
    customers_menu.aboutToShow.emit()  # the menu opens: its entries show their icons
    assert not entry(opened, "actionNewCustomer").icon().isNull()
    assert not entry(opened, "actionShowTrash").icon().isNull()
    home = home_loaded(qtbot, opened.pages["home"])  # the day's figures come a moment later
    assert home.day.customers == 300
    qtbot.waitUntil(lambda: opened.count_label.text() == "300 customers")


def test_a_menu_entry_builds_its_page_brings_it_forward_and_does_its_work(opened):
    entry(opened, "actionNewReminder").trigger()  # Calendar › New reminder…, from Home
    page = opened.pages.built("calendar")
    assert page is not None and opened.stack.currentWidget() is page
    assert opened.current_page_key() == "calendar"
    dialog = page.current_dialog
    assert type(dialog).__name__ == "ReminderDialog" and dialog.isVisible()
    dialog.reject()
    assert [key for key in ("customers", "complaints", "reports")
            if opened.pages.built(key) is not None] == []


def test_the_complaint_shortcut_builds_the_complaints_page_from_home(opened, qtbot):
    activate(qtbot, opened)  # a shortcut needs the active window
    seen = []
    run_modal(qtbot, lambda: (qtbot.keyClick(opened, Qt.Key.Key_K,
                                             Qt.KeyboardModifier.ControlModifier
                                             | Qt.KeyboardModifier.ShiftModifier),
                              qtbot.waitUntil(lambda: bool(seen))),
              lambda dialog: seen.append(dialog.objectName()))
    assert seen == ["complaintDialog"]
    assert opened.current_page_key() == "complaints"
    assert opened.stack.currentWidget() is opened.pages.built("complaints")


def test_the_trash_entry_builds_the_list_and_opens_it_on_the_trash(opened):
    customers.move_to_trash([customers.list_customers(0, 1)[0].id])
    trash = entry(opened, "actionShowTrash")
    trash.trigger()
    page = opened.pages.built("customers")
    assert page is not None and opened.current_page_key() == "customers"
    assert page.in_trash and trash.isChecked()
    assert page.model.total() == 1 and trash.text() == "Trash (1)"
    trash.trigger()  # and back to the book, through the same entry
    assert not page.in_trash and page.model.total() == 299


def test_a_page_built_later_shows_the_book_as_it_is_now(opened):
    customers.save_customer({"name": "新来的顾客"}, [])
    complaints.create_complaint({"customer_words": "衣服缩水了", "walk_in_name": "路过的顾客"})
    entry(opened, "actionShow_customers").trigger()  # View › Customers (Ctrl+2)
    page = opened.pages["customers"]
    assert page.model.total() == 301
    assert page.count_label.text() == "301 customers in this book."
    entry(opened, "actionShow_complaints").trigger()
    listing = opened.pages["complaints"]
    total = sum(complaints.count_by_status().values())
    assert f"of {total} complaints" in listing.summary.text()
    customers.save_customer({"name": "又一位"}, [])  # and a built page follows the changes
    entry(opened, "actionShow_customers").trigger()
    assert page.model.total() == 302


def test_pages_come_up_in_the_language_in_use_before_and_after_a_switch(opened, qtbot):
    opened.show_page("customers")  # built in English
    assert opened.pages["customers"].heading.text() == "Customers"
    controller = opened.controller
    entry(opened, "actionLanguage_zh_CN").trigger()
    chinese = controller.window
    qtbot.addWidget(chinese)
    # the page in front comes back in Chinese; the menus speak it before their pages exist
    assert chinese.current_page_key() == "customers"
    assert chinese.pages["customers"].heading.text() == "客户"
    assert chinese.pages["customers"].count_label.text() == "本簿共有 300 位客户。"
    assert chinese.pages.built("calendar") is None and chinese.pages.built("complaints") is None
    assert entry(chinese, "actionNewReminder").text() == "新建提醒(&R)…"
    assert entry(chinese, "actionNewComplaint").text() == "新投诉(&C)…"
    assert [chinese.nav.item(i).text() for i in range(5)] == ["首页", "客户", "日历", "投诉", "报表"]
    entry(chinese, "actionShow_calendar").trigger()
    calendar = chinese.pages["calendar"]
    assert calendar.heading.text() == "日历" and calendar.date_label.text().startswith("今天是")
    entry(chinese, "actionLanguage_en").trigger()
    english = controller.window
    qtbot.addWidget(english)
    assert english.pages["calendar"].heading.text() == "Calendar"


def test_what_other_features_add_to_the_list_follows_the_page_built_later(opened):
    paper = opened.paper_actions
    assert not paper.print_list.isEnabled()  # no list yet: nothing to print
    opened.show_page("customers")
    page = opened.pages["customers"]
    assert paper.print_list.isEnabled() and paper.labels.isEnabled()
    assert paper.sheet in page.extra_menu_actions
    assert opened.messages_actions["selection"] in page.extra_menu_actions
