"""Time is an input: one clock (custbook/clock.py) for the core and the window."""
from __future__ import annotations

import ast
import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from custbook import clock
from tests.conftest import ROOT

# Calls that read the machine's clock directly. Only custbook/clock.py may make them.
FORBIDDEN = {("date", "today"), ("datetime", "now"), ("datetime", "today"),
             ("datetime", "utcnow"), ("QDate", "currentDate"),
             ("QDateTime", "currentDateTime"), ("QTime", "currentTime")}


def _direct_clock_reads(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
            if (name, node.func.attr) in FORBIDDEN:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}.{node.func.attr}()")
    return found


def test_nothing_but_the_clock_reads_the_machines_date_or_time():
    sources = [p for folder in ("custbook", "ui") for p in (ROOT / folder).rglob("*.py")]
    sources.append(ROOT / "main.py")
    offenders = [hit for p in sources if p != ROOT / "custbook" / "clock.py"
                 for hit in _direct_clock_reads(p)]
    assert offenders == []


def test_tests_run_on_the_fixed_day_whatever_the_machine_says():
    assert clock.today() == dt.date(2026, 11, 22)
    assert clock.now().date() == dt.date(2026, 11, 22)


def test_a_fixed_clock_ticks_so_later_changes_get_later_stamps():
    ticking = clock.FixedClock(dt.datetime(2026, 11, 22, 23, 59, 59))
    first = ticking.now()
    assert ticking.now() >= first
    stopped = clock.FixedClock(dt.datetime(2026, 11, 22, 0, 30), ticking=False)
    assert stopped.now() == dt.datetime(2026, 11, 22, 0, 30)


@pytest.mark.parametrize("text,expected", [
    ("2027-12-07", dt.datetime(2027, 12, 7, 10, 0)),
    ("2027-12-07T00:30", dt.datetime(2027, 12, 7, 0, 30)),
    ("2027-12-07 23:30:15", dt.datetime(2027, 12, 7, 23, 30, 15)),
])
def test_the_environment_sets_the_clock_for_scripts_and_child_processes(text, expected):
    assert clock.parse_moment(text) == expected
    env = dict(os.environ, CUSTBOOK_NOW=text)
    out = subprocess.run(
        [sys.executable, "-c", "from custbook import clock; print(clock.now_seconds())"],
        cwd=ROOT, env=env, capture_output=True, text=True, check=True).stdout.strip()
    seen = dt.datetime.fromisoformat(out)
    assert expected <= seen <= expected + dt.timedelta(seconds=30)


def test_a_wrong_environment_clock_falls_back_to_the_machines():
    env = dict(os.environ, CUSTBOOK_NOW="tomorrow")
    out = subprocess.run(
        [sys.executable, "-c", "from custbook import clock; print(type(clock._clock).__name__)"],
        cwd=ROOT, env=env, capture_output=True, text=True, check=True).stdout.strip()
    assert out == "SystemClock"
