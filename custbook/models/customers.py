"""The customer card: the profile, phones, photo, tags, and merges."""
from __future__ import annotations

from peewee import (
    BlobField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    SmallIntegerField,
    SQL,
    TextField,
)
from custbook.models.base import BaseModel, _now
from custbook.models.shop import Tier, Tag


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
    last_purchase_on = DateField(null=True)  # indexed with what Home filters by (step 12)
    last_visit_on = DateField(null=True, index=True)  # purchase or in-store visit
    purchase_count = IntegerField(default=0)
    total_spent_cents = IntegerField(default=0, index=True)
    # --- bookkeeping
    created_at = DateTimeField(default=_now, index=True)
    updated_at = DateTimeField(default=_now)
    version = IntegerField(default=1)  # bumped on every save: detects conflicting edits
    deleted_at = DateTimeField(null=True, index=True)  # in the trash when set
    tier_by_hand = BooleanField(null=True)  # schema 3: set by hand; the tier rule never lowers it
    # schema 9: what the customer spent before the book (an imported list's 累计消费 column),
    # in cents; counted with the purchases where a figure means "all they ever spent"
    prior_spend_cents = IntegerField(default=0, constraints=[SQL("DEFAULT 0")])
    company = CharField(max_length=120, default="", constraints=[SQL("DEFAULT ''")])  # schema 9


# Home's "slipping away" answered from the index alone (schema step 12); named, as
# peewee would shorten the name of four columns with a hash
Customer.add_index(Customer.last_purchase_on, Customer.deleted_at, Customer.purchase_count,
                   Customer.total_spent_cents, name="customer_last_purchase_on_figures")


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


class CustomerTag(BaseModel):
    customer = ForeignKeyField(Customer, backref="tag_links", on_delete="CASCADE")
    tag = ForeignKeyField(Tag, backref="customer_links", on_delete="CASCADE")

    class Meta:
        indexes = ((("customer", "tag"), True), (("tag",), False))


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
