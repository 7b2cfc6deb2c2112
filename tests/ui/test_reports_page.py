"""The Reports page saves the satisfaction report of the chosen period as a PDF."""
from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt

from tests.conftest import TODAY


def test_save_as_pdf_writes_the_report_of_the_chosen_period(window, qtbot, tmp_path):
    window.show_page("reports")
    page = window.pages["reports"]
    page.period.setCurrentIndex(1)  # last 90 days
    start, end = page.period_days()
    assert end == TODAY and (end - start).days == 89
    out = tmp_path / "report.pdf"
    with qtbot.waitSignal(page.save_pdf(str(out)).sig_finished, timeout=30000):
        assert not page.save_button.isEnabled()  # no second report while one is written
    assert page.save_button.isEnabled()
    assert str(out) in page.saved_label.text()
    reader = PdfReader(str(out))
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert len(reader.pages) >= 4
    assert f"{start.isoformat()} – {end.isoformat()}" in text
    assert "Key figures" in text


def test_the_button_is_on_the_page_and_named(window, qtbot):
    window.show_page("reports")
    page = window.pages["reports"]
    assert page.save_button.isVisible()
    assert page.save_button.text() == "Save as PDF…"
    assert page.save_button.focusPolicy() != Qt.FocusPolicy.NoFocus
