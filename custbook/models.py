"""What the customer book stores: the one place that says it.

Conventions, so every later module can rely on them:
- money is integer cents (`*_cents`), never float;
- dates are `date`, moments are naive local `datetime` (a shop lives in one time zone);
- a lunar birthday is kept as lunar month/day/leap and converted per year, never
  stored as one solar date;
- enumerations are short English codes (`"call"`, `"satisfied"`); their display
  names live in `custbook.vocab`, translated;
- every table that a person edits has `created_at`/`updated_at`, and customers carry
  a `version` so a later multi-PC setup can detect a conflicting save.

The models are bound to `database`, a proxy that `custbook.db.open_book` points at
the chosen SQLite file (or, later, a PostgreSQL server).
"""
from __future__ import annotations

import datetime as dt

from peewee import (
    BigIntegerField,
    BlobField,
    BooleanField,
    CharField,
    CompositeKey,
    DatabaseProxy,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Metadata,
    Model,
    SmallIntegerField,
    SqliteDatabase,
    SQL,
    TextField,
)
from custbook import clock

database = DatabaseProxy()
_bound = [0]  # how many times `database` was pointed at a book (or at none)


@database.attach_callback
def _count_binding(_book: object) -> None:
    _bound[0] += 1


def generation() -> int:
    """A number that changes whenever `database` is pointed at a (possibly other) book.

    Caches keyed on it never serve another book; it lives here, beside the proxy, so
    that settings and the search index can use it without importing the opener (db).
    """
    return _bound[0]


def _now() -> dt.datetime:
    return clock.now_seconds()


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class SchemaVersion(BaseModel):
    """One row: the schema version of this book, for the migration runner."""

    version = IntegerField()
    app_version = CharField(max_length=32, default="")
    upgraded_at = DateTimeField(default=_now)


class Setting(BaseModel):
    """Shop settings as key/value text; `custbook.settings` gives them types and defaults."""

    key = CharField(max_length=64, primary_key=True)
    value = TextField(default="")


class Staff(BaseModel):
    """A person who serves customers; named on purchases, contacts and complaints."""

    name = CharField(max_length=80, unique=True)
    role = CharField(max_length=80, default="")
    phone = CharField(max_length=40, default="")
    active = BooleanField(default=True)
    created_at = DateTimeField(default=_now)


class Tier(BaseModel):
    """A membership tier (e.g. 普通, 银卡, 金卡); `rank` orders them, higher is better."""

    name = CharField(max_length=40, unique=True)
    rank = IntegerField(default=0)
    min_spend_cents = IntegerField(default=0)
    # --- schema 3 (custbook.shop.words, custbook.shop.tier_rules)
    # Declared DEFAULTs: SQLite adds such columns in place. A column added without one
    # makes the migrator rebuild the table, and dropping the old `tier` would set every
    # customer's tier to NULL through the foreign key (ON DELETE SET NULL).
    key = CharField(max_length=20, default="", constraints=[SQL("DEFAULT ''")])  # built-in, translated; "" once renamed
    color = CharField(max_length=9, default="", constraints=[SQL("DEFAULT ''")])
    rule_on = BooleanField(default=False, constraints=[SQL("DEFAULT FALSE")])  # spent >= min_spend_cents or rule_visits in 12 months
    rule_visits = IntegerField(default=0, constraints=[SQL("DEFAULT 0")])


