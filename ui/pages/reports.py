"""The Reports page: the headline figures of a period, compared with the one before."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout

from custbook import analytics, vocab
from ui import format as fmt
from ui.pages.base import Page


class FigureCard(QFrame):
    """One figure: a big number, what it is, and how it compares."""

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#figureCard { background: palette(base); border-radius: 6px; }")
        layout = QVBoxLayout(self)
        self.value = QLabel()
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        self.name = QLabel(name)
        self.change = QLabel()
        self.change.setTextFormat(Qt.TextFormat.RichText)
        for widget in (self.value, self.name, self.change):
            layout.addWidget(widget)

    def show_figure(self, value: str, change: str = "") -> None:
        self.value.setText(value)
        self.change.setText(change)


class ReportsPage(Page):
    KINDS = frozenset({"customers", "purchases", "complaints", "satisfaction"})

    def __init__(self, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self._fixed_today = today
        self.heading.setText(self.tr("Reports"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period:")))
        self.period = QComboBox()
        self.period.setObjectName("periodCombo")
        for label, days in ((self.tr("Last 30 days"), 30), (self.tr("Last 90 days"), 90),
                            (self.tr("Last 12 months"), 365)):
            self.period.addItem(label, days)
        self.period.currentIndexChanged.connect(lambda _: self.refresh())
        bar.addWidget(self.period)
        self.period_label = QLabel()
        bar.addWidget(self.period_label, 1)
        self.layout_.addLayout(bar)
        grid = QGridLayout()
        grid.setSpacing(12)
        names = {
            "customers": self.tr("Customers in the book"),
            "active": self.tr("Active (bought in the last 90 days)"),
            "new": self.tr("New customers in the period"),
            "purchases": self.tr("Purchases in the period"),
            "revenue": self.tr("Revenue in the period"),
            "buyers": self.tr("Customers who bought"),
            "open": self.tr("Open complaints"),
            "overdue": self.tr("Complaint promises overdue"),
            "satisfied": self.tr("Satisfied customers (surveys in the period)"),
        }
        self.cards = {key: FigureCard(name) for key, name in names.items()}
        for i, card in enumerate(self.cards.values()):
            grid.addWidget(card, i // 3, i % 3)
        self.layout_.addLayout(grid)
        self.layout_.addStretch(1)

    def today(self) -> dt.date:
        return self._fixed_today or dt.date.today()

    def _change(self, now: int, before: int, money: bool = False) -> str:
        if before == 0:
            return self.tr("no figure for the period before") if now else ""
        percent = (now - before) * 100.0 / before
        color = "#1b7f3b" if percent >= 0 else "#b00020"
        previous = fmt.money(before) if money else fmt.number(before)
        return (f"<span style='color:{color}'>{percent:+.0f} %</span> "
                + self.tr("vs. %1 the period before").replace("%1", previous))

    def refresh(self) -> None:
        end = self.today()
        start = end - dt.timedelta(days=int(self.period.currentData()) - 1)
        o = analytics.overview(start, end)
        self.period_label.setText(f"{fmt.date(start)} – {fmt.date(end)}")
        c = self.cards
        c["customers"].show_figure(fmt.number(o.customers))
        c["active"].show_figure(fmt.number(o.active_customers))
        c["new"].show_figure(fmt.number(o.new_customers))
        c["purchases"].show_figure(fmt.number(o.current.purchases),
                                   self._change(o.current.purchases, o.previous.purchases))
        c["revenue"].show_figure(fmt.money(o.current.revenue_cents),
                                 self._change(o.current.revenue_cents, o.previous.revenue_cents,
                                              money=True))
        c["buyers"].show_figure(fmt.number(o.current.buying_customers),
                                self._change(o.current.buying_customers,
                                             o.previous.buying_customers))
        c["open"].show_figure(fmt.number(o.open_complaints))
        c["overdue"].show_figure(fmt.number(o.overdue_promises))
        total = sum(o.satisfaction.values())
        if total:
            ratings = vocab.ratings()
            share = o.satisfaction.get("satisfied", 0) * 100.0 / total
            detail = " · ".join(f"{ratings[k]} {fmt.number(o.satisfaction.get(k, 0))}"
                                for k in ("satisfied", "neutral", "dissatisfied"))
            c["satisfied"].show_figure(f"{share:.0f} %", detail)
        else:
            c["satisfied"].show_figure("—", self.tr("no survey answers in the period"))
