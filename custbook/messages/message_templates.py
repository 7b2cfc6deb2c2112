"""Message templates: the short texts a shop sends by WeChat or SMS, and how long they are.

A message template is a letter's little sister: the same merge fields, filled by the same
engine (`custbook.letters.letter_templates`: `{surname_title}` is 王女士 or Ms Wang, a
missing value gets a fallback that still reads), plus a few fields only messages need
(`{festival}`, `{family_member}`, `{anniversary}`). Each template is for one kind of
occasion and says whether it is *promotional*: a customer who has not agreed to
promotions never gets a promotional message (`custbook.messages.compose`), but does get
service messages (a follow-up after a purchase, a complaint's follow-up, a greeting on
their own or their family's day).

Built-in templates exist in both languages and fit one SMS: 70 characters when the text
has any Chinese (UCS-2), 160 when it is plain ASCII (GSM-7); a longer text is sent as
parts of 67 or 153 characters. `sms_parts` counts them as the owner types. The shop's
own templates are JSON in the settings table (`message_templates`).
"""
from __future__ import annotations

import json
import math
import uuid
from dataclasses import dataclass

from custbook import settings
from custbook.errors import ValidationError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.letters import letter_templates as letters

LANGUAGES = letters.LANGUAGES
KINDS = ("birthday", "festival", "follow_up", "complaint", "recommendation", "family",
         "anniversary", "balance", "card_expiry", "custom")
# Kinds whose messages sell something: never to a customer who did not agree to promotions.
PROMOTIONAL_KINDS = ("festival", "recommendation")
EXTRA_FIELDS = ("festival", "family_member", "anniversary")
# Filled from the membership ledger (custbook.messages.compose) when a text uses them.
MEMBER_FIELDS = ("balance", "points", "card_expiry")
FIELDS = letters.FIELDS + EXTRA_FIELDS + MEMBER_FIELDS
# One SMS: 70 characters of UCS-2 (any Chinese) or 160 of GSM-7; longer texts go in parts
# that each give up a few characters to the header that joins them.
UCS2_SINGLE, UCS2_PART = 70, 67
GSM_SINGLE, GSM_PART = 160, 153


def kind_names() -> dict[str, str]:
    return {"birthday": QT_TRANSLATE_NOOP("Messages", "Birthday"),
            "festival": QT_TRANSLATE_NOOP("Messages", "Festival"),
            "follow_up": QT_TRANSLATE_NOOP("Messages", "After a purchase"),
            "complaint": QT_TRANSLATE_NOOP("Messages", "Complaint follow-up"),
            "recommendation": QT_TRANSLATE_NOOP("Messages", "Recommendation"),
            "family": QT_TRANSLATE_NOOP("Messages", "Family birthday"),
            "anniversary": QT_TRANSLATE_NOOP("Messages", "Anniversary"),
            "balance": QT_TRANSLATE_NOOP("Messages", "Card balance"),
            "card_expiry": QT_TRANSLATE_NOOP("Messages", "Card expiring"),
            "custom": QT_TRANSLATE_NOOP("Messages", "Other")}


def field_labels() -> dict[str, str]:
    """Every merge field a message may use, named in the user's language."""
    labels = letters.field_labels()
    labels.update({"festival": QT_TRANSLATE_NOOP("Messages", "The festival (春节, 中秋 …)"),
                   "family_member": QT_TRANSLATE_NOOP("Messages", "The family member (your daughter)"),
                   "anniversary": QT_TRANSLATE_NOOP("Messages", "The anniversary (wedding …)"),
                   "balance": QT_TRANSLATE_NOOP("Messages", "Stored value on the card"),
                   "points": QT_TRANSLATE_NOOP("Messages", "Points"),
                   "card_expiry": QT_TRANSLATE_NOOP("Messages", "The count card that expires next")})
    return labels


FALLBACKS = {"zh_CN": {"festival": "佳节", "family_member": "您的家人", "anniversary": "纪念日",
                       "balance": "¥0.00", "points": "0", "card_expiry": "您的会员卡"},
             "en": {"festival": "the holiday", "family_member": "your family",
                    "anniversary": "your anniversary", "balance": "¥0.00", "points": "0",
                    "card_expiry": "your card"}}


