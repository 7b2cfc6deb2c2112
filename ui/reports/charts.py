"""The report's charts on screen, drawn with QPainter (PySide6-Essentials has no QtCharts).

Two widgets cover every chart of the printed satisfaction report: `BarChart` (vertical
or horizontal, one series or stacked) and `LineChart` (a percentage curve). Both keep
the numbers they draw (`categories`, `series`, `values`) so tests and tooltips read the
same model the paint code uses, use the printed report's palette
(`custbook.paper.report_charts` / `look`), and say in words when there is nothing to
draw ("No ratings in this period") instead of leaving an empty box.
"""
from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from custbook.paper import look, report_charts
from ui import format as fmt


def qcolor(colour) -> QColor:
    """A reportlab colour of the printed reports as a QColor (one palette on paper and screen)."""
    return QColor.fromRgbF(colour.red, colour.green, colour.blue)


INK = qcolor(look.INK)
MUTED = qcolor(look.MUTED)
RULE = qcolor(look.RULE)
GRID = QColor("#e3e8eb")
SERIES = [qcolor(c) for c in report_charts.SERIES]
RATING_COLOURS = [qcolor(c) for c in report_charts.RATING_COLOURS]


def nice_scale(top: float, ticks: int = 5, whole: bool = True) -> tuple[float, float]:
    """An axis maximum at or above `top` and a round step (1, 2, 2.5, 5 × 10ⁿ) to it.

    With `whole`, steps are whole numbers, so a count axis never reads "2.5".
    """
    if top <= 0:
        return 1.0, 1.0
    raw = top / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    step = magnitude * 10
    for factor in (1, 2, 2.5, 5, 10):
        candidate = factor * magnitude
        if whole and candidate != int(candidate):
            continue
        if candidate * ticks >= top:
            step = candidate
            break
    if whole:
        step = max(1.0, float(round(step)))
    return step * math.ceil(top / step - 1e-9), step


EMPTY_HEIGHT = 110  # a chart with nothing to draw: room for its sentence, no more


def count_text(value: float) -> str:
    return fmt.number(round(value))


