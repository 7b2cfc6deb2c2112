"""Backups and restores: consistent while the shop works, rotated, previewed, never lossy."""
from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from custbook import db, migrations
from custbook.safety import backup, backup_check, booklock, restore
from custbook.shared_book import server_backup
from custbook.safety.backup import AUTO, BEFORE_RESTORE, MANUAL, Backup, BackupError
from custbook.errors import Cancelled
from custbook.models import Customer

ROOT = Path(__file__).resolve().parents[2]


def counts(path: Path) -> tuple[int, int, int]:
    conn = sqlite3.connect(path)
    try:
        return tuple(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                     for table in ("customer", "purchase", "complaint"))
    finally:
        conn.close()


@pytest.fixture
def shop(sample_master, tmp_path) -> Path:
    """A closed private copy of the 300-customer sample shop."""
    path = tmp_path / "shop.db"
    shutil.copy(sample_master, path)
    return path


# --- rotation --------------------------------------------------------------------------

def synthetic(moments: list[dt.datetime], kind: str = AUTO) -> list[Backup]:
    return [Backup(Path(f"/b/shop-{m:%Y%m%d-%H%M%S}-{kind}.db"), m, kind, 1) for m in moments]


def test_rotation_keeps_7_days_4_weeks_12_months_of_daily_backups():
    start = dt.datetime(2025, 1, 1, 18, 0)
    daily = synthetic([start + dt.timedelta(days=n) for n in range(500)])  # to 2026-05-15
    kept = sorted((b.taken_at.date() for b in daily if b.path in backup.to_keep(daily)),
                  reverse=True)
    last = daily[-1].taken_at.date()
    assert kept[:7] == [last - dt.timedelta(days=n) for n in range(7)]
    # The newest of each of the last 4 ISO weeks (the current one is already among the 7).
    sundays = [d for d in kept if d.isoweekday() == 7]
    assert sundays[:3] == [dt.date(2026, 5, 10), dt.date(2026, 5, 3), dt.date(2026, 4, 26)]
    # The last day of each of the 12 months before.
    month_ends = [d for d in kept if (d + dt.timedelta(days=1)).day == 1]
    assert month_ends == [dt.date(2026, 4, 30), dt.date(2026, 3, 31), dt.date(2026, 2, 28),
                          dt.date(2026, 1, 31), dt.date(2025, 12, 31), dt.date(2025, 11, 30),
                          dt.date(2025, 10, 31), dt.date(2025, 9, 30), dt.date(2025, 8, 31),
                          dt.date(2025, 7, 31), dt.date(2025, 6, 30)]
    assert len(kept) == 7 + 2 + 11  # weeks 3 and 4 back; the 12th month is the current one


def test_rotation_keeps_the_newest_of_a_day_and_never_deletes_backups_made_by_hand():
    day = dt.datetime(2026, 11, 22)
    autos = synthetic([day.replace(hour=h) for h in (9, 12, 18)])
    manual = synthetic([day.replace(hour=10)], MANUAL)
    before = synthetic([dt.datetime(2020, 1, 1)], BEFORE_RESTORE)
    kept = backup.to_keep(autos + manual + before)
    assert kept == {autos[2].path, manual[0].path, before[0].path}


def test_rotation_after_a_long_pause_keeps_the_last_days_that_have_backups():
    moments = [dt.datetime(2026, 1, d, 20) for d in range(1, 11)] + [dt.datetime(2026, 11, 1, 9)]
    kept = backup.to_keep(synthetic(moments))
    # The PC was off for ten months: the January days are still there.
    assert len([p for p in kept if "202601" in p.name]) >= 6


def test_rotate_deletes_files_on_disk_and_ignores_other_files(tmp_path):
    start = dt.datetime(2026, 1, 1, 19, 0)
    for n in range(40):
        (tmp_path / backup.backup_name("shop.db", start + dt.timedelta(days=n), AUTO)).touch()
    (tmp_path / backup.backup_name("shop.db", start, MANUAL)).touch()
    (tmp_path / "notes.txt").touch()
    removed = backup.rotate(tmp_path)
    left = sorted(p.name for p in tmp_path.iterdir())
    assert len(removed) == 40 - len(left) + 2
    assert "notes.txt" in left and "shop-20260101-190000-manual.db" in left
    assert "shop-20260209-190000-auto.db" in left  # the newest
    assert "shop-20260131-190000-auto.db" in left  # January's last


# --- taking backups --------------------------------------------------------------------

def test_a_backup_is_a_complete_self_contained_book(shop):
    result = backup.take_backup(shop, kind=MANUAL)
    copy = result.backup.path
    assert copy.parent == backup.book_folder(shop)
    assert copy.parent.parent == db.data_dir() / "backups"
    assert counts(copy) == counts(shop)
    assert not Path(str(copy) + "-wal").exists()
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert list(copy.parent.glob("*.partial")) == []


