"""The calendar's counts are right after every action: done lowers "to do" everywhere."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

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


def test_narrow_cells_keep_every_count_and_a_legend_names_the_colours(page, qtbot):
    from ui.calendar.common import kind_name

    window = page.window()
    window.resize(1024, 740)
    start, end = reminders.month_range(2026, 11)
    counts = calendar_days.day_counts(start, end, TODAY)
    kinds = {k for c in counts.values() for k, n in c.by_kind.items() if n}
    shown = QTextDocument()
    shown.setHtml(page.month_view.legend.text())  # as read: no-break spaces and joiners plain
    legend = shown.toPlainText().replace("\xa0", " ").replace("\u2060", "")
    assert all(kind_name(k) in legend for k in kinds)
    busy = max(counts, key=lambda d: len([n for n in counts[d].by_kind.values() if n]))
    tip = page.month_view._tooltip(busy)  # the full list on hover
    assert all(kind_name(k) in tip for k, n in counts[busy].by_kind.items() if n)
    assert not page.month_view.grab().isNull()


def test_the_today_panel_shows_whom_to_call_and_their_number_first(page):
    line, occurrence = today_line(page)
    assert (line.text(1), line.text(2)) == (occurrence.customer_name, occurrence.phone)
    assert page.today_panel.columnWidth(0) >= page.today_panel.fontMetrics().horizontalAdvance(
        "2026-11-18 15:00")


def test_a_name_in_the_week_view_is_never_split_over_two_lines(page):
    page.show_view("week")
    week = page.week_view
    assert all(not column.wordWrap() for column in week.columns)
    items = [week.columns[c].item(i) for c in range(7) for i in range(week.columns[c].count())]
    named = [i for i in items if i.data(Qt.ItemDataRole.UserRole) is not None]
    assert named and all(i.text().split("\n")[0].lstrip("✓") ==
                         (i.data(Qt.ItemDataRole.UserRole).customer_name or "(the shop)")
                         for i in named)