class Customer(BaseModel):
    """A customer card: the basic profile, the personal profile and running figures."""

    # --- basic profile
    name = CharField(max_length=120, index=True)
    gender = CharField(max_length=8, default="")  # "", "female", "male", "other"
    ethnicity = CharField(max_length=40, default="")
    # Birthday: month/day in the calendar named by birthday_calendar ("solar"/"lunar"/"").
    birthday_calendar = CharField(max_length=8, default="")
    birthday_month = SmallIntegerField(null=True)
    birthday_day = SmallIntegerField(null=True)
    birthday_leap = BooleanField(default=False)  # lunar leap month (闰月)
    birth_year = SmallIntegerField(null=True)
    birth_year_estimated = BooleanField(default=False)  # from an "about 35" age
    wechat_id = CharField(max_length=64, default="", index=True)
    email = CharField(max_length=254, default="")
    address = TextField(default="")
    clothing_size = CharField(max_length=20, default="")
    shoe_size = CharField(max_length=20, default="")
    description = TextField(default="")
    # --- personal profile: what wins loyalty
    occupation = CharField(max_length=120, default="")
    work_situation = TextField(default="")
    family = TextField(default="")
    personality = TextField(default="")
    spending_habits = TextField(default="")
    style_preferences = TextField(default="")
    hobbies = TextField(default="")
    lifestyle = TextField(default="")
    service_preference = TextField(default="")  # how they like to be served
    contact_preference = CharField(max_length=20, default="")  # "call", "wechat", ...
    contact_preference_note = TextField(default="")
    accepts_promotions = BooleanField(default=False)
    promotions_consent_on = DateField(null=True)  # when that yes/no was given
    personal_values = TextField(default="")
    interest_topics = TextField(default="")
    # --- relationship with the shop
    referred_by = ForeignKeyField("self", null=True, backref="referrals", on_delete="SET NULL")
    source = CharField(max_length=80, default="")  # see custbook.vocab.sources()
    tier = ForeignKeyField(Tier, null=True, backref="customers", on_delete="SET NULL")
    member_since = DateField(null=True)
    # --- running figures, kept by custbook.customers.customers so lists sort fast at 100k rows
    first_purchase_on = DateField(null=True)
    last_purchase_on = DateField(null=True, index=True)
    last_visit_on = DateField(null=True, index=True)  # purchase or in-store visit
    purchase_count = IntegerField(default=0)
    total_spent_cents = IntegerField(default=0, index=True)
    # --- bookkeeping
    created_at = DateTimeField(default=_now, index=True)
    updated_at = DateTimeField(default=_now)
    version = IntegerField(default=1)  # bumped on every save: detects conflicting edits
    deleted_at = DateTimeField(null=True, index=True)  # in the trash when set
    tier_by_hand = BooleanField(null=True)  # schema 3: set by hand; the tier rule never lowers it


class CustomerPhone(BaseModel):
    """One of a customer's phone numbers, normalised for matching and search."""

    customer = ForeignKeyField(Customer, backref="phones", on_delete="CASCADE")
    number = CharField(max_length=40)  # E.164: +8613812345678, +8657187654321
    digits = CharField(max_length=32, index=True)  # national digits only, for search
    label = CharField(max_length=20, default="mobile")  # mobile, home, work, other
    is_primary = BooleanField(default=False)


class CustomerPhoto(BaseModel):
    """A customer's photo, scaled before storing; kept apart so lists stay light."""

    customer = ForeignKeyField(Customer, backref="photo_rows", on_delete="CASCADE", unique=True)
    image = BlobField()
    mime = CharField(max_length=32, default="image/jpeg")
    updated_at = DateTimeField(default=_now)


class Tag(BaseModel):
    """A label a shop gives customers (VIP, 老客户, 喜欢丝绸 …)."""

    name = CharField(max_length=40, unique=True)
    color = CharField(max_length=9, default="")


class CustomerTag(BaseModel):
    customer = ForeignKeyField(Customer, backref="tag_links", on_delete="CASCADE")
    tag = ForeignKeyField(Tag, backref="customer_links", on_delete="CASCADE")

    class Meta:
        indexes = ((("customer", "tag"), True), (("tag",), False))


