"""Interest topics offered on the card: a button whose menu lists the shop's topics
(Settings › The shop's words › Interest topics). Choosing one adds it to what the field
says; the field stays free text, so a topic the list lacks is simply typed."""
from __future__ import annotations

from PySide6.QtWidgets import QMenu, QPlainTextEdit, QPushButton

from custbook.shop import words


def _chinese(text: str) -> bool:
    return any("\u2e80" <= ch <= "\u9fff" for ch in text)


class TopicPicker(QPushButton):
    """"Add a topic ▾" under the card's interest topics field."""

    def __init__(self, edit: QPlainTextEdit, parent=None):
        super().__init__(parent)
        self.edit = edit
        self.setObjectName("topicPicker")
        self.setText(self.tr("Add a topic"))
        self.setMenu(QMenu(self))
        self.menu().aboutToShow.connect(self.fill)  # the list may have changed in Settings

    def fill(self) -> None:
        """List the shop's topics; those the field already names are ticked."""
        menu = self.menu()
        menu.clear()
        topics = words.interest_topics()
        if not topics:
            empty = menu.addAction(self.tr("No topics yet: add them in File › Settings › The "
                                           "shop's words › Interest topics"))
            empty.setEnabled(False)
            return
        text = self.edit.toPlainText()
        for topic in topics:
            action = menu.addAction(topic)
            action.setCheckable(True)
            action.setChecked(topic in text)
            action.triggered.connect(lambda _=False, t=topic: self.add(t))

    def add(self, topic: str) -> None:
        """Add `topic` to the field (once), after what is there."""
        text = self.edit.toPlainText().rstrip(" ,，、;；")
        if topic in text:
            return
        separator = "、" if _chinese(text + topic) else ", "
        self.edit.setPlainText(f"{text}{separator}{topic}" if text.strip() else topic)
