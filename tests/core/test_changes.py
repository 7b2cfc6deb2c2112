"""The change token other PCs poll: it moves when another connection writes, not on reads."""
from __future__ import annotations

import sqlite3

import psycopg2
import pytest

from custbook import changes, db
from custbook.customers import customers
from custbook.shared_book import server_address, server_link
from custbook.models import Customer, Reminder
from tests.pg_helpers import pg_url, refuse_connections, terminate_sessions  # noqa: F401


@pytest.mark.sqlite_only("SQLite's own data_version; the PostgreSQL counter is tested below")
def test_sqlite_token_moves_when_another_connection_commits(book):
    before = changes.token()
    customers.save_customer({"name": "本机"}, [])  # our own write: the window knows already
    assert changes.token() == before
    other = sqlite3.connect(str(book))
    other.execute("INSERT INTO setting(key, value) VALUES ('probe', '1')")
    other.commit()
    other.close()
    after = changes.token()
    assert after != before
    assert changes.token() == after  # reading does not move it
    assert changes.install(db.database_obj()) == 0  # nothing to install on SQLite


def _open_pg(url: str):
    book = db.open_book(url)
    changes.install(book)  # what db.open_book does for PostgreSQL books
    return book


def test_pg_install_is_idempotent_and_covers_every_table(pg_url):  # noqa: F811
    book = _open_pg(pg_url)
    assert changes.install(book) == 0
    assert changes.missing_triggers(book) == []
    assert set(changes.watched_tables(book)) >= {"customer", "reminder", "reminder_done",
                                                 "purchase", "setting", "complaint"}
    changes.uninstall(book)
    assert changes.install(book) == len(changes.watched_tables(book))


def test_pg_token_moves_on_any_write_from_any_connection_and_not_on_reads(pg_url):  # noqa: F811
    _open_pg(pg_url)
    start = changes.token()
    Customer.select().count()
    list(Reminder.select().limit(10))
    assert changes.token() == start
    customers.save_customer({"name": "王芳"}, ["13800138000"])
    mine = changes.token()
    assert mine > start  # on PostgreSQL our own writes count too
    other = psycopg2.connect(pg_url)
    try:
        with other, other.cursor() as cur:
            cur.execute("DELETE FROM customer_phone")
        assert changes.token() > mine
    finally:
        other.close()


def test_pg_two_writers_never_wait_for_each_other_because_of_the_counter(pg_url):  # noqa: F811
    _open_pg(pg_url)
    first, second = psycopg2.connect(pg_url), psycopg2.connect(pg_url)
    try:
        a = first.cursor()
        a.execute("INSERT INTO setting(key, value) VALUES ('pc1', 'x')")  # left uncommitted
        b = second.cursor()
        b.execute("SET statement_timeout = 3000")
        b.execute("INSERT INTO setting(key, value) VALUES ('pc2', 'y')")  # must not block
        second.commit()
        first.commit()
    finally:
        first.close()
        second.close()
    token = changes.token()
    other = psycopg2.connect(pg_url)
    try:
        with other, other.cursor() as cur:
            cur.execute("UPDATE setting SET value = 'z' WHERE key = 'pc1'")
            cur.execute("ROLLBACK")
    finally:
        other.close()
    assert changes.token() >= token  # a rolled-back write may move it: one needless refresh


def test_token_without_a_book_is_a_clear_error():
    db.close_book()
    with pytest.raises(Exception) as info:
        changes.token()
    assert "No customer book is open" in str(info.value)


def test_a_lost_server_is_a_clear_book_error_and_the_next_call_reconnects(pg_url):  # noqa: F811
    _open_pg(pg_url)
    saved = customers.save_customer({"name": "李娜"}, ["13800138000"])
    terminate_sessions(pg_url)  # the server ends this PC's session (a restart, a cable)
    with pytest.raises(server_link.ServerGone) as info:
        customers.save_customer({"name": "李娜娜"}, [], saved.id, expected_version=1)
    assert isinstance(info.value, server_link.BookError)
    assert "cannot be reached (the server" in str(info.value)
    assert "Traceback" not in str(info.value) and "psycopg2" not in str(info.value)
    assert customers.get_card(saved.id).fields["name"] == "李娜"  # reconnected by itself
    refuse_connections(pg_url)  # now the server stays away
    try:
        with pytest.raises(server_link.ServerGone, match="closed the connection"):
            changes.token()  # the dead session
        with pytest.raises(server_link.ServerGone, match="does not accept connections"):
            changes.token()  # a new one is refused
        with pytest.raises(server_link.ServerGone):
            server_link.reconnect()
    finally:
        refuse_connections(pg_url, False)
    server_link.reconnect()  # back: the edit can be saved again
    customers.save_customer({"name": "李娜娜"}, [], saved.id, expected_version=1)
    assert customers.get_card(saved.id).fields["name"] == "李娜娜"


def test_an_unreachable_server_is_refused_with_words(pg_url):  # noqa: F811
    address = server_address.parse(pg_url)
    closed = server_address.ServerAddress("127.0.0.1", address.database, address.user, 1,
                                          address.password).url()
    with pytest.raises(server_link.BookError) as info:
        db.open_book(closed)
    assert address.password not in str(info.value).replace(address.user, "")
    assert server_link.check_server(closed)[0] == server_link.NO_SERVER
