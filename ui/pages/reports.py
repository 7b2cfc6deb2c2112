"""The Reports page: the headline figures of a period, compared with the one before,
and the printable satisfaction report of the same period ("Save as PDF")."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from custbook import analytics, vocab
from ui import format as fmt
from ui.pages.base import Page
from ui.worker import Task, run_task


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
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("savePdfButton")
        self.save_button.setToolTip(self.tr("The satisfaction and loyalty report of this period, "
                                            "with charts and tables, ready to print"))
        self.save_button.clicked.connect(lambda: self.save_pdf())
        bar.addWidget(self.save_button)
        self.layout_.addLayout(bar)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedLabel")
        self.saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_.addWidget(self.saved_label)
        self.task: Task | None = None
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

    def period_days(self) -> tuple[dt.date, dt.date]:
        """The first and last day of the chosen period (it ends today)."""
        end = self.today()
        return end - dt.timedelta(days=int(self.period.currentData()) - 1), end

    def save_pdf(self, path: str | None = None) -> Task | None:
        """Ask where (unless `path` is given), then write the report in the background."""
        start, end = self.period_days()
        if path is None:
            name = self.tr("satisfaction-report-%1-%2.pdf").replace(
                "%1", start.isoformat()).replace("%2", end.isoformat())
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the satisfaction report"), str(Path.home() / name),
                "PDF (*.pdf)")
            if not path:
                return None
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
        from custbook.reports.satisfaction_report import write_satisfaction_report

        self.save_button.setEnabled(False)
        self.saved_label.clear()
        self.task = run_task(self, self.tr("Writing the satisfaction report…"),
                             lambda progress: write_satisfaction_report(path, start, end),
                             on_success=self._saved, on_failure=self._failed)
        return self.task

    def _saved(self, path: Path) -> None:
        self.save_button.setEnabled(True)
        self.saved_label.setText(self.tr("Report saved to %1").replace("%1", str(path)))

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        QMessageBox.warning(self, self.tr("The report was not saved"),
                            self.tr("The report could not be written: %1").replace(
                                "%1", str(exc)))

    def _change(self, now: int, before: int, money: bool = False) -> str:
        if before == 0:
            return self.tr("no figure for the period before") if now else ""
        percent = (now - before) * 100.0 / before
        color = "#1b7f3b" if percent >= 0 else "#b00020"
        previous = fmt.money(before) if money else fmt.number(before)
        return (f"<span style='color:{color}'>{percent:+.0f} %</span> "
                + self.tr("vs. %1 the period before").replace("%1", previous))

    def refresh(self) -> None:
        start, end = self.period_days()
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
