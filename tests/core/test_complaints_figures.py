"""The complaint figures and the filtered list, on a small book whose answers we know."""
from __future__ import annotations

import datetime as dt

import pytest

from custbook import complaints as C
from custbook.customers import customers
from custbook.models import ComplaintCategory, Purchase, Staff

T = dt.datetime


@pytest.fixture
def known(book):
    """Five complaints: four received in November 2026, one in October.

    | who     | received    | channel  | category | 1st response | promise | result       | comp. |
    | 许小姐  | 11-01 10:00 | in store | quality  | +2 h         | kept    | satisfied    | ¥100  |
    | 陈先生  | 11-03 09:00 | phone    | service  | +30 h        | broken  | dissatisfied | ¥50   |
    | walk-in | 11-05 12:00 | WeChat   | quality  | +5 h         | —       | satisfied    | —     |
    | 周阿姨  | 11-06 16:00 | in store | none     | —            | —       | —            | —     |
    | 许小姐  | 10-15 11:00 | in store | quality  | +1 h         | —       | satisfied    | ¥999  |

    Each result comes two days after receipt. 许小姐 buys again on 11-10 (after her
    result on 11-03); 陈先生 buys on 11-04 and on 11-05, the day of his result: neither
    counts as "after".
    """
    boss = Staff.create(name="张伟").id
    clerk = Staff.create(name="李娜").id
    cats = {c.name: c.id for c in ComplaintCategory.select()}
    xu = customers.save_customer({"name": "许小姐"}, ["13811112222"]).id
    chen = customers.save_customer({"name": "陈先生"}, ["13933334444"]).id
    zhou = customers.save_customer({"name": "周阿姨"}).id
    now = T(2026, 11, 22, 18)

    def complaint(who, received, channel, category, staff, words, response_hours=None,
                  promise_kept=None, result=None, compensation=0):
        data = {"received_at": received, "channel": channel, "category": category,
                "staff": staff, "customer_words": words}
        data.update({"customer": who} if isinstance(who, int) else {"walk_in_name": who})
        c = C.create_complaint(data, now=now)
        if response_hours is not None:
            C.record_step(c.id, "listen", {"listen_notes": "听完了", "listen_at": received
                                           + dt.timedelta(hours=response_hours)}, now=now)
        if promise_kept is not None:
            C.record_step(c.id, "promise", {"promise": "三天内答复",
                                            "promise_due": received.date() + dt.timedelta(3),
                                            "promise_kept": promise_kept}, now=now)
        if compensation:
            C.record_step(c.id, "compensation", {"compensation_kind": "refund",
                                                 "compensation_cents": compensation}, now=now)
        if result:
            C.record_step(c.id, "result", {"result": result, "result_at": received
                                           + dt.timedelta(days=2)}, now=now)
        return c.id

    ids = [
        complaint(xu, T(2026, 11, 1, 10), "in_store", cats["Product quality"], clerk,
                  "拉链坏了", 2, True, "satisfied", 10000),
        complaint(chen, T(2026, 11, 3, 9), "phone", cats["Service attitude"], boss,
                  "店员态度差", 30, False, "dissatisfied", 5000),
        complaint("路过的顾客", T(2026, 11, 5, 12), "wechat", cats["Product quality"], clerk,
                  "衣服掉色", 5, None, "satisfied"),
        complaint(zhou, T(2026, 11, 6, 16), "in_store", None, clerk, "尺码不对"),
        complaint(xu, T(2026, 10, 15, 11), "in_store", cats["Product quality"], clerk,
                  "纽扣掉了", 1, None, "satisfied", 99900),
    ]
    for who, day in ((xu, 10), (chen, 4), (chen, 5)):
        Purchase.create(customer=who, purchased_on=dt.date(2026, 11, day), items="衬衫",
                        amount_cents=30000)
    return {"ids": ids, "xu": xu, "chen": chen, "zhou": zhou, "boss": boss, "clerk": clerk,
            "cats": cats, "now": now}


