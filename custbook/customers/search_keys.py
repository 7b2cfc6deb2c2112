"""What a customer can be found by, as one normalised string; and what a typed query means.

Search matches a query as a *substring* of a customer's keys, so both sides are
normalised the same way: Unicode NFKC (full-width ＡＢＣ１２３ from a Chinese input
method become ABC123), case-folded, and with every space removed — so `zhang san`,
`Zhang San` and `zhangsan` are the same query, and `138 1234 5678` is `13812345678`.

The keys of a customer (see `keys_for`) are words separated by `WORD` (\\x1f), then a
`NOTES` (\\x1e) mark and the notes, then the tag names, each closed by `TAG` (\\x1d):

    \\x1f张三\\x1fzhangsan\\x1fzs\\x1f13812345678\\x1fzhangsan_88\\x1f\\x1e对羊毛过敏\\x1dvip\\x1d

The separators let SQL tell an exact word (`\\x1fq\\x1f`), a word's start (`\\x1fq`) or
end (`q\\x1f` — the last four digits of a phone), a whole tag (`\\x1dq\\x1d`) from a
match anywhere, and a match in the name/phone/pinyin part from one in the notes or
tags, without any other column.

Pinyin comes from `pypinyin` (character readings only: its phrase dictionary costs
~55 MB of memory and names are not phrases). A Chinese name starts with the surname,
and many surnames are read differently from the same character elsewhere (曾 is
zēng as a surname, céng in 曾经); pypinyin has no surname mode, so `SURNAMES` below
gives those readings for the first character (or two, for 欧阳-style double surnames).
"""
from __future__ import annotations

import operator
import os
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

WORD = "\x1f"
NOTES = "\x1e"
TAG = "\x1d"
_SPACE_OR_CONTROL = re.compile(r"[\s\x00-\x1f\x7f]+")
_PHONE_LIKE = re.compile(r"\+?[\d\s\-().]+")

# Surname readings that differ from (or add to) a character's everyday reading. The
# first reading is the usual one; a second is indexed too where both are in use.
SURNAMES: dict[str, tuple[str, ...]] = {
    # double surnames whose characters read differently in them
    "万俟": ("moqi",), "尉迟": ("yuchi",), "单于": ("chanyu",), "长孙": ("zhangsun",),
    "澹台": ("tantai",),
    # single-character surnames
    "曾": ("zeng",), "单": ("shan",), "解": ("xie",), "仇": ("qiu",), "区": ("ou",),
    "朴": ("piao",), "查": ("zha",), "盖": ("ge", "gai"), "缪": ("miao",), "翟": ("zhai",),
    "覃": ("qin",), "秘": ("bi",), "种": ("chong",), "繁": ("po",), "折": ("she",),
    "粘": ("nian",), "藏": ("zang",), "都": ("du",), "六": ("lu",), "薄": ("bo",),
    "乐": ("yue", "le"), "阚": ("kan",), "卜": ("bu",), "重": ("chong",), "员": ("yun",),
    "句": ("gou",), "隗": ("wei",), "能": ("nai",), "召": ("shao",), "长": ("chang",),
    "洗": ("xian",), "祭": ("zhai",), "尉": ("wei",), "瞿": ("qu",), "沈": ("shen",),
    "贾": ("jia",), "盛": ("sheng",), "柏": ("bai",), "牟": ("mou",), "宿": ("su",),
    "纪": ("ji",), "燕": ("yan",), "华": ("hua",), "任": ("ren",), "石": ("shi",),
    "叶": ("ye",), "褚": ("chu",), "居": ("ju",), "那": ("na",), "过": ("guo",),
}
_LONGEST_SURNAME = max(len(s) for s in SURNAMES)


def normalise(text: str) -> str:
    """Text as it is compared: NFKC, case-folded, without spaces or control characters."""
    # Most text (names, pinyin, WeChat IDs, tags) is already NFKC with nothing to remove:
    # printable and without a space means no whitespace nor control character (every
    # other one is not printable), so it only needs folding. A customer's keys call this
    # ~6 times (60 million calls to rebuild 1,000,000 customers). Same results: the tests
    # compare both ways (and every code point was checked).
    if text and text.isprintable() and " " not in text:
        if text.isascii():
            return text.lower()
        if unicodedata.is_normalized("NFKC", text):
            return text.casefold()
    return _SPACE_OR_CONTROL.sub("", unicodedata.normalize("NFKC", text or "").casefold())


