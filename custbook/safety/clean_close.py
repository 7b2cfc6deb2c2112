"""The notes about a book kept in this PC's data folder: its clean close, and damage seen.

A book whose file has not changed since its clean close waits longer before its
background check; a book in which damage was seen (`mark_suspect`) is checked whole
before every open until a check finds it sound. `custbook.safety.integrity` explains
when they are written and read (`opening_check`). They live here, with nothing heavier
than hashlib and json, because `python main.py info` closes a book as
`custbook.db.close_book` does (the note written after a WAL checkpoint) without
importing the ORM, the integrity check's dataclasses or the book lock.
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from custbook.book_paths import data_dir

_suspect: set[str] = set()


def _book_key(path: str | Path) -> str:
    return os.path.normcase(str(Path(path).expanduser().resolve()))


def _marker(path: str | Path) -> Path:
    """The note of a clean close: in this PC's data folder, never beside the shop's book."""
    digest = hashlib.sha256(_book_key(path).encode("utf-8")).hexdigest()[:32]
    return data_dir() / "closed-cleanly" / digest


def _file_mark(path: Path) -> dict | None:
    """What a clean close leaves: the file's size, time and inode, and no WAL beside it."""
    try:
        stat = path.stat()
        wal = Path(f"{path}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            return None  # commits not yet in the file: not a clean close
    except OSError:
        return None
    return {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "inode": stat.st_ino}


def _suspect_marker(path: str | Path) -> Path:
    """The note that damage was seen in the book: beside the note of a clean close."""
    marker = _marker(path)
    return marker.with_name(marker.name + ".suspect")


def note_clean_close(path: str | Path) -> None:
    """The book was closed cleanly (WAL checkpointed): its next background check may wait."""
    if is_suspect(path):
        return
    mark = _file_mark(Path(path))
    if mark is None:
        return
    marker = _marker(path)
    try:
        marker.parent.mkdir(parents=True, exist_ok=True)
        partial = marker.with_name(marker.name + ".partial")
        partial.write_text(json.dumps(mark), encoding="utf-8")
        os.replace(partial, marker)
    except OSError:
        pass  # no note: the next open checks the whole file, as before


def forget_clean_close(path: str | Path) -> None:
    """The book is open (or suspect): until it is closed cleanly again, check it first."""
    try:
        _marker(path).unlink(missing_ok=True)
    except OSError:
        pass


def closed_cleanly(path: str | Path) -> bool:
    """Whether the book's file is exactly as its last clean close left it."""
    if is_suspect(path):
        return False
    try:
        noted = json.loads(_marker(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    mark = _file_mark(Path(path))
    return mark is not None and noted == mark


def mark_suspect(path: str | Path) -> None:
    """Damage was seen in the book: every open checks the whole file first, in this
    process and after it (the note is kept on disk), until a check finds it sound."""
    _suspect.add(_book_key(path))
    forget_clean_close(path)
    marker = _suspect_marker(path)
    try:
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.write_text(_book_key(path), encoding="utf-8")
    except OSError:
        pass  # this process still knows; a folder that cannot be written loses the note


def is_suspect(path: str | Path) -> bool:
    """Whether damage was seen in the book and no whole-file check has found it sound since."""
    if _book_key(path) in _suspect:
        return True
    try:
        return _suspect_marker(path).exists()
    except OSError:
        return False


def clear_suspect(path: str | Path) -> None:
    """A whole-file check found the book sound (or a backup replaced it)."""
    _suspect.discard(_book_key(path))
    try:
        _suspect_marker(path).unlink(missing_ok=True)
    except OSError:
        pass
