"""Built-in words stored by key and shown in the reader's language.

Why: a tier or complaint category the book starts with ("Gold", "Product quality")
is the shop's word only once the owner renames it. Until then the row carries a
`key` and every screen, paper and export shows the word in the current language
(`custbook.i18n`), so a Chinese window never shows "Gold" unless someone typed it.
The stored `name` of a keyed row is the English word: it keeps names unique and is
what a reader without translations sees anyway.

Lists are tiny (a handful of rows), so `tier_labels()` / `category_labels()` read
the table once per call and callers that label many rows call them once.
"""
from __future__ import annotations

import json

from peewee import fn

from custbook import changes, settings, vocab
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.models import Complaint, ComplaintCategory, Customer, Tier, database


def builtin_tiers() -> dict[str, str]:
    """Built-in tier key -> its name in the current language (best last)."""
    return {"regular": QT_TRANSLATE_NOOP("Defaults", "Regular"),
            "silver": QT_TRANSLATE_NOOP("Defaults", "Silver"),
            "gold": QT_TRANSLATE_NOOP("Defaults", "Gold"),
            "diamond": QT_TRANSLATE_NOOP("Defaults", "Diamond")}


def builtin_categories() -> dict[str, str]:
    """Built-in complaint category key -> its name in the current language."""
    return {"quality": QT_TRANSLATE_NOOP("Defaults", "Product quality"),
            "service": QT_TRANSLATE_NOOP("Defaults", "Service attitude"),
            "delivery": QT_TRANSLATE_NOOP("Defaults", "Delivery"),
            "price": QT_TRANSLATE_NOOP("Defaults", "Price"),
            "other": QT_TRANSLATE_NOOP("Defaults", "Other"),
            # offered by some kinds of shop (custbook.shop.kinds)
            "taste": QT_TRANSLATE_NOOP("Defaults", "Taste"),
            "hygiene": QT_TRANSLATE_NOOP("Defaults", "Hygiene"),
            "waiting": QT_TRANSLATE_NOOP("Defaults", "Waiting time"),
            "result": QT_TRANSLATE_NOOP("Defaults", "Result of the treatment"),
            "size": QT_TRANSLATE_NOOP("Defaults", "Size or fit"),
            "freshness": QT_TRANSLATE_NOOP("Defaults", "Freshness")}


# The English word of each key: what a keyed row stores as its name.
ENGLISH_TIERS = {"regular": "Regular", "silver": "Silver", "gold": "Gold", "diamond": "Diamond"}
ENGLISH_CATEGORIES = {"quality": "Product quality", "service": "Service attitude",
                      "delivery": "Delivery", "price": "Price", "other": "Other",
                      "taste": "Taste", "hygiene": "Hygiene", "waiting": "Waiting time",
                      "result": "Result of the treatment", "size": "Size or fit",
                      "freshness": "Freshness"}


def tier_label(name: str, key: str = "") -> str:
    """What to show for a tier row: the translated built-in word, or the owner's name."""
    return builtin_tiers().get(key, name) if key else name


def category_label(name: str, key: str = "") -> str:
    """What to show for a complaint category row."""
    return builtin_categories().get(key, name) if key else name


def tier_labels() -> dict[str, str]:
    """Stored tier name -> what to show, for every tier (one small query)."""
    words = builtin_tiers()
    return {name: (words.get(key, name) if key else name)
            for name, key in Tier.select(Tier.name, Tier.key).tuples()}


def category_labels() -> dict[str, str]:
    """Stored category name -> what to show, for every category."""
    words = builtin_categories()
    return {name: (words.get(key, name) if key else name)
            for name, key in ComplaintCategory.select(ComplaintCategory.name,
                                                      ComplaintCategory.key).tuples()}


def tier_colours() -> dict[str, str]:
    """Shown tier name -> its colour ("#rrggbb"), for the tiers the owner gave one."""
    words = builtin_tiers()
    return {(words.get(key, name) if key else name): color
            for name, key, color in Tier.select(Tier.name, Tier.key, Tier.color).tuples()
            if color}


def tier_colours_by_id() -> dict[int, str]:
    """Tier id -> its colour, for the tiers the owner gave one."""
    return {tid: color for tid, color in Tier.select(Tier.id, Tier.color).tuples() if color}


def interest_topics() -> list[str]:
    """The interest topics the shop offers on the card, in its order (Settings)."""
    try:
        topics = json.loads(settings.get("interest_topics_list") or "[]")
    except ValueError:
        return []
    if not isinstance(topics, list):
        return []
    return [str(t) for t in topics if str(t).strip()]


def show_tier(name: str | None) -> str:
    """One stored tier name as shown (for code that has only the name)."""
    return tier_labels().get(name, name) if name else (name or "")


def show_category(name: str | None) -> str:
    """One stored category name as shown."""
    return category_labels().get(name, name) if name else (name or "")


def tier_ids_by_any_name() -> dict[str, int]:
    """Every name a tier answers to (stored, English and current language), lower-cased,
    for reading tiers from an imported file."""
    words = builtin_tiers()
    out: dict[str, int] = {}
    tiers = list(Tier.select(Tier.id, Tier.name, Tier.key).tuples())
    # A tier's own name first, then the built-in words, then the usual Chinese names: a
    # shop's own tier called 金卡 wins over the built-in Gold's alias.
    for words_of in (lambda name, key: [name],
                     lambda name, key: [words.get(key, "")] if key else [],
                     lambda name, key: _TIER_ALIASES.get(key or "", ())):
        for tid, name, key in tiers:
            for word in words_of(name, key):
                for variant in _tier_variants(word):  # 金卡 = 金卡会员; Gold = gold
                    out.setdefault(variant, tid)
    return out


