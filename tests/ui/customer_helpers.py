"""Helpers the customer-page and card tests share: typing as a user does, answering
message boxes, finding the dialog that just opened."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def type_into(edit, text: str) -> None:
    """Type `text` into a line edit as a user would, Chinese included.

    qtbot.keyClicks with CJK characters aborts the process, so the text is set and the
    edit signals a keyboard user would cause are emitted.
    """
    edit.setFocus()
    edit.setText(text)
    edit.textEdited.emit(text)


def activate(qtbot, window) -> None:
    """Make `window` the active window, as a click on it would: shortcuts need that."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def leave(edit) -> None:
    """The user tabs out of a line edit."""
    edit.editingFinished.emit()


def search(qtbot, page, text: str) -> None:
    """Type into the search box and wait for the list to answer (after the pause)."""
    with qtbot.waitSignal(page.sig_query_applied, timeout=3000):
        type_into(page.search, text)


def answer_box(qtbot, button: QMessageBox.StandardButton, name: str | None = None,
               seen: list | None = None) -> None:
    """Answer the next message box that appears (by clicking `button`)."""
    def answer(tries: int = 200) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and (name is None or box.objectName() == name):
            if seen is not None:
                seen.append(box.text())
            box.button(button).click()
            return
        if tries:
            QTimer.singleShot(10, lambda: answer(tries - 1))
    QTimer.singleShot(0, answer)


def ids_shown(page) -> list[int]:
    model = page.model
    return [model.customer_id(row) for row in range(model.rowCount())]


def select_rows(page, rows: list[int]) -> None:
    from PySide6.QtCore import QItemSelectionModel

    view = page.current_view()
    selection = view.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select
    if view is page.table:
        flags |= QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(page.model.index(row, 0), flags)


def close_cards_without_asking() -> None:
    """Close every card a test left open, unsaved edits and all (no question at teardown)."""
    from ui.customers.card import CustomerCardDialog

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, CustomerCardDialog) and widget.isVisible():
            widget.done(0)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
