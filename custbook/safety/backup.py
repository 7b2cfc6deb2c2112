"""Backups of a customer book: taken online, checked, kept in rotation, listed.

Why this shape:
- A backup is an ordinary, self-contained SQLite file (`journal_mode=DELETE`): the
  owner can open it with Custbook or copy it back by hand, years from now.
- It is taken with SQLite's online backup API inside one read transaction, so it is
  a consistent snapshot even while the window keeps writing (WAL lets both happen).
- It is written as `….partial`, checked (`PRAGMA quick_check`), synced, and only then
  renamed into place: a crash, a full disk or a pulled USB stick never leaves a
  half-written file that looks like a backup.
- Automatic backups rotate like restic's `--keep-daily 7 --keep-weekly 4 --keep-monthly
  12`: the newest backup of each of the last 7 days that have one (the book's setting
  `backup_keep_daily`, read from the backup itself: `kept_daily`), of the last 4 weeks
  and of the last 12 months. Backups taken by hand or before a restore are never
  deleted automatically.

Where: `<data folder>/backups/<book>-<hash>/<book>-YYYYMMDD-HHMMSS-<kind>.db`, and the
same below `<second folder>/Custbook backups/` when the owner chose one (a USB stick).
The hash of the book's full path keeps two books called `custbook.db` apart.
Reading a backup (its preview, the check before a restore) is in custbook.safety.backup_check;
putting one back is custbook.safety.restore.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from custbook import book_paths as bookdb
# where backups live: book_paths, so that finding a book's leftovers needs no ORM
from custbook.book_paths import backups_root, book_folder, folder_name  # noqa: F401
from custbook.safety import integrity
from custbook import errors
from custbook.errors import CustbookError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook import clock

KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
AUTO, MANUAL, BEFORE_RESTORE = "auto", "manual", "before-restore"
SECOND_FOLDER_NAME = "Custbook backups"
_NAME_RE = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<kind>auto|manual|before-restore)"
                      r"\.(db|dump)$")  # .dump: pg_dump of a shared book (server_backup)
_PAGES_PER_STEP = 2048  # 8 MB of 4 kB pages between progress reports
_COPY_CHUNK = 4 << 20
_STALE_PARTIAL_SECONDS = 24 * 3600

Progress = Callable[[int, int], object]
"""progress(done, total) -> False to cancel (anything else goes on)."""


class BackupError(CustbookError):
    """A backup or restore could not be made; the message says why and what is safe."""


@dataclass(frozen=True)
class Backup:
    """One backup file: where it is, when it was taken, which kind, how big."""

    path: Path
    taken_at: dt.datetime
    kind: str
    size: int


@dataclass
class BackupResult:
    """What `take_backup` made: the copy in the data folder, the others, and any problems."""

    backup: Backup
    copies: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)


# --- where backups live (backups_root, folder_name, book_folder: custbook.book_paths) ---

def second_folder_for(chosen: str | Path, book: str | Path) -> Path:
    """Where the backups of `book` go in the owner's second folder (a USB stick)."""
    return Path(chosen) / SECOND_FOLDER_NAME / folder_name(book)


def backup_name(book: str | Path, taken_at: dt.datetime, kind: str) -> str:
    """The file name of a backup: the book's name, the moment and the kind."""
    return f"{Path(book).stem}-{taken_at:%Y%m%d-%H%M%S}-{kind}.db"


def parse_name(path: Path) -> tuple[dt.datetime, str] | None:
    """(moment, kind) from a backup's file name, or None for other files."""
    match = _NAME_RE.match(path.name)
    if not match:
        return None
    try:
        return dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S"), match["kind"]
    except ValueError:
        return None


def backups_in(folder: Path) -> list[Backup]:
    """The backups in one folder, newest first (other files are ignored)."""
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        parsed = parse_name(path)
        if parsed is None or not path.is_file():
            continue
        try:
            size = path.stat().st_size
        except OSError:
            continue
        found.append(Backup(path, parsed[0], parsed[1], size))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def list_backups(book: str | Path, second_folder: str | Path | None = None,
                 root: Path | None = None) -> list[Backup]:
    """Every backup of `book` in the data folder and the second folder, newest first."""
    found = backups_in(book_folder(book, root))
    if second_folder:
        found += backups_in(second_folder_for(second_folder, book))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def latest_good_backup(book: str | Path, second_folder: str | Path | None = None,
                       root: Path | None = None) -> Backup | None:
    """The newest backup of `book` that passes a quick integrity check, if any."""
    for backup in list_backups(book, second_folder, root):
        if integrity.quick_check(backup.path).state == integrity.OK:
            return backup
    return None


# --- rotation ------------------------------------------------------------------------

