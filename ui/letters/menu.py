"""The Customers menu's "Recommendation letters…": the action, without the letters window.

The letters window (ui/letters/dialog.py) brings the letters' core and reportlab with
it; the menu is built before the first paint, so only this action is, and the window
is imported when it is first asked for.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu


def add_letters_action(window, menu: QMenu) -> QAction:
    """Add "Recommendation letters…" to `menu` (the Customers menu)."""
    action = QAction(QCoreApplication.translate("LettersDialog", "Recommendation letters…"),
                     window)
    action.setObjectName("actionLetters")
    action.triggered.connect(lambda checked=False: _open(window))
    menu.addAction(action)
    return action


def _open(window) -> None:
    # start-up: ui.letters.dialog (the letters' core, reportlab's platypus) costs 0.3 s
    # of the window's start on a quiet PC (1.6 s loaded; -X importtime), only when used.
    from ui.letters.dialog import open_letters_dialog

    open_letters_dialog(window)
