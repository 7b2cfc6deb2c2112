"""The PDF satisfaction report, read back with pypdf: the figures and names are on paper."""
from __future__ import annotations

import base64
import datetime as dt
import io

import pytest
from pypdf import PdfReader

from custbook import db, settings
from custbook.cli import main as cli
from custbook.errors import ValidationError
from custbook.paper.satisfaction_report import previous_period, write_satisfaction_report
from tests.core.known_shop import END, START, build_known_shop


@pytest.fixture
def known(book):
    """The hand-worked shop of tests/core/known_shop.py (its docstring has the answers)."""
    return build_known_shop()


def _text(path) -> tuple[int, str]:
    reader = PdfReader(str(path))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def test_previous_period_has_the_same_length():
    assert previous_period(START, END) == (dt.date(2026, 6, 2), dt.date(2026, 8, 31))  # 91 days each


def test_the_report_carries_shop_figures_and_customers(known, tmp_path):
    settings.set("shop_name", "云裳服饰")
    out = write_satisfaction_report(tmp_path / "report.pdf", START, END)
    pages, text = _text(out)
    assert 4 <= pages <= 6
    assert "云裳服饰" in text and "2026-09-01 – 2026-11-30" in text
    assert "Satisfaction and loyalty report" in text
    assert "¥1,850" in text  # the period's revenue
    assert "60.0 %" in text  # satisfied: 3 of 5
    assert "98.8" in text  # average days between purchases
    assert "李强" in text  # the best customer
    assert "赵敏" in text  # the one at-risk customer to call
    assert "张伟" in text and "李娜" in text  # the staff breakdown
    assert f"Page {pages} of {pages}" in text


def test_the_cover_has_the_headline_figures_and_the_pdf_every_figure_of_the_page(
        known, tmp_path):
    from custbook.paper.satisfaction_data import gather, key_rows

    out = write_satisfaction_report(tmp_path / "report.pdf", START, END)
    reader = PdfReader(str(out))
    cover = reader.pages[0].extract_text()
    assert "¥1,850" in cover and "60.0 %" in cover  # revenue and satisfied, on the cover
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "First-time buyers who came back" in text and "Complaint promises kept" in text
    assert len(key_rows(gather(START, END))) == 16  # as many as the Reports page's cards
    assert "/09/" not in text and "2026-09" in text  # months read as months


def test_an_empty_book_still_makes_a_readable_report(book, tmp_path):
    out = write_satisfaction_report(tmp_path / "empty.pdf", START, END)
    pages, text = _text(out)
    assert pages >= 4
    assert "No purchases in this period." in text
    assert "Nobody is at risk" in text


def test_a_period_that_ends_before_it_starts_is_refused(book, tmp_path):
    with pytest.raises(ValidationError) as err:
        write_satisfaction_report(tmp_path / "bad.pdf", END, START)
    assert err.value.field == "end"
    assert not (tmp_path / "bad.pdf").exists()


def test_the_command_line_writes_the_same_report(known, tmp_path, capsys):
    book_path = db.book_location()  # where the `book` fixture opened it (a file or a URL)
    db.close_book()
    out = tmp_path / "cli.pdf"
    status = cli.run(["--db", book_path, "report", "satisfaction", "--from", "2026-09-01",
                      "--to", "2026-11-30", "--out", str(out)])
    assert status == 0
    assert str(out) in capsys.readouterr().out
    pages, text = _text(out)
    assert pages >= 4 and "李强" in text and "¥1,850" in text


def _png() -> str:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (120, 60), "#2f6f8f").save(buffer, "PNG")
    return base64.b64encode(buffer.getvalue()).decode()


def test_the_logo_is_on_the_cover_and_a_broken_one_is_left_out(book, tmp_path):
    settings.set("shop_logo_png_b64", _png())
    with_logo = write_satisfaction_report(tmp_path / "logo.pdf", START, END)
    assert len(PdfReader(str(with_logo)).pages[0].images) == 1
    settings.set("shop_logo_png_b64", "not a picture")
    broken = write_satisfaction_report(tmp_path / "broken.pdf", START, END)
    cover = PdfReader(str(broken)).pages[0]
    assert len(cover.images) == 0
    assert "Satisfaction and loyalty report" in cover.extract_text()
