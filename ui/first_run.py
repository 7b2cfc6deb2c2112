"""The welcome dialog of a first start: an empty book, or the sample shop to try things."""
from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCommandLinkButton, QDialog, QLabel, QVBoxLayout


class FirstRunDialog(QDialog):
    """Asks how to begin; `choice` is "empty" or "sample" after it is accepted."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.choice = ""
        self.setWindowTitle(self.tr("Welcome to Custbook"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Welcome to Custbook"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        text = QLabel(self.tr(
            "Custbook keeps your customers, their purchases, the calls you owe them and "
            "every complaint until it is resolved. Everything stays on this PC."))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.empty_button = QCommandLinkButton(
            self.tr("Start an empty book"),
            self.tr("Begin with your own customers. You can import them from Excel or your "
                    "phone later."))
        self.empty_button.setObjectName("startEmptyButton")
        self.sample_button = QCommandLinkButton(
            self.tr("Open the sample shop"),
            self.tr("A made-up clothing shop with 2,000 customers and two years of history, "
                    "to try everything without risk. Your own book stays separate."))
        self.sample_button.setObjectName("openSampleButton")
        layout.addWidget(self.empty_button)
        layout.addWidget(self.sample_button)
        self.empty_button.clicked.connect(lambda: self._choose("empty"))
        self.sample_button.clicked.connect(lambda: self._choose("sample"))

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
