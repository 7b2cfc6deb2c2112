"""One writer per book: a lock file beside the book, held while a program has it open.

Why: two Custbook windows (or a window and `main.py restore`) writing the same file
would each believe their view of the book is the truth; a restore could even replace
the file under an open window. SQLite's own locks only cover single transactions, so
the book needs a lock of its own that lasts as long as the book is open.

How: `custbook.db.lock` beside `custbook.db` is locked with the operating system's
advisory lock (`flock` on Linux, `msvcrt.locking` on Windows). The OS drops that lock
when the process ends, however it ends, so a crash never leaves a stale lock behind;
the details written into the file (which program — the window or a command —, whose
account, which PC, since when, the process id) are only there to name the holder in
messages: "…is open in the Custbook window of 张三 on SHOP-PC since 09:12 (process 4242)".
Within one process the lock is counted, so opening the same book again is fine.
"""
from __future__ import annotations

import datetime as dt
import errno
import getpass
import json
import os
import socket
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from custbook.errors import BookError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook import clock

_INFO_OFFSET = 64  # Windows locks byte 0; the holder's details are written after it


class BookInUse(BookError):
    """The book is open in another Custbook program; `holder` says which, if known."""

    def __init__(self, message: str, holder: LockHolder | None):
        super().__init__(message)
        self.holder = holder


WINDOW = "window"  # what the window records as its program (set_program)
_program = ""  # this process's program: WINDOW, "command:NAME" or "" (a script)


def set_program(program: str) -> None:
    """Name what this process is, for the lock file: WINDOW or "command:NAME"."""
    global _program
    _program = program


def current_program() -> str:
    """What this process said it is (set_program): WINDOW, "command:NAME" or ""."""
    return _program


@dataclass(frozen=True)
class LockHolder:
    """Who holds a book's lock: process id, computer name, since when, program and account."""

    pid: int
    host: str
    since: str
    program: str = ""  # WINDOW, "command:NAME" or "" (unknown: an older Custbook, a script)
    user: str = ""

    def since_words(self) -> str:
        """The time alone when it is today, else the day and time ("2026-11-21 18:02")."""
        try:
            when = dt.datetime.fromisoformat(self.since)
        except ValueError:
            return self.since
        if when.date() == clock.today():
            return when.strftime("%H:%M")
        return when.strftime("%Y-%m-%d %H:%M")


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name known to the system (a container)
        return ""


@dataclass
class BookLock:
    """A held lock; `release()` (or leaving `held`) lets other programs open the book."""

    path: Path
    key: str
    _fd: int
    _count: int = 1

    def release(self) -> None:
        """Give the lock up (when the last holder in this process lets go)."""
        self._count -= 1
        if self._count > 0:
            return
        _held.pop(self.key, None)
        if sys.platform != "win32":
            # Unlink while still locked: a waiter that opened the old file notices the
            # path no longer leads to it (see _open_locked) and tries again.
            try:
                os.unlink(self.path)
            except OSError:
                pass
        _unlock(self._fd)
        os.close(self._fd)
        if sys.platform == "win32":
            try:
                os.unlink(self.path)
            except OSError:
                pass


_held: dict[str, BookLock] = {}


def lock_path(book: str | Path) -> Path:
    """The lock file of a book: `NAME.lock` beside it."""
    book = Path(book)
    return book.with_name(book.name + ".lock")


def _key(book: str | Path) -> str:
    return os.path.normcase(str(Path(book).expanduser().resolve()))


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except OSError:
        return False


def _open_locked(path: Path) -> int | None:
    """Open and lock the lock file; None when another process holds it."""
    for _ in range(20):
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        if not _try_lock(fd):
            os.close(fd)
            return None
        if sys.platform == "win32" or _same_file(fd, path):
            return fd
        _unlock(fd)  # the previous holder removed this file as we opened it: go again
        os.close(fd)
    return None


