"""Which column of a customer list holds what, and how its dates are written.

Column names are matched after lower-casing and removing spaces and punctuation, so
"E-mail 1 - Value", "e-mail address" and "邮箱" all find the e-mail. Google, Outlook and
Thunderbird layouts and Chinese headers (姓名, 手机, 电话, 生日, 地址, 备注, 会员等级 …)
are recognised. Dates are read as 1990-05-03, 1990/5/3, 19900503, 3/5/1990 (day or
month first, guessed from the column unless chosen), 5月3日, 1990年5月3日, and lunar
when marked (农历八月十五, 农历 8-15, 阴历1990年八月十五).
"""
from __future__ import annotations

import datetime as dt
import re

from custbook.customers import custom_fields
from custbook.errors import ValidationError
from custbook.exchange.table_read import Table
from custbook.exchange.vcard_read import Contact
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook import clock, money

# Custbook field -> header keys (normalised: lower case, no spaces or punctuation).
_EXACT: dict[str, tuple[str, ...]] = {
    "name": ("name", "姓名", "名字", "客户", "客户名", "客户姓名", "displayname", "fullname",
             "customername", "顾客", "顾客姓名", "联系人"),
    "given_name": ("givenname", "firstname", "名"),
    "middle_name": ("additionalname", "middlename"),
    "family_name": ("familyname", "lastname", "surname", "姓"),
    "email": ("email", "电子邮件", "邮箱", "电子邮箱", "emailaddress", "email1value",
              "primaryemail", "e邮件"),
    "birthday": ("birthday", "生日", "出生日期", "dateofbirth", "birthdate", "bday"),
    "lunar_birthday": ("lunarbirthday", "农历生日", "阴历生日"),
    "birth_year": ("birthyear",),
    "birth_month": ("birthmonth",),
    "address": ("address", "地址", "住址", "家庭地址", "联系地址", "address1formatted",
                "homeaddress", "homestreet"),
    "note": ("notes", "note", "备注", "说明", "描述", "description", "remark", "remarks"),
    "tier": ("tier", "会员等级", "等级", "会员级别", "membertier", "level"),
    "wechat_id": ("wechat", "微信", "微信号", "wechatid"),
    "gender": ("gender", "性别", "sex"),
    "tags": ("tags", "标签", "分组", "labels"),
    "occupation": ("occupation", "职业", "jobtitle", "工作"),
    "company": ("company", "公司", "单位", "工作单位", "公司名称", "单位名称", "companyname",
                "organization", "organisation", "organizationname", "organization1name", "org"),
    # what the customer spent before the book (custbook.money reads "12,580.50", "￥1,200")
    "prior_spend": ("累计消费", "消费金额", "总消费", "消费总额", "累计金额", "历史消费",
                    "累计消费金额", "消费累计", "totalspent", "totalspend", "spent",
                    "amountspent", "lifetimespend", "lifetimevalue", "priorspend",
                    *("spentbeforecustbook", "开始使用前累计消费")),
}
# Headers that can only mean the spend before the book (as Custbook's export writes it):
# they win over a "Total spent" / 累计消费 column of the same file (the spend IN that book).
_PRIOR_SPEND_EXACT = ("spentbeforecustbook", "开始使用前累计消费", "priorspend")
_PHONE_WORDS = ("phone", "mobile", "手机", "电话", "tel", "联系方式", "pager", "cell")
_NOT_PHONE = ("fax", "type", "传真")
_ADDRESS_PARTS = ("homestreet", "homecity", "homestate", "homepostalcode", "homezipcode",
                  "homecountryregion", "homecountry", "homeaddress2")
# contact_from_row: the fields read by a rule of their own; any other is kept as written
_READ_APART = {"phone", "address_part", "note", "prior_spend", "birthday", "lunar_birthday"}
_PHONE_SPLIT = re.compile(r"\s*:::\s*|[;；]")
_LUNAR_COLUMN = re.compile(r"^(农历|阴历|lunar)", re.IGNORECASE)
_LUNAR_MARK = re.compile(r"^(农历|阴历|lunar:?)\s*", re.IGNORECASE)
_LUNAR_DATE = re.compile(r"(?:(\d{4})\s*年?[-/]?)?\s*(闰|L)?\s*([\d一二三四五六七八九十正冬腊]+)"
                         r"\s*(L)?\s*[月\-/]\s*([\d初一二三四五六七八九十廿卅]+)\s*日?")
