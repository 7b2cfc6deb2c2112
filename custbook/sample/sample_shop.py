"""The sample shop: a made-up but believable customer book, built fast and reproducibly.

Why it exists: a new user wants to see what Custbook looks like with two years of a
real shop in it before typing in their own customers, and we need big books (100,000
customers, a million purchases) to test and measure lists, search and reports. The
sample is written into its own NEW file (`custbook.db.sample_book_path()` in the app),
never into a real book.

How it stays reproducible: every value comes from one seeded `SampleRandom` and from
`today` (never the global random, never the clock), and every id is assigned here, so
the same seed, customer count and `today` give a byte-for-byte equal book. The shop's
clock stands at `today` 08:00: everything recorded has already happened by then.

How it stays fast: rows are generated as plain tuples while the customer's running
figures are computed on the fly, and written with `sqlite3.executemany` in one big
transaction. (peewee's `insert_many` builds an SQL tree per value and costs ~8x more:
about 20 s for a million purchases instead of 2.5 s.) The column lists are taken from
`custbook.models`, so the SQL always matches the models. Because the file is brand
new and is deleted if anything fails, it is written with `journal_mode=MEMORY` and
`synchronous=OFF`; WAL and `synchronous=FULL` are restored before it is closed.

Ids follow the customers, not the calendar: customers are numbered in the order they
first came in, but each customer's purchases, contacts, … are numbered together.
"""
from __future__ import annotations

import datetime as dt
import math
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from peewee import Database

from custbook import db as bookdb
from custbook import models as m
from custbook.sample import sample_words as W
from custbook import settings
from custbook.exchange.bulk_rows import RowBuffer
from custbook import errors
from custbook.errors import BookError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.sample.sample_complaints import STATUSES as _STATUSES
from custbook.sample.sample_complaints import SampleComplaints
from custbook.sample.sample_history import WINDOW_DAYS, SampleHistory
from custbook.sample.sample_people import SamplePeople
from custbook.sample.sample_random import SampleRandom
from custbook import clock
from custbook.safety import integrity
from custbook.customers import search

SHOP_CLOCK = dt.time(8, 0)  # the sample's "now" is today at this time
_OFF = 800  # day tables reach from day -_OFF to day WINDOW_DAYS + _OFF
_CHANNELS = (("in_store", 45), ("phone", 20), ("wechat", 25), ("online", 7), ("other", 3))
_COMPENSATIONS = (("refund", 15), ("replacement", 25), ("repair", 15), ("gift", 15),
                  ("voucher", 20), ("discount", 10))
_CATEGORY_WEIGHTS = (45, 25, 10, 10, 10)  # by seeded sort order: quality, service, …
ProgressFn = Callable[[int, int], Any]


@dataclass(frozen=True)
class SampleShopReport:
    """What `generate` wrote: the number of rows of each kind and the time it took."""

    path: str
    customers: int
    phones: int
    staff: int
    tags: int
    customer_tags: int
    purchases: int
    contacts: int
    complaints: int
    satisfaction_records: int
    reminders: int
    seconds: float


def generate(path: str | Path, customers: int = 2000, *, seed: int = 20261122,
             today: dt.date | None = None,
             progress: ProgressFn | None = None) -> SampleShopReport:
    """Create a new sample book at `path` and fill it; the book is CLOSED on return.

    Refuses (BookError) if `path` exists. `progress(done, total)` is called at most a
    few hundred times; returning False (exactly False, not None) cancels: Cancelled is
    raised and the half-written file is deleted, as it is after any other failure.
    The models are bound to the new book while it is built (that is what `open_book`
    does), so nothing else may use the models meanwhile; afterwards whatever book was
    bound before is bound again and the caller opens the sample when it wants it.
    """
    started = time.perf_counter()
    path = Path(path)
    if customers < 0:
        raise ValueError("customers must be >= 0")
    if path.exists():
        raise BookError(QT_TRANSLATE_NOOP(
            "SampleShop", "{path} already exists; the sample shop is only written into a new "
                          "file.").format(path=path))
    previous = m.database.obj
    try:
        db = bookdb.open_book(path)
        counts = _Shop(db, customers, seed, today or clock.today(), progress).build()
    except BaseException:
        if m.database.obj is not previous:
            bookdb.close_book()
        _delete_book_files(path)
        m.database.initialize(previous)
        raise
    bookdb.close_book()
    m.database.initialize(previous)
    return SampleShopReport(path=str(path), seconds=round(time.perf_counter() - started, 3),
                            **counts)


