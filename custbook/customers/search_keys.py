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

import itertools
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


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or \
        "\U00020000" <= ch <= "\U0002ffff"


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
    global _reader
    text = normalise(name)
    if not any(_is_han(ch) for ch in text):
        return []
    if _reader is None:
        _reader = _lazy_pinyin()
    head: list[list[str]] = []
    for size in range(min(_LONGEST_SURNAME, len(text)), 0, -1):
        if text[:size] in SURNAMES:
            head = [list(SURNAMES[text[:size]])]
            text = text[size:]
            break
    if all(map(_is_han, text)):  # read character by character: a few thousand to remember
        rest = [[syllable] for ch in text for syllable in _char_reading(ch)]
    else:
        rest = [[syllable] for syllable in _reader(text)] if text else []
    return head + rest


@lru_cache(maxsize=None)
def _char_reading(ch: str) -> tuple[str, ...]:
    """pypinyin's reading of one Chinese character. Without phrases it reads a run of
    Chinese characters one by one, so this gives the same readings (checked on every
    name of the 100,000-customer sample shop) at a fraction of the cost of a call per
    name (pypinyin's per-call work was ~40 % of rebuilding the search index)."""
    return tuple(_reader(ch))


@lru_cache(maxsize=20_000)  # names repeat (张伟, 王芳 …): rebuilding the index reuses them
def pinyin_words(name: str) -> tuple[str, ...]:
    """The pinyin spellings a name is found by: full (`zhangsan`) and initials (`zs`).

    ü is written `v` by pinyin input methods and `u` by many people: both are kept.
    """
    syllables = readings(name)
    if not syllables:
        return ()
    fulls: list[str] = []
    initials: list[str] = []
    for combo in itertools.islice(itertools.product(*syllables), 4):
        fulls.append("".join(combo))
        initials.append("".join(s[0] for s in combo if s))
    words = fulls + initials
    words += [w.replace("v", "u") for w in words if "v" in w]
    return tuple(dict.fromkeys(normalise(w) for w in words if w))


def keys_for(name: str, phone_digits: Iterable[str], wechat_id: str = "",
             notes: Iterable[str] = (), tags: Iterable[str] = (), company: str = "",
             cards: Iterable[str] = ()) -> str:
    """The search keys of one customer (see the module docstring for the layout);
    `cards`: member card numbers, words like a phone (found while typed, not only by a
    scanner's Enter)."""
    words = [normalise(name), *pinyin_words(name)]
    words += [d for d in phone_digits if d]
    if wechat_id:
        words.append(normalise(wechat_id))
    if company:  # 上海茶行 finds the people of that company, as a word of their own
        words.append(normalise(company))
    words += [normalise(card) for card in cards if card]
    words = [w for w in dict.fromkeys(words) if w]
    note_text = " ".join(n for n in (normalise(t) for t in notes) if n)
    tag_text = "".join(t + TAG for t in dict.fromkeys(normalise(t) for t in tags) if t)
    return WORD + WORD.join(words) + WORD + NOTES + note_text + TAG + tag_text


SHORT = 2  # queries of up to this many characters are answered by `pieces`
_add = str.__add__


def pieces(keys: str) -> dict[str, int]:
    """Every 1- and 2-character piece of a customer's keys, with the tier it ranks in.

    The tier is the one search's SQL computes for that piece as a query (see
    `custbook.customers.search`): 0 a whole word, 1 a word's start or end or a whole
    tag, 2 anywhere else in a word, 3 only in the notes or in part of a tag. A query
    never holds spaces or separators, so no piece does either.
    """
    head, _, tail = keys.partition(NOTES)
    notes, _, tags = tail.partition(TAG)
    words = [w for w in head.split(WORD) if w]
    out: dict[str, int] = {}
    # From the worst tier to the best, each overwriting the last: the best one stays.
    # (Built from C-level calls: 100,000 customers have ~5 million pieces.)
    for text in (*notes.split(" "), *tags.split(TAG)):  # tier 3: notes, parts of tags
        out.update(dict.fromkeys(text, 3))
        out.update(dict.fromkeys(map(_add, text, text[1:]), 3))
    for word in words:  # tier 2: anywhere in a word
        out.update(dict.fromkeys(word, 2))
        out.update(dict.fromkeys(map(_add, word, word[1:]), 2))
    for word in words:  # tier 1: a word's start or end
        out[word[0]] = out[word[-1]] = out[word[:2]] = out[word[-2:]] = 1
    for tag in tags.split(TAG):  # tier 1 too: a whole tag
        if 0 < len(tag) <= SHORT:
            out[tag] = 1
    for word in words:  # tier 0: a whole word
        if len(word) <= SHORT:
            out[word] = 0
    return out
