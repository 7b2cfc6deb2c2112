"""A tier's colour where the tier is shown: a dot in the table and the filter, a badge
in the card's header. Tiers without a colour show as plain text."""
from __future__ import annotations

import html
from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

SIZE = 12


@lru_cache(maxsize=64)
def icon(colour: str) -> QIcon:
    """A round dot of `colour` (an empty icon when the colour is not one)."""
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    fill = QColor(colour)
    if fill.isValid():
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(fill.darker(130))
        painter.setBrush(fill)
        painter.drawEllipse(1, 1, SIZE - 2, SIZE - 2)
        painter.end()
    return QIcon(pixmap)


def text_colour(colour: str) -> str:
    """Black or white, whichever reads better on `colour`."""
    fill = QColor(colour)
    light = 0.299 * fill.red() + 0.587 * fill.green() + 0.114 * fill.blue()
    return "#1f2a30" if light > 150 else "#ffffff"


def badge_html(name: str, colour: str) -> str:
    """The tier's name on its colour, as rich text (just the escaped name without one)."""
    if not colour or not QColor(colour).isValid():
        return html.escape(name)
    return (f'<span style="background-color:{colour}; color:{text_colour(colour)};">'
            f"&nbsp;{html.escape(name)}&nbsp;</span>")
