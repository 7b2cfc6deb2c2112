"""The start-up dialog for a damaged or unreadable book: go back to the latest good backup.

Shown instead of an error (never a traceback) when the check before opening a book
fails and a good backup exists. Restoring keeps the damaged file beside the book, so
choosing it can never lose anything that might still be recovered by an expert.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QHBoxLayout,
    QLabel,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from custbook.safety import backup, backup_check, integrity
from custbook.errors import CustbookError
from ui import format as fmt


class RescueDialog(QDialog):
    """Offers the latest good backup; `choice` is "restore", "other" or "" (quit/cancel)."""

    def __init__(self, parent: QWidget | None, health: integrity.Health, latest: backup.Backup,
                 *, at_start: bool):
        super().__init__(parent)
        self.setObjectName("rescueDialog")
        self.choice = ""
        self.setWindowTitle(self.tr("The customer book cannot be opened"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48))
        top.addWidget(icon)
        title = QLabel(self.tr("Custbook checked the book before opening it, and it is "
                               "damaged or cannot be read."))
        title.setWordWrap(True)
        font = QFont(title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        title.setFont(font)
        top.addWidget(title, 1)
        layout.addLayout(top)
        detail = QLabel(health.detail)
        detail.setObjectName("rescueDetail")
        detail.setWordWrap(True)
        layout.addWidget(detail)
        if health.technical:
            text = health.technical
            technical = QLabel(text if len(text) <= 200 else text[:200].rsplit(" ", 1)[0] + " …")
            technical.setObjectName("rescueTechnical")
            technical.setWordWrap(True)
            technical.setStyleSheet("color: #6b6b6b; font-size: small;")
            technical.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(technical)
        when = latest.taken_at.strftime("%Y-%m-%d %H:%M")
        try:
            seen = backup_check.preview(latest.path)
            counts = self.tr("%1 customers, %2 purchases, %3 complaints").replace(
                "%1", fmt.number(seen.customers)).replace(
                "%2", fmt.number(seen.purchases)).replace("%3", fmt.number(seen.complaints))
        except CustbookError:
            counts = ""
        self.restore_button = QCommandLinkButton(
            self.tr("Restore the latest good backup"),
            self.tr("From %1: %2. The damaged file is kept beside the book as %3; "
                    "nothing is deleted.").replace("%1", when).replace("%2", counts).replace(
                        "%3", Path(health.path).name + ".damaged-…"))
        self.restore_button.setObjectName("rescueRestore")
        self.other_button = QCommandLinkButton(
            self.tr("Open another book…"),
            self.tr("Choose a different customer book, or a backup file you copied "
                    "yourself."))
        self.other_button.setObjectName("rescueOther")
        self.quit_button = QCommandLinkButton(
            self.tr("Quit Custbook") if at_start else self.tr("Cancel"),
            self.tr("Nothing is changed. You can come back to this later.") if at_start
            else self.tr("Keep working in the book that is open now."))
        self.quit_button.setObjectName("rescueQuit")
        for button in (self.restore_button, self.other_button, self.quit_button):
            layout.addWidget(button)
        self.restore_button.clicked.connect(lambda: self._choose("restore"))
        self.other_button.clicked.connect(lambda: self._choose("other"))
        self.quit_button.clicked.connect(self.reject)
        self.restore_button.setDefault(True)
        self.restore_button.setFocus()

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
