"""Long work off the UI thread, with a progress dialog that can be cancelled.

`run_task` starts `work(progress)` on a background thread. `progress(done, total)`
updates the dialog and returns False once the user pressed Cancel, so the core can
stop and roll back. The dialog appears only if the work lasts (about 0.6 s, as Anki
does). `on_success(result)` / `on_failure(exception)` run back on the UI thread.
"""
from __future__ import annotations

import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Progress = Callable[[int, int], bool]


class _Thread(QThread):
    sig_progress = Signal(int, int)
    sig_done = Signal(object, object)  # (result, exception)

    def __init__(self, work: Callable[[Progress], Any], cancelled: threading.Event):
        super().__init__()
        self._work = work
        self._cancelled = cancelled

    def _progress(self, done: int, total: int) -> bool:
        self.sig_progress.emit(done, total)
        return not self._cancelled.is_set()

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except BaseException as exc:  # noqa: BLE001 - handed to on_failure, not swallowed
            self.sig_done.emit(None, exc)
        else:
            self.sig_done.emit(result, None)


class Task(QObject):
    """A running background job; keeps its thread and dialog alive until it ends."""

    sig_finished = Signal(object, object)
    """sig_finished(result, exception): emitted on the UI thread when the work ends."""

    def __init__(self, parent: QWidget | None, label: str, work: Callable[[Progress], Any],
                 on_success: Callable[[Any], None] | None = None,
                 on_failure: Callable[[BaseException], None] | None = None):
        super().__init__(parent)
        self.cancelled = threading.Event()
        self._on_success, self._on_failure = on_success, on_failure
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 100, parent)
        self.dialog.setWindowTitle(self.tr("Please wait"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(600)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self.thread = _Thread(work, self.cancelled)
        self.thread.sig_progress.connect(self._show_progress)
        self.thread.sig_done.connect(self._done)

    def start(self) -> Task:
        self.dialog.setValue(0)
        self.thread.start()
        return self

    def cancel(self) -> None:
        self.cancelled.set()
        self.dialog.setLabelText(self.tr("Cancelling…"))

    def _show_progress(self, done: int, total: int) -> None:
        if not self.cancelled.is_set():
            self.dialog.setMaximum(max(total, 1))
            self.dialog.setValue(min(done, total))

    def _done(self, result: Any, exc: BaseException | None) -> None:
        self.thread.wait()
        # Callbacks first: they may open the next window before this dialog goes away,
        # so Qt never sees "the last window closed" in between.
        if exc is None and self._on_success:
            self._on_success(result)
        elif exc is not None and self._on_failure:
            self._on_failure(exc)
        self.dialog.hide()
        self.dialog.deleteLater()
        self.sig_finished.emit(result, exc)
        self.deleteLater()


def run_task(parent: QWidget | None, label: str, work: Callable[[Progress], Any],
             on_success: Callable[[Any], None] | None = None,
             on_failure: Callable[[BaseException], None] | None = None) -> Task:
    """Start `work` in the background with a cancellable progress dialog."""
    return Task(parent, label, work, on_success, on_failure).start()
