"""The day's rules on a big book: run on the runner once the window is up, not before it."""
from __future__ import annotations

import shutil
import sqlite3

from tests.conftest import TODAY
from tests.ui.conftest import make_controller


def _rules_ran_on(path) -> str:
    with sqlite3.connect(path) as conn:  # what the book on disk says (the runner's commit)
        found = conn.execute("SELECT value FROM setting WHERE key = 'rules_ran_on'").fetchone()
    conn.close()
    return found[0] if found else ""


def test_a_big_books_rules_start_once_the_window_is_up_and_run_on_the_runner(
        qtbot, sample_master, tmp_path, monkeypatch):
    from ui.calendar import startup

    path = tmp_path / "shop.db"
    shutil.copy(sample_master, path)
    with sqlite3.connect(path) as conn:  # the shop's first start of the day: they ran yesterday
        conn.execute("INSERT INTO setting(key, value) VALUES ('rules_ran_on', '2026-11-21') "
                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
    conn.close()
    monkeypatch.setattr(startup, "SYNC_LIMIT", 10)  # 300 customers count as a big book here
    controller = make_controller(qtbot, path)
    assert controller.start()
    window = controller.window
    qtbot.addWidget(window)
    # the window is built and shown; the rules have not started (they would share Python's
    # lock with the first paint)
    assert window.isVisible() and not hasattr(window, "rules_task")
    assert _rules_ran_on(path) == "2026-11-21"
    qtbot.waitUntil(lambda: hasattr(window, "rules_task"), timeout=5_000)
    qtbot.waitUntil(lambda: _rules_ran_on(path) == TODAY.isoformat(), timeout=30_000)
    window.close()
