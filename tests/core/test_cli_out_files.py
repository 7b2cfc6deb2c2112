"""`export --out`, `ical export --out` and `report --out` never destroy what they write over.

They refuse the open book and its backups (and any other database), refuse an existing
file unless --force, write through a temporary file renamed at the end, and write a
symlink's target rather than replacing the link.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from custbook import db
from custbook.cli import main as cli

pytestmark = pytest.mark.sqlite_only("files named on the command line")

COMMANDS = {
    "export": ["export", "--format", "csv", "--out"],
    "ical": ["ical", "export", "--out"],
    "report": ["report", "satisfaction", "--from", "2026-01-01", "--to", "2026-11-22", "--out"],
}


@pytest.fixture
def closed_book(book) -> Path:
    from custbook.customers import customers

    customers.save_customer({"name": "王小明"}, ["13800138000"])
    db.close_book()
    return book


def _run(book: Path, which: str, out: Path | str, *extra: str) -> int:
    return cli.run(["--db", str(book), *COMMANDS[which], str(out), *extra])


@pytest.mark.parametrize("which", sorted(COMMANDS))
def test_the_open_book_is_refused_even_with_force(closed_book, which, capsys):
    before = closed_book.read_bytes()
    assert _run(closed_book, which, closed_book, "--force") == 2
    assert "is the open customer book" in capsys.readouterr().err
    assert closed_book.read_bytes() == before


@pytest.mark.parametrize("which", sorted(COMMANDS))
def test_a_backup_or_other_database_is_refused(closed_book, which, tmp_path, capsys):
    from custbook.safety import backup

    taken = backup.take_backup(closed_book, kind=backup.MANUAL).backup.path
    before = taken.read_bytes()
    assert _run(closed_book, which, taken, "--force") == 2
    assert "backups folder" in capsys.readouterr().err
    assert taken.read_bytes() == before
    other = tmp_path / "other.db"
    other.write_bytes(before)
    assert _run(closed_book, which, other, "--force") == 2
    assert "is a database" in capsys.readouterr().err
    assert other.read_bytes() == before


@pytest.mark.parametrize("which", sorted(COMMANDS))
def test_an_existing_file_needs_force(closed_book, which, tmp_path, capsys):
    out = tmp_path / "out.file"
    out.write_text("keep me")
    assert _run(closed_book, which, out) == 2
    assert "already exists; add --force" in capsys.readouterr().err
    assert out.read_text() == "keep me"
    assert _run(closed_book, which, out, "--force") == 0
    assert out.read_bytes() != b"keep me"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


@pytest.mark.parametrize("which", sorted(COMMANDS))
def test_a_symlink_is_followed_not_replaced(closed_book, which, tmp_path):
    real = tmp_path / "real" / "out.file"
    real.parent.mkdir()
    real.write_text("old")
    link = tmp_path / "link.file"
    link.symlink_to(real)
    assert _run(closed_book, which, link, "--force") == 0
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(errors="replace") != "old" and real.stat().st_size > 10


@pytest.mark.parametrize("which", sorted(COMMANDS))
def test_a_failed_write_leaves_the_old_file(closed_book, which, tmp_path, monkeypatch, capsys):
    out = tmp_path / "out.file"
    out.write_text("old")

    def no_room(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", no_room)
    assert _run(closed_book, which, out, "--force") != 0
    assert out.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.count("\n") == 1