class Purchase(BaseModel):
    """What a customer bought on a day and what they paid."""

    # NULL only after a privacy erase (custbook.safety.privacy): the sale stays in the shop's totals.
    customer = ForeignKeyField(Customer, null=True, backref="purchases", on_delete="CASCADE")
    purchased_on = DateField(index=True)
    items = TextField(default="")  # what was bought, as the shop writes it
    product_codes = CharField(max_length=200, default="")
    amount_cents = IntegerField(default=0)
    staff = ForeignKeyField(Staff, null=True, backref="purchases", on_delete="SET NULL")
    note = TextField(default="")
    created_at = DateTimeField(default=_now)

    class Meta:
        indexes = ((("customer", "purchased_on"), False),)


class ContactEntry(BaseModel):
    """One contact with a customer: a call, a WeChat message, a visit, a gift, a card …"""

    customer = ForeignKeyField(Customer, backref="contacts", on_delete="CASCADE")
    contacted_at = DateTimeField(index=True)
    kind = CharField(max_length=16)  # call, wechat, sms, visit, gift, card, letter, other
    staff = ForeignKeyField(Staff, null=True, backref="contacts", on_delete="SET NULL")
    summary = TextField(default="")
    outcome = TextField(default="")
    created_at = DateTimeField(default=_now)

    class Meta:
        indexes = ((("customer", "contacted_at"), False),)


class ComplaintCategory(BaseModel):
    """An editable list: quality, service attitude, delivery, price, other …"""

    name = CharField(max_length=60, unique=True)
    sort_order = IntegerField(default=0)
    active = BooleanField(default=True)
    key = CharField(max_length=20, default="", constraints=[SQL("DEFAULT ''")])  # schema 3: built-in, translated


class Complaint(BaseModel):
    """A complaint and its service-recovery steps, one column group per step.

    Steps are columns rather than rows because the reports add them up (share of
    promises kept, total compensation) and every complaint has the same eight steps.
    `status` is derived from the steps by `custbook.complaints` and stored so lists
    can filter on it.
    """

    customer = ForeignKeyField(Customer, null=True, backref="complaints", on_delete="CASCADE")
    walk_in_name = CharField(max_length=120, default="")  # when there is no card (yet)
    walk_in_phone = CharField(max_length=40, default="")
    received_at = DateTimeField(index=True)
    channel = CharField(max_length=16, default="in_store")  # in_store, phone, wechat, online, other
    purchase = ForeignKeyField(Purchase, null=True, backref="complaints", on_delete="SET NULL")
    category = ForeignKeyField(ComplaintCategory, null=True, backref="complaints",
                               on_delete="SET NULL")
    severity = SmallIntegerField(default=2)  # 1 minor, 2 moderate, 3 serious
    customer_words = TextField(default="")
    staff = ForeignKeyField(Staff, null=True, backref="complaints", on_delete="SET NULL")
    status = CharField(max_length=20, default="new", index=True)  # 20 since schema 2
    first_response_at = DateTimeField(null=True)
    # 1. listen and empathise
    listen_notes = TextField(default="")
    listen_by = ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    listen_at = DateTimeField(null=True)
    # 2. apologise
    apology_given = BooleanField(null=True)
    apology_words = TextField(default="")
    apology_by = ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    apology_at = DateTimeField(null=True)
    # 3. cause
    cause = TextField(default="")
    fault = CharField(max_length=16, default="")  # shop, supplier, customer, shared, unknown
    cause_by = ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    cause_at = DateTimeField(null=True)
    # 4. remedy
    remedy = TextField(default="")
    remedy_accepted = BooleanField(null=True)
    remedy_by = ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    remedy_at = DateTimeField(null=True)
    # 5. compensation
    compensation_kind = CharField(max_length=16, default="")  # refund, replacement, repair, gift, voucher, discount, other
    compensation_cents = IntegerField(default=0)
    compensation_by = ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    compensation_at = DateTimeField(null=True)
    # 6. promise
    promise = TextField(default="")
    promise_due = DateField(null=True, index=True)
    promise_kept = BooleanField(null=True)  # None: not yet known
    promise_settled_at = DateTimeField(null=True)
    promise_by = ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    # 7. result
    result = CharField(max_length=16, default="")  # satisfied, neutral, dissatisfied
    result_comment = TextField(default="")
    result_by = ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    result_at = DateTimeField(null=True)
    # 8. follow-up
    follow_up_on = DateField(null=True)
    follow_up_outcome = TextField(default="")
    follow_up_by = ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    follow_up_at = DateTimeField(null=True)
    closed_at = DateTimeField(null=True)
    reopened_count = IntegerField(default=0)
    # Each reopening, with the result and follow-up it set aside, one dated line each.
    reopen_notes = TextField(default="")
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)


