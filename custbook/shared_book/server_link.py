"""The link to a shared book's server: what happens when it goes away, and coming back.

Why: on one PC a SQLite file cannot disappear mid-sentence; a server can (a restart,
a pulled network cable, the admin's maintenance). The driver then raises its own
errors ("server closed the connection unexpectedly", "connection already closed")
on every later call, forever, because the dead connection is kept. The window would
show a traceback and nothing would work again until Custbook is restarted.

So a PostgreSQL book's database (`ServerLink`, mixed into
`custbook.sql_dialect.PostgresBook`):
- turns a lost connection into `ServerGone`, a BookError with one plain sentence,
  whatever the operation (a save, a list, the change counter);
- drops the dead connection as soon as no transaction is open, so the next
  operation connects again by itself once the server is back;
- `reconnect()` tries at once (the window's Reconnect action) and says clearly
  whether the server answers.
Nothing is retried behind the user's back: a save that failed is reported as failed,
the card keeps what was typed, and saving again after the server is back works.
"""
from __future__ import annotations

import peewee

from custbook.errors import BookError
from custbook.i18n import QT_TRANSLATE_NOOP
import psycopg2


class ServerGone(BookError):
    """The book's server cannot be reached (now); nothing of the failed action was saved."""


def _server_name(db: peewee.Database) -> str:
    # start-up: importing it here, not at the top, saves 11 ms when this module loads
    from custbook.shared_book import server_address

    if server_address.is_server_url(db.database):
        address = server_address.parse(db.database)
        return f"{address.host}:{address.port}"
    params = getattr(db, "connect_params", {}) or {}
    host = params.get("host") or "localhost"
    port = params.get("port")
    return f"{host}:{port}" if port else str(host)


def _known_reasons() -> list[tuple[str, str]]:
    """The driver's usual words for a lost server, and ours (translated) for each."""
    return [
        ("server closed the connection", QT_TRANSLATE_NOOP(
            "Server", "the server closed the connection")),
        ("terminating connection due to administrator command", QT_TRANSLATE_NOOP(
            "Server", "the server's admin ended the connection")),
        ("connection already closed", QT_TRANSLATE_NOOP(
            "Server", "the connection had been closed")),
        ("connection refused", QT_TRANSLATE_NOOP("Server", "the server refused the connection")),
        ("timeout expired", QT_TRANSLATE_NOOP("Server", "the server did not answer in time")),
        ("could not translate host name", QT_TRANSLATE_NOOP(
            "Server", "the server's name is not known on this network")),
        ("is not currently accepting connections", QT_TRANSLATE_NOOP(
            "Server", "the book's database does not accept connections now")),
    ]


def short_reason(exc: BaseException) -> str:
    """Why the server is gone, in a few words (the driver's first line when not known)."""
    text = str(exc).strip()
    lower = text.lower()
    for needle, words in _known_reasons():
        if needle in lower:
            return words
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[0] if lines else ""


def gone_message(db: peewee.Database, exc: BaseException | None = None) -> str:
    reason = (short_reason(exc) if exc is not None else "") or QT_TRANSLATE_NOOP(
        "Server", "no answer")
    return QT_TRANSLATE_NOOP(
        "Server", "The book's server ({server}) cannot be reached ({reason}). What you were "
                  "doing was not saved; your text is still on the screen. Check the network "
                  "or the server, then choose File › Reconnect to the server.").format(
                      server=_server_name(db), reason=reason)


def unsure_message(db: peewee.Database, exc: BaseException | None = None) -> str:
    """The server went away while saving and cannot say whether the change was kept."""
    reason = (short_reason(exc) if exc is not None else "") or QT_TRANSLATE_NOOP(
        "Server", "no answer")
    return QT_TRANSLATE_NOOP(
        "Server", "The book's server ({server}) went away while saving ({reason}), so it is "
                  "not known whether this change was saved. Your text is still on the screen: "
                  "once the server is back, look at the card before saving again.").format(
                      server=_server_name(db), reason=reason)


def connection_lost(db: peewee.Database) -> bool:
    """True when the driver's connection is dead (or could not be made)."""
    conn = db._state.conn
    return conn is None or bool(getattr(conn, "closed", 0))


