"""One writer per book: a second program is refused, and a crash never leaves a stale lock."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from custbook.safety import booklock

ROOT = Path(__file__).resolve().parents[2]


def holder_process(book: Path) -> subprocess.Popen:
    """Another Custbook process that opens the book and keeps it."""
    script = (f"import sys, time; sys.path.insert(0, {str(ROOT)!r})\n"
              "from custbook.safety import booklock\n"
              f"booklock.acquire({str(book)!r}); print('held', flush=True); time.sleep(60)\n")
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "held"
    return child


def test_a_book_open_in_another_process_is_refused_with_its_holder_named(tmp_path):
    book = tmp_path / "shop.db"
    child = holder_process(book)
    try:
        with pytest.raises(booklock.BookInUse) as caught:
            booklock.acquire(book)
        assert caught.value.holder.pid == child.pid
        assert "is open in another Custbook program of " in str(caught.value)
        assert f" (process {child.pid}). Close it there first." in str(caught.value)
        assert str(caught.value).endswith("Close it there first.")
    finally:
        child.kill()
        child.wait()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX signals")
def test_a_killed_holder_leaves_no_stale_lock(tmp_path):
    book = tmp_path / "shop.db"
    child = holder_process(book)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert booklock.lock_path(book).exists()  # the file stays, but the OS lock died
    lock = booklock.acquire(book)
    assert booklock.read_holder(book).pid == os.getpid()
    lock.release()
    assert not booklock.lock_path(book).exists()


def test_the_same_process_may_open_its_book_again(tmp_path):
    book = tmp_path / "shop.db"
    first = booklock.acquire(book)
    second = booklock.acquire(book)
    assert second is first and booklock.is_held_here(book)
    second.release()
    assert booklock.is_held_here(book)
    first.release()
    assert not booklock.is_held_here(book)


def test_a_released_lock_can_be_taken_by_another_process(tmp_path):
    book = tmp_path / "shop.db"
    with booklock.held(book):
        assert booklock.is_held_here(book)
    child = holder_process(book)  # would hang on readline if the lock were still ours
    child.kill()
    child.wait()


def test_demo_refuses_to_replace_a_book_open_in_a_window(tmp_path):
    book = tmp_path / "shop.db"
    book.write_bytes(b"the real shop")
    child = holder_process(book)
    try:
        out = subprocess.run([sys.executable, str(ROOT / "main.py"), "demo", "--customers", "10",
                              "--out", str(book), "--force"], capture_output=True, check=False,
                             text=True, env={**os.environ, "CUSTBOOK_NO_BOOTSTRAP": "1"},
                             timeout=60)
    finally:
        child.kill()
        child.wait()
    assert out.returncode == 2
    assert "is open in another Custbook program" in out.stderr
    assert book.read_bytes() == b"the real shop"
