"""Backups of a shared book: pg_dump when it is installed, else the app's own copy of every row."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import psycopg2
import pytest

from custbook import db
from custbook.customers import customers
from custbook.safety import backup, booklock
from custbook.shared_book import server_address, server_backup
from tests.pg_helpers import fresh_database, pg_url  # noqa: F401 - fixture

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.sqlite_only("uses its own PostgreSQL database (pg_url)")
NAMES = ["张伟", "王芳", "李娜", "Ann Lee"]


def fill(url: str) -> None:
    db.open_book(url)
    for index, name in enumerate(NAMES):
        customers.save_customer({"name": name, "description": "老客户，喜欢真丝"},
                                [f"1380013800{index}"])
    db.close_book()


def count_customers(url: str) -> int:
    conn = psycopg2.connect(url)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT count(*) FROM customer")
            return cur.fetchone()[0]
    finally:
        conn.close()


@pytest.mark.skipif(server_backup.pg_dump_path() is None, reason="pg_dump is not installed")
def test_a_shared_book_is_dumped_with_pg_dump_and_restores(pg_url, tmp_path):  # noqa: F811
    fill(pg_url)
    result = server_backup.take_backup(pg_url, kind=backup.MANUAL, root=tmp_path / "backups")
    path = result.backup.path
    assert path.suffix == ".dump" and path.stat().st_size > 1000
    assert path.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format
    assert backup.list_backups(pg_url, root=tmp_path / "backups")[0].path == path
    assert list(path.parent.glob("*.partial")) == []
    with fresh_database("r") as empty:
        address = server_address.parse(empty)
        env = {**os.environ, "PGPASSWORD": address.password}
        subprocess.run(["pg_restore", "--no-password", "--host", address.host, "--port",
                        str(address.port), "--username", address.user, "--dbname",
                        address.database, str(path)], env=env, check=True,
                       capture_output=True)
        assert count_customers(empty) == len(NAMES)


def test_the_password_is_never_on_pg_dumps_command_line(tmp_path):
    url = server_address.ServerAddress("shop-server", "shop", "counter", 5433,
                                       "s3cret@:/pw").url()
    args, env = server_backup.dump_command(url, tmp_path / "x.dump", "pg_dump")
    assert not any("s3cret" in arg for arg in args)
    assert env["PGPASSWORD"] == "s3cret@:/pw"
    assert ["--host", "shop-server", "--port", "5433", "--username", "counter"] == args[3:9]
    assert args[-1] == "shop"


def test_without_pg_dump_the_backup_is_a_custbook_book_file(pg_url, tmp_path,  # noqa: F811
                                                          monkeypatch):
    fill(pg_url)
    monkeypatch.setenv("PATH", str(tmp_path / "no-tools"))  # a PC without the client tools
    assert server_backup.pg_dump_path() is None
    result = server_backup.take_backup(pg_url, kind=backup.MANUAL, root=tmp_path / "backups")
    path = result.backup.path
    assert path.suffix == ".db"
    conn = sqlite3.connect(str(path))
    assert conn.execute("SELECT count(*) FROM customer").fetchone()[0] == len(NAMES)
    conn.close()
    db.open_book(path)  # an ordinary book: it opens and finds a customer by one character
    from custbook.customers import customer_list

    assert [r.name for r in customer_list.search_customers("芳")] == ["王芳"]
    assert [r.name for r in customer_list.search_customers("真丝")] != []
    db.close_book()


@pytest.mark.parametrize("pg_dump_installed", [True, False])
def test_a_failed_server_backup_leaves_nothing_behind(tmp_path, monkeypatch, pg_dump_installed):
    if not pg_dump_installed:  # a PC without the PostgreSQL client tools
        monkeypatch.setattr(server_backup, "pg_dump_path", lambda: None)
    url = "postgresql://custbook:pw@127.0.0.1:1/nothing_here"  # no server on port 1
    with pytest.raises(backup.BackupError):
        server_backup.take_backup(url, kind=backup.MANUAL, root=tmp_path / "backups")
    assert [p for p in (tmp_path / "backups").rglob("*") if p.is_file()] == []


def test_the_backup_folder_of_a_shared_book_does_not_depend_on_the_password():
    one = server_backup.folder_name("postgresql://shop:old@server:5432/custbook")
    two = server_backup.folder_name("postgresql://shop:new@server:5432/custbook")
    other = server_backup.folder_name("postgresql://shop:new@server2:5432/custbook")
    assert one == two != other and one.startswith("custbook-")


def test_a_shared_book_takes_no_lock_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    lock = booklock.acquire("postgresql://shop@server/custbook")
    lock.release()
    assert list(tmp_path.rglob("*")) == []


def test_backup_command_for_a_shared_book(pg_url, tmp_path):  # noqa: F811
    fill(pg_url)
    address = server_address.parse(pg_url)
    env = {**os.environ, "CUSTBOOK_NO_BOOTSTRAP": "1", "PGPASSWORD": address.password,
           "XDG_DATA_HOME": str(tmp_path / "data")}
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db",
                             address.without_password().url(), "backup"],
                            capture_output=True, text=True, cwd=ROOT, env=env, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert f":{address.password}@" not in result.stdout
    made = [p for p in (tmp_path / "data").rglob("*-manual.*") if p.is_file()]
    assert len(made) == 1