class ServerLink:
    """Mixed into a PostgreSQL database class: lost connections become ServerGone."""

    def _drop_if_dead(self) -> None:
        conn = self._state.conn
        if conn is not None and getattr(conn, "closed", 0) and not self.in_transaction():
            self.forget_connection()

    def connection(self):
        self._drop_if_dead()
        return super().connection()

    def cursor(self, *args, **kwargs):
        self._drop_if_dead()
        return super().cursor(*args, **kwargs)

    def forget_connection(self) -> None:
        """Drop a dead connection so the next call connects again."""
        try:
            self.close()
        except Exception:  # noqa: BLE001 - the connection is dead already
            self._state.reset()

    def connect(self, reuse_if_open=False):
        try:
            return super().connect(reuse_if_open)
        except (peewee.OperationalError, peewee.InterfaceError) as exc:
            raise ServerGone(gone_message(self, exc)) from exc

    def execute_sql(self, sql, params=None):
        try:
            return super().execute_sql(sql, params)
        except (peewee.OperationalError, peewee.InterfaceError) as exc:
            if connection_lost(self):
                raise ServerGone(gone_message(self, exc)) from exc
            raise

    def begin(self, *args, **kwargs):
        try:
            return super().begin(*args, **kwargs)
        except (peewee.OperationalError, peewee.InterfaceError) as exc:
            if connection_lost(self):
                raise ServerGone(gone_message(self, exc)) from exc
            raise

    def commit(self):
        # The server may commit and then lose the line before its "done" reaches us:
        # ask it afterwards (on a new connection) what became of this transaction,
        # so a save that was made is never reported as lost.
        try:
            xid = super().execute_sql("SELECT txid_current_if_assigned()").fetchone()[0]
        except (peewee.OperationalError, peewee.InterfaceError) as exc:
            if connection_lost(self):
                raise ServerGone(gone_message(self, exc)) from exc
            raise
        try:
            return super().commit()
        except (peewee.OperationalError, peewee.InterfaceError) as exc:
            if not connection_lost(self):
                raise
            outcome = self.transaction_outcome(xid)
            if outcome == "committed":
                return None  # saved; the next call connects again by itself
            if outcome in ("aborted", "nothing"):
                raise ServerGone(gone_message(self, exc)) from exc
            raise ServerGone(unsure_message(self, exc)) from exc

    def transaction_outcome(self, xid) -> str:
        """committed, aborted, nothing (a read-only transaction) or unknown (no answer)."""
        if xid is None:
            return "nothing"
        try:
            conn = self._connect()
        except Exception:  # noqa: BLE001 - the server is still away
            return "unknown"
        try:
            with conn.cursor() as cur:
                cur.execute("SELECT txid_status(%s)", (xid,))
                row = cur.fetchone()
            return (row[0] if row and row[0] in ("committed", "aborted") else "unknown")
        except Exception:  # noqa: BLE001 - the server went away again
            return "unknown"
        finally:
            try:
                conn.close()
            except Exception:  # noqa: BLE001
                pass

    def rollback(self):
        try:
            return super().rollback()
        except ServerGone:
            return None  # the server ended the transaction with the connection
        except (peewee.OperationalError, peewee.InterfaceError):
            if connection_lost(self):
                return None  # nothing to roll back on a dead connection: the server did
            raise


def reconnect(db: peewee.Database | None = None) -> None:
    """Connect the open book again now; raises ServerGone if the server still does not answer."""
    if db is None:
        # start-up: importing it here, not at the top, saves 52 ms when this module loads
        from custbook.models import database

        db = database.obj
        if db is None:
            raise BookError(QT_TRANSLATE_NOOP("Server", "No customer book is open."))
    if db.in_transaction():
        return
    try:
        db.close()
    except Exception:  # noqa: BLE001 - a dead connection may refuse to close politely
        db._state.reset()
    try:
        db.connect()
        db.execute_sql("SELECT 1")
    except ServerGone:
        raise
    except (peewee.OperationalError, peewee.InterfaceError) as exc:
        raise ServerGone(gone_message(db, exc)) from exc


# ------------------------------------------------------------------ testing an address

WRONG_LOGIN, NO_SERVER, NO_DATABASE, NOT_A_BOOK, OTHER = (
    "wrong_login", "no_server", "no_database", "not_a_book", "other")
BOOK, EMPTY = "book", "empty"


def check_server(url: str, timeout: int = 5) -> tuple[str, str]:
    """Try an address the way "Test connection" does: (outcome, a sentence for the user).

    Outcome: BOOK / EMPTY (fine to open), or WRONG_LOGIN, NO_SERVER, NO_DATABASE,
    NOT_A_BOOK, OTHER. Nothing is written.
    """
    # start-up: importing it here, not at the top, saves 11 ms when this module loads
    from custbook.shared_book import server_address

    address = server_address.parse(url)
    server = f"{address.host}:{address.port}"
    try:
        conn = psycopg2.connect(url, connect_timeout=timeout, application_name="Custbook")
    except psycopg2.OperationalError as exc:
        text = str(exc)
        lower = text.lower()
        if "password authentication failed" in lower or "no password supplied" in lower \
                or "role" in lower and "does not exist" in lower:
            return WRONG_LOGIN, QT_TRANSLATE_NOOP(
                "Server", "The server at {server} refused the user name “{user}” or its "
                          "password. Check both (the password is case-sensitive).").format(
                              server=server, user=address.user)
        if "database" in lower and "does not exist" in lower:
            return NO_DATABASE, QT_TRANSLATE_NOOP(
                "Server", "The server at {server} has no database called “{database}”. Check "
                          "the name, or ask the server's admin to create it.").format(
                              server=server, database=address.database)
        if any(word in lower for word in ("connection refused", "could not connect",
                                          "timeout expired", "could not translate host",
                                          "no route to host", "network is unreachable",
                                          "name or service not known")):
            return NO_SERVER, QT_TRANSLATE_NOOP(
                "Server", "No database server answers at {server}. Check the server's name "
                          "and port, that it is switched on, and that it accepts connections "
                          "from this PC.").format(server=server)
        return OTHER, QT_TRANSLATE_NOOP("Server", "Cannot connect to {server}: {reason}").format(
            server=server, reason=(text.strip().splitlines() or ["?"])[0])
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()")
            tables = cur.fetchone()[0]
            if not tables:
                return EMPTY, QT_TRANSLATE_NOOP(
                    "Server", "Connected. The database is empty: opening it makes a new, empty "
                              "customer book there (to move an existing book in, use "
                              "copy-book).")
            cur.execute("SELECT to_regclass('schema_version') IS NOT NULL, "
                        "to_regclass('customer') IS NOT NULL")
            has_version, has_customers = cur.fetchone()
            if not (has_version and has_customers):
                return NOT_A_BOOK, QT_TRANSLATE_NOOP(
                    "Server", "Connected, but the database “{database}” holds other data and "
                              "is not a customer book. Choose another database.").format(
                                  database=address.database)
            cur.execute("SELECT count(*) FROM customer WHERE deleted_at IS NULL")
            count = cur.fetchone()[0]
        return BOOK, QT_TRANSLATE_NOOP(
            "Server", "Connected. “{database}” is a customer book with {count} customers."
        ).format(database=address.database, count=f"{count:,}")
    finally:
        conn.close()
