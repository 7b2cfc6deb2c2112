"""The main window as a shop owner meets it: pages, menus, the lazy list, languages."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QTreeWidget

from custbook import db
from custbook.customers import customers
from tests.ui.conftest import make_controller


def visible_texts(widget) -> str:
    return " ".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def test_every_page_is_reachable_from_the_navigation(window, qtbot):
    nav = window.nav
    for row, key in enumerate(("home", "customers", "calendar", "complaints", "reports")):
        rect = nav.visualItemRect(nav.item(row))
        qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.current_page_key() == key
        assert window.stack.currentWidget() is window.pages[key]


def test_keyboard_shortcuts_switch_pages(window, qtbot):
    from tests.ui.customer_helpers import activate

    activate(qtbot, window)  # shortcuts need the active window
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "complaints"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "customers"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "home"


def test_the_customer_list_is_lazy_and_fills_as_you_scroll(window, qtbot):
    window.show_page("customers")
    page = window.pages["customers"]
    model = page.model
    assert model.total() == customers.count_customers() == 300
    assert model.rowCount() == 200  # one page, not the whole book
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 300)
    assert "300 customers in this book." in visible_texts(page)


def test_sorting_by_total_spent_puts_the_best_customer_first(window, qtbot):
    page = window.pages["customers"]
    column = page.model.COLUMNS.index("spent")
    page.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    best = customers.list_customers(0, 1, "spent", descending=True)[0]
    assert page.model.index(0, 0).data() == best.name


def test_the_calendar_shows_overdue_today_and_next_days(window):
    window.show_page("calendar")
    tree = window.pages["calendar"].findChild(QTreeWidget, "agendaTree")
    groups = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert groups[0].startswith("Overdue (") and groups[1].startswith("Today (")
    assert groups[2].startswith("Next 7 days (")
    assert "Today is" in visible_texts(window.pages["calendar"])


def test_the_complaints_page_lists_open_then_all(window, qtbot):
    window.show_page("complaints")
    page = window.pages["complaints"]
    open_rows = page.model.rowCount()
    page.filter.setCurrentIndex(1)  # all complaints
    assert page.model.rowCount() > open_rows > 0
    status = page.model.COLUMNS.index("status")
    statuses = {page.model.index(r, status).data() for r in range(page.model.rowCount())}
    assert {"New", "Closed"} <= statuses


def test_the_reports_page_shows_real_figures(window, qtbot):
    window.show_page("reports")
    page = window.pages["reports"]
    page.picker.choose("last_12_months")
    qtbot.waitUntil(lambda: not page.is_loading() and page.data is not None
                    and (page.data.start, page.data.end) == page.period_days(), timeout=30000)
    active = next(c for c in page.cards if c.figure.key == "active")
    assert active.value.text() not in ("", "0", "…")


def test_switching_to_chinese_shows_chinese_everywhere(window, qtbot):
    controller = window.controller
    action = window.findChild(QAction, "actionLanguage_zh_CN")
    action.trigger()
    new = controller.window
    qtbot.addWidget(new)
    assert new is not window
    assert new.windowTitle().startswith("客户簿")
    labels = [new.nav.item(i).text() for i in range(new.nav.count())]
    assert labels == ["首页", "客户", "日历", "投诉", "报表"]
    assert [a.text() for a in new.menuBar().actions()][:3] == ["文件(&F)", "编辑(&E)", "查看(&V)"]
    assert "本簿共有 300 位客户。" in visible_texts(new.pages["customers"])
    new.findChild(QAction, "actionLanguage_en").trigger()
    qtbot.addWidget(controller.window)
    assert [controller.window.nav.item(i).text() for i in range(5)] == [
        "Home", "Customers", "Calendar", "Complaints", "Reports"]


def test_window_size_is_remembered_and_it_opens_on_home(window, qtbot, tmp_path):
    window.resize(790, 570)  # the offscreen screen is 800 x 600
    window.show_page("reports")
    path = db.book_location()
    window.close()
    controller = make_controller(qtbot, path)
    controller.start()
    qtbot.addWidget(controller.window)
    assert controller.window.current_page_key() == "home"  # the day's work first (#15)
    assert (controller.window.width(), controller.window.height()) == (790, 570)


def test_a_damaged_book_gives_a_message_not_a_crash(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    bad = tmp_path / "broken.db"
    bad.write_bytes(b"not a database at all" * 50)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    controller = make_controller(qtbot, bad)
    assert controller.start() is False
    assert controller.window is None
    assert "not a readable customer book" in shown[0]
    assert "Nothing was changed" in shown[0]
    assert bad.read_bytes() == b"not a database at all" * 50
    QApplication.processEvents()
