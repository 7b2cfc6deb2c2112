"""The sample shop's complaints: one at every stage of service recovery.

Split from `custbook.sample.sample_shop` (which mixes this class into its generator) so each
module stays readable. The methods use the generator's random source, clock and tables
(`self.rng`, `self.today`, `self.t_complaint`, …), so the sample stays reproducible.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from custbook.sample import sample_words as W

STATUSES = ("new", "in_progress", "awaiting_follow_up", "resolved", "closed")
_STATUS_WEIGHTS = (8, 12, 15, 25, 40)


class SampleComplaints:
    """Mixin for the sample generator: complaints with their steps filled as far as their status."""

    def _pick_status(self) -> str:
        if self.pending_statuses:
            return self.pending_statuses.pop()
        return self.rng.choices(STATUSES, weights=_STATUS_WEIGHTS)[0]

    @staticmethod
    def _after_work(t: dt.datetime, minutes: int) -> dt.datetime:
        """`minutes` of working time (09:00–22:00) after `t`."""
        if t.hour < 9:
            t = t.replace(hour=9, minute=0)
        elif t.hour >= 22:
            t = (t + dt.timedelta(days=1)).replace(hour=9, minute=0)
        while True:
            room = (t.replace(hour=22, minute=0, second=0) - t) // dt.timedelta(minutes=1)
            if minutes <= room:
                return t + dt.timedelta(minutes=minutes)
            minutes -= room
            t = (t + dt.timedelta(days=1)).replace(hour=9, minute=0)

    def _complaint_timeline(self, status: str, received: dt.datetime, plan: dict
                            ) -> tuple[dict[str, dt.datetime], dt.datetime]:
        """When each step happens after `received`, in working hours; and the last one."""
        rng = self.rng
        work = self._after_work
        r = rng.random()
        t: dict[str, dt.datetime] = {}
        t["listen"] = work(received, rng.randint(5, 59) if r < 0.4 else  # minutes …
                           rng.randint(60, 480) if r < 0.75 else rng.randint(780, 2340))  # … days
        t["apology"] = work(t["listen"], rng.randint(1, 30))
        t["cause"] = work(t["apology"], rng.randint(30, 1560))
        t["remedy"] = work(t["cause"], rng.randint(10, 780))
        t["compensation"] = work(t["remedy"], rng.randint(0, 1560))
        t["promise_due"] = dt.datetime.combine(
            t["remedy"].date() + dt.timedelta(days=plan["promise_days"]), dt.time(17))
        ready = max(t["remedy"], t["compensation"] if plan["compensation"] else t["remedy"],
                    t["promise_due"] if plan["promise"] and status in ("resolved", "closed")
                    else t["remedy"])
        t["result"] = work(ready, rng.randint(60, 3900))
        t["follow_up_on"] = dt.datetime.combine(
            t["result"].date() + dt.timedelta(days=rng.randint(7, 30)), dt.time())
        t["follow_up"] = (t["follow_up_on"] + dt.timedelta(
            days=rng.randint(0, 2), hours=rng.randint(10, 20), minutes=rng.randrange(60)))
        t["closed"] = work(t["follow_up"] if plan["follow_up"] else t["result"],
                           rng.randint(30, 3900))
        last = {"new": received, "awaiting_follow_up": t["result"],
                "resolved": t["follow_up"], "closed": t["closed"]}.get(status)
        if last is None:  # in progress: some of the first steps taken
            last = t[("listen", "apology", "cause", "remedy", "compensation")[plan["steps"] - 1]]
        return t, last

    def _complaint(self, cid: int | None, first_day: int, purchases: list,
                   favourite: int | None, name: str) -> bool:
        """One complaint at a stage of the recovery workflow, its columns to match;
        False if the customer came too recently for the stage drawn."""
        rng = self.rng
        rnd = rng.random
        status = self._pick_status()
        steps = {"new": 0, "in_progress": rng.randint(1, 5), "awaiting_follow_up": 7,
                 "resolved": 8, "closed": 8}[status]
        plan = {"steps": steps, "compensation": rnd() < 0.65, "promise": rnd() < 0.6,
                "promise_days": rng.randint(1, 10),
                "follow_up": status == "resolved" or (status == "closed" and rnd() < 0.8)}
        channel = self.pick(self.channels)
        opens, shuts = (10, 21) if channel == "in_store" else (8, 23)
        received = dt.datetime.combine(self.today, dt.time(
            rng.randint(opens, shuts - 1), rng.randrange(60), rng.randrange(60)))
        t, last = self._complaint_timeline(status, received, plan)
        # Move the whole story back by whole days (its shape stays the same) so that its
        # last step happened some days before now: a few for new complaints, many for old.
        days_ago = rng.randint(*{"new": (0, 2), "in_progress": (0, 6),
                                 "awaiting_follow_up": (0, 25), "resolved": (1, 180),
                                 "closed": (1, 700)}[status])
        shift = (last.date() - self.today).days + days_ago
        if last - dt.timedelta(days=shift) > self.now:
            shift += 1
        received -= dt.timedelta(days=shift)
        t = {k: v - dt.timedelta(days=shift) for k, v in t.items()}
        day = self.day_of(received)
        if day <= max(first_day, 0):
            self.pending_statuses.append(status)  # no time for this stage: no complaint
            return False

        linked = [p for p in purchases if day - 60 <= p[0] <= day]
        purchase = linked[-1] if linked and rnd() < 0.8 else None
        cat_id, cat_idx = self.pick(self.categories)
        staff = self.staff_on(day, favourite)
        boss = self.manager
        table = self.t_complaint
        complaint_id = table.count + len(table.rows) + 1
        row: dict[str, Any] = {
            "id": complaint_id, "customer": cid, "received_at": str(received),
            "channel": channel, "purchase": purchase[1] if purchase else None,
            "category": cat_id, "severity": rng.choices((1, 2, 3), weights=(45, 40, 15))[0],
            "customer_words": rng.choice(W.COMPLAINT_WORDS[cat_idx]).format(
                item=purchase[3] if purchase else "衣服"),
            "staff": staff, "status": status, "created_at": str(received)}
        if cid is None:
            row["walk_in_name"] = rng.choice(W.WALK_IN_NAMES)
            row["walk_in_phone"] = self._phone(False)[1] if rnd() < 0.7 else ""
        at = {k: str(v) for k, v in t.items()}
        if steps >= 1:
            row.update(first_response_at=at["listen"], listen_notes=rng.choice(W.LISTEN_NOTES),
                       listen_by=staff, listen_at=at["listen"])
        if steps >= 2:
            given = rnd() < 0.93
            row.update(apology_given=given, apology_by=staff, apology_at=at["apology"],
                       apology_words=rng.choice(W.APOLOGY_WORDS) if given else "")
        if steps >= 3:
            text, fault = rng.choice(W.CAUSES)
            row.update(cause=text, fault=fault, cause_by=boss, cause_at=at["cause"])
        if steps >= 4:
            row.update(remedy=rng.choice(W.REMEDIES), remedy_accepted=rnd() < 0.85,
                       remedy_by=boss, remedy_at=at["remedy"])
            if plan["promise"]:
                due = t["promise_due"]
                row.update(promise=rng.choice(W.PROMISES), promise_due=due.date().isoformat(),
                           promise_by=boss)
                # Settled (kept or broken) on the day it fell due, unless still open:
                # some open promises are past due — overdue.
                if due.date() < self.today and not (steps < 8 and rnd() < 0.5):
                    settled = min(due, t["result"] - dt.timedelta(minutes=1)) \
                        if steps >= 7 else due
                    row.update(promise_kept=rnd() < 0.75,
                               promise_settled_at=str(max(settled, t["remedy"])))
        if steps >= 5 and plan["compensation"]:
            kind = self.pick(self.compensations)
            paid = purchase[2] if purchase else rng.randint(200, 1000) * 100
            cents = {"refund": paid, "replacement": paid * rng.randint(30, 100) // 100,
                     "repair": rng.randint(2, 15) * 1000, "gift": rng.randint(5, 20) * 1000,
                     "voucher": rng.randint(1, 6) * 5000,
                     "discount": paid * rng.randint(10, 30) // 100}[kind]
            row.update(compensation_kind=kind, compensation_cents=cents, compensation_by=boss,
                       compensation_at=at["compensation"])
        if steps >= 7:
            outcome = ("dissatisfied" if row.get("promise_kept") is False and rnd() < 0.6 else
                       rng.choices(("satisfied", "neutral", "dissatisfied"), (65, 22, 13))[0])
            comment = rng.choice(W.RESULT_COMMENTS[outcome])
            follow_on = self.day_of(t["follow_up_on"])
            row.update(result=outcome, result_comment=comment, result_by=boss,
                       result_at=at["result"], follow_up_on=self.ds(follow_on))
            who = name or row["walk_in_name"]
            if status == "awaiting_follow_up":
                self._add_reminder(cid, f"投诉回访：{who}", "complaint", follow_on, boss,
                                   at["result"], complaint=complaint_id)
            elif plan["follow_up"] and rnd() < 0.5:
                self._add_reminder(cid, f"投诉回访：{who}", "complaint", follow_on, boss,
                                   at["result"], done=True, complaint=complaint_id)
            if rnd() < 0.6:
                self._add_satisfaction(cid, self.day_of(t["result"]), "complaint", outcome,
                                       boss, purchase=row["purchase"], complaint=complaint_id,
                                       comment=comment)
        if steps >= 8:
            if plan["follow_up"]:
                row.update(follow_up_at=at["follow_up"], follow_up_by=boss,
                           follow_up_outcome=rng.choice(W.FOLLOW_UP_OUTCOMES_COMPLAINT))
            else:
                row["follow_up_on"] = None  # a minor matter closed without a follow-up
            if status == "closed":
                row["closed_at"] = at["closed"]
                row["reopened_count"] = 1 if rnd() < 0.05 else 0
        row["updated_at"] = max(v for k, v in row.items() if k.endswith("_at") and v)
        table.add_kw(**row)
        return True
