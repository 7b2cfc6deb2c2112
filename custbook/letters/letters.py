"""Recommendation letters (推荐信): tell customers about what is new in what they care about.

The seed practice: when new products arrive, write to the customers whose interests
match, personally, by name, remembering what they bought. This module is the rule
half of that — who gets a letter and the note it leaves in each customer's contact
log; what the letter says (templates, merge fields, rendering one customer's letter)
is `custbook.letters.letter_templates`, and `custbook.paper.letters_pdf` puts the letters
on paper.

Who: customers (not in the trash) whose interests, hobbies or style preferences
mention a topic, or who carry a tag. A letter that recommends products is a
promotion, so only customers who agreed to promotions get one; the others are listed
as left out with the reason, and there is deliberately no override — a shop that
wants to write to them must ask them first and tick the box on their card. (A plain
service letter to one customer belongs in that customer's contact log, not here.)
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from peewee import JOIN, fn

from custbook import changes, clock, errors
from custbook.errors import ValidationError
from custbook.i18n import QT_TRANSLATE_NOOP

from custbook.letters.letter_templates import Letter, Recipient, Shop, Template, check_template, render
from custbook.models import (
    ContactEntry,
    Customer,
    CustomerTag,
    Purchase,
    Staff,
    Tag,
    Tier,
    database,
)
from custbook.shop import words

INTEREST_FIELDS = ("interest_topics", "hobbies", "style_preferences")
# Where one interest ends and the next begins, as shops type them (，、；/ and friends).
_SEPARATORS = re.compile(r"[,，、;；/|。．.\n\r\t·]+")
_CHUNK = 500
# A purchase's items as shops type them: "T恤 ×1、西装外套 ×2"; a letter names the pieces.
_ITEM_SEPARATORS = re.compile(r"[,，、;；\n]+")
_COUNT = re.compile(r"\s*[×xX*＊]\s*\d+\s*$")


# ------------------------------------------------------------------ who gets a letter

def normalise(text: str) -> str:
    """Text as topics are compared: NFKC (full-width ＴＥＡ is TEA), case-folded, spaces single."""
    return " ".join(unicodedata.normalize("NFKC", text or "").casefold().split())


def _is_cjk(text: str) -> bool:
    return any("\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in text)


def topic_pattern(topic: str) -> re.Pattern | None:
    """How a topic is found: Chinese anywhere inside (茶 in 喝茶, 品茶), other words at the
    start of a word (tea in "Tea ceremony", "teas", not in "steak"). None for nothing typed."""
    wanted = normalise(topic)
    if not wanted:
        return None
    if _is_cjk(wanted):
        return re.compile(re.escape(wanted))
    return re.compile(r"(?<![0-9a-z])" + re.escape(wanted))


@dataclass(frozen=True)
class Candidate:
    """A customer the topic or tag found, and whether a letter may go to them."""

    customer_id: int
    name: str
    matched: str  # where the topic was found, e.g. "Hobbies: 茶艺" ("" for a tag)
    eligible: bool
    reason: str  # why not, when not eligible


@dataclass
class Selection:
    """Who a topic or tag found: those who get a letter and those left out (with why)."""

    topic: str
    included: list[Candidate] = field(default_factory=list)
    excluded: list[Candidate] = field(default_factory=list)

    @property
    def all(self) -> list[Candidate]:
        return self.included + self.excluded


def _field_names() -> dict[str, str]:
    return {"interest_topics": QT_TRANSLATE_NOOP("Letters", "Interests"),
            "hobbies": QT_TRANSLATE_NOOP("Letters", "Hobbies"),
            "style_preferences": QT_TRANSLATE_NOOP("Letters", "Style")}


def consent_reason(accepts: bool, consent_on: dt.date | None) -> str:
    """Why a customer gets no promotional letter ("" when they agreed)."""
    if accepts:
        return ""
    if consent_on is not None:
        return QT_TRANSLATE_NOOP("Letters", "Said no to promotions on {day}").format(
            day=consent_on.isoformat())
    return QT_TRANSLATE_NOOP("Letters", "Has not agreed to promotions")


@dataclass(frozen=True)
class _Person:
    id: int
    name: str
    texts: tuple[str, str, str]  # the three interest fields as written
    keys: tuple[str, str, str]  # ... and normalised
    accepts: bool
    consent_on: dt.date | None
    joined: str  # the keys in one string, for a first quick test


class InterestIndex:
    """Every customer's interests in memory, to match topics as the user types.

    Built once by `interest_index` (one pass over the book: about a second at 100,000
    customers, so the window builds it off its thread) and then asked many times.
    """

    def __init__(self, people: list[_Person]):
        self.people = people

    def __len__(self) -> int:
        return len(self.people)

    def words(self, limit: int = 300) -> list[str]:
        """The interests customers actually have, the most common first (for completion)."""
        counts: Counter[str] = Counter()
        for person in self.people:
            for text in person.texts:
                for word in _SEPARATORS.split(text):
                    word = " ".join(word.split())
                    if 0 < len(word) <= 20:
                        counts[word] += 1
        return [w for w, _ in counts.most_common(limit)]

    def match(self, topic: str) -> Selection:
        """The customers whose interests, hobbies or style mention `topic`."""
        selection = Selection(topic=" ".join((topic or "").split()))
        pattern = topic_pattern(topic)
        if pattern is None:
            return selection
        names = _field_names()
        wanted = normalise(topic)
        # One cheap test on all three fields at once first: most people do not match.
        if _is_cjk(wanted):
            hit = lambda joined: wanted in joined
        else:
            hit = pattern.search
        for person in self.people:
            if not hit(person.joined):
                continue
            for key, text, column in zip(person.keys, person.texts, INTEREST_FIELDS):
                if key and pattern.search(key):
                    where = f"{names[column]}: {_phrase_with(text, pattern)}"
                    _add(selection, person.id, person.name, where, person.accepts,
                         person.consent_on)
                    break
        return selection


def _phrase_with(text: str, pattern: re.Pattern) -> str:
    """The interest phrase that holds the topic (茶艺 out of "瑜伽，茶艺，摄影")."""
    for phrase in _SEPARATORS.split(text):
        if pattern.search(normalise(phrase)):
            return " ".join(phrase.split())
    return " ".join(text.split())[:30]


def _add(selection: Selection, cid: int, name: str, matched: str, accepts: bool,
         consent_on: dt.date | None) -> None:
    reason = consent_reason(accepts, consent_on)
    candidate = Candidate(cid, name, matched, not reason, reason)
    (selection.excluded if reason else selection.included).append(candidate)


def interest_index(progress: Callable[[int, int], bool] | None = None) -> InterestIndex:
    """Read every customer (not in the trash) with any interest written down."""
    has_any = ((Customer.interest_topics != "") | (Customer.hobbies != "")
               | (Customer.style_preferences != ""))
    query = (Customer.select(Customer.id, Customer.name, Customer.interest_topics,
                             Customer.hobbies, Customer.style_preferences,
                             Customer.accepts_promotions, Customer.promotions_consent_on)
             .where(Customer.deleted_at.is_null() & has_any).order_by(Customer.name, Customer.id))
    total = query.count() if progress else 0
    people: list[_Person] = []
    for number, (cid, name, topics, hobbies, style, accepts, consent_on) in \
            enumerate(query.tuples().iterator(), start=1):
        texts = (topics or "", hobbies or "", style or "")
        keys = tuple(normalise(t) for t in texts)
        people.append(_Person(cid, name, texts, keys, bool(accepts), consent_on,
                              "\n".join(keys)))
        if progress and number % 5000 == 0 and not progress(number, total):
            raise errors.Cancelled()
    return InterestIndex(people)


def by_tag(tag_id: int) -> Selection:
    """The customers (not in the trash) who carry a tag."""
    tag = Tag.get_or_none(Tag.id == tag_id)
    selection = Selection(topic=tag.name if tag else "")
    if tag is None:
        return selection
    query = (Customer.select(Customer.id, Customer.name, Customer.accepts_promotions,
                             Customer.promotions_consent_on)
             .join(CustomerTag, on=(CustomerTag.customer == Customer.id))
             .where((CustomerTag.tag == tag_id) & Customer.deleted_at.is_null())
             .order_by(Customer.name, Customer.id))
    for cid, name, accepts, consent_on in query.tuples():
        _add(selection, cid, name, "", bool(accepts), consent_on)
    return selection


# ------------------------------------------------------------------ their letters

def recipients(customer_ids: Iterable[int]) -> dict[int, Recipient]:
    """The letter values of these customers, by id, read in a few queries per 500."""
    ids = list(dict.fromkeys(customer_ids))
    found: dict[int, Recipient] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        items: dict[int, list[str]] = {}
        latest = (Purchase.select(Purchase.customer, Purchase.items)
                  .join(Customer, on=(Customer.id == Purchase.customer))
                  .where(Purchase.customer.in_(chunk)
                         & (Purchase.purchased_on == Customer.last_purchase_on))
                  .order_by(Purchase.id))
        for cid, text in latest.tuples():
            for piece in _ITEM_SEPARATORS.split(text or ""):
                piece = " ".join(_COUNT.sub("", piece).split())
                if piece and piece not in items.setdefault(cid, []):
                    items[cid].append(piece)
        query = (Customer.select(Customer.id, Customer.name, Customer.gender, Customer.address,
                                 fn.COALESCE(Tier.name, ""), Customer.member_since,
                                 Customer.last_purchase_on)
                 .join(Tier, JOIN.LEFT_OUTER).where(Customer.id.in_(chunk)))
        tier_names = words.tier_labels()
        for cid, name, gender, address, tier, since, last in query.tuples():
            found[cid] = Recipient(cid, name, gender or "", address or "",
                                   tier_names.get(tier, tier), since, last,
                                   tuple(items.get(cid, ())))
    return {cid: found[cid] for cid in ids if cid in found}


def letters_for(customer_ids: Iterable[int], template: Template, shop: Shop,
                today: dt.date) -> list[Letter]:
    """The letters of these customers, in the given order (checked template only)."""
    check_template(template.subject, template.body)
    people = recipients(customer_ids)
    return [render(template, person, shop, today) for person in people.values()]


# ------------------------------------------------------------------ the contact log

@changes.reports(changes.CONTACTS, changes.CUSTOMERS)
def record_letters(customer_ids: Iterable[int], subject: str | dict[int, str],
                   staff_id: int | None = None, at: dt.datetime | None = None,
                   outcome: str = "") -> int:
    """Note one letter (kind "letter") in each customer's contact log, all in one
    transaction: either every customer has the entry or none has. Returns how many.

    `subject` is the log's summary: one text for all, or each customer's own (the
    subject as merged for them) by customer id.
    """
    ids = list(dict.fromkeys(customer_ids))
    default = QT_TRANSLATE_NOOP("Letters", "Recommendation letter")

    def summary(cid: int) -> str:
        text = subject.get(cid, "") if isinstance(subject, dict) else subject
        return " ".join((text or "").split()) or default

    when = (at or clock.now()).replace(microsecond=0)
    with database.atomic():
        if staff_id is not None and Staff.get_or_none(Staff.id == staff_id) is None:
            raise ValidationError("staff", QT_TRANSLATE_NOOP(
                "Contact", "That member of staff is no longer in the book."))
        known: set[int] = set()
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            known.update(cid for (cid,) in Customer.select(Customer.id)
                         .where(Customer.id.in_(chunk)).tuples())
        missing = [cid for cid in ids if cid not in known]
        if missing:
            raise ValidationError("customers", QT_TRANSLATE_NOOP(
                "Letters", "{n} of these customers are no longer in the book.").format(
                    n=len(missing)))
        rows = [{"customer": cid, "contacted_at": when, "kind": "letter", "staff": staff_id,
                 "summary": summary(cid), "outcome": outcome} for cid in ids]
        for start in range(0, len(rows), _CHUNK):
            ContactEntry.insert_many(rows[start:start + _CHUNK]).execute()
    return len(ids)


def print_and_record(path, letters: list[Letter], record: bool,
                     staff_id: int | None = None, address_block: bool = False,
                     progress: Callable[[int, int], bool] | None = None):
    """Write the letters' PDF and, only once it is written, note them in the contact log.

    A PDF that fails (or is cancelled) records nothing. Returns the written `LettersPdf`.
    """
    # start-up: the PDF's module brings reportlab's platypus, 0.15 s on a quiet PC (0.75 s
    # loaded; -X importtime): the window's Home and message counts read this module
    # (consent, recipients) before the first paint, and only printing needs the PDF.
    from custbook.paper.letters_pdf import write_letters

    written = write_letters(path, letters, address_block=address_block, progress=progress)
    if record:
        record_letters([letter.customer_id for letter in letters],
                       {letter.customer_id: letter.subject for letter in letters}, staff_id)
    return written
