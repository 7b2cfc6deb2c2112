"""Data safety as the shop owner meets it: backing up, restoring, a damaged book at start,
a second start on the same book, the password lock, and the backups Custbook makes itself."""
from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QPushButton, QWidget

from custbook import db
from custbook.customers import customers
from custbook.safety import backup, booklock, password
from tests.ui.conftest import make_controller

ROOT = Path(__file__).resolve().parents[2]


def count(path: Path, table: str = "customer") -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def visible(name: str) -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == name and widget.isVisible():
            return widget
    return None


def when_shown(name: str, act, attempts: int = 500) -> None:
    """Act on a dialog (found by objectName) as soon as it is on screen, e.g. inside exec()."""
    def poll(left: int = attempts) -> None:
        widget = visible(name)
        if widget is not None:
            act(widget)
        elif left:
            QTimer.singleShot(10, lambda: poll(left - 1))
    QTimer.singleShot(0, poll)


def click_button(box: QMessageBox, text: str) -> None:
    for button in box.buttons():
        if button.text() == text:
            button.click()
            return
    raise AssertionError(f"no button {text!r} in {[b.text() for b in box.buttons()]}")


def trigger(window, name: str) -> None:
    window.findChild(QAction, name).trigger()


def wait_task(qtbot, holder) -> None:
    qtbot.waitUntil(lambda: holder.task is not None)
    task = holder.task
    qtbot.waitUntil(lambda: not task.is_running(), timeout=20000)
    qtbot.wait(20)  # let the finished signal reach the UI thread


# --- back up now, the Backups dialog, restore -----------------------------------------------

def test_back_up_now_from_the_file_menu(window, qtbot):
    trigger(window, "actionBackupNow")
    wait_task(qtbot, window.safety_menu.actions)
    qtbot.waitUntil(lambda: visible("backupDone") is not None)
    box = visible("backupDone")
    assert box.text().startswith("The book was backed up (300 customers, ")
    made = backup.list_backups(db.book_location())
    assert [b.kind for b in made] == [backup.MANUAL]
    assert str(made[0].path) in box.text()
    assert count(made[0].path) == 300
    assert window.statusBar().currentMessage().startswith("Backed up at ")
    box.accept()


def test_restore_through_the_dialog_brings_the_old_book_back_and_keeps_the_new(window, qtbot):
    book = Path(db.book_location())
    old = backup.take_backup(book, kind=backup.MANUAL, now=dt.datetime(2026, 11, 20, 18, 5))
    customers.save_customer({"name": "备份后的新客户"}, ["13700137000"])
    trigger(window, "actionRestore")
    dialog = visible("backupsDialog")
    assert dialog.windowTitle() == "Restore a backup"
    listing = dialog.table
    assert listing.topLevelItem(0).text(0) == "2026-11-20 18:05:00"
    assert listing.topLevelItem(0).text(1) == "By hand"
    assert listing.topLevelItem(0).text(2) == "Data folder"
    preview = {key: label.text() for key, label in dialog.preview_labels.items()}
    assert preview["customers"] == "300" and preview["taken"] == "2026-11-20 18:05:00"
    assert preview["purchases"] == f"{count(old.backup.path, 'purchase'):,}"
    when_shown("restoreConfirm", lambda box: click_button(box, "Restore"))
    qtbot.mouseClick(dialog.findChild(QPushButton, "restoreSelected"), Qt.MouseButton.LeftButton)
    wait_task(qtbot, window.safety_menu.actions)
    qtbot.waitUntil(lambda: visible("restoreDone") is not None)
    done = visible("restoreDone")
    assert "The backup of 2026-11-20 18:05 is back in place (300 customers" in done.text()
    assert customers.count_customers() == 300
    qtbot.waitUntil(lambda: window.count_label.text() == "300 customers")  # counted on the runner
    saved = [b for b in backup.list_backups(book) if b.kind == backup.BEFORE_RESTORE]
    assert len(saved) == 1 and count(saved[0].path) == 301  # the newer book is kept
    assert str(saved[0].path) in done.text()
    done.accept()


