"""The sample shop's history around purchases: contacts, satisfaction and reminders.

Split from `custbook.sample.sample_shop` (which mixes this class into its generator) so each
module stays readable. The methods use the generator's random source, clock and tables,
so the sample stays reproducible.
"""
from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

from custbook.sample import sample_words as W

WINDOW_DAYS = 730  # purchases happen on days 0 .. 729 of the window; day 730 is `today`


class SampleHistory:
    """Mixin for the sample generator: the contact log, ratings and open reminders."""

    # ------------------------------------------------------------------ contacts
    def _contacts(self, cid: int, first_day: int, purchases: list, total: int, row: dict,
                  favourite: int) -> list[int]:
        """Calls after purchases, WeChat news, visits, festival gifts, birthday wishes.

        Writes the contacts in time order and returns the days of in-store visits.
        `total` is what the purchases came to."""
        rng = self.rng
        rnd = rng.random
        todo: list[tuple[int, int, str, str, str]] = []  # day, secs, kind, summary, outcome
        for p in purchases:
            if rnd() < 0.06 and p[0] + 7 < WINDOW_DAYS:
                kind = "call" if rnd() < 0.6 else "wechat"
                todo.append((p[0] + rng.randint(2, 7), self.shop_secs(), kind,
                             rng.choice(W.FOLLOW_UP_SUMMARIES).format(item=p[3]),
                             rng.choice(W.FOLLOW_UP_OUTCOMES)))
        last = purchases[-1][0] if purchases else first_day
        if not purchases:  # came in, left their details, did not buy (yet)
            todo.append((first_day, self.shop_secs(), "visit", W.CONTACT_TEXTS["visit"][0][0],
                         rng.choice(W.CONTACT_TEXTS["visit"][1])))
        while rnd() < 0.3:
            todo.append(self._contact_text(rng.randint(first_day, min(last + 60, 729)), "visit"))
        if row.get("wechat_id"):
            while rnd() < 0.45:
                todo.append(self._contact_text(rng.randint(first_day, 729), "wechat"))
        if rnd() < 0.1:
            todo.append(self._contact_text(rng.randint(first_day, 729), "sms"))
        if rnd() < 0.06:
            todo.append(self._contact_text(rng.randint(first_day, 729), "call"))
        share = 0.7 if total >= 3_000_000 else 0.3 if total >= 1_000_000 else 0.0
        for day, festival in self.festivals if share else ():  # presents for the best
            if day - 7 > first_day and rnd() < share:
                kind = "gift" if rnd() < 0.7 else "card"
                todo.append(self._contact_text(day - rng.randint(1, 7), kind, festival=festival))
        if row.get("birthday_calendar") == "solar":
            for year in range(self.base.year, self.today.year + 1):
                if rnd() < 0.2:
                    try:
                        day = self.day_of(dt.date(year, row["birthday_month"],
                                                  row["birthday_day"]))
                    except ValueError:  # 29 Feb in a common year
                        continue
                    if first_day <= day < WINDOW_DAYS:
                        kind, summary = rng.choice(W.BIRTHDAY_CONTACTS)
                        todo.append((day, self.shop_secs(), kind, summary,
                                     rng.choice(("很开心，回复谢谢", "", "说谢谢还记得"))))
        todo.sort()
        table = self.t_contact
        add = table.rows.append
        cid_next = table.count + len(table.rows)
        # staff_on(day, favourite) and moment(day, secs) written out: every day here is a
        # window day (0 .. WINDOW_DAYS - 1)
        duty, day_stamp, times, rnd = self._duty, self._day_stamp, self._times, rnd
        for day, secs, kind, summary, outcome in todo:
            cid_next += 1
            at = day_stamp[day] + times[secs]
            working, on_duty = duty[day]
            staff = (favourite if favourite in on_duty and rnd() < 0.6
                     else working[int(rnd() * len(working))])
            add((cid_next, cid, at, kind, staff, summary, outcome, at))
        return [t[0] for t in todo if t[2] == "visit"]

    def _contact_text(self, day: int, kind: str, festival: str = "") -> tuple:
        summaries, outcomes = W.CONTACT_TEXTS[kind]
        return (day, self.shop_secs(), kind,
                self.rng.choice(summaries).format(festival=festival), self.rng.choice(outcomes))

    # ------------------------------------------------------------------ satisfaction
    def _rating(self, day: int) -> str:
        """Mostly satisfied, slowly better over the two years."""
        t = max(0.0, min(1.0, day / WINDOW_DAYS))
        r = self.rng.random()
        if r < 0.72 + 0.12 * t:
            return "satisfied"
        return "dissatisfied" if r > 0.92 + 0.04 * t else "neutral"

    def _score(self, rating: str) -> tuple[int | None, int | None]:
        rng = self.rng
        lo, hi, rlo, rhi = {"satisfied": (4, 5, 8, 10), "neutral": (3, 3, 5, 8),
                            "dissatisfied": (1, 2, 0, 5)}[rating]
        score = rng.randint(lo, hi) if rng.random() < 0.7 else None
        recommend = rng.randint(rlo, rhi) if rng.random() < 0.5 else None
        return score, recommend

    def _add_satisfaction(self, cid: int | None, day: int, subject: str, rating: str,
                          staff: int, purchase: int | None = None,
                          complaint: int | None = None, comment: str | None = None) -> None:
        rng = self.rng
        score, recommend = self._score(rating)
        if comment is None:
            comment = rng.choice(W.SATISFACTION_COMMENTS[rating]) if rng.random() < 0.6 else ""
        table = self.t_satisfaction  # its fields: see _Shop.__init__
        table.rows.append((table.count + len(table.rows) + 1, cid, self.ds(day), subject,
                           purchase, complaint, rating, score, recommend, comment, staff,
                           self.moment(day, self.shop_secs())))

    def _satisfaction(self, cid: int, purchases: list, favourite: int) -> None:
        rng = self.rng
        for _ in range(1 + (rng.random() < 0.4) + (rng.random() < 0.15)):
            d, pid = rng.choice(purchases)[:2]
            day = min(WINDOW_DAYS - 1, d + rng.randrange(0, 6))
            subject = "purchase" if rng.random() < 0.8 else "follow_up"
            self._add_satisfaction(cid, day, subject, self._rating(day),
                                   self.staff_on(day, favourite), purchase=pid)

    # ------------------------------------------------------------------ reminders
    def _add_reminder(self, cid: int | None, title: str, kind: str, due: int, staff: int,
                      created: str, done: bool = False, **extra: Any) -> None:
        rng = self.rng
        table = self.t_reminder
        done_at = None
        if done:
            done_at = min(self.moment(due, self.shop_secs()), str(self.now - dt.timedelta(hours=1)))
            extra.setdefault("outcome", rng.choice(W.REMINDER_OUTCOMES))
            extra["done_by"] = staff
        # The schedule custbook.calendar.reminder_schedule keeps: open ones wait on their day.
        waiting = None if done_at else self.ds(due)
        shown = None if done_at else self.ds(due - extra.get("lead_days", 0))
        table.add_kw(id=table.count + len(table.rows) + 1, customer=cid, title=title,
                     kind=kind, due_on=self.ds(due), rule="sample", rule_key=None,
                     staff=staff, done_at=done_at, created_at=created,
                     updated_at=max(created, done_at or created), pending_on=waiting,
                     next_on=waiting, show_on=shown, **extra)

    def _reminders(self, cid: int, name: str, row: dict, purchases: list, interval: float,
                   favourite: int) -> None:
        """Follow-ups after recent purchases, coming birthdays, customers slipping away."""
        rng = self.rng
        today = WINDOW_DAYS
        if purchases and purchases[-1][0] >= today - 12 and rng.random() < 0.4:
            d, pid, _, item, secs = purchases[-1]
            due = d + rng.randint(3, 7)
            self._add_reminder(cid, f"回访{name}：{item}穿着感受", "follow_up", due,
                               self.staff_on(d, favourite), self.moment(d, secs),
                               done=due < today and rng.random() < 0.6, purchase=pid,
                               due_time="15:00" if rng.random() < 0.2 else "")
        if row.get("birthday_calendar") == "solar" and rng.random() < 0.35:
            month, day = row["birthday_month"], row["birthday_day"]
            for year in (self.today.year, self.today.year + 1):
                if month == 2 and day == 29 and not calendar.isleap(year):
                    when = dt.date(year, 2, 28)
                else:
                    when = dt.date(year, month, day)
                if when >= self.today:
                    break
            due = self.day_of(when)
            if due - today <= 30:
                made = max(0, today - rng.randint(1, 20))
                note = "准备一份小礼物" if rng.random() < 0.5 else ""
                self._add_reminder(cid, f"{name}生日（{month}月{day}日）", "birthday", due,
                                   favourite, self.moment(made, self.shop_secs()),
                                   lead_days=3, notes=note)
        if (len(purchases) >= 3 and today - purchases[-1][0] > max(90, 2.5 * interval)
                and rng.random() < 0.12):
            due = today + rng.randint(-14, 10)
            made = min(due, today) - rng.randint(1, 5)
            self._add_reminder(cid, f"{name}很久没来了，问候一下", "slipping", due,
                               self.staff_on(made, favourite), self.moment(made, self.shop_secs()),
                               done=due < today and rng.random() < 0.4)
