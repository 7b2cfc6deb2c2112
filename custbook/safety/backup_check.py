"""Reading a backup without changing it: what it holds, and whether it can be restored.

`preview` is what the Backups dialog and `main.py backup --list` show (date, counts of
customers, purchases and complaints), read in milliseconds through a read-only
connection. `verify` is the full check a restore runs first (`PRAGMA integrity_check`,
a schema this Custbook knows), cancellable through SQLite's progress handler.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from custbook import migrations
from custbook.safety import integrity
from custbook.errors import Cancelled
from custbook.safety.backup import BackupError, Progress, parse_name
from custbook.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Preview:
    """What a backup holds, read without changing it: shown before restoring."""

    path: Path
    taken_at: dt.datetime
    kind: str
    size: int
    customers: int
    purchases: int
    complaints: int
    shop_name: str
    schema_version: int


def _open_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)


def _unusable(path: Path, reason: object) -> BackupError:
    return BackupError(QT_TRANSLATE_NOOP(
        "Backup", "{path} cannot be used as a backup: {reason}").format(path=path,
                                                                      reason=reason))


def preview(path: str | Path) -> Preview:
    """Date, kind, size and counts of a backup (or any book file), read-only."""
    path = Path(path)
    if not path.is_file():
        raise _unusable(path, QT_TRANSLATE_NOOP("Backup", "there is no such file."))
    parsed = parse_name(path)
    stat = path.stat()
    taken_at, kind = parsed or (dt.datetime.fromtimestamp(stat.st_mtime).replace(microsecond=0),
                                "")
    try:
        conn = _open_read_only(path)
        try:
            tables = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table'")}
            if "schema_version" not in tables:
                raise _unusable(path, QT_TRANSLATE_NOOP(
                    "Backup", "it is not a Custbook book."))

            def one(sql: str) -> object:
                return conn.execute(sql).fetchone()[0]

            shop = conn.execute("SELECT value FROM setting WHERE key='shop_name'").fetchone()
            return Preview(
                path, taken_at, kind, stat.st_size,
                int(one("SELECT count(*) FROM customer WHERE deleted_at IS NULL")),
                int(one("SELECT count(*) FROM purchase")),
                int(one("SELECT count(*) FROM complaint")),
                shop[0] if shop else "", int(one("SELECT max(version) FROM schema_version")))
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise _unusable(path, QT_TRANSLATE_NOOP(
            "Backup", "it is damaged or not a Custbook book ({detail}).").format(
                detail=exc)) from exc


def verify(path: str | Path, progress: Progress | None = None) -> list[str]:
    """Problems that make a file unfit to restore (empty list: it is a sound book)."""
    path = Path(path)
    health = integrity.file_health(path)
    if health is not None and health.state == integrity.NEW:
        return [QT_TRANSLATE_NOOP("Backup", "There is no file at {path}.").format(path=path)]
    if health is not None:
        return [health.detail]
    try:
        conn = _open_read_only(path)
    except sqlite3.Error as exc:
        return [str(exc)]
    ticks = [0]

    def tick() -> int:
        ticks[0] += 1
        return 1 if progress is not None and progress(min(ticks[0], 99), 100) is False else 0

    conn.set_progress_handler(tick, 200_000)
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
        if rows != ["ok"]:
            return [QT_TRANSLATE_NOOP("Backup", "It is damaged: {detail}.").format(
                detail="; ".join(rows[:3]))]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "schema_version" not in tables:
            return [QT_TRANSLATE_NOOP("Backup", "It is not a Custbook book.")]
        version = conn.execute("SELECT max(version) FROM schema_version").fetchone()[0]
        if version is None or version > migrations.LATEST:
            return [QT_TRANSLATE_NOOP(
                "Backup", "It was made by a newer Custbook (schema {found}); update Custbook "
                          "first.").format(found=version)]
    except sqlite3.Error as exc:
        if "interrupted" in str(exc):
            raise Cancelled(QT_TRANSLATE_NOOP("Backup", "Cancelled. Nothing was changed.")) \
                from exc
        return [QT_TRANSLATE_NOOP("Backup", "It is damaged: {detail}.").format(detail=exc)]
    finally:
        conn.close()
    return []