def query_text(typed: str, country_code: str = "86") -> str:
    """The normalised form of what was typed in the search box.

    A query made only of digits and phone punctuation (`138-1234 5678`, `(0571) 8765`,
    `+86 138…`) is taken as a phone number: only its digits count, and the country
    code of the shop's own country is dropped after a `+`, because numbers are kept
    as national digits. Anything else is normalised like the keys.
    """
    text = unicodedata.normalize("NFKC", typed or "").strip()
    if _PHONE_LIKE.fullmatch(text) and sum(ch.isdigit() for ch in text) >= 3:
        digits = "".join(ch for ch in text if ch.isdigit())
        if text.startswith("+") and digits.startswith(country_code) \
                and len(digits) > len(country_code):
            digits = digits[len(country_code):]
        return digits
    return normalise(text)


_HAN = "\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"  # Chinese characters
_HAS_HAN = re.compile(f"[{_HAN}]").search
_ALL_HAN = re.compile(f"[{_HAN}]*").fullmatch


def _lazy_pinyin():
    # pypinyin loads its 400,000-phrase dictionary on import unless told not to; a
    # name is read character by character anyway. Respect an explicit setting.
    os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
    # start-up: importing pypinyin here, not at the top, saves 507 ms when this module loads
    from pypinyin import Style, lazy_pinyin

    return lambda text: lazy_pinyin(text, style=Style.NORMAL, errors="default")


_reader = None


def readings(name: str) -> list[list[str]]:
    """Pinyin of a name, one list of readings per syllable (surname readings first)."""
    text = normalise(name)
    if not _HAS_HAN(text):
        return []
    head, rest = _syllables(text)
    return ([list(head)] if head else []) + [[syllable] for syllable in rest]


def _syllables(text: str) -> tuple[tuple[str, ...], list[str]]:
    """(the readings of the surname at the start of normalised `text`, or () when it is
    not one of `SURNAMES`; the syllables of the rest, one reading each)."""
    global _reader
    if _reader is None:
        _reader = _lazy_pinyin()
    head: tuple[str, ...] = ()
    for size in range(min(_LONGEST_SURNAME, len(text)), 0, -1):
        if text[:size] in SURNAMES:
            head = SURNAMES[text[:size]]
            text = text[size:]
            break
    if _ALL_HAN(text):  # read character by character: a few thousand to remember
        found = [_chars.get(ch) or _read_char(ch) for ch in text]
        return head, [syllable for syllables in found for syllable in syllables]
    return head, _reader(text) if text else []


def _read_char(ch: str) -> tuple[str, ...]:
    _chars[ch] = found = tuple(_reader(ch))
    _char_full[ch] = "".join(found)
    _char_initials[ch] = "".join([syllable[0] for syllable in found if syllable])
    return found


# Each Chinese character's reading by pypinyin. Without phrases it reads a run of Chinese
# characters one by one, so reading them one at a time gives the same readings (checked
# on every name of the 100,000-customer sample shop) at a fraction of the cost of a call
# per name (pypinyin's per-call work was ~40 % of rebuilding the search index). A few
# thousand characters: kept.
_chars: dict[str, tuple[str, ...]] = {}
_char_full: dict[str, str] = {}  # a character's syllables joined (`zhang`)
_char_initials: dict[str, str] = {}  # their initials (`z`)
_SURNAME_STARTS = frozenset(surname[0] for surname in SURNAMES)


# Names repeat (张伟, 王芳 …): a rebuild reads each distinct name once where it can. Up to
# 100,000 names (some 40 MB when full; let go by `forget_names` after a rebuild): at
# 1,000,000 customers (291,000 distinct names) 42 % of the names are read, 69 % with 20,000.
@lru_cache(maxsize=100_000)
def pinyin_words(name: str) -> tuple[str, ...]:
    """The pinyin spellings a name is found by: full (`zhangsan`) and initials (`zs`).

    ü is written `v` by pinyin input methods and `u` by many people: both are kept.
    """
    text = normalise(name)
    if text and text[0] not in _SURNAME_STARTS and _ALL_HAN(text):
        # the usual name (Chinese characters only, no surname read apart): each character's
        # spellings joined, without building the syllables (a third less time)
        if not all(map(_char_full.__contains__, text)):
            _syllables(text)  # reads the characters not read yet
        words = ["".join(map(_char_full.__getitem__, text)),
                 "".join(map(_char_initials.__getitem__, text))]
        words += [w.replace("v", "u") for w in words if "v" in w]
        return tuple(dict.fromkeys(map(normalise, filter(None, words))))
    if not _HAS_HAN(text):
        return ()
    head, rest = _syllables(text)
    # Every syllable has one reading but a surname's: up to 4 spellings, one per reading
    # of the surname (as the product of every syllable's readings, surname first).
    if not head:
        if not rest:
            return ()
        head, rest = (rest[0],), rest[1:]
    full = "".join(rest)
    initials = "".join([syllable[0] for syllable in rest if syllable])
    words = [reading + full for reading in head[:4]]
    words += [reading[:1] + initials for reading in head[:4]]
    words += [w.replace("v", "u") for w in words if "v" in w]
    return tuple(dict.fromkeys(map(normalise, filter(None, words))))