def test_cancelling_the_confirmation_changes_nothing(window, qtbot):
    book = Path(db.book_location())
    backup.take_backup(book, kind=backup.MANUAL)
    customers.save_customer({"name": "留下的客户"}, [])
    trigger(window, "actionBackups")
    dialog = visible("backupsDialog")
    when_shown("restoreConfirm", lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert customers.count_customers() == 301
    dialog.reject()


def test_a_broken_backup_file_is_refused_with_words(window, qtbot, tmp_path):
    junk = tmp_path / "not-a-backup.db"
    junk.write_bytes(b"\x00garbage" * 2000)
    window.safety_menu.actions.restore_backup(junk)
    box = visible("restoreFailed")
    assert box is not None and "cannot be used as a backup" in box.text()
    box.accept()
    assert customers.count_customers() == 300


def test_the_second_folder_gets_a_copy_and_a_missing_stick_is_explained(window, qtbot,
                                                                        tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    trigger(window, "actionBackups")
    dialog = visible("backupsDialog")
    dialog.set_second_folder(str(stick))
    assert str(stick) in dialog.findChild(QLabel, "secondFolder").text()
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    wait_task(qtbot, window.safety_menu.actions)
    places = [dialog.table.topLevelItem(i).text(2) for i in range(dialog.table.topLevelItemCount())]
    assert sorted(places) == ["Data folder", "Second folder"]
    visible("backupDone").accept()
    stick.rmdir() if not any(stick.rglob("*.db")) else shutil.rmtree(stick)  # unplugged
    window.safety_menu.actions.backup_now()
    wait_task(qtbot, window.safety_menu.actions)
    qtbot.waitUntil(lambda: visible("backupDone") is not None)
    box = visible("backupDone")
    assert box.icon() == QMessageBox.Icon.Warning
    assert "is not available (is the USB stick plugged in?)" in box.text()
    box.accept()
    dialog.reject()


def test_a_cancelled_backup_writes_nothing(window, qtbot, monkeypatch):
    monkeypatch.setattr(backup, "_PAGES_PER_STEP", 1)
    task = window.safety_menu.actions.backup_now()
    task.cancel()
    wait_task(qtbot, window.safety_menu.actions)
    assert window.statusBar().currentMessage() == "Backup cancelled; nothing was written."
    folder = backup.book_folder(db.book_location())
    assert not folder.exists() or list(folder.iterdir()) == []


# --- the backups Custbook makes by itself ----------------------------------------------------

def test_closing_after_changes_makes_a_backup_and_only_then(window, qtbot):
    guard = window.controller.guard
    book = db.book_location()
    guard.mark_backed_up()  # what opening wrote (today's reminders) counts as kept
    assert not guard.changed()
    customers.list_customers(0, 50)  # looking is not changing
    assert not guard.changed()
    guard.on_exit()
    assert backup.list_backups(book) == []  # nothing changed, nothing to keep
    window.controller.open_book(book)
    customers.save_customer({"name": "今天的新客户"}, [])
    guard.on_exit()
    made = backup.list_backups(book)
    assert [b.kind for b in made] == [backup.AUTO] and count(made[0].path) == 301


def test_the_daily_backup_runs_quietly_once_a_day(window, qtbot):
    guard = window.controller.guard
    with qtbot.waitSignal(guard.sig_backup_done, timeout=20000):
        assert guard.daily_backup_if_due()
    assert window.statusBar().currentMessage().startswith("Automatic backup made at ")
    assert not guard.daily_backup_if_due()  # today already has one
    assert [b.kind for b in backup.list_backups(db.book_location())] == [backup.AUTO]
    assert not guard.changed()


# --- a damaged book at start ---------------------------------------------------------------------

def damaged_shop(sample_master, tmp_path) -> tuple[Path, Path]:
    path = tmp_path / "shop.db"
    shutil.copy(sample_master, path)
    good = backup.take_backup(path, now=dt.datetime(2026, 11, 21, 20, 0)).backup.path
    with open(path, "r+b") as file:
        file.seek(30 * 4096)
        file.write(os.urandom(6 * 4096))
    return path, good


def test_a_damaged_book_at_start_offers_the_latest_backup_and_restores_it(qtbot, sample_master,
                                                                         tmp_path):
    path, _ = damaged_shop(sample_master, tmp_path)
    damaged = path.read_bytes()
    seen = {}

    def restore(dialog):
        seen["text"] = dialog.findChild(QLabel, "rescueDetail").text()
        seen["offer"] = dialog.restore_button.description()
        dialog.restore_button.click()

    when_shown("rescueDialog", restore)
    controller = make_controller(qtbot, path)
    assert controller.start()
    qtbot.addWidget(controller.window)
    assert seen["text"].startswith(f"The book {path} is damaged")
    assert seen["offer"].startswith("From 2026-11-21 20:00: 300 customers, ")
    assert customers.count_customers() == 300
    aside = [p for p in tmp_path.glob("shop.db.damaged-*") if not p.name.endswith(("-wal", "-shm"))]
    assert len(aside) == 1 and aside[0].read_bytes() == damaged  # nothing thrown away
    assert controller.window.isVisible()


def test_a_damaged_book_at_start_can_be_left_alone(qtbot, sample_master, tmp_path):
    path, _ = damaged_shop(sample_master, tmp_path)
    damaged = path.read_bytes()
    when_shown("rescueDialog", lambda dialog: dialog.quit_button.click())
    controller = make_controller(qtbot, path)
    assert controller.start() is False
    assert controller.window is None
    assert path.read_bytes() == damaged
    assert not booklock.is_held_here(path)


def test_an_unreadable_book_with_no_backup_gets_a_message_not_a_traceback(qtbot, tmp_path,
                                                                         monkeypatch):
    truncated = tmp_path / "cut.db"
    truncated.write_bytes(b"SQLite format 3\x00" + b"\x10\x00" + os.urandom(3000))
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    controller = make_controller(qtbot, truncated)
    assert controller.start() is False
    assert shown and "Nothing was changed" in shown[0]


# --- one window per book -------------------------------------------------------------------------

def test_a_second_start_on_the_same_book_brings_the_first_window_forward(window, qtbot):
    guard = window.controller.guard
    env = {**os.environ, "CUSTBOOK_NO_BOOTSTRAP": "1", "QT_QPA_PLATFORM": "offscreen"}
    with qtbot.waitSignal(guard.server.sig_show_requested, timeout=30000):
        second = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--db",
                                   db.book_location()], env=env, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True)
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=30000)
    assert second.returncode == 0, second.stderr.read()
    assert window.isVisible()


