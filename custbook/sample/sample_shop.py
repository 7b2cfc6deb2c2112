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

How it stays fast (issue #20: 1,000,000 customers, ten million purchases, in minutes):
rows are generated as plain tuples while the customer's running figures are computed
on the fly, and written in one big transaction with a few hundred rows to each
`INSERT … VALUES (…), (…), …` (`_flush`: sqlite3's per-row `executemany` costs a third
more; peewee's `insert_many` builds an SQL tree per value and costs ~8x more). The
column lists are taken from `custbook.models`, so the SQL always matches the models.
The secondary indexes are dropped while the rows go in and built once at the end
(`_defer_indexes`), and foreign keys are not looked up row by row (the generator
numbers every row itself; the tests run `foreign_key_check`). The hot loops draw
exactly what the plain calls drew (`SampleRandom`, `_purchases`), with each day's
strings and staff looked up in tables made once. Because the file is brand new and is
deleted if anything fails, it is written with `journal_mode=MEMORY` and
`synchronous=OFF`; WAL and `synchronous=FULL` are restored before it is closed.

Ids follow the customers, not the calendar: customers are numbered in the order they
first came in, but each customer's purchases, contacts, … are numbered together.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
import time
from bisect import bisect
from dataclasses import dataclass
from itertools import chain
from operator import itemgetter
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
from custbook.sample.sample_purchases import OPEN, OPEN_FOR, SamplePurchases
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
_ROWS_PER_INSERT = 250  # rows in one INSERT statement (see _Shop._flush)
_ROWS_PER_FLUSH = 20_000  # purchases (and the rest of their customers' rows) written at once
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
    integrity.clear_suspect(path)
    for name in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))):
        try:
            name.unlink()
        except FileNotFoundError:
            pass


_Weighted = tuple[tuple, list[float], float, int]


def _weighted(pairs: tuple) -> _Weighted:
    """(values, cumulative weights, total, last index): what `random.choices` computes from
    `cum_weights` on each call, computed once."""
    values = tuple(p[0] for p in pairs)
    cum, total = [], 0.0
    for p in pairs:
        total += p[-1]
        cum.append(total)
    return values, cum, cum[-1] + 0.0, len(values) - 1