class Chart(QWidget):
    """What every chart shares: the empty state, small axis text and hover tooltips.

    Subclasses draw in `draw` and record `(area, text)` hot spots in `self.hits`.
    """

    def __init__(self, empty_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.empty_text = empty_text
        self.hits: list[tuple[QRectF, str]] = []
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(260)

    def has_data(self) -> bool:
        raise NotImplementedError

    def draw(self, painter: QPainter, area: QRectF) -> None:
        raise NotImplementedError

    def small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.5, font.pointSizeF() * 0.9))
        return font

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.hits = []
        area = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        painter.setFont(self.small_font())
        if self.has_data():
            self.draw(painter, area)
        else:
            self._draw_empty(painter, area)
        painter.end()

    def _draw_empty(self, painter: QPainter, area: QRectF) -> None:
        pen = QPen(RULE, 1, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(area.adjusted(4, 4, -4, -4), 6, 6)
        painter.setPen(MUTED)
        painter.setFont(self.font())
        painter.drawText(area.adjusted(16, 8, -16, -8),
                         int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap),
                         self.empty_text)

    # --- tooltips
    def tooltip_at(self, pos: QPointF) -> str:
        """The tooltip for a point of the widget (after it has been painted)."""
        for area, text in reversed(self.hits):
            if area.contains(pos):
                return text
        return ""

    def mouseMoveEvent(self, event) -> None:
        text = self.tooltip_at(event.position())
        if text:
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:
        QToolTip.hideText()
        super().leaveEvent(event)

    # --- shared drawing
    def _value_axis(self, painter: QPainter, area: QRectF, plot: QRectF, ticks: list[float],
                    top: float, label) -> None:
        """Horizontal grid lines at `ticks` (0 … top) with their labels right-aligned left
        of the plot; the zero line is drawn darker as the baseline."""
        fm = QFontMetricsF(painter.font())
        for tick in ticks:
            y = plot.bottom() - tick / top * plot.height()
            painter.setPen(QPen(GRID if tick else RULE, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(MUTED)
            painter.drawText(QRectF(area.left(), y - fm.height() / 2,
                                    plot.left() - area.left() - 6, fm.height()),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             label(tick))

    def _legend(self, painter: QPainter, area: QRectF, entries: list[tuple[str, QColor]]) -> float:
        """A one-line legend at the top right of `area`; returns the height it took."""
        if not entries:
            return 0.0
        fm = QFontMetricsF(painter.font())
        box = fm.height() * 0.7
        x = area.right()
        y = area.top()
        for name, colour in reversed(entries):
            width = fm.horizontalAdvance(name)
            painter.setPen(INK)
            painter.drawText(QRectF(x - width, y, width + 1, fm.height()),
                             int(Qt.AlignmentFlag.AlignVCenter), name)
            x -= width + 4 + box
            painter.fillRect(QRectF(x, y + (fm.height() - box) / 2, box, box), colour)
            x -= 14
        return fm.height() + 6


@dataclass
class Series:
    """One named row of values, drawn in one colour."""

    name: str
    values: list[float]
    colour: QColor


class BarChart(Chart):
    """Bars of one series (each bar may have its own colour) or stacked series with a legend."""

    ROW = 26  # height of one bar row in a horizontal chart

    def __init__(self, empty_text: str, horizontal: bool = False,
                 parent: QWidget | None = None):
        super().__init__(empty_text, parent)
        self.horizontal = horizontal
        self.categories: list[str] = []
        self.series: list[Series] = []
        self.bar_colours: list[QColor] | None = None
        self.tooltips: list[str] | None = None
        self.value_text: Callable[[float], str] = count_text
        self._fit_height()

    def set_data(self, categories: list[str], series: list[Series],
                 bar_colours: list[QColor] | None = None, tooltips: list[str] | None = None,
                 value_text: Callable[[float], str] | None = None) -> None:
        """Show new numbers: `series[i].values[j]` is series i in category j."""
        self.categories = list(categories)
        self.series = list(series)
        self.bar_colours = bar_colours
        self.tooltips = tooltips
        self.value_text = value_text or count_text
        self._fit_height()
        self.update()

    def totals(self) -> list[float]:
        """The height of each category's bar (the stacked sum)."""
        return [sum(s.values[i] for s in self.series) for i in range(len(self.categories))]

    def has_data(self) -> bool:
        return any(t > 0 for t in self.totals())

    def _fit_height(self) -> None:
        line = QFontMetricsF(self.small_font()).height()
        if not self.has_data():
            self.setFixedHeight(EMPTY_HEIGHT)
        elif self.horizontal:
            self.setFixedHeight(int(len(self.categories) * self.ROW + line * 2 + 16))
        else:
            self.setFixedHeight(250)

    def sizeHint(self) -> QSize:
        return QSize(420, self.height())

    def _tooltip(self, index: int) -> str:
        if self.tooltips:
            return self.tooltips[index]
        if len(self.series) == 1:
            return f"{self.categories[index]}: {self.value_text(self.series[0].values[index])}"
        parts = [f"{s.name} {self.value_text(s.values[index])}" for s in self.series]
        return f"{self.categories[index]}\n" + "\n".join(parts)

    def _colour(self, series: int, index: int) -> QColor:
        if len(self.series) == 1 and self.bar_colours:
            return self.bar_colours[index % len(self.bar_colours)]
        return self.series[series].colour

    def draw(self, painter: QPainter, area: QRectF) -> None:
        if len(self.series) > 1:
            area = area.adjusted(0, self._legend(painter, area,
                                                 [(s.name, s.colour) for s in self.series]), 0, 0)
        if self.horizontal:
            self._draw_horizontal(painter, area)
        else:
            self._draw_vertical(painter, area)

    def _draw_vertical(self, painter: QPainter, area: QRectF) -> None:
        fm = QFontMetricsF(painter.font())
        totals = self.totals()
        top, step = nice_scale(max(totals))
        ticks = [step * i for i in range(round(top / step) + 1)]
        left = max(fm.horizontalAdvance(self.value_text(t)) for t in ticks) + 8
        plot = QRectF(area.left() + left, area.top() + fm.height() + 2,
                      area.width() - left - 4, area.height() - 2 * fm.height() - 10)
        self._value_axis(painter, area, plot, ticks, top, self.value_text)
        n = len(self.categories)
        slot = plot.width() / n
        bar = min(slot * 0.64, 64.0)
        widest = max(fm.horizontalAdvance(c) for c in self.categories) + 6
        every = max(1, math.ceil(widest / slot))  # label every k-th month when they crowd
        painter.setPen(Qt.PenStyle.NoPen)
        for i, name in enumerate(self.categories):
            x = plot.left() + slot * (i + 0.5)
            y = plot.bottom()
            for s, series in enumerate(self.series):
                h = series.values[i] / top * plot.height()
                if h > 0:
                    painter.fillRect(QRectF(x - bar / 2, y - h, bar, h), self._colour(s, i))
                y -= h
            label = self.value_text(totals[i])
            if totals[i] > 0 and fm.horizontalAdvance(label) <= slot:
                painter.setPen(INK)
                painter.drawText(QRectF(x - slot / 2, y - fm.height() - 1, slot, fm.height()),
                                 int(Qt.AlignmentFlag.AlignCenter), label)
            if i % every == 0:
                painter.setPen(MUTED)
                text = fm.elidedText(name, Qt.TextElideMode.ElideRight, slot * every)
                painter.drawText(QRectF(x - slot * every / 2, plot.bottom() + 4, slot * every,
                                        fm.height()), int(Qt.AlignmentFlag.AlignCenter), text)
            painter.setPen(Qt.PenStyle.NoPen)
            self.hits.append((QRectF(plot.left() + slot * i, plot.top(), slot, plot.height()),
                              self._tooltip(i)))

    def _draw_horizontal(self, painter: QPainter, area: QRectF) -> None:
        fm = QFontMetricsF(painter.font())
        totals = self.totals()
        top, step = nice_scale(max(totals))
        ticks = [step * i for i in range(round(top / step) + 1)]
        names_width = min(max(fm.horizontalAdvance(c) for c in self.categories) + 12,
                          area.width() * 0.4)
        value_width = max(fm.horizontalAdvance(self.value_text(t)) for t in totals) + 10
        plot = QRectF(area.left() + names_width, area.top() + 2,
                      area.width() - names_width - value_width,
                      len(self.categories) * self.ROW)
        for tick in ticks:
            x = plot.left() + tick / top * plot.width()
            painter.setPen(QPen(GRID if tick else RULE, 1))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(MUTED)
            text = self.value_text(tick)
            width = fm.horizontalAdvance(text) + 4
            painter.drawText(QRectF(x - width / 2, plot.bottom() + 3, width, fm.height()),
                             int(Qt.AlignmentFlag.AlignCenter), text)
        for i, name in enumerate(self.categories):
            y = plot.top() + i * self.ROW
            painter.setPen(INK)
            painter.drawText(QRectF(area.left(), y, names_width - 8, self.ROW),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             fm.elidedText(name, Qt.TextElideMode.ElideRight, names_width - 8))
            x = plot.left()
            for s, series in enumerate(self.series):
                w = series.values[i] / top * plot.width()
                if w > 0:
                    painter.fillRect(QRectF(x, y + self.ROW * 0.2, w, self.ROW * 0.6),
                                     self._colour(s, i))
                x += w
            painter.setPen(INK)
            painter.drawText(QRectF(x + 4, y, value_width, self.ROW),
                             int(Qt.AlignmentFlag.AlignVCenter), self.value_text(totals[i]))
            self.hits.append((QRectF(area.left(), y, area.width(), self.ROW), self._tooltip(i)))


class LineChart(Chart):
    """A curve of shares (0–1) drawn as percentages, with dots and an x-axis caption."""

    def __init__(self, empty_text: str, caption: str = "", parent: QWidget | None = None):
        super().__init__(empty_text, parent)
        self.caption = caption
        self.categories: list[str] = []
        self.values: list[float] = []
        self.tooltips: list[str] | None = None
        self.colour = SERIES[0]
        self.setFixedHeight(EMPTY_HEIGHT)

    def set_data(self, categories: list[str], values: list[float],
                 tooltips: list[str] | None = None) -> None:
        self.categories, self.values, self.tooltips = list(categories), list(values), tooltips
        self.setFixedHeight(250 if self.has_data() else EMPTY_HEIGHT)
        self.update()

    def has_data(self) -> bool:
        return bool(self.values)

    def sizeHint(self) -> QSize:
        return QSize(420, 250)

    def draw(self, painter: QPainter, area: QRectF) -> None:
        fm = QFontMetricsF(painter.font())
        top, step = nice_scale(min(100.0, max(self.values) * 100) or 1.0, whole=True)
        top = min(top, 100.0)
        ticks = [step * i for i in range(round(top / step) + 1)]
        left = fm.horizontalAdvance("100 %") + 8
        bottom = fm.height() * (2 if self.caption else 1) + 10
        plot = QRectF(area.left() + left, area.top() + fm.height() / 2 + 2,
                      area.width() - left - 10, area.height() - bottom - fm.height() / 2 - 2)
        self._value_axis(painter, area, plot, ticks, top, lambda tick: f"{tick:.0f} %")
        n = len(self.values)
        slot = plot.width() / n
        points = [QPointF(plot.left() + slot * (i + 0.5),
                          plot.bottom() - min(v * 100, top) / top * plot.height())
                  for i, v in enumerate(self.values)]
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        painter.setPen(QPen(self.colour, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setBrush(self.colour)
        widest = max(fm.horizontalAdvance(c) for c in self.categories) + 6
        every = max(1, math.ceil(widest / slot))
        for i, point in enumerate(points):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(point, 3.5, 3.5)
            if i % every == 0:
                painter.setPen(MUTED)
                painter.drawText(QRectF(point.x() - slot * every / 2, plot.bottom() + 4,
                                        slot * every, fm.height()),
                                 int(Qt.AlignmentFlag.AlignCenter), self.categories[i])
            tip = (self.tooltips[i] if self.tooltips
                   else f"{self.categories[i]}: {self.values[i] * 100:.1f} %")
            self.hits.append((QRectF(plot.left() + slot * i, plot.top(), slot, plot.height()),
                              tip))
        if self.caption:
            painter.setPen(MUTED)
            painter.drawText(QRectF(plot.left(), plot.bottom() + fm.height() + 6, plot.width(),
                                    fm.height() + 2), int(Qt.AlignmentFlag.AlignCenter),
                             fm.elidedText(self.caption, Qt.TextElideMode.ElideRight,
                                           plot.width()))
