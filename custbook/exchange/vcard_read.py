"""Reading contacts from vCard files (2.1, 3.0 and 4.0) as phones and mail programs write them.

Written by hand because real files break the rules in ways libraries trip on, and
the work is done on bytes until each value is complete:

- line ends may be CRLF, LF or CR CR LF; UTF-16/32 files carry a BOM;
- folding (a line starting with a space) may split a UTF-8 character, and
  quoted-printable soft breaks (`=` at the end of a line) may too, so lines are joined
  as bytes and decoded only afterwards, with the value's CHARSET (UTF-8 by default,
  Shift_JIS/GBK where the phone said so);
- vCard 2.1 bare parameters (`TEL;HOME;FAX`, `QUOTED-PRINTABLE`), item groups
  (`item1.TEL`), RFC 6868 caret escapes in parameters (`^n`, `^'`, `^^`);
- iOS stores a Chinese-calendar birthday as `X-ALTBDAY;CALSCALE=chinese:EEEEYYYYMMDD`
  (ICU era, year of the era, month, day).
"""
from __future__ import annotations

import base64
import binascii
import codecs
import datetime as dt
import quopri
import re
from dataclasses import dataclass, field

from custbook.i18n import QT_TRANSLATE_NOOP


@dataclass
class Property:
    """One content line: name (upper case, group removed), parameters, raw value bytes."""

    name: str
    params: dict[str, list[str]]
    value: bytes


@dataclass
class Contact:
    """What Custbook keeps of one vCard."""

    name: str = ""
    phones: list[str] = field(default_factory=list)
    email: str = ""
    address: str = ""
    note: str = ""
    birthday: tuple[str, int, int, int | None, bool] | None = None  # calendar, m, d, year, leap
    photo: tuple[bytes, str] | None = None
    problems: list[str] = field(default_factory=list)
    extra: dict[str, str] = field(default_factory=dict)  # wechat_id, gender, tier, tags, ...
    row_number: int | None = None  # the row in a CSV/XLSX file (blank rows are skipped)