def to_keep(backups: Iterable[Backup], daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY,
            monthly: int = KEEP_MONTHLY) -> set[Path]:
    """The backups rotation keeps: the newest, the newest per day/week/month, all by hand."""
    backups = list(backups)
    autos = sorted((b for b in backups if b.kind == AUTO), key=lambda b: b.taken_at,
                   reverse=True)
    keep = {b.path for b in backups if b.kind != AUTO}
    if autos:
        keep.add(autos[0].path)
    buckets: list[tuple[int, Callable[[dt.datetime], object]]] = [
        (daily, lambda moment: moment.date()),
        (weekly, lambda moment: moment.isocalendar()[:2]),
        (monthly, lambda moment: (moment.year, moment.month)),
    ]
    for count, bucket in buckets:
        seen: set[object] = set()
        for backup in autos:
            key = bucket(backup.taken_at)
            if key in seen:
                continue
            if len(seen) == count:
                break
            seen.add(key)
            keep.add(backup.path)
    return keep


def kept_daily(backup_file: Path) -> int:
    """How many daily backups the book asks to keep (Settings: `backup_keep_daily`), read
    from the backup just made: it is the book at that moment, whether or not this process
    has the book open. KEEP_DAILY when the setting is unset or unreadable."""
    try:
        conn = sqlite3.connect(f"{backup_file.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            row = conn.execute(
                "SELECT value FROM setting WHERE key = 'backup_keep_daily'").fetchone()
        finally:
            conn.close()
        count = int(row[0]) if row else KEEP_DAILY
    except (sqlite3.Error, ValueError):
        return KEEP_DAILY
    return count if 1 <= count <= 90 else KEEP_DAILY


def rotate(folder: Path, daily: int = KEEP_DAILY) -> list[Path]:
    """Delete the automatic backups in `folder` that rotation does not keep (the newest of
    each of the last `daily` days, 4 weeks, 12 months); returns them."""
    backups = backups_in(folder)
    keep = to_keep(backups, daily)
    removed = []
    for backup in backups:
        if backup.path not in keep:
            try:
                backup.path.unlink()
                removed.append(backup.path)
            except OSError:
                pass
    return removed


# --- copying -------------------------------------------------------------------------

def fsync_file(path: Path) -> None:
    """Make sure a written file is on the disk, not only in the system's cache."""
    with open(path, "rb+") as file:
        os.fsync(file.fileno())


