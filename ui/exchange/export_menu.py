"""File › Export customers…: the menu entry, without the dialog.

The File menu is built before the window's first paint; the export dialog and the
writers behind it (ui.exchange.export_dialog, custbook.exchange.export) load when the
owner first exports.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

if TYPE_CHECKING:
    from ui.exchange.export_dialog import ExportDialog


class ExportActions(QObject):
    """File › Export customers… for one main window; keeps the open dialog."""

    def __init__(self, window: QMainWindow, menu: QMenu):
        super().__init__(window)
        self.dialog: ExportDialog | None = None
        self.action = QAction(self.tr("&Export customers…"), window)
        self.action.setObjectName("actionExportCustomers")
        self.action.triggered.connect(lambda checked=False: self.open_dialog())
        menu.addAction(self.action)

    @property
    def window(self) -> QMainWindow:
        return self.parent()

    def open_dialog(self, prefer_selection: bool = False) -> ExportDialog:
        """Open the export dialog on the Customers page's list (and selection), if it is
        built; on the whole book if it is not."""
        # start-up: the export dialog and its writers (ui.exchange.export_dialog: 10-20 ms
        # of the window's start, -X importtime) load when the owner first exports
        from ui.exchange.export_dialog import open_export_dialog

        page = getattr(self.window, "pages", {}).get("customers")
        self.dialog = open_export_dialog(self.window, page, prefer_selection)
        return self.dialog


def add_export_actions(window: QMainWindow, menu: QMenu) -> ExportActions:
    """Put Export customers… into the File menu of `window`."""
    return ExportActions(window, menu)