def forget_names() -> None:
    """Let go of the names remembered by `pinyin_words` (after a rebuild or an import)."""
    pinyin_words.cache_clear()


def keys_for(name: str, phone_digits: Iterable[str], wechat_id: str = "",
             notes: Iterable[str] = (), tags: Iterable[str] = (), company: str = "",
             cards: Iterable[str] = ()) -> str:
    """The search keys of one customer (see the module docstring for the layout);
    `cards`: member card numbers, words like a phone (found while typed, not only by a
    scanner's Enter)."""
    words = [normalise(name), *pinyin_words(name), *filter(None, phone_digits)]
    if wechat_id:
        words.append(normalise(wechat_id))
    if company:  # 上海茶行 finds the people of that company, as a word of their own
        words.append(normalise(company))
    words += map(normalise, filter(None, cards))
    unique = dict.fromkeys(words)
    unique.pop("", None)
    note_text = " ".join(filter(None, map(normalise, notes)))
    return (WORD + WORD.join(unique) + WORD + NOTES + note_text + TAG
            + _tag_text(tuple(tags)))


@lru_cache(maxsize=4096)  # customers share a few tags: the same few lists over and over
def _tag_text(tags: tuple[str, ...]) -> str:
    return "".join(t + TAG for t in dict.fromkeys(map(normalise, tags)) if t)


SHORT = 2  # queries of up to this many characters are answered by `pieces`
_add = operator.add  # (str.__add__ through map costs twice as much)
_TAILS_KEPT = 2048  # notes-and-tags parts remembered by `_tail_sets` (they repeat)
_TAIL_KEPT_LENGTH = 48  # longer ones (real notes) are not remembered: few repeat
_tails: dict[str, tuple[frozenset[str], frozenset[str]]] = {}


def pieces(keys: str) -> dict[str, int]:
    """Every 1- and 2-character piece of a customer's keys, with the tier it ranks in.

    The tier is the one search's SQL computes for that piece as a query (see
    `custbook.customers.search`): 0 a whole word, 1 a word's start or end or a whole
    tag, 2 anywhere else in a word, 3 only in the notes or in part of a tag. A query
    never holds spaces or separators, so no piece does either.
    """
    return {piece: tier for tier, found in enumerate(tier_sets(keys)) for piece in found}


def tier_sets(keys: str) -> tuple[set[str], set[str], set[str], frozenset[str]]:
    """The pieces of `pieces` as four disjoint sets: those of tier 0, 1, 2 and 3.

    Why sets: a rebuild takes the pieces of every customer (~51 each, 51 million at
    1,000,000 customers), and a piece's tier is the best of its places in the keys: the
    union of each tier's places minus the better tiers' is a few C-level set operations
    per customer, where a dict overwritten from the worst tier to the best was a Python
    step per piece. The notes-and-tags part repeats from customer to customer (the same
    few tags, empty notes), so its pieces are remembered.
    """
    head, _, tail = keys.partition(NOTES)
    whole: set[str] = set()  # tier 0: a whole word
    ends: set[str] = set()  # tier 1: a word's first or last one or two characters
    inside: set[str] = set()  # tier 2: anywhere in a word
    for word in head.split(WORD):
        if word:
            inside.update(word)
            inside.update(map(_add, word, word[1:]))
            ends.update((word[0], word[-1], word[:2], word[-2:]))
            if len(word) <= SHORT:
                whole.add(word)
    whole_tags, elsewhere = _tail_sets(tail)
    ends |= whole_tags  # tier 1 too: a whole tag
    ends -= whole  # (a whole word is also its own start)
    inside -= whole
    inside -= ends
    return whole, ends, inside, elsewhere.difference(whole, ends, inside)


def _tail_sets(tail: str) -> tuple[frozenset[str], frozenset[str]]:
    """(the whole tags of up to SHORT characters, every piece of the notes and tags) of
    the part of the keys after NOTES."""
    found = _tails.get(tail)
    if found is not None:
        return found
    notes, _, tags = tail.partition(TAG)
    names = tags.split(TAG)
    pieces_: set[str] = set()
    for text in (*notes.split(" "), *names):  # notes, the tags' names
        pieces_.update(text)
        pieces_.update(map(_add, text, text[1:]))
    found = frozenset(t for t in names if 0 < len(t) <= SHORT), frozenset(pieces_)
    if len(tail) <= _TAIL_KEPT_LENGTH:
        if len(_tails) >= _TAILS_KEPT:
            _tails.clear()
        _tails[tail] = found
    return found
