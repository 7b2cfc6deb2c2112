"""Shared test set-up: offscreen Qt, private data/config folders, a real book on disk.

Every test gets real SQLite files in its own tmp_path; nothing is mocked.
"""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CUSTBOOK_NO_BOOTSTRAP"] = "1"

TODAY = __import__("datetime").date(2026, 11, 22)  # the sample shop's fixed "today"


@pytest.fixture(autouse=True)
def private_folders(tmp_path, monkeypatch):
    """Data and settings folders of our own, so tests never touch the user's book."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    yield
    from custbook import db

    db.close_book()


@pytest.fixture
def book(tmp_path):
    """A new, empty book opened at tmp_path/book.db."""
    from custbook import db

    path = tmp_path / "book.db"
    db.open_book(path)
    yield path
    db.close_book()


@pytest.fixture(scope="session")
def sample_master(tmp_path_factory):
    """One sample shop of 300 customers, built once per test run (do not modify)."""
    from custbook import db, sample_shop

    path = tmp_path_factory.mktemp("sample") / "sample.db"
    sample_shop.generate(path, 300, seed=7, today=TODAY)
    db.close_book()
    return path


@pytest.fixture
def sample_book(sample_master, tmp_path):
    """A private copy of the sample shop, opened."""
    from custbook import db

    path = tmp_path / "sample.db"
    shutil.copy(sample_master, path)
    db.open_book(path)
    yield path
    db.close_book()
