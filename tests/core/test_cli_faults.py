"""Storage faults met by a headless command end in one sentence and a non-zero exit status.

A read-only book, a full disk during an import, a WAL that cannot be checkpointed, a
restore onto a read-only book, a reader that closes the pipe (`| head`): never a
traceback. What a killed backup or restore left behind is removed on the next start.
"""
from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from custbook import db

ROOT = Path(__file__).resolve().parents[2]
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
DROP_ROOT = ["setpriv", "--bounding-set=-dac_override,-dac_read_search",
             "--inh-caps=-dac_override,-dac_read_search"]

pytestmark = [pytest.mark.sqlite_only("faults of a book file"),
              pytest.mark.skipif(os.name == "nt", reason="POSIX permissions and signals")]


def cli(book: Path, *args: str, as_user: bool = False, limit: int | None = None,
        stdout=subprocess.PIPE) -> subprocess.CompletedProcess:
    def limited():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))

    prefix = DROP_ROOT if as_user and IS_ROOT else []
    return subprocess.run([*prefix, sys.executable, str(ROOT / "main.py"), "--db", str(book),
                           *args], stdout=stdout, stderr=subprocess.PIPE, text=True,
                          check=False, timeout=120, cwd=ROOT,
                          preexec_fn=limited if limit else None,
                          env={**os.environ, "CUSTBOOK_NO_BOOTSTRAP": "1"})


def one_sentence(done: subprocess.CompletedProcess) -> str:
    assert "Traceback" not in done.stderr, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, done.stderr
    return lines[0]


@pytest.fixture
def shop(sample_master, tmp_path) -> Path:
    path = tmp_path / "shop.db"
    shutil.copy(sample_master, path)
    return path


def test_a_read_only_book_answers_or_says_so(shop, tmp_path):
    shop.chmod(0o444)
    try:
        found = cli(shop, "search", "王", as_user=True)
        assert found.returncode == 0 and "Traceback" not in found.stderr, found.stderr
        assert found.stdout.strip()
        assert cli(shop, "info", as_user=True).returncode == 0
        for args in (["reminders"], ["import", "--dry-run", str(tmp_path / "x.csv")],
                     ["ical", "import", "--dry-run", str(tmp_path / "x.ics")],
                     ["export", "--format", "csv", "--out", str(tmp_path / "o.csv")]):
            (tmp_path / "x.csv").write_text("姓名,电话\n王芳,13800138000\n", encoding="utf-8")
            (tmp_path / "x.ics").write_text(
                "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:王芳生日\nDTSTART;VALUE=DATE:"
                "19900305\nRRULE:FREQ=YEARLY\nEND:VEVENT\nEND:VCALENDAR\n")
            done = cli(shop, *args, as_user=True)
            if done.returncode:
                assert "read-only" in one_sentence(done)
            else:
                assert "Traceback" not in done.stderr, (args, done.stderr)
    finally:
        shop.chmod(0o644)


def test_restore_onto_a_read_only_book_does_not_blame_another_program(shop, tmp_path):
    from custbook.safety import backup

    taken = backup.take_backup(shop, kind=backup.MANUAL).backup.path
    shop.chmod(0o444)
    try:
        done = cli(shop, "restore", str(taken), as_user=True)
    finally:
        shop.chmod(0o644)
    assert done.returncode != 0
    assert "another program" not in done.stderr
    assert "is read-only" in done.stderr and "Traceback" not in done.stderr


def test_a_full_disk_during_an_import_is_one_sentence(shop, tmp_path):
    rows = "".join(f"顾客{n},139{n:08d},{'很长的备注' * 200}\n" for n in range(3000))
    source = tmp_path / "big.csv"
    source.write_text("姓名,电话,备注\n" + rows, encoding="utf-8")
    before = shop.read_bytes()
    done = cli(shop, "import", str(source), limit=shop.stat().st_size + 256 * 1024)
    assert done.returncode != 0
    sentence = one_sentence(done)  # RLIMIT_FSIZE: EFBIG, which SQLite reports as an I/O error
    assert sentence.startswith("custbook: The disk") and "Nothing was lost" in sentence
    import sqlite3

    conn = sqlite3.connect(shop)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM customer").fetchone()[0] == 300
    conn.close()
    assert before  # the book was not replaced


