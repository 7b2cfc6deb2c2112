"""The printed complaint sheet, read back from the PDF: every field, every step, signatures."""
from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader

from custbook import complaints as C
from custbook import i18n, settings
from custbook.customers import customers
from custbook.models import Staff
from custbook.paper.complaint_sheet import write_complaint_sheet

NOW = dt.datetime(2026, 11, 22, 15, 0)
RECEIVED = dt.datetime(2026, 11, 20, 10, 30)


def text_of(path) -> str:
    reader = PdfReader(str(path))
    return "\n".join(page.extract_text() for page in reader.pages)


@pytest.fixture
def handled(book):
    """A complaint taken through every step."""
    settings.set("shop_name", "云裳服饰")
    staff = Staff.create(name="张伟").id
    customer = customers.save_customer({"name": "王芳"}, ["13800138000"]).id
    c = C.create_complaint({"customer": customer, "received_at": RECEIVED, "channel": "phone",
                            "customer_words": "真丝衬衫洗了一次就缩水了", "staff": staff,
                            "severity": 3}, now=NOW)
    steps = {
        "listen": {"listen_notes": "顾客很生气"},
        "apology": {"apology_given": True, "apology_words": "非常抱歉给您添麻烦"},
        "cause": {"cause": "面料批次问题", "fault": "supplier"},
        "remedy": {"remedy": "换一件新的", "remedy_accepted": True},
        "compensation": {"compensation_kind": "voucher", "compensation_cents": 123450},
        "promise": {"promise": "新货到了先通知她", "promise_due": dt.date(2026, 11, 21),
                    "promise_kept": True},
        "result": {"result": "satisfied", "result_comment": "下次还来"},
        "follow_up": {"follow_up_on": dt.date(2026, 11, 22), "follow_up_outcome": "回访满意"},
    }
    for step, values in steps.items():
        C.record_step(c.id, step, values, now=NOW)
    C.close_complaint(c.id, now=NOW)
    return c.id


def test_the_sheet_holds_every_field_and_step_in_english(handled, tmp_path):
    path = write_complaint_sheet(handled, tmp_path / "sheet.pdf", now=NOW)
    text = text_of(path)
    for expected in ("Complaint sheet", "云裳服饰", "No. 000001", "Status: Closed", "王芳",
                     "138 0013 8000", "2026-11-20 10:30", "Phone", "Serious",
                     "真丝衬衫洗了一次就缩水了", "顾客很生气", "非常抱歉给您添麻烦", "面料批次问题",
                     "The supplier", "换一件新的", "Voucher", "¥1,234.50", "新货到了先通知她",
                     "Kept", "Satisfied", "下次还来", "回访满意", "By: 张伟",
                     "Customer's signature", "Staff member's signature", "Page 1 of 1"):
        assert expected in text, expected
    for number, title in enumerate(("Listen and empathise", "Apologise", "Find the cause",
                                    "Remedy", "Compensation", "Promise", "Result",
                                    "Follow-up"), start=1):
        assert f"{number}. {title}" in text


def test_a_new_complaint_prints_as_a_form_to_fill_in(book, tmp_path):
    c = C.create_complaint({"walk_in_name": "路人甲", "customer_words": "试衣间太乱",
                            "received_at": RECEIVED}, now=NOW)
    text = text_of(write_complaint_sheet(c.id, tmp_path / "blank.pdf", now=NOW))
    assert "路人甲 (walk-in, no customer card)" in text
    assert "Status: New" in text and "to do" in text
    for choice in ("□ Yes", "□ No", "□ Satisfied", "□ Dissatisfied", "□ Refund", "□ Kept"):
        assert choice in text, choice


def test_the_sheet_speaks_chinese_when_the_window_does(handled, tmp_path):
    words = {"Complaint sheet": "投诉处理单", "Listen and empathise": "倾听与共情",
             "Customer's signature": "顾客签名", "Closed": "已结案"}
    i18n.set_translator(lambda context, text: words.get(text, text))
    try:
        text = text_of(write_complaint_sheet(handled, tmp_path / "zh.pdf", now=NOW))
    finally:
        i18n.set_translator(None)
    assert "投诉处理单" in text and "1. 倾听与共情" in text and "顾客签名" in text
    assert "已结案" in text and "真丝衬衫洗了一次就缩水了" in text


def test_the_font_is_embedded(handled, tmp_path):
    reader = PdfReader(str(write_complaint_sheet(handled, tmp_path / "s.pdf", now=NOW)))
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor") or font["/DescendantFonts"][0].get_object()[
                "/FontDescriptor"]
            descriptor = descriptor.get_object()
            assert any(key in descriptor for key in ("/FontFile2", "/FontFile", "/FontFile3"))
            fonts.add(str(font["/BaseFont"]))
    assert fonts and all("WenQuanYi" in name or "+" in name for name in fonts)


def test_the_signatures_stay_with_the_last_step_and_a_handled_complaint_fits_one_page(
        handled, tmp_path):
    reader = PdfReader(str(write_complaint_sheet(handled, tmp_path / "one.pdf", now=NOW)))
    assert len(reader.pages) == 1  # a typical complaint: one sheet of A4
    # a long story pushes the sheet onto a second page: the signatures go with step 8
    long = C.create_complaint({"walk_in_name": "路人乙", "received_at": RECEIVED,
                               "customer_words": "试衣间太乱，" * 400}, now=NOW)
    reader = PdfReader(str(write_complaint_sheet(long.id, tmp_path / "two.pdf", now=NOW)))
    pages = [page.extract_text() for page in reader.pages]
    assert len(pages) == 2
    [signed] = [text for text in pages if "Customer's signature" in text]
    assert "8. Follow-up" in signed
