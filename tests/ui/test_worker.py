"""The one background runner (ui/worker.py): success, failure, cancel and progress.

Every callback of a job comes back on the UI thread; a cancelled job leaves the book
exactly as it was; the progress dialog only appears when the work lasts.
"""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from custbook.customers import customers
from custbook.errors import Cancelled, ValidationError
from custbook.models import Customer, database
from ui import worker
from ui.worker import run_quietly, run_task, runner


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def finished(qtbot, task) -> tuple:
    with qtbot.waitSignal(task.sig_finished, timeout=20000) as blocker:
        pass
    return tuple(blocker.args)


def test_the_work_runs_on_a_worker_and_its_result_comes_back_on_the_ui_thread(
        qtbot, parent, book):
    ui_thread = threading.current_thread()
    seen: dict = {}

    def work(progress):
        seen["work"] = threading.current_thread()
        customers.save_customer({"name": "王小明"}, ["13800138000"])
        return Customer.select().count()

    def done(result):
        seen["done"] = (threading.current_thread(), result)

    task = run_task(parent, "Working…", work, on_success=done)
    assert finished(qtbot, task) == (1, None)
    assert seen["work"] is not ui_thread
    assert seen["done"] == (ui_thread, 1)
    assert not task.is_running()


def test_a_failure_is_delivered_on_the_ui_thread_not_raised_on_the_worker(
        qtbot, parent, book):
    ui_thread = threading.current_thread()
    failures: list = []

    def work(progress):
        customers.save_customer({"name": ""}, [])  # a card needs a name

    task = run_task(parent, "Working…", work, on_success=lambda r: failures.append("success"),
                    on_failure=lambda exc: failures.append((threading.current_thread(), exc)))
    result, error = finished(qtbot, task)
    assert result is None and isinstance(error, ValidationError)
    assert failures == [(ui_thread, error)]


def test_cancel_stops_the_work_and_leaves_the_book_as_it_was(qtbot, parent, book):
    customers.save_customer({"name": "Already Here"}, [])
    started = threading.Event()
    go_on = threading.Event()

    def work(progress):
        with database.atomic():
            for number in range(100):
                customers.save_customer({"name": f"Customer {number}"}, [])
                if number == 10:
                    started.set()
                    go_on.wait(10)
                if not progress(number, 100):
                    raise Cancelled()
        return "all written"

    task = run_task(parent, "Writing…", work)
    assert started.wait(10)
    task.cancel()
    go_on.set()
    result, error = finished(qtbot, task)
    assert result is None and isinstance(error, Cancelled)
    assert [c.name for c in Customer.select()] == ["Already Here"]


def test_progress_reaches_the_dialog_which_shows_only_when_the_work_lasts(
        qtbot, parent, book, monkeypatch):
    monkeypatch.setattr(worker, "SHOW_AFTER_MS", 0)  # "lasts" at once, for the test
    reported: list = []
    release = threading.Event()

    def work(progress):
        for done in range(1, 5):
            progress(done, 4)
        release.wait(10)
        return "done"

    task = run_task(parent, "Counting…", work)
    task.sig_progress.connect(lambda d, t: reported.append((d, t)),
                              Qt.ConnectionType.QueuedConnection)
    dialog = task.dialog
    assert isinstance(dialog, QProgressDialog)
    qtbot.waitUntil(lambda: dialog.value() == 4 and dialog.maximum() == 4, timeout=10000)
    qtbot.waitUntil(dialog.isVisible, timeout=10000)
    release.set()
    assert finished(qtbot, task) == ("done", None)
    assert task.dialog is None  # hidden and let go


def test_a_short_job_never_shows_its_dialog(qtbot, parent, book):
    shown: list = []
    task = run_task(parent, "Quick…", lambda progress: 42,
                    on_success=lambda result: shown.append(task.dialog.isVisible()))
    assert finished(qtbot, task) == (42, None)
    assert shown == [False]


def test_quiet_jobs_have_no_dialog_and_share_the_same_workers(qtbot, book):
    names: list = []
    task = run_quietly(lambda: names.append(threading.current_thread().name) or "ok")
    assert task.dialog is None
    assert finished(qtbot, task) == ("ok", None)
    assert names[0].startswith("custbook-job")


def test_parallel_parts_come_back_in_order_even_with_every_worker_busy(qtbot, book):
    hold = threading.Event()
    busy = [run_quietly(lambda: hold.wait(10)) for _ in range(worker.THREADS)]
    # every worker is held: the asking thread does the parts itself instead of waiting
    assert runner().parallel([lambda: 1, lambda: 2, lambda: 3]) == [1, 2, 3]
    hold.set()
    qtbot.waitUntil(lambda: not any(task in runner().running() for task in busy), timeout=10000)


def test_a_worker_lets_go_of_its_connection_after_each_job(qtbot, book):
    opened: list = []

    def work():
        Customer.select().count()
        opened.append(not database.obj.is_closed())

    for _ in range(worker.THREADS + 1):
        finished(qtbot, run_quietly(work))
    assert opened and all(opened)
    closed = finished(qtbot, run_quietly(lambda: database.obj.is_closed()))
    assert closed == (True, None)


def test_wait_for_gives_the_result_or_raises_the_error_here_while_the_window_paints(
        qtbot, parent, book):
    ui_thread = threading.current_thread()
    ran_on: list = []
    painted: list = []
    QTimer.singleShot(0, lambda: painted.append(True))  # the event loop turns meanwhile

    def work():
        ran_on.append(threading.current_thread())
        customers.save_customer({"name": "等一下"}, [])
        return Customer.select().count()

    assert worker.wait_for(parent, "Saving…", work) == 1
    assert ran_on and ran_on[0] is not ui_thread and painted == [True]
    with pytest.raises(ValidationError):
        worker.wait_for(parent, "Saving…", lambda: customers.save_customer({"name": ""}, []))
