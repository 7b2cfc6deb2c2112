"""Reading the phone numbers people type, so the same number always matches itself.

Shops write numbers every which way (`138 1234 5678`, `0571-8765 4321`,
`+1 (415) 555-0100`). We parse them with Google's libphonenumber port
(`phonenumbers`), store E.164 (`+8613812345678`) for matching, and keep the national
digits (`13812345678`, `057187654321`) for "type the last four digits" search.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import phonenumbers

from custbook.errors import ValidationError
from custbook.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Phone:
    """A validated phone number: E.164 for matching, national digits for search."""

    number: str
    digits: str
    # known when parsed (normalise): labelling a new number then needs no second parse
    mobile: bool | None = field(default=None, compare=False)

    def display(self) -> str:
        """The number as people in its country write it."""
        return format_for_display(self.number)


def normalise(text: str, region: str = "CN", field: str = "phone") -> Phone:
    """Parse a typed phone number or raise ValidationError saying why it is wrong."""
    raw = (text or "").strip()
    if not raw:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Phone", "The phone number is empty."))
    try:
        parsed = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Phone", "“{text}” is not a phone number.").format(text=raw)) from None
    if not phonenumbers.is_valid_number(parsed):
        if parsed.country_code == 86 and not raw.startswith("+") and not raw.startswith("0") \
                and not raw.startswith("1"):
            reason = QT_TRANSLATE_NOOP(
                "Phone", "“{text}” is not a valid number: a landline needs its area code "
                         "(e.g. 0571-87654321).")
        elif parsed.country_code == 86:
            reason = QT_TRANSLATE_NOOP(
                "Phone", "“{text}” is not a valid number: a mobile number has 11 digits "
                         "starting with 1, a landline starts with its area code.")
        else:
            reason = QT_TRANSLATE_NOOP("Phone", "“{text}” is not a valid phone number.")
        raise ValidationError(field, reason.format(text=raw))
    number = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    digits = "".join(ch for ch in national if ch.isdigit())
    if parsed.country_code != phonenumbers.country_code_for_region(region):
        digits = number.lstrip("+")
    return Phone(number=number, digits=digits, mobile=phonenumbers.number_type(parsed) in (
        phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE))


def format_for_display(number: str, region: str = "CN") -> str:
    """Format a stored E.164 number for reading: national at home, international abroad."""
    if region == "CN" and len(number) == 14 and number.startswith("+861") and number.isascii() \
            and number[1:].isdigit():
        # a mainland mobile, the common case: libphonenumber writes it 138 1234 5678, and
        # a list page formats a hundred of them per keystroke
        return f"{number[3:6]} {number[6:10]} {number[10:]}"
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return number
    if parsed.country_code == phonenumbers.country_code_for_region(region):
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def is_mobile(number: str, region: str = "CN") -> bool:
    """True when a stored number is a mobile phone (so it can be labelled as one)."""
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.number_type(parsed) in (
        phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)


def digits_of(text: str) -> str:
    """Only the digits of what was typed, for matching part of a number."""
    return "".join(ch for ch in text if ch.isdigit())
