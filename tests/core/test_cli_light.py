"""`--help` and `info` start like a small program: the grammar and the plain read need no ORM.

`python main.py --help` (and `<command> --help`, and a mistyped option) parse with
custbook.cli.grammar, which imports no core module behind a command; `info` on a book
file that needs nothing from the core's open reads it with plain sqlite3
(custbook.safety.plain_info). The plain read must print exactly what the core's open
prints and hand every other book to the core, so these tests set the two side by side.
The few facts the plain read checks live in custbook.book_format, and the core takes
them from there: the last tests check that the two cannot drift apart.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from custbook import book_format, book_paths, db
from custbook.cli import grammar, info_cli
from custbook.cli import main as cli
from custbook.safety import clean_close, plain_info

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("peewee", "playhouse", "psycopg2", "phonenumbers", "custbook.db", "custbook.models",
         "custbook.migrations", "custbook.customers.search", "custbook.cli.runner")

pytestmark = pytest.mark.sqlite_only("the plain read is for a book file")


def modules_after(*args: str) -> set[str]:
    """The modules a fresh `main.py ARGS` process imported (its output thrown away)."""
    script = ("import runpy, sys\n"
              f"sys.argv = ['main.py', *{list(args)!r}]\n"
              "try:\n    runpy.run_path('main.py', run_name='__main__')\n"
              "except SystemExit:\n    pass\n"
              "sys.stdout.flush()\nsys.stdout = sys.__stderr__\n"
              "print('MODULES', *sorted(sys.modules))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, check=False,
                          env={**os.environ, "CUSTBOOK_NO_BOOTSTRAP": "1"})
    line = next(x for x in done.stderr.splitlines() if x.startswith("MODULES"))
    return set(line.split()[1:])


def heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in HEAVY or m in HEAVY)


@pytest.mark.parametrize("args", [["--help"], ["export", "--help"], ["ical", "export", "--help"],
                                  ["report", "--help"], ["reminders", "--date", "13/5"],
                                  ["--version"]])
def test_help_and_a_wrong_option_need_no_core(args):
    modules = modules_after(*args)
    assert heavy(modules) == []
    assert "custbook.cli.grammar" in modules or args == ["--version"]
    assert "sqlite3" not in modules and ("platformdirs" not in modules or args == ["--version"])
    # the help's width comes from COLUMNS or the terminal, not from importing shutil
    assert "shutil" not in modules or args == ["--version"]


@pytest.mark.parametrize("columns", ["40", "120"])
def test_the_help_is_what_argparse_prints_with_shutils_width(monkeypatch, columns):
    monkeypatch.setenv("COLUMNS", columns)  # shutil.get_terminal_size reads it first
    parser = grammar.build_parser(["export"])
    export = parser._subparsers._group_actions[0].choices["export"]
    ours = parser.format_help(), export.format_help()
    parser.formatter_class = export.formatter_class = argparse.HelpFormatter
    assert ours == (parser.format_help(), export.format_help())
    assert any(len(line) > 60 for line in ours[1].splitlines()) == (columns == "120")


def test_info_on_a_plain_book_needs_no_core(sample_master, tmp_path):
    shop = tmp_path / "shop.db"
    shutil.copy(sample_master, shop)
    assert heavy(modules_after("--db", str(shop), "info")) == []
    assert "custbook.cli.runner" in modules_after("--db", str(shop), "search", "王")


def test_the_lazy_grammar_parses_as_the_whole_one():
    for argv in (["--db", "x.db", "info"], ["export", "--format", "csv", "--out", "o.csv",
                                           "--tag", "VIP", "--tag", "老客户"],
                 ["ical", "import", "a.ics", "--dry-run"], ["--lang", "en", "staff", "rename",
                                                            "王芳", "王芳芳"],
                 ["report", "satisfaction", "--from", "2026-01-01", "--to", "2026-06-30",
                  "--out", "r.pdf"], ["cards", "ledger", "VIP0001", "--csv"],
                 ["--db", "export", "messages", "--kind", "follow-up", "--on", "2026-11-22"]):
        assert vars(grammar.build_parser(argv).parse_args(argv)) == \
            vars(grammar.build_parser().parse_args(argv)), argv


def test_every_command_in_the_grammar_runs_and_is_known_before_the_environment():
    from custbook.cli import commands, runner

    names = [name for name, _, _ in grammar.COMMANDS]
    assert sorted(names) == sorted(commands.COMMANDS) == sorted(runner.HANDLERS)


def both_ways(location: str | Path, capsys) -> tuple[str, str]:
    """What the plain read prints, and what the core's open prints, for the same book."""
    args = grammar.build_parser().parse_args(["--db", str(location), "info"])
    assert info_cli.plain_info_status(args) == 0
    plain = capsys.readouterr().out
    assert info_cli.cmd_info(args) == 0
    return plain, capsys.readouterr().out


def test_the_plain_info_prints_what_the_core_prints(sample_master, tmp_path, capsys):
    shop = tmp_path / "shop.db"
    shutil.copy(sample_master, shop)
    plain, core = both_ways(shop, capsys)
    assert plain == core
    assert f"Schema version: {book_format.LATEST} (this Custbook: {book_format.LATEST})" in plain
    assert f"  {'customer':<22} {300:>10,}\n" in plain
    assert cli.run(["--db", str(shop), "info"]) == 0 and capsys.readouterr().out == plain