class Reminder(BaseModel):
    """Something to do for a customer (or the shop) on a day, maybe repeating.

    Recurrence: `repeat` is none, days, weeks, months, monthly_weekday (the
    `repeat_nth` `repeat_weekday` of the month), yearly (solar `due_on` month/day)
    or yearly_lunar (`lunar_month`/`lunar_day`/`lunar_leap`). Reminders made by an
    automatic rule carry `rule` and a `rule_key` that is unique, so running the
    rules again never makes a second copy.
    """

    customer = ForeignKeyField(Customer, null=True, backref="reminders", on_delete="CASCADE")
    title = CharField(max_length=200)
    kind = CharField(max_length=20, default="custom")  # follow_up, birthday, anniversary, holiday, complaint, repurchase, visit, slipping, custom
    due_on = DateField(index=True)
    due_time = CharField(max_length=5, default="")  # "HH:MM" local, or "" for all day
    lead_days = SmallIntegerField(default=0)  # show it this many days ahead
    notes = TextField(default="")
    repeat = CharField(max_length=20, default="none")
    repeat_interval = SmallIntegerField(default=1)
    repeat_weekday = SmallIntegerField(null=True)  # 0 = Monday
    repeat_nth = SmallIntegerField(null=True)  # 1..4, or -1 for the last
    lunar_month = SmallIntegerField(null=True)
    lunar_day = SmallIntegerField(null=True)
    lunar_leap = BooleanField(default=False)
    rule = CharField(max_length=30, default="")  # which automatic rule made it, "" if by hand
    rule_key = CharField(max_length=120, null=True, unique=True)
    purchase = ForeignKeyField(Purchase, null=True, backref="reminders", on_delete="CASCADE")
    complaint = ForeignKeyField(Complaint, null=True, backref="reminders", on_delete="CASCADE")
    staff = ForeignKeyField(Staff, null=True, backref="reminders", on_delete="SET NULL")
    done_at = DateTimeField(null=True, index=True)  # for one-off reminders
    done_by = ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    outcome = TextField(default="")
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)
    # --- the schedule, kept by custbook.calendar.reminder_schedule so the agenda is one indexed
    # query at 100,000 customers: `pending_on` is the occurrence waiting to be done,
    # `next_on` the day it shows (a snooze moves it), `show_on` = next_on - lead_days;
    # all three are None once the reminder (or series) is finished.
    repeat_until = DateField(null=True)  # a series ends after this day
    feb29_on = CharField(max_length=8, default="")  # "" the book's setting, feb28, mar1, omit
    # MMDD (lunar MMDD if lunar) of a plain yearly series: every year, no end, not 29 Feb
    year_day = SmallIntegerField(null=True)
    pending_on = DateField(null=True)
    next_on = DateField(null=True)
    show_on = DateField(null=True, index=True)
    result = CharField(max_length=16, default="")  # reached, not_reached, call_back, dismissed…

    class Meta:
        indexes = ((("next_on", "kind"), False), (("rule", "pending_on"), False),
                   (("customer", "rule", "pending_on"), False), (("repeat", "year_day"), False))