def _to_utf8_bytes(data: bytes) -> bytes:
    for bom, name in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                      (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(name, "replace").encode("utf-8")
    if data.startswith(codecs.BOM_UTF8):
        return data[3:]
    return data


def _logical_lines(data: bytes) -> list[bytes]:
    """Physical lines joined into content lines, in linear time.

    Each content line is collected as a list of pieces and joined once: appending to
    a bytes object copies it, so a 5 MB photo folded into 75-byte lines took minutes.
    """
    data = data.replace(b"\r\r\n", b"\n").replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    lines: list[bytes] = []
    pieces: list[bytes] = []
    qp = False  # the current line is quoted-printable (soft breaks end in "=")

    def finish() -> None:
        if pieces:
            lines.append(b"".join(pieces))

    for line in data.split(b"\n"):
        if pieces and qp and pieces[-1].endswith(b"="):
            pieces[-1] = pieces[-1][:-1]  # quoted-printable soft break
            pieces.append(line)
        elif pieces and line[:1] in (b" ", b"\t"):
            pieces.append(line[1:])
        else:
            finish()
            pieces = [line]
            head, colon, _ = line.partition(b":")
            qp = bool(colon) and b"QUOTED-PRINTABLE" in head.upper()
    finish()
    return [line for line in lines if line.strip()]


def _split(text: str, sep: str) -> list[str]:
    """Split on `sep` outside double quotes."""
    parts, current, quoted = [], "", False
    for char in text:
        if char == '"':
            quoted = not quoted
        elif char == sep and not quoted:
            parts.append(current)
            current = ""
            continue
        current += char
    parts.append(current)
    return parts


def _caret(text: str) -> str:
    return re.sub(r"\^(.)", lambda m: {"n": "\n", "N": "\n", "'": '"', "^": "^"}.get(
        m.group(1), "^" + m.group(1)), text)


def parse_property(line: bytes) -> Property | None:
    """A logical line as a Property, or None when it has no name and value."""
    head, sep, value = line.partition(b":")
    quoted = head.count(b'"') % 2 == 1
    while quoted and sep:  # a colon inside a quoted parameter value
        more, sep, value = value.partition(b":")
        head += b":" + more
        quoted = head.count(b'"') % 2 == 1
    if not sep:
        return None
    pieces = _split(head.decode("utf-8", "replace"), ";")
    name = pieces[0].strip().upper().rsplit(".", 1)[-1]
    params: dict[str, list[str]] = {}
    for piece in pieces[1:]:
        key, eq, val = piece.partition("=")
        if not eq:
            bare = key.strip().upper()
            key, val = ("ENCODING" if bare in ("QUOTED-PRINTABLE", "BASE64", "B")
                        else "TYPE"), key
        values = [_caret(v.strip().strip('"')) for v in _split(val, ",")]
        params.setdefault(key.strip().upper(), []).extend(values)
    return Property(name, params, value)


def _raw_text(prop: Property, fallback: str) -> str:
    value = prop.value
    encodings = [e.upper() for e in prop.params.get("ENCODING", [])]
    if "QUOTED-PRINTABLE" in encodings:
        value = quopri.decodestring(value)
    charset = (prop.params.get("CHARSET") or [""])[0] or "utf-8"
    for name in (charset, "utf-8", fallback):
        try:
            return value.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
    return value.decode("utf-8", "replace")


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def _components(text: str) -> list[str]:
    """A structured value's components (N, ADR), split on unescaped semicolons."""
    return [_unescape(p).strip() for p in re.split(r"(?<!\\);", text)]


def _is_cjk(text: str) -> bool:
    return any("\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" for ch in text)


def _name_from_n(text: str) -> str:
    parts = (_components(text) + [""] * 5)[:5]
    family, given, middle = parts[0], parts[1], parts[2].replace(",", " ")
    if _is_cjk(family + given):
        return (family + given).strip()
    return " ".join(p for p in (given, middle, family) if p)


def parse_date(text: str) -> tuple[int | None, int, int] | None:
    """(year or None, month, day) of a vCard date (1990-05-03, 19900503, --0503), or None."""
    text = text.strip().split("T")[0]
    match = re.fullmatch(r"(\d{4})-?(\d{2})-?(\d{2})", text) or \
        re.fullmatch(r"-{2}(\d{2})-?(\d{2})", text)
    if not match:
        return None
    if len(match.groups()) == 3:
        year, month, day = (int(g) for g in match.groups())
    else:
        year, (month, day) = None, (int(g) for g in match.groups())
    try:
        dt.date(year or 2000, month, day)
    except ValueError:
        return None
    return year, month, day


def _lunar_altbday(text: str) -> tuple[int | None, int, int, bool] | None:
    """iOS's Chinese-calendar birthday: EEEE YYYY MM[L] DD (ICU era 78 began in 1984)."""
    match = re.fullmatch(r"(\d{4})(\d{4})(\d{2})(L?)(\d{2})", text.strip())
    if not match:
        return None
    era, year_of_era, month, leap, day = match.groups()
    year = 1984 + (int(era) - 78) * 60 + int(year_of_era) - 1 if int(era) else None
    if not (1 <= int(month) <= 12 and 1 <= int(day) <= 30):
        return None
    return year, int(month), int(day), bool(leap)


def _photo_type(image: bytes, declared: list[str]) -> str:
    if image.startswith(b"\xff\xd8"):
        return "image/jpeg"
    if image.startswith(b"\x89PNG"):
        return "image/png"
    if image[:4] == b"RIFF" and image[8:12] == b"WEBP":
        return "image/webp"
    return "image/" + (declared[0].lower() if declared else "unknown")


def _is_wechat(prop: Property) -> bool:
    """IMPP of WeChat: iOS writes X-SERVICE-TYPE=WeChat, others a weixin: address."""
    services = [s.lower() for s in prop.params.get("X-SERVICE-TYPE", [])]
    return bool({"wechat", "weixin"} & set(services)) \
        or prop.value.lower().startswith((b"weixin:", b"wechat:"))


def _contact(props: list[Property], fallback: str) -> Contact:
    contact = Contact()
    full = n_name = org = ""
    notes: list[str] = []
    gregorian = lunar_day = None
    tags: list[str] = []
    for prop in props:
        name = prop.name
        if name == "PHOTO":
            encodings = [e.upper() for e in prop.params.get("ENCODING", [])]
            if {"B", "BASE64"} & set(encodings) or prop.value.startswith(b"data:"):
                raw = prop.value.split(b",", 1)[1] if prop.value.startswith(b"data:") \
                    else prop.value
                try:
                    image = base64.b64decode(b"".join(raw.split()), validate=False)
                except (binascii.Error, ValueError):
                    contact.problems.append(QT_TRANSLATE_NOOP(
                        "Import", "The photo is damaged and was left out."))
                    continue
                contact.photo = (image, _photo_type(image, prop.params.get("TYPE", [])))
            continue
        text = _raw_text(prop, fallback)
        if name == "FN":
            full = _unescape(text).strip()
        elif name == "N":
            n_name = _name_from_n(text)
        elif name == "ORG":
            org = org or " ".join(p for p in _components(text) if p)
        elif name == "TEL":
            number = _unescape(text).strip().replace("\u00a0", " ")
            if number.lower().startswith("tel:"):
                number = number[4:]
            if number:
                contact.phones.append(number)
        elif name == "EMAIL" and not contact.email:
            contact.email = _unescape(text).strip()
        elif name == "ADR" and not contact.address:
            parts = _components(text)
            parts = parts[2:] if len(parts) >= 7 else parts  # street onward; PO box is noise
            contact.address = " ".join(p.replace("\n", " ") for p in parts if p)
        elif name == "NOTE":
            note = _unescape(text).strip()
            if note and note not in notes:
                notes.append(note)
        elif name == "BDAY":
            gregorian = parse_date(text)
            if gregorian is None and text.strip():
                contact.problems.append(QT_TRANSLATE_NOOP(
                    "Import", "The birthday “{text}” is not a date and was left out.").format(
                        text=text.strip()))
        elif name == "X-ALTBDAY" and [c.lower() for c in prop.params.get("CALSCALE", [])] \
                == ["chinese"]:
            lunar_day = _lunar_altbday(text)
        elif name == "CATEGORIES":
            tags += [_unescape(t).strip() for t in re.split(r"(?<!\\),", text)]
        elif name == "IMPP" and _is_wechat(prop) and "wechat_id" not in contact.extra:
            handle = _unescape(text).strip()
            contact.extra["wechat_id"] = handle.rsplit(":", 1)[-1] if ":" in handle else handle
        elif name in ("X-WECHAT", "X-WEIXIN") and "wechat_id" not in contact.extra:
            contact.extra["wechat_id"] = _unescape(text).strip()
        elif name == "GENDER":  # vCard 4.0: M, F, O, N, U (;free text)
            contact.extra["gender"] = _components(text)[0]
    contact.name = full or n_name or org
    if org:  # the company, a field of the card (custbook.exchange.export writes it back)
        contact.extra["company"] = org
    contact.note = "\n".join(notes)
    if any(tags):  # the importer splits tags on ":::" (Google's separator) and commas
        contact.extra["tags"] = ":::".join(t for t in tags if t)
    if lunar_day is not None:
        year, month, day, leap = lunar_day
        contact.birthday = ("lunar", month, day, year, leap)
    elif gregorian is not None:
        year, month, day = gregorian
        contact.birthday = ("solar", month, day, year, False)
    return contact


def read_vcards(data: bytes) -> list[Contact]:
    """Every card of a vCard file, in order; a file with no card gives an empty list."""
    data = _to_utf8_bytes(data)
    fallback = "utf-8"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        fallback = "gb18030"
        for name in ("gb18030", "shift_jis"):
            try:
                data.decode(name)
                fallback = name
                break
            except UnicodeDecodeError:
                continue
    contacts: list[Contact] = []
    current: list[Property] | None = None
    for line in _logical_lines(data):
        prop = parse_property(line)
        if prop is None:
            continue
        value = prop.value.strip().upper()
        if prop.name == "BEGIN" and value == b"VCARD":
            if _has_content(current):
                contacts.append(_unended(current, fallback))
            current = []
        elif prop.name == "END" and value == b"VCARD":
            if current is not None:
                contacts.append(_contact(current, fallback))
            current = None
        elif current is not None:
            current.append(prop)
    if _has_content(current):  # the file ends inside a card: read it, and say so
        contacts.append(_unended(current, fallback))
    return contacts


def _has_content(props: list[Property] | None) -> bool:
    return any(p.name not in ("VERSION", "PRODID") for p in props or ())


def _unended(props: list[Property], fallback: str) -> Contact:
    """A card with no END:VCARD (a cut-short file): read as far as it goes, with a warning."""
    contact = _contact(props, fallback)
    contact.problems.append(QT_TRANSLATE_NOOP(
        "Import", "This card has no END:VCARD (the file may be cut short); it was read as far "
                  "as it goes."))
    return contact


def looks_like_vcard(data: bytes) -> bool:
    """True when the file starts (after any BOM and blank lines) with BEGIN:VCARD."""
    return _to_utf8_bytes(data).lstrip().upper().startswith(b"BEGIN:VCARD")
