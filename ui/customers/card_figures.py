"""The card's figures tab (with a 12-month bar chart) and its timeline tab.

The figures are what a shop owner reads before greeting a customer: when they were
last here, how often they come, what they spend. The core computes them
(`customer_figures`); this module only lays them out and draws the bars.
"""
from __future__ import annotations

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from custbook.customers import customer_figures
from ui import format as fmt

KIND_COLOURS = {"purchase": "#3d7a4f", "contact": "#2f6f8f", "complaint": "#b00020",
                "reminder_done": "#6f6a2f", "satisfaction": "#7a3d6f", "created": "#888888"}


class MonthBars(QWidget):
    """Purchases per month over the last 12 months, as bars with the counts on top."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("monthBars")
        self.months: list[tuple[str, int]] = []
        self.setMinimumHeight(150)

    def sizeHint(self) -> QSize:
        return QSize(480, 170)

    def set_months(self, months: list[tuple[str, int]]) -> None:
        self.months = list(months)
        self.setToolTip("\n".join(f"{m}: {n}" for m, n in self.months))
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = painter.fontMetrics()
        label_height = metrics.height() + 4
        area = QRectF(self.rect()).adjusted(4, label_height, -4, -label_height)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        if not any(n for _, n in self.months):  # an empty chart says it in words
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter), self.tr(
                "No purchases in the last 12 months: the bars will show each month's "
                "purchases."))
            painter.end()
            return
        top = max(n for _, n in self.months) or 1
        slot = area.width() / len(self.months)
        bar_width = max(4.0, slot * 0.6)
        for i, (month, count) in enumerate(self.months):
            x = area.left() + slot * i + (slot - bar_width) / 2
            height = area.height() * count / top
            bar = QRectF(x, area.bottom() - height, bar_width, height)
            painter.fillRect(bar, QColor("#2f6f8f") if count else QColor("#d5dde2"))
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            if count:
                painter.drawText(QRectF(x - 10, bar.top() - label_height, bar_width + 20,
                                        label_height),
                                 int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                                 str(count))
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(QRectF(area.left() + slot * i, area.bottom() + 2, slot,
                                    label_height),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                             self._month_label(month))
        painter.end()

    @staticmethod
    def _month_label(month: str) -> str:
        """"2026-01" as the locale's short month name (Jan / 1月)."""
        number = month.partition("-")[2]
        if not number.isdigit():
            return month
        return QLocale().monthName(int(number), QLocale.FormatType.ShortFormat)


class FiguresPanel(QWidget):
    """First and last visit, visits, spend, interval, tier, referrals and the chart."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(10)
        self.values: dict[str, QLabel] = {}
        names = [
            ("first_visit", self.tr("First visit")), ("last_visit", self.tr("Last visit")),
            ("days_since", self.tr("Days since last visit")), ("visits", self.tr("Visits")),
            ("purchases", self.tr("Purchases")), ("total", self.tr("Total spent")),
            ("average", self.tr("Average per purchase")),
            ("interval", self.tr("Usual time between purchases")), ("tier", self.tr("Tier")),
            ("referrals", self.tr("Customers they referred")),
        ]
        for i, (key, title) in enumerate(names):
            cell = QFrame()
            cell.setObjectName("figureCell")
            cell.setStyleSheet("#figureCell { background: palette(base); border: 1px solid "
                               "palette(midlight); border-radius: 6px; }")
            box = QVBoxLayout(cell)
            caption = QLabel(title)
            caption.setStyleSheet("color: palette(placeholder-text);")
            caption.setWordWrap(True)
            value = QLabel()
            value.setObjectName(f"figure_{key}")
            font = QFont(value.font())
            font.setPointSizeF(font.pointSizeF() * 1.3)
            font.setBold(True)
            value.setFont(font)
            box.addWidget(caption)
            box.addWidget(value)
            if key == "total":  # beside the purchases: what they spent before the book
                self.prior = QLabel()
                self.prior.setObjectName("figure_prior")
                self.prior.setWordWrap(True)
                self.prior.setStyleSheet("color: palette(placeholder-text);")
                box.addWidget(self.prior)
            grid.addWidget(cell, i // 5, i % 5)
            self.values[key] = value
        layout.addLayout(grid)
        chart_title = QLabel(self.tr("Purchases per month, last 12 months"))
        chart_title.setStyleSheet("font-weight: bold; margin-top: 8px;")
        layout.addWidget(chart_title)
        self.chart = MonthBars()
        layout.addWidget(self.chart, 1)

    def show_figures(self, figures: customer_figures.CardFigures) -> None:
        dash = "—"
        days = figures.days_since_last_visit
        interval = figures.usual_interval_days
        texts = {
            "first_visit": fmt.date(figures.first_visit) or dash,
            "last_visit": fmt.date(figures.last_visit) or dash,
            "days_since": fmt.number(days) if days is not None else dash,
            "visits": fmt.number(figures.visits),
            "purchases": fmt.number(figures.purchases),
            "total": fmt.money(figures.total_spent_cents),
            "average": fmt.money(figures.average_spend_cents) if figures.purchases else dash,
            "interval": self.tr("%1 days").replace("%1", fmt.number(interval))
            if interval is not None else dash,
            "tier": figures.tier or dash,
            "referrals": fmt.number(figures.referrals),
        }
        for key, text in texts.items():
            self.values[key].setText(text)
        self.prior.setText(self.tr("Spent before using Custbook: %1").replace(
            "%1", fmt.money(figures.prior_spend_cents)))
        self.prior.setVisible(figures.prior_spend_cents > 0)
        self.chart.set_months(figures.per_month)


class TimelinePanel(QTreeWidget):
    """Everything about the customer, newest first: purchases, contacts, complaints, …"""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setColumnCount(4)
        self.setHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Details"),
                              self.tr("Amount")])
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setStyleSheet("QTreeWidget#timeline::item { padding: 3px 0; }")
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(0, 130)
        self.setColumnWidth(1, 200)
        self.setColumnWidth(3, 100)

    def show_entries(self, entries: list[customer_figures.TimelineEntry]) -> None:
        self.clear()
        items = []
        for entry in entries:
            when = fmt.date(entry.when.date())
            if entry.when.time() != entry.when.time().min:
                when += entry.when.strftime(" %H:%M")
            amount = fmt.money(entry.amount_cents) if entry.amount_cents is not None else ""
            item = QTreeWidgetItem([when, entry.title, entry.detail, amount])
            item.setForeground(1, QColor(KIND_COLOURS.get(entry.kind, "#333333")))
            item.setData(0, Qt.ItemDataRole.UserRole, (entry.kind, entry.ref_id))
            item.setToolTip(2, entry.detail)
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            items.append(item)
        self.addTopLevelItems(items)
        if not entries:
            self.addTopLevelItem(QTreeWidgetItem(["", self.tr("Nothing recorded yet.")]))
