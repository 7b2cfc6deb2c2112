"""Who holds a shared book's rows on the server: the PostgreSQL side of "the book is busy".

A book file has a lock file naming its holder (`custbook.safety.booklock`). A shared
book has none: several PCs use it at once by design and the server keeps their
changes apart, row by row. A command can still meet a row another session holds
(an import on another PC updating the same card, a window stopped in the middle of a
save): it waits BUSY_SECONDS (`lock_timeout`, set for headless commands by
`name_session`), then says which session held it, as far as the server can tell —
the program (each Custbook session sets `application_name`: "Custbook window on
SHOP-PC", "Custbook import on OFFICE"), the server account, the client's address, since
when its transaction runs, and the server's process id.
"""
from __future__ import annotations

import datetime as dt
import socket
from dataclasses import dataclass

from custbook import clock
from custbook.db import BUSY_SECONDS
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.models import database
from custbook.safety import booklock

LOCK_TIMEOUT = "55P03"  # PostgreSQL's SQLSTATE for "canceling statement due to lock timeout"


@dataclass(frozen=True)
class ServerHolder:
    """A server session holding rows or tables of the book."""

    application: str
    account: str
    address: str
    since: dt.datetime | None
    pid: int


def application_name() -> str:
    """What this process calls itself on the server: "Custbook window on SHOP-PC".

    PostgreSQL keeps printable ASCII only (and 63 bytes): a PC name in Chinese would
    arrive as question marks, so it is left out then.
    """
    program = booklock.current_program()
    what = "window" if program == booklock.WINDOW else program.partition(":")[2] or "program"
    host = socket.gethostname()
    name = f"Custbook {what}" + (f" on {host}" if host.isascii() and host.isprintable() else "")
    return name[:63]


def name_session(location: object) -> None:
    """After opening a shared book: name the session; a command waits at most BUSY_SECONDS."""
    if "://" not in str(location) or database.obj is None:
        return
    database.execute_sql("SELECT set_config('application_name', %s, false)",
                         (application_name(),))
    if booklock.current_program().startswith("command:"):
        database.execute_sql(f"SET lock_timeout = '{BUSY_SECONDS}s'")


def is_lock_timeout(exc: BaseException) -> bool:
    """True when a statement gave up waiting for a row or table another session holds."""
    seen = 0
    while exc is not None and seen < 10:
        if getattr(exc, "pgcode", None) == LOCK_TIMEOUT or "lock timeout" in str(exc):
            return True
        inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else None
        exc, seen = inner or exc.__cause__ or exc.__context__, seen + 1
    return False


_HOLDERS_SQL = """
SELECT a.application_name, a.usename, coalesce(host(a.client_addr), ''), a.xact_start, a.pid
FROM pg_stat_activity a
WHERE a.datname = current_database() AND a.pid <> pg_backend_pid()
  AND a.xact_start IS NOT NULL
  AND EXISTS (SELECT 1 FROM pg_locks l WHERE l.pid = a.pid AND l.granted
              AND (l.locktype = 'transactionid'
                   OR l.mode IN ('RowExclusiveLock', 'ShareRowExclusiveLock',
                                 'ExclusiveLock', 'AccessExclusiveLock')))
ORDER BY a.xact_start
"""


def holders(url: str, timeout: int = 5) -> list[ServerHolder]:
    """The other sessions of the book with a write transaction open, oldest first.

    Asked on a connection of its own: the command's own was given up with its work.
    """
    # Only a shared book needs the PostgreSQL driver: not loaded at start-up for a file.
    import psycopg2

    try:
        conn = psycopg2.connect(url, connect_timeout=timeout,
                                application_name="Custbook (who holds the book)")
    except psycopg2.Error:
        return []
    try:
        with conn.cursor() as cur:
            cur.execute(_HOLDERS_SQL)
            return [ServerHolder(app or "", user or "", address, since, pid)
                    for app, user, address, since, pid in cur.fetchall()]
    except psycopg2.Error:
        return []  # not allowed to see other sessions: say what can be said
    finally:
        conn.close()


def _since_words(since: dt.datetime | None) -> str:
    if since is None:
        return "?"
    local = since.astimezone() if since.tzinfo else since
    if local.date() == clock.today():
        return local.strftime("%H:%M")
    return local.strftime("%Y-%m-%d %H:%M")


def busy_message(location: str, url: str) -> str:
    """One sentence for a command that waited BUSY_SECONDS for a row another session held."""
    found = holders(url)
    if not found:
        return QT_TRANSLATE_NOOP(
            "Lock", "The shared book {location} is busy: another session on the server held "
                    "what this command needed for more than {seconds} seconds. Nothing was "
                    "changed; try again when it is done.").format(location=location,
                                                                   seconds=BUSY_SECONDS)
    holder = found[0]
    return QT_TRANSLATE_NOOP(
        "Lock", "The shared book {location} is busy: “{program}” (server account {account}, "
                "from {address}, since {since}, server process {pid}) held what this "
                "command needed for more than {seconds} seconds. Nothing was changed; try "
                "again when it is done there.").format(
                    location=location, program=holder.application or "?",
                    account=holder.account or "?",
                    address=holder.address or QT_TRANSLATE_NOOP("Lock", "the server itself"),
                    since=_since_words(holder.since), pid=holder.pid, seconds=BUSY_SECONDS)
