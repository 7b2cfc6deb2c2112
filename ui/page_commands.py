"""A page's menu commands, declared apart from the page.

The window's menu bar, shortcuts and navigation exist from its first paint, but every
page except Home is built the first time it is shown (ui/main_window.py), so the first
paint never waits for a page it does not show. A page's entries in the window's menus
(Customers › New customer…, Complaints › New complaint… with Ctrl+Shift+K from any
page, …) are therefore made here, by the window, before the page exists. Triggering one
brings the page forward (building it the first time, in the language in use and with the
book's data as it is now) and then runs the page's method of the same name. The page,
once built, takes the same actions for its own buttons, so a button and its menu entry
stay one action: one text, one shortcut, one check mark.

A page made on its own (no window) makes its commands for itself, aimed at itself.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

PageFinder = Callable[[bool], QWidget]
"""find(forward): the page, built if it was not yet; brought forward when `forward`."""


class PageCommands(QObject):
    """One page's commands, keyed by the name of the page's method each one runs."""

    def __init__(self, owner: QObject, find_page: PageFinder):
        super().__init__(owner)
        self._find_page = find_page
        self.actions: dict[str, QAction] = {}
        self._icons: dict[str, str] = {}  # method -> QStyle.StandardPixmap name, not yet set

    def add(self, method: str, name: str, text: str, shortcuts: Sequence[QKeySequence | str] = (),
            *, icon: str = "", context: Qt.ShortcutContext | None = None,
            queued: bool = False) -> QAction:
        """An action that brings the page forward, then calls `page.<method>()`.

        `icon`: the name of one of the style's icons (`QStyle.StandardPixmap`), set by
        `load_icons`. `queued`: the method runs once the event loop is back (a modal form
        opened from a menu or a shortcut comes up over the page, not inside the key press)."""
        action = self._action(method, name, text, shortcuts, icon, context)
        action.triggered.connect(lambda checked=False: self.run(method, queued))
        return action

    def add_toggle(self, method: str, name: str, text: str, *, icon: str = "") -> QAction:
        """A checkable action: each change of its check calls `page.<method>(checked)`; the
        user's click also brings the page forward."""
        action = self._action(method, name, text, (), icon, None)
        action.setCheckable(True)
        action.toggled.connect(lambda on: getattr(self._find_page(False), method)(on))
        action.triggered.connect(lambda checked=False: self._find_page(True))
        return action

    def menu(self) -> list[QAction]:
        """The actions, in the order the page's menu lists them."""
        return list(self.actions.values())

    def load_icons(self) -> None:
        """Give the actions their icons, before they are first seen (the menu opens, the
        page is built)."""
        if not self._icons:
            return
        # start-up: QStyle costs 11 ms to import (its enums are made then); no icon shows
        # before the menu opens or the page is built
        from PySide6.QtWidgets import QStyle

        style = QApplication.style()
        for method, pixmap in self._icons.items():
            self.actions[method].setIcon(style.standardIcon(getattr(QStyle.StandardPixmap,
                                                                    pixmap)))
        self._icons.clear()

    def run(self, method: str, queued: bool = False) -> None:
        """Bring the page forward (built now if need be) and run its `method`."""
        page = self._find_page(True)
        if not queued:
            getattr(page, method)()
            return
        QTimer.singleShot(0, lambda: isValid(page) and getattr(page, method)())

    def _action(self, method: str, name: str, text: str,
                shortcuts: Sequence[QKeySequence | str], icon: str,
                context: Qt.ShortcutContext | None) -> QAction:
        action = QAction(text, self.parent())
        action.setObjectName(name)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        if icon:
            self._icons[method] = icon
        if context is not None:
            action.setShortcutContext(context)
        self.actions[method] = action
        return action
