"""Mainland numbers are read with short cuts, and exactly as libphonenumber reads them.

`phones.normalise` reads the numbers most shops have without libphonenumber's parser:
a mobile (11 digits 1[3-9]…, written with spaces, dashes or +86) by China's patterns,
a landline written with its 0 (0571-8765 4321) straight into the number libphonenumber
would make of it. Every answer, number, digits, mobile or not, and the message for a
wrong number, must be libphonenumber's. Here both ways meet over every five-digit
mobile prefix, every area code, and the shapes people write them in.
"""
from __future__ import annotations

import random

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custbook.customers import phones
from custbook.errors import ValidationError

REGIONS = ("CN", "US", "HK")


def by_libphonenumber(text: str, region: str) -> tuple:
    """normalise as it was before the short cut: libphonenumber for every number."""
    raw = text.strip()
    try:
        parsed = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return ("error", f"“{raw}” is not a phone number.")
    if not phonenumbers.is_valid_number(parsed):
        if parsed.country_code == 86 and not raw.startswith(("+", "0", "1")):
            return ("error", "area code")
        if parsed.country_code == 86:
            return ("error", "11 digits")
        return ("error", "not a valid phone number")
    number = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    digits = "".join(ch for ch in national if ch.isdigit())
    if parsed.country_code != phonenumbers.country_code_for_region(region):
        digits = number.lstrip("+")
    return (number, digits, phonenumbers.number_type(parsed) in (
        phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE))


def by_custbook(text: str, region: str) -> tuple:
    try:
        phone = phones.normalise(text, region)
    except ValidationError as exc:
        for hint in ("is not a phone number", "11 digits", "area code",
                     "not a valid phone number"):
            if hint in exc.message:
                return ("error", exc.message if hint == "is not a phone number" else hint)
        raise
    return (phone.number, phone.digits, phone.mobile)


def shapes(nsn: str) -> list[str]:
    """One mobile written the ways shops write it."""
    spaced = f"{nsn[:3]} {nsn[3:7]} {nsn[7:]}"
    dashed = spaced.replace(" ", "-")
    return [nsn, spaced, dashed, f"+86{nsn}", f"+86 {spaced}", f"+86-{dashed}", f" {nsn} ",
            f"-{nsn}-", f"{nsn[:3]}  {nsn[3:]}", f"+86 {nsn}", f"{nsn[:4]} {nsn[4:]}"]


def test_every_five_digit_prefix_reads_the_same_both_ways():
    rng = random.Random(20)
    for prefix in range(10000, 20000):
        nsn = f"{prefix}{rng.randrange(10 ** 6):06d}"
        assert by_custbook(nsn, "CN") == by_libphonenumber(nsn, "CN"), nsn


@pytest.mark.parametrize("region", REGIONS)
def test_every_shape_of_every_four_digit_prefix_reads_the_same_both_ways(region):
    rng = random.Random(region)
    for prefix in range(1000, 2000, 1 if region == "CN" else 7):
        nsn = f"{prefix}{rng.randrange(10 ** 7):07d}"
        for text in shapes(nsn):
            assert by_custbook(text, region) == by_libphonenumber(text, region), (text, region)


def test_the_short_cuts_read_the_common_numbers():
    """The comparisons here go through the short cuts, not around them."""
    for text in shapes("13812345678"):
        assert phones._mainland_mobile(text.strip(), "CN") is not None, text
    assert phones._mainland_mobile("+86 138 1234 5678", "US").digits == "8613812345678"
    for text in ("0571-8765 4321", "010 6552 9988", "0755-12345678", "013812345678"):
        assert phones._mainland_landline(text, "CN") is not None, text


def landline_shapes(area: str, local: str) -> list[str]:
    """One number written with its 0 the ways shops write it."""
    return [f"0{area}{local}", f"0{area}-{local}", f"0{area} {local[:4]} {local[4:]}",
            f"0{area}-{local[:4]}-{local[4:]}", f" 0{area} - {local} "]


@pytest.mark.parametrize("region", ("CN", "US"))
def test_every_area_code_reads_the_same_both_ways(region):
    rng = random.Random(region)
    for area in [str(n) for n in range(10, 100)] + [str(n) for n in range(100, 1000)]:
        for size in (7, 8):
            local = f"{rng.randrange(1, 10)}{rng.randrange(10 ** (size - 1)):0{size - 1}d}"
            for text in landline_shapes(area, local)[:2 if len(area) == 3 else 5]:
                assert by_custbook(text, region) == by_libphonenumber(text, region), text


@pytest.mark.parametrize("text", ["0", "01", "0123", "01234", "0012345678", "00861381234567",
                                  "0 0571 8765 4321", "0571-8765-4321-123", "0571 8765 4321 #8",
                                  "0" * 30, "0571" + " " * 250 + "87654321", "057１87654321",
                                  "0200000000", "0111111111111", "0101234567890123456"])
def test_unusual_landlines_read_the_same_both_ways(text):
    assert by_custbook(text, "CN") == by_libphonenumber(text, "CN")


@pytest.mark.parametrize("text", [
    "17912345678",  # 179xx is also a carrier code libphonenumber may strip
    "12345678901", "14012345678", "19212345678", "1381234567", "138123456789",
    "１３８１２３４５６７８",  # full-width digits
    "138 1234 5678 #12", "138.1234.5678", "(138) 1234 5678", "+86 (0) 138 1234 5678",
    "+8613812345678" + " " * 240, "138" + "-" * 250 + "12345678", "0086 138 1234 5678",
    "86 138 1234 5678", "+86 0138 1234 5678", "+85 138 1234 5678", "+8 6138 1234 5678",
])
@pytest.mark.parametrize("region", REGIONS)
def test_unusual_shapes_read_the_same_both_ways(text, region):
    assert by_custbook(text, region) == by_libphonenumber(text, region)


PIECES = st.sampled_from(["1", "3", "4", "5", "7", "8", "9", "0", "6", " ", "-", "+86", "  ",
                          "+", "86"])


@settings(max_examples=400, deadline=None, derandomize=True, database=None)
@given(st.lists(PIECES, min_size=1, max_size=18), st.sampled_from(REGIONS))
def test_any_mix_of_digits_spaces_dashes_and_plus_86_reads_the_same_both_ways(pieces, region):
    text = "".join(pieces)
    if not text.strip():
        return
    assert by_custbook(text, region) == by_libphonenumber(text, region)


@st.composite
def written_numbers(draw) -> str:
    """An 11-digit number starting 1, or 10 to 13 starting 0, with separators anywhere and
    maybe +86 first."""
    if draw(st.booleans()):
        digits = "1" + draw(st.text("0123456789", min_size=10, max_size=10))
    else:
        digits = "0" + draw(st.text("0123456789", min_size=9, max_size=12))
    out = draw(st.sampled_from(["", "+86", "+86 ", "+86-", " "]))
    for digit in digits:
        out += draw(st.sampled_from(["", "", "", " ", "-", "  ", "--", " - "])) + digit
    return out + draw(st.sampled_from(["", " ", "-"]))


@settings(max_examples=500, deadline=None, derandomize=True, database=None)
@given(written_numbers(), st.sampled_from(REGIONS))
def test_any_written_number_reads_the_same_both_ways(text, region):
    assert by_custbook(text, region) == by_libphonenumber(text, region)
