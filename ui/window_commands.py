"""The window's conventional commands: the Edit menu, and New / Print / Find for the page
in front.

- **Edit › Undo** (Ctrl+Z) takes back the last undoable action, whatever screen did it:
  a merge, an import, moving customers to the trash, a bulk tag. Each of those offers
  its undo to `last_action()` when it succeeds; the menu names it ("Undo the merge").
  Typing in a field keeps its own Ctrl+Z: the window's Undo acts only when the focus
  is not in an editor that can undo itself.
- **Edit › Copy** (Ctrl+C) copies the focused field's selection, or the selected rows of
  a list as tab-separated text (pastes into Excel or WeChat).
- **Edit › Find** (Ctrl+F) puts the cursor in the page's search (the Customers page's if
  the page in front has none).
- **New** (Ctrl+N) is the page's new item: a customer, a reminder, a complaint.
- **Print** (Ctrl+P) prints the page's paper: the list as shown, the visit sheet, the
  selected complaint's sheet, the report.

A page takes part by having any of `new_item()`, `print_paper()`, `focus_search()`.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from custbook.errors import CustbookError
from ui.worker import run_task


class LastAction(QObject):
    """The one undoable action the Edit menu offers (the most recent wins)."""

    sig_changed = Signal()
    """sig_changed(): an action was offered, undone or forgotten."""

    def __init__(self) -> None:
        super().__init__()
        self.label = ""
        self._undo: Callable[[], object] | None = None

    def offer(self, label: str, undo: Callable[[], object]) -> None:
        """`undo()` takes back what was just done; `label` says it ("Undo the merge")."""
        self.label, self._undo = label, undo
        self.sig_changed.emit()

    def forget(self) -> None:
        self.label, self._undo = "", None
        self.sig_changed.emit()

    def available(self) -> bool:
        return self._undo is not None

    def take(self) -> Callable[[], object] | None:
        """The undo to run now (and forget: an undo is not offered twice)."""
        undo, self._undo = self._undo, None
        self.label = ""
        self.sig_changed.emit()
        return undo


_last = LastAction()


def last_action() -> LastAction:
    """The application's last undoable action."""
    return _last


def _selected_rows_text(view: QAbstractItemView) -> str:
    model, selection = view.model(), view.selectionModel()
    if model is None or selection is None:
        return ""
    rows = sorted({index.row() for index in selection.selectedIndexes()})
    hidden = getattr(view, "isColumnHidden", lambda column: False)
    columns = [c for c in range(model.columnCount()) if not hidden(c)]
    return "\n".join("\t".join(str(model.index(row, c).data() or "") for c in columns)
                     for row in rows)


class WindowCommands(QObject):
    """Edit menu, New, Print and Find for the main window's page in front."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

        def action(text: str, name: str, shortcut, slot) -> QAction:
            made = QAction(text, window)
            made.setObjectName(name)
            made.setShortcut(QKeySequence(shortcut))
            made.triggered.connect(lambda checked=False: slot())
            window.addAction(made)
            return made

        self.undo = action(self.tr("&Undo"), "actionUndo", QKeySequence.StandardKey.Undo,
                           self.undo_last)
        self.copy = action(self.tr("&Copy"), "actionCopy", QKeySequence.StandardKey.Copy,
                           self.copy_selection)
        self.find = action(self.tr("&Find…"), "actionFind", QKeySequence.StandardKey.Find,
                           self.find_on_page)
        self.new = action(self.tr("&New…"), "actionNewItem", QKeySequence.StandardKey.New,
                          self.new_on_page)
        self.print = action(self.tr("&Print…"), "actionPrintPage",
                            QKeySequence.StandardKey.Print, self.print_page)
        last_action().sig_changed.connect(self.update)
        window.nav.currentRowChanged.connect(lambda _row: self.update())
        self.update()

    def page(self):
        return self.window.pages[self.window.current_page_key()]

    def update(self) -> None:
        """Enable and name the actions for the page in front and the last action."""
        page = self.page()
        self.undo.setEnabled(last_action().available())
        self.undo.setText(last_action().label or self.tr("&Undo"))
        self.new.setEnabled(hasattr(page, "new_item"))
        self.print.setEnabled(hasattr(page, "print_paper"))

    def build_menus(self) -> None:
        bar = self.window.menuBar()
        menus = bar.actions()
        edit = QMenu(self.tr("&Edit"), self.window)
        edit.setObjectName("editMenu")
        edit.addAction(self.undo)
        edit.addSeparator()
        edit.addActions([self.copy, self.find])
        bar.insertMenu(menus[1] if len(menus) > 1 else None, edit)
        file_menu = menus[0].menu() if menus else None
        if file_menu is not None and file_menu.actions():
            first = file_menu.actions()[0]
            file_menu.insertActions(first, [self.new, self.print])
            file_menu.insertSeparator(first)

    # --- Edit
    def undo_last(self):
        focus = QApplication.focusWidget()
        if isinstance(focus, (QLineEdit, QTextEdit, QPlainTextEdit)) and not (
                isinstance(focus, QLineEdit) and focus.isReadOnly()):
            focus.undo()  # typing keeps its own undo
            return
        label = last_action().label.replace("&", "")
        undo = last_action().take()
        if undo is None:
            return None

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, CustbookError):
                raise exc
            self.window.statusBar().showMessage(
                self.tr("Could not undo: %1").replace("%1", str(exc)), 10_000)

        # On the one runner: undoing a large import takes a while.
        self.task = run_task(self.window, label, lambda progress: undo(),
                             lambda _result: self.window.statusBar().showMessage(
                                 self.tr("Undone."), 5_000), failed)
        return self.task

    def copy_selection(self) -> None:
        focus = QApplication.focusWidget()
        if isinstance(focus, (QLineEdit, QTextEdit, QPlainTextEdit)):
            focus.copy()
        elif isinstance(focus, QAbstractItemView):
            text = _selected_rows_text(focus)
            if text:
                QGuiApplication.clipboard().setText(text)

    def find_on_page(self) -> QWidget | None:
        page = self.page()
        if not hasattr(page, "focus_search"):
            self.window.show_page("customers")
            page = self.page()
        return page.focus_search()

    # --- the page in front
    def new_on_page(self) -> None:
        page = self.page()
        if hasattr(page, "new_item"):
            page.new_item()

    def print_page(self) -> None:
        page = self.page()
        if hasattr(page, "print_paper"):
            page.print_paper()


def add_window_commands(window) -> WindowCommands:
    """An Edit menu after File, and New / Print at the top of the File menu."""
    commands = WindowCommands(window)
    commands.build_menus()
    window.window_commands = commands
    return commands
