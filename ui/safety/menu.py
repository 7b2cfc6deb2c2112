"""The File menu's safety entries, added by the main window in one call."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from custbook import db
from ui.safety.actions import SafetyActions

if TYPE_CHECKING:
    from ui.safety.backups_dialog import BackupsDialog
    from ui.safety.password_dialog import PasswordDialog


class SafetyMenu(QObject):
    """Back up now…, Restore…, Backups…, Password lock…, Lock now."""

    def __init__(self, window: QMainWindow, menu: QMenu):
        super().__init__(window)
        self.guard = window.controller.guard
        self.actions = SafetyActions(window, self.guard)
        menu.addSeparator()
        self._add(menu, self.tr("&Back up now…"), self.actions.backup_now, "actionBackupNow")
        self._add(menu, self.tr("&Restore…"), lambda: self.show_backups(restoring=True),
                  "actionRestore")
        self._add(menu, self.tr("Bac&kups…"), self.show_backups, "actionBackups")
        menu.addSeparator()
        self._add(menu, self.tr("&Password lock…"), self.password_settings, "actionPassword")
        self.lock_action = self._add(menu, self.tr("&Lock now"), self.guard.locker.lock,
                                     "actionLockNow", "Ctrl+Shift+L")
        menu.aboutToShow.connect(self._update)

    @property
    def window(self) -> QMainWindow:
        return self.parent()  # not kept in Python: no cycle with the window

    def _add(self, menu: QMenu, text: str, slot, name: str, shortcut: str = "") -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda checked=False: slot())
        menu.addAction(action)
        return action

    def _update(self) -> None:
        self.lock_action.setEnabled(self.guard.locker.enabled)

    def show_backups(self, restoring: bool = False) -> BackupsDialog | None:
        """Open the list of backups (or the same list, ready to restore)."""
        if db.is_url(db.book_location()):  # a shared book: the server's admin backs it up
            # start-up: importing it here, not at the top, saves 20 ms when this module loads
            from ui.shared_book.backup import explain_shared_backups

            explain_shared_backups(self.window)
            return None
        # start-up: the backups' list (ui.safety.backups_dialog: 6 ms of the window's start,
        # -X importtime) loads when first opened
        from ui.safety.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.window, self.actions, restoring=restoring)
        dialog.open()
        return dialog

    def password_settings(self) -> PasswordDialog:
        """Set, change or remove the lock password."""
        # start-up: as show_backups, the dialog loads when first opened
        from ui.safety.password_dialog import PasswordDialog

        dialog = PasswordDialog(self.window)
        dialog.finished.connect(lambda result: self.guard.locker.refresh())
        dialog.open()
        return dialog


def add_file_actions(window: QMainWindow, menu: QMenu) -> SafetyMenu:
    """Put the safety entries into the File menu of `window`."""
    return SafetyMenu(window, menu)