def test_two_books_with_the_same_name_keep_their_backups_apart(shop, tmp_path):
    other = tmp_path / "elsewhere" / "shop.db"
    other.parent.mkdir()
    shutil.copy(shop, other)
    assert backup.book_folder(shop) != backup.book_folder(other)
    backup.take_backup(shop)
    assert backup.list_backups(other) == []


def test_backup_while_another_connection_writes_is_one_consistent_moment(shop, monkeypatch):
    """A writer adds purchases and keeps each customer's count in step, all the time."""
    monkeypatch.setattr(backup, "_PAGES_PER_STEP", 4)  # many small steps: writes interleave
    stop = threading.Event()
    commits_during = [0]
    copying = threading.Event()

    def writer() -> None:
        conn = sqlite3.connect(shop, timeout=10, isolation_level=None)
        conn.execute("PRAGMA journal_mode=wal")
        n = 0
        while not stop.is_set():
            n += 1
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany("INSERT INTO purchase (customer_id, purchased_on, items, "
                             "product_codes, amount_cents, note, created_at) "
                             "VALUES (?, '2026-11-22', 'tea', '', 500, '', '2026-11-22')",
                             [(1 + (n + k) % 300,) for k in range(20)])
            conn.execute("UPDATE customer SET purchase_count = (SELECT count(*) FROM purchase "
                         "WHERE purchase.customer_id = customer.id)")
            conn.execute("COMMIT")
            if copying.is_set():
                commits_during[0] += 1
        conn.close()

    # Start from a book where the running figure is exact.
    conn = sqlite3.connect(shop)
    conn.execute("UPDATE customer SET purchase_count = (SELECT count(*) FROM purchase "
                 "WHERE purchase.customer_id = customer.id)")
    conn.commit()
    conn.close()
    thread = threading.Thread(target=writer)
    thread.start()
    time.sleep(0.05)

    def progress(done: int, total: int) -> bool:
        copying.set()
        time.sleep(0.001)
        return True

    try:
        result = backup.take_backup(shop, progress=progress)
    finally:
        stop.set()
        thread.join()
    assert commits_during[0] > 3, "the writer did not write during the backup"
    copy = sqlite3.connect(result.backup.path)
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    mismatched = copy.execute("SELECT count(*) FROM customer WHERE purchase_count != "
                              "(SELECT count(*) FROM purchase WHERE customer_id = customer.id)"
                              ).fetchone()[0]
    assert mismatched == 0
    assert copy.execute("SELECT count(*) FROM purchase").fetchone()[0] % 20 == \
        counts(shop)[1] % 20
    copy.close()


@pytest.mark.sqlite_only("a book file's backup, read back as SQLite (shared books: "
                        "tests/core/test_pg_backup.py)")
def test_backup_of_the_open_book_works_while_the_window_has_it(sample_book):
    Customer.create(name="刚刚保存的客户")
    result = backup.take_backup(sample_book)
    assert counts(result.backup.path)[0] == Customer.select().count()


def test_a_missing_second_folder_is_explained_and_the_first_copy_is_still_made(shop, tmp_path):
    result = backup.take_backup(shop, second_folder=tmp_path / "usb-not-plugged-in")
    assert result.backup.path.exists()
    assert len(result.problems) == 1
    assert "is not available (is the USB stick plugged in?)" in result.problems[0]
    assert "The backup in the data folder was made." in result.problems[0]


