"""The sample shop's purchases: buying days, tickets and what they came to.

Split from `custbook.sample.sample_shop` (which mixes this class into its generator) so
each module stays readable. This is the generator's hot loop — ten tickets a customer,
ten million at 1,000,000 customers — so the draws of `lognormvariate`, `choice`,
`sample`, `shop_secs` and `staff_on` are written out here: the same draws in the same
order as those calls (tests/core/test_sample_shop.py checks the shop value for value).
"""
from __future__ import annotations

import math

from custbook.sample import sample_words as W
from custbook.sample.sample_history import WINDOW_DAYS

OPEN, OPEN_FOR = 10 * 3600, 11 * 3600 + 1800  # the shop's hours: 10:00 to 21:30
_ITEM_COUNTS = (1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 3, 3, 4)  # goods a ticket
_LOG_16, _LOG_100, _LOG_450 = math.log(16), math.log(100), math.log(450)


class SamplePurchases:
    """Mixin for the sample generator: each customer's purchases."""

    def _purchases(self, cid: int, first_day: int, who: str, favourite: int
                   ) -> tuple[list[tuple[int, int, int, str, int]], float, int]:
        """Buying days and tickets; returns [(day, id, cents, first item, secs)], the
        customer's usual interval in days and the cents spent in all.

        The shop's hot loop (ten tickets a customer): the draws of `lognormvariate`,
        `choice`, `shop_secs` and `staff_on` are written out here, the same draws in the
        same order, with the day's strings and staff looked up in tables."""
        rng = self.rng
        rnd = rng.random
        normal = rng.normal
        exp = math.exp
        kind = rnd()
        interval = exp(rng.uniform(_LOG_16, _LOG_100))
        if kind < 0.04:  # registered on a visit, never bought
            return [], interval, 0
        days = [first_day]
        if kind < 0.16:  # bought once (maybe twice)
            if rnd() < 0.25:
                days.append(first_day + rng.randint(7, 200))
        else:
            end = WINDOW_DAYS - 1
            if rnd() < 0.25:  # slipping away: stops buying some time after the first visit
                end = first_day + int(rnd() * (WINDOW_DAYS - first_day))
            weekday = self._weekday0
            d = first_day
            while True:
                gap = interval * exp(normal() * 0.35)  # interval * lognormvariate(0, 0.35)
                if rnd() < 0.05:
                    gap *= 3  # away for a while
                d += max(1, int(gap))
                if d > end:
                    break
                if weekday[d] < 5 and rnd() < 0.3:  # rather on a weekend
                    d = min(d + 5 - weekday[d], end)
                days.append(d)
        typical = min(3000.0, max(80.0, exp(_LOG_450 + normal() * 0.75)))
        goods = self.catalogue["m" if who == "male" else "f"]
        n_goods = len(goods)
        table = self.t_purchase
        pid = table.count + len(table.rows)
        add = table.rows.append
        out = []
        keep = out.append
        spent = 0
        sample = rng.sample if n_goods <= 21 else None  # SampleRandom.sample: its set branch
        notes, n_notes = W.PURCHASE_NOTES, len(W.PURCHASE_NOTES)
        duty, day_text, day_stamp, times = self._duty, self._day_text, self._day_stamp, self._times
        for d in days:
            if d >= WINDOW_DAYS:
                break
            pid += 1
            yuan = max(29, int(typical * exp(normal() * 0.4)) // 10 * 10)
            if rnd() < 0.35:
                yuan -= 1  # 599, 1279 …
            cents = yuan * 100
            if rnd() < 0.12:
                cents = cents * 88 // 100  # member discount leaves odd cents
            k = _ITEM_COUNTS[int(rnd() * 20)]
            if k == 1:  # a good: (name, code, "name ×1", "name ×2")
                first = goods[int(rnd() * n_goods)]
                items = first[3] if rnd() < 0.06 else first[2]
                codes = first[1]
            else:
                if sample is None:  # rng.sample(goods, k) for k <= 5 and more than 21 goods
                    j = int(rnd() * n_goods)
                    taken, picked = [j], [goods[j]]
                    for _ in range(k - 1):
                        j = int(rnd() * n_goods)
                        while j in taken:
                            j = int(rnd() * n_goods)
                        taken.append(j)
                        picked.append(goods[j])
                else:
                    picked = sample(goods, k)
                items = "、".join([g[3] if rnd() < 0.06 else g[2] for g in picked])
                codes = ", ".join([g[1] for g in picked])
                first = picked[0]
            secs = OPEN + int(rnd() * OPEN_FOR)  # shop_secs()
            working, on_duty = duty[d]  # staff_on(d, favourite)
            if favourite in on_duty and rnd() < 0.6:
                staff = favourite
            else:
                staff = working[int(rnd() * len(working))]
            note = notes[int(rnd() * n_notes)] if rnd() < 0.08 else ""
            add((pid, cid, day_text[d], items, codes, cents, staff, note,
                 day_stamp[d] + times[secs]))
            keep((d, pid, cents, first[0], secs))
            spent += cents
        return out, interval, spent