# The agenda's "shown lead days ahead" (show_on <= today < next_on): only the few reminders
# shown before their day, not every reminder of the past (schema step 6).
Reminder.add_index(Reminder.index(Reminder.show_on, name="reminder_show_on_early")
                   .where(Reminder.show_on < Reminder.next_on))


class ReminderDone(BaseModel):
    """One occurrence of a repeating reminder marked done (the series goes on)."""

    reminder = ForeignKeyField(Reminder, backref="done_occurrences", on_delete="CASCADE")
    occurrence_on = DateField()
    done_at = DateTimeField(default=_now, index=True)
    done_by = ForeignKeyField(Staff, null=True, on_delete="SET NULL", backref="+")
    outcome = TextField(default="")
    result = CharField(max_length=16, default="")  # reached, not_reached, call_back, skipped

    class Meta:
        indexes = ((("reminder", "occurrence_on"), True),)


class SatisfactionRecord(BaseModel):
    """How satisfied a customer said they were, after a purchase, a call or a complaint."""

    customer = ForeignKeyField(Customer, null=True, backref="satisfaction", on_delete="CASCADE")
    recorded_on = DateField(index=True)
    subject = CharField(max_length=16, default="purchase")  # purchase, follow_up, complaint, other
    purchase = ForeignKeyField(Purchase, null=True, backref="satisfaction", on_delete="SET NULL")
    complaint = ForeignKeyField(Complaint, null=True, backref="satisfaction", on_delete="SET NULL")
    rating = CharField(max_length=16)  # satisfied, neutral, dissatisfied
    score = SmallIntegerField(null=True)  # optional 1..5
    recommend = SmallIntegerField(null=True)  # optional 0..10 ("would you recommend us")
    comment = TextField(default="")
    staff = ForeignKeyField(Staff, null=True, backref="satisfaction", on_delete="SET NULL")
    created_at = DateTimeField(default=_now)


class CustomerSearch(BaseModel):
    """The search index: one narrow row per customer, so search as you type scans little.

    `keys` holds the customer's normalised name, pinyin, phone digits, WeChat ID and
    notes, written by `custbook.customers.search`; `last_visit_on` and `in_trash` are copies of
    the customer's, kept by SQL triggers, so ranking and the trash need no join;
    `stale` is set by triggers when a customer changes behind `custbook.customers.search`'s back
    (the next search re-indexes it). See docs/search.md.
    """

    customer = ForeignKeyField(Customer, primary_key=True, backref="+", on_delete="CASCADE")
    keys = TextField(default="")
    last_visit_on = DateField(null=True)
    in_trash = BooleanField(default=False)
    stale = BooleanField(default=False)

    class Meta:
        indexes = ((("in_trash", "last_visit_on"), False), (("stale",), False))


class _WithoutRowidOnSqlite(Metadata):
    """Table options for a table that is its key: WITHOUT ROWID on SQLite only (PostgreSQL
    has no such option), decided by the database the model is bound to at creation."""

    @property
    def without_rowid(self) -> bool:
        return isinstance(getattr(self.database, "obj", self.database), SqliteDatabase)

    @without_rowid.setter
    def without_rowid(self, value: bool) -> None:
        pass


class CustomerSearchPiece(BaseModel):
    """Every 1- and 2-character piece of a customer's search keys, with its tier.

    So that a query of one or two characters (张, zs, 56) reads only its matches instead
    of scanning every customer's keys; written with the keys by
    `custbook.customers.search_pieces` (see there and docs/search.md). The key is the
    whole row (WITHOUT ROWID on SQLite); `customer_id` is a plain number, not a foreign
    key: deleting a customer leaves its keys in `CustomerSearchGone` instead.
    """

    piece = TextField()
    tier = SmallIntegerField()
    customer_id = IntegerField()

    class Meta:
        primary_key = CompositeKey("piece", "tier", "customer_id")
        model_metadata_class = _WithoutRowidOnSqlite