def read_holder(book: str | Path) -> LockHolder | None:
    """The details the current holder wrote into the lock file, if any can be read."""
    try:
        with open(lock_path(book), "rb") as file:
            file.seek(_INFO_OFFSET)
            info = json.loads(file.read(4096).decode("utf-8") or "null")
        return LockHolder(int(info["pid"]), str(info["host"]), str(info["since"]),
                          str(info.get("program", "")), str(info.get("user", "")))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def holder_words(holder: LockHolder) -> str:
    """Who holds the book, as a phrase: "the Custbook window of 张三 on SHOP-PC since 09:12
    (process 4242)"; a command is named by its name."""
    values = {"user": holder.user, "host": holder.host, "since": holder.since_words(),
              "pid": holder.pid, "command": holder.program.partition(":")[2]}
    if holder.program == WINDOW:
        words = (QT_TRANSLATE_NOOP("Lock", "the Custbook window of {user} on {host} since "
                                           "{since} (process {pid})") if holder.user else
                 QT_TRANSLATE_NOOP("Lock", "the Custbook window on {host} since {since} "
                                           "(process {pid})"))
    elif holder.program.startswith("command:"):
        words = (QT_TRANSLATE_NOOP("Lock", "the Custbook command “{command}” of {user} on "
                                           "{host} since {since} (process {pid})")
                 if holder.user else
                 QT_TRANSLATE_NOOP("Lock", "the Custbook command “{command}” on {host} since "
                                           "{since} (process {pid})"))
    else:
        words = (QT_TRANSLATE_NOOP("Lock", "another Custbook program of {user} on {host} "
                                           "since {since} (process {pid})") if holder.user else
                 QT_TRANSLATE_NOOP("Lock", "another Custbook program on {host} since {since} "
                                           "(process {pid})"))
    return words.format(**values)


def in_use_message(book: str | Path, holder: LockHolder | None) -> str:
    """Words for "this book is open elsewhere", naming the program, account and PC when known."""
    if holder is None:
        return QT_TRANSLATE_NOOP(
            "Lock", "The book {path} is open in another Custbook window. Close it there "
                    "first.").format(path=book)
    if holder.program.startswith("command:"):
        return QT_TRANSLATE_NOOP(
            "Lock", "The book {path} is in use by {holder}. Wait until it has finished, "
                    "then try again.").format(path=book, holder=holder_words(holder))
    return QT_TRANSLATE_NOOP(
        "Lock", "The book {path} is open in {holder}. Close it there first.").format(
            path=book, holder=holder_words(holder))


class ServerBookLock:
    """The "lock" of a shared book on a server: none. Several PCs use it at once by design;
    the server keeps them apart (each save checks the card's version)."""

    def release(self) -> None:
        pass


def acquire(book: str | Path, wait: float = 0) -> BookLock | ServerBookLock:
    """Lock a book for this process; raises BookInUse if another program holds it.

    `wait`: seconds to keep trying first (a window that is closing lets go in a moment).
    """
    deadline = time.monotonic() + wait
    while True:
        try:
            return _acquire(book)
        except BookInUse:
            if time.monotonic() >= deadline:
                raise
            time.sleep(0.1)


def _acquire(book: str | Path) -> BookLock | ServerBookLock:
    if "://" in str(book):
        return ServerBookLock()
    key = _key(book)
    lock = _held.get(key)
    if lock is not None:
        lock._count += 1
        return lock
    path = lock_path(Path(key))
    try:
        fd = _open_locked(path)
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise BookError(QT_TRANSLATE_NOOP(
                "Lock", "The folder {folder} is read-only. Custbook needs to write beside the "
                        "book; copy the book to a folder you can write to.").format(
                            folder=path.parent)) from exc
        raise BookError(QT_TRANSLATE_NOOP(
            "Lock", "Cannot lock the book {path}: {reason}").format(
                path=book, reason=exc.strerror or exc)) from exc
    if fd is None:
        holder = read_holder(book)
        raise BookInUse(in_use_message(book, holder), holder)
    info = {"pid": os.getpid(), "host": socket.gethostname(),
            "since": clock.now().isoformat(sep=" ", timespec="seconds"),
            "program": _program, "user": _user()}
    os.ftruncate(fd, 0)  # a crashed holder's details may still be there
    os.lseek(fd, _INFO_OFFSET, os.SEEK_SET)
    os.write(fd, json.dumps(info).encode("utf-8"))
    lock = BookLock(path, key, fd)
    _held[key] = lock
    return lock


def is_held_here(book: str | Path) -> bool:
    """True when this process holds the book's lock."""
    return _key(book) in _held


@contextmanager
def held(book: str | Path, wait: float = 0) -> Iterator[BookLock]:
    """Hold a book's lock for the length of a `with` block (trying for `wait` seconds)."""
    lock = acquire(book, wait)
    try:
        yield lock
    finally:
        lock.release()
