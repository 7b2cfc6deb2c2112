"""The window's start imports the core before Qt (`ui.launch.window`).

Once PySide6 is loaded, its import hook reads the source of every module imported after
it (looking for "PySide6", for its `__feature__` switch): the core and peewee imported
after Qt made the window's start 15-25 ms slower (bench/bench_startup.py). Checked in a
fresh process through the order of `sys.modules`, which is the order of the imports.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_window_imports_the_core_before_qt():
    script = ("import sys\n"
              "from ui.launch import window\n"
              "run = window()\n"
              "print('RUN', run.__module__, run.__name__)\n"
              "print('MODULES', *sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, check=True,
                          env={**os.environ, "CUSTBOOK_NO_BOOTSTRAP": "1"})
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines())
    assert lines["RUN"] == "ui.app run"
    order = lines["MODULES"].split()
    qt = order.index("PySide6.QtCore")
    for core in ("peewee", "custbook.models", "custbook.db", "custbook.migrations"):
        assert order.index(core) < qt, f"{core} is imported after Qt"
    assert order.index("ui.app") > qt