class _Shop(SamplePeople, SamplePurchases, SampleHistory, SampleComplaints):
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
        two = [f"{i:02d}" for i in range(60)]  # 'HH:MM:SS' of each second of a day
        self._times = [f"{h}:{m}:" + s for h in two[:24] for m in two for s in two]
        # Purchases fall on window days 0 .. WINDOW_DAYS - 1: their own tables, no offset.
        self._day_text = self._dates[_OFF:_OFF + WINDOW_DAYS]
        self._day_stamp = [d + " " for d in self._day_text]  # + a time of day: a moment
        self._weekday0 = self._weekday[_OFF:_OFF + WINDOW_DAYS]
        self.t_customer = RowBuffer(m.Customer)
        # in the row's order; False as 0: sqlite3 binds an int as it is, a bool only after
        # looking for an adapter (so do None's: a few of them cannot be helped)
        self._customer_defaults = {name: int(value) if type(value) is bool else value
                                   for name, value in self.t_customer.defaults}
        self._customer_tuple = itemgetter(*self._customer_defaults)
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
        self.t_satisfaction = RowBuffer(m.SatisfactionRecord, (
            "id", "customer", "recorded_on", "subject", "purchase", "complaint", "rating",
            "score", "recommend", "comment", "staff", "created_at"))
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

    def pick(self, weighted: _Weighted) -> Any:
        """A weighted draw: `rng.choices(values, cum_weights=cum)[0]` without its checks."""
        values, cum, total, last = weighted
        return values[bisect(cum, self.rng.random() * total, 0, last)]

    def shop_secs(self) -> int:
        """A second of the shop's hours: randrange(10:00, 21:30)."""
        return OPEN + int(self.rng.random() * OPEN_FOR)

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
        catalogue: dict[str, list[tuple[str, str, str, str]]] = {"f": [], "m": []}
        used: set[str] = set()
        for name, prefix, audience in W.PRODUCTS:
            for _ in range(rng.randint(2, 5)):
                code = f"{prefix}-{rng.randrange(1000, 10000)}"
                while code in used:
                    code = f"{prefix}-{rng.randrange(1000, 10000)}"
                used.add(code)
                for who in ("f", "m"):
                    if audience in ("u", who):
                        catalogue[who].append((name, code, f"{name} ×1", f"{name} ×2"))
        self.catalogue = catalogue
        self.leap_years = [y for y in sorted(W.LUNAR_LEAP_MONTHS)
                           if 18 <= self.today.year - y <= 75]

    # ------------------------------------------------------------------ the run
    def build(self) -> dict[str, int]:
        db = self.db
        db.execute_sql("PRAGMA journal_mode=MEMORY")  # fresh scratch file: see module doc
        db.execute_sql("PRAGMA synchronous=OFF")
        db.execute_sql("PRAGMA cache_size=-200000")  # 200 MB while the book is written
        # Every key the generator writes points at a row it wrote before (ids are its own;
        # tests/core/test_sample_shop.py runs foreign_key_check), so SQLite need not look
        # up the customer and the staff member of each of ten million purchases.
        db.execute_sql("PRAGMA foreign_keys=OFF")  # outside a transaction, or it is a no-op
        with db.atomic():
            self._setup()
            later = self._defer_indexes()
            self._rows()
            # Each index built once, from sorted rows; SQLite may sort on helper threads
            # (a second core takes half of a big sort; the result is the same).
            db.execute_sql("PRAGMA threads=2")
            for statement in later:
                db.execute_sql(statement)
            db.execute_sql("PRAGMA threads=0")
            db.execute_sql("UPDATE schema_version SET upgraded_at = ?",
                           (str(self.now),))
        db.execute_sql("PRAGMA foreign_keys=ON")

        search.rebuild_index()
        db.execute_sql("PRAGMA analysis_limit=1000")
        db.execute_sql("ANALYZE")
        db.execute_sql("PRAGMA journal_mode=WAL")
        db.execute_sql("PRAGMA synchronous=FULL")
        self._tick(self.n + 1, self.n + 1)
        return {"customers": self.t_customer.count, "phones": self.t_phone.count,
                "staff": len(W.STAFF), "tags": len(W.TAGS),
                "customer_tags": self.t_tag.count, "purchases": self.t_purchase.count,
                "contacts": self.t_contact.count, "complaints": self.t_complaint.count,
                "satisfaction_records": self.t_satisfaction.count,
                "reminders": self.t_reminder.count}

    def _rows(self) -> None:
        """Every customer with their history, then the walk-in complaints, written a few
        thousand customers at a time."""
        rng, n = self.rng, self.n
        # Customers are numbered in the order they first came in: existing customers
        # of the shop early in the window, new ones all through it.
        firsts = sorted(rng.uniform(0, 90) if rng.random() < 0.5
                        else rng.uniform(0, WINDOW_DAYS - 1) for _ in range(n))
        total = n + 1
        step = max(1, n // 200)
        customer = self._customer
        purchases = self.t_purchase.rows
        for cid in range(1, n + 1):
            customer(cid, int(firsts[cid - 1]))
            if cid % step == 0:
                if len(purchases) >= _ROWS_PER_FLUSH:
                    self._flush()
                    purchases = self.t_purchase.rows
                self._tick(cid, total)
        customer_complaints = self.t_complaint.count + len(self.t_complaint.rows)
        walk_ins = max(2, round(n * 0.001), 5 - customer_complaints)
        for _ in range(walk_ins * 3):  # a few stages may not fit; try again
            walk_ins -= self._complaint(None, 0, [], None, "")
            if walk_ins == 0:
                break
        self._flush()

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
        """Write the queued rows (parents first: the FK order), many rows a statement.

        Why not `executemany` of the one-row INSERT (RowBuffer.flush): sqlite3 then does
        per row what costs most — reset the statement, bind, let go of the GIL and take
        it back around the step — and SQLite reopens its cursors each time. With a few
        hundred rows in one `INSERT … VALUES (…), (…), …` the same rows cost ~35 % less
        (1,000,000 purchases: 2.2 → 1.5 s)."""
        connection = self.db.connection()
        limit = connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
        for table in self.tables:
            rows = table.rows
            if not rows:
                continue
            table.rows = []
            table.count += len(rows)
            if table.tail:
                rows = [r + table.tail for r in rows]
            width = len(rows[0])
            per = max(1, min(_ROWS_PER_INSERT, limit // width))
            whole = len(rows) // per
            if whole and per > 1:
                head, one = table.sql.rsplit(" VALUES ", 1)
                many = f"{head} VALUES {', '.join([one] * per)}"
                cells = list(chain.from_iterable(rows[:whole * per]))
                step = per * width
                connection.executemany(many, [cells[i:i + step]
                                              for i in range(0, len(cells), step)])
                rows = rows[whole * per:]
            if rows:
                connection.executemany(table.sql, rows)

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
        # Window days 0 .. WINDOW_DAYS - 1 (the purchases'): who works, and as a set.
        self._duty = [(w, frozenset(w)) for w in self._working[_OFF:_OFF + WINDOW_DAYS]]
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

        purchases, interval, total = self._purchases(cid, first_day, who, favourite)
        visits = self._contacts(cid, first_day, purchases, total, row, favourite)
        count = len(purchases)
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
            row["accepts_promotions"] = 1
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
        self._add_customer(row)

        self._phones(cid)
        self._tags(cid, age, who, rank, purchases)
        if count and rnd() < 0.025:
            self._complaint(cid, first_day, purchases, favourite, name)
        if count and rnd() < 0.30:
            self._satisfaction(cid, purchases, favourite)
        self._reminders(cid, name, row, purchases, interval, favourite)

    def _add_customer(self, row: dict[str, Any]) -> None:
        """Queue a customer given by field name, the others at their defaults: what
        `RowBuffer.add_kw` does, without its Python loop over the 47 fields. (A field
        whose default is computed and left unset reaches sqlite3 as a marker it refuses.)"""
        fields = self._customer_defaults
        values = {**fields, **row}
        if len(values) != len(fields):
            raise RuntimeError(f"not a customer's field: {row.keys() - fields.keys()}")
        self.t_customer.rows.append(self._customer_tuple(values))
