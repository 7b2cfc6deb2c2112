"""The password lock: asked when a book opens, and again after the window sat idle.

Locking covers every open Custbook window with an opaque panel and puts the password
question on top (application-modal), so a half-filled card stays as it was, under the
cover, while nobody can read it. Idle time is measured from the last key press or
mouse action anywhere in Custbook; the watcher is only installed when a password and
an idle time are set, so a book without a password costs nothing.
"""
from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from custbook.safety import password

_INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                 QEvent.Type.Wheel, QEvent.Type.TouchBegin}
CHECK_MS = 5000


class LockDialog(QDialog):
    """Asks for the book's password; `Quit` leaves Custbook (or, when opening, the book)."""

    def __init__(self, parent: QWidget | None, book: str, *, opening: bool):
        super().__init__(parent)
        self.setObjectName("lockDialog")
        self.setWindowTitle(self.tr("Custbook is locked"))
        self.setMinimumWidth(420)
        self.quit_chosen = False
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("This customer book is protected by a password.")
                       if opening else self.tr("Custbook was locked because nobody used it "
                                               "for a while."))
        title.setWordWrap(True)
        font = QFont(title.font())
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        layout.addWidget(QLabel(self.tr("Book: %1").replace("%1", Path(book).name)))
        self.field = QLineEdit()
        self.field.setObjectName("lockPassword")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setPlaceholderText(self.tr("Password"))
        layout.addWidget(self.field)
        self.error = QLabel()
        self.error.setObjectName("lockError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.quit_button = QPushButton(self.tr("Quit Custbook") if not opening
                                       else self.tr("Do not open"))
        self.quit_button.setObjectName("lockQuit")
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("lockUnlock")
        self.unlock_button.setDefault(True)
        buttons.addWidget(self.quit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout.addLayout(buttons)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.quit_button.clicked.connect(self._quit)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)

    def try_unlock(self) -> None:
        """Unlock when the password is right; otherwise say so and let them try again."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # scrypt takes ~0.1 s
        try:
            right = password.verify(self.field.text())
        finally:
            QApplication.restoreOverrideCursor()
        if right:
            self.accept()
            return
        self.field.clear()
        self.error.setText(self.tr("That is not the password. Please try again."))
        self.error.show()
        self.field.setFocus()

    def _quit(self) -> None:
        self.quit_chosen = True
        self.reject()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape:
            return  # Escape must not unlock: only the password or Quit close this
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.result() != QDialog.DialogCode.Accepted and not self.quit_chosen:
            event.ignore()  # the window's close button is not a way in either
            return
        super().closeEvent(event)


class _Cover(QWidget):
    """An opaque panel over a window while Custbook is locked."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 48, 24, 24)
        label = QLabel(self.tr("Locked"))
        label.setObjectName("lockCoverTitle")
        label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        label.setFont(font)
        label.setStyleSheet("color: palette(mid);")
        layout.addWidget(label)
        layout.addStretch(1)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(watched.rect())
            self.raise_()
        return False


class WindowLock(QObject):
    """Locks Custbook after idle time, and asks for the password when a book opens."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.idle_minutes = 0
        self.enabled = False
        self.book = ""
        self.last_input = time.monotonic()
        self.dialog: LockDialog | None = None
        self.covers: list[_Cover] = []
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check_idle)
        self._filtering = False

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def unlock_at_open(self, book: str) -> bool:
        """Ask for the password of the book just opened; False if they chose not to open."""
        if not password.is_set():
            return True
        dialog = LockDialog(None, book, opening=True)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def book_opened(self, book: str) -> None:
        """Read the book's lock settings and start (or stop) watching for idle time."""
        self.book = book
        self.refresh()

    def refresh(self) -> None:
        """Re-read the password settings (after they were changed)."""
        self.enabled = bool(self.book) and password.is_set()
        self.idle_minutes = password.idle_minutes() if self.enabled else 0
        self.last_input = time.monotonic()
        watch = self.enabled and self.idle_minutes > 0
        app = QApplication.instance()
        if watch and not self._filtering:
            app.installEventFilter(self)
            self._filtering = True
            self.timer.start()
        elif not watch and self._filtering:
            app.removeEventFilter(self)
            self._filtering = False
            self.timer.stop()

    def book_closed(self) -> None:
        self.book = ""
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in _INPUT_EVENTS:
            self.last_input = time.monotonic()
        return False

    def check_idle(self) -> None:
        """Lock when nobody touched Custbook for the idle time."""
        if self.enabled and self.idle_minutes and not self.locked and \
                time.monotonic() - self.last_input >= self.idle_minutes * 60:
            self.lock()

    def lock(self) -> None:
        """Cover every window and ask for the password (does nothing without one)."""
        if self.locked or not self.enabled:
            return
        windows = [w for w in QApplication.topLevelWidgets()
                   if w.isVisible() and not isinstance(w, (LockDialog, _Cover))
                   and w.objectName() != "lockCover"]
        self.covers = [_Cover(w) for w in windows]
        self.dialog = LockDialog(None, self.book, opening=False)
        self.dialog.finished.connect(self._dialog_finished)
        self.dialog.open()
        self.dialog.raise_()

    def bring_forward(self) -> None:
        """Show the password question on top (another start asked for the window)."""
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()

    def _dialog_finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if result != QDialog.DialogCode.Accepted:
            QApplication.quit()  # "Quit Custbook": the covers stay until the end
            return
        for cover in self.covers:
            cover.deleteLater()
        self.covers = []
        self.last_input = time.monotonic()
        if dialog is not None:
            dialog.deleteLater()
