"""Headless commands on a password-locked book need the password (typed, or CUSTBOOK_PASSWORD)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from custbook import db
from custbook.cli import main as cli

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.sqlite_only("a book file handed to the commands")


@pytest.fixture
def locked(book, tmp_path) -> Path:
    from custbook.customers import customers
    from custbook.safety import password

    customers.save_customer({"name": "王芳"}, ["13800138000"])
    password.set_password("芝麻开门", "芝麻开门")
    db.close_book()
    return book


def test_export_without_the_password_writes_nothing(locked, tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("CUSTBOOK_PASSWORD", raising=False)
    out = tmp_path / "all.csv"
    assert cli.run(["--db", str(locked), "export", "--format", "csv", "--out", str(out)]) == 2
    assert "is locked with a password" in capsys.readouterr().err
    assert not out.exists()
    for args in (["search", "王"], ["info"], ["reminders"]):
        assert cli.run(["--db", str(locked), *args]) == 2
        captured = capsys.readouterr()
        assert "王芳" not in captured.out and "locked with a password" in captured.err


def test_the_right_password_from_the_environment_opens_it(locked, tmp_path, monkeypatch,
                                                         capsys):
    out = tmp_path / "all.csv"
    monkeypatch.setenv("CUSTBOOK_PASSWORD", "错的")
    assert cli.run(["--db", str(locked), "export", "--format", "csv", "--out", str(out)]) == 2
    assert "password for" in capsys.readouterr().err and not out.exists()
    monkeypatch.setenv("CUSTBOOK_PASSWORD", "芝麻开门")
    assert cli.run(["--db", str(locked), "export", "--format", "csv", "--out", str(out)]) == 0
    assert "王芳" in out.read_text(encoding="utf-8-sig")


def test_a_script_without_a_terminal_is_refused(locked):
    env = {k: v for k, v in os.environ.items() if k != "CUSTBOOK_PASSWORD"}
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(locked),
                           "search", "王"], capture_output=True, text=True, cwd=ROOT,
                          stdin=subprocess.DEVNULL, check=False, timeout=60,
                          env={**env, "CUSTBOOK_NO_BOOTSTRAP": "1"})
    assert done.returncode == 2 and done.stdout == ""
    assert "locked with a password" in done.stderr and "Traceback" not in done.stderr


def test_the_check_is_gone_after_the_command(locked, monkeypatch):
    monkeypatch.setenv("CUSTBOOK_PASSWORD", "芝麻开门")
    assert cli.run(["--db", str(locked), "info"]) == 0
    assert db.after_open == []
    db.open_book(locked)  # the window's own unlock dialog takes over in the window
