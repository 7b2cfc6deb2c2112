"""What a killed backup or restore leaves behind, removed the next time the book is opened.

A backup is written as `<name>.<pid>.partial` (with SQLite's `…partial-journal` beside
it while it is being written) and renamed when whole; a restore stages the backup as
`<book>.restoring` before renaming it over the book. Killed in between, these files
stay, each as large as the book. Neither is ever needed again: the book is whole
(either the old one or the restored one), so they are removed on the next start.

A partial file is removed when the process that wrote it is gone (its id is in the
name) or it is a day old; a staged restore only when no program holds the book's lock,
so a restore running in another window is never disturbed.
"""
from __future__ import annotations

import os
import time
from pathlib import Path

from custbook.book_paths import book_folder
from custbook.errors import BookError

STALE_SECONDS = 24 * 3600


def _pid_in(name: str) -> int | None:
    """The writer's process id in `<final>.<pid>.partial[-journal]`, if there is one."""
    stem = name.split(".partial", 1)[0]
    digits = stem.rsplit(".", 1)[-1]
    return int(digits) if digits.isdigit() else None


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's process: leave its file alone
    return True


def _partials(folder: Path) -> list[Path]:
    try:
        return [p for p in folder.iterdir() if ".partial" in p.name]
    except OSError:
        return []


def _staged(book: Path) -> list[Path]:
    """A killed restore's staged copy of the backup (and its journal) beside `book`."""
    staged = book.with_name(book.name + ".restoring")
    return [p for p in (staged, Path(f"{staged}-journal")) if p.exists()]


def found(book: str | Path, root: Path | None = None) -> bool:
    """Whether `clean` has anything to look at for `book` (it removes nothing itself)."""
    book = Path(book)
    return bool(_partials(book_folder(book, root))) or bool(_staged(book))


def clean(book: str | Path, root: Path | None = None) -> list[Path]:
    """Remove a killed backup's and a killed restore's files for `book`; returns them."""
    book = Path(book)
    removed: list[Path] = []
    now = time.time()
    for path in _partials(book_folder(book, root)):
        pid = _pid_in(path.name)
        try:
            if (pid is not None and not _alive(pid)) or \
                    now - path.stat().st_mtime > STALE_SECONDS:
                path.unlink()
                removed.append(path)
        except OSError:
            pass
    leftovers = _staged(book)
    if leftovers:
        # start-up: the book lock (socket, getpass, dataclasses: 8-15 ms loaded; -X
        # importtime) only when a killed restore left its copy: `info` checks for
        # leftovers at every start and almost never finds one
        from custbook.safety import booklock

        try:
            lock = booklock.acquire(book)
        except (BookError, OSError):
            return removed  # a restore may be running right now in another program
        try:
            for path in leftovers:
                try:
                    path.unlink()
                    removed.append(path)
                except OSError:
                    pass
        finally:
            lock.release()
    return removed