_SOLAR_DATES = tuple((re.compile(pattern), kind) for pattern, kind in (
    (r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?", "ymd"),
    (r"(\d{4})(\d{2})(\d{2})", "ymd"),
    (r"(\d{1,2})月(\d{1,2})日?", "md"),
    (r"-{0,2}(\d{1,2})-(\d{1,2})", "md"),
    (r"(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})", "ab y")))
_CN_DIGITS = {"正": 1, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
              "九": 9, "十": 10, "冬": 11, "腊": 12, "廿": 20, "卅": 30, "初": 0}


def key_of(header: str) -> str:
    """A header reduced to what matters for matching: lower case, letters and digits only."""
    return re.sub(r"[\W_]+", "", header.lower())


def auto_mapping(headers: list[str]) -> dict[int, str]:
    """Column index -> Custbook field ("phone" may repeat); unknown columns are left out."""
    mapping: dict[int, str] = {}
    used: set[str] = set()
    own = {key_of(f.name): f"custom:{f.id}" for f in custom_fields.fields()}  # the shop's own
    for index, header in enumerate(headers):
        key = key_of(header)
        if not key:
            continue
        field = next((f for f, keys in _EXACT.items() if key in keys), None)
        if key == "birthday" and "birthyear" in map(key_of, headers):  # Thunderbird
            field = "birth_day"
        if field is None and re.fullmatch(r"email\d+value|emailaddress\d?|secondaryemail", key):
            field = "email"
        if field is None and any(w in key for w in _PHONE_WORDS) \
                and not any(w in key for w in _NOT_PHONE):
            field = "phone"
        if field is None and key in _ADDRESS_PARTS:
            field = "address_part"
        if field is None:
            field = own.get(key)
        if field is None:
            continue
        if field not in ("phone", "address_part", "email") and field in used:
            continue
        if field == "email" and "email" in used:
            continue
        mapping[index] = field
        used.add(field)
    if "address" in used:
        mapping = {i: f for i, f in mapping.items() if f != "address_part"}
    explicit = [i for i, h in enumerate(headers) if key_of(h) in _PRIOR_SPEND_EXACT]
    if explicit and explicit[0] not in mapping:
        mapping = {i: f for i, f in mapping.items() if f != "prior_spend"}
        mapping[explicit[0]] = "prior_spend"
    return mapping


def _cn_number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    if text in ("十", "初十"):
        return 10
    total = 0
    for char in text:
        value = _CN_DIGITS.get(char)
        if value is None:
            return None
        total = (total or 1) * 10 if char == "十" else total + value
    return total or None


def guess_day_first(values: list[str]) -> bool | None:
    """True when a column's a/b/yyyy dates are day first, False month first, None if unclear."""
    for value in values:
        match = re.fullmatch(r"\s*(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})\s*", str(value))
        if match:
            first, second = int(match.group(1)), int(match.group(2))
            if first > 12:
                return True
            if second > 12:
                return False
    return None


def parse_birthday(value: object, day_first: bool = True
                   ) -> tuple[str, int, int, int | None, bool] | None:
    """(calendar, month, day, year, leap) of a birthday as people write it; None when empty.

    Raises ValueError when the text is not a date.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return ("solar", value.month, value.day, value.year, False)
    text = str(value).strip()
    if text in ("0/0/00", "0/0/0000", "00/00/0000", "0000-00-00"):
        return None
    lunar_mark = _LUNAR_MARK.match(text)
    if lunar_mark:
        rest = text[lunar_mark.end():]
        match = _LUNAR_DATE.fullmatch(rest)
        if not match:
            raise ValueError(text)
        month, day = _cn_number(match.group(3)), _cn_number(match.group(5))
        if not month or not day or not (1 <= month <= 12 and 1 <= day <= 30):
            raise ValueError(text)
        year = int(match.group(1)) if match.group(1) else None
        return ("lunar", month, day, year, bool(match.group(2) or match.group(4)))
    text = text.split("T")[0].split(" ")[0]
    for pattern, kind in _SOLAR_DATES:
        match = pattern.fullmatch(text)
        if not match:
            continue
        numbers = [int(g) for g in match.groups()]
        if kind == "ymd":
            year, month, day = numbers
        elif kind == "md":
            year, (month, day) = None, numbers
        else:
            first, second, year = numbers
            if year < 100:
                year += 1900 if year > clock.today().year % 100 else 2000
            month, day = (second, first) if day_first else (first, second)
        dt.date(year or 2000, month, day)  # ValueError when not a date
        return ("solar", month, day, year, False)
    raise ValueError(text)


def contacts_from_table(table: Table, mapping: dict[int, str], day_first: bool | None = None
                        ) -> list[Contact]:
    """One Contact per data row (blank rows were left out when the file was read)."""
    if day_first is None:
        date_columns = [i for i, f in mapping.items() if f == "birthday"]
        values = [row[i] for row in table.rows for i in date_columns if i < len(row)]
        guessed = guess_day_first([v for v in values if isinstance(v, str)])
        day_first = True if guessed is None else guessed
    numbers = table.numbers or range(table.first_row_number, table.first_row_number
                                     + len(table.rows))
    return [contact_from_row(number, row, mapping, day_first)
            for number, row in zip(numbers, table.rows)]


def contact_from_row(number: int, row: list, mapping: dict[int, str], day_first: bool
                     ) -> Contact:
    """The Contact of one data row (row `number` of the file), its columns read by `mapping`."""
    contact = Contact(row_number=number)
    parts: dict[str, str] = {}
    address_parts: list[str] = []
    notes: list[str] = []
    for index, field in mapping.items():
        value = row[index] if index < len(row) else ""
        if value is None or value == "":
            continue
        text = value.isoformat() if isinstance(value, dt.date) else str(value).strip()
        if field not in _READ_APART and not field.startswith("custom:"):
            parts[field] = text
        elif field == "phone":
            contact.phones.extend(p.strip() for p in _PHONE_SPLIT.split(text) if p.strip())
        elif field == "address_part":
            address_parts.append(text)
        elif field == "note":
            notes.append(text)
        elif field.startswith("custom:"):  # one of the shop's own fields, checked by type
            own = custom_fields.field(int(field[7:]))
            if own is None:
                continue
            try:
                contact.extra[field] = custom_fields.parse(own.kind, value, own.choices,
                                                           own.name)
            except ValidationError as exc:
                contact.problems.append(QT_TRANSLATE_NOOP(
                    "Import", "{problem} It was left out.").format(problem=exc.message))
        elif field == "prior_spend":
            try:
                contact.extra["prior_spend_cents"] = money.parse(text, "prior_spend_cents",
                                                                 empty=0)
            except ValidationError:
                contact.problems.append(QT_TRANSLATE_NOOP(
                    "Import", "The spend before “{text}” is not an amount of money and was "
                              "left out.").format(text=text))
        elif field in ("birthday", "lunar_birthday"):
            try:
                if field == "lunar_birthday" and not _LUNAR_COLUMN.match(text):
                    text = "农历" + text  # the column says lunar; 农历八月十五 says it too
                found = parse_birthday(value if field == "birthday" else text, day_first)
            except ValueError:
                contact.problems.append(QT_TRANSLATE_NOOP(
                    "Import", "The birthday “{text}” is not a date and was left out.")
                    .format(text=text))
                continue
            if found and (contact.birthday is None or found[0] == "lunar"):
                contact.birthday = found
    if contact.birthday is None and parts.get("birth_month") and parts.get("birth_day"):
        try:
            year = int(parts["birth_year"]) if parts.get("birth_year") else None
            month, day = int(parts["birth_month"]), int(parts["birth_day"])
            dt.date(year or 2000, month, day)
            contact.birthday = ("solar", month, day, year, False)
        except ValueError:
            pass
    given = " ".join(p for p in (parts.get("given_name"), parts.get("middle_name")) if p)
    family = parts.get("family_name", "")
    if parts.get("name"):
        contact.name = parts["name"]
    elif given or family:
        cjk = any("\u3040" <= ch <= "\u9fff" for ch in family + given)
        contact.name = (family + given) if cjk else " ".join(p for p in (given, family) if p)
    contact.email = parts.get("email", "").split(" ::: ")[0]
    contact.address = parts.get("address", "") or " ".join(address_parts)
    contact.note = "\n".join(notes)
    contact.extra.update({k: parts[k] for k in ("tier", "wechat_id", "gender", "tags",
                                                 "occupation", "company") if parts.get(k)})
    return contact
