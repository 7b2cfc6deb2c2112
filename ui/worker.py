"""The one background runner: every long job of the window runs here, off the UI thread.

Why one: work that can take more than ~100 ms (import, export, papers, backups, the
report's figures, bulk edits, the calendar's rules) used to run on four mechanisms (a
QThread per task, plain threads, a thread pool, or the UI thread itself), each with
its own way of reporting errors and closing its database connection. Here, as in
Anki's `taskman`, there is one small pool of worker threads (`runner()`), and every
job goes through it with the same contract:

- `run_task(parent, label, work, on_success, on_failure)`: `work(progress)` runs on a
  worker; `progress(done, total)` updates a progress dialog and returns False once the
  user pressed Cancel, so the core raises `Cancelled` and rolls back (the book stays
  as it was). The dialog appears only if the work lasts (`SHOW_AFTER_MS`, about 0.6 s,
  as Anki does).
- `run_quietly(work, on_success, on_failure)`: the same without a dialog, for work the
  user did not ask for (the daily backup, a page's figures).
- `run_and_wait(parent, label, work)` / `wait_for(parent, label, work)`: for the moments
  that cannot go on until the work is done (testing a server address, the backup taken
  when closing, a small bulk edit, writing one export): the same job, waited for in a
  local event loop, so the window still paints; its clicks wait as they would have.
- `on_success(result)` / `on_failure(exception)` and `Task.sig_finished` always run on
  the UI thread; no Qt object is created or deleted on a worker.
- After each job the worker closes the database connection it opened (peewee keeps one
  per thread), so a book closed or replaced meanwhile is never held open by a worker.
- `parallel(parts)`: independent read-only parts of one job side by side on the free
  workers; a part no worker has picked up is run by the asking job itself, so a job
  waiting on its parts can never wait for a worker it holds.

`THREADS` is small on purpose: one worker for what the user is waiting for, while a
quiet job (the daily backup) or a second part of the report's figures uses another.
Python's garbage collector only runs on the UI thread (`ui/main_thread_gc.py`), so a
Qt object reachable from a job's closures is still freed where it lives.
"""
from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from custbook.models import database

Progress = Callable[[int, int], bool]

THREADS = 3
SHOW_AFTER_MS = 600


def _close_connection() -> None:
    """Close this worker thread's own connection to the book (best effort)."""
    if database.obj is not None and not database.obj.is_closed():
        with contextlib.suppress(Exception):
            database.obj.close()


class Task(QObject):
    """One job on the runner; it lives (and calls back) on the UI thread until it ends."""

    sig_progress = Signal(int, int)
    """sig_progress(done, total): emitted on the worker as the job reports progress."""

    sig_finished = Signal(object, object)
    """sig_finished(result, exception): emitted on the UI thread when the work ends."""

    def __init__(self, work: Callable[[Progress], Any],
                 on_success: Callable[[Any], None] | None = None,
                 on_failure: Callable[[BaseException], None] | None = None,
                 parent: QWidget | None = None, label: str | None = None):
        super().__init__()
        self.work = work
        self.cancelled = threading.Event()
        self.ended = threading.Event()  # set on the worker as soon as `work` returned
        self._on_success, self._on_failure = on_success, on_failure
        self.dialog: QProgressDialog | None = None
        if label is not None:
            self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 100, parent)
            self.dialog.setObjectName("taskProgress")
            self.dialog.setWindowTitle(self.tr("Please wait"))
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(SHOW_AFTER_MS)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.canceled.connect(self.cancel)
            self.dialog.setValue(0)  # starts the "show if it lasts" timer
            self.sig_progress.connect(self._show_progress)  # queued: the dialog's thread

    # --- on the UI thread
    def cancel(self) -> None:
        """Ask the work to stop: its next progress call answers False."""
        self.cancelled.set()
        if self.dialog is not None and isValid(self.dialog):
            self.dialog.setLabelText(self.tr("Cancelling…"))

    def is_running(self) -> bool:
        return not self.ended.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the work has returned (its callbacks come later, from the event loop)."""
        return self.ended.wait(timeout)

    def _show_progress(self, done: int, total: int) -> None:
        if self.dialog is not None and isValid(self.dialog) and not self.cancelled.is_set():
            self.dialog.setMaximum(max(total, 1))
            self.dialog.setValue(min(done, total))

    def _finish(self, result: Any, exc: BaseException | None) -> None:
        # Callbacks first: they may open the next window before this dialog goes away,
        # so Qt never sees "the last window closed" in between.
        try:
            if exc is None and self._on_success:
                self._on_success(result)
            elif exc is not None and self._on_failure:
                self._on_failure(exc)
        finally:
            if self.dialog is not None and isValid(self.dialog):
                self.dialog.hide()
                self.dialog.deleteLater()
            self.dialog = None
            self.sig_finished.emit(result, exc)

    # --- on the worker
    def progress(self, done: int, total: int) -> bool:
        """Report progress; False once Cancel was pressed."""
        self.sig_progress.emit(done, total)
        return not self.cancelled.is_set()


class Runner(QObject):
    """The pool of worker threads and the relay that brings each ending back to the UI."""

    _sig_ended = Signal(object, object, object)
    """_sig_ended(task, result, exception): queued from a worker to the UI thread."""

    def __init__(self, threads: int = THREADS):
        super().__init__()
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="custbook-job")
        self._running: set[Task] = set()  # kept alive here until their callbacks ran
        self._sig_ended.connect(self._ended, Qt.ConnectionType.QueuedConnection)

    def submit(self, task: Task) -> Task:
        """Start `task` on a worker (call on the UI thread)."""
        self._running.add(task)
        self._pool.submit(self._run, task)
        return task

    def _run(self, task: Task) -> None:
        try:
            result, error = task.work(task.progress), None
        except BaseException as exc:  # noqa: BLE001 - handed to on_failure, not swallowed
            result, error = None, exc
        finally:
            _close_connection()
            task.ended.set()
        self._sig_ended.emit(task, result, error)

    def _ended(self, task: Task, result: Any, exc: BaseException | None) -> None:
        try:
            task._finish(result, exc)
        finally:
            self._running.discard(task)
            task.deleteLater()

    def running(self) -> list[Task]:
        """The jobs whose callbacks have not run yet."""
        return list(self._running)

    def wait_for_all(self, timeout: float = 60.0) -> None:
        """Wait until every job's work has returned (quitting, the end of a test)."""
        for task in list(self._running):
            task.wait(timeout)

    def parallel(self, parts: Sequence[Callable[[], Any]]) -> list[Any]:
        """Run independent parts of the current job side by side; their results in order.

        Parts no free worker picked up are run here, by the asking thread, so this never
        waits on a worker that is itself waiting.
        """
        if len(parts) <= 1:
            return [part() for part in parts]
        futures: list[Future] = [self._pool.submit(self._part, part) for part in parts[1:]]
        results = [parts[0]()]
        for part, future in zip(parts[1:], futures):
            if future.cancel():  # nobody started it: do it ourselves
                results.append(part())
            else:
                results.append(future.result())
        return results

    @staticmethod
    def _part(part: Callable[[], Any]) -> Any:
        try:
            return part()
        finally:
            _close_connection()