def test_a_book_held_by_another_custbook_is_refused(qtbot, sample_master, tmp_path, monkeypatch):
    path = tmp_path / "shop.db"
    shutil.copy(sample_master, path)
    script = (f"import sys, time; sys.path.insert(0, {str(ROOT)!r})\n"
              "from custbook.safety import booklock\n"
              f"booklock.acquire({str(path)!r}); print('held', flush=True); time.sleep(60)\n")
    holder = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        shown = []
        monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
        controller = make_controller(qtbot, path)
        assert controller.start() is False
        assert "is open in another Custbook program of " in shown[0]
        assert f"(process {holder.pid})" in shown[0]
    finally:
        holder.kill()
        holder.wait()


# --- the password lock ----------------------------------------------------------------------------

def fill(dialog: QWidget, **values: str) -> None:
    for key, text in values.items():
        dialog.findChild(QLineEdit, f"password_{key}").setText(text)


def test_setting_a_password_then_locking_and_unlocking(window, qtbot):
    trigger(window, "actionPassword")
    dialog = visible("passwordDialog")
    assert "does not encrypt the book file" in dialog.findChild(QLabel, "passwordHonesty").text()
    fill(dialog, new="茶叶", repeat="茶叶")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "password_new_error")
    assert error.isVisible() and "at least 4 characters" in error.text()
    fill(dialog, new="茶叶2026", repeat="茶叶2026")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert password.is_set() and window.controller.guard.locker.enabled
    trigger(window, "actionLockNow")
    locker = window.controller.guard.locker
    lock = visible("lockDialog")
    assert lock is not None and locker.locked
    cover = window.findChild(QWidget, "lockCover")
    assert cover.isVisible() and cover.geometry() == window.rect()
    lock.findChild(QLineEdit, "lockPassword").setText("wrong")
    qtbot.mouseClick(lock.unlock_button, Qt.MouseButton.LeftButton)
    assert lock.error.text() == "That is not the password. Please try again."
    assert locker.locked
    lock.findChild(QLineEdit, "lockPassword").setText("茶叶2026")
    qtbot.mouseClick(lock.unlock_button, Qt.MouseButton.LeftButton)
    assert not locker.locked
    qtbot.waitUntil(lambda: window.findChild(QWidget, "lockCover") is None)


