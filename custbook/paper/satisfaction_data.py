"""The satisfaction report's figures and words, gathered once and laid out as rows.

Split from `custbook.paper.satisfaction_report` so the page layout stays short: here
is *what* the report says (every figure for the period and the one before, and the
words it prints, in the current language); there is *how* it looks on paper.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib import colors

from custbook import money
from custbook.loyalty import loyalty, satisfaction
from custbook.complaints.figures import ComplaintFigures, complaint_figures
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.paper.look import DONE, LATE, MUTED


def _words() -> dict[str, str]:
    """Every word the report prints, in the current language (lupdate finds them here)."""
    return {
        "sign_value_pts": QT_TRANSLATE_NOOP("SatisfactionReport", "{sign}{value} pts"),
        "new": QT_TRANSLATE_NOOP("SatisfactionReport", "new"),
        "our_shop": QT_TRANSLATE_NOOP("SatisfactionReport", "Our shop"),
        "satisfaction_and_loyalty_report": QT_TRANSLATE_NOOP(
            "SatisfactionReport", "Satisfaction and loyalty report"
        ),
        "compared_with_period": QT_TRANSLATE_NOOP("SatisfactionReport", "compared with {period}"),
        "revenue": QT_TRANSLATE_NOOP("SatisfactionReport", "Revenue"),
        "first_time_buyers_came_back": QT_TRANSLATE_NOOP(
            "SatisfactionReport", "First-time buyers who came back"),
        "complaint_promises_kept": QT_TRANSLATE_NOOP(
            "SatisfactionReport", "Complaint promises kept"),
        "customers_who_bought": QT_TRANSLATE_NOOP("SatisfactionReport", "Customers who bought"),
        "new_customers": QT_TRANSLATE_NOOP("SatisfactionReport", "New customers"),
        "returning_customers": QT_TRANSLATE_NOOP("SatisfactionReport", "Returning customers"),
        "repeat_purchase_rate": QT_TRANSLATE_NOOP("SatisfactionReport", "Repeat-purchase rate"),
        "average_days_between_purchases": QT_TRANSLATE_NOOP(
            "SatisfactionReport", "Average days between purchases"
        ),
        "revenue_from_the_best_20": QT_TRANSLATE_NOOP(
            "SatisfactionReport", "Revenue from the best 20 % of customers"
        ),
        "new_customers_referred_by_a": QT_TRANSLATE_NOOP(
            "SatisfactionReport", "New customers referred by a customer"
        ),
        "satisfied": QT_TRANSLATE_NOOP("SatisfactionReport", "Satisfied"),
        "average_score_1_5": QT_TRANSLATE_NOOP("SatisfactionReport", "Average score (1–5)"),
        "recommend_score_nps": QT_TRANSLATE_NOOP("SatisfactionReport", "Recommend score (NPS)"),
        "complaints_received": QT_TRANSLATE_NOOP("SatisfactionReport", "Complaints received"),
        "median_first_response_hours": QT_TRANSLATE_NOOP(
            "SatisfactionReport", "Median first response (hours)"
        ),
        "complaints_ending_satisfied": QT_TRANSLATE_NOOP(
            "SatisfactionReport", "Complaints ending satisfied"
        ),
        "key_figure": QT_TRANSLATE_NOOP("SatisfactionReport", "Key figure"),
        "this_period": QT_TRANSLATE_NOOP("SatisfactionReport", "This period"),
        "previous_period": QT_TRANSLATE_NOOP("SatisfactionReport", "Previous period"),
        "change": QT_TRANSLATE_NOOP("SatisfactionReport", "Change"),
        "key_figures": QT_TRANSLATE_NOOP("SatisfactionReport", "Key figures"),
        "green_better_than_the_previous": QT_TRANSLATE_NOOP(
            "SatisfactionReport",
            "Green: better than the previous period; red: worse. “pts”: percentage points.",
        ),
        "no_category": QT_TRANSLATE_NOOP("SatisfactionReport", "No category"),
        "satisfaction": QT_TRANSLATE_NOOP("SatisfactionReport", "Satisfaction"),
        "satisfaction_by_month": QT_TRANSLATE_NOOP("SatisfactionReport", "Satisfaction by month"),
        "distribution_of_ratings": QT_TRANSLATE_NOOP(
            "SatisfactionReport", "Distribution of ratings"
        ),
        "complaints_by_category": QT_TRANSLATE_NOOP("SatisfactionReport", "Complaints by category"),
        "first_response_time": QT_TRANSLATE_NOOP("SatisfactionReport", "First response time"),
        "retention_buying_again_n_months": QT_TRANSLATE_NOOP(
            "SatisfactionReport", "Retention: % buying again n months after the first purchase"
        ),
        "loyalty": QT_TRANSLATE_NOOP("SatisfactionReport", "Loyalty"),
        "customers_by_segment_rfm": QT_TRANSLATE_NOOP(
            "SatisfactionReport", "Customers by segment (RFM)"
        ),
        "champions_bought_within_90_days": QT_TRANSLATE_NOOP(
            "SatisfactionReport",
            "Champions: bought within 90 days, 4+ times. Loyal: within "
            "180 days, 3+ times. At risk: 2+ purchases, none for 6–12 months. Lost: "
            "none for over a year.",
        ),
        "best_customers_of_the_period": QT_TRANSLATE_NOOP(
            "SatisfactionReport", "Best customers of the period"
        ),
        "name": QT_TRANSLATE_NOOP("SatisfactionReport", "Name"),
        "phone": QT_TRANSLATE_NOOP("SatisfactionReport", "Phone"),
        "last_purchase": QT_TRANSLATE_NOOP("SatisfactionReport", "Last purchase"),
        "purchases": QT_TRANSLATE_NOOP("SatisfactionReport", "Purchases"),
        "spent": QT_TRANSLATE_NOOP("SatisfactionReport", "Spent"),
        "no_purchases_in_this_period": QT_TRANSLATE_NOOP(
            "SatisfactionReport", "No purchases in this period."
        ),
        "customers_to_call": QT_TRANSLATE_NOOP("SatisfactionReport", "Customers to call"),
        "at_risk_customers_to_call": QT_TRANSLATE_NOOP(
            "SatisfactionReport", "At-risk customers to call this week"
        ),
        "spent_in_all": QT_TRANSLATE_NOOP("SatisfactionReport", "Spent in all"),
        "nobody_is_at_risk_well": QT_TRANSLATE_NOOP(
            "SatisfactionReport", "Nobody is at risk — well done."
        ),
        "staff": QT_TRANSLATE_NOOP("SatisfactionReport", "Staff"),
        "no_sales_ratings_or_complaints": QT_TRANSLATE_NOOP(
            "SatisfactionReport", "No sales, ratings or complaints by named staff in this period."
        ),
        "staff_member": QT_TRANSLATE_NOOP("SatisfactionReport", "Staff member"),
        "sales": QT_TRANSLATE_NOOP("SatisfactionReport", "Sales"),
        "ratings": QT_TRANSLATE_NOOP("SatisfactionReport", "Ratings"),
        "score": QT_TRANSLATE_NOOP("SatisfactionReport", "Score"),
        "complaints": QT_TRANSLATE_NOOP("SatisfactionReport", "Complaints"),
        "page_n_of_total": QT_TRANSLATE_NOOP("SatisfactionReport", "Page {n} of {total}"),
        "the_report_period_ends_before": QT_TRANSLATE_NOOP(
            "SatisfactionReport", "The report period ends before it starts."
        ),
        "printed_day": QT_TRANSLATE_NOOP("SatisfactionReport", "Printed {day}"),
    }


def word(key: str) -> str:
    """One of the report's words (see `_words`) in the current language."""
    return _words()[key]


