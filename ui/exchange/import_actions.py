"""File › Import customers… and File › Import history and undo…: what they open, and the
Customers page showing the imported customers afterwards."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

if TYPE_CHECKING:
    from ui.exchange.import_dialog import ImportDialog
    from ui.exchange.import_source import Source
    from ui.worker import Task


class ImportActions(QObject):
    """File › Import customers… and File › Import history and undo…, and what they open."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.dialog: ImportDialog | None = None
        self.history = None
        self.task: Task | None = None
        self.import_action = QAction(self.tr("&Import customers…"), window)
        self.import_action.setObjectName("actionImportCustomers")
        self.import_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.import_action.setStatusTip(self.tr(
            "Add customers from a CSV or Excel list or a phone's vCard contacts"))
        self.import_action.triggered.connect(lambda checked=False: self.import_customers())
        self.history_action = QAction(self.tr("Import &history and undo…"), window)
        self.history_action.setObjectName("actionImportHistory")
        self.history_action.setStatusTip(self.tr("See the recent imports and undo one"))
        self.history_action.triggered.connect(lambda checked=False: self.show_history())

    @property
    def window(self) -> QMainWindow:
        return self.parent()

    def import_customers(self, path: str | Path | None = None) -> Task | None:
        """Ask for a file (unless given), read it, then open the import dialog on it."""
        # start-up: the import dialog and its readers (ui.exchange.import_dialog: 31 ms of
        # the window's 0.6 s start, -X importtime) load when the owner first imports
        from ui.exchange.import_dialog import choose_file, load_source

        if path is None:
            path = choose_file(self.window)
            if not path:
                return None
        self.task = load_source(self.window, path, 0, self._open_dialog)
        return self.task

    def _open_dialog(self, source: Source) -> None:
        # start-up: loaded by import_customers already (see there)
        from ui.exchange.import_dialog import ImportDialog

        self.dialog = ImportDialog(self.window, source)
        self.dialog.sig_finished_import.connect(self._show_imported)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(lambda *args: setattr(self, "dialog", None))
        self.dialog.open()

    def _show_imported(self, result, exc) -> None:
        """The imported customers on the Customers page, not hidden by an old filter."""
        if result is None or not (result.created or result.updated):
            return
        pages = getattr(self.window, "pages", {})
        if "customers" in pages:
            self.window.show_page("customers")
            pages["customers"].show_newly_added()

    def show_history(self):
        """The recent imports, each of which can be undone."""
        # start-up: importing it here, not at the top, saves 8 ms when this module loads
        from ui.exchange.import_history import ImportHistoryDialog

        self.history = ImportHistoryDialog(self.window)
        self.history.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.history.destroyed.connect(lambda *args: setattr(self, "history", None))
        self.history.open()
        return self.history


def add_import_actions(window: QMainWindow, file_menu: QMenu) -> ImportActions:
    """Put the import entries into the File menu (the main window calls this once)."""
    actions = ImportActions(window)
    file_menu.addSeparator()
    file_menu.addAction(actions.import_action)
    file_menu.addAction(actions.history_action)
    return actions
