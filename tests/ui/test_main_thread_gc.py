"""Garbage collection happens on the UI thread only (ui/main_thread_gc.py)."""
from __future__ import annotations

import gc
import threading
import weakref

from ui import main_thread_gc


class _Node:
    pass


def test_automatic_collection_is_off_and_the_timer_collects_cycles_on_the_ui_thread(qapp):
    was_enabled = gc.isenabled()
    collector = main_thread_gc.install(qapp)
    try:
        assert main_thread_gc.install(qapp) is collector  # once per application
        gc.enable()  # the autouse fixture turns it off for UI tests; the app must do it
        collector.deleteLater()
        qapp.processEvents()
        collector = main_thread_gc.MainThreadCollector(qapp)
        assert not gc.isenabled()
        assert collector.timer.isActive()

        seen_threads = []
        node = _Node()
        node.self_ref = node  # a cycle: only the collector frees it
        probe = weakref.ref(node, lambda _: seen_threads.append(threading.current_thread()))
        del node
        worker = threading.Thread(target=lambda: [[] for _ in range(50_000)])
        worker.start()
        worker.join()
        assert probe() is not None  # the worker's allocations did not collect it
        keep = [_Node() for _ in range(gc.get_threshold()[0] + 10)]  # cross the threshold
        collector.check()
        assert probe() is None
        del keep
        assert seen_threads == [threading.main_thread()]
    finally:
        collector.timer.stop()
        collector.deleteLater()
        qapp.processEvents()
        if was_enabled:
            gc.enable()
        else:
            gc.disable()
