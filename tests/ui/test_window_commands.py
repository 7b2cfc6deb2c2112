"""The window's conventional commands: Edit (Undo, Copy, Find), Ctrl+N and Ctrl+P per page."""
from __future__ import annotations

from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication

from custbook.customers import customers
from tests.ui.customer_helpers import activate, select_rows, type_into
from ui.window_commands import last_action


def _action(window, name: str) -> QAction:
    return window.findChild(QAction, name)


def _finish(qtbot, window) -> None:
    task = getattr(window.window_commands, "task", None)
    if task is not None:
        qtbot.waitUntil(lambda: not task.is_running(), timeout=10_000)


def test_the_menus_are_the_conventional_ones(window):
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[:3] == ["&File", "&Edit", "&View"]
    assert _action(window, "actionNewItem").shortcut() == QKeySequence(
        QKeySequence.StandardKey.New)
    assert _action(window, "actionNewBook").shortcut().isEmpty()  # Ctrl+N is no new book
    assert _action(window, "actionGuide").shortcut() == QKeySequence(
        QKeySequence.StandardKey.HelpContents)


def test_ctrl_n_makes_the_new_item_of_the_page_in_front(window, qtbot):
    window.show_page("calendar")
    _action(window, "actionNewItem").trigger()
    dialog = window.pages["calendar"].current_dialog
    assert type(dialog).__name__ == "ReminderDialog" and dialog.isVisible()
    dialog.reject()
    window.show_page("reports")
    assert not _action(window, "actionNewItem").isEnabled()  # the report has no new item
    assert _action(window, "actionPrintPage").isEnabled()  # but it has its paper


def test_find_puts_the_cursor_in_the_customer_search_from_any_page(window, qtbot):
    activate(qtbot, window)
    window.show_page("reports")
    field = window.window_commands.find_on_page()
    assert window.current_page_key() == "customers"
    assert field is window.pages["customers"].search
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=3000)


def test_edit_undo_takes_back_moving_customers_to_the_trash(window, qtbot):
    page = window.pages["customers"]
    window.show_page("customers")
    select_rows(page, [0, 1, 2])
    chosen = page.selected_ids()
    page.action_trash.trigger()
    assert page.model.total() == 297
    undo = _action(window, "actionUndo")
    assert undo.isEnabled() and undo.text() == "&Undo moving 3 customers to the trash"
    page.table.setFocus()
    undo.trigger()
    _finish(qtbot, window)
    qtbot.waitUntil(lambda: customers.trash_count() == 0, timeout=5000)
    assert not undo.isEnabled()  # an undo is offered once
    assert set(chosen) <= {customers.get_card(i).id for i in chosen}


def test_edit_undo_takes_a_bulk_tag_off_only_those_who_did_not_have_it(window, qtbot):
    page = window.pages["customers"]
    window.show_page("customers")
    select_rows(page, [0, 1])
    first, second = page.selected_ids()
    customers.add_tag([first], "老客户")
    page.action_add_tag.trigger()
    dialog = page.current_dialog
    type_into(dialog.combo.lineEdit(), "老客户")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert "老客户" in customers.get_card(second).tags
    page.table.setFocus()
    _action(window, "actionUndo").trigger()
    _finish(qtbot, window)
    qtbot.waitUntil(lambda: "老客户" not in customers.get_card(second).tags, timeout=5000)
    assert "老客户" in customers.get_card(first).tags  # had it before: keeps it


def test_copy_puts_the_selected_rows_on_the_clipboard(window, qtbot):
    page = window.pages["customers"]
    window.show_page("customers")
    activate(qtbot, window)
    select_rows(page, [0])
    page.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table, timeout=3000)
    QGuiApplication.clipboard().clear()
    _action(window, "actionCopy").trigger()
    name = customers.get_card(page.selected_ids()[0]).fields["name"]
    assert name in QGuiApplication.clipboard().text()
    last_action().forget()


def test_on_a_1024_by_768_screen_the_window_opens_maximised(window):
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QMainWindow

    from ui import screen_fit

    small = QMainWindow()
    screen_fit.first_placement(small, QRect(0, 0, 1024, 738))  # a task bar takes 30 px
    assert small.isMaximized() or small.windowState() & small.windowState().WindowMaximized
    assert small.width() <= 1024
    big = QMainWindow()
    screen_fit.first_placement(big, QRect(0, 0, 1920, 1040))
    assert (big.width(), big.height()) == (1100, 700) and not big.isMaximized()
    remembered = QMainWindow()
    remembered.setGeometry(900, 400, 1500, 900)  # from a bigger screen
    screen_fit.keep_on_screen(remembered, QRect(0, 0, 1024, 738))
    frame = remembered.frameGeometry()
    assert frame.right() <= 1024 and frame.bottom() <= 738 and frame.left() >= 0
