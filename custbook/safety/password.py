"""The optional password that locks the window when it opens and after idle time.

What it is for: a shop PC stands at the counter; the lock keeps a passing customer or
a temporary helper from browsing the book on screen. What it is not: encryption. The
book is an ordinary SQLite file; anyone who can copy the file can read it with other
tools. docs/data-safety.md says so plainly.

The password is never stored, only a salted scrypt hash (`hashlib.scrypt`, memory-hard
and slow on purpose: about 0.1 s per try), in the book's settings, so the lock travels
with the book, and with its backups (restoring an old backup brings back the password
that was set then).
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import unicodedata

from custbook import settings
from custbook.book_format import PASSWORD_KEY as _KEY  # where `info` looks without peewee
from custbook.errors import ValidationError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.models import database

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 15, 8, 1
_MAXMEM = 128 * 1024 * 1024
MIN_LENGTH = 4
MAX_IDLE_MINUTES = 24 * 60


def _normal(password: str) -> bytes:
    # NFKC: a password typed with a Chinese input method in full-width mode (１２３４)
    # is the same password as one typed in half-width (1234).
    return unicodedata.normalize("NFKC", password).encode("utf-8")


def hash_password(password: str, salt: bytes | None = None, n: int = SCRYPT_N,
                  r: int = SCRYPT_R, p: int = SCRYPT_P) -> str:
    """The stored form of a password: `scrypt$n$r$p$salt$hash` (base64), never the text."""
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(_normal(password), salt=salt, n=n, r=r, p=p, maxmem=_MAXMEM,
                            dklen=32)
    text = [base64.b64encode(raw).decode("ascii") for raw in (salt, digest)]
    return f"scrypt${n}${r}${p}${text[0]}${text[1]}"


def matches(password: str, stored: str) -> bool:
    """True when `password` is the one whose hash is `stored` (constant-time compare)."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(_normal(password), salt=base64.b64decode(salt), n=int(n),
                                r=int(r), p=int(p), maxmem=_MAXMEM, dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def is_set() -> bool:
    """True when the open book has a lock password."""
    return bool(settings.get(_KEY))


def verify(password: str) -> bool:
    """True when `password` unlocks the open book (or when no password is set)."""
    stored = settings.get(_KEY)
    return not stored or matches(password, stored)


def _require_current(current: str | None) -> None:
    if is_set() and not verify(current or ""):
        raise ValidationError("current", QT_TRANSLATE_NOOP(
            "Password", "The current password is not right."))


def _check_new(new: str, repeat: str) -> None:
    if len(new) < MIN_LENGTH:
        raise ValidationError("new", QT_TRANSLATE_NOOP(
            "Password", "The password needs at least {n} characters.").format(n=MIN_LENGTH))
    if _normal(new) != _normal(repeat):
        raise ValidationError("repeat", QT_TRANSLATE_NOOP(
            "Password", "The two passwords are not the same."))


def _check_idle(minutes: int) -> None:
    if not 0 <= minutes <= MAX_IDLE_MINUTES:
        raise ValidationError("idle_minutes", QT_TRANSLATE_NOOP(
            "Password", "Choose between 0 and {most} minutes.").format(most=MAX_IDLE_MINUTES))


def set_password(new: str, repeat: str, current: str | None = None) -> None:
    """Set or change the lock password (the current one is needed to change it)."""
    _require_current(current)
    _check_new(new, repeat)
    with database.atomic():
        settings.set(_KEY, hash_password(new))


def configure(current: str | None, new: str, repeat: str, idle: int) -> None:
    """The password dialog's Save: a new password if typed, and the idle time, together.

    With a password set, the current one is needed for any change (else someone at the
    counter could turn the idle lock off); without one, a new password is required.
    """
    _require_current(current)
    changing = bool(new or repeat) or not is_set()
    if changing:
        _check_new(new, repeat)
    _check_idle(idle)
    with database.atomic():
        if changing:
            settings.set(_KEY, hash_password(new))
        settings.set("lock_idle_minutes", idle)


def remove_password(current: str) -> None:
    """Remove the lock password (the current one is needed)."""
    _require_current(current)
    with database.atomic():
        settings.set(_KEY, "")


def idle_minutes() -> int:
    """Minutes without use after which the window locks again (0: only when it opens)."""
    return max(0, min(settings.get("lock_idle_minutes"), MAX_IDLE_MINUTES))


def set_idle_minutes(minutes: int) -> None:
    """Store after how many idle minutes the window locks (0 = never while open)."""
    _check_idle(minutes)
    with database.atomic():
        settings.set("lock_idle_minutes", minutes)