def test_the_figures_of_november(known):
    f = C.complaint_figures(dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert f.received == 4
    assert f.by_category == {"Product quality": 2, "Service attitude": 1, "": 1}
    assert f.by_channel == {"in_store": 2, "phone": 1, "wechat": 1}
    assert (f.responded, f.median_response_hours) == (3, 5.0)
    assert (f.responded_in_time, f.in_time_share) == (2, pytest.approx(2 / 3))
    assert (f.promises_kept, f.promises_settled, f.promises_kept_share) == (1, 2, 0.5)
    assert (f.satisfied, f.with_result, f.satisfied_share) == (2, 3, pytest.approx(2 / 3))
    assert f.compensation_cents == 15000
    assert (f.bought_again, f.complainants_resolved, f.bought_again_share) == (1, 2, 0.5)


def test_the_promised_hours_change_what_counts_as_in_time(known):
    f = C.complaint_figures(dt.date(2026, 11, 1), dt.date(2026, 11, 30), promised_hours=4)
    assert f.responded_in_time == 1


def test_an_empty_period_has_no_shares_rather_than_zeros(known):
    f = C.complaint_figures(dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert (f.received, f.median_response_hours, f.promises_kept_share, f.satisfied_share,
            f.bought_again_share, f.compensation_cents) == (0, None, None, None, None, 0)


def test_the_whole_autumn_includes_october(known):
    f = C.complaint_figures(dt.date(2026, 10, 1), dt.date(2026, 11, 30))
    assert (f.received, f.compensation_cents, f.median_response_hours) == (5, 114900, 3.5)
    # 许小姐 counts once, though she complained twice.
    assert (f.bought_again, f.complainants_resolved) == (1, 2)


# ------------------------------------------------------------------ the filtered list
def shown(flt: C.ComplaintFilter, now: dt.datetime) -> list[str]:
    return [row.summary for row in C.list_complaints(flt, now)]


def test_the_list_filters_by_status_category_staff_period_and_customer(known):
    now = known["now"]
    assert shown(C.ComplaintFilter(show="all"), now) == [
        "尺码不对", "衣服掉色", "店员态度差", "拉链坏了", "纽扣掉了"]
    assert shown(C.ComplaintFilter(show="open"), now) == ["尺码不对"]
    assert shown(C.ComplaintFilter(show="resolved"), now) == [
        "衣服掉色", "店员态度差", "拉链坏了", "纽扣掉了"]
    quality = known["cats"]["Product quality"]
    assert shown(C.ComplaintFilter(show="all", category_id=quality), now) == [
        "衣服掉色", "拉链坏了", "纽扣掉了"]
    assert shown(C.ComplaintFilter(show="all", staff_id=known["boss"]), now) == ["店员态度差"]
    assert shown(C.ComplaintFilter(show="all", start=dt.date(2026, 11, 3),
                                   end=dt.date(2026, 11, 5)), now) == ["衣服掉色", "店员态度差"]
    assert shown(C.ComplaintFilter(show="all", customer_id=known["xu"]), now) == [
        "拉链坏了", "纽扣掉了"]
    assert C.count_complaints(C.ComplaintFilter(show="all", customer_id=known["xu"]), now) == 2


def test_the_search_finds_names_words_walk_ins_phones_and_numbers(known):
    now = known["now"]
    search = lambda text: shown(C.ComplaintFilter(show="all", text=text), now)
    assert search("陈") == ["店员态度差"]
    assert search("掉") == ["衣服掉色", "纽扣掉了"]
    assert search("路过") == ["衣服掉色"]
    assert search("3333") == ["店员态度差"]
    assert search(f"#{known['ids'][3]}") == ["尺码不对"]
    assert search("没有这样的") == []


def test_the_overdue_list_names_what_is_late(known):
    rows = C.list_complaints(C.ComplaintFilter(show="overdue"), known["now"])
    assert [(r.summary, r.response_overdue, r.promise_overdue) for r in rows] == [
        ("尺码不对", True, False)]
    assert C.count_overdue(known["now"]) == 1
    assert C.count_by_status() == {"new": 1, "resolved": 4}
