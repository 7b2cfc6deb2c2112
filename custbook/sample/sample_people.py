"""The sample shop's people: names, phones, WeChat IDs, addresses, birthdays, profiles.

Split from `custbook.sample.sample_shop` (which mixes this class into its generator) so
each module stays readable. The methods use the generator's random source, `today` and
the sets of numbers and IDs already given out, so the sample stays reproducible.
Flags are written 1 and 0, not True and False: the same stored values, but sqlite3 binds
an int as it is and looks for an adapter for a bool first.
"""
from __future__ import annotations

import calendar
from typing import Any

from custbook.sample import sample_words as W


# profile fields made of a few phrases: (field, phrases to pick from, at most how many)
_PROFILE_PHRASES = (
    ("work_situation", W.WORK_SITUATIONS, 2), ("family", W.FAMILIES, 2),
    ("personality", W.PERSONALITIES, 2), ("spending_habits", W.SPENDING_HABITS, 2),
    ("style_preferences", W.STYLE_PREFERENCES, 2), ("hobbies", W.HOBBIES, 3),
    ("lifestyle", W.LIFESTYLES, 2), ("service_preference", W.SERVICE_PREFERENCES, 2),
    ("personal_values", W.PERSONAL_VALUES, 2), ("interest_topics", W.INTEREST_TOPICS, 3),
)