# How Chinese shops' own lists name the built-in tiers, whatever language the book was
# made in: a list from a Chinese shop says 金卡 even when the book says "Gold".
_TIER_ALIASES = {"regular": ("普通", "普卡", "普通卡", "普通客户", "散客"),
                 "silver": ("银卡", "银牌", "白银"),
                 "gold": ("金卡", "金牌", "黄金"),
                 "diamond": ("钻石", "钻石卡", "钻卡", "钻石会员")}


def _tier_variants(word: str) -> list[str]:
    word = " ".join(word.split())
    if not word:
        return []
    bare = word.removesuffix("会员").removesuffix("等级").strip() or word
    found = [word, word.lower(), bare, bare + "会员", bare.lower()]
    return list(dict.fromkeys(found))


# --- customer sources: the built-in ones (custbook.vocab.sources, stored by code) and the
# shop's own (stored as their name). The setting "customer_sources" is a JSON list, in the
# shop's order, of built-in codes, own names, and {"code": c, "name": n} for a built-in the
# owner renamed: cards keep the code, so a renamed built-in is renamed, not a new source,
# and the customers who came that way keep it. "" means the built-in list as it is.
def _chosen() -> list[tuple[str, str]] | None:
    """(code, the owner's name or "") of each source in the shop's list; None = built-in."""
    try:
        chosen = json.loads(settings.get("customer_sources") or "null")
    except ValueError:
        return None
    if not isinstance(chosen, list):
        return None
    found = []
    for entry in chosen:
        code, name = ((str(entry.get("code", "")), str(entry.get("name", "")))
                      if isinstance(entry, dict) else (str(entry), ""))
        if code.strip():
            found.append((code, name))
    return found


def sources() -> dict[str, str]:
    """Source code (or own name) -> what the card offers, in the shop's order."""
    builtin = vocab.sources()
    chosen = _chosen()
    if chosen is None:
        return builtin
    return {code: name or builtin.get(code, code) for code, name in chosen}


def source_label(code: str) -> str:
    """What a customer's stored source reads as: the owner's name for it, else the
    built-in word in the current language, else the stored text."""
    renamed = {c: n for c, n in (_chosen() or []) if n}
    return renamed.get(code) or vocab.sources().get(code, code or "")


_ENGLISH_SOURCES = {"walk_in": "Walked in", "referral": "Referred by a customer",
                    "online": "Online", "event": "Event", "social": "Social media",
                    "other": "Other"}


def _clean(name: str) -> str:
    return " ".join(str(name).split())[:80]


@changes.reports(changes.SETTINGS, changes.CUSTOMERS)
def save_source_list(entries: list[tuple[str | None, str]]) -> list[str]:
    """Store the shop's sources from (code it had or None for a new line, name as shown).

    A built-in source given another name keeps its code under the owner's name; the
    shop's own source renamed is renamed on every card that names it; a new line typed
    as a built-in word (in either language) takes that word's code. Returns the codes.
    """
    builtin = vocab.sources()
    by_word = {name.lower(): code for code, name in builtin.items()}
    by_word.update({name.lower(): code for code, name in _ENGLISH_SOURCES.items()})
    stored: list[str | dict[str, str]] = []
    codes: list[str] = []
    renamed_own: dict[str, str] = {}
    for code, name in entries:
        name = _clean(name)
        if not name:
            continue
        if code is None:
            code = by_word.get(name.lower(), name)
        if code in codes:
            continue
        codes.append(code)
        if code in builtin:
            words_for = {builtin[code].lower(), _ENGLISH_SOURCES.get(code, "").lower()}
            stored.append(code if name.lower() in words_for else {"code": code, "name": name})
        else:
            if name != code:
                renamed_own[code] = name
                codes[-1] = name
            stored.append(name)
    with database.atomic():
        for old, new in renamed_own.items():
            Customer.update(source=new).where(Customer.source == old).execute()
        settings.set("customer_sources", json.dumps(stored, ensure_ascii=False))
    return codes


def save_sources(lines: list[str]) -> list[str]:
    """Store the shop's list of sources from names as typed, one per entry (each a new
    line: a built-in word keeps its code, anything else is the shop's own source)."""
    return save_source_list([(None, line) for line in lines])


def source_counts() -> dict[str, int]:
    """How many customers (not in the trash) name each stored source."""
    return dict(Customer.select(Customer.source, fn.COUNT(Customer.id))
                .where(Customer.deleted_at.is_null(), Customer.source != "")
                .group_by(Customer.source).tuples())


def category_counts() -> dict[int, int]:
    """Complaint category id -> how many complaints use it (as the tier editor counts)."""
    return dict(Complaint.select(Complaint.category, fn.COUNT(Complaint.id))
                .where(Complaint.category.is_null(False))
                .group_by(Complaint.category).tuples())


def topic_counts(topics: list[str]) -> dict[str, int]:
    """How many customers (not in the trash) mention each topic in their interests."""
    return {topic: Customer.select().where(Customer.deleted_at.is_null(),
                                           Customer.interest_topics.contains(topic)).count()
            for topic in topics[:50] if topic}