def _delete_book_files(path: Path) -> None:
    integrity.forget_clean_close(path)  # no note about a book that is gone
    for name in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))):
        try:
            name.unlink()
        except FileNotFoundError:
            pass


def _weighted(pairs: tuple) -> tuple[tuple, list[float]]:
    values = tuple(p[0] for p in pairs)
    cum, total = [], 0.0
    for p in pairs:
        total += p[-1]
        cum.append(total)
    return values, cum


class _Shop(SamplePeople, SampleHistory, SampleComplaints):
    """One run of the generator: the random source, the calendar and the row buffers."""

    def __init__(self, db: Database, customers: int, seed: int, today: dt.date,
                 progress: ProgressFn | None):
        self.db, self.n, self.today, self.progress = db, customers, today, progress
        self.rng = SampleRandom(seed)  # random.Random, cheaper draws (sample_random.py)
        self.now = dt.datetime.combine(today, SHOP_CLOCK)
        self.base = today - dt.timedelta(days=WINDOW_DAYS)  # day 0
        days = [self.base + dt.timedelta(days=d - _OFF) for d in range(WINDOW_DAYS + 2 * _OFF)]
        self._dates = [d.isoformat() for d in days]
        self._weekday = [d.weekday() for d in days]
        self._times = [f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}" for s in range(86400)]
        self.t_customer = RowBuffer(m.Customer)
        self.t_phone = RowBuffer(m.CustomerPhone, ("id", "customer", "number", "digits", "label",
                                                "is_primary"))
        self.t_tag = RowBuffer(m.CustomerTag, ("id", "customer", "tag"))
        self.t_purchase = RowBuffer(m.Purchase, ("id", "customer", "purchased_on", "items",
                                              "product_codes", "amount_cents", "staff", "note",
                                              "created_at"))
        self.t_contact = RowBuffer(m.ContactEntry, ("id", "customer", "contacted_at", "kind",
                                                 "staff", "summary", "outcome", "created_at"))
        self.t_complaint = RowBuffer(m.Complaint)
        self.t_reminder = RowBuffer(m.Reminder)
        self.t_satisfaction = RowBuffer(m.SatisfactionRecord)
        # FK order: parents first.
        self.tables = (self.t_customer, self.t_phone, self.t_tag, self.t_purchase,
                       self.t_contact, self.t_complaint, self.t_reminder, self.t_satisfaction)
        self.pending_statuses = list(_STATUSES)  # the first complaints show every status
        self.rng.shuffle(self.pending_statuses)
        self.used_digits: set[str] = set()
        self.used_wechat: set[str] = set()
        self._prepare_words()

    # ------------------------------------------------------------------ small helpers
    def ds(self, day: int) -> str:
        """ISO date of a window day."""
        return self._dates[day + _OFF]

    def moment(self, day: int, secs: int) -> str:
        """'YYYY-MM-DD HH:MM:SS' of a window day and a second of that day."""
        return f"{self._dates[day + _OFF]} {self._times[secs]}"

    def day_of(self, when: dt.date | dt.datetime) -> int:
        return ((when.date() if isinstance(when, dt.datetime) else when) - self.base).days

    def pick(self, weighted: tuple[tuple, list[float]]) -> Any:
        values, cum = weighted
        return self.rng.choices(values, cum_weights=cum)[0]

    def shop_secs(self) -> int:
        return self.rng.randrange(10 * 3600, 21 * 3600 + 1800)

    def staff_on(self, day: int, favourite: int | None = None, loyal: float = 0.6) -> int:
        """Who served on `day`: the customer's favourite if working, else anyone working."""
        working = self._working[min(max(day, -_OFF), WINDOW_DAYS + _OFF - 1) + _OFF]
        if favourite in working and self.rng.random() < loyal:
            return favourite  # type: ignore[return-value]
        return self.rng.choice(working)

    def _prepare_words(self) -> None:
        rng = self.rng
        self.surnames = _weighted(tuple(((s, p), w) for s, p, w in W.SURNAMES))
        self.sources = _weighted(W.SOURCES)
        self.channels = _weighted(_CHANNELS)
        self.compensations = _weighted(_COMPENSATIONS)
        self.area_codes = _weighted(W.AREA_CODES)
        self.email_domains = _weighted(W.EMAIL_DOMAINS)
        self.ethnicities = _weighted(W.ETHNICITIES)
        self.contact_prefs = _weighted(W.CONTACT_PREFERENCES)
        # A catalogue of SKUs: every product comes in a few styles with their own code.
        catalogue: dict[str, list[tuple[str, str]]] = {"f": [], "m": []}
        used: set[str] = set()
        for name, prefix, audience in W.PRODUCTS:
            for _ in range(rng.randint(2, 5)):
                code = f"{prefix}-{rng.randrange(1000, 10000)}"
                while code in used:
                    code = f"{prefix}-{rng.randrange(1000, 10000)}"
                used.add(code)
                for who in ("f", "m"):
                    if audience in ("u", who):
                        catalogue[who].append((name, code))
        self.catalogue = catalogue
        self.leap_years = [y for y in sorted(W.LUNAR_LEAP_MONTHS)
                           if 18 <= self.today.year - y <= 75]

    # ------------------------------------------------------------------ the run
    def build(self) -> dict[str, int]:
        db = self.db
        db.execute_sql("PRAGMA journal_mode=MEMORY")  # fresh scratch file: see module doc
        db.execute_sql("PRAGMA synchronous=OFF")
        db.execute_sql("PRAGMA cache_size=-200000")  # 200 MB while the book is written
        with db.atomic():
            self._setup()
            later = self._defer_indexes()
            rng, n = self.rng, self.n
            # Customers are numbered in the order they first came in: existing customers
            # of the shop early in the window, new ones all through it.
            firsts = sorted(rng.uniform(0, 90) if rng.random() < 0.5
                            else rng.uniform(0, WINDOW_DAYS - 1) for _ in range(n))
            total = n + 1
            step = max(1, n // 200)
            for cid in range(1, n + 1):
                self._customer(cid, int(firsts[cid - 1]))
                if cid % step == 0:
                    self._flush()
                    self._tick(cid, total)
            customer_complaints = self.t_complaint.count + len(self.t_complaint.rows)
            walk_ins = max(2, round(n * 0.001), 5 - customer_complaints)
            for _ in range(walk_ins * 3):  # a few stages may not fit; try again
                walk_ins -= self._complaint(None, 0, [], None, "")
                if walk_ins == 0:
                    break
            self._flush()
            for statement in later:  # each index built once, from sorted rows
                db.execute_sql(statement)
            db.execute_sql("UPDATE schema_version SET upgraded_at = ?",
                           (str(self.now),))

        search.rebuild_index()
        db.execute_sql("PRAGMA analysis_limit=1000")
        db.execute_sql("ANALYZE")
        db.execute_sql("PRAGMA journal_mode=WAL")
        db.execute_sql("PRAGMA synchronous=FULL")
        self._tick(n + 1, n + 1)
        return {"customers": self.t_customer.count, "phones": self.t_phone.count,
                "staff": len(W.STAFF), "tags": len(W.TAGS),
                "customer_tags": self.t_tag.count, "purchases": self.t_purchase.count,
                "contacts": self.t_contact.count, "complaints": self.t_complaint.count,
                "satisfaction_records": self.t_satisfaction.count,
                "reminders": self.t_reminder.count}

    def _defer_indexes(self) -> list[str]:
        """Drop the written tables' secondary indexes and the search index's triggers until
        the rows are in; returns the statements that make the indexes again.

        Why: every row inserted also lands at a random place in each index; past a few
        hundred thousand customers those pages no longer fit in memory and the writing
        slows down more and more (1,000,000 customers took over 25 minutes). Built once
        at the end, each index is one sort. The search triggers only fill the search
        index, which `search.rebuild_index` writes whole at the end anyway.
        """
        tables = tuple(model._meta.table_name for model in (
            m.Customer, m.CustomerPhone, m.CustomerTag, m.Purchase, m.ContactEntry,
            m.Complaint, m.Reminder, m.SatisfactionRecord))
        marks = ",".join("?" * len(tables))
        rows = self.db.execute_sql(
            f"SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND "
            f"((type = 'index' AND tbl_name IN ({marks})) OR "
            f"(type = 'trigger' AND name GLOB 'customer_search_*'))", tables).fetchall()
        for kind, name, _ in rows:
            self.db.execute_sql(f'DROP {kind.upper()} "{name}"')
        return [sql for kind, _, sql in rows if kind == "index"]

    def _tick(self, done: int, total: int) -> None:
        if self.progress is not None and self.progress(done, total) is False:
            raise errors.Cancelled(QT_TRANSLATE_NOOP("SampleShop",
                                                     "The sample shop was cancelled."))

    def _flush(self) -> None:
        for table in self.tables:
            table.flush(self.db)

    def _setup(self) -> None:
        """Shop settings, staff, tags; read the seeded tiers and complaint categories."""
        settings.set("shop_name", W.SHOP_NAME)
        settings.set("shop_address", W.SHOP_ADDRESS)
        settings.set("shop_phone", W.SHOP_PHONE)
        staff_rows = []
        for i, (name, role, digits, first, last) in enumerate(W.STAFF, start=1):
            staff_rows.append({"id": i, "name": name, "role": role, "phone": "+86" + digits,
                               "active": last is None,
                               "created_at": self.moment(first, 9 * 3600 + 15 * 60)})
        m.Staff.insert_many(staff_rows).execute()
        m.Tag.insert_many([{"id": i, "name": name, "color": color}
                           for i, (name, color) in enumerate(W.TAGS, start=1)]).execute()
        self.tag_ids = {name: i for i, (name, _) in enumerate(W.TAGS, start=1)}
        self.generic_tags = ("喜欢新品", "价格敏感", "团购", "婚庆", "送礼", "爱运动")
        self.manager = 1
        weights = W.STAFF_WEIGHTS
        self._working = []
        for d in range(-_OFF, WINDOW_DAYS + _OFF):
            ids = [i for i, s in enumerate(W.STAFF, start=1)
                   if s[3] <= d and (s[4] is None or d <= s[4])]
            # repeat ids by weight so a plain choice() is a weighted one
            self._working.append(tuple(i for i in ids for _ in range(weights[i - 1] // 2)))
        self.tiers = [(t.min_spend_cents, t.id, t.rank) for t in
                      m.Tier.select().order_by(m.Tier.min_spend_cents, m.Tier.rank)]
        cats = list(m.ComplaintCategory.select().order_by(m.ComplaintCategory.sort_order,
                                                          m.ComplaintCategory.id))
        self.categories = _weighted(tuple(
            ((c.id, min(i, len(W.COMPLAINT_WORDS) - 1)),
             _CATEGORY_WEIGHTS[i] if i < len(_CATEGORY_WEIGHTS) else 5)
            for i, c in enumerate(cats)))
        self.festivals = [(self.day_of(d), name)
                          for d, name in W.festivals_between(self.base, self.today)]

    # ------------------------------------------------------------------ customers
    def _customer(self, cid: int, first_day: int) -> None:
        rng = self.rng
        rnd = rng.random
        r = rnd()
        gender = "female" if r < 0.68 else "male" if r < 0.97 else ""
        who = gender or ("female" if rnd() < 0.6 else "male")
        age = int(rng.triangular(18, 76, 36))
        name, handle = self._name(who)
        row: dict[str, Any] = {"id": cid, "name": name, "gender": gender}
        row.update(self._birthday(age))
        if row.get("birthday_leap"):
            age = self.today.year - row["birth_year"]
        by = row.get("birth_year")
        if rnd() < 0.25:
            row["ethnicity"] = self.pick(self.ethnicities)
        if rnd() < 0.5:
            row["wechat_id"] = self._wechat(handle, by)
        if rnd() < 0.25:
            row["email"] = (f"{rng.randrange(10 ** 5, 10 ** 10)}@qq.com" if rnd() < 0.3 else
                            f"{handle}{rng.randrange(1, 1000)}@{self.pick(self.email_domains)}")
        if rnd() < 0.6:
            row["address"] = self._address()
        if rnd() < 0.7:
            row["clothing_size"] = rng.choice(W.CLOTHING_SIZES_M if who == "male"
                                              else W.CLOTHING_SIZES_F)
        if rnd() < 0.55:
            row["shoe_size"] = str(rng.randint(39, 44) if who == "male" else
                                   min(40, int(rng.gauss(37, 1.2))))
        if rnd() < 0.12:
            row["description"] = rng.choice(W.DESCRIPTIONS)
        row.update(self._profile(age, who))
        if cid > 1 and rnd() < 0.10:
            row["referred_by"] = rng.randrange(1, cid)
            row["source"] = W.REFERRAL_SOURCE
        else:
            row["source"] = self.pick(self.sources)
        favourite = self.staff_on(first_day, None)

        purchases, interval = self._purchases(cid, first_day, who, favourite)
        visits = self._contacts(cid, first_day, purchases, row, favourite)
        count = len(purchases)
        total = sum(p[2] for p in purchases)
        if count:
            first, last = purchases[0], purchases[-1]
            created = self.moment(first[0], max(first[4] - rng.randrange(60, 900), 0))
            updated = self.moment(last[0], last[4])
            row.update(first_purchase_on=self.ds(first[0]), last_purchase_on=self.ds(last[0]),
                       purchase_count=count, total_spent_cents=total)
            last_visit = max(last[0], visits[-1] if visits else -_OFF)
        else:
            created = self.moment(first_day, self.shop_secs())
            updated = created
            last_visit = visits[-1] if visits else None
        if last_visit is not None:
            row["last_visit_on"] = self.ds(last_visit)
        row["created_at"], row["updated_at"] = created, max(created, updated)
        if rnd() < 0.6:
            row["accepts_promotions"] = True
            row["promotions_consent_on"] = self.ds(first_day)
        elif rnd() < 0.5:
            row["promotions_consent_on"] = self.ds(rng.randint(first_day, WINDOW_DAYS - 1))
        rank = -1
        if count and (total >= self.tiers[min(1, len(self.tiers) - 1)][0] or rnd() < 0.55):
            for min_spend, tier_id, tier_rank in self.tiers:
                if total >= min_spend:
                    row["tier"], rank = tier_id, tier_rank
            joined = purchases[1] if count > 1 and rnd() < 0.2 else purchases[0]
            row["member_since"] = self.ds(joined[0])
        self.t_customer.add_kw(**row)

        self._phones(cid)
        self._tags(cid, age, who, rank, purchases)
        if count and rnd() < 0.025:
            self._complaint(cid, first_day, purchases, favourite, name)
        if count and rnd() < 0.30:
            self._satisfaction(cid, purchases, favourite)
        self._reminders(cid, name, row, purchases, interval, favourite)

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

    # ------------------------------------------------------------------ purchases
    def _purchases(self, cid: int, first_day: int, who: str,
                   favourite: int) -> tuple[list[tuple[int, int, int, str, int]], float]:
        """Buying days and tickets; returns [(day, id, cents, first item, secs)] and the
        customer's usual interval in days."""
        rng = self.rng
        rnd = rng.random
        kind = rnd()
        interval = math.exp(rng.uniform(math.log(16), math.log(100)))
        if kind < 0.04:  # registered on a visit, never bought
            return [], interval
        days = [first_day]
        if kind < 0.16:  # bought once (maybe twice)
            if rnd() < 0.25:
                days.append(first_day + rng.randint(7, 200))
        else:
            end = WINDOW_DAYS - 1
            if rnd() < 0.25:  # slipping away: stops buying some time after the first visit
                end = first_day + int(rnd() * (WINDOW_DAYS - first_day))
            lognorm = rng.lognormvariate
            weekday = self._weekday
            d = first_day
            while True:
                gap = interval * lognorm(0, 0.35)
                if rnd() < 0.05:
                    gap *= 3  # away for a while
                d += max(1, int(gap))
                if d > end:
                    break
                if weekday[d + _OFF] < 5 and rnd() < 0.3:  # rather on a weekend
                    d = min(d + 5 - weekday[d + _OFF], end)
                days.append(d)
        typical = min(3000.0, max(80.0, rng.lognormvariate(math.log(450), 0.75)))
        goods = self.catalogue["m" if who == "male" else "f"]
        table = self.t_purchase
        pid = table.count + len(table.rows)
        out = []
        choice = rng.choice
        for d in days:
            if d >= WINDOW_DAYS:
                break
            pid += 1
            yuan = max(29, int(typical * rng.lognormvariate(0, 0.4)) // 10 * 10)
            if rnd() < 0.35:
                yuan -= 1  # 599, 1279 …
            cents = yuan * 100
            if rnd() < 0.12:
                cents = cents * 88 // 100  # member discount leaves odd cents
            k = choice((1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 3, 3, 4))
            picked = [choice(goods)] if k == 1 else rng.sample(goods, k)
            items = "、".join(f"{g[0]} ×{2 if rnd() < 0.06 else 1}" for g in picked)
            codes = ", ".join(g[1] for g in picked)
            secs = self.shop_secs()
            staff = self.staff_on(d, favourite)
            note = choice(W.PURCHASE_NOTES) if rnd() < 0.08 else ""
            table.add((pid, cid, self.ds(d), items, codes, cents, staff, note,
                       self.moment(d, secs)))
            out.append((d, pid, cents, picked[0][0], secs))
        return out, interval
