"""What is in a book, and whether the file is sound: behind `info` and `check`."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from custbook import migrations, models
from custbook.book_format import COUNTED_TABLES  # what the plain `info` counts too
from custbook.i18n import QT_TRANSLATE_NOOP
import peewee
from custbook.shared_book import server_link


def record_counts() -> dict[str, int]:
    """How many rows of each kind the open book holds, by table name (`info`'s tables)."""
    return {m._meta.table_name: m.select().count() for m in models.ALL_MODELS
            if m._meta.table_name in COUNTED_TABLES}


@dataclass
class CheckReport:
    """The result of an integrity check: ok, or the problems found, in words."""

    path: str
    problems: list[str] = field(default_factory=list)
    schema_version: int | None = None
    unreachable: bool = False  # a server that could not be asked: nothing is known of the book

    @property
    def ok(self) -> bool:
        return not self.problems


def check_server(url: str) -> CheckReport:
    """Check a PostgreSQL book without changing it: reachable, a Custbook schema we know.

    There is no file to verify page by page: the server keeps its own data consistent
    (checksums, WAL) and enforces every foreign key as rows are written.
    """
    # start-up: importing custbook.db here, not at the top, saves 49 ms when this module loads
    from custbook import db

    report = CheckReport(db.safe_location(url))
    try:
        server = db.connect(url)
        server.connect()
    except Exception:  # noqa: BLE001 - unreachable, refused, wrong password …

        # The same plain sentence as "Test connection": wrong login, no server, no database.
        report.unreachable = True
        report.problems.append(server_link.check_server(url)[1])
        return report
    try:
        if "schema_version" not in set(server.get_tables()):
            report.problems.append(QT_TRANSLATE_NOOP(
                "Check", "This is not a Custbook book (no schema version)."))
            return report
        version = server.execute_sql("SELECT max(version) FROM schema_version").fetchone()[0]
        report.schema_version = version
        if version is None or version > migrations.LATEST:
            report.problems.append(QT_TRANSLATE_NOOP(
                "Check", "Schema version {v} is unknown to this Custbook (knows up to {known}).")
                .format(v=version, known=migrations.LATEST))
    except peewee.DatabaseError as exc:
        report.problems.append(QT_TRANSLATE_NOOP("Check", "Not a readable book: {reason}")
                               .format(reason=str(exc).strip()))
    finally:
        server.close()
    return report


def check_file(path: str | Path) -> CheckReport:
    """Check a SQLite book without changing it: readable, intact, a Custbook schema we know.

    A `postgresql://` address is checked as a server book (`check_server`).
    """
    # start-up: importing custbook.db here, not at the top, saves 49 ms when this module loads
    from custbook import db

    if db.is_url(path):
        return check_server(str(path))
    report = CheckReport(str(path))
    path = Path(path)
    if not path.is_file():
        report.problems.append(QT_TRANSLATE_NOOP("Check", "There is no file at {path}.")
                               .format(path=path))
        return report
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        report.problems.append(str(exc))
        return report
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if rows != ["ok"]:
            report.problems += [QT_TRANSLATE_NOOP("Check", "Damaged: {detail}")
                                .format(detail=r) for r in rows[:20]]
            return report
        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            report.problems.append(QT_TRANSLATE_NOOP(
                "Check", "{n} records point to records that do not exist "
                         "(first: table {table}, row {row}).").format(
                             n=len(broken), table=broken[0][0], row=broken[0][1]))
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "schema_version" not in tables:
            report.problems.append(QT_TRANSLATE_NOOP(
                "Check", "This is not a Custbook book (no schema version)."))
            return report
        version = conn.execute("SELECT max(version) FROM schema_version").fetchone()[0]
        report.schema_version = version
        if version is None or version > migrations.LATEST:
            report.problems.append(QT_TRANSLATE_NOOP(
                "Check", "Schema version {v} is unknown to this Custbook (knows up to {known}).")
                .format(v=version, known=migrations.LATEST))
    except sqlite3.DatabaseError as exc:
        report.problems.append(QT_TRANSLATE_NOOP("Check", "Not a readable book: {reason}")
                               .format(reason=exc))
    finally:
        conn.close()
    return report