def test_the_plain_info_closes_the_book_as_the_core_does(sample_master, tmp_path, capsys):
    """Noted as closed cleanly afterwards (the window's next start skips the whole-file
    check), from a crash too: the WAL is checkpointed as close_book checkpoints it."""
    shop = tmp_path / "shop.db"
    shutil.copy(sample_master, shop)
    assert not clean_close.closed_cleanly(shop)
    writer = sqlite3.connect(shop)  # a crash: a commit left in the WAL, no note
    writer.execute("PRAGMA journal_mode = wal")
    writer.execute("UPDATE staff SET name = name || '' WHERE id = 1")
    writer.commit()
    assert Path(f"{shop}-wal").stat().st_size > 0
    assert plain_info.read(str(shop)) is not None
    writer.close()
    assert plain_info.read(str(shop)) is not None
    assert clean_close.closed_cleanly(shop)
    before = shop.stat()
    assert plain_info.read(str(shop)) is not None  # a clean book stays clean and unchanged
    assert clean_close.closed_cleanly(shop)
    assert (shop.stat().st_mtime_ns, shop.stat().st_size) == (before.st_mtime_ns, before.st_size)


def test_a_book_readable_by_others_is_made_private_as_the_core_does(sample_master, tmp_path):
    if os.name == "nt":
        pytest.skip("POSIX permissions")
    shop = tmp_path / "shop.db"
    shutil.copy(sample_master, shop)
    shop.chmod(0o644)
    assert plain_info.read(str(shop)) is not None
    assert shop.stat().st_mode & 0o077 == 0


def changed(shop: Path, *statements: str) -> None:
    conn = sqlite3.connect(shop)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


@pytest.mark.parametrize("why, statements", [
    ("an older schema step: upgraded first", ["UPDATE schema_version SET version = version - 1"]),
    ("a newer one: refused", ["UPDATE schema_version SET version = version + 1"]),
    ("a password", [f"INSERT OR REPLACE INTO setting(key, value) VALUES "
                    f"('{book_format.PASSWORD_KEY}', 'scrypt$x')"]),
    ("an index of another format", [f"UPDATE setting SET value = 'old' WHERE key = "
                                    f"'{book_format.SEARCH_FORMAT_KEY}'"]),
    ("stale index rows", ["UPDATE customer_search SET stale = 1 WHERE customer_id = 1"]),
    ("forgotten pieces", ["DELETE FROM customer_search_posting"]),
    ("an incomplete index", ["DELETE FROM customer_search WHERE customer_id = 1"]),
    ("not a Custbook book", ["DROP TABLE schema_version"]),
])
def test_a_book_the_core_must_open_is_left_to_it(sample_master, tmp_path, why, statements):
    shop = tmp_path / "shop.db"
    shutil.copy(sample_master, shop)
    changed(shop, *statements)
    assert plain_info.read(str(shop)) is None, why


def test_a_server_a_new_file_and_a_damaged_one_are_left_to_the_core(tmp_path):
    assert plain_info.read("postgresql://shop@server/book") is None
    assert plain_info.read(str(tmp_path / "new.db")) is None
    assert not (tmp_path / "new.db").exists()  # the core's open creates it, not the plain read
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    assert plain_info.read(str(junk)) is None


def test_a_book_another_program_is_writing_is_left_to_the_core(sample_master, tmp_path):
    """The core's open waits for the write lock and names who holds it for too long."""
    shop = tmp_path / "shop.db"
    shutil.copy(sample_master, shop)
    writer = sqlite3.connect(shop, isolation_level=None)
    writer.execute("PRAGMA journal_mode = wal")
    writer.execute("BEGIN IMMEDIATE")
    try:
        assert plain_info.read(str(shop)) is None
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert plain_info.read(str(shop)) is not None


def test_leftovers_of_a_killed_backup_are_left_to_the_core(sample_master, tmp_path):
    shop = tmp_path / "shop.db"
    shutil.copy(sample_master, shop)
    staged = shop.with_name("shop.db.restoring")
    staged.write_bytes(b"s")
    assert plain_info.read(str(shop)) is None
    staged.unlink()
    folder = book_paths.book_folder(shop)
    folder.mkdir(parents=True)
    (folder / "shop-20261122-100000-manual.db.1.partial").write_bytes(b"x")
    assert plain_info.read(str(shop)) is None


def test_the_core_reads_the_facts_the_plain_read_checks(tmp_path):
    from custbook import migrations, models
    from custbook.customers import search
    from custbook.exchange import choices, export, importer
    from custbook.migrations import steps
    from custbook.safety import bookinfo, password

    assert migrations.LATEST == max(steps.STEPS) == book_format.LATEST
    assert sorted(steps.STEPS) == list(range(2, book_format.LATEST + 1))
    assert [m._meta.table_name for m in models.ALL_MODELS] == list(book_format.TABLES)
    assert set(models.BaseModel.__subclasses__()) == set(models.ALL_MODELS)
    assert (search.FORMAT, search.FORMAT_KEY) == (book_format.SEARCH_FORMAT,
                                                  book_format.SEARCH_FORMAT_KEY)
    assert db.SQLITE_PRAGMAS is book_format.SQLITE_PRAGMAS
    assert db.SQLITE_PRAGMAS["busy_timeout"] == db.BUSY_SECONDS * 1000
    assert importer.ON_DUPLICATE is choices.ON_DUPLICATE and export.COLUMNS is choices.COLUMNS
    db.open_book(tmp_path / "book.db")
    try:
        assert list(bookinfo.record_counts()) == list(book_format.COUNTED_TABLES)
        password.set_password("芝麻开门", "芝麻开门")
        conn = sqlite3.connect(tmp_path / "book.db")
        stored = conn.execute("SELECT value FROM setting WHERE key = ?",
                              (book_format.PASSWORD_KEY,)).fetchone()
        conn.close()
        assert stored and stored[0]
    finally:
        db.close_book()
