"""Where books live, known without opening one: the data folder, a book's backups, its name.

Why apart from `custbook.db`: opening a book needs peewee, the models and the migrations
(0.1 s before a row is read, 5-8x Python's own start; -X importtime), but `--version`,
the plain `info`, the leftovers of a killed backup and the note of a clean close only
need to know where things are. `custbook.db` keeps these names for its callers
(`db.data_dir()`, `db.safe_location()`, ...).
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import platformdirs

from custbook import APP_NAME

POSTGRES_SCHEMES = ("postgresql", "postgres")


def data_dir() -> Path:
    """The per-user folder where Custbook keeps books and backups."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_book_path() -> Path:
    """The book opened when no other is named: `custbook.db` in the data folder."""
    return data_dir() / "custbook.db"


def sample_book_path() -> Path:
    """Where the sample shop is generated, beside (never over) the real book."""
    return data_dir() / "sample-shop.db"


def is_url(location: str | Path) -> bool:
    """True for a server's address (`scheme://…`), False for a file."""
    return "://" in str(location)


def is_postgres(location: str | Path) -> bool:
    """True for a `postgresql://` (or `postgres://`) URL."""
    return str(location).split("://", 1)[0].lower() in POSTGRES_SCHEMES and is_url(location)


def safe_location(location: str | Path) -> str:
    """The location as it may be shown or logged: a URL without its password."""
    text = str(location)
    if not is_url(text):
        return text

    parts = urlsplit(text)
    if parts.password is None:
        return text
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    user = f"{parts.username}@" if parts.username else ""
    return urlunsplit((parts.scheme, user + host, parts.path, parts.query, parts.fragment))


def make_private(path: Path) -> None:
    """A book made readable by others (0644, an older Custbook) becomes the owner's only.

    SQLite gives the -wal and -shm files the book's own permissions."""
    if os.name == "nt":
        return
    try:
        mode = path.stat()
        if mode.st_mode & 0o077 and mode.st_uid == os.getuid():
            os.chmod(path, mode.st_mode & 0o700)
    except OSError:
        pass  # a read-only medium: opening says what matters


# --- where a book's backups live ----------------------------------------------------

def backups_root() -> Path:
    """The folder holding every book's backups: `backups` in the data folder."""
    return data_dir() / "backups"


def folder_name(book: str | Path) -> str:
    """The sub-folder of one book's backups: its name and a short hash of its full path.

    A server book's: its database name and a hash of its address without the password.
    """
    if is_url(book):
        # start-up: the server address (dataclasses, 6-9 ms loaded; -X importtime) only for
        # a server book's backups: a book file's backups, the plain `info` and the
        # leftovers check never need it
        from custbook.shared_book import server_address

        address = server_address.parse(str(book))
        key = address.key()
        return f"{address.database or 'book'}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:8]}"
    resolved = os.path.normcase(str(Path(book).expanduser().resolve()))
    return f"{Path(book).stem}-{hashlib.sha1(resolved.encode('utf-8')).hexdigest()[:8]}"


def book_folder(book: str | Path, root: Path | None = None) -> Path:
    """Where the backups of `book` are kept under `root` (default: the data folder)."""
    return (root or backups_root()) / folder_name(book)