class SamplePeople:
    """Mixin for the sample generator: who each customer is."""

    def _name(self, gender: str) -> tuple[str, str]:
        """A name and a latin handle (for WeChat IDs and e-mail) for a person."""
        rng = self.rng
        if rng.random() < 0.08:
            first = rng.choice(W.ENGLISH_MALE if gender == "male" else W.ENGLISH_FEMALE)
            last = rng.choice(W.ENGLISH_SURNAMES)
            return f"{first} {last}", f"{first}{last}".lower()
        surname, spy = self.pick(self.surnames)
        chars = W.GIVEN_MALE if gender == "male" else W.GIVEN_FEMALE
        a = rng.choice(chars)
        r = rng.random()
        if r < 0.28:
            return surname + a[0], spy + a[1]
        if r < 0.33 and gender != "male":
            return surname + a[0] * 2, spy + a[1] * 2  # 婷婷, 丽丽
        b = rng.choice(chars)
        while b is a:
            b = rng.choice(chars)
        return surname + a[0] + b[0], spy + a[1] + b[1]

    def _phone(self, landline: bool) -> tuple[str, str]:
        """A new (number, digits) pair: +8613812345678 / 13812345678 or a landline."""
        rng = self.rng
        while True:
            if landline:
                code = self.pick(self.area_codes)
                local = f"{rng.randrange(2, 9)}{rng.randrange(10 ** 7):07d}"
                number, digits = f"+86{code[1:]}{local}", code + local
            else:
                digits = f"{rng.choice(W.MOBILE_PREFIXES)}{rng.randrange(10 ** 8):08d}"
                number = "+86" + digits
            if digits not in self.used_digits:
                self.used_digits.add(digits)
                return number, digits

    def _phones(self, cid: int) -> None:
        rng = self.rng
        if rng.random() >= 0.96:
            return
        pid = self.t_phone.count + len(self.t_phone.rows) + 1
        landline = rng.random() >= 0.93
        number, digits = self._phone(landline)
        self.t_phone.add((pid, cid, number, digits, "home" if landline else "mobile", 1))
        if rng.random() < 0.12:
            landline = rng.random() < 0.45
            number, digits = self._phone(landline)
            label = rng.choice(("home", "work")) if landline else rng.choice(("work", "other"))
            self.t_phone.add((pid + 1, cid, number, digits, label, 0))

    def _wechat(self, handle: str, birth_year: int | None) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.25:
            base = "wxid_" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789")
                                     for _ in range(14))
        elif r < 0.6 and birth_year:
            base = f"{handle}{birth_year}"
        else:
            base = f"{handle}_{rng.randrange(100, 1000)}"
        wid = base if base[0].isalpha() else "w" + base
        while wid in self.used_wechat:
            wid = f"{base}{rng.randrange(10)}"
            base = wid
        self.used_wechat.add(wid)
        return wid[:64]

    def _address(self) -> str:
        rng = self.rng
        house = (f"{rng.randint(1, 30)}幢{rng.randint(1, 4)}单元"
                 f"{rng.randint(1, 25)}{rng.randint(1, 4):02d}室")
        if rng.random() < 0.85:
            return (f"杭州市{rng.choice(W.HANGZHOU_DISTRICTS)}{rng.choice(W.HANGZHOU_STREETS)}"
                    f"{rng.randint(1, 600)}号{rng.choice(W.COMMUNITIES)}{house}")
        city, districts, streets = rng.choice(W.OTHER_CITIES)
        return f"{city}{rng.choice(districts)}{rng.choice(streets)}{rng.randint(1, 900)}号{house}"

    def _birthday(self, age: int) -> dict[str, Any]:
        """Birthday columns: ~75% have one, ~20% of those lunar, a few in a leap month."""
        rng = self.rng
        year = self.today.year - age
        if rng.random() >= 0.75:
            if rng.random() < 0.25:
                return {"birth_year": year, "birth_year_estimated": 1}
            return {}
        out: dict[str, Any] = {}
        known = rng.random() < 0.85
        if rng.random() < 0.2:
            out["birthday_calendar"] = "lunar"
            if rng.random() < 0.06 and self.leap_years:
                year = rng.choice(self.leap_years)
                known = True
                out.update(birthday_month=W.LUNAR_LEAP_MONTHS[year], birthday_leap=1)
            else:
                out["birthday_month"] = rng.randint(1, 12)
            out["birthday_day"] = rng.randint(1, 29)
        else:
            month = rng.randint(1, 12)
            last = calendar.monthrange(year if known else 2001, month)[1]
            out.update(birthday_calendar="solar", birthday_month=month,
                       birthday_day=rng.randint(1, last))
        if known:
            out["birth_year"] = year
            if not out.get("birthday_leap") and rng.random() < 0.05:
                out["birth_year_estimated"] = 1
        return out

    def _profile(self, age: int, gender: str) -> dict[str, Any]:
        """The personal profile: a rich one for ~45% of customers, scraps for the rest."""
        rng = self.rng
        p = 0.7 if rng.random() < 0.45 else 0.1
        out: dict[str, Any] = {}
        if rng.random() < p:
            out["occupation"] = ("大学生" if age < 23 else "退休" if age >= 60
                                 else rng.choice(W.OCCUPATIONS))
        rnd, sample = rng.random, rng.sample
        for key, words, most in _PROFILE_PHRASES:
            if rnd() < p:  # _phrases(words, most), written out: a million customers
                k = 1 + int(rnd() * most)
                out[key] = "，".join(sample(words, k)) if k > 1 else words[int(rnd() * len(words))]
        if rng.random() < 0.6:
            out["contact_preference"] = self.pick(self.contact_prefs)
            if rng.random() < 0.25:
                out["contact_preference_note"] = rng.choice(W.CONTACT_NOTES)
        return out

    def _tags(self, cid: int, age: int, who: str, rank: int, purchases: list) -> None:
        rng = self.rng
        rnd = rng.random
        wanted = rng.choice((0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3))
        chosen = []
        if rank >= 2 and rnd() < 0.85:
            chosen.append("VIP")
        if len(purchases) >= 5 and purchases[0][0] < 120 and rnd() < 0.6:
            chosen.append("老客户")
        if age <= 22 and rnd() < 0.6:
            chosen.append("学生")
        elif age >= 58 and rnd() < 0.6:
            chosen.append("退休")
        elif age <= 55 and rnd() < 0.25:
            chosen.append("上班族")
        if who == "female" and 26 <= age <= 42 and rnd() < 0.25:
            chosen.append("宝妈")
        if len(chosen) < wanted:
            chosen += rng.sample(self.generic_tags, wanted - len(chosen))
        base = self.t_tag.count + len(self.t_tag.rows) + 1
        for k, tag in enumerate(chosen):
            self.t_tag.add((base + k, cid, self.tag_ids[tag]))
