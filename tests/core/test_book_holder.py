"""A command meeting a book another Custbook holds waits its turn, then names the holder:
which program, whose account, which PC, since when and its process — a real second
process holds the book each time (a window's lock file and write, a command, a server
session holding a row)."""
from __future__ import annotations

import getpass
import socket
import subprocess
import sys
from pathlib import Path

from custbook import db
from custbook.cli import main as cli
from custbook.safety import booklock

ROOT = Path(__file__).resolve().parents[2]


def holder(book: str, program: str, then: str = "") -> subprocess.Popen:
    """Another Custbook process: says what it is, opens the book, holds it until stdin ends.

    `then`: Python run after opening (e.g. a write transaction left open); it may print.
    """
    script = (f"import sys; sys.path.insert(0, {str(ROOT)!r})\n"
              "from custbook import db\n"
              "from custbook.safety import booklock, server_holders\n"
              f"booklock.set_program({program!r})\n"
              "db.after_open.append(server_holders.name_session)\n"
              f"db.open_book({book!r})\n"
              f"if '://' not in {book!r}: booklock.acquire({book!r})\n"
              f"{then}\n"
              "print('held', flush=True)\n"
              "sys.stdin.read()\n")
    child = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    lines = []
    while True:
        line = child.stdout.readline()
        assert line, "the holder process ended early"
        if line.strip() == "held":
            return child if not lines else (child, lines)  # type: ignore[return-value]
        lines.append(line.strip())


def who() -> str:
    return f"of {getpass.getuser()} on {socket.gethostname()} since 10:00"


def new_book(tmp_path: Path) -> Path:
    book = tmp_path / "shop.db"
    db.open_book(book)
    db.close_book()
    return book


def test_an_import_waits_then_names_the_window_that_keeps_the_book_busy(tmp_path, capsys):
    book = new_book(tmp_path)
    csv = tmp_path / "list.csv"
    csv.write_text("姓名,手机\n张三,13800138000\n", encoding="utf-8")
    window = holder(str(book), booklock.WINDOW,
                    then="db.database_obj().execute_sql('BEGIN IMMEDIATE')")
    try:
        status = cli.run(["--db", str(book), "import", str(csv)])
    finally:
        window.communicate("")
    err = capsys.readouterr().err
    assert status == 1, err
    assert (f"custbook: The book {book} stayed busy for 5 seconds: it is open in the Custbook "
            f"window {who()} (process {window.pid}). Nothing was changed; try again when it "
            "is done there, or close it there.") in err
    db.open_book(book)
    from custbook.models import Customer

    assert Customer.select().count() == 0


def test_a_restore_waits_for_the_window_then_says_whose_window_holds_the_book(tmp_path, capsys):
    book = new_book(tmp_path)
    window = holder(str(book), booklock.WINDOW)
    try:
        status = cli.run(["--db", str(book), "restore", str(tmp_path / "some-backup.db")])
    finally:
        window.communicate("")
    assert status == 2
    assert capsys.readouterr().err.strip() == (
        f"custbook: The book {book} is open in the Custbook window {who()} "
        f"(process {window.pid}). Close it there first.")


def test_a_book_in_use_by_a_command_is_named_by_the_command(tmp_path):
    book = new_book(tmp_path)
    command = holder(str(book), "command:import")
    try:
        try:
            booklock.acquire(book)
            raise AssertionError("the lock was given twice")
        except booklock.BookInUse as exc:
            message = str(exc)
            assert exc.holder.program == "command:import"
    finally:
        command.communicate("")
    assert message == (f"The book {book} is in use by the Custbook command “import” {who()} "
                       f"(process {command.pid}). Wait until it has finished, then try again.")


def test_a_holder_from_another_day_is_named_with_its_date():
    old = booklock.LockHolder(4242, "SHOP-PC", "2026-11-21 09:12:30", booklock.WINDOW, "张三")
    assert booklock.holder_words(old) == ("the Custbook window of 张三 on SHOP-PC since "
                                          "2026-11-21 09:12 (process 4242)")
    today = booklock.LockHolder(4242, "SHOP-PC", "2026-11-22 09:12:30", booklock.WINDOW, "张三")
    assert booklock.in_use_message("shop.db", today) == (
        "The book shop.db is open in the Custbook window of 张三 on SHOP-PC since 09:12 "
        "(process 4242). Close it there first.")


def test_a_command_on_a_shared_book_names_the_server_session_holding_the_card(pg_book, tmp_path,
                                                                             capsys):
    from custbook.customers import customers

    card = customers.save_customer({"name": "张三"}, ["13800138000"])
    db.close_book()
    csv = tmp_path / "list.csv"
    found = holder(pg_book, booklock.WINDOW,
                   then=("db.database_obj().execute_sql('BEGIN')\n"
                         f"db.database_obj().execute_sql('UPDATE customer SET name = name "
                         f"WHERE id = {card.id}')\n"
                         "print(db.database_obj().execute_sql('SELECT pg_backend_pid()')"
                         ".fetchone()[0], flush=True)"))
    window, lines = found
    try:
        csv.write_text("姓名,手机,备注\n张三,13800138000,新备注\n", encoding="utf-8")
        status = cli.run(["--db", pg_book, "import", str(csv), "--on-duplicate", "update"])
    finally:
        window.communicate("")
    err = capsys.readouterr().err
    assert status == 1, err
    assert f"is busy: “Custbook window on {socket.gethostname()}” (server account " in err
    assert (f"server process {lines[0]}) held what this command needed for more than 5 "
            "seconds. Nothing was changed; try again when it is done there.") in err
    db.open_book(pg_book)
    assert customers.get_card(card.id).fields["description"] in ("", None)
