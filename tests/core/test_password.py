"""The optional window lock: a slow salted hash in the book's settings, never the password."""
from __future__ import annotations

import pytest

from custbook import settings
from custbook.safety import password
from custbook.errors import ValidationError
from custbook.models import Setting


def test_no_password_means_no_lock(book):
    assert not password.is_set()
    assert password.verify("anything")


def test_the_password_is_stored_only_as_a_salted_scrypt_hash(book):
    password.set_password("红茶2026", "红茶2026")
    stored = Setting.get_by_id("lock_password_hash").value
    assert stored.startswith(f"scrypt${2 ** 15}$8$1$")
    assert "红茶2026" not in stored and "2026" not in stored.split("$", 4)[4]
    assert password.verify("红茶2026")
    assert not password.verify("红茶2025")
    assert password.hash_password("红茶2026") != password.hash_password("红茶2026")  # salted


def test_full_width_digits_from_a_chinese_input_method_are_the_same_password(book):
    password.set_password("1234", "1234")
    assert password.verify("１２３４")


def test_changing_or_removing_needs_the_current_password(book):
    password.set_password("abcd", "abcd")
    with pytest.raises(ValidationError) as caught:
        password.set_password("efgh", "efgh", current="wrong")
    assert caught.value.field == "current"
    assert str(caught.value) == "The current password is not right."
    password.set_password("efgh", "efgh", current="abcd")
    assert password.verify("efgh") and not password.verify("abcd")
    with pytest.raises(ValidationError):
        password.remove_password("abcd")
    password.remove_password("efgh")
    assert not password.is_set()


@pytest.mark.parametrize(("new", "repeat", "field", "words"), [
    ("abc", "abc", "new", "at least 4 characters"),
    ("abcd", "abce", "repeat", "not the same"),
])
def test_a_bad_new_password_is_refused_and_nothing_is_stored(book, new, repeat, field, words):
    with pytest.raises(ValidationError) as caught:
        password.set_password(new, repeat)
    assert caught.value.field == field and words in str(caught.value)
    assert not password.is_set()


def test_idle_minutes_are_a_book_setting(book):
    assert password.idle_minutes() == 10
    password.set_idle_minutes(0)
    assert password.idle_minutes() == 0 and settings.get("lock_idle_minutes") == 0
    with pytest.raises(ValidationError):
        password.set_idle_minutes(-5)


def test_a_garbled_stored_hash_never_unlocks(book):
    settings.set("lock_password_hash", "scrypt$oops")
    assert password.is_set()
    assert not password.verify("")
    assert not password.matches("x", "bcrypt$1$1$1$AA==$AA==")


def test_the_dialog_save_needs_the_current_password_for_any_change(book):
    password.configure(None, "abcd", "abcd", 5)
    assert password.verify("abcd") and password.idle_minutes() == 5
    with pytest.raises(ValidationError) as caught:
        password.configure("", "", "", 0)  # turning the idle lock off needs the password
    assert caught.value.field == "current" and password.idle_minutes() == 5
    password.configure("abcd", "", "", 0)  # keeps the password, changes the idle time
    assert password.verify("abcd") and password.idle_minutes() == 0
    with pytest.raises(ValidationError):
        password.configure("abcd", "xy", "xy", 3)
    assert password.idle_minutes() == 0  # nothing of a refused save is stored
