"""How many automatic backups are kept follows the book's setting (Settings › Backups:
daily backups kept), read from the backup itself, in the data folder and the second one."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from custbook import db, settings
from custbook.safety import backup
from custbook.shop import shop_settings


def a_book(path: Path, keep_daily: int | None) -> Path:
    db.open_book(path)
    if keep_daily is not None:
        shop_settings.save({"backup_keep_daily": str(keep_daily)})
    db.close_book()
    return path


def days_kept(folder: Path) -> list[int]:
    return sorted(b.taken_at.day for b in backup.backups_in(folder))


def ten_nightly_backups(book: Path, root: Path, second: Path) -> None:
    for day in range(13, 23):  # 13-22 November 2026; the 22nd is a Sunday
        backup.take_backup(book, root=root, second_folder=second,
                           now=dt.datetime(2026, 11, day, 21, 0))


def test_the_books_daily_count_is_kept_plus_the_weekly_and_monthly_ones(tmp_path):
    book = a_book(tmp_path / "shop.db", keep_daily=3)
    second = tmp_path / "usb"
    second.mkdir()
    ten_nightly_backups(book, tmp_path / "backups", second)
    folder = backup.book_folder(book, tmp_path / "backups")
    # the last 3 days, and the newest of the week before (the 15th, a Sunday)
    assert days_kept(folder) == [15, 20, 21, 22]
    assert days_kept(backup.second_folder_for(second, book)) == [15, 20, 21, 22]


def test_a_book_that_never_said_keeps_seven_days(tmp_path):
    book = a_book(tmp_path / "shop.db", keep_daily=None)
    second = tmp_path / "usb"
    second.mkdir()
    ten_nightly_backups(book, tmp_path / "backups", second)
    assert days_kept(backup.book_folder(book, tmp_path / "backups")) == [15, *range(16, 23)]


def test_the_count_is_read_from_the_backup_and_a_strange_one_falls_back(tmp_path):
    book = a_book(tmp_path / "shop.db", keep_daily=30)
    assert backup.kept_daily(book) == 30
    db.open_book(book)
    settings.set("backup_keep_daily", "many")  # written around the settings' checks
    db.close_book()
    assert backup.kept_daily(book) == backup.KEEP_DAILY
    assert backup.kept_daily(tmp_path / "not-a-book.db") == backup.KEEP_DAILY
    assert not (tmp_path / "not-a-book.db").exists()  # reading never makes a file
