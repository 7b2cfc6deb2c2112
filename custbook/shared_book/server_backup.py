"""Backups of a shared book on a PostgreSQL server, taken from this PC.

The server's admin is the one who really backs a shared book up (a nightly `pg_dump`
or `pg_basebackup` with WAL archiving, kept away from the server: see README and
docs/postgresql.md). What Custbook adds is a copy the SHOP can make and keep on its
own PC, by hand or before a risky change, without knowing anything about servers:

- With `pg_dump` on this PC (it comes with the PostgreSQL client tools): a custom-
  format dump (`pg_dump -Fc`), the admin's standard, restorable with `pg_restore`
  into an empty database. The password goes to pg_dump through the PGPASSWORD
  environment variable, never on its command line (which other users of the PC can
  read in the process list).
- Without it: the app's own export of every record, `custbook.shared_book.copy_book` into a new
  SQLite book file. That file opens in Custbook like any book and goes back onto a
  server with `python main.py copy-book FILE postgresql://…`.

Both land, like every backup, in `<data folder>/backups/<database>-<hash>/`, written as
`….partial` first and renamed only when complete. The hash is of the address WITHOUT
the password, so changing the password keeps the same folder.
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import time
from pathlib import Path

from custbook.safety import backup as filebackup
from custbook.shared_book import copy_book, server_address, server_link
from custbook import clock, errors
from custbook.i18n import QT_TRANSLATE_NOOP

DUMP_SUFFIX = ".dump"
BOOK_SUFFIX = ".db"


def folder_name(url: str) -> str:
    """The sub-folder of a server book's backups: database name and a hash of its address."""
    return filebackup.folder_name(url)


def pg_dump_path() -> str | None:
    """pg_dump on this PC's PATH, if the PostgreSQL client tools are installed."""
    return shutil.which("pg_dump")


def dump_command(url: str, out: Path, pg_dump: str) -> tuple[list[str], dict[str, str]]:
    """pg_dump's arguments (no password among them) and its environment (with it)."""
    address = server_address.parse(url)
    args = [pg_dump, "--format=custom", "--no-password", "--host", address.host,
            "--port", str(address.port), "--username", address.user,
            "--file", str(out), address.database]
    env = dict(os.environ)
    if address.password:
        env["PGPASSWORD"] = address.password
    env.setdefault("PGCONNECT_TIMEOUT", "10")
    return args, env


def _run_dump(url: str, out: Path, progress, pg_dump: str) -> None:
    args, env = dump_command(url, out, pg_dump)
    process = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    step = 0
    while process.poll() is None:
        time.sleep(0.1)
        step = min(step + 1, 900)
        try:
            filebackup._check(progress, step, 1000)
        except errors.Cancelled:
            process.kill()
            process.wait()
            raise
    said = process.stderr.read() if process.stderr else ""  # not `errors`: the module
    if process.returncode != 0:
        reason = (said.strip().splitlines() or [f"exit status {process.returncode}"])[-1]
        raise filebackup.BackupError(QT_TRANSLATE_NOOP(
            "Backup", "pg_dump could not back up the shared book: {reason}. The book on the "
                      "server is unchanged.").format(reason=reason.removeprefix("pg_dump: ")))


def take_backup(url: str, *, kind: str = filebackup.MANUAL, root: Path | None = None,
                now: dt.datetime | None = None, progress=None,
                use_pg_dump: bool | None = None) -> filebackup.BackupResult:
    """Back a server book up into this PC's backup folder (pg_dump, else a SQLite copy)."""
    pg_dump = pg_dump_path() if use_pg_dump is not False else None
    if use_pg_dump and pg_dump is None:
        raise filebackup.BackupError(QT_TRANSLATE_NOOP(
            "Backup", "pg_dump is not installed on this PC."))
    suffix = DUMP_SUFFIX if pg_dump else BOOK_SUFFIX
    folder = (root or filebackup.backups_root()) / folder_name(url)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise filebackup._storage_error(exc, folder) from exc
    name = server_address.parse(url).database or "book"
    moment = (now or clock.now()).replace(microsecond=0)
    while (folder / f"{name}-{moment:%Y%m%d-%H%M%S}-{kind}{suffix}").exists():
        moment += dt.timedelta(seconds=1)
    final = folder / f"{name}-{moment:%Y%m%d-%H%M%S}-{kind}{suffix}"
    partial = folder / f"{final.name}.{os.getpid()}.partial"
    try:
        if pg_dump:
            _run_dump(url, partial, progress, pg_dump)
        else:
            copy_book.copy_book(url, partial, progress=progress, open_target=False)
        filebackup._place(partial, final)
    except errors.Cancelled:
        partial.unlink(missing_ok=True)
        raise errors.Cancelled(QT_TRANSLATE_NOOP("Backup", "Cancelled. Nothing was "
                                                               "changed.")) from None
    except (copy_book.CopyError, server_link.ServerGone) as exc:
        partial.unlink(missing_ok=True)
        raise filebackup.BackupError(QT_TRANSLATE_NOOP(
            "Backup", "The shared book could not be backed up: {reason} The book on the server "
                      "is unchanged.").format(reason=str(exc))) from exc
    except filebackup.BackupError:
        partial.unlink(missing_ok=True)
        raise
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise filebackup._storage_error(exc, folder) from exc
    result = filebackup.BackupResult(
        filebackup.Backup(final, moment, kind, final.stat().st_size), [final])
    if kind == filebackup.AUTO:
        # a copy-book file holds the book's count; a pg_dump file keeps the default
        result.removed += filebackup.rotate(folder, filebackup.kept_daily(final))
    return result
