"""The loyalty and satisfaction figures on a small book whose answers were worked out by hand."""
from __future__ import annotations

import datetime as dt

import pytest

from custbook.loyalty import loyalty, satisfaction
from tests.core.known_shop import END, START, build_known_shop

D = dt.date


@pytest.fixture
def known(book):
    """The hand-worked shop of tests/core/known_shop.py (its docstring has the answers)."""
    return build_known_shop()


def test_buyers_new_returning_and_revenue(known):
    f = loyalty.loyalty_figures(START, END)
    assert (f.active_customers, f.new_customers, f.returning_customers) == (5, 3, 2)
    assert f.revenue_cents == 185000


def test_repeat_rate_and_purchase_interval(known):
    f = loyalty.loyalty_figures(START, END)
    assert (f.customers_ever, f.repeat_customers, f.repeat_share) == (10, 5, 0.5)
    assert f.average_interval_days == 98.8


def test_rfm_segments(known):
    f = loyalty.loyalty_figures(START, END)
    assert f.segments == {"champions": 1, "loyal": 1, "new": 3, "promising": 1,
                          "need_attention": 1, "at_risk": 1, "hibernating": 1, "lost": 1}
    assert f.segment_revenue_cents["champions"] == 70000
    assert set(loyalty.segment_names()) == set(loyalty.SEGMENTS)


def test_top_fifth_share_of_revenue(known):
    f = loyalty.loyalty_figures(START, END)
    assert (f.top_fifth_customers, f.top_fifth_revenue_cents) == (1, 100000)
    assert f.top_fifth_share == pytest.approx(100000 / 185000)


def test_cohorts_retention_and_churn(known):
    f = loyalty.loyalty_figures(START, END)
    sep, nov = f.cohorts
    assert (sep.month, sep.size, sep.returned, sep.came_back) == ("2026-09", 2, [1, 0], 1)
    assert sep.churn_share == 0.5
    assert (nov.month, nov.size, nov.returned, nov.came_back) == ("2026-11", 1, [], 0)
    assert f.retention_curve() == [0.5, 0.0]


def test_referrals(known):
    f = loyalty.loyalty_figures(START, END)
    assert (f.referred_new, f.referrers) == (3, 2)


def test_a_period_before_any_purchase_is_empty_not_an_error(known):
    f = loyalty.loyalty_figures(D(2020, 1, 1), D(2020, 1, 31))
    assert f.active_customers == f.customers_ever == 0
    assert f.repeat_share is None and f.top_fifth_share is None and f.cohorts == []
    assert f.average_interval_days is None


def test_top_and_at_risk_customers(known):
    top = loyalty.top_customers(START, END, limit=3)
    assert [(c.name, c.spent_cents, c.purchases) for c in top] == [
        ("李强", 100000, 1), ("王芳", 50000, 2), ("陈静", 20000, 2)]
    risk = loyalty.at_risk_customers(END)
    assert [(c.name, c.last_purchase_on, c.spent_cents) for c in risk] == [
        ("赵敏", D(2026, 4, 5), 10000)]


def test_report_tables_write_phones_as_everywhere_else(known):
    from custbook.customers import customers
    from custbook.models import Customer

    strong = Customer.get(Customer.name == "李强")
    customers.save_customer({**customers.get_card(strong.id).fields, "name": "李强"},
                            ["+8618386226184"], customer_id=strong.id,
                            expected_version=customers.get_card(strong.id).version)
    [line] = [c for c in loyalty.top_customers(START, END, limit=3) if c.name == "李强"]
    assert line.phone == "183 8622 6184"  # not +8618386226184


def test_satisfaction_distribution_trend_and_nps(known):
    s = satisfaction.satisfaction_figures(START, END)
    assert s.counts == {"satisfied": 3, "neutral": 1, "dissatisfied": 1}
    assert s.satisfied_share == 0.6
    assert (s.scored, s.average_score) == (4, 3.25)
    assert s.score_counts == {1: 1, 2: 0, 3: 1, 4: 1, 5: 1}
    assert (s.recommend_answers, s.promoters, s.passives, s.detractors) == (4, 2, 1, 1)
    assert s.nps == 25.0
    assert [(m.month, m.counts["satisfied"], m.total) for m in s.by_month] == [
        ("2026-09", 1, 2), ("2026-10", 1, 2), ("2026-11", 1, 1)]
    assert s.by_month[1].satisfied_share == 0.5


def test_no_answers_give_no_nps(known):
    s = satisfaction.satisfaction_figures(D(2020, 1, 1), D(2020, 2, 29))
    assert s.nps is None and s.satisfied_share is None and s.average_score is None
    assert [m.month for m in s.by_month] == ["2020-01", "2020-02"]


def test_staff_figures(known):
    rows = satisfaction.staff_figures(START, END)
    assert [(r.name, r.purchases, r.revenue_cents, r.ratings, r.satisfied, r.average_score)
            for r in rows] == [("李娜", 1, 100000, 2, 1, 3.5), ("张伟", 1, 30000, 3, 2, 3.0)]
    assert rows[1].satisfied_share == pytest.approx(2 / 3)