def test_the_second_folder_gets_its_own_copy_and_rotation(shop, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    results = [backup.take_backup(shop, second_folder=usb, now=dt.datetime(2026, 1, d, 18))
               for d in range(1, 11)]
    assert all(not r.problems for r in results)
    on_stick = backup.backups_in(usb / "Custbook backups" / backup.folder_name(shop))
    assert len(on_stick) == 7
    assert counts(on_stick[0].path) == counts(shop)
    assert len(backup.list_backups(shop, usb)) == 14


@pytest.mark.skipif(os.name == "nt", reason="read-only folders differ on Windows")
def test_an_unwritable_second_folder_is_explained(shop, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    (usb / "Custbook backups").write_text("a file where the folder should be")
    result = backup.take_backup(shop, second_folder=usb)
    assert result.backup.path.exists()
    assert result.problems and "The copy in the second backup folder" in result.problems[0]
    assert "The backup in the data folder was made." in result.problems[0]


def test_a_cancelled_backup_leaves_no_file(shop):
    with pytest.raises(Cancelled):
        backup.take_backup(shop, progress=lambda done, total: done < total // 3)
    assert list(backup.book_folder(shop).iterdir()) == []


def test_a_damaged_book_is_not_kept_as_a_backup(shop):
    backup.take_backup(shop, now=dt.datetime(2026, 1, 1))
    with open(shop, "r+b") as file:  # scribble over the middle of the customer table
        file.seek(40 * 4096)
        file.write(os.urandom(8 * 4096))
    with pytest.raises(BackupError, match="looks damaged"):
        backup.take_backup(shop)
    assert [b.taken_at for b in backup.list_backups(shop)] == [dt.datetime(2026, 1, 1)]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs RLIMIT_FSIZE (POSIX)")
def test_a_full_disk_during_a_backup_is_explained_and_leaves_nothing(shop, tmp_path):
    script = (
        "import resource, signal, sys\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (200_000, resource.RLIM_INFINITY))\n"
        "from custbook.safety import backup\n"
        "try:\n"
        f"    backup.take_backup({str(shop)!r})\n"
        "except backup.BackupError as exc:\n"
        "    print(exc)\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, check=False,
                         text=True, env={**os.environ}, timeout=60)
    assert "No backup could be written to" in out.stdout, out.stderr
    assert "Your book is unchanged." in out.stdout
    folder = backup.book_folder(shop)
    assert list(folder.iterdir()) == []
    assert counts(shop)[0] == 300


def test_a_book_on_a_server_that_cannot_be_backed_up_says_why(tmp_path):
    # no server answers on port 1 (shared books that can: tests/core/test_pg_backup.py)
    with pytest.raises(BackupError, match="shared book could not be backed up|pg_dump could "
                                          "not back up the shared book"):
        server_backup.take_backup("postgresql://shop@127.0.0.1:1/custbook", root=tmp_path)


# --- preview ---------------------------------------------------------------------------

def test_preview_shows_date_and_counts_without_changing_the_backup(shop):
    result = backup.take_backup(shop, kind=MANUAL, now=dt.datetime(2026, 11, 22, 8, 30))
    path = result.backup.path
    before = (path.read_bytes(), path.stat().st_mtime_ns, sorted(path.parent.iterdir()))
    preview = backup_check.preview(path)
    assert preview.taken_at == dt.datetime(2026, 11, 22, 8, 30)
    assert preview.kind == MANUAL
    conn = sqlite3.connect(shop)
    live = conn.execute("SELECT count(*) FROM customer WHERE deleted_at IS NULL").fetchone()[0]
    conn.close()
    assert (preview.customers, preview.purchases, preview.complaints) == (
        live, counts(shop)[1], counts(shop)[2])
    assert preview.shop_name and preview.schema_version == migrations.LATEST
    assert (path.read_bytes(), path.stat().st_mtime_ns, sorted(path.parent.iterdir())) == before


def test_preview_of_a_file_that_is_not_a_book_says_so(tmp_path):
    junk = tmp_path / "holiday-photo.db"
    junk.write_bytes(b"\xff\xd8\xff\xe0 not a database" * 100)
    with pytest.raises(BackupError, match="cannot be used as a backup"):
        backup_check.preview(junk)
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(BackupError, match="not a Custbook book"):
        backup_check.preview(other)


# --- restoring -------------------------------------------------------------------------

def test_restore_saves_the_current_book_first_then_brings_the_backup_back(shop):
    old = backup.take_backup(shop, kind=MANUAL, now=dt.datetime(2026, 11, 1, 9))
    db.open_book(shop)
    Customer.create(name="备份之后才来的客户")
    db.close_book()
    after_edit = counts(shop)
    saved = restore.restore(old.backup.path, shop)
    assert counts(shop) == counts(old.backup.path) == (after_edit[0] - 1, *after_edit[1:])
    assert saved is not None and saved.name.endswith("-before-restore.db")
    assert counts(saved) == after_edit  # nothing lost: the newer book is kept
    assert not restore.staged_path(shop).exists()
    db.open_book(shop)  # the restored book opens normally, in WAL mode again
    assert db.database_obj().execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert Customer.select().where(Customer.name == "备份之后才来的客户").count() == 0
    db.close_book()


@pytest.mark.parametrize("damage", ["truncated", "garbage", "not_custbook", "too_new", "missing"])
def test_a_broken_backup_is_refused_with_a_clear_message_and_nothing_changes(shop, tmp_path,
                                                                            damage):
    good = backup.take_backup(shop, kind=MANUAL).backup.path
    bad = tmp_path / "bad.db"
    if damage == "truncated":
        bad.write_bytes(good.read_bytes()[: good.stat().st_size // 3])
    elif damage == "garbage":
        bad.write_bytes(os.urandom(64 * 1024))
    elif damage == "not_custbook":
        sqlite3.connect(bad).execute("CREATE TABLE photos (x)").connection.close()
    elif damage == "too_new":
        shutil.copy(good, bad)
        conn = sqlite3.connect(bad)
        conn.execute("UPDATE schema_version SET version = 99")
        conn.commit()
        conn.close()
    book_bytes = shop.read_bytes()
    before = backup.list_backups(shop)
    with pytest.raises(BackupError) as caught:
        restore.restore(bad, shop)
    message = str(caught.value)
    assert message.startswith("This backup cannot be restored: ")
    assert message.endswith("Your book was not changed.")
    expected = {"truncated": "damaged", "garbage": "damaged", "not_custbook": "not a Custbook",
                "too_new": "newer Custbook", "missing": "no file"}[damage]
    assert expected in message
    assert shop.read_bytes() == book_bytes
    assert backup.list_backups(shop) == before  # refused before anything was written
    assert not restore.staged_path(shop).exists()


def test_restoring_over_a_damaged_book_keeps_the_damaged_file_aside(shop):
    good = backup.take_backup(shop, kind=MANUAL).backup.path
    damaged_bytes = b"SQLite format 3\x00" + os.urandom(20000)
    shop.write_bytes(damaged_bytes)
    saved = restore.restore(good, shop, now=dt.datetime(2026, 11, 22, 9, 15))
    assert saved == shop.with_name("shop.db.damaged-20261122-091500")
    assert saved.read_bytes() == damaged_bytes
    assert counts(shop) == counts(good)


def test_a_cancelled_restore_leaves_the_book_as_it_was(shop):
    good = backup.take_backup(shop, kind=MANUAL).backup.path
    book_bytes = shop.read_bytes()
    with pytest.raises(Cancelled):
        restore.restore(good, shop, progress=lambda done, total: done < 800)
    assert shop.read_bytes() == book_bytes
    assert not restore.staged_path(shop).exists()
    assert [b.path for b in backup.list_backups(shop)] == [good]  # no needless safety copy


def test_restoring_the_book_onto_itself_is_refused(shop):
    with pytest.raises(BackupError, match="the book itself"):
        restore.restore(shop, shop)


def hold_lock_in_another_process(path: Path) -> subprocess.Popen:
    script = (f"import sys, time; sys.path.insert(0, {str(ROOT)!r})\n"
              "from custbook.safety import booklock\n"
              f"booklock.acquire({str(path)!r}); print('held', flush=True); time.sleep(60)\n")
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "held"
    return child


def test_restore_refuses_a_book_open_in_another_custbook(shop):
    good = backup.take_backup(shop, kind=MANUAL).backup.path
    child = hold_lock_in_another_process(shop)
    try:
        with pytest.raises(booklock.BookInUse, match="open in another Custbook program"):
            restore.restore(good, shop)
    finally:
        child.kill()
        child.wait()
    restore.restore(good, shop)  # the lock died with the process: no stale lock


def test_restore_refuses_a_book_another_program_still_reads(shop, monkeypatch):
    monkeypatch.setattr(restore, "FOLD_TIMEOUT", 0.2)
    good = backup.take_backup(shop, kind=MANUAL).backup.path
    reader = sqlite3.connect(shop, isolation_level=None)
    reader.execute("PRAGMA journal_mode=wal")
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM customer").fetchone()
    book_bytes = shop.read_bytes()
    try:
        with pytest.raises(BackupError, match="still open in another program"):
            restore.restore(good, shop)
    finally:
        reader.close()
    assert shop.read_bytes() == book_bytes
    assert [b.path for b in backup.list_backups(shop)] == [good]


def test_the_command_line_backs_up_and_restores(shop, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    env = {**os.environ, "CUSTBOOK_NO_BOOTSTRAP": "1"}
    run = lambda *args: subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(shop), *args], capture_output=True,
        check=False, text=True, env=env, timeout=120)
    made = run("backup", "--to", str(usb))
    assert made.returncode == 0, made.stderr
    assert "300 customers" in made.stdout
    copies = list((usb / "Custbook backups").rglob("*-manual.db"))
    assert len(copies) == 1
    conn = sqlite3.connect(shop)
    conn.execute("DELETE FROM complaint")
    conn.commit()
    conn.close()
    back = run("restore", str(copies[0]))
    assert back.returncode == 0, back.stderr
    assert "The book as it was before is kept at" in back.stdout
    assert counts(shop) == counts(copies[0])
    refused = run("restore", str(tmp_path / "nothing-here.db"))
    assert refused.returncode == 2
    assert "cannot be used as a backup" in refused.stderr


def test_only_backup_files_can_be_deleted_this_way(shop, tmp_path):
    made = backup.take_backup(shop, kind=MANUAL).backup.path
    backup.delete_backup(made)
    assert not made.exists()
    with pytest.raises(BackupError, match="is not a Custbook backup"):
        backup.delete_backup(shop)
    assert shop.exists()
