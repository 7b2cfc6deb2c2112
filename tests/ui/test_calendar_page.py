"""The Calendar page as the shop owner uses it: the month grid, the Today panel, a day's
reminders, Done with an outcome into the contact log, snooze, skip, a new lunar birthday,
the visit sheet, .ics import and the reminder rules."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox, QPushButton

from custbook import settings
from custbook.calendar import calendar_days, reminder_actions, reminders
from custbook.customers import contacts, customers
from custbook.models import Reminder, SatisfactionRecord
from tests.conftest import TODAY

REALWORLD = Path(__file__).resolve().parents[1] / "data" / "realworld"


@pytest.fixture
def page(window, qtbot):
    window.show_page("calendar")
    page = window.pages["calendar"]
    page.show_view("month")
    return page


def click_line(qtbot, tree, item) -> None:
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def today_line(page, section: str = "today", with_customer: bool = True):
    """The first line of a Today-panel section (with a customer, if asked)."""
    panel = page.today_panel
    for i in range(panel.topLevelItemCount()):
        group = panel.topLevelItem(i)
        if group.data(1, Qt.ItemDataRole.UserRole) == section:
            for j in range(group.childCount()):
                item = group.child(j)
                occurrence = item.data(0, Qt.ItemDataRole.UserRole)
                if occurrence.customer_id or not with_customer:
                    panel.scrollToItem(item)
                    return item, occurrence
    raise AssertionError(f"no line in {section}")


def test_opening_the_book_ran_the_rules_and_says_what_is_due(window, page):
    from ui.calendar.startup import show_summary

    assert Reminder.select().where(Reminder.rule == "birthday").count() > 0
    window.show_page("home")
    assert show_summary(window, TODAY) is None  # Home lists the day's work itself
    window.show_page("customers")
    summary = show_summary(window, TODAY)
    agenda = reminders.agenda(TODAY)
    assert summary.text.text().startswith(f"Today: {agenda.today_total} to contact")
    assert f"{agenda.overdue_total} overdue" in summary.text.text()
    # a bar above the pages, in the layout: it covers no control of the page
    stack = window.stack
    top_of_pages = stack.mapTo(window, stack.rect().topLeft()).y()
    bottom_of_bar = summary.mapTo(window, summary.rect().bottomLeft()).y()
    assert summary.isVisible() and bottom_of_bar < top_of_pages
    summary.findChild(QPushButton, "summaryOpenCalendar").click()
    assert window.current_page_key() == "calendar" and window.today_summary is None


def test_the_month_grid_counts_each_day_by_kind(page, qtbot):
    assert page.period.text() == "November 2026"
    start, end = reminders.month_range(2026, 11)
    counts = calendar_days.day_counts(start, end, TODAY)
    busy = max(counts, key=lambda d: counts[d].open_total)
    assert page.month_view.cell_counts(busy).by_kind == counts[busy].by_kind
    assert sum(page.month_view.cell_counts(d).open_total for d in counts) == sum(
        c.open_total for c in counts.values()) > 50
    cell = page.month_view.grid.item(*divmod((busy - start).days, 7))
    assert cell.data(Qt.ItemDataRole.UserRole + 1).by_kind == counts[busy].by_kind
    assert not page.month_view.grab().isNull()  # the delegate paints every cell


def test_clicking_a_day_lists_its_reminders(page, qtbot):
    grid = page.month_view.grid
    start, _ = reminders.month_range(2026, 11)
    day = TODAY + dt.timedelta(days=2)
    row, column = divmod((day - start).days, 7)
    rect = grid.visualItemRect(grid.item(row, column))
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.day == day
    listed = [(o.reminder_id, o.status) for o in page.month_view.day_list.occurrences()]
    expected = [(o.reminder_id, o.status)
                for o in calendar_days.occurrences_between(day, day, TODAY)]
    assert listed == expected and listed


def test_the_today_panel_marks_overdue_and_lists_today_and_the_next_days(page):
    agenda = reminders.agenda(TODAY)
    counts = page.today_panel.section_counts()
    assert counts == {"overdue": agenda.overdue_total, "today": agenda.today_total,
                      "upcoming": agenda.upcoming_total}
    line, occurrence = today_line(page, "overdue")
    assert occurrence.overdue and line.foreground(0).color().name() == "#b00020"


def test_a_chosen_line_shows_who_why_last_purchase_and_talking_points(page, qtbot):
    from custbook.calendar import talking_points

    line, occurrence = today_line(page)
    click_line(qtbot, page.today_panel, line)
    assert page.detail.current == occurrence
    body = page.detail.body.text()
    brief = talking_points.brief(occurrence.customer_id, TODAY)
    assert occurrence.customer_name in page.detail.who.text()
    assert occurrence.title in body and "Last purchase" in body
    for label, _ in brief.points:
        assert label in body


def test_done_with_an_outcome_goes_into_the_contact_log(page, qtbot):
    line, occurrence = today_line(page)
    click_line(qtbot, page.today_panel, line)
    qtbot.mouseClick(page.detail.buttons["done"], Qt.MouseButton.LeftButton)
    dialog = page.current_dialog
    assert dialog.objectName() == "doneDialog" and dialog.isVisible()
    qtbot.mouseClick(dialog.result_buttons["reached"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.note, "Happy with the coat, wants a scarf")
    qtbot.mouseClick(dialog.rating.buttons["satisfied"], Qt.MouseButton.LeftButton)
    dialog.score.setValue(5)
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(dialog.finished, timeout=3000):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    entry = contacts.contacts_of(occurrence.customer_id)[0]
    assert entry.outcome == "Reached: Happy with the coat, wants a scarf"
    assert entry.summary == occurrence.title
    record = SatisfactionRecord.get_by_id(dialog.completion.satisfaction_id)
    assert (record.subject, record.rating, record.score) == ("follow_up", "satisfied", 5)
    done_ids = {o.reminder_id for o in page.today_panel.lines("today")}
    assert occurrence.reminder_id not in done_ids


def test_not_reached_brings_it_back_tomorrow(page, qtbot):
    line, occurrence = today_line(page)
    click_line(qtbot, page.today_panel, line)
    dialog = page.mark_done(occurrence)
    qtbot.mouseClick(dialog.result_buttons["not_reached"], Qt.MouseButton.LeftButton)
    assert dialog.retry.isEnabled()
    dialog.save()
    assert Reminder.get_by_id(occurrence.reminder_id).next_on == TODAY + dt.timedelta(days=1)
    assert occurrence.reminder_id in {o.reminder_id for o in page.today_panel.lines("upcoming")}


def test_snooze_until_tomorrow(page, qtbot):
    line, occurrence = today_line(page)
    click_line(qtbot, page.today_panel, line)
    page.detail.snooze_menu.findChild(type(page.action_new), "snooze1").trigger()
    assert Reminder.get_by_id(occurrence.reminder_id).next_on == TODAY + dt.timedelta(days=1)
    upcoming = {o.reminder_id: o for o in page.today_panel.lines("upcoming")}
    assert upcoming[occurrence.reminder_id].snoozed
    # and back to the chosen day by picking it in the calendar
    page.snooze(upcoming[occurrence.reminder_id], None)
    chooser = page.current_dialog
    from ui.calendar.common import qdate

    chooser.calendar.setSelectedDate(qdate(TODAY + dt.timedelta(days=5)))
    chooser.accept()
    assert Reminder.get_by_id(occurrence.reminder_id).next_on == TODAY + dt.timedelta(days=5)


def test_skipping_one_time_of_a_series_keeps_the_series(page, qtbot):
    weekly = reminder_actions.save_reminder({"title": "Weekly alterations call",
                                             "kind": "custom", "due_on": TODAY,
                                             "repeat": "weeks"}, TODAY)
    page.refresh()
    assert page.today_panel.select(weekly.id)
    assert page.detail.buttons["skip"].isEnabled()
    qtbot.mouseClick(page.detail.buttons["skip"], Qt.MouseButton.LeftButton)
    row = Reminder.get_by_id(weekly.id)
    assert row.next_on == TODAY + dt.timedelta(days=7) and row.done_at is None


def test_a_new_lunar_birthday_shows_on_the_right_solar_day_next_year(page, qtbot):
    customers.save_customer({"name": "Cherry Xu"}, ["13900139000"])  # not left to the sample's draw
    qtbot.mouseClick(page.findChild(type(page.go_today), "newReminderButton"),
                     Qt.MouseButton.LeftButton)
    dialog = page.current_dialog
    assert dialog.objectName() == "reminderDialog"
    customer_field = dialog.customer
    qtbot.keyClicks(customer_field.edit, "Cherry")
    qtbot.waitUntil(lambda: customer_field._model.rowCount() > 0, timeout=3000)
    customer_field.pick_text(customer_field._model.stringList()[0])
    qtbot.keyClicks(dialog.title_edit, "Grandma Xu's birthday")
    dialog.kind.setCurrentIndex(dialog.kind.findData("birthday"))
    dialog.repeat.setCurrentIndex(dialog.repeat.findData("yearly_lunar"))
    dialog.lunar_month.setValue(8)
    dialog.lunar_day.setValue(15)
    assert "2027-09-15" in dialog.preview.text() or "9/15/27" in dialog.preview.text()
    dialog.save()
    assert not dialog.isVisible()
    saved = Reminder.get(Reminder.title == "Grandma Xu's birthday")
    assert (saved.repeat, saved.lunar_month, saved.lunar_day, saved.next_on) == (
        "yearly_lunar", 8, 15, dt.date(2027, 9, 15))
    for _ in range(10):  # November 2026 -> September 2027
        qtbot.mouseClick(page.forward, Qt.MouseButton.LeftButton)
    assert page.period.text() == "September 2027"
    assert page.month_view.cell_counts(dt.date(2027, 9, 15)).by_kind.get("birthday", 0) >= 1
    page.month_view.choose_day(dt.date(2027, 9, 15))
    assert saved.id in [o.reminder_id for o in page.month_view.day_list.occurrences()]
    for _ in range(13):  # and the year after (October 2028), from the series' rule
        qtbot.mouseClick(page.forward, Qt.MouseButton.LeftButton)
    page.month_view.choose_day(dt.date(2028, 10, 3))
    later = [o for o in page.month_view.day_list.occurrences() if o.reminder_id == saved.id]
    assert [o.status for o in later] == ["later"]


def test_a_refused_reminder_keeps_what_was_typed(page, qtbot):
    dialog = page.new_reminder()
    qtbot.keyClicks(dialog.notes, "bring the catalogue")
    dialog.save()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "what the reminder is for" in dialog.error.text()
    assert dialog.notes.toPlainText() == "bring the catalogue"
    dialog.reject()


def test_the_week_view_shows_each_day_of_the_week(page, qtbot):
    qtbot.mouseClick(page.view_button["week"], Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.week_view
    monday = TODAY - dt.timedelta(days=TODAY.weekday())
    for column in range(7):
        day = monday + dt.timedelta(days=column)
        expected = [o.reminder_id for o in calendar_days.occurrences_between(
            day, day, TODAY, limit=page.week_view.PER_DAY)]
        assert [o.reminder_id for o in page.week_view.day_items(column)] == expected
    qtbot.mouseClick(page.view_button["agenda"], Qt.MouseButton.LeftButton)
    assert page.agenda_view.occurrences()[0].day >= TODAY


def test_the_visit_sheet_is_written_from_the_page(page, qtbot, tmp_path):
    from pypdf import PdfReader

    qtbot.mouseClick(page.findChild(type(page.go_today), "visitSheetButton"),
                     Qt.MouseButton.LeftButton)
    dialog = page.current_dialog
    written = []
    dialog.write(tmp_path / "sheet.pdf", written.append)
    qtbot.waitUntil(lambda: bool(written), timeout=10000)
    text = PdfReader(str(tmp_path / "sheet.pdf")).pages[0].extract_text()
    assert "Visit sheet" in text and written[0].entries > 0


def test_the_visit_sheet_dialog_shows_the_pages_of_each_layout_before_saving(
        page, qtbot, tmp_path):
    from pypdf import PdfReader

    from custbook.paper import visit_sheet

    page.print_sheet()
    dialog = page.current_dialog
    qtbot.waitUntil(lambda: bool(dialog.counts), timeout=15000)
    counts = visit_sheet.page_counts(TODAY, TODAY, TODAY)
    assert {k: v.pages for k, v in dialog.counts.items()} == {
        k: v.pages for k, v in counts.items()}
    shown = dialog.findChild(QLabel, "sheetPages").text()
    assert f"{counts['detailed'].entries} calls" in shown
    assert f"compact {counts['compact'].pages}" in shown
    dialog.compact.setChecked(True)
    assert f"{counts['compact'].pages} pages in this layout" in dialog.pages.text()
    written = []
    dialog.write(tmp_path / "compact.pdf", written.append)
    qtbot.waitUntil(lambda: bool(written), timeout=10000)
    assert len(PdfReader(str(tmp_path / "compact.pdf")).pages) == counts["compact"].pages
    assert dialog.choose_file.__name__ and "Visit sheet 2026-11-22.pdf" == \
        __import__("ui.pdf_print", fromlist=["x"]).paper_file_name("Visit sheet", "2026-11-22")


def test_printing_draws_the_sheet_pages_on_the_printer(page, qtbot, tmp_path):
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    from custbook.paper import visit_sheet
    from ui.pdf_print import paint_pdf

    sheet = visit_sheet.write_visit_sheet(tmp_path / "sheet.pdf", TODAY, TODAY, TODAY, limit=12)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert paint_pdf(printer, sheet.path) == sheet.pages
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == sheet.pages


def test_importing_a_calendar_shows_the_plan_then_imports(page, qtbot):
    dialog = page.import_ics(str(REALWORLD / "ics-rfc7529-lunar-and-feb29-yearly.ics"))
    plan = dialog.tree
    to_import, left_out = plan.topLevelItem(0), plan.topLevelItem(1)
    assert (to_import.childCount(), left_out.childCount()) == (2, 2)
    assert "Ethiopic" in left_out.child(0).text(2) + left_out.child(1).text(2)
    dialog.do_import()
    assert dialog.result_.created == 2
    assert Reminder.select().where(Reminder.rule == "ical").count() == 2


def test_a_file_that_is_not_a_calendar_is_refused_with_the_reason(page, qtbot, tmp_path):
    bad = tmp_path / "notes.ics"
    bad.write_text("shopping list: silk, buttons")
    assert page.import_ics(str(bad)) is None
    box = next(w for w in QApplication.topLevelWidgets() + page.findChildren(QMessageBox)
               if w.objectName() == "icalRefused")
    assert "BEGIN:VCALENDAR" in box.informativeText()
    box.close()


def test_the_rules_dialog_saves_and_the_calendar_follows(page, qtbot):
    dialog = page.edit_rules()
    dialog.birthday.click()  # birthday greetings off (the box may be scrolled out of view)
    assert not dialog.birthday.isChecked()
    dialog.save()  # the rules then run again in the background
    qtbot.waitUntil(lambda: not Reminder.select().where(
        (Reminder.rule == "birthday") & Reminder.next_on.is_null(False)).exists(), timeout=10000)
    assert settings.get("rule_birthday") is False
    dialog = page.edit_rules()
    dialog.shop_days.setPlainText("13-45 nonsense")
    dialog.save()
    assert dialog.isVisible() and "Line 1" in dialog.error.text()
    dialog.reject()
