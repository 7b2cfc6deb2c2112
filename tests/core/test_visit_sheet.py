"""The printed visit sheet, read back from the PDF: who, phone, why, last purchase, talking
points, and room for the outcome and a signature; Chinese in the embedded font."""
from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader

from custbook import settings
from custbook.calendar import reminder_rules, reminders, talking_points
from custbook.paper import visit_sheet
from tests.conftest import TODAY


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_todays_sheet_lists_every_call_with_what_to_know(sample_book, tmp_path):
    settings.set("shop_name", "丽人服饰")
    reminder_rules.run_rules(TODAY)
    agenda = reminders.agenda(TODAY, 0)
    path = tmp_path / "visit.pdf"
    sheet = visit_sheet.write_visit_sheet(path, TODAY, TODAY, TODAY, limit=None)
    assert sheet.entries == agenda.overdue_total + agenda.today_total and sheet.left_out == 0
    reader = PdfReader(str(path))
    assert len(reader.pages) == sheet.pages > 1
    text = text_of(path)
    assert "Visit sheet" in text and "丽人服饰" in text
    assert f"Calls for {TODAY.isoformat()}" in text
    for item in agenda.today[:5]:
        assert item.customer_name in text
        if item.phone:
            assert item.phone in text
    briefs = talking_points.briefs([i.customer_id for i in agenda.today[:5]], TODAY)
    with_points = next(b for b in briefs.values() if b.points)
    assert with_points.points[0][1][:10] in text.replace("\n", "")
    for words in ("Last purchase", "Talking points", "Outcome", "Reached", "Not reached",
                  "Call back later", "Signature", f"Page 1 of {sheet.pages}"):
        assert words in text
    if agenda.overdue:
        assert "overdue since" in text


def test_the_chinese_font_is_embedded(sample_book, tmp_path):
    reminder_rules.run_rules(TODAY)
    path = tmp_path / "visit.pdf"
    visit_sheet.write_visit_sheet(path, TODAY, TODAY, TODAY, limit=20)
    fonts = set()
    for page in PdfReader(str(path)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.add(str(font["/BaseFont"]))
            assert "/FontFile2" in font["/FontDescriptor"].get_object()  # embedded TrueType
    assert fonts and all("WenQuanYi" in f for f in fonts)


def test_a_range_is_grouped_by_day_and_a_long_one_says_what_is_left_out(sample_book, tmp_path):
    reminder_rules.run_rules(TODAY)
    start, end = TODAY + dt.timedelta(days=1), TODAY + dt.timedelta(days=3)
    path = tmp_path / "range.pdf"
    sheet = visit_sheet.write_visit_sheet(path, start, end, TODAY, limit=30)
    text = text_of(path)
    assert f"Calls from {start.isoformat()} to {end.isoformat()}" in text
    assert start.isoformat() in text and sheet.left_out > 0
    assert f"{sheet.left_out} more are not on this sheet" in text
    assert "overdue since" not in text  # a range in the future has no overdue calls


def test_a_day_without_calls_says_so(book, tmp_path):
    path = tmp_path / "empty.pdf"
    sheet = visit_sheet.write_visit_sheet(path, TODAY, TODAY, TODAY)
    assert sheet.entries == 0 and "Nobody to contact" in text_of(path)


@pytest.mark.sqlite_only("how the calls are laid out on paper; the database does not matter")
def test_a_busy_day_fits_at_least_15_customers_on_each_compact_page(book, tmp_path):
    from custbook import db
    from custbook.models import Customer, CustomerPhone, Reminder

    with db.database_obj().atomic():
        for n in range(180):  # a day of 180 calls
            customer = Customer.create(name=f"客户{n:03d}", created_at=dt.datetime(2026, 1, 1),
                                       updated_at=dt.datetime(2026, 1, 1))
            CustomerPhone.create(customer=customer, number=f"+86138{n:08d}", is_primary=True,
                                 digits=f"138{n:08d}")
            Reminder.create(customer=customer, kind="follow_up", title=f"回访{n}：外套穿着感受",
                            due_on=TODAY, next_on=TODAY, show_on=TODAY)
    counts = visit_sheet.page_counts(TODAY, TODAY, TODAY)
    compact, detailed = counts["compact"], counts["detailed"]
    assert compact.entries == detailed.entries == 180
    assert compact.pages <= 180 // 15 < detailed.pages
    path = tmp_path / "compact.pdf"
    visit_sheet.write_visit_sheet(path, TODAY, TODAY, TODAY, layout="compact")
    text = text_of(path)
    assert "客户000" in text and "客户179" in text and "138 0000 0000" in text
