"""What customers said about the service: satisfaction, recommend score (NPS) and staff.

The seed practice asks "satisfied, neutral or dissatisfied?" after a purchase, a call
or a complaint; some shops also ask for a 1–5 score and "would you recommend us, 0–10".
These figures count the records made in a period (by `recorded_on`), each with one
grouped aggregate, and the per-staff breakdown the owner discusses at staff reviews.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from custbook.db import database_obj
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.sql_dialect import hours_between, no_index

RATINGS = ("satisfied", "neutral", "dissatisfied")


@dataclass(frozen=True)
class MonthSatisfaction:
    """The ratings given in one month."""

    month: str  # "YYYY-MM"
    counts: dict[str, int]  # rating -> records

    @property
    def total(self) -> int:
        """Records with a rating in the month."""
        return sum(self.counts.values())

    @property
    def satisfied_share(self) -> float | None:
        """Share of the month's ratings that were "satisfied"."""
        return self.counts.get("satisfied", 0) / self.total if self.total else None


@dataclass(frozen=True)
class SatisfactionFigures:
    """Satisfaction in [start, end]."""

    start: dt.date
    end: dt.date
    counts: dict[str, int] = field(default_factory=dict)  # every rating in RATINGS
    scored: int = 0  # records with a 1–5 score
    average_score: float | None = None
    score_counts: dict[int, int] = field(default_factory=dict)  # 1..5 -> records
    recommend_answers: int = 0  # records with a 0–10 answer
    promoters: int = 0  # 9–10
    passives: int = 0  # 7–8
    detractors: int = 0  # 0–6
    by_month: list[MonthSatisfaction] = field(default_factory=list)  # every month of the period

    @property
    def total(self) -> int:
        """Records with a rating in the period."""
        return sum(self.counts.values())

    @property
    def satisfied_share(self) -> float | None:
        """Share of ratings that were "satisfied"."""
        return self.counts.get("satisfied", 0) / self.total if self.total else None

    @property
    def nps(self) -> float | None:
        """Net promoter score: % promoters minus % detractors (−100 … 100)."""
        if not self.recommend_answers:
            return None
        return round((self.promoters - self.detractors) * 100 / self.recommend_answers, 1)


def months_between(start: dt.date, end: dt.date) -> list[str]:
    """Every month touched by [start, end], as "YYYY-MM", in order."""
    out, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def satisfaction_figures(start: dt.date, end: dt.date) -> SatisfactionFigures:
    """The satisfaction figures for records made from `start` to `end` inclusive."""
    sql = database_obj().execute_sql
    per_month: dict[str, dict[str, int]] = {m: dict.fromkeys(RATINGS, 0)
                                            for m in months_between(start, end)}
    for month, rating, n in sql(
            "SELECT substr(CAST(recorded_on AS TEXT), 1, 7), rating, COUNT(*)"
            " FROM satisfaction_record"
            " WHERE recorded_on BETWEEN ? AND ? GROUP BY 1, 2", (start, end)).fetchall():
        if rating in RATINGS:
            per_month[month][rating] = int(n)
    counts = {r: sum(m[r] for m in per_month.values()) for r in RATINGS}
    score_counts = dict.fromkeys(range(1, 6), 0)
    for score, n in sql("SELECT score, COUNT(*) FROM satisfaction_record WHERE recorded_on"
                        " BETWEEN ? AND ? AND score BETWEEN 1 AND 5 GROUP BY score",
                        (start, end)).fetchall():
        score_counts[int(score)] = int(n)
    scored = sum(score_counts.values())
    answers, promoters, passives, detractors = sql(
        "SELECT COUNT(*), COALESCE(SUM(CASE WHEN recommend >= 9 THEN 1 ELSE 0 END), 0),"
        " COALESCE(SUM(CASE WHEN recommend BETWEEN 7 AND 8 THEN 1 ELSE 0 END), 0),"
        " COALESCE(SUM(CASE WHEN recommend <= 6 THEN 1 ELSE 0 END), 0)"
        " FROM satisfaction_record WHERE recorded_on BETWEEN ? AND ?"
        " AND recommend BETWEEN 0 AND 10", (start, end)).fetchone()
    return SatisfactionFigures(
        start=start, end=end, counts=counts, scored=scored,
        average_score=(round(sum(s * n for s, n in score_counts.items()) / scored, 2)
                       if scored else None),
        score_counts=score_counts, recommend_answers=int(answers), promoters=int(promoters),
        passives=int(passives), detractors=int(detractors),
        by_month=[MonthSatisfaction(m, c) for m, c in per_month.items()])