def fsync_folder(folder: Path) -> None:
    """Make sure a rename inside `folder` is on the disk."""
    if os.name == "nt":
        return  # Windows has no directory handles to sync; NTFS journals the rename
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _check(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise errors.Cancelled(QT_TRANSLATE_NOOP("Backup", "Cancelled. Nothing was changed."))


def copy_database(source: Path, target: Path, progress: Progress | None = None,
                  span: tuple[int, int, int] = (0, 100, 100)) -> None:
    """Copy a live SQLite book into a new self-contained file (online, consistent).

    The copy runs inside one read transaction on the source, so it is one snapshot even
    if another connection writes meanwhile. `span` = (start, end, total) places this
    copy's progress within a larger job. Raises Cancelled if `progress` says stop.
    """
    start, end, total = span
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True,
                          isolation_level=None, timeout=10)
    dest = sqlite3.connect(str(target), isolation_level=None)
    try:
        src.execute("BEGIN")
        src.execute("SELECT count(*) FROM sqlite_master").fetchone()  # start the snapshot

        def step(status: int, remaining: int, pages: int) -> None:
            done = pages - remaining
            _check(progress, start + (end - start) * done // max(pages, 1), total)

        src.backup(dest, pages=_PAGES_PER_STEP, progress=step)
        src.execute("COMMIT")
        dest.execute("PRAGMA journal_mode=DELETE")  # one file, no -wal beside it
        rows = [r[0] for r in dest.execute("PRAGMA quick_check(5)")]
        if rows != ["ok"]:
            raise BackupError(QT_TRANSLATE_NOOP(
                "Backup", "The book itself looks damaged ({detail}), so this copy was not "
                          "kept; the earlier backups are untouched.").format(
                              detail="; ".join(rows)))
    finally:
        dest.close()
        src.close()


def _copy_file(source: Path, target: Path, progress: Progress | None,
               span: tuple[int, int, int]) -> None:
    start, end, total = span
    size = max(source.stat().st_size, 1)
    done = 0
    with open(source, "rb") as inp, open(target, "wb") as out:
        while chunk := inp.read(_COPY_CHUNK):
            out.write(chunk)
            done += len(chunk)
            _check(progress, start + (end - start) * done // size, total)
        out.flush()
        os.fsync(out.fileno())


def _unique_moment(folder: Path, book: Path, moment: dt.datetime, kind: str) -> dt.datetime:
    moment = moment.replace(microsecond=0)
    while (folder / backup_name(book, moment, kind)).exists():
        moment += dt.timedelta(seconds=1)
    return moment


def _clean_stale_partials(folder: Path) -> None:
    now = time.time()
    for path in folder.glob("*.partial"):
        try:
            if now - path.stat().st_mtime > _STALE_PARTIAL_SECONDS:
                path.unlink()
        except OSError:
            pass


def short_reason(exc: BaseException) -> str:
    """A short reason for a failed copy, to fit inside a sentence."""
    kind = integrity.error_kind(exc)
    if kind == "full":
        return QT_TRANSLATE_NOOP("Backup", "the disk is full")
    if kind in ("readonly", "cantopen"):
        return QT_TRANSLATE_NOOP("Backup", "the folder cannot be written to")
    return str(exc)


def _storage_error(exc: BaseException, folder: Path) -> BackupError:
    return BackupError(QT_TRANSLATE_NOOP(
        "Backup", "No backup could be written to {folder}: {reason}. Your book is "
                  "unchanged.").format(folder=folder, reason=short_reason(exc)))


def _place(partial: Path, final: Path) -> None:
    fsync_file(partial)
    os.replace(partial, final)
    fsync_folder(final.parent)


def _require_file_book(book: str | Path) -> Path:
    if bookdb.is_url(book):
        raise BackupError(QT_TRANSLATE_NOOP(
            "Backup", "This book lives on a database server; back it up on the server."))
    path = Path(book)
    if not path.is_file():
        raise BackupError(QT_TRANSLATE_NOOP("Backup", "There is no book at {path}.").format(
            path=path))
    return path


def _second_copy(first: Path, chosen: str | Path, book: Path, kind: str,
                 progress: Progress | None, span: tuple[int, int, int],
                 result: BackupResult) -> None:
    """Copy the finished backup into the second folder; problems are noted, not raised."""
    if not Path(chosen).is_dir():
        result.problems.append(QT_TRANSLATE_NOOP(
            "Backup", "The second backup folder {folder} is not available (is the USB stick "
                      "plugged in?). The backup in the data folder was made.").format(
                          folder=chosen))
        return
    folder = second_folder_for(chosen, book)
    partial = folder / f"{first.name}.{os.getpid()}.partial"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _copy_file(first, partial, progress, span)
        _place(partial, folder / first.name)
    except errors.Cancelled:
        partial.unlink(missing_ok=True)
        raise
    except OSError as exc:
        try:
            partial.unlink(missing_ok=True)
        except OSError:
            pass
        result.problems.append(QT_TRANSLATE_NOOP(
            "Backup", "The copy in the second backup folder {folder} failed: {reason}. The "
                      "backup in the data folder was made.").format(
                          folder=chosen, reason=short_reason(exc)))
        return
    result.copies.append(folder / first.name)
    if kind == AUTO:
        result.removed += rotate(folder, kept_daily(first))
    _clean_stale_partials(folder)


def take_backup(book: str | Path, *, kind: str = AUTO, second_folder: str | Path | None = None,
                root: Path | None = None, now: dt.datetime | None = None,
                progress: Progress | None = None) -> BackupResult:
    """Back the book up into the data folder (and the second folder); rotate automatic ones.

    The copy in the data folder must succeed (else BackupError, nothing left behind);
    a missing or failing second folder is reported in `problems`, not raised. A shared
    book (a URL) is backed up by `custbook.shared_book.server_backup.take_backup`.
    """
    book = _require_file_book(book)
    folder = book_folder(book, root)
    moment = now or clock.now()
    total = 1000
    middle = 600 if second_folder else total
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _storage_error(exc, folder) from exc
    moment = _unique_moment(folder, book, moment, kind)
    final = folder / backup_name(book, moment, kind)
    partial = folder / f"{final.name}.{os.getpid()}.partial"
    try:
        copy_database(book, partial, progress, (0, middle, total))
        _place(partial, final)
    except (errors.Cancelled, BackupError):
        partial.unlink(missing_ok=True)
        raise
    except (OSError, sqlite3.Error) as exc:
        try:
            partial.unlink(missing_ok=True)
        except OSError:
            pass
        raise _storage_error(exc, folder) from exc
    result = BackupResult(Backup(final, moment.replace(microsecond=0), kind,
                                 final.stat().st_size), [final])
    if second_folder:
        _second_copy(final, second_folder, book, kind, progress, (middle, total, total), result)
    if kind == AUTO:
        result.removed += rotate(folder, kept_daily(final))
    _clean_stale_partials(folder)
    _check(progress, total, total)
    return result


def latest_backup_on(book: str | Path, day: dt.date, kind: str | None = None,
                     root: Path | None = None) -> Backup | None:
    """The newest backup (of `kind`, or any) taken on `day` in the data folder, if any."""
    for backup in backups_in(book_folder(book, root)):
        if kind in (None, backup.kind) and backup.taken_at.date() == day:
            return backup
    return None


def delete_backup(path: str | Path) -> None:
    """Delete one backup (only a file named like a backup: nothing else can go this way)."""
    path = Path(path)
    if parse_name(path) is None or not path.is_file():
        raise BackupError(QT_TRANSLATE_NOOP(
            "Backup", "{path} is not a Custbook backup, so it was not deleted.").format(
                path=path))
    try:
        path.unlink()
    except OSError as exc:
        raise BackupError(QT_TRANSLATE_NOOP(
            "Backup", "{path} could not be deleted: {reason}.").format(
                path=path, reason=short_reason(exc))) from exc
