"""The six charts of the printed report, on screen, filled from one `ReportData`.

Same charts, same order and same colours as `custbook/reports/satisfaction_report.py`:
satisfaction by month (stacked), the distribution of ratings, complaints by category,
first-response times, the retention curve and the RFM segment sizes.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from custbook import money, vocab
from custbook.loyalty import loyalty, satisfaction
from custbook.paper.satisfaction_data import ReportData, word
from ui import format as fmt
from ui.reports.charts import RATING_COLOURS, SERIES, BarChart, LineChart, Series


def titled(title: str, chart: QWidget, note: str = "") -> QWidget:
    """A chart under its heading (and a small note below, if any)."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 4, 0, 4)
    label = QLabel(title)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    layout.addWidget(label)
    layout.addWidget(chart)
    if note:
        small = QLabel(note)
        small.setWordWrap(True)
        small.setStyleSheet("color: #5f6b72;")
        layout.addWidget(small)
    layout.addStretch(1)
    return box


class ChartPanel(QWidget):
    """The charts in a grid: the month chart across, the others two by two."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.by_month = BarChart(self.tr("No ratings in this period"))
        self.by_month.setObjectName("chartByMonth")
        self.distribution = BarChart(self.tr("No ratings in this period"))
        self.distribution.setObjectName("chartDistribution")
        self.categories = BarChart(self.tr("No complaints in this period"), horizontal=True)
        self.categories.setObjectName("chartComplaintCategories")
        self.response = BarChart(self.tr("No complaint was answered in this period"))
        self.response.setObjectName("chartResponseTimes")
        self.retention = LineChart(
            self.tr("No retention to show yet: it needs customers whose first purchase "
                    "was at least a month before the period ends"),
            self.tr("months after the first purchase"))
        self.retention.setObjectName("chartRetention")
        self.segments = BarChart(self.tr("No customer has bought yet"), horizontal=True)
        self.segments.setObjectName("chartSegments")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(24)
        self.boxes = [
            titled(word("satisfaction_by_month"), self.by_month),
            titled(word("distribution_of_ratings"), self.distribution),
            titled(word("complaints_by_category"), self.categories),
            titled(word("first_response_time"), self.response),
            titled(word("retention_buying_again_n_months"), self.retention),
            titled(word("customers_by_segment_rfm"), self.segments,
                   word("champions_bought_within_90_days")),
        ]
        self.columns = 0
        self.arrange(2)

    def charts(self) -> list:
        return [self.by_month, self.distribution, self.categories, self.response,
                self.retention, self.segments]

    def arrange(self, columns: int) -> None:
        """Two charts side by side when there is room, one under the other when narrow."""
        if columns == self.columns:
            return
        self.columns = columns
        for box in self.boxes:
            self.grid.removeWidget(box)
        top = Qt.AlignmentFlag.AlignTop
        self.grid.addWidget(self.boxes[0], 0, 0, 1, columns, top)
        for i, box in enumerate(self.boxes[1:5]):
            row, col = divmod(i, columns)
            self.grid.addWidget(box, 1 + row, col, top)
        self.grid.addWidget(self.boxes[5], 1 + (4 + columns - 1) // columns, 0, 1, columns, top)

    def resizeEvent(self, event) -> None:
        self.arrange(2 if event.size().width() >= 640 else 1)
        super().resizeEvent(event)

    def show_data(self, data: ReportData) -> None:
        sa, lo, co = data.satisfaction, data.loyalty, data.complaints
        ratings = vocab.ratings()
        names = [ratings[r] for r in satisfaction.RATINGS]
        months = [m.month for m in sa.by_month]  # 2026-11, as in the PDF (11/26 read as a day)
        month_tips = []
        for m in sa.by_month:
            lines = [f"{ratings[r]}: {fmt.number(m.counts[r])}" for r in satisfaction.RATINGS]
            share = m.satisfied_share
            if share is not None:
                lines.append(self.tr("%1 satisfied").replace("%1", f"{share * 100:.0f} %"))
            month_tips.append(m.month + "\n" + "\n".join(lines))
        self.by_month.set_data(
            months,
            [Series(names[i], [m.counts[r] for m in sa.by_month], RATING_COLOURS[i])
             for i, r in enumerate(satisfaction.RATINGS)],
            tooltips=month_tips)
        total = sa.total
        self.distribution.set_data(
            names, [Series(word("ratings"), [sa.counts[r] for r in satisfaction.RATINGS],
                           SERIES[0])],
            bar_colours=RATING_COLOURS,
            tooltips=[f"{names[i]}: {fmt.number(sa.counts[r])}"
                      + (f" ({sa.counts[r] * 100 / total:.0f} %)" if total else "")
                      for i, r in enumerate(satisfaction.RATINGS)])
        cats = sorted(co.by_category.items(), key=lambda kv: (-kv[1], kv[0]))
        self.categories.set_data([n or word("no_category") for n, _ in cats],
                                 [Series(word("complaints"), [v for _, v in cats], SERIES[0])])
        buckets = satisfaction.bucket_names()
        self.response.set_data([buckets[k] for k in data.response_buckets],
                               [Series(word("complaints"), list(data.response_buckets.values()),
                                       SERIES[1])])
        curve = lo.retention_curve()[:12]
        tips = []
        for k, share in enumerate(curve, start=1):
            tips.append(self.tr("%1 months after the first purchase: %2 bought again")
                        .replace("%1", str(k)).replace("%2", f"{share * 100:.1f} %"))
        self.retention.set_data([str(k) for k in range(1, len(curve) + 1)], curve, tips)
        seg_names = loyalty.segment_names()
        self.segments.set_data(
            [seg_names[s] for s in loyalty.SEGMENTS],
            [Series(word("customers_by_segment_rfm"),
                    [lo.segments.get(s, 0) for s in loyalty.SEGMENTS], SERIES[0])],
            tooltips=[self.tr("%1: %2 customers, %3 spent in all")
                      .replace("%1", seg_names[s])
                      .replace("%2", fmt.number(lo.segments.get(s, 0)))
                      .replace("%3", money.format_cents(lo.segment_revenue_cents.get(s, 0), decimals=False))
                      for s in loyalty.SEGMENTS])
