"""The main window fits the screen it opens on, down to 1024×768.

The window's first size is 1100×700; on a screen with less room than that (a shop's
1024×768 monitor) it opens maximised instead, so every control is reachable. A size
remembered from a bigger screen is shrunk and moved back onto this one.
"""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FIRST_SIZE = QSize(1100, 700)
FRAME = QSize(16, 48)  # room for the title bar and borders the window manager adds


def available(window: QWidget) -> QRect:
    """The part of the window's screen not taken by task bars."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)


def first_placement(window: QWidget, room: QRect | None = None) -> None:
    """The size for a first start: 1100×700, or maximised when the screen is smaller."""
    room = room or available(window)
    wanted = FIRST_SIZE + FRAME
    if room.width() < wanted.width() or room.height() < wanted.height():
        window.resize(room.size() - FRAME)
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    else:
        window.resize(FIRST_SIZE)


def keep_on_screen(window: QWidget, room: QRect | None = None) -> None:
    """Shrink and move a remembered geometry so the whole window is on this screen."""
    room = room or available(window)
    if window.isMaximized():
        return
    decoration = window.frameGeometry().size() - window.size()  # what the manager adds
    size = window.size().boundedTo(room.size() - decoration)
    if size != window.size():
        window.resize(size)
    frame = window.frameGeometry()
    x = min(max(frame.x(), room.x()), room.right() - frame.width() + 1)
    y = min(max(frame.y(), room.y()), room.bottom() - frame.height() + 1)
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)
