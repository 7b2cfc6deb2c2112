"""The key figures of the page: the printed report's figures, each with its change.

`key_figures(data)` turns the report's `ReportData` into cards using the same number
formats and the same "better" rule per figure as the PDF (`satisfaction_data.change`),
so the screen and the paper never disagree. Two figures are the page's own: the share of
first-time buyers who came back (retention; its complement is churn) and complaint
promises kept, both from the same gathered data.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout

from custbook.paper.look import DONE, LATE
from custbook import money
from custbook.paper.satisfaction_data import ReportData, change, num, pct, word

GREEN, RED, GREY = "#1e7b34", "#b00020", "#5f6b72"


@dataclass(frozen=True)
class Figure:
    """One key figure as the page shows it."""

    key: str
    name: str
    value: str  # this period, formatted as in the PDF
    previous: str  # the period before
    change: str  # "+8 %", "−2.0 pts", "±0", "—" or "" (not compared)
    trend: int  # +1 went up, −1 went down, 0 same or not comparable
    verdict: str  # "better", "worse" or "" (same, not comparable, or no better direction)
    explanation: str  # how it is counted, for the tooltip


def _figure(key: str, name: str, now, before, text, explanation: str, *, share=False,
            lower_is_better=False, compare=True) -> Figure:
    if compare:
        change_text, colour = change(now, before, share=share, lower_is_better=lower_is_better)
    else:
        change_text, colour = "", None
    verdict = "better" if colour == DONE else "worse" if colour == LATE else ""
    trend = 0
    if compare and now is not None and before is not None and abs(now - before) > 1e-9:
        trend = 1 if now > before else -1
    return Figure(key, name, text(now), text(before), change_text, trend, verdict, explanation)


def explanations() -> dict[str, str]:
    """How each figure is counted, in the user's language (the cards' tooltips)."""
    return {
        "revenue": QCoreApplication.translate(
            "ReportFigures",
            "What customers with a card spent in the period."),
        "active": QCoreApplication.translate(
            "ReportFigures",
            "Active customers: everyone who bought at least once in the period."),
        "new": QCoreApplication.translate(
            "ReportFigures",
            "Customers whose first purchase ever fell in the period."),
        "returning": QCoreApplication.translate(
            "ReportFigures",
            "Customers who bought in the period and had bought before it."),
        "repeat": QCoreApplication.translate(
            "ReportFigures",
            "Of everyone who has ever bought (up to the period's last day), the share "
            "who bought more than once."),
        "interval": QCoreApplication.translate(
            "ReportFigures",
            "For customers with two or more purchases: days from the first to the "
            "last purchase divided by the gaps between them, averaged. Shorter is "
            "better."),
        "top_fifth": QCoreApplication.translate(
            "ReportFigures",
            "The period's revenue spent by its best fifth of buyers. High means the "
            "shop depends on a few customers; neither up nor down is simply better."),
        "came_back": QCoreApplication.translate(
            "ReportFigures",
            "Retention: of the customers whose first purchase fell in the period, the "
            "share who bought again before its end. The rest is churn."),
        "referred": QCoreApplication.translate(
            "ReportFigures",
            "Word of mouth: new cards in the period that name the customer who "
            "referred them."),
        "satisfied": QCoreApplication.translate(
            "ReportFigures",
            "Of the ratings recorded in the period, the share that were "
            "“satisfied”."),
        "score": QCoreApplication.translate(
            "ReportFigures",
            "The average of the 1–5 scores given in the period."),
        "nps": QCoreApplication.translate(
            "ReportFigures",
            "Net promoter score from “would you recommend us, 0–10”: % answering "
            "9–10 minus % answering 0–6 (−100 … 100)."),
        "complaints": QCoreApplication.translate(
            "ReportFigures",
            "Complaints received in the period. Fewer is better."),
        "response": QCoreApplication.translate(
            "ReportFigures",
            "Hours from receiving a complaint to the first response, the middle "
            "value of the period's complaints. Shorter is better."),
        "promises": QCoreApplication.translate(
            "ReportFigures",
            "Of the promises made to complaining customers that are settled, the "
            "share kept on time."),
        "complaints_satisfied": QCoreApplication.translate(
            "ReportFigures",
            "Of the period's complaints with a result, the share where the customer "
            "ended satisfied."),
    }


def key_figures(data: ReportData) -> list[Figure]:
    """The cards, in the order the page shows them (sales, loyalty, satisfaction, complaints)."""
    lo, plo = data.loyalty, data.previous_loyalty
    sa, psa = data.satisfaction, data.previous_satisfaction
    co, pco = data.complaints, data.previous_complaints
    how = explanations()

    def one(key: str, name: str, now, before, text, **kw) -> Figure:
        return _figure(key, name, now, before, text, how[key], **kw)

    def one_decimal(v):
        return num(v, 1)

    return [
        one("revenue", word("revenue"), lo.revenue_cents, plo.revenue_cents,
            lambda cents: money.format_cents(cents, decimals=False)),
        one("active", word("customers_who_bought"), lo.active_customers,
            plo.active_customers, num),
        one("new", word("new_customers"), lo.new_customers, plo.new_customers, num),
        one("returning", word("returning_customers"), lo.returning_customers,
            plo.returning_customers, num),
        one("repeat", word("repeat_purchase_rate"), lo.repeat_share, plo.repeat_share, pct,
            share=True),
        one("interval", word("average_days_between_purchases"), lo.average_interval_days,
            plo.average_interval_days, one_decimal, lower_is_better=True),
        one("top_fifth", word("revenue_from_the_best_20"), lo.top_fifth_share,
            plo.top_fifth_share, pct, compare=False),
        one("came_back", word("first_time_buyers_came_back"), lo.came_back_share,
            plo.came_back_share, pct, share=True),
        one("referred", word("new_customers_referred_by_a"), lo.referred_new,
            plo.referred_new, num),
        one("satisfied", word("satisfied"), sa.satisfied_share, psa.satisfied_share, pct,
            share=True),
        one("score", word("average_score_1_5"), sa.average_score, psa.average_score,
            lambda v: num(v, 2)),
        one("nps", word("recommend_score_nps"), sa.nps, psa.nps, num),
        one("complaints", word("complaints_received"), co.received, pco.received, num,
            lower_is_better=True),
        one("response", word("median_first_response_hours"), co.median_response_hours,
            pco.median_response_hours, one_decimal, lower_is_better=True),
        one("promises", word("complaint_promises_kept"), co.promises_kept_share,
            pco.promises_kept_share, pct, share=True),
        one("complaints_satisfied", word("complaints_ending_satisfied"), co.satisfied_share,
            pco.satisfied_share, pct, share=True),
    ]


class FigureCard(QFrame):
    """One figure: a big number, what it is, and how it compares with the period before."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#figureCard { background: palette(base); border-radius: 6px; }")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(2)
        self.name = QLabel()
        self.name.setWordWrap(True)
        self.name.setStyleSheet(f"color: {GREY};")
        self.value = QLabel("…")
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.value.setFont(font)
        self.change = QLabel()
        self.change.setTextFormat(Qt.TextFormat.RichText)
        self.change.setWordWrap(True)
        layout.addWidget(self.name)
        layout.addWidget(self.value)
        layout.addWidget(self.change)
        layout.addStretch(1)
        self.figure: Figure | None = None

    def show_figure(self, figure: Figure) -> None:
        self.figure = figure
        self.name.setText(figure.name)
        self.value.setText(figure.value)
        self.setToolTip(figure.explanation)
        if not figure.change:
            self.change.setText(f"<span style='color:{GREY}'>"
                                + self.tr("previous period: %1").replace("%1", figure.previous)
                                + "</span>")
            return
        if figure.change == "—":
            self.change.setText(f"<span style='color:{GREY}'>"
                                + self.tr("nothing to compare with") + "</span>")
            return
        colour = {"better": GREEN, "worse": RED}.get(figure.verdict, GREY)
        arrow = {1: "▲", -1: "▼"}.get(figure.trend, "■")
        before = self.tr("vs. %1 before").replace("%1", figure.previous)
        self.change.setText(f"<span style='color:{colour}'><span style='font-size:large'>{arrow}"
                            f"</span> <b>{figure.change}</b></span>"
                            f" <span style='color:{GREY}'>{before}</span>")
