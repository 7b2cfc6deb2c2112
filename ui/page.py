"""What every page of the main window shares: a heading and refresh-on-change."""
from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.signals import bus


class Page(QWidget):
    """A page refreshes when shown and when data it cares about (`KINDS`) changes."""

    KINDS: frozenset[str] = frozenset()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._stale = True
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(16, 12, 16, 12)
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.layout_.addWidget(self.heading)
        bus().sig_data_changed.connect(self._on_data_changed)

    def _on_data_changed(self, kinds) -> None:
        if "book" in kinds or self.KINDS & set(kinds):
            self._stale = True
            if self.isVisible():
                self.refresh_if_stale()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.refresh_if_stale()

    def refresh_if_stale(self) -> None:
        if self._stale:
            self._stale = False
            self.refresh()

    def refresh(self) -> None:
        """Re-read what the page shows from the book."""
        raise NotImplementedError
