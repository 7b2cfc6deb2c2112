"""Reading the phone numbers people type, so the same number always matches itself.

Shops write numbers every which way (`138 1234 5678`, `0571-8765 4321`,
`+1 (415) 555-0100`). We parse them with Google's libphonenumber port
(`phonenumbers`), store E.164 (`+8613812345678`) for matching, and keep the national
digits (`13812345678`, `057187654321`) for "type the last four digits" search.

Speed: an import reads 100,000 numbers, and libphonenumber takes ~100 µs for each.
Most are mainland mobiles (`13812345678`, `138 1234 5678`, `+86 138-1234-5678`): for
those `_mainland_mobile` gives the same answer in a few µs, checking the digits against
libphonenumber's own patterns for China (its metadata, so a newer library's rules are
followed). A landline written with its 0 skips only the parser (`_mainland_landline`).
Anything else, or anything they are not sure of, goes through libphonenumber;
tests/core/test_phones_fast_path.py compares both ways over every mobile prefix and
every area code.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

import phonenumbers

from custbook.errors import ValidationError
from custbook.i18n import QT_TRANSLATE_NOOP

_MOBILE_TYPES = (phonenumbers.PhoneNumberType.MOBILE,
                 phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
_SEPARATORS = str.maketrans("", "", " -")
_LONGEST_TEXT = 250  # libphonenumber refuses longer texts (its _MAX_INPUT_STRING_LENGTH)
# The kinds of number libphonenumber tells before mobile (phonenumberutil._number_type_helper)
_OTHER_KINDS = ("premium_rate", "toll_free", "shared_cost", "voip", "personal_number", "pager",
                "uan", "voicemail")
if hasattr(phonenumbers, "enable_pattern_cache"):  # phonenumbers >= 9: compile each rule once
    phonenumbers.enable_pattern_cache()


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
    phone = _mainland_mobile(raw, region) or _parse(raw, region)
    if isinstance(phone, Phone):
        return phone
    if phone == "not a number":
        reason = QT_TRANSLATE_NOOP("Phone", "“{text}” is not a phone number.")
    elif phone == "no area code":
        reason = QT_TRANSLATE_NOOP(
            "Phone", "“{text}” is not a valid number: a landline needs its area code "
                     "(e.g. 0571-87654321).")
    elif phone == "mainland, wrong shape":
        reason = QT_TRANSLATE_NOOP(
            "Phone", "“{text}” is not a valid number: a mobile number has 11 digits "
                     "starting with 1, a landline starts with its area code.")
    else:
        reason = QT_TRANSLATE_NOOP("Phone", "“{text}” is not a valid phone number.")
    raise ValidationError(field, reason.format(text=raw))


@lru_cache(maxsize=4096)  # an import meets the same landline or typo again (bounded: dry runs)
def _parse(raw: str, region: str) -> Phone | str:
    """libphonenumber's reading of a text: the Phone, or why it is not one (in a word,
    translated by normalise: the language may change while this is kept)."""
    parsed = _mainland_landline(raw, region)
    if parsed is None:
        try:
            parsed = phonenumbers.parse(raw, region)
        except phonenumbers.NumberParseException:
            return "not a number"
    # number_type is UNKNOWN exactly when is_valid_number is False (both look the number's
    # region up the same way): one look at the rules instead of two
    kind = phonenumbers.number_type(parsed)
    if kind == phonenumbers.PhoneNumberType.UNKNOWN:
        if parsed.country_code != 86:
            return "not valid"
        return "no area code" if raw[:1] not in ("+", "0", "1") else "mainland, wrong shape"
    number = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    if parsed.country_code != country_code(region):
        digits = number.lstrip("+")
    else:
        national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
        digits = "".join(ch for ch in national if ch.isdigit())
    return Phone(number=number, digits=digits, mobile=kind in _MOBILE_TYPES)


def _mainland_mobile(raw: str, region: str) -> Phone | None:
    """What libphonenumber makes of a mainland mobile written plainly, or None to ask it.

    Plainly: 11 digits 1[3-9]…, spaces and dashes anywhere, `+86` first (or no prefix
    where the book's region is CN). libphonenumber reads those digits as the national
    number, as long as they do not start like a carrier code it strips (179xx), and
    writes them nationally as 138 1234 5678: so the number is +86 and the digits, and
    it is valid and a mobile when China's patterns say so.
    """
    if raw[:3] == "+86":
        rest = raw[3:]
    elif region == "CN":
        rest = raw
    else:
        return None
    nsn = rest.translate(_SEPARATORS)
    if len(nsn) != 11 or nsn[0] != "1" or nsn[1] not in "3456789" or not nsn.isdigit() \
            or not nsn.isascii() or len(raw) > _LONGEST_TEXT or not _china().is_mobile(nsn):
        return None
    number = "+86" + nsn
    return Phone(number, nsn if country_code(region) == 86 else number[1:], True)


def _mainland_landline(raw: str, region: str) -> phonenumbers.PhoneNumber | None:
    """What phonenumbers.parse makes of a number written nationally in China (0571-8765
    4321, 010 6552 9988), or None to ask it: half of the time of reading a landline.

    Only digits, spaces and dashes, the national prefix 0 first (not 00, the prefix for
    abroad): libphonenumber drops the 0 as `_Rules.drops_national_prefix` says, and the
    rest is the national number; whether it is valid is for number_type to tell.
    """
    if region != "CN" or raw[:1] != "0" or len(raw) > _LONGEST_TEXT:
        return None
    digits = raw.translate(_SEPARATORS)
    if digits[1:2] in ("", "0") or not digits.isdigit() or not digits.isascii() \
            or not _china().drops_national_prefix(digits):
        return None
    return phonenumbers.PhoneNumber(country_code=86, national_number=int(digits[1:]))


class _Rules:
    """China's number patterns from libphonenumber's metadata, compiled once."""

    def __init__(self) -> None:
        meta = phonenumbers.PhoneMetadata.metadata_for_region("CN")
        self.carrier_prefix = re.compile(meta.national_prefix_for_parsing or "(?!)")
        self.general = self._desc(meta.general_desc)
        self.local_lengths = tuple(meta.general_desc.possible_length_local_only)
        self.others = [d for d in (self._desc(getattr(meta, k)) for k in _OTHER_KINDS) if d]
        self.mobile = self._desc(meta.mobile)
        self._mobile: dict[int, re.Pattern] = {}  # is_mobile's pattern by length

    @staticmethod
    def _desc(desc: phonenumbers.PhoneNumberDesc | None
              ) -> tuple[tuple[int, ...], re.Pattern] | None:
        if desc is None or not desc.national_number_pattern:
            return None  # as phonenumberutil._match_national_number: never matches
        return tuple(desc.possible_length), re.compile(desc.national_number_pattern)

    def drops_national_prefix(self, digits: str) -> bool:
        """True when libphonenumber reads `digits` (0 and more) as 0, the national prefix,
        then the national number (phonenumberutil._maybe_strip_national_prefix_carrier_code
        and the length check parse makes after it)."""
        prefix = self.carrier_prefix.match(digits)
        if prefix is None or prefix.end() != 1 or any(prefix.groups()) or self.general is None:
            return False
        rest, lengths, pattern = digits[1:], *self.general
        if pattern.fullmatch(digits) is not None and pattern.fullmatch(rest) is None:
            return False  # libphonenumber keeps the 0
        size = len(rest)
        return 2 <= size <= 17 and size not in self.local_lengths and bool(lengths) \
            and (size in lengths or size > max(lengths))

    def is_mobile(self, nsn: str) -> bool:
        """True when libphonenumber reads these national digits as a valid mobile."""
        pattern = self._mobile.get(len(nsn))
        if pattern is None:
            pattern = self._mobile[len(nsn)] = self._mobile_pattern(len(nsn))
        return pattern.match(nsn) is not None

    def _mobile_pattern(self, size: int) -> re.Pattern:
        """For national numbers of one length, one pattern saying what libphonenumber
        does in turn: no carrier code to strip first, the general pattern, none of the
        kinds it tells before mobile (_number_type_helper), the mobile pattern. (Joining
        them is safe: libphonenumber's patterns hold no back-references.)"""
        def fits(desc: tuple[tuple[int, ...], re.Pattern] | None) -> str | None:
            return desc[1].pattern if desc is not None and (not desc[0] or size in desc[0]) \
                else None

        general, mobile = fits(self.general), fits(self.mobile)
        if general is None or mobile is None:
            return re.compile("(?!)")  # never a mobile
        steps = [f"(?!(?:{self.carrier_prefix.pattern}))", f"(?=(?:{general})\\Z)"]
        steps += [f"(?!(?:{other})\\Z)" for other in map(fits, self.others) if other is not None]
        return re.compile("".join(steps) + f"(?:{mobile})\\Z")


@cache
def _china() -> _Rules:
    return _Rules()


@cache
def country_code(region: str) -> int:
    return phonenumbers.country_code_for_region(region)


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
    return phonenumbers.number_type(parsed) in _MOBILE_TYPES


def digits_of(text: str) -> str:
    """Only the digits of what was typed, for matching part of a number."""
    return "".join(ch for ch in text if ch.isdigit())
