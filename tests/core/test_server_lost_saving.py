"""A shared book's server lost at the start or at the very end of a save.

Lost before BEGIN: one plain sentence (ServerGone), not the driver's raw error.
Lost after the server committed but before its answer arrived: the save is reported
as saved (the server is asked what became of the transaction), never as "not saved".
A small TCP relay between Custbook and the server cuts the line at the chosen moment.
"""
from __future__ import annotations

import socket
import threading
import time
from urllib.parse import urlsplit, urlunsplit

import pytest

from custbook import db
from custbook.shared_book import server_link
from tests.pg_helpers import pg_url, terminate_sessions  # noqa: F401 - fixture


class CuttingRelay:
    """Forwards one PostgreSQL connection at a time; cuts it after the first COMMIT is sent."""

    def __init__(self, host: str, port: int):
        self.target = (host, port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.armed = False
        self.cut = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            line = {"cutting": False}  # this connection's: answers are no longer passed on
            threading.Thread(target=self._pump, args=(client, server, True, line),
                             daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, False, line),
                             daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket, upstream: bool,
              line: dict) -> None:
        try:
            while data := source.recv(65536):
                if not upstream and line["cutting"]:
                    continue  # the server's "COMMIT done" never reaches Custbook
                if upstream and self.armed and b"COMMIT\x00" in data:
                    self.armed = False
                    line["cutting"] = True
                    sink.sendall(data)
                    time.sleep(0.5)  # the server commits meanwhile
                    self.cut.set()
                    for end in (source, sink):
                        end.shutdown(socket.SHUT_RDWR)
                        end.close()
                    return
                sink.sendall(data)
        except OSError:
            pass

    def close(self) -> None:
        self.listener.close()


@pytest.fixture
def relayed(pg_url):  # noqa: F811
    parts = urlsplit(pg_url)
    relay = CuttingRelay(parts.hostname or "127.0.0.1", parts.port or 5432)
    netloc = parts.netloc.rsplit("@", 1)
    where = f"127.0.0.1:{relay.port}"
    url = urlunsplit((parts.scheme, f"{netloc[0]}@{where}" if len(netloc) == 2 else where,
                      parts.path, "sslmode=disable", ""))
    db.open_book(url)
    yield relay
    db.close_book()
    relay.close()


def test_a_save_the_server_committed_is_reported_saved(relayed):
    from custbook.customers import customers
    from custbook.models import Customer

    relayed.armed = True
    saved = customers.save_customer({"name": "李娜"}, ["13800138000"])  # no error: it was saved
    assert relayed.cut.is_set()
    assert saved.id
    assert [c.name for c in Customer.select()] == ["李娜"]  # reconnected by itself


def test_a_server_lost_before_begin_says_so_in_words(pg_url):  # noqa: F811
    from custbook.models import Customer, database

    db.open_book(pg_url)
    Customer.select().count()
    terminate_sessions(pg_url)
    with pytest.raises(server_link.ServerGone) as info:
        with database.atomic():
            Customer.create(name="王芳")
    assert "cannot be reached" in str(info.value) and "psycopg" not in str(info.value)
    with database.atomic():  # the next one connects again
        Customer.create(name="王芳")
    assert Customer.select().count() == 1
