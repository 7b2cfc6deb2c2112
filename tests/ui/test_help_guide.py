"""The help guide: shipped with the app, in both languages, F1 opens the page's section."""
from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QTextDocument

from custbook import resources
from ui import i18n
from ui.help import guide


def _images_of(language: str) -> list[str]:
    text, _ = guide.guide_text(language)
    return [line.split("](", 1)[1].rstrip(")") for line in text.splitlines()
            if line.startswith("![")]


def test_the_guide_ships_in_both_languages_with_the_same_sections():
    _, english = guide.guide_text("en")
    _, chinese = guide.guide_text("zh_CN")
    assert list(english) == list(chinese)
    assert {"first-day", "daily", "complaints", "printing", "backups",
            "shared-book"} <= set(english)
    assert set(guide.PAGE_SECTIONS.values()) <= set(english)
    assert "导入" in guide.guide_text("zh_CN")[0]
    for language in ("en", "zh_CN"):
        for image in _images_of(language):  # real screenshots, shipped beside the text
            assert (resources.path("guide") / image).is_file(), image


def test_f1_on_the_calendar_page_opens_the_guide_at_the_calendar(window, qtbot):
    window.show_page("calendar")
    window.findChild(QAction, "actionGuide").trigger()
    shown = guide._window
    qtbot.addWidget(shown)
    assert shown.isVisible()
    assert shown.sections_list.currentItem().text() == "Calendar and reminders"
    bar = shown.browser.verticalScrollBar()
    assert bar.value() > 0  # scrolled down to the section, not left at the top
    assert "{#" not in shown.browser.toPlainText()


def test_the_guide_follows_the_windows_language_and_shows_its_pictures(window, qtbot):
    i18n.install("zh_CN")
    shown = guide.open_guide(window, "complaints")
    qtbot.addWidget(shown)
    assert shown.sections_list.currentItem().text() == "投诉：一步一步处理"
    document = shown.browser.document()
    for image in _images_of("zh_CN"):
        loaded = document.resource(QTextDocument.ResourceType.ImageResource,
                                   document.baseUrl().resolved(QUrl(image)))
        assert loaded is not None and not loaded.isNull(), image
    shown.close()