def test_the_window_locks_itself_after_the_idle_time(window, qtbot):
    password.configure(None, "abcd", "abcd", 1)
    locker = window.controller.guard.locker
    locker.refresh()
    locker.check_idle()
    assert not locker.locked  # used a moment ago
    locker.last_input -= 61
    locker.check_idle()
    assert locker.locked and visible("lockDialog") is not None
    visible("lockDialog").findChild(QLineEdit, "lockPassword").setText("abcd")
    visible("lockDialog").try_unlock()
    assert not locker.locked


def test_a_book_with_a_password_asks_for_it_when_it_opens(qtbot, sample_master, tmp_path):
    path = tmp_path / "locked.db"
    shutil.copy(sample_master, path)
    db.open_book(path)
    password.configure(None, "1234", "1234", 0)
    db.close_book()

    def answer(dialog):
        dialog.field.setText("１２３４")  # typed with a Chinese input method in full width
        dialog.unlock_button.click()

    when_shown("lockDialog", answer)
    controller = make_controller(qtbot, path)
    assert controller.start()
    qtbot.addWidget(controller.window)
    assert controller.window.isVisible()


def test_not_unlocking_a_book_at_start_does_not_open_it(qtbot, sample_master, tmp_path):
    path = tmp_path / "locked.db"
    shutil.copy(sample_master, path)
    db.open_book(path)
    password.configure(None, "1234", "1234", 0)
    db.close_book()
    when_shown("lockDialog", lambda dialog: dialog.quit_button.click())
    controller = make_controller(qtbot, path)
    assert controller.start() is False
    assert controller.window is None
    assert db.book_location() == ""


# --- storage errors in the window ----------------------------------------------------------------

def test_a_full_disk_while_saving_is_told_in_plain_words(window, qtbot):
    from ui.app import install_error_handler

    install_error_handler(window.controller)
    try:
        error = sqlite3.OperationalError("database or disk is full")
        sys.excepthook(type(error), error, None)
    finally:
        sys.excepthook = sys.__excepthook__
    box = window.findChild(QMessageBox, "errorBox")
    assert box.windowTitle() == "The change was not saved"
    assert box.text().startswith("The disk is full, so this change could not be saved.")
    box.accept()


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_a_read_only_book_is_refused_with_words(qtbot, sample_master, tmp_path, monkeypatch):
    path = tmp_path / "shop.db"
    shutil.copy(sample_master, path)
    as_root = os.geteuid() == 0
    if as_root and subprocess.run(["chattr", "+i", str(path)],
                                  capture_output=True, check=False).returncode != 0:
        pytest.skip("no immutable flag on this file system")
    if not as_root:
        path.chmod(0o444)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    try:
        controller = make_controller(qtbot, path)
        assert controller.start() is False
    finally:
        if as_root:
            subprocess.run(["chattr", "-i", str(path)], check=True)
    assert shown[0].startswith(f"The book {path} is read-only.")


def test_a_backup_made_by_hand_is_deleted_from_the_dialog_after_asking(window, qtbot):
    book = db.book_location()
    backup.take_backup(book, kind=backup.MANUAL, now=dt.datetime(2026, 11, 1, 9))
    backup.take_backup(book, kind=backup.MANUAL, now=dt.datetime(2026, 11, 2, 9))
    trigger(window, "actionBackups")
    dialog = visible("backupsDialog")
    when_shown("deleteConfirm", lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.table.topLevelItemCount() == 2
    when_shown("deleteConfirm", lambda box: click_button(box, "Delete"))
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert [b.taken_at.day for b in backup.list_backups(book)] == [1]
    assert dialog.table.topLevelItemCount() == 1
    dialog.reject()
