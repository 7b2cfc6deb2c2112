"""Answering the conflict dialog as a user would (it is modal: answered from a timer)."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def answer_conflict(choices: dict[str, str] | None = None, button: str = "conflictSave",
                    seen: list | None = None, shot=None) -> None:
    """When the conflict dialog shows: note its rows in `seen`, click the radio buttons of
    `choices` ({field: "mine"/"theirs"}), then click `button` (by object name)."""
    from ui.shared_book.conflict_dialog import ConflictDialog

    def answer(tries: int = 300) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, ConflictDialog):
            if seen is not None:
                seen.append(list(box.rows))
            for name, which in (choices or {}).items():
                box.choose(name, which)
            if shot is not None:
                shot(box)
            box.findChild(type(box.save_button), button).click()
            return
        if tries:
            QTimer.singleShot(10, lambda: answer(tries - 1))
    QTimer.singleShot(0, answer)
