"""A small trend line (seven numbers), drawn with QPainter."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class Sparkline(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.values: tuple[int, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(140, 36)

    def set_values(self, values) -> None:
        self.values = tuple(values)
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        if len(self.values) < 2:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h, pad = self.width(), self.height(), 4
        top = max(max(self.values), 1)
        step = (w - 2 * pad) / (len(self.values) - 1)
        points = [QPointF(pad + i * step, h - pad - (h - 2 * pad) * v / top)
                  for i, v in enumerate(self.values)]
        painter.setPen(QPen(QColor("#2f6f8f"), 2))
        for a, b in zip(points, points[1:]):
            painter.drawLine(a, b)
        painter.setBrush(QColor("#2f6f8f"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(points[-1], 3, 3)