class CustomerSearchGone(BaseModel):
    """The keys of deleted search rows, until their pieces are deleted (by a trigger)."""

    customer_id = IntegerField()
    keys = TextField()


class MergeRecord(BaseModel):
    """Two cards merged into one, with what is needed to undo it (`custbook.customers.merge`).

    The customer ids are plain numbers, not foreign keys: the record outlives an
    emptied trash (undo then explains that it is no longer possible).
    """

    merged_at = DateTimeField(default=_now, index=True)
    kept_id = IntegerField()
    dropped_id = IntegerField()
    kept_name = CharField(max_length=120)
    dropped_name = CharField(max_length=120)
    undo_data = TextField()  # JSON written and read only by custbook.customers.merge
    undone_at = DateTimeField(null=True)


class AuditEntry(BaseModel):
    """One change to a customer: who (staff), when, which field, from what to what.

    Written by `custbook.safety.audit` inside the transaction of the change it describes.
    `customer_name` is a copy so an entry still reads after the trash is emptied
    (the foreign key then becomes NULL); a privacy erase deletes the person's entries.
    """

    customer = ForeignKeyField(Customer, null=True, backref="audit_entries", on_delete="SET NULL")
    customer_name = CharField(max_length=120, default="")
    staff = ForeignKeyField(Staff, null=True, backref="+", on_delete="SET NULL")
    at = DateTimeField(default=_now, index=True)
    action = CharField(max_length=20)  # see custbook.safety.audit.ACTIONS
    field = CharField(max_length=40, default="")
    old_value = TextField(default="")
    new_value = TextField(default="")

    class Meta:
        indexes = ((("customer", "at"), False),)


class ImportBatch(BaseModel):
    """One import of a customer list, kept so it can be undone as a whole.

    `created_ids` is a JSON list of the customers the import added; `previous` is a
    JSON object {customer id: the card's fields and phones before the import} for the
    customers it updated. Undo (custbook.exchange.importer.undo_import) deletes the first
    and puts the second back, then sets `undone_at`.
    """

    file_name = CharField(max_length=260, default="")
    imported_at = DateTimeField(default=_now, index=True)
    created_count = IntegerField(default=0)
    updated_count = IntegerField(default=0)
    created_ids = TextField(default="[]")
    previous = TextField(default="{}")
    undone_at = DateTimeField(null=True)


class Member(BaseModel):
    """A customer's member number (card number), unique in the book (`custbook.membership`).

    The owner may keep the numbers of an old system; new members get one made up
    from their id. A USB scanner types it into search and the card opens.
    """

    customer = ForeignKeyField(Customer, unique=True, backref="+", on_delete="CASCADE")
    number = CharField(max_length=40, unique=True)
    opened_on = DateField(null=True)
    created_at = DateTimeField(default=_now)


class MemberAccount(BaseModel):
    """One balance of a member, kept beside the ledger in the same transaction.

    `kind`: "value" (stored value, cents), "points", or "visits" (one count card, e.g.
    洗剪吹10次卡: `name`, `bought` visits, `price_cents` paid, `expires_on`). `serial` is
    0 for value and points (one account each per customer: unique) and NULL for count
    cards (a customer may hold several). `customer` becomes NULL after a privacy erase:
    the money owed stays in the figures.
    """

    customer = ForeignKeyField(Customer, null=True, backref="+", on_delete="SET NULL")
    kind = CharField(max_length=8)
    serial = IntegerField(null=True)
    name = CharField(max_length=80, default="")
    balance = BigIntegerField(default=0)
    bought = IntegerField(default=0)
    price_cents = BigIntegerField(default=0)
    expires_on = DateField(null=True, index=True)
    opened_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)

    class Meta:
        indexes = ((("customer", "kind", "serial"), True), (("kind", "balance"), False))


