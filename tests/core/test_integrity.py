"""Start-up checks and storage errors: every way a file can fail gets words, nothing is lost."""
from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from custbook import db
from custbook.customers import customers
from custbook.safety import integrity
from custbook.errors import BookDamaged, BookError
from custbook.models import Customer, CustomerPhone, Purchase, database

ROOT = Path(__file__).resolve().parents[2]
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
# Root reads and writes everything; these drop the powers that bypass file permissions.
DROP_ROOT = ["setpriv", "--bounding-set=-dac_override,-dac_read_search",
             "--inh-caps=-dac_override,-dac_read_search"]


@pytest.fixture
def shop(sample_master, tmp_path) -> Path:
    path = tmp_path / "shop.db"
    shutil.copy(sample_master, path)
    return path


def run_python(script: str, *, as_user: bool = False) -> subprocess.CompletedProcess:
    prefix = DROP_ROOT if as_user and IS_ROOT else []
    return subprocess.run([*prefix, sys.executable, "-c",
                           f"import sys; sys.path.insert(0, {str(ROOT)!r})\n" + script],
                          capture_output=True, check=False, text=True, timeout=60,
                          env={**os.environ, "CUSTBOOK_NO_BOOTSTRAP": "1"})


@contextmanager
def read_only(path: Path):
    """Make a file or folder read-only, even for root (the immutable flag) when run as root."""
    if IS_ROOT:
        made = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
        if made.returncode != 0:
            pytest.skip("this file system has no immutable flag")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True)
    else:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)


def state(path: Path) -> str:
    return integrity.quick_check(path).state


# --- the start-up check ----------------------------------------------------------------

def test_a_sound_book_passes_and_a_new_one_is_welcome(shop, tmp_path):
    assert integrity.quick_check(shop).ok and state(shop) == integrity.OK
    assert state(tmp_path / "new.db") == integrity.NEW
    assert integrity.quick_check(tmp_path / "new.db").ok


def test_the_check_does_not_change_the_file(shop):
    before = (shop.read_bytes(), shop.stat().st_mtime_ns)
    integrity.quick_check(shop)
    assert (shop.read_bytes(), shop.stat().st_mtime_ns) == before


def test_a_truncated_book_is_damaged(shop):
    data = shop.read_bytes()
    shop.write_bytes(data[: len(data) // 2])
    health = integrity.quick_check(shop)
    assert health.state == integrity.DAMAGED
    assert health.detail == f"The book {shop} is damaged: the check found errors inside the file."
    assert health.technical  # what SQLite said, for an expert


def test_a_scribbled_page_is_damaged(shop):
    with open(shop, "r+b") as file:
        file.seek(30 * 4096)
        file.write(os.urandom(4 * 4096))
    assert state(shop) == integrity.DAMAGED


def test_garbage_and_an_empty_file_are_damaged(tmp_path):
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"this was never a database " * 100)
    assert state(garbage) == integrity.DAMAGED
    empty = tmp_path / "empty.db"
    empty.touch()
    health = integrity.quick_check(empty)
    assert health.state == integrity.DAMAGED and "is empty (0 bytes)" in health.detail


def test_another_database_is_not_a_book_and_a_folder_neither(tmp_path):
    other = tmp_path / "photos.db"
    sqlite3.connect(other).execute("CREATE TABLE photo (x)").connection.close()
    assert state(other) == integrity.NOT_A_BOOK
    folder = tmp_path / "folder.db"
    folder.mkdir()
    assert integrity.quick_check(folder).detail == f"{folder} is a folder, not a customer book."


def test_a_missing_folder_is_named(tmp_path):
    health = integrity.quick_check(tmp_path / "usb" / "shop.db")
    assert health.state == integrity.MISSING_FOLDER
    assert health.detail == f"The folder {tmp_path / 'usb'} does not exist."
    with pytest.raises(BookError, match="does not exist"):
        db.open_book(tmp_path / "usb" / "shop.db")


@pytest.mark.skipif(os.name == "nt" or (IS_ROOT and not shutil.which("setpriv")),
                    reason="needs POSIX permissions (and setpriv when run as root)")
def test_an_unreadable_book_is_reported_not_crashed_on(shop):
    shop.chmod(0o000)
    try:
        out = run_python("from custbook.safety import integrity\n"
                         f"h = integrity.quick_check({str(shop)!r}); print(h.state); "
                         "print(h.detail)", as_user=True)
    finally:
        shop.chmod(0o644)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[0] == integrity.UNREADABLE
    assert "cannot be read: Permission denied" in out.stdout


def test_a_book_locked_by_another_program_is_locked_not_damaged(shop, monkeypatch):
    monkeypatch.setattr(integrity, "LOCK_WAIT", 0.2)
    holder = sqlite3.connect(shop, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE customer SET name = name WHERE id = 1")
    try:
        health = integrity.quick_check(shop)
        assert health.state == integrity.LOCKED
        assert "Another program is holding the book" in health.detail
        assert "Nothing was changed." in health.detail
    finally:
        holder.execute("COMMIT")
        holder.close()
    assert state(shop) == integrity.OK


# --- read-only, full disk, I/O errors ---------------------------------------------------

@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_a_read_only_book_and_a_read_only_folder_are_explained(shop, tmp_path):
    assert integrity.writable_problem(shop) is None
    with read_only(shop):
        problem = integrity.writable_problem(shop)
    assert problem and problem.startswith(f"The book {shop} is read-only.")
    assert problem.endswith("Nothing was changed.")
    folder = tmp_path / "cd-rom"
    folder.mkdir()
    with read_only(folder):
        problem = integrity.writable_problem(folder / "shop.db")
    assert problem and f"The folder {folder} is read-only." in problem


@pytest.mark.sqlite_only("a full disk is simulated with SQLite's max_page_count")
def test_a_full_disk_loses_nothing_and_says_so(book):
    customers.save_customer({"name": "王芳"}, ["13800138000"])
    pages = db.database_obj().execute_sql("PRAGMA page_count").fetchone()[0]
    db.database_obj().execute_sql(f"PRAGMA max_page_count = {pages + 1}")
    with pytest.raises(Exception) as caught:
        customers.save_customer({"name": "李雷", "description": "很长的备注。" * 20000},
                                ["13900139000"])
    assert integrity.error_kind(caught.value) == "full"
    assert integrity.explain(caught.value).startswith("The disk is full, so this change could "
                                                      "not be saved. Nothing was lost")
    assert [c.name for c in Customer.select()] == ["王芳"]
    assert CustomerPhone.select().count() == 1
    assert db.database_obj().execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.skipif(not hasattr(os, "fork"), reason="RLIMIT_FSIZE is POSIX")
def test_a_write_cut_off_by_the_file_size_limit_leaves_the_book_whole(shop):
    """The disk runs out in the middle of a big import: the import is undone, whole."""
    script = (
        "import datetime as dt, resource, signal\n"
        "from custbook import db\nfrom custbook.safety import integrity\n"
        "from custbook.models import Purchase, database\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        f"db.open_book({str(shop)!r})\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, resource.RLIM_INFINITY))\n"
        "rows = [{'customer': 1 + n % 300, 'purchased_on': dt.date(2026, 1, 1),\n"
        "         'items': '丝巾' * 100, 'amount_cents': 100} for n in range(5000)]\n"
        "try:\n"
        "    with database.atomic():\n"
        "        Purchase.insert_many(rows).execute()\n"
        "except Exception as exc:\n"
        "    print(integrity.explain(exc))\n")
    before = sqlite3.connect(shop).execute("SELECT count(*) FROM purchase").fetchone()[0]
    out = run_python(script)
    assert "this change was not saved. Nothing was lost" in out.stdout, out.stdout + out.stderr
    conn = sqlite3.connect(shop)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM purchase").fetchone()[0] == before
    conn.close()