@dataclass(frozen=True)
class StaffFigures:
    """One staff member's period: sales, what customers said, complaints taken."""

    staff_id: int
    name: str
    purchases: int = 0
    revenue_cents: int = 0
    ratings: int = 0
    satisfied: int = 0
    average_score: float | None = None
    complaints: int = 0  # complaints received in the period that they took

    @property
    def satisfied_share(self) -> float | None:
        """Share of this person's ratings that were "satisfied"."""
        return self.satisfied / self.ratings if self.ratings else None


def staff_figures(start: dt.date, end: dt.date) -> list[StaffFigures]:
    """Per staff member with anything in the period: biggest sellers first."""
    sql = database_obj().execute_sql
    rows: dict[int, dict] = {}

    def put(staff_id: int, **values) -> None:
        rows.setdefault(int(staff_id), {}).update(values)

    # A long period covers much of the table: reading it through the date index costs
    # ~4x a plain scan (1.3 s vs 0.3 s for a year at 100,000 customers); a short one is
    # a small range of that index.
    day = "purchased_on" if (end - start).days <= 92 else no_index("purchased_on")
    for sid, n, cents in sql(
            "SELECT staff_id, COUNT(*), SUM(amount_cents) FROM purchase WHERE staff_id IS NOT"
            f" NULL AND {day} BETWEEN ? AND ? GROUP BY staff_id", (start, end)).fetchall():
        put(sid, purchases=int(n), revenue_cents=int(cents or 0))
    for sid, n, good, score in sql(
            "SELECT staff_id, COUNT(*), SUM(CASE WHEN rating = 'satisfied' THEN 1 ELSE 0 END),"
            " AVG(score)"
            " FROM satisfaction_record WHERE staff_id IS NOT NULL"
            " AND recorded_on BETWEEN ? AND ? GROUP BY staff_id", (start, end)).fetchall():
        put(sid, ratings=int(n), satisfied=int(good or 0),
            average_score=round(float(score), 2) if score is not None else None)
    for sid, n in sql(
            "SELECT staff_id, COUNT(*) FROM complaint WHERE staff_id IS NOT NULL"
            " AND received_at BETWEEN ? AND ? GROUP BY staff_id",
            (str(dt.datetime.combine(start, dt.time.min)),
             str(dt.datetime.combine(end, dt.time.max)))).fetchall():
        put(sid, complaints=int(n))
    names = dict(sql("SELECT id, name FROM staff").fetchall())
    out = [StaffFigures(staff_id=sid, name=names.get(sid, ""), **values)
           for sid, values in rows.items()]
    return sorted(out, key=lambda s: (-s.revenue_cents, s.name))


# First-response buckets: (code, up to this many hours).
BUCKETS = (("2h", 2), ("8h", 8), ("24h", 24), ("3d", 72), ("more", None))


def bucket_names() -> dict[str, str]:
    """The first-response buckets as the owner reads them."""
    return {"2h": QT_TRANSLATE_NOOP("Satisfaction", "≤ 2 h"),
            "8h": QT_TRANSLATE_NOOP("Satisfaction", "2–8 h"),
            "24h": QT_TRANSLATE_NOOP("Satisfaction", "8–24 h"),
            "3d": QT_TRANSLATE_NOOP("Satisfaction", "1–3 days"),
            "more": QT_TRANSLATE_NOOP("Satisfaction", "> 3 days")}


def response_time_buckets(start: dt.date, end: dt.date) -> dict[str, int]:
    """How soon complaints received in the period had a first response, by bucket."""
    hours = hours_between("received_at", "first_response_at")
    case = " ".join(f"WHEN {hours} <= {limit} THEN '{code}'"
                    for code, limit in BUCKETS if limit is not None)
    counts = dict.fromkeys((code for code, _ in BUCKETS), 0)
    for code, n in database_obj().execute_sql(
            f"SELECT CASE {case} ELSE 'more' END, COUNT(*) FROM complaint"
            " WHERE first_response_at IS NOT NULL AND received_at BETWEEN ? AND ? GROUP BY 1",
            (str(dt.datetime.combine(start, dt.time.min)),
             str(dt.datetime.combine(end, dt.time.max)))).fetchall():
        counts[code] = int(n)
    return counts
