"""Running the safety work: in the background with progress, and waiting when we must.

Most long work goes through `ui.worker.run_task` and calls back. A few moments cannot
go on until the work is done — the start-up restore (there is no window yet), the
backup taken when leaving a book or closing Custbook — so they use the runner's
`run_and_wait` (same workers, same cancellable progress dialog, a local event loop).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from custbook.safety import backup
from ui.worker import run_and_wait

__all__ = ["kind_name", "run_and_wait", "show_message"]


def kind_name(kind: str) -> str:
    """How a backup's kind reads in the list."""
    names = {
        backup.AUTO: QCoreApplication.translate("Safety", "Automatic"),
        backup.MANUAL: QCoreApplication.translate("Safety", "By hand"),
        backup.BEFORE_RESTORE: QCoreApplication.translate("Safety", "Before a restore"),
    }
    return names.get(kind) or QCoreApplication.translate("Safety", "Other file")


def show_message(parent: QWidget | None, title: str, text: str, *,
                 icon: QMessageBox.Icon = QMessageBox.Icon.Information,
                 name: str = "safetyMessage") -> QMessageBox:
    """A message that does not stop the program when there is a window to show it on."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(name)
    if parent is not None:
        box.open()
    else:
        box.exec()
    return box
