"""The guide window: the shipped Markdown guide in the window's language, offline.

The guide lives in custbook/resources/guide/<language>.md (package data, so it is in
the wheel and the frozen release), with screenshots under guide/images/<language>/.
Each section heading ends in `{#key}`; F1 on a page opens the section of that page's
key (customers, calendar, complaints, reports, home, settings...). Qt's Markdown has
no heading anchors, so the keys are cut from the text before it is shown and the
section is found again by its heading block.
"""
from __future__ import annotations

import re

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from custbook import resources
from ui import i18n

ROLE = Qt.ItemDataRole.UserRole
HEADING = re.compile(r"^(#{2,3})\s+(.*?)\s*\{#([\w-]+)\}\s*$", re.M)
# Which section F1 opens on each page; a page not listed opens the start.
PAGE_SECTIONS = {"customers": "customers", "calendar": "calendar", "complaints": "complaints",
                 "reports": "reports", "home": "daily", "settings": "first-day"}


def guide_text(language: str) -> tuple[str, dict[str, str]]:
    """The guide's Markdown (keys removed) and {key: heading} for `language`."""
    folder = resources.path("guide")
    path = folder / f"{language}.md"
    if not path.exists():
        path = folder / "en.md"
    text = path.read_text(encoding="utf-8")
    sections = {m.group(3): m.group(2) for m in HEADING.finditer(text)}
    return HEADING.sub(lambda m: f"{m.group(1)} {m.group(2)}", text), sections


class GuideWindow(QDialog):
    """The guide, with its sections listed on the left; stays open beside the window."""

    sig_section_shown = Signal(str)  # the key of the section scrolled to

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("guideWindow")
        self.setWindowTitle(self.tr("Custbook guide"))
        self.resize(900, 640)
        self.sections_list = QListWidget()
        self.sections_list.setObjectName("guideSections")
        self.sections_list.setMaximumWidth(220)
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideText")
        self.browser.setOpenExternalLinks(False)
        split = QSplitter()
        split.addWidget(self.sections_list)
        split.addWidget(self.browser)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        row = QHBoxLayout()
        row.addWidget(split)
        layout.addLayout(row)
        self.sections_list.currentItemChanged.connect(
            lambda item, _old: item is not None and self.show_section(item.data(ROLE)))
        self.language = ""
        self.sections: dict[str, str] = {}
        self.load()

    def load(self) -> None:
        """(Re)read the guide in the window's current language."""
        self.language = i18n.current_language()
        text, self.sections = guide_text(self.language)
        folder = resources.path("guide")
        self.browser.setSearchPaths([str(folder)])
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(folder) + "/"))
        self.browser.setMarkdown(text)
        self.sections_list.blockSignals(True)
        self.sections_list.clear()
        for key, heading in self.sections.items():
            item = QListWidgetItem(heading)
            item.setData(ROLE, key)
            self.sections_list.addItem(item)
        self.sections_list.blockSignals(False)

    def show_section(self, key: str) -> bool:
        """Scroll so the section `key` starts at the top; False if there is none."""
        heading = self.sections.get(key)
        if heading is None:
            return False
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() and block.text().strip() == heading:
                layout = self.browser.document().documentLayout()
                top = int(layout.blockBoundingRect(block).top())
                cursor = QTextCursor(block)
                self.browser.setTextCursor(cursor)
                self.browser.verticalScrollBar().setValue(top)
                for row in range(self.sections_list.count()):
                    if self.sections_list.item(row).data(ROLE) == key:
                        self.sections_list.blockSignals(True)
                        self.sections_list.setCurrentRow(row)
                        self.sections_list.blockSignals(False)
                self.sig_section_shown.emit(key)
                return True
            block = block.next()
        return False


_window: GuideWindow | None = None


def open_guide(parent: QWidget | None = None, page_key: str = "") -> GuideWindow:
    """Show the guide (one window, reused), at the section of `page_key` if it has one."""
    global _window
    if _window is not None and not isValid(_window):
        _window = None  # it went with the window it belonged to
    if _window is None or _window.language != i18n.current_language():
        if _window is not None:
            _window.close()
        _window = GuideWindow(parent)
    _window.show()
    _window.raise_()
    _window.activateWindow()
    section = PAGE_SECTIONS.get(page_key)
    if section:
        _window.show_section(section)
    return _window
