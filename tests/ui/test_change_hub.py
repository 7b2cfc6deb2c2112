"""The one change hub (ui/signals.py): a core change reaches the open screens by itself.

No screen announces a change by hand: the core operation reports the kinds it changed
(custbook.changes.reports) and the hub emits `sig_data_changed` on the UI thread, at
once for work done on the UI thread, queued for work done on the background runner.
"""
from __future__ import annotations

import re
import threading
from pathlib import Path

from custbook import changes
from custbook.calendar import reminder_actions
from custbook.customers import customers
from tests.conftest import TODAY
from ui.signals import CUSTOMERS, REMINDERS, bus
from ui.worker import run_quietly

UI = Path(__file__).resolve().parents[2] / "ui"


def test_a_change_made_by_a_headless_function_reaches_the_open_page(window, qtbot):
    window.show_page("customers")
    page = window.pages["customers"]
    before = page.model.total()
    heard: list = []
    bus().sig_data_changed.connect(heard.append)
    customers.save_customer({"name": "从命令行来的客户"}, ["13900139000"])  # no screen involved
    assert heard and CUSTOMERS in heard[-1]
    assert page.model.total() == before + 1


def test_a_change_made_on_the_runner_is_told_on_the_ui_thread(window, qtbot):
    window.show_page("calendar")
    ui_thread = threading.current_thread()
    threads: list = []
    bus().sig_data_changed.connect(lambda kinds: threads.append(threading.current_thread()))
    with qtbot.waitSignal(bus().sig_data_changed, timeout=10000,
                          check_params_cb=lambda kinds: REMINDERS in kinds):
        run_quietly(lambda: reminder_actions.save_reminder(
            {"title": "盘点库存", "kind": "custom", "due_on": TODAY}, TODAY))
    assert threads and set(threads) == {ui_thread}


def test_a_screen_never_emits_the_change_signal_by_hand():
    """Only the hub emits; a screen that changes data calls a core operation that reports."""
    hand = [f"{path.relative_to(UI.parent)}:{number}"
            for path in sorted(UI.rglob("*.py")) if path.name != "signals.py"
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if re.search(r"sig_data_changed\.emit\(", line)]
    assert hand == [], "emit through custbook.changes (reports/note) instead: " + ", ".join(hand)


def test_the_kind_names_are_the_core_s(qtbot):
    assert CUSTOMERS == changes.CUSTOMERS and REMINDERS == changes.REMINDERS