@pytest.mark.skipif(not IS_ROOT or not sys.platform.startswith("linux"),
                    reason="mounting a tiny RAM disk needs root on Linux")
def test_a_really_full_disk_loses_nothing(shop, tmp_path):
    disk = tmp_path / "tiny-disk"
    disk.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(disk)],
                      capture_output=True, check=False).returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        path = disk / "shop.db"
        shutil.copy(shop, path)
        before = sqlite3.connect(path).execute("SELECT count(*) FROM purchase").fetchone()[0]
        db.open_book(path)
        rows = [{"customer": 1 + n % 300, "purchased_on": dt.date(2026, 1, 1),
                 "items": "丝巾" * 200, "amount_cents": 100} for n in range(20000)]
        with pytest.raises(Exception) as caught, database.atomic():
            Purchase.insert_many(rows).execute()
        assert integrity.error_kind(caught.value) in ("full", "io")
        assert "Nothing was lost" in integrity.explain(caught.value)
        assert Purchase.select().count() == before
        db.close_book()
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
    finally:
        db.close_book()
        subprocess.run(["umount", str(disk)], check=True)


def test_errors_from_sqlite_get_plain_words(shop):
    reader = sqlite3.connect(f"{shop.as_uri()}?mode=ro", uri=True)
    with pytest.raises(sqlite3.Error) as caught:
        reader.execute("DELETE FROM complaint")
    assert integrity.error_kind(caught.value) == "readonly"
    assert "Nothing was changed." in integrity.explain(caught.value)
    reader.close()
    first = sqlite3.connect(shop, isolation_level=None)
    first.execute("BEGIN IMMEDIATE")
    second = sqlite3.connect(shop, timeout=0)
    with pytest.raises(sqlite3.Error) as caught:
        second.execute("DELETE FROM complaint")
    assert integrity.error_kind(caught.value) == "locked"
    assert "Try again in a moment." in integrity.explain(caught.value)
    first.execute("ROLLBACK")
    assert integrity.explain(ValueError("not a storage problem")) is None


def test_opening_a_locked_book_says_locked_not_damaged(shop, monkeypatch):
    holder = sqlite3.connect(shop, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE customer SET name = name WHERE id = 1")
    monkeypatch.setattr(db, "BUSY_SECONDS", 0.1)  # wait 0.1 s for the lock, not 5 s
    monkeypatch.setitem(db.SQLITE_PRAGMAS, "busy_timeout", 100)
    try:
        with pytest.raises(BookError) as caught:
            db.open_book(shop)
        assert not isinstance(caught.value, BookDamaged)
        assert "Another program is holding the book" in str(caught.value)
    finally:
        holder.execute("COMMIT")
        holder.close()