_runner: Runner | None = None
_made = threading.Lock()


def runner() -> Runner:
    """The application's runner (made on first use, on the UI thread)."""
    global _runner
    with _made:
        if _runner is None:
            _runner = Runner()
            app = QCoreApplication.instance()
            if app is not None:
                # a job still writing when the process ends must not be cut mid-transaction
                app.aboutToQuit.connect(_runner.wait_for_all)
    return _runner


def run_task(parent: QWidget | None, label: str, work: Callable[[Progress], Any],
             on_success: Callable[[Any], None] | None = None,
             on_failure: Callable[[BaseException], None] | None = None) -> Task:
    """Start `work(progress)` on the runner with a cancellable progress dialog."""
    return runner().submit(Task(work, on_success, on_failure, parent, label))


def run_quietly(work: Callable[[], Any],
                on_success: Callable[[Any], None] | None = None,
                on_failure: Callable[[BaseException], None] | None = None) -> Task:
    """Start `work()` on the runner without a dialog (it cannot be cancelled by the user)."""
    return runner().submit(Task(lambda progress: work(), on_success, on_failure))


def run_and_wait(parent: QWidget | None, label: str, work: Callable[[Progress], Any]
                 ) -> tuple[Any, BaseException | None]:
    """Run `work` on the runner with a progress dialog; wait for (result, exception).

    The window keeps painting meanwhile. Until the dialog shows (`SHOW_AFTER_MS`) clicks
    and keys wait, as they would while the UI thread worked, so nothing else starts in
    between; from then on the window-modal dialog (with its Cancel) takes them.
    """
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def finished(result: Any, exc: BaseException | None) -> None:
        outcome.update(result=result, exc=exc)
        loop.quit()

    task = run_task(parent, label, work)
    task.sig_finished.connect(finished)
    if not outcome:
        patience = QTimer(loop)
        patience.setSingleShot(True)
        patience.timeout.connect(loop.quit)
        patience.start(SHOW_AFTER_MS)
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    if not outcome:
        if task.dialog is not None and isValid(task.dialog):
            task.dialog.show()
        loop.exec()
    return outcome["result"], outcome["exc"]


def wait_for(parent: QWidget | None, label: str, work: Callable[[], Any]) -> Any:
    """`work()` on the runner, waited for as in `run_and_wait`: its result, or its error
    raised here on the UI thread — a drop-in for a call that used to block the window."""
    result, exc = run_and_wait(parent, label, lambda progress: work())
    if exc is not None:
        raise exc
    return result