class MemberEntry(BaseModel):
    """One line of a member's append-only ledger; corrected by a reversal, never edited.

    `amount` is signed (cents, points or visits), with the balance before and after;
    `cash_cents` is the money actually received (a top-up "充 500 送 100" gives 60,000
    cents of value for 50,000 in cash). `reverses` points at the entry a reversal undoes
    (unique: an entry is reversed at most once).
    """

    customer = ForeignKeyField(Customer, null=True, backref="+", on_delete="SET NULL")
    account = ForeignKeyField(MemberAccount, backref="entries", on_delete="CASCADE")
    kind = CharField(max_length=8)
    action = CharField(max_length=12)
    amount = BigIntegerField()
    balance_before = BigIntegerField()
    balance_after = BigIntegerField()
    cash_cents = BigIntegerField(default=0)
    purchase = ForeignKeyField(Purchase, null=True, backref="+", on_delete="SET NULL")
    staff = ForeignKeyField(Staff, null=True, backref="+", on_delete="SET NULL")
    note = TextField(default="")
    reverses = ForeignKeyField("self", null=True, unique=True, backref="+", on_delete="SET NULL")
    at = DateTimeField(default=_now)

    class Meta:
        # The last one covers the period figures (custbook.membership.figures.period): a
        # year of a 2,000,000-entry ledger is read from the index alone.
        indexes = ((("customer", "at"), False), (("account", "at"), False),
                   (("at", "kind", "action", "amount", "cash_cents", "reverses"), False))


class MemberImport(BaseModel):
    """Opening balances imported from another membership system, kept so it can be undone.

    `batch` is the customer import (ImportBatch) that made or matched the cards;
    `entries` a JSON list of the opening entries written, `members` of the member-number
    rows added. Undo reverses the entries (the ledger stays append-only), removes the
    numbers, then undoes the customer import (custbook.membership.opening).
    """

    batch = ForeignKeyField(ImportBatch, null=True, backref="+", on_delete="SET NULL")
    file_name = CharField(max_length=260, default="")
    imported_at = DateTimeField(default=_now)
    members_count = IntegerField(default=0)
    entries = TextField(default="[]")
    members = TextField(default="[]")
    undone_at = DateTimeField(null=True)


# --- schema step 5: messages, the people around a customer, the shop's own fields, files

class MessageQueue(BaseModel):
    """A list of customers to send one kind of message to, stepped through one by one
    (`custbook.messages.queues`); where it stopped is its first item still pending."""

    name = CharField(max_length=120)
    kind = CharField(max_length=20, default="custom")  # custbook.messages.message_templates.KINDS
    template_key = CharField(max_length=40, default="")
    channel = CharField(max_length=8, default="wechat")  # wechat, sms
    created_at = DateTimeField(default=_now, index=True)
    finished_at = DateTimeField(null=True)


class MessageQueueItem(BaseModel):
    """One person's message in a queue: pending, sent, skipped, or excluded (with why)."""

    queue = ForeignKeyField(MessageQueue, backref="items", on_delete="CASCADE")
    customer = ForeignKeyField(Customer, null=True, backref="+", on_delete="CASCADE")
    position = IntegerField()
    name = CharField(max_length=120, default="")
    phone = CharField(max_length=40, default="")
    text = TextField(default="")
    status = CharField(max_length=12, default="pending")
    reason = TextField(default="")
    done_at = DateTimeField(null=True)

    class Meta:
        indexes = ((("queue", "status", "position"), False),)


class CustomerRelation(BaseModel):
    """A family member or other person around a customer (`custbook.customers.relations`);
    `linked` is their own card when they are a customer too (the other card has the
    reverse relation). A birthday is kept like a customer's: solar or lunar month/day."""

    customer = ForeignKeyField(Customer, backref="relations", on_delete="CASCADE")
    name = CharField(max_length=120, default="")
    relation = CharField(max_length=16, default="other")  # spouse, child, parent, sibling, friend, other
    linked = ForeignKeyField(Customer, null=True, backref="+", on_delete="SET NULL")
    birthday_calendar = CharField(max_length=8, default="")
    birthday_month = SmallIntegerField(null=True)
    birthday_day = SmallIntegerField(null=True)
    birthday_leap = BooleanField(default=False)
    birth_year = SmallIntegerField(null=True)
    phone = CharField(max_length=40, default="")
    phone_digits = CharField(max_length=32, default="", index=True)
    note = TextField(default="")
    remind = BooleanField(default=True)  # a yearly birthday reminder on the customer's calendar
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now, index=True)  # the rules look at what changed


