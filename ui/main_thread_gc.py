"""Python's cyclic garbage collector, run only on the window's thread.

Left to itself, Python collects cycles in whichever thread happens to allocate when a
threshold is crossed. With background work (ui/worker.py: reportlab, imports, figures)
that is often a worker thread, and collecting a cycle that holds a Qt object deletes it
from the wrong thread: a timer or widget freed there crashes the program later. The fix
used by Qt desktop programs such as Anki is to switch automatic collection off and
collect from a timer on the UI thread instead, so every Qt object dies where it lives.
"""
from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from shiboken6 import isValid

INTERVAL_MS = 1000


class MainThreadCollector(QObject):
    """Collects garbage every second on the UI thread, as the thresholds would have."""

    def __init__(self, app: QCoreApplication):
        super().__init__(app)
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setObjectName("mainThreadGc")
        self.timer.timeout.connect(self.check)
        self.timer.start(INTERVAL_MS)

    def check(self) -> None:
        """Collect the generations whose thresholds were crossed since the last look."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        generation = -1
        for level in range(3):
            if counts[level] > thresholds[level]:
                generation = level
        if generation >= 0:
            gc.collect(generation)


_installed: MainThreadCollector | None = None


def install(app: QCoreApplication) -> MainThreadCollector:
    """Move garbage collection to the UI thread (once per application)."""
    global _installed
    # Remembered here, not looked up with app.findChild(MainThreadCollector): PySide makes
    # a Python object of every child of the application to test its type (40 ms of the
    # window's start).
    if _installed is None or not isValid(_installed) or _installed.parent() is not app:
        _installed = MainThreadCollector(app)
    return _installed
