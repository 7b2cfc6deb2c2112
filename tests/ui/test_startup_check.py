"""The start-up check as the owner meets it: a book opens at once and is checked in the
background after the first paint (a moment later after a clean close, straight away
after a crash); damage still reaches the rescue, when opening meets it (either way) and
when only the background check finds it (at the next start, which checks it first).
Observed through `integrity.whole_file_checks`, not timings."""
from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from custbook import db
from custbook.customers import customers
from custbook.safety import backup, clean_close, integrity
from ui.safety import background_check
from tests.ui.conftest import make_controller
from tests.ui.test_safety_ui import visible, when_shown


def closed_cleanly(sample_master, tmp_path) -> Path:
    path = tmp_path / "shop.db"
    shutil.copy(sample_master, path)
    db.open_book(path)
    db.close_book()
    assert integrity.closed_cleanly(path)
    return path


def damage_in_place(path: Path, offset: int, size: int) -> None:
    """Overwrite bytes as a failing disk does: the file's size and time stay as they were."""
    stat = path.stat()
    with open(path, "r+b") as file:
        file.seek(offset)
        file.write(os.urandom(size))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))


def started(qtbot, path: Path):
    controller = make_controller(qtbot, path)
    assert controller.start()
    qtbot.addWidget(controller.window)
    return controller


def started_watching(qtbot, path: Path):
    """The window started on `path`, and every background check's result from the start
    (straight away after a crash, a small book's check may end before the window is up)."""
    controller = make_controller(qtbot, path)
    results: list = []
    controller.guard.background_check.sig_checked.connect(results.append)
    assert controller.start()
    qtbot.addWidget(controller.window)
    return controller, results


def test_a_clean_book_opens_without_the_check_and_is_checked_once_painted(qtbot, sample_master,
                                                                         tmp_path):
    path = closed_cleanly(sample_master, tmp_path)
    before = integrity.whole_file_checks
    controller = started(qtbot, path)
    assert integrity.whole_file_checks == before  # nothing read the whole file to open it
    check = controller.guard.background_check
    assert check.running() and check.timer.interval() == background_check.AFTER_FIRST_PAINT_MS
    with qtbot.waitSignal(check.sig_checked, timeout=20000) as seen:
        pass
    assert seen.args[0].state == integrity.OK
    assert integrity.whole_file_checks == before + 1
    assert visible("backgroundDamage") is None  # sound: the owner hears nothing
    controller.window.close()
    controller.guard.on_exit()
    db.close_book()
    assert integrity.closed_cleanly(path)  # and the next start is quick again


@pytest.mark.parametrize("way", ["after a clean close", "after a crash"])
def test_damage_where_opening_reads_reaches_the_rescue_either_way(qtbot, sample_master,
                                                                  tmp_path, way):
    path = closed_cleanly(sample_master, tmp_path)
    backup.take_backup(path, now=dt.datetime(2026, 11, 21, 20, 0))
    if way == "after a crash":
        integrity.forget_clean_close(path)
    damage_in_place(path, 100, 4096 - 100)  # the first page: the schema opening reads
    assert integrity.closed_cleanly(path) == (way == "after a clean close")
    seen = {}

    def restore(dialog):
        seen["text"] = dialog.findChild(QLabel, "rescueDetail").text()
        dialog.restore_button.click()

    when_shown("rescueDialog", restore)
    controller = started(qtbot, path)
    assert seen["text"].startswith(f"The book {path} is damaged")
    assert customers.count_customers() == 300
    assert controller.window.isVisible()
    assert [p for p in tmp_path.glob("shop.db.damaged-*") if p.suffix.startswith(".damaged")]


def test_after_a_crash_the_book_opens_at_once_and_is_checked_straight_away(
        qtbot, sample_master, tmp_path):
    path = closed_cleanly(sample_master, tmp_path)
    integrity.forget_clean_close(path)  # as a crash leaves it: no note of a clean close
    before = integrity.whole_file_checks
    controller, results = started_watching(qtbot, path)
    assert controller.window.isVisible()
    check = controller.guard.background_check
    assert check.timer.interval() == background_check.AT_ONCE_MS
    qtbot.waitUntil(lambda: bool(results), timeout=20000)
    assert [r.state for r in results] == [integrity.OK]
    assert integrity.whole_file_checks == before + 1  # the background one: none to open it
    assert visible("backgroundDamage") is None
    controller.window.close()
    controller.guard.on_exit()
    db.close_book()
    assert integrity.closed_cleanly(path)


@pytest.mark.parametrize("way", ["after a clean close", "after a crash"])
def test_damage_only_the_background_check_finds_is_told_and_checked_at_the_next_start(
        qtbot, sample_master, tmp_path, way):
    path = closed_cleanly(sample_master, tmp_path)
    if way == "after a crash":
        integrity.forget_clean_close(path)
    conn = sqlite3.connect(path)  # a page of the search's word index: opening never reads it
    page, size = conn.execute("SELECT max(pageno), max(pgsize) FROM dbstat WHERE "
                              "name = 'customer_search_fts_data' AND pagetype = 'leaf'").fetchone()
    conn.close()
    damage_in_place(path, (page - 1) * size, size)
    controller, results = started_watching(qtbot, path)  # opens: not where it reads
    qtbot.waitUntil(lambda: bool(results), timeout=20000)
    assert [r.state for r in results] == [integrity.DAMAGED]
    qtbot.waitUntil(lambda: visible("backgroundDamage") is not None)
    assert "start it again" in visible("backgroundDamage").text()
    visible("backgroundDamage").close()
    controller.window.close()
    controller.guard.on_exit()
    db.close_book()
    assert not integrity.closed_cleanly(path)  # suspect: never noted as closed cleanly
    clean_close._suspect.clear()  # the next start, another process: the note on disk
    health = integrity.opening_check(path)
    assert health.whole_file and health.state == integrity.DAMAGED


def test_closing_stops_a_background_check_that_is_still_waiting(qtbot, sample_master, tmp_path):
    path = closed_cleanly(sample_master, tmp_path)
    controller = started(qtbot, path)
    check = controller.guard.background_check
    assert check.running()
    before = integrity.whole_file_checks
    controller.window.close()
    controller.guard.on_exit()
    assert not check.running() and integrity.whole_file_checks == before
    db.close_book()
    assert integrity.closed_cleanly(path)
