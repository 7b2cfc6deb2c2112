"""Letter templates: what a recommendation letter says, and how it is filled in for one customer.

Kept apart from `custbook.letters.letters` (who gets a letter, and the note it leaves in the
contact log) because the wording is its own craft with its own rules, and the letters
dialog's template pane and the PDF need it without the customer matching.

A template is a subject and a body with merge fields in braces, `{name}`. Only the
names in `FIELDS` are allowed — nothing is evaluated — and an unknown name is refused
before anything is printed. A field without a value (no purchase yet, no tier) gets a
fallback wording that still reads well, never "None". Templates carry the language
they are written in, because a shop with an English window may still write its
letters in Chinese: the fallbacks, the title (王女士 / Ms Wang) and the dates follow
the letter, not the window. Four built-in templates (two per language) are written
here as prose — letters are the shop's voice, not interface strings — and the shop's
own are kept as JSON in the settings table (`letter_templates`).
"""
from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from dataclasses import dataclass
from typing import Any

from custbook import settings
from custbook.errors import ValidationError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.models import Staff
from custbook.customers.search_keys import readings

LANGUAGES = ("zh_CN", "en")
# A field is a brace pair around one word ({name}, { name }, {姓名}); "{ a b }" is text.
FIELD_RE = re.compile(r"\{\s*([^{}\s]{1,40})\s*\}")
# Chinese double surnames: 欧阳娜娜 is Ms Ouyang, not Ms Ou.
_DOUBLE_SURNAMES = frozenset(
    ["欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "令狐", "夏侯", "宇文", "司徒", "澹台", "万俟", "单于", "独孤", "南宫", "西门", "轩辕", "呼延", "端木", "百里", "东郭", "闻人", "赫连", "钟离", "申屠", "濮阳", "太史", "公冶"])


def _label(key: str) -> str:
    """The name of a merge field as the "Insert field" menu shows it."""
    return {
        "name": QT_TRANSLATE_NOOP("Letters", "Customer's name"),
        "surname_title": QT_TRANSLATE_NOOP("Letters", "Surname and title (Ms Wang)"),
        "last_purchase_items": QT_TRANSLATE_NOOP("Letters", "What they bought last"),
        "last_purchase_date": QT_TRANSLATE_NOOP("Letters", "Date of their last purchase"),
        "member_since": QT_TRANSLATE_NOOP("Letters", "Member since"),
        "tier": QT_TRANSLATE_NOOP("Letters", "Membership tier"),
        "topic": QT_TRANSLATE_NOOP("Letters", "The chosen topic or tag"),
        "shop_name": QT_TRANSLATE_NOOP("Letters", "Shop name"),
        "shop_phone": QT_TRANSLATE_NOOP("Letters", "Shop phone"),
        "shop_address": QT_TRANSLATE_NOOP("Letters", "Shop address"),
        "staff_name": QT_TRANSLATE_NOOP("Letters", "Staff member who signs"),
        "today": QT_TRANSLATE_NOOP("Letters", "Today's date"),
    }[key]


FIELDS = ("name", "surname_title", "last_purchase_items", "last_purchase_date", "member_since",
          "tier", "topic", "shop_name", "shop_phone", "shop_address", "staff_name", "today")


def field_labels() -> dict[str, str]:
    """Every merge field with its name in the user's language, in menu order."""
    return {key: _label(key) for key in FIELDS}


# What a field says when the customer (or the shop) has no value for it, per letter
# language; chosen so the built-in sentences still read naturally.
FALLBACKS: dict[str, dict[str, str]] = {
    "zh_CN": {"last_purchase_items": "本店商品", "last_purchase_date": "之前",
              "member_since": "第一次光临", "tier": "尊贵", "topic": "新品",
              "shop_name": "本店", "shop_phone": "本店电话", "shop_address": "本店",
              "staff_name": "全体店员"},
    "en": {"last_purchase_items": "pieces", "last_purchase_date": "your last visit",
           "member_since": "your first visit", "tier": "valued", "topic": "new arrivals",
           "shop_name": "our shop", "shop_phone": "our usual number",
           "shop_address": "our shop", "staff_name": "The team"},
}
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def format_date(day: dt.date, language: str) -> str:
    """A date as a letter writes it: 2026年11月22日, or 22 November 2026."""
    if language == "zh_CN":
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


# ------------------------------------------------------------------ templates

@dataclass(frozen=True)
class Template:
    """A letter: subject and body with {fields}; built-ins have keys starting "builtin:"."""

    key: str
    name: str
    language: str
    subject: str
    body: str

    @property
    def builtin(self) -> bool:
        return self.key.startswith("builtin:")


BUILT_IN: tuple[Template, ...] = (
    Template("builtin:zh_new", "新品推荐（按兴趣）", "zh_CN",
             "{topic}新品到店，特邀您先睹为快",
             "尊敬的{surname_title}：\n\n"
             "您好！感谢您一直以来对{shop_name}的支持与信任。\n\n"
             "我们知道您对“{topic}”很感兴趣。本季店里刚到了一批相关的新品，款式和面料都是我们"
             "精心挑选的，到货的第一时间就想到了您；和您上次选购的{last_purchase_items}也很好搭配。\n\n"
             "欢迎您近期抽空到店试穿，我们会为您预留合适的尺码。来店前可以先致电"
             "{shop_phone}，我们会提前为您准备好。\n\n"
             "此致\n敬礼！"),
    Template("builtin:zh_thanks", "感谢与到店邀请", "zh_CN",
             "感谢有您，诚邀您到店做客",
             "亲爱的{surname_title}：\n\n"
             "您好！从{member_since}起，您就是{shop_name}的{tier}会员。感谢您一路的陪伴与信任，"
             "每一位老朋友的认可，都是我们用心做好每一件事的动力。\n\n"
             "为了表达谢意，我们诚挚地邀请您本月抽空到店小坐，喝杯茶，看看新到的款式；"
             "也很想听听您对{last_purchase_items}的使用感受和建议。\n\n"
             "如需预约，请致电{shop_phone}，我们会为您安排好时间。\n\n"
             "祝您生活愉快，万事顺心！"),
    Template("builtin:en_new", "New arrivals for an interest", "en",
             "New arrivals for you: {topic}",
             "Dear {surname_title},\n\n"
             "Thank you for being such a loyal friend of {shop_name}.\n\n"
             "We know how much you enjoy {topic}, and this season's new pieces have just "
             "arrived. We chose them with care, and you were the first person we thought of; "
             "they also go beautifully with the {last_purchase_items} you chose last time.\n\n"
             "Do come in and try them on whenever it suits you. Give us a call on {shop_phone} "
             "and we will put your size aside.\n\n"
             "With warm regards,"),
    Template("builtin:en_thanks", "Thank you and an invitation", "en",
             "Thank you, and an invitation",
             "Dear {surname_title},\n\n"
             "Since {member_since} you have been one of our {tier} members at {shop_name}, "
             "and we want to say thank you. Customers like you are the reason we take such "
             "care over every detail.\n\n"
             "As a small thank-you, we would love to welcome you to the shop this month for a "
             "cup of tea and a first look at what is new. We would also be glad to hear how "
             "your {last_purchase_items} have been.\n\n"
             "To book a time, just call us on {shop_phone}.\n\n"
             "Warmest wishes,"),
)


def _saved() -> list[dict[str, str]]:
    try:
        rows = json.loads(settings.get("letter_templates") or "[]")
    except ValueError:
        return []  # a damaged value must not stop the letters: the built-ins remain
    return [r for r in rows if isinstance(r, dict) and r.get("key")] if isinstance(rows, list) else []


def templates(language: str = "en") -> list[Template]:
    """Every template: the built-ins in `language` first, the shop's own, the other built-ins."""
    own = [Template(r["key"], str(r.get("name", "")), r.get("language", "en")
                    if r.get("language") in LANGUAGES else "en",
                    str(r.get("subject", "")), str(r.get("body", ""))) for r in _saved()]
    first = [t for t in BUILT_IN if t.language == language]
    rest = [t for t in BUILT_IN if t.language != language]
    return first + own + rest


def template(key: str) -> Template | None:
    return next((t for t in templates() if t.key == key), None)


def save_template(name: str, language: str, subject: str, body: str, key: str | None = None
                  ) -> Template:
    """Keep a template of the shop's own (a new one, or replace `key`); returns it.

    The text is checked first: a template that could not be printed is not kept.
    """
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError("name", QT_TRANSLATE_NOOP("Letters", "Give the template a name."))
    if language not in LANGUAGES:
        raise ValidationError("language", QT_TRANSLATE_NOOP(
            "Letters", "Choose the language the letter is written in."))
    check_template(subject, body)
    if key is not None and key.startswith("builtin:"):
        key = None  # the built-ins stay as they are: an edited one becomes the shop's own
    rows = _saved()
    if key is None or not any(r["key"] == key for r in rows):
        key = "own:" + uuid.uuid4().hex[:12]
        rows.append({"key": key})
    for row in rows:
        if row["key"] == key:
            row.update(name=name, language=language, subject=subject, body=body)
    settings.set("letter_templates", json.dumps(rows, ensure_ascii=False))
    return Template(key, name, language, subject, body)


def delete_template(key: str) -> None:
    """Forget one of the shop's own templates (the built-ins cannot be deleted)."""
    rows = [r for r in _saved() if r["key"] != key]
    settings.set("letter_templates", json.dumps(rows, ensure_ascii=False))


# ------------------------------------------------------------------ merge fields

def fields_in(text: str) -> list[str]:
    """The merge fields a text uses, in order of first use."""
    return list(dict.fromkeys(m.group(1).strip() for m in FIELD_RE.finditer(text or "")))


def check_template(subject: str, body: str) -> None:
    """Refuse a template that cannot be printed: no body, or an unknown field."""
    for where, text in (("subject", subject), ("body", body)):
        for name in fields_in(text):
            if name not in FIELDS:
                raise ValidationError(where, QT_TRANSLATE_NOOP(
                    "Letters", "{field} is not a merge field. Use one from “Insert field”, "
                               "e.g. {example}.").format(field="{" + name + "}",
                                                         example="{name}"))
    if not (body or "").strip():
        raise ValidationError("body", QT_TRANSLATE_NOOP("Letters", "Write the letter first."))


def surname_title(name: str, gender: str, language: str) -> str:
    """王女士 / Ms Wang from the name and gender; the full name when the gender is unknown."""
    name = " ".join((name or "").split())
    if gender not in ("female", "male") or not name:
        return name
    chinese = "\u4e00" <= name[0] <= "\u9fff"
    if chinese:
        surname = name[:2] if name[:2] in _DOUBLE_SURNAMES else name[0]
    else:
        surname = name.split()[-1]
    if language == "zh_CN":
        return surname + ("女士" if gender == "female" else "先生")
    if chinese:
        spelled = readings(surname)
        if spelled:
            surname = "".join(r[0] for r in spelled if r).capitalize()
    return ("Ms " if gender == "female" else "Mr ") + surname


# ------------------------------------------------------------------ one customer's letter

@dataclass(frozen=True)
class Recipient:
    """What the letters know about one customer (raw values; None when unknown)."""

    customer_id: int
    name: str
    gender: str
    address: str
    tier: str
    member_since: dt.date | None
    last_purchase_on: dt.date | None
    last_purchase_items: tuple[str, ...]  # the pieces, without "×2" counts


@dataclass(frozen=True)
class Letter:
    """One customer's letter, every field filled."""

    customer_id: int
    name: str
    address: str
    language: str
    subject: str
    body: str
    staff_name: str
    day: dt.date

    def paragraphs(self) -> list[str]:
        """The body split at blank lines (a single line break stays inside a paragraph)."""
        parts = re.split(r"\n\s*\n", self.body.replace("\r\n", "\n").strip())
        return [p.strip("\n") for p in parts if p.strip()]


@dataclass(frozen=True)
class Shop:
    """The shop-wide values of a batch of letters."""

    name: str = ""
    phone: str = ""
    address: str = ""
    staff_name: str = ""
    topic: str = ""

    @classmethod
    def current(cls, topic: str = "", staff_id: int | None = None) -> Shop:
        staff = Staff.get_or_none(Staff.id == staff_id) if staff_id else None
        return cls(settings.get("shop_name"), settings.get("shop_phone"),
                   settings.get("shop_address"), staff.name if staff else "", topic or "")


def values(person: Recipient, shop: Shop, language: str, today: dt.date) -> dict[str, str]:
    """Every merge field's text for one customer, fallbacks filled in."""
    if language not in LANGUAGES:
        language = "en"
    raw: dict[str, Any] = {
        "name": person.name,
        "surname_title": surname_title(person.name, person.gender, language),
        "last_purchase_items": ("、" if language == "zh_CN" else ", ").join(
            person.last_purchase_items[:3]),
        "last_purchase_date": (format_date(person.last_purchase_on, language)
                               if person.last_purchase_on else ""),
        "member_since": format_date(person.member_since, language) if person.member_since else "",
        "tier": person.tier,
        "topic": shop.topic,
        "shop_name": shop.name,
        "shop_phone": shop.phone,
        "shop_address": " ".join(shop.address.split()),
        "staff_name": shop.staff_name,
        "today": format_date(today, language),
    }
    fallback = FALLBACKS[language]
    return {key: (str(value).strip() if value else "") or fallback.get(key, "")
            for key, value in raw.items()}


def merge(text: str, filled: dict[str, str]) -> str:
    """`text` with every {field} replaced (unknown ones are refused by check_template)."""
    return FIELD_RE.sub(lambda m: filled.get(m.group(1).strip(), m.group(0)), text or "")


def render(template: Template, person: Recipient, shop: Shop, today: dt.date) -> Letter:
    """One customer's letter."""
    filled = values(person, shop, template.language, today)
    return Letter(person.customer_id, person.name, person.address, template.language,
                  merge(template.subject, filled).strip(), merge(template.body, filled),
                  filled["staff_name"], today)

