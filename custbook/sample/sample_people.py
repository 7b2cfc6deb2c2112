"""The sample shop's people: names, phones, WeChat IDs, addresses, birthdays, profiles.

Split from `custbook.sample.sample_shop` (which mixes this class into its generator) so
each module stays readable. The methods use the generator's random source, `today` and
the sets of numbers and IDs already given out, so the sample stays reproducible.
"""
from __future__ import annotations

import calendar
from typing import Any

from custbook.sample import sample_words as W


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
        self.t_phone.add((pid, cid, number, digits, "home" if landline else "mobile", True))
        if rng.random() < 0.12:
            landline = rng.random() < 0.45
            number, digits = self._phone(landline)
            label = rng.choice(("home", "work")) if landline else rng.choice(("work", "other"))
            self.t_phone.add((pid + 1, cid, number, digits, label, False))

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

    def _phrases(self, words: tuple[str, ...], most: int = 2) -> str:
        k = self.rng.randint(1, most)
        return "，".join(self.rng.sample(words, k)) if k > 1 else self.rng.choice(words)

    def _birthday(self, age: int) -> dict[str, Any]:
        """Birthday columns: ~75% have one, ~20% of those lunar, a few in a leap month."""
        rng = self.rng
        year = self.today.year - age
        if rng.random() >= 0.75:
            if rng.random() < 0.25:
                return {"birth_year": year, "birth_year_estimated": True}
            return {}
        out: dict[str, Any] = {}
        known = rng.random() < 0.85
        if rng.random() < 0.2:
            out["birthday_calendar"] = "lunar"
            if rng.random() < 0.06 and self.leap_years:
                year = rng.choice(self.leap_years)
                known = True
                out.update(birthday_month=W.LUNAR_LEAP_MONTHS[year], birthday_leap=True)
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
                out["birth_year_estimated"] = True
        return out

    def _profile(self, age: int, gender: str) -> dict[str, Any]:
        """The personal profile: a rich one for ~45% of customers, scraps for the rest."""
        rng = self.rng
        p = 0.7 if rng.random() < 0.45 else 0.1
        out: dict[str, Any] = {}
        if rng.random() < p:
            out["occupation"] = ("大学生" if age < 23 else "退休" if age >= 60
                                 else rng.choice(W.OCCUPATIONS))
        for key, words in (("work_situation", W.WORK_SITUATIONS), ("family", W.FAMILIES),
                           ("personality", W.PERSONALITIES),
                           ("spending_habits", W.SPENDING_HABITS),
                           ("style_preferences", W.STYLE_PREFERENCES), ("hobbies", W.HOBBIES),
                           ("lifestyle", W.LIFESTYLES),
                           ("service_preference", W.SERVICE_PREFERENCES),
                           ("personal_values", W.PERSONAL_VALUES),
                           ("interest_topics", W.INTEREST_TOPICS)):
            if rng.random() < p:
                out[key] = self._phrases(words, 3 if key in ("hobbies", "interest_topics") else 2)
        if rng.random() < 0.6:
            out["contact_preference"] = self.pick(self.contact_prefs)
            if rng.random() < 0.25:
                out["contact_preference_note"] = rng.choice(W.CONTACT_NOTES)
        return out
