"""The Reports page: the satisfaction report of a chosen period, on screen.

The same figures, charts and tables as the printed report
(`custbook/reports/satisfaction_report.py`), gathered by the same core calls
(`satisfaction_data.gather`'s, see `ui/reports/gathering.py`) in the background (`ui/reports/loader.py`), so the page
never freezes on a big book and a slow period never overwrites a newer choice. "Save as
PDF…" and "Print…" write that same report (reusing the figures already on screen).
"""
from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from custbook import clock, db
from custbook.paper.satisfaction_data import ReportData, word
from ui.pdf_print import paper_file_name
from ui.membership.report_section import MembershipReportSection
from ui.page import Page
from ui.reports.chart_panel import ChartPanel
from ui.reports.figures import FigureCard, key_figures
from ui.reports.gathering import gather_concurrently
from ui.reports.loader import ReportLoader
from ui.reports.period import PeriodPicker
from ui.reports.tables import customer_rows, customer_table, staff_rows, staff_table
from ui.worker import Task, run_task
from ui.pdf_print import preview_pdf

CARDS = 16  # the figures of `key_figures`
KEPT_PERIODS = 8  # periods whose figures are kept to show again at once


class CardGrid(QWidget):
    """The figure cards, 2, 4 or 8 to a row depending on the width (16 cards: no gaps)."""

    def __init__(self, cards: list[FigureCard], parent: QWidget | None = None):
        super().__init__(parent)
        self.cards = cards
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(10)
        self.columns = 0
        self.arrange(4)

    def arrange(self, columns: int) -> None:
        if columns == self.columns:
            return
        for card in self.cards:
            self.grid.removeWidget(card)
        for col in range(8):
            self.grid.setColumnStretch(col, 1 if col < columns else 0)
        self.columns = columns
        for i, card in enumerate(self.cards):
            self.grid.addWidget(card, i // columns, i % columns)

    def resizeEvent(self, event) -> None:
        width = event.size().width()
        self.arrange(8 if width >= 1600 else 4 if width >= 700 else 2)
        super().resizeEvent(event)


def _section(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.2)
    font.setBold(True)
    label.setFont(font)
    label.setStyleSheet("color: #2f6f8f; padding-top: 10px;")
    return label


class ReportsPage(Page):
    KINDS = frozenset({"customers", "purchases", "complaints", "satisfaction", "settings"})

    sig_loaded = Signal()
    """sig_loaded(): the figures, charts and tables now show the chosen period."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.heading.setText(self.tr("Reports"))
        self.data: ReportData | None = None
        self.task: Task | None = None
        self.preview = None
        self.print_path: Path | None = None
        self._build_bar()
        self._build_content()
        self.loader = ReportLoader(gather_concurrently, self)
        self._known: dict[tuple, ReportData] = {}  # periods seen since the book last changed
        self.loader.sig_loaded.connect(self._remember)
        self.loader.sig_loaded.connect(self._show)
        self.loader.sig_failed.connect(self._load_failed)
        self.loader.sig_busy.connect(self._busy)
        self.picker.sig_period_changed.connect(lambda start, end: self._period_chosen())
        self.picker.sig_invalid.connect(self._invalid)
        self._show_period()

    # --- building
    def _build_bar(self) -> None:
        bar = QHBoxLayout()
        self.picker = PeriodPicker(self.today())
        self.period = self.picker.preset
        bar.addWidget(self.picker)
        bar.addStretch(1)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("savePdfButton")
        self.save_button.setToolTip(self.tr("The satisfaction and loyalty report of this period, "
                                            "with charts and tables, ready to print"))
        self.save_button.clicked.connect(lambda: self.save_pdf())
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printButton")
        self.print_button.setToolTip(self.tr("Print the same report, with a preview first"))
        self.print_button.clicked.connect(lambda: self.print_report())
        bar.addWidget(self.save_button)
        bar.addWidget(self.print_button)
        self.layout_.addLayout(bar)
        info = QHBoxLayout()
        self.compare_label = QLabel()
        self.compare_label.setObjectName("comparedWithLabel")
        self.compare_label.setStyleSheet("color: #5f6b72;")
        self.status_label = QLabel()
        self.status_label.setObjectName("calculatingLabel")
        self.status_label.setStyleSheet("color: #2f6f8f; font-style: italic;")
        info.addWidget(self.compare_label)
        info.addSpacing(16)
        info.addWidget(self.status_label)
        info.addStretch(1)
        self.layout_.addLayout(info)
        self.message = QLabel()
        self.message.setObjectName("periodMessage")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self.message.hide()
        self.layout_.addWidget(self.message)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedLabel")
        self.saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved_label.hide()
        self.layout_.addWidget(self.saved_label)

    def _build_content(self) -> None:
        content = QWidget()
        content.setObjectName("reportContent")
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 8, 16)
        column.setSpacing(6)
        self.cards = [FigureCard() for _ in range(CARDS)]
        self.card_grid = CardGrid(self.cards)
        column.addWidget(_section(word("key_figures")))
        column.addWidget(self.card_grid)
        note = QLabel(self.tr("▲ ▼ the change against the previous period; green is better, red "
                              "is worse. “pts”: percentage points. Hover a card to see how it "
                              "is counted."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #5f6b72;")
        column.addWidget(note)
        column.addWidget(_section(self.tr("Charts")))
        self.chart_panel = ChartPanel()
        column.addWidget(self.chart_panel)
        column.addWidget(_section(word("best_customers_of_the_period")))
        self.top_table = customer_table(False, word("no_purchases_in_this_period"))
        self.top_table.setObjectName("topCustomersTable")
        column.addWidget(self.top_table)
        column.addWidget(_section(word("at_risk_customers_to_call")))
        hint = QLabel(self.tr("They used to come (two or more purchases) but have not for six "
                              "months to a year. Double-click a customer to open the card."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5f6b72;")
        column.addWidget(hint)
        self.at_risk_table = customer_table(True, word("nobody_is_at_risk_well"))
        self.at_risk_table.setObjectName("atRiskTable")
        column.addWidget(self.at_risk_table)
        column.addWidget(_section(word("staff")))
        self.staff_table = staff_table()
        self.staff_table.setObjectName("staffTable")
        column.addWidget(self.staff_table)
        column.addWidget(_section(self.tr("Membership cards")))  # issue 18
        self.membership = MembershipReportSection()
        self.membership.sig_open_customer.connect(self.open_customer)
        column.addWidget(self.membership)
        column.addStretch(1)
        for table in (self.top_table, self.at_risk_table):
            table.sig_open_customer.connect(self.open_customer)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("reportScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)
        self.layout_.addWidget(self.scroll, 1)

    # --- the period
    def today(self) -> dt.date:
        return clock.today()

    def period_days(self) -> tuple[dt.date, dt.date]:
        """The first and last day of the chosen period."""
        return self.picker.period()

    def _show_period(self) -> None:
        start, end = self.picker.period()
        p_start, p_end = self.picker.previous()
        self.compare_label.setText(
            self.tr("%1 – %2, compared with %3 – %4").replace("%1", start.isoformat())
            .replace("%2", end.isoformat()).replace("%3", p_start.isoformat())
            .replace("%4", p_end.isoformat()))

    def _period_chosen(self) -> None:
        self.message.hide()
        self._show_period()
        self.refresh()

    def _invalid(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()

    # --- loading
    def refresh(self) -> None:
        """Gather the figures of the chosen period in the background (or show them again)."""
        if not self.picker.is_valid():
            return
        start, end = self.picker.period()
        self.membership.request(start, end)  # its own quick figures, off the UI thread
        known = self._known.get((db.generation(), start, end))
        if known is not None and not self.is_loading():
            self._show(known)  # a period seen since the last change: no need to wait again
        else:
            self.loader.request(start, end)

    def _on_data_changed(self, kinds) -> None:
        if "book" in kinds or self.KINDS & set(kinds):
            self._known.clear()
        super()._on_data_changed(kinds)

    def _remember(self, data: ReportData) -> None:
        self._known[(db.generation(), data.start, data.end)] = data
        while len(self._known) > KEPT_PERIODS:
            self._known.pop(next(iter(self._known)))

    def is_loading(self) -> bool:
        return self.loader.is_busy()

    def _busy(self, working: bool) -> None:
        self.status_label.setText(self.tr("Calculating…") if working else "")

    def _show(self, data: ReportData) -> None:
        self.data = data
        for card, figure in zip(self.cards, key_figures(data)):
            card.show_figure(figure)
        self.chart_panel.show_data(data)
        self.top_table.set_rows(*customer_rows(data.top))
        self.at_risk_table.set_rows(*customer_rows(data.at_risk))
        self.staff_table.set_rows(staff_rows(data.staff))
        self.sig_loaded.emit()

    def _load_failed(self, exc: BaseException) -> None:
        self.message.setText(self.tr("The figures could not be calculated: %1").replace(
            "%1", str(exc)))
        self.message.show()

    def open_customer(self, customer_id: int):
        # start-up: importing it here, not at the top, saves 670 ms when this module loads
        from ui.customers.card import open_card

        return open_card(self.window(), customer_id, self.today())

    # --- paper
    def _data_for(self, start: dt.date, end: dt.date) -> ReportData | None:
        """The figures on screen if they are for this period and current (saves a gather)."""
        data = self.data
        if data is None or self.is_loading() or self._stale or (data.start, data.end) != (
                start, end):
            return None
        return data

    def _report_work(self, path: Path, start: dt.date, end: dt.date):
        # start-up: importing it here, not at the top, saves 128 ms when this module loads
        from custbook.paper.satisfaction_report import write_satisfaction_report

        data = self._data_for(start, end)
        return lambda progress: write_satisfaction_report(path, start, end, data)

    def save_pdf(self, path: str | None = None) -> Task | None:
        """Ask where (unless `path` is given), then write the report in the background."""
        if not self.picker.is_valid():
            self._invalid(self.tr("Choose a period that ends on or after its first day."))
            return None
        start, end = self.period_days()
        if path is None:
            name = paper_file_name(self.tr("Satisfaction report"),
                                   f"{start.isoformat()} – {end.isoformat()}")
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the satisfaction report"), str(Path.home() / name),
                "PDF (*.pdf)")
            if not path:
                return None
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
        self.save_button.setEnabled(False)
        self.saved_label.hide()
        self.task = run_task(self, self.tr("Writing the satisfaction report…"),
                             self._report_work(Path(path), start, end),
                             on_success=self._saved, on_failure=self._save_failed)
        return self.task

    def _saved(self, path: Path) -> None:
        self.save_button.setEnabled(True)
        self.saved_label.setText(self.tr("Report saved to %1").replace("%1", str(path)))
        self.saved_label.show()

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        QMessageBox.warning(self, self.tr("The report was not saved"),
                            self.tr("The report could not be written: %1").replace(
                                "%1", str(exc)))

    def print_paper(self) -> Task | None:
        """The window's Print (Ctrl+P) on this page: the report shown."""
        return self.print_report()

    def print_report(self) -> Task | None:
        """Write the report to a temporary PDF in the background, then show the print preview."""
        if not self.picker.is_valid():
            self._invalid(self.tr("Choose a period that ends on or after its first day."))
            return None
        start, end = self.period_days()
        folder = Path(tempfile.mkdtemp(prefix="custbook-print-"))
        path = folder / f"satisfaction-report-{start.isoformat()}-{end.isoformat()}.pdf"
        self.print_button.setEnabled(False)
        self.task = run_task(self, self.tr("Preparing the report for printing…"),
                             self._report_work(path, start, end),
                             on_success=self._print_ready,
                             on_failure=lambda exc: self._print_failed(exc, folder))
        return self.task

    def _print_ready(self, path: Path) -> None:
        self.print_button.setEnabled(True)
        self.print_path = path
        start, end = self.period_days()
        name = f"{word('satisfaction_and_loyalty_report')} {start.isoformat()} – {end.isoformat()}"
        self.preview = preview_pdf(self, path, name)
        folder = path.parent
        self.preview.finished.connect(lambda _result: shutil.rmtree(folder, ignore_errors=True))

    def _print_failed(self, exc: BaseException, folder: Path) -> None:
        self.print_button.setEnabled(True)
        shutil.rmtree(folder, ignore_errors=True)
        QMessageBox.warning(self, self.tr("The report was not printed"),
                            self.tr("The report could not be prepared: %1").replace(
                                "%1", str(exc)))
