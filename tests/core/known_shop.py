"""A small shop whose loyalty and satisfaction figures were worked out by hand.

Shared by the figure tests and the report tests (call it inside a test with an open book).
"""
from __future__ import annotations

import datetime as dt

from custbook.customers import customers, trash
from custbook.models import Customer, SatisfactionRecord, Staff
from custbook.customers.purchases import add_purchase

D = dt.date
START, END = D(2026, 9, 1), D(2026, 11, 30)


def build_known_shop() -> dict:
    """Eleven customers; the report period is September–November 2026 (ends 11-30).

    | who  | purchases (day: yuan)                        | segment on 11-30       |
    | 王芳 | 03-10:100 06-10:100 09-05:200 11-20:300 (张伟)| champions (r 10, f 4) |
    | 李强 | 09-10:1000 (李娜), referred by 王芳            | new (first 81 days)    |
    | 赵敏 | 01-05:50 04-05:50                            | at risk (r 239, f 2)   |
    | 刘洋 | 2025-06-01:80                                | lost                   |
    | 陈静 | 09-15:100 10-15:100, referred by 王芳          | new (first 76 days)    |
    | 孙丽 | 05-01:400                                    | hibernating (r 213)    |
    | 吴刚 | 07-01:60 08-01:60 08-20:60                   | loyal (r 102, f 3)     |
    | 郑华 | 01-10:100 10-01:100                          | promising (r 60, f 2)  |
    | 马丽 | 07-15:70                                     | need attention (r 138) |
    | 黄磊 | 11-05:50, referred by 郑华                    | new                    |
    | 周杰 | 10-01:9999 — in the trash, never counted      |                        |

    In the period: buyers 王芳 李强 陈静 郑华 黄磊 (5), new 李强 陈静 黄磊 (3), revenue
    500+1000+200+100+50 = ¥1850; the best fifth (1 customer) is 李强, ¥1000.
    Repeat customers 王芳 赵敏 陈静 吴刚 郑华 of 10; intervals 255/3=85, 90, 30, 50/2=25,
    264 days: mean 98.8. Cohorts: 2026-09 (李强, 陈静): 陈静 back in October → [1, 0];
    2026-11 (黄磊): []. Satisfaction: see the test.
    """
    zhang = Staff.create(name="张伟").id
    li = Staff.create(name="李娜").id
    ids = {}

    def customer(name, buys, referred_by=None, staff=None):
        data = {"name": name}
        if referred_by:
            data["referred_by"] = ids[referred_by]
        cid = customers.save_customer(data).id
        ids[name] = cid
        for day, yuan in buys:
            add_purchase(cid, day, yuan * 100, staff_id=staff.get(day) if staff else None)
        return cid

    customer("王芳", [(D(2026, 3, 10), 100), (D(2026, 6, 10), 100), (D(2026, 9, 5), 200),
                    (D(2026, 11, 20), 300)], staff={D(2026, 11, 20): zhang})
    customer("李强", [(D(2026, 9, 10), 1000)], "王芳", staff={D(2026, 9, 10): li})
    customer("赵敏", [(D(2026, 1, 5), 50), (D(2026, 4, 5), 50)])
    customer("刘洋", [(D(2025, 6, 1), 80)])
    customer("陈静", [(D(2026, 9, 15), 100), (D(2026, 10, 15), 100)], "王芳")
    customer("孙丽", [(D(2026, 5, 1), 400)])
    customer("吴刚", [(D(2026, 7, 1), 60), (D(2026, 8, 1), 60), (D(2026, 8, 20), 60)])
    customer("郑华", [(D(2026, 1, 10), 100), (D(2026, 10, 1), 100)])
    customer("马丽", [(D(2026, 7, 15), 70)])
    customer("黄磊", [(D(2026, 11, 5), 50)], "郑华")
    trash.move_to_trash([customer("周杰", [(D(2026, 10, 1), 9999)])])
    # cards made long ago, except the three referred in the period
    Customer.update(created_at=dt.datetime(2025, 1, 1, 9)).execute()
    Customer.update(created_at=dt.datetime(2026, 10, 2, 9)).where(
        Customer.referred_by.is_null(False)).execute()

    def said(day, rating, score=None, recommend=None, staff=None, who="王芳"):
        SatisfactionRecord.create(customer=ids[who], recorded_on=day, rating=rating,
                                  score=score, recommend=recommend, staff=staff)

    said(D(2026, 9, 10), "satisfied", 5, 10, zhang)
    said(D(2026, 9, 20), "neutral", 3, 7, li)
    said(D(2026, 10, 5), "satisfied", 4, 9, li)
    said(D(2026, 10, 25), "dissatisfied", 1, 2, zhang)
    said(D(2026, 11, 2), "satisfied", staff=zhang)
    said(D(2026, 8, 30), "satisfied", 5, 10, zhang)  # before the period
    return {"ids": ids, "zhang": zhang, "li": li}
