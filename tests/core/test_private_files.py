"""The book, its backups and exports are readable by the user only (0600 in 0700 folders)."""
from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.sqlite_only("file permissions"),
              pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")]


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, cwd=ROOT, check=False, timeout=300,
                          env={**os.environ, "CUSTBOOK_NO_BOOTSTRAP": "1"})


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def usual_umask():
    before = os.umask(0o022)  # as a shop PC's account usually has it
    yield
    os.umask(before)


def test_a_new_book_its_backups_and_exports_are_private(tmp_path, usual_umask):
    book = tmp_path / "shop.db"
    done = cli("demo", "--customers", "20", "--out", str(book))
    assert done.returncode == 0, done.stderr
    assert mode(book) == 0o600
    done = cli("--db", str(book), "backup")
    assert done.returncode == 0, done.stderr
    from custbook.safety import backup

    folder = backup.book_folder(book)
    taken = list(folder.glob("*.db"))
    assert taken and all(mode(p) == 0o600 for p in taken)
    assert mode(folder) == 0o700 and mode(backup.backups_root()) == 0o700
    out = tmp_path / "list.csv"
    assert cli("--db", str(book), "export", "--format", "csv", "--out", str(out)).returncode == 0
    assert mode(out) == 0o600


def test_an_old_world_readable_book_is_made_private_when_opened(book):
    from custbook import db

    db.close_book()
    os.chmod(book, 0o644)
    db.open_book(book)
    assert mode(book) == 0o600
