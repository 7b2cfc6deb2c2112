"""The charts of the printed reports, drawn with reportlab's graphics (vector, sharp in print).

Small builders that each return a `Drawing` in the report's font and palette, so the
satisfaction report (and later ones) read as one family and every label can be Chinese.
"""
from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from custbook.paper.look import INK, MUTED, RULE
from reportlab.graphics.widgets.markers import makeMarker

SERIES = [colors.HexColor(c) for c in
          ("#2f6f8f", "#e09f3e", "#9e2a2b", "#5b8e7d", "#8c6bb1", "#c7a27c", "#4d908e")]
RATING_COLOURS = [colors.HexColor("#3a8d5c"), colors.HexColor("#e0b23e"),
                  colors.HexColor("#c0392b")]  # satisfied, neutral, dissatisfied


def _nice_max(values: list[float]) -> float:
    top = max(values, default=0) or 1
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000,
                 20000, 50000, 100000):
        if top / step <= 6:
            return step * (int(top // step) + 1)
    return top * 1.2


def _axes(chart, font: str, names: list[str], top: float) -> None:
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    # whole-number steps, so counts never read "2.5"
    chart.valueAxis.valueStep = next((top / d for d in (5, 4, 6, 3, 2)
                                      if top >= d and (top / d).is_integer()), 1)
    for axis in (chart.valueAxis, chart.categoryAxis):
        axis.labels.fontName = font
        axis.labels.fontSize = 7.5
        axis.labels.fillColor = MUTED
        axis.strokeColor = RULE
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e3e8eb")
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.labelTextFormat = lambda v: f"{v:,.0f}"
    chart.categoryAxis.categoryNames = names


def bars(font: str, width: float, names: list[str], values: list[float],
         colours: list | None, horizontal: bool = False) -> Drawing:
    """A bar chart of one series, value labels on the bars; each bar its own colour if given."""
    rows = len(names)
    height = max(45 * mm, (rows * 7 + 14) * mm / 1.3) if horizontal else 55 * mm
    drawing = Drawing(width, height)
    chart = HorizontalBarChart() if horizontal else VerticalBarChart()
    left = 30 * mm if horizontal else 12 * mm
    chart.x, chart.y = left, 10 * mm
    chart.width, chart.height = width - left - 8 * mm, height - 16 * mm
    chart.data = [list(values)]
    _axes(chart, font, names, _nice_max(values))
    if horizontal:
        chart.categoryAxis.reverseDirection = True
    elif max((len(n) for n in names), default=0) > 6:
        chart.categoryAxis.labels.angle = 20
        chart.categoryAxis.labels.boxAnchor = "ne"
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = SERIES[0]
    for i, colour in enumerate(colours or []):
        chart.bars[(0, i)].fillColor = colour
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 7.5
    chart.barLabels.fillColor = INK
    chart.barLabelFormat = lambda v: f"{v:,.0f}"
    # The count starts just past the end of its bar (beside it, or above it), never on it.
    chart.barLabels.boxAnchor = "w" if horizontal else "s"
    chart.barLabels.nudge = 3
    drawing.add(chart)
    return drawing


def stacked_months(font: str, width: float, months: list[str], series: list[list[int]],
                   names: list[str]) -> Drawing:
    """Stacked monthly bars (one colour per series) with a legend on the right."""
    height = 62 * mm
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 10 * mm
    chart.width, chart.height = width - 50 * mm, height - 16 * mm
    chart.data = [list(s) for s in series] or [[0]]
    chart.categoryAxis.style = "stacked"
    totals = [sum(col) for col in zip(*series)] if series else [0]
    # "2026-11", never "11/26" (which reads like 26 November)
    _axes(chart, font, list(months), _nice_max(totals))
    if len(months) > 12:
        chart.categoryAxis.labels.angle = 30
        chart.categoryAxis.labels.boxAnchor = "ne"
    chart.bars.strokeColor = None
    for i in range(len(series)):
        chart.bars[i].fillColor = RATING_COLOURS[i % len(RATING_COLOURS)]
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = width - 34 * mm, height - 14 * mm
    legend.fontName, legend.fontSize = font, 8
    legend.alignment = "right"
    legend.colorNamePairs = [(RATING_COLOURS[i % 3], n) for i, n in enumerate(names)]
    drawing.add(legend)
    return drawing


def line(font: str, width: float, names: list[str], values: list[float]) -> Drawing:
    """A line of percentages (0–100) with dots, e.g. the retention curve."""
    height = 55 * mm
    drawing = Drawing(width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y = 12 * mm, 10 * mm
    chart.width, chart.height = width - 20 * mm, height - 16 * mm
    chart.data = [list(values)]
    _axes(chart, font, names, min(100, _nice_max(values)))
    chart.valueAxis.labelTextFormat = lambda v: f"{v:.0f} %"
    chart.lines[0].strokeColor = SERIES[0]
    chart.lines[0].strokeWidth = 1.6

    chart.lines[0].symbol = makeMarker("FilledCircle", size=3.5, fillColor=SERIES[0])
    drawing.add(chart)
    drawing.add(String(width - 8 * mm, 2 * mm, "", fontName=font, fontSize=7))
    return drawing
