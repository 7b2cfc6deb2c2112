"""The card's tab bar fits a 1024×768 screen in both languages: the less used parts
share two tabs (family, fields, files; timeline, figures, history of changes), and each
part is still one click away and reachable by name."""
from __future__ import annotations

import pytest

from tests.ui.customer_helpers import close_cards_without_asking
from tests.ui.test_customer_card import card_for, some_customer
from ui import i18n
from ui.customers.card_sections import part_title, show_part


@pytest.fixture(autouse=True)
def no_card_left_asking(qtbot):
    yield
    close_cards_without_asking()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_tab_bar_fits_the_card_at_1024_without_scrolling(sample_book, qtbot, language):
    i18n.install(language)
    try:
        card = card_for(qtbot, some_customer().id)
        card.resize(980, 680)  # the card's own size on a 1024×768 screen
        qtbot.waitUntil(lambda: card.tabs.width() < 980)
        assert card.tabs.count() == 8
        assert card.tabs.tabBar().sizeHint().width() <= card.tabs.width()
    finally:
        i18n.install("en")


def test_every_part_is_one_click_away_in_its_tab(sample_book, qtbot):
    card = card_for(qtbot, some_customer().id)
    parts = {card.family_tab: "Family", card.fields_tab: "Fields", card.files_tab: "Files",
             card.timeline: "Timeline", card.figures_panel: "Figures",
             card.audit_panel: "History of changes", card.membership_tab: "Membership card",
             card.purchases_tab: "Purchase history"}
    for part, title in parts.items():
        show_part(card.tabs, part)
        assert part.isVisible() and part_title(card.tabs, part) == title
    show_part(card.tabs, card.fields_tab)
    assert card.tabs.currentWidget() is card.details
    assert card.tabs.tabText(card.tabs.currentIndex()) == "More details"
    card.details.buttons[card.files_tab].click()  # the button row switches the part
    assert card.files_tab.isVisible() and not card.fields_tab.isVisible()
    assert card.details.findChild(type(card.details.buttons[card.files_tab]),
                                  "filesSectionButton").isChecked()


def test_a_new_customer_waits_for_the_first_save_in_the_grouped_tabs_too(book, qtbot):
    card = card_for(qtbot, None)
    for holder in (card.details, card.records):
        assert not card.tabs.isTabEnabled(card.tabs.indexOf(holder))
