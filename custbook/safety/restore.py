"""Putting a backup back in place of the book, so that nothing can be lost on the way.

A restore is two steps, so the window can keep the book open during the long part:

1. `prepare_restore` (long, cancellable, the book stays open and usable): check the
   backup fully (`PRAGMA integrity_check`, a schema this Custbook knows), save the
   current book as a "before-restore" backup (a damaged book is kept by renaming it
   aside instead), and write the backup into `NAME.restoring` beside the book.
2. `PreparedRestore.commit` (quick, the book must be closed): fold the book's WAL into
   its main file (`journal_mode=DELETE`, which SQLite refuses while anyone else has
   the book open), then rename `NAME.restoring` over the book in one atomic step.

Killed at any moment, the book is either the old one or the restored one, whole: the
old book never has a WAL that could be replayed onto the new file, and the rename is
atomic. A leftover `NAME.restoring` is removed by the next restore.
"""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from custbook.safety import backup, backup_check, booklock, integrity
from custbook.errors import Cancelled
from custbook.safety.backup import BackupError, Progress
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook import clock

_WAL_FILES = ("-wal", "-shm")
FOLD_TIMEOUT = 5.0  # seconds to wait for another program to let go of the book


@dataclass
class PreparedRestore:
    """A backup checked and staged beside the book, waiting for `commit` (or `abandon`)."""

    book: Path
    source: Path
    staged: Path
    saved: Path | None  # where the book as it was is kept (a backup, or the damaged file)
    move_aside: bool  # the current book is damaged: rename it aside instead of backing up

    def abandon(self) -> None:
        """Give up before the swap: remove the staged copy and the now needless safety copy."""
        self.staged.unlink(missing_ok=True)
        if self.saved is not None and not self.move_aside:
            self.saved.unlink(missing_ok=True)

    def commit(self) -> Path | None:
        """Replace the (closed) book with the staged backup; returns where the old one is."""
        with booklock.held(self.book):
            try:
                if self.book.exists():
                    if self.move_aside:
                        self._move_damaged_aside()
                    else:
                        _fold_wal(self.book)
                os.replace(self.staged, self.book)
            except BackupError:
                self.abandon()
                raise
            except (OSError, sqlite3.Error) as exc:
                self.abandon()
                raise BackupError(QT_TRANSLATE_NOOP(
                    "Restore", "The backup could not be put in place: {reason}. Your book "
                               "was not changed.").format(
                                   reason=backup.short_reason(exc))) from exc
        try:
            backup.fsync_folder(self.book.parent)
        except OSError:
            pass  # the rename is done; only its trip to the disk may wait for the system
        return self.saved

    def _move_damaged_aside(self) -> None:
        # WAL and shared-memory files first: if we stop half-way the damaged book keeps
        # its main file, and the restored book can never inherit the old WAL.
        for suffix in (*_WAL_FILES, ""):
            path = Path(str(self.book) + suffix)
            if path.exists():
                os.replace(path, Path(str(self.saved) + suffix))


def _fold_wal(book: Path) -> None:
    """Bring the book's WAL into its main file; refused while another program has it open."""
    conn = sqlite3.connect(str(book), timeout=FOLD_TIMEOUT, isolation_level=None)
    try:
        mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    except sqlite3.OperationalError as exc:
        if integrity.error_kind(exc) != "locked":  # read-only, full, …: not another program
            raise BackupError(integrity.writable_problem(book) or integrity.explain(exc)
                              or str(exc)) from exc
        mode = str(exc)
    finally:
        conn.close()
    if mode.lower() != "delete":
        raise BackupError(QT_TRANSLATE_NOOP(
            "Restore", "The book is still open in another program, so it was not replaced. "
                       "Close it there and try again. Nothing was changed."))
    for suffix in _WAL_FILES:
        Path(str(book) + suffix).unlink(missing_ok=True)


def staged_path(book: Path) -> Path:
    """Where a backup waits beside the book before it replaces it."""
    return book.with_name(book.name + ".restoring")


def prepare_restore(source: str | Path, book: str | Path, *, root: Path | None = None,
                    now: dt.datetime | None = None, progress: Progress | None = None
                    ) -> PreparedRestore:
    """Check `source`, save the current book, and stage the backup beside it."""
    source, book = Path(source), Path(book)
    if book.exists() and source.exists() and os.path.samefile(source, book):
        raise BackupError(QT_TRANSLATE_NOOP(
            "Restore", "That is the book itself, not a backup of it."))
    problem = integrity.writable_problem(book)  # say so now, not after the long copy
    if problem:
        raise BackupError(problem)
    problems = backup_check.verify(source, _scaled(progress, 0, 300))
    if problems:
        raise BackupError(QT_TRANSLATE_NOOP(
            "Restore", "This backup cannot be restored: {problem} Your book was not "
                       "changed.").format(problem=problems[0]))
    staged = staged_path(book)
    staged.unlink(missing_ok=True)
    moment = (now or clock.now()).replace(microsecond=0)
    saved: Path | None = None
    move_aside = False
    if book.exists():
        health = integrity.quick_check(book)
        if health.state in integrity.RESCUABLE:
            move_aside = True
            saved = book.with_name(f"{book.name}.damaged-{moment:%Y%m%d-%H%M%S}")
        else:
            result = backup.take_backup(book, kind=backup.BEFORE_RESTORE, root=root, now=moment,
                                        progress=_scaled(progress, 300, 650))
            saved = result.backup.path
    prepared = PreparedRestore(book, source, staged, saved, move_aside)
    try:
        backup.copy_database(source, staged, progress, (650, 1000, 1000))
        backup.fsync_file(staged)
    except Cancelled:
        prepared.abandon()
        raise
    except (OSError, sqlite3.Error) as exc:
        prepared.abandon()
        raise BackupError(QT_TRANSLATE_NOOP(
            "Restore", "The backup could not be copied beside the book: {reason}. Your book "
                       "was not changed.").format(reason=backup.short_reason(exc))) from exc
    return prepared


def restore(source: str | Path, book: str | Path, *, root: Path | None = None,
            now: dt.datetime | None = None, progress: Progress | None = None) -> Path | None:
    """Replace the book with a backup, saving the current book first; returns where."""
    with booklock.held(book):
        prepared = prepare_restore(source, book, root=root, now=now, progress=progress)
        return prepared.commit()


def _scaled(progress: Progress | None, start: int, end: int) -> Progress | None:
    """A progress callback for one stretch (start..end of 1000) of a restore."""
    if progress is None:
        return None

    def report(done: int, total: int) -> object:
        return progress(start + (end - start) * done // max(total, 1), 1000)

    return report