class CustomerAnniversary(BaseModel):
    """A day a customer keeps each year: wedding, first visit, membership, or any named day."""

    customer = ForeignKeyField(Customer, backref="anniversaries", on_delete="CASCADE")
    kind = CharField(max_length=16, default="other")  # wedding, first_visit, membership, other
    name = CharField(max_length=80, default="")
    calendar = CharField(max_length=8, default="solar")  # solar, lunar
    month = SmallIntegerField()
    day = SmallIntegerField()
    leap = BooleanField(default=False)
    year = SmallIntegerField(null=True)
    note = TextField(default="")
    remind = BooleanField(default=True)
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now, index=True)


class CustomField(BaseModel):
    """A field the shop adds to every card (`custbook.customers.custom_fields`)."""

    name = CharField(max_length=60, unique=True)
    kind = CharField(max_length=8, default="text")  # text, number, date, bool, choice
    choices = TextField(default="")  # for "choice": one per line
    heading = CharField(max_length=60, default="")  # the group it shows under on the card
    sort_order = IntegerField(default=0)
    in_list = BooleanField(default=False)  # a column of the customer list
    created_at = DateTimeField(default=_now)


class CustomFieldValue(BaseModel):
    """One customer's value of one custom field, as canonical text (number "12.5",
    date "2026-11-22", yes/no "1"/"0")."""

    customer = ForeignKeyField(Customer, backref="custom_values", on_delete="CASCADE")
    field = ForeignKeyField(CustomField, backref="values", on_delete="CASCADE")
    value = TextField(default="")

    class Meta:
        indexes = ((("customer", "field"), True),)


class Attachment(BaseModel):
    """A file on a customer's card or a complaint; its bytes are in `AttachmentBlob`, read
    only when opened, so lists and backups of the table stay light."""

    customer = ForeignKeyField(Customer, null=True, backref="attachments", on_delete="CASCADE")
    complaint = ForeignKeyField(Complaint, null=True, backref="attachments",
                                on_delete="CASCADE")
    file_name = CharField(max_length=260)
    mime = CharField(max_length=100, default="application/octet-stream")
    size = IntegerField(default=0)
    sha256 = CharField(max_length=64, default="")
    note = TextField(default="")
    thumbnail = BlobField(null=True)  # PNG, at most 160 px, for images
    added_at = DateTimeField(default=_now, index=True)


class AttachmentBlob(BaseModel):
    """The bytes of one attachment."""

    attachment = ForeignKeyField(Attachment, primary_key=True, backref="+",
                                 on_delete="CASCADE")
    data = BlobField()


# Creation order respects foreign keys; the migration runner and tests use it.
ALL_MODELS: list[type[BaseModel]] = [
    SchemaVersion, Setting, Staff, Tier, Customer, CustomerPhone, CustomerPhoto, Tag,
    CustomerTag, Purchase, ContactEntry, ComplaintCategory, Complaint, Reminder,
    ReminderDone, SatisfactionRecord, CustomerSearch, CustomerSearchPiece,
    CustomerSearchGone, MergeRecord,
    AuditEntry, ImportBatch, Member, MemberAccount, MemberEntry,
    MemberImport,
    MessageQueue, MessageQueueItem, CustomerRelation, CustomerAnniversary, CustomField,
    CustomFieldValue, Attachment, AttachmentBlob,
]