@dataclass(frozen=True)
class ReportData:
    """Everything the report prints, gathered once (the slow part on a big book)."""

    start: dt.date
    end: dt.date
    loyalty: loyalty.LoyaltyFigures
    previous_loyalty: loyalty.LoyaltyFigures
    satisfaction: satisfaction.SatisfactionFigures
    previous_satisfaction: satisfaction.SatisfactionFigures
    complaints: ComplaintFigures
    previous_complaints: ComplaintFigures
    response_buckets: dict[str, int]
    staff: list[satisfaction.StaffFigures]
    top: list[loyalty.CustomerLine]
    at_risk: list[loyalty.CustomerLine]


def previous_period(start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    """The period of the same length that ends the day before `start`."""
    prev_end = start - dt.timedelta(days=1)
    return prev_end - (end - start), prev_end


def gather(start: dt.date, end: dt.date) -> ReportData:
    """Every figure of the report for [start, end] and the period before it."""
    p_start, p_end = previous_period(start, end)
    return ReportData(
        start=start,
        end=end,
        loyalty=loyalty.loyalty_figures(start, end),
        previous_loyalty=loyalty.loyalty_figures(p_start, p_end),
        satisfaction=satisfaction.satisfaction_figures(start, end),
        previous_satisfaction=satisfaction.satisfaction_figures(p_start, p_end),
        complaints=complaint_figures(start, end),
        previous_complaints=complaint_figures(p_start, p_end),
        response_buckets=satisfaction.response_time_buckets(start, end),
        staff=satisfaction.staff_figures(start, end),
        top=loyalty.top_customers(start, end, limit=10),
        at_risk=loyalty.at_risk_customers(end, limit=15),
    )


# --- words and numbers -------------------------------------------------------------


def pct(share: float | None) -> str:
    """A share as a percentage with one decimal, or a dash when there is none."""
    return "—" if share is None else f"{share * 100:.1f} %"


def num(value: float | None, digits: int = 0) -> str:
    """A number with thousands separators, or a dash when there is none."""
    return "—" if value is None else f"{value:,.{digits}f}"


def change(
    now: float | None, before: float | None, *, share: bool = False, lower_is_better: bool = False
) -> tuple[str, colors.Color]:
    """The change against the previous period as text, green when it is an improvement."""
    if now is None or before is None:
        return "—", MUTED
    diff = now - before
    if share:
        text = word("sign_value_pts").format(
            sign="+" if diff >= 0 else "−", value=f"{abs(diff) * 100:.1f}"
        )
    elif before and now / before > 10:
        text = f"×{now / before:,.0f}"
    elif before:
        text = f"{'+' if diff >= 0 else '−'}{abs(diff) / abs(before) * 100:.0f} %"
    else:
        text = word("new") if diff else "±0"
    if abs(diff) < 1e-9:
        return "±0", MUTED
    better = (diff < 0) if lower_is_better else (diff > 0)
    return text, DONE if better else LATE


def key_rows(data: ReportData) -> list[tuple[str, str, str, tuple[str, colors.Color]]]:
    """The key figures: (what, this period, previous period, (change, its colour)) rows."""
    lo, plo = data.loyalty, data.previous_loyalty
    sa, psa = data.satisfaction, data.previous_satisfaction
    co, pco = data.complaints, data.previous_complaints
    rows = [
        (
            word("revenue"),
            money.format_cents(lo.revenue_cents, decimals=False),
            money.format_cents(plo.revenue_cents, decimals=False),
            change(lo.revenue_cents, plo.revenue_cents),
        ),
        (
            word("customers_who_bought"),
            num(lo.active_customers),
            num(plo.active_customers),
            change(lo.active_customers, plo.active_customers),
        ),
        (
            word("new_customers"),
            num(lo.new_customers),
            num(plo.new_customers),
            change(lo.new_customers, plo.new_customers),
        ),
        (
            word("returning_customers"),
            num(lo.returning_customers),
            num(plo.returning_customers),
            change(lo.returning_customers, plo.returning_customers),
        ),
        (
            word("repeat_purchase_rate"),
            pct(lo.repeat_share),
            pct(plo.repeat_share),
            change(lo.repeat_share, plo.repeat_share, share=True),
        ),
        (
            word("average_days_between_purchases"),
            num(lo.average_interval_days, 1),
            num(plo.average_interval_days, 1),
            change(lo.average_interval_days, plo.average_interval_days, lower_is_better=True),
        ),
        (
            word("revenue_from_the_best_20"),
            pct(lo.top_fifth_share),
            pct(plo.top_fifth_share),
            ("", MUTED),
        ),
        (
            word("first_time_buyers_came_back"),
            pct(lo.came_back_share),
            pct(plo.came_back_share),
            change(lo.came_back_share, plo.came_back_share, share=True),
        ),
        (
            word("new_customers_referred_by_a"),
            num(lo.referred_new),
            num(plo.referred_new),
            change(lo.referred_new, plo.referred_new),
        ),
        (
            word("satisfied"),
            pct(sa.satisfied_share),
            pct(psa.satisfied_share),
            change(sa.satisfied_share, psa.satisfied_share, share=True),
        ),
        (
            word("average_score_1_5"),
            num(sa.average_score, 2),
            num(psa.average_score, 2),
            change(sa.average_score, psa.average_score),
        ),
        (word("recommend_score_nps"), num(sa.nps, 0), num(psa.nps, 0), change(sa.nps, psa.nps)),
        (
            word("complaints_received"),
            num(co.received),
            num(pco.received),
            change(co.received, pco.received, lower_is_better=True),
        ),
        (
            word("median_first_response_hours"),
            num(co.median_response_hours, 1),
            num(pco.median_response_hours, 1),
            change(co.median_response_hours, pco.median_response_hours, lower_is_better=True),
        ),
        (
            word("complaint_promises_kept"),
            pct(co.promises_kept_share),
            pct(pco.promises_kept_share),
            change(co.promises_kept_share, pco.promises_kept_share, share=True),
        ),
        (
            word("complaints_ending_satisfied"),
            pct(co.satisfied_share),
            pct(pco.satisfied_share),
            change(co.satisfied_share, pco.satisfied_share, share=True),
        ),
    ]
    return rows