# Occasion words as the message's language says them (a shop with an English window may
# write in Chinese, and the headless command has no translator): the shop's voice.
FESTIVAL_WORDS = {
    "zh_CN": {"new_year": "元旦", "spring_festival": "春节", "lantern": "元宵节",
              "womens_day": "妇女节", "mothers_day": "母亲节", "dragon_boat": "端午节",
              "fathers_day": "父亲节", "qixi": "七夕", "mid_autumn": "中秋节",
              "national_day": "国庆节", "double_ninth": "重阳节"},
    "en": {"new_year": "New Year", "spring_festival": "Spring Festival",
           "lantern": "Lantern Festival", "womens_day": "Women's Day",
           "mothers_day": "Mother's Day", "dragon_boat": "Dragon Boat Festival",
           "fathers_day": "Father's Day", "qixi": "Qixi", "mid_autumn": "Mid-Autumn Festival",
           "national_day": "National Day", "double_ninth": "Double Ninth Festival"},
}
ANNIVERSARY_WORDS = {
    "zh_CN": {"wedding": "结婚纪念日", "first_visit": "初次到店纪念日",
              "membership": "入会纪念日", "other": "纪念日"},
    "en": {"wedding": "your wedding anniversary", "first_visit": "the anniversary of your "
           "first visit", "membership": "your membership anniversary",
           "other": "your anniversary"},
}


@dataclass(frozen=True)
class MessageTemplate:
    key: str
    name: str
    kind: str
    language: str
    text: str
    promotional: bool

    @property
    def builtin(self) -> bool:
        return self.key.startswith("builtin:")


def _b(key, name, kind, language, text) -> MessageTemplate:
    return MessageTemplate("builtin:" + key, name, kind, language, text, kind in PROMOTIONAL_KINDS)


# The shop's voice, not interface strings: written here in each language, each one SMS long.
BUILT_IN: tuple[MessageTemplate, ...] = (
    _b("zh_birthday", "生日祝福", "birthday", "zh_CN",
       "{surname_title}，{shop_name}祝您生日快乐！愿您新的一岁健康顺遂，天天开心。"),
    _b("zh_festival", "节日问候", "festival", "zh_CN",
       "{surname_title}，{festival}快乐！感谢您一直以来对{shop_name}的支持，店里备了新品，欢迎来坐坐。"),
    _b("zh_follow_up", "购后回访", "follow_up", "zh_CN",
       "{surname_title}您好，{last_purchase_items}用着还合适吗？有任何问题随时找我们，{shop_name}。"),
    _b("zh_complaint", "投诉回访", "complaint", "zh_CN",
       "{surname_title}您好，上次的问题现在都解决好了吗？您的意见我们记在心上，{shop_name}。"),
    _b("zh_recommendation", "兴趣推荐", "recommendation", "zh_CN",
       "{surname_title}，店里新到了{topic}，想着您会喜欢，有空来看看？{shop_name}"),
    _b("zh_family", "家人生日", "family", "zh_CN",
       "{surname_title}，{family_member}生日快乐！{shop_name}祝您全家幸福安康。"),
    _b("zh_anniversary", "纪念日", "anniversary", "zh_CN",
       "{surname_title}，今天是您的{anniversary}，{shop_name}祝您幸福美满！"),
    _b("zh_balance", "会员卡余额", "balance", "zh_CN",
       "{surname_title}您好，您在{shop_name}的会员卡余额{balance}，积分{points}，欢迎常来。"),
    _b("zh_card_expiry", "次卡到期提醒", "card_expiry", "zh_CN",
       "{surname_title}您好，{card_expiry}，别忘了来用哦。{shop_name}"),
    _b("en_birthday", "Birthday wishes", "birthday", "en",
       "Happy birthday, {surname_title}! Best wishes for the year ahead from {shop_name}."),
    _b("en_festival", "Festival greeting", "festival", "en",
       "Happy {festival}, {surname_title}! Thank you for your support. New pieces are in at "
       "{shop_name}; do drop by."),
    _b("en_follow_up", "After a purchase", "follow_up", "en",
       "Hello {surname_title}, how are you getting on with your {last_purchase_items}? Any "
       "question, just ask. {shop_name}"),
    _b("en_complaint", "Complaint follow-up", "complaint", "en",
       "Hello {surname_title}, is everything now put right? Thank you for telling us. "
       "{shop_name}"),
    _b("en_recommendation", "Recommendation", "recommendation", "en",
       "{surname_title}, new {topic} has just arrived and we thought of you. Come and see! "
       "{shop_name}"),
    _b("en_family", "Family birthday", "family", "en",
       "{surname_title}, happy birthday to {family_member}! Warm wishes from {shop_name}."),
    _b("en_anniversary", "Anniversary", "anniversary", "en",
       "{surname_title}, congratulations on {anniversary}! Warm wishes from {shop_name}."),
    _b("en_balance", "Card balance", "balance", "en",
       "Hello {surname_title}, your {shop_name} card holds {balance} and {points} points. "
       "See you soon!"),
    _b("en_card_expiry", "Card expiring", "card_expiry", "en",
       "Hello {surname_title}, {card_expiry}. Do come and use them! {shop_name}"),
)


