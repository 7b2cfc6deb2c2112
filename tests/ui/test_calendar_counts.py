"""The calendar's counts are right after every action: done lowers "to do" everywhere."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from custbook.calendar import calendar_days, reminders
from tests.conftest import TODAY
from tests.ui.test_calendar_page import click_line, today_line


@pytest.fixture
def page(window, qtbot):
    window.show_page("calendar")
    page = window.pages["calendar"]
    page.show_view("month")
    return page


def _group_text(tree, starts: str) -> str:
    for i in range(tree.topLevelItemCount()):
        text = tree.topLevelItem(i).text(0)
        if text.startswith(starts):
            return text
    raise AssertionError(f"no group {starts!r}")


def _first_number(text: str) -> int:
    return int(re.search(r"\((\d+)", text).group(1))


def test_marking_done_lowers_todays_count_in_every_list(page, qtbot):
    before = reminders.agenda(TODAY).today_total
    line, occurrence = today_line(page)
    click_line(qtbot, page.today_panel, line)
    dialog = page.mark_done(occurrence)
    qtbot.mouseClick(dialog.result_buttons["reached"], Qt.MouseButton.LeftButton)
    dialog.save()
    after = reminders.agenda(TODAY).today_total
    assert after == before - 1
    assert _first_number(_group_text(page.today_panel, "Today")) == after
    day = _group_text(page.month_view.day_list, "Today, ")
    assert _first_number(day) == after and "1 done" in day  # done apart, not added
    counts = calendar_days.day_counts(TODAY, TODAY, TODAY)[TODAY]
    assert page.month_view.cell_counts(TODAY).open_total == counts.open_total
