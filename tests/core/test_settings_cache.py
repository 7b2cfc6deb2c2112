"""Settings are read thousands of times by bulk work (an import checks every row's phone
against the book's region), so `custbook.settings` keeps what it read while the book is
unchanged. These tests check the value is never stale: after a change here, a rollback,
a change by another program, or opening another book."""
from __future__ import annotations

import sqlite3

import pytest

from custbook import db, settings
from custbook.models import database


def test_a_setting_is_read_again_after_it_changes(book):
    assert settings.get("phone_region") == "CN"
    settings.set("phone_region", "US")
    assert settings.get("phone_region") == "US"
    settings.set("promised_response_hours", 48)
    assert settings.get("promised_response_hours") == 48
    assert settings.get("phone_region") == "US"


def test_a_change_rolled_back_is_not_remembered(book):
    assert settings.get("shop_name") == ""
    with pytest.raises(RuntimeError), database.atomic():
        settings.set("shop_name", "云裳服饰")
        assert settings.get("shop_name") == "云裳服饰"
        raise RuntimeError("undo")
    assert settings.get("shop_name") == ""


@pytest.mark.sqlite_only("another program writing the same SQLite file")
def test_a_change_by_another_program_is_seen(book):
    assert settings.get("shop_name") == ""
    other = sqlite3.connect(book)
    with other:
        other.execute("INSERT OR REPLACE INTO setting(key, value) VALUES ('shop_name', '另一台电脑')")
    other.close()
    assert settings.get("shop_name") == "另一台电脑"


@pytest.mark.sqlite_only("opens two SQLite files one after the other")
def test_another_book_has_its_own_settings(tmp_path):
    db.open_book(tmp_path / "a.db")
    settings.set("shop_name", "A 店")
    assert settings.get("shop_name") == "A 店"
    db.close_book()
    db.open_book(tmp_path / "b.db")
    assert settings.get("shop_name") == ""
    db.close_book()
    db.open_book(tmp_path / "a.db")
    assert settings.get("shop_name") == "A 店"
