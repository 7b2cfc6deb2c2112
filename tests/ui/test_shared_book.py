"""Several PCs on one book, as the shop sees it: another PC's changes show up here, a card
saved meanwhile shows every difference and the user chooses, a server that goes away
gives words and a Reconnect (the card keeps its text), and the connect dialog."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from custbook import db
from custbook.customers import customers
from custbook.shared_book import server_address, server_link
from tests.conftest import TODAY
from tests.pg_helpers import fresh_database, refuse_connections
from tests.ui.conftest import make_controller
from tests.ui.customer_helpers import close_cards_without_asking, type_into
from tests.ui.shared_book_helpers import answer_conflict
from ui import prefs
from ui.customers.card import open_card
from ui.shared_book import passwords
from ui.shared_book.conflict_dialog import MINE, THEIRS
from ui.shared_book.connect_dialog import ConnectDialog, recent_addresses, reopen

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def no_card_left_asking(qtbot):
    yield
    close_cards_without_asking()


def card_for(qtbot, customer_id: int):
    card = open_card(None, customer_id, TODAY)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is card)
    return card


def field(card, name):
    return card.form.fields[name].widget


def other_pc_changes(book: Path, customer_id: int, **values) -> None:
    """A second connection (the other PC) saves the same customer: new values, new version."""
    conn = sqlite3.connect(str(book))
    sets = ", ".join(f"{k} = ?" for k in values)
    conn.execute(f"UPDATE customer SET {sets}, version = version + 1 WHERE id = ?",
                 (*values.values(), customer_id))
    conn.commit()
    conn.close()


# ------------------------------------------------------------------ no lost updates

def test_a_conflict_shows_each_difference_and_the_user_chooses_per_field(sample_book, qtbot):
    card = card_for(qtbot, 7)
    before = customers.get_card(7)
    type_into(field(card, "shoe_size"), "38")
    type_into(field(card, "occupation"), "花艺师")
    other_pc_changes(sample_book, 7, shoe_size="39", wechat_id="wx_other_pc")
    seen: list = []
    answer_conflict({"shoe_size": THEIRS}, seen=seen)
    assert card.save()
    rows = {row.name: row for row in seen[0]}
    assert set(rows) == {"shoe_size", "occupation", "wechat_id"}
    assert (rows["shoe_size"].mine, rows["shoe_size"].theirs) == ("38", "39")
    assert rows["shoe_size"].mine_changed and rows["shoe_size"].theirs_changed  # marked ⚠
    assert (rows["wechat_id"].mine, rows["wechat_id"].theirs) == (before.fields["wechat_id"],
                                                                  "wx_other_pc")
    assert rows["wechat_id"].default == THEIRS and rows["occupation"].default == MINE
    saved = customers.get_card(7)
    assert (saved.fields["shoe_size"], saved.fields["wechat_id"], saved.fields["occupation"]) \
        == ("39", "wx_other_pc", "花艺师")
    assert saved.version == before.version + 2
    assert field(card, "shoe_size").text() == "39" and not card.is_dirty()


def test_keep_all_mine_is_an_explicit_choice_and_cancel_saves_nothing(sample_book, qtbot):
    card = card_for(qtbot, 9)
    type_into(field(card, "shoe_size"), "41")
    other_pc_changes(sample_book, 9, shoe_size="40", address="上海市徐汇区")
    answer_conflict(button="conflictCancel")
    assert not card.save()
    assert field(card, "shoe_size").text() == "41"  # the user's text is still there
    assert "Your text is still here" in card.error_banner.label.text()
    stored = customers.get_card(9)
    assert (stored.fields["shoe_size"], stored.fields["address"]) == ("40", "上海市徐汇区")
    answer_conflict(button="conflictAllMine")  # the button picks; the dialog stays open …
    answer_conflict()  # … and Save saves the choice
    assert card.save()
    stored = customers.get_card(9)
    assert stored.fields["shoe_size"] == "41"
    assert stored.fields["address"] != "上海市徐汇区"  # the user chose their own (older) one


# ------------------------------------------------------------------ views refresh

def _today_reminder_ids(page) -> set[int]:
    found = set()
    tree = page.today_panel
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        for j in range(group.childCount()):
            occurrence = group.child(j).data(0, 256)
            if occurrence is not None:
                found.add(occurrence.reminder_id)
    return found


def _complete_elsewhere(location: str, reminder_id: int) -> None:
    script = (f"import sys, datetime; sys.path.insert(0, {str(ROOT)!r})\n"
              "from custbook import db\nfrom custbook.calendar import reminder_actions\n"
              f"db.open_book({location!r})\n"
              f"reminder_actions.complete({reminder_id}, datetime.date.fromisoformat("
              f"{TODAY.isoformat()!r}))\n"
              "db.close_book()\n")
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60, cwd=ROOT,
                   env={**__import__("os").environ, "CUSTBOOK_NO_BOOTSTRAP": "1"})


def _check_today_panel_follows_the_other_pc(qtbot, controller, location: str) -> None:
    window = controller.window
    window.show_page("calendar")
    page = window.pages["calendar"]
    qtbot.waitUntil(lambda: bool(_today_reminder_ids(page)))
    shown = sorted(_today_reminder_ids(page))
    target = shown[0]
    assert controller.shared.poll() is False  # nothing changed yet: no refresh
    _complete_elsewhere(location, target)  # the other PC marks it done
    assert target in _today_reminder_ids(page)  # not yet: until the next poll
    controller.shared.timer.setInterval(20)  # the next tick, without waiting 3 s
    controller.shared.timer.start()
    qtbot.waitUntil(lambda: target not in _today_reminder_ids(page), timeout=5000)


def test_a_reminder_done_on_another_pc_leaves_the_today_panel(window, qtbot):
    _check_today_panel_follows_the_other_pc(qtbot, window.controller, db.book_location())


def test_own_changes_do_not_trigger_a_second_refresh(window, qtbot):
    watch = window.controller.shared
    customers.save_customer({"name": "本机新客"}, [])
    from ui.signals import bus

    bus().sig_data_changed.emit(frozenset({"customers"}))
    assert watch.poll() is False


# ------------------------------------------------------------------ PostgreSQL: two PCs

@pytest.fixture
def pg_shop(sample_master):
    """The sample shop on its own PostgreSQL database (copied with copy-book)."""
    from custbook.shared_book import copy_book

    with fresh_database("ui") as url:
        db.close_book()
        copy_book.copy_book(sample_master, url)
        yield url


def test_on_postgresql_the_today_panel_follows_the_other_pc(pg_shop, qtbot):
    controller = make_controller(qtbot, pg_shop)
    assert controller.start()
    qtbot.addWidget(controller.window)
    _check_today_panel_follows_the_other_pc(qtbot, controller, pg_shop)
    controller.window.close()


def test_a_lost_server_keeps_the_card_and_reconnect_saves_it(pg_shop, qtbot):
    controller = make_controller(qtbot)
    db.open_book(pg_shop)
    controller.shared.book_opened()
    card = card_for(qtbot, 5)
    type_into(field(card, "occupation"), "茶艺师")
    refuse_connections(pg_shop)  # the server goes away: sessions end, new ones are refused
    assert not card.save()
    assert card.isVisible() and field(card, "occupation").text() == "茶艺师"
    assert "cannot be reached" in card.error_banner.label.text()
    assert controller.shared.poll() is False  # the poll notices too: one clear message
    box = controller.shared.box
    assert box is not None and box.objectName() == "serverLostBox"
    assert "Reconnect" in box.text() and "Traceback" not in box.text()
    assert not controller.shared.timer.isActive()  # no freezing retries meanwhile
    refuse_connections(pg_shop, False)  # the server is back
    box.findChild(type(box.buttons()[0]), "reconnectButton").click()
    assert controller.shared.box is None and not controller.shared.lost
    assert controller.shared.timer.isActive()
    assert card.save()  # the same edit, saved after reconnecting
    assert customers.get_card(5).fields["occupation"] == "茶艺师"
    controller.shared.timer.stop()


# ------------------------------------------------------------------ connecting

def _fill(dialog: ConnectDialog, address: server_address.ServerAddress) -> None:
    type_into(dialog.host, address.host)
    dialog.port.setValue(address.port)
    type_into(dialog.database, address.database)
    type_into(dialog.user, address.user)
    type_into(dialog.password, address.password)


def test_the_connect_dialog_tests_and_explains(qtbot):
    with fresh_database("c") as url:
        good = server_address.parse(url)
        dialog = ConnectDialog(None)
        qtbot.addWidget(dialog)
        assert not dialog.open_button.isEnabled()  # nothing typed yet
        _fill(dialog, server_address.ServerAddress(good.host, good.database, good.user,
                                                   good.port, "wrong-password"))
        assert dialog.test_connection() == server_link.WRONG_LOGIN
        assert "refused the user name" in dialog.result_label.text()
        _fill(dialog, server_address.ServerAddress(good.host, good.database + "_nope",
                                                   good.user, good.port, good.password))
        assert dialog.test_connection() == server_link.NO_DATABASE
        assert "has no database called" in dialog.result_label.text()
        dialog.port.setValue(1)
        assert dialog.test_connection() == server_link.NO_SERVER
        assert "No database server answers at" in dialog.result_label.text()
        _fill(dialog, good)
        assert dialog.test_connection() == server_link.EMPTY
        assert dialog.result_label.text().startswith("✔")


def test_opening_a_shared_book_keeps_the_password_out_of_the_settings(qtbot, tmp_path):
    with fresh_database("o") as url:
        address = server_address.parse(url)
        assert not passwords.keyring_available()  # this headless Linux has no keyring
        controller = make_controller(qtbot)
        dialog = ConnectDialog(None)
        qtbot.addWidget(dialog)
        assert not dialog.remember.isEnabled() and dialog.keyring_note.isVisibleTo(dialog)
        _fill(dialog, address)
        dialog.open_button.click()
        assert dialog.result() == dialog.DialogCode.Accepted
        assert controller.open_book(dialog.address().url())
        qtbot.addWidget(controller.window)
        assert db.is_postgres_book()
        assert [a.key() for a in recent_addresses()] == [address.key()]
        ini = Path(prefs.store().fileName()).read_text(encoding="utf-8")
        assert address.password not in ini.replace(address.user, "")
        assert prefs.get("last_book") == address.key()
        assert address.password not in controller.window.book_label.text().replace(
            address.user, "")
        controller.guard.on_exit()  # no file to back up, no lock file: nothing breaks
        assert not (tmp_path / "xdg-data" / "Custbook" / "backups").exists()
        controller.window.close()
        db.close_book()


def test_with_a_keyring_the_password_is_remembered_there_and_the_book_reopens(qtbot):
    import keyring
    from keyring.backend import KeyringBackend

    store: dict[tuple[str, str], str] = {}  # a keyring in memory, as Windows or KDE would give

    class MemoryBackend(KeyringBackend):
        priority = 1

        def get_password(self, service, user):
            return store.get((service, user))

        def set_password(self, service, user, password):
            store[(service, user)] = password

        def delete_password(self, service, user):
            store.pop((service, user), None)

    backend = MemoryBackend()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        with fresh_database("k") as url:
            address = server_address.parse(url)
            dialog = ConnectDialog(None)
            qtbot.addWidget(dialog)
            assert dialog.remember.isEnabled()
            _fill(dialog, address)
            dialog.remember.setChecked(True)
            dialog.open_button.click()
            assert store == {(passwords.SERVICE, address.key()): address.password}
            controller = make_controller(qtbot)
            assert reopen(controller, address.key())  # no password typed: the keyring's
            qtbot.addWidget(controller.window)
            assert db.is_postgres_book()
            controller.window.close()
            db.close_book()
    finally:
        keyring.set_keyring(previous)


def test_the_file_menu_offers_connect_and_reconnect(window):
    connect = window.findChild(type(window.menuBar().actions()[0]), "actionConnectSharedBook")
    reconnect = window.findChild(type(connect), "actionReconnect")
    assert connect is not None and reconnect is not None
    assert not reconnect.isEnabled()  # a file book has no server to reconnect to


def _visible(name: str):
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == name and widget.isVisible():
            return widget
    return None


def test_back_up_now_on_a_shared_book_keeps_a_copy_on_this_pc(pg_shop, qtbot, tmp_path):
    controller = make_controller(qtbot, pg_shop)
    assert controller.start()
    window = controller.window
    qtbot.addWidget(window)
    window.safety_menu.show_backups()  # File › Backups…: where, and whose job it is
    info = _visible("sharedBackupsInfo")
    assert info is not None and "server's admin" in info.text()
    info.accept()
    window.safety_menu.actions.backup_now()
    qtbot.waitUntil(lambda: _visible("backupDone") is not None, timeout=30000)
    made = [p for p in (tmp_path / "xdg-data").rglob("*-manual.dump")]
    assert len(made) == 1 and made[0].stat().st_size > 10000
    assert str(made[0]) in _visible("backupDone").text()
    _visible("backupDone").accept()
    window.close()


def test_without_a_keyring_the_password_is_asked_when_the_shared_book_reopens(qtbot):
    from PySide6.QtCore import QTimer

    with fresh_database("a") as url:
        address = server_address.parse(url)
        prefs.put("last_book", address.key())  # as the last session left it: no password
        controller = make_controller(qtbot)
        asked = []

        def answer(tries: int = 300) -> None:
            dialog = controller.connect_dialog
            if dialog is not None and dialog.isVisible():
                asked.append((dialog.host.text(), dialog.database.text(), dialog.user.text(),
                              dialog.password.text(), dialog.focusWidget() is dialog.password))
                type_into(dialog.password, address.password)
                dialog.open_button.click()
                return
            if tries:
                QTimer.singleShot(10, lambda: answer(tries - 1))

        QTimer.singleShot(0, answer)
        assert controller.start()
        qtbot.addWidget(controller.window)
        assert asked == [(address.host, address.database, address.user, "", True)]
        assert db.is_postgres_book()
        controller.window.close()
        db.close_book()


def test_a_server_that_needs_no_typed_password_opens_without_asking(qtbot, tmp_path,
                                                                     monkeypatch):
    """A PC with ~/.pgpass (or a trusting server) reopens the shared book without the dialog."""
    with fresh_database("p") as url:
        address = server_address.parse(url)
        pgpass = tmp_path / "pgpass"
        pgpass.write_text(f"{address.host}:{address.port}:{address.database}:{address.user}:"
                          f"{address.password}\n")
        pgpass.chmod(0o600)
        monkeypatch.setenv("PGPASSFILE", str(pgpass))
        prefs.put("last_book", address.key())  # no password in the address
        controller = make_controller(qtbot)
        assert controller.start()
        qtbot.addWidget(controller.window)
        assert controller.connect_dialog is None or not controller.connect_dialog.isVisible()
        assert db.is_postgres_book()
        controller.window.close()
        db.close_book()


def test_a_lost_server_reaching_the_global_error_handler_gets_the_reconnect_message(
        qtbot, monkeypatch, tmp_path):
    import sys

    from ui.app import install_error_handler

    with fresh_database("h") as url:
        controller = make_controller(qtbot)
        db.open_book(url)
        controller.shared.book_opened()
        monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back afterwards
        install_error_handler(controller)
        refuse_connections(url)
        try:
            with pytest.raises(server_link.ServerGone) as info:
                customers.count_customers()
            sys.excepthook(info.type, info.value, info.tb)  # as from a slot of any page
            box = controller.shared.box
            assert box is not None and box.isVisible()
            assert box.text() == str(info.value) and "Reconnect" in box.text()
            assert not controller.shared.timer.isActive()
        finally:
            refuse_connections(url, False)
        assert controller.shared.reconnect()
        assert controller.shared.box is None and controller.shared.timer.isActive()
        controller.shared.timer.stop()
        db.close_book()


def test_a_customer_erased_on_another_pc_keeps_the_text_and_says_so(sample_book, qtbot):
    from custbook.safety import privacy

    card = card_for(qtbot, 11)
    type_into(field(card, "occupation"), "摄影师")
    privacy.erase_customer(11)  # the other PC erased them for privacy meanwhile
    assert not card.save()
    assert card.isVisible() and field(card, "occupation").text() == "摄影师"
    assert "no longer in the book" in card.error_banner.label.text()
