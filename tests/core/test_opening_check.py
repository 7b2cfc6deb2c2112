"""Opening a book without reading all of it: the whole-file check runs later, in the
background (the window's; at once unless the book was closed cleanly last time), except
for a book in which damage was seen (`suspect`, a note kept on disk until a whole-file
check finds it sound): that one is checked first, so the rescue comes before opening.

What is observed is `integrity.whole_file_checks` (how many whole-file checks ran) and
`Health.whole_file`, never a timing."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from custbook import db
from custbook.customers import customers
from custbook.errors import BookDamaged
from custbook.safety import integrity

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def shop(sample_master, tmp_path) -> Path:
    path = tmp_path / "shop.db"
    shutil.copy(sample_master, path)
    return path


def closed_cleanly_now(path: Path) -> None:
    db.open_book(path)
    db.close_book()
    assert integrity.closed_cleanly(path)


def damage_in_place(path: Path, offset: int, size: int) -> None:
    """Overwrite bytes as a failing disk does: the file's size and time stay as they were."""
    stat = path.stat()
    with open(path, "r+b") as file:
        file.seek(offset)
        file.write(os.urandom(size))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))


def test_a_book_closed_cleanly_opens_without_the_whole_file_check(shop):
    closed_cleanly_now(shop)
    before = integrity.whole_file_checks
    health = integrity.opening_check(shop)
    assert health.ok and not health.whole_file and health.clean_close
    assert integrity.whole_file_checks == before
    # The note is used up by the open: a start that never closed cleanly has its
    # background check at once
    assert not integrity.closed_cleanly(shop)
    health = integrity.opening_check(shop)
    assert health.ok and not health.whole_file and not health.clean_close
    assert integrity.whole_file_checks == before


def at_once(health: integrity.Health) -> bool:
    """Opened without the whole-file check, which the window runs as soon as it is up."""
    return health.ok and not health.whole_file and not health.clean_close


def test_a_book_never_closed_here_or_changed_since_is_checked_at_once(shop, tmp_path):
    before = integrity.whole_file_checks
    assert at_once(integrity.opening_check(shop))  # copied in: never closed on this PC
    closed_cleanly_now(shop)
    import sqlite3

    conn = sqlite3.connect(shop)  # another program writes to it
    conn.execute("UPDATE customer SET name = '改名' WHERE id = 1")
    conn.commit()
    conn.close()
    assert not integrity.closed_cleanly(shop)
    assert at_once(integrity.opening_check(shop))
    # Replaced by another file (a restore, a copy over it): a new inode, checked at once too.
    closed_cleanly_now(shop)
    shutil.copy(shop, tmp_path / "other.db")
    os.replace(tmp_path / "other.db", shop)
    assert at_once(integrity.opening_check(shop))
    assert integrity.whole_file_checks == before  # none of them before opening


def test_a_killed_process_loses_nothing_committed_and_is_checked_at_once(shop):
    closed_cleanly_now(shop)
    script = (f"import sys; sys.path.insert(0, {str(ROOT)!r})\n"
              "from custbook import db\nfrom custbook.customers import customers\n"
              "from custbook.safety import integrity\n"
              f"assert not integrity.opening_check({str(shop)!r}).whole_file\n"
              f"db.open_book({str(shop)!r})\n"
              "customers.save_customer({'name': '王芳'}, ['13800138000'])\n"
              "print('saved', flush=True)\nimport time; time.sleep(60)\n")
    env = {**os.environ, "CUSTBOOK_NO_BOOTSTRAP": "1"}
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                             env=env)
    try:
        assert child.stdout.readline().strip() == "saved"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert not integrity.closed_cleanly(shop)
    before = integrity.whole_file_checks
    assert at_once(integrity.opening_check(shop))
    assert integrity.whole_file_checks == before
    db.open_book(shop)
    try:
        assert customers.count_customers() == 301  # the kill lost nothing committed
    finally:
        db.close_book()


def test_damage_met_while_opening_on_the_fast_path_leads_to_the_whole_check(shop):
    closed_cleanly_now(shop)
    damage_in_place(shop, 100, 4096 - 100)  # the schema on the first page: opening reads it
    assert integrity.closed_cleanly(shop)  # a failing disk leaves size and time alone
    assert not integrity.opening_check(shop).whole_file
    with pytest.raises(BookDamaged) as raised:
        db.open_book(shop)
    assert integrity.error_kind(raised.value) == "corrupt"
    integrity.mark_suspect(shop)  # what the window does with such an error
    db.close_book()
    assert not integrity.closed_cleanly(shop)
    for _ in range(2):  # still damaged: still suspect, checked first again
        health = integrity.opening_check(shop)
        assert health.whole_file and health.state == integrity.DAMAGED


def test_a_suspect_book_is_checked_first_even_in_the_next_process_until_found_sound(shop):
    from custbook.safety import clean_close

    db.open_book(shop)
    integrity.mark_suspect(shop)
    db.close_book()
    assert not integrity.closed_cleanly(shop)  # never noted as closed cleanly
    clean_close._suspect.clear()  # the next process: only the note on disk remembers
    assert integrity.is_suspect(shop) and not integrity.closed_cleanly(shop)
    before = integrity.whole_file_checks
    health = integrity.opening_check(shop)
    assert health.ok and health.whole_file and integrity.whole_file_checks == before + 1
    assert not integrity.is_suspect(shop)  # found sound: the next open is quick again
    assert not integrity.opening_check(shop).whole_file
    assert integrity.whole_file_checks == before + 1


def test_the_background_check_can_be_stopped(shop):
    stop = threading.Event()
    stop.set()
    assert integrity.quick_check(shop, stop=stop.is_set).state == integrity.STOPPED
    assert integrity.quick_check(shop, stop=lambda: False).state == integrity.OK


def test_the_note_lives_in_the_data_folder_not_beside_the_book(shop, tmp_path):
    closed_cleanly_now(shop)
    assert sorted(p.name for p in shop.parent.iterdir() if p.is_file()) == ["shop.db"]
    notes = list((db.data_dir() / "closed-cleanly").iterdir())
    assert len(notes) == 1 and "size" in notes[0].read_text(encoding="utf-8")