def test_closing_a_book_whose_wal_cannot_be_checkpointed_is_quiet(book):
    """close_book swallows peewee's errors too (it used to catch only sqlite3's)."""
    from custbook.customers import customers
    from custbook.models import database

    customers.save_customer({"name": "王芳"}, ["13800138000"])
    database.obj.execute_sql("PRAGMA query_only = 1")  # the checkpoint now fails
    db.close_book()
    assert database.obj is None


def test_closing_with_a_transaction_left_open_is_quiet(book):
    from custbook.models import database

    database.obj.begin()
    database.obj.push_transaction(object())
    db.close_book()
    assert database.obj is None


def test_a_killed_backup_and_restore_leave_nothing_after_the_next_start(shop, tmp_path):
    from custbook.safety import backup

    folder = backup.book_folder(shop)
    folder.mkdir(parents=True)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    partial = folder / f"shop-20261122-100000-manual.db.{dead}.partial"
    partial.write_bytes(b"x" * 1000)
    Path(f"{partial}-journal").write_bytes(b"j" * 100)
    mine = folder / f"shop-20261122-100001-manual.db.{os.getpid()}.partial"
    mine.write_bytes(b"in flight")  # a backup still being written: left alone
    staged = shop.with_name("shop.db.restoring")
    staged.write_bytes(b"s" * 1000)
    Path(f"{staged}-journal").write_bytes(b"j")
    done = cli(shop, "info")
    assert done.returncode == 0, done.stderr
    assert not partial.exists() and not Path(f"{partial}-journal").exists()
    assert not staged.exists() and not Path(f"{staged}-journal").exists()
    assert mine.exists()


def test_a_restore_in_progress_elsewhere_keeps_its_staged_copy(shop):
    from custbook.safety import booklock, leftovers

    staged = shop.with_name("shop.db.restoring")
    staged.write_bytes(b"s")
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(ROOT)!r})\n"
         "from custbook.safety import booklock\n"
         f"lock = booklock.acquire({str(shop)!r}); print('held', flush=True)\n"
         "sys.stdin.read()"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        assert leftovers.clean(shop) == []
        assert staged.exists()
    finally:
        holder.communicate("")
    assert not booklock.is_held_here(shop)
    assert leftovers.clean(shop) == [staged]


def test_a_closed_pipe_ends_quietly(sample_master, tmp_path):
    shop = tmp_path / "shop.db"
    shutil.copy(sample_master, shop)
    reader = subprocess.Popen(["head", "-c", "10"], stdin=subprocess.PIPE,
                              stdout=subprocess.DEVNULL)
    done = cli(shop, "reminders", "--days", "365", "--limit", "100000", stdout=reader.stdin)
    reader.stdin.close()
    reader.wait()
    assert "BrokenPipeError" not in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 0


def test_search_says_how_many_more_there_are(shop, capsys):
    from custbook.cli import main as cli

    assert cli.run(["--db", str(shop), "search", "1", "--limit", "5"]) == 0
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 5
    assert captured.err.startswith("… and ") and "more (--limit N shows more)" in captured.err
    assert cli.run(["--db", str(shop), "search", "1", "--limit", "100000"]) == 0
    assert capsys.readouterr().err == ""


def test_an_old_python_is_told_which_one_is_needed():
    script = ("import runpy, sys\nsys.version_info = (3, 10, 12, 'final', 0)\n"
              "sys.argv = ['main.py', 'info']\nrunpy.run_path('main.py', run_name='__main__')\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=ROOT, check=False, timeout=60)
    assert done.returncode == 1
    assert one_sentence(done) == ("custbook: Custbook needs Python 3.11 or newer; this is "
                                  "Python 3.10. Install a newer Python (python.org) and start "
                                  "Custbook with it.")