def sms_parts(text: str) -> tuple[int, int, int]:
    """(characters, SMS parts, characters one part holds) of a text as sent by SMS."""
    n = len(text or "")
    if all(ord(ch) < 128 for ch in text or ""):
        single, part = GSM_SINGLE, GSM_PART
    else:
        single, part = UCS2_SINGLE, UCS2_PART
    if n <= single:
        return n, (1 if n else 0), single
    return n, math.ceil(n / part), part


def _saved() -> list[dict]:
    try:
        rows = json.loads(settings.get("message_templates") or "[]")
    except ValueError:
        return []
    return [r for r in rows if isinstance(r, dict) and r.get("key")] if isinstance(rows, list) else []


def templates(language: str = "en", kind: str | None = None) -> list[MessageTemplate]:
    """Every template (of one kind): built-ins in `language`, the shop's own, other built-ins."""
    own = [MessageTemplate(r["key"], str(r.get("name", "")),
                           r.get("kind") if r.get("kind") in KINDS else "custom",
                           r.get("language") if r.get("language") in LANGUAGES else "en",
                           str(r.get("text", "")), bool(r.get("promotional")))
           for r in _saved()]
    found = ([t for t in BUILT_IN if t.language == language] + own
             + [t for t in BUILT_IN if t.language != language])
    return [t for t in found if kind is None or t.kind == kind]


def template(key: str) -> MessageTemplate | None:
    return next((t for t in templates() if t.key == key), None)


def default_for(kind: str, language: str) -> MessageTemplate:
    """The template a kind of message starts with: the shop's own first, else the built-in."""
    own = [t for t in templates(language, kind) if not t.builtin and t.language == language]
    if own:
        return own[0]
    return next(t for t in BUILT_IN if t.kind == (kind if kind in KINDS and kind != "custom"
                                                  else "follow_up") and t.language == language)


def check_text(text: str) -> None:
    """Refuse a message that cannot be sent: nothing written, or an unknown merge field."""
    for name in letters.fields_in(text):
        if name not in FIELDS:
            raise ValidationError("text", QT_TRANSLATE_NOOP(
                "Messages", "{field} is not a merge field. Use one from “Insert field”, "
                            "e.g. {example}.").format(field="{" + name + "}",
                                                      example="{surname_title}"))
    if not (text or "").strip():
        raise ValidationError("text", QT_TRANSLATE_NOOP("Messages", "Write the message first."))


def save_template(name: str, kind: str, language: str, text: str, promotional: bool | None = None,
                  key: str | None = None) -> MessageTemplate:
    """Keep a template of the shop's own (new, or replacing `key`); a built-in edited
    becomes the shop's own. Promotional follows the kind unless said."""
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError("name", QT_TRANSLATE_NOOP("Messages", "Give the template a name."))
    if kind not in KINDS:
        raise ValidationError("kind", QT_TRANSLATE_NOOP("Messages", "Choose what the message is for."))
    if language not in LANGUAGES:
        raise ValidationError("language", QT_TRANSLATE_NOOP(
            "Messages", "Choose the language the message is written in."))
    check_text(text)
    promotional = kind in PROMOTIONAL_KINDS if promotional is None else bool(promotional)
    if key is not None and key.startswith("builtin:"):
        key = None
    rows = _saved()
    if key is None or not any(r["key"] == key for r in rows):
        key = "own:" + uuid.uuid4().hex[:12]
        rows.append({"key": key})
    for row in rows:
        if row["key"] == key:
            row.update(name=name, kind=kind, language=language, text=text,
                       promotional=promotional)
    settings.set("message_templates", json.dumps(rows, ensure_ascii=False))
    return MessageTemplate(key, name, kind, language, text, promotional)


def delete_template(key: str) -> None:
    rows = [r for r in _saved() if r["key"] != key]
    settings.set("message_templates", json.dumps(rows, ensure_ascii=False))


def fill(text: str, person: letters.Recipient, shop: letters.Shop, language: str, today,
         extra: dict[str, str] | None = None) -> str:
    """One person's message: the letters' merge fields, then the messages' own."""
    if language not in LANGUAGES:
        language = "en"
    filled = letters.values(person, shop, language, today)
    for key in EXTRA_FIELDS + MEMBER_FIELDS:
        value = ((extra or {}).get(key) or "").strip()
        filled[key] = value or FALLBACKS[language][key]
    return letters.merge(text, filled).strip()
