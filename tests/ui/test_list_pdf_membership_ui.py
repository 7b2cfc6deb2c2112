"""The list saved from the Customers page prints the membership columns the table shows."""
from __future__ import annotations

from pypdf import PdfReader

from custbook.membership import ledger
from ui.paper.actions import save_list


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_the_shown_balance_columns_are_on_the_saved_list(window, qtbot, tmp_path):
    page = window.pages["customers"]
    first = page.model.customer_id(0)
    ledger.top_up(first, 246810)
    ledger.earn_points(first, 97531)
    page.model.reload()
    hidden = save_list(page, window, str(tmp_path / "hidden.pdf"))
    qtbot.waitUntil(lambda: hidden.last_result is not None, timeout=20000)
    assert "2,468.10" not in text_of(tmp_path / "hidden.pdf")  # hidden by default
    for key in ("member_value", "member_points"):
        page.table.setColumnHidden(page.model.COLUMNS.index(key), False)
    assert {"member_value", "member_points"} <= set(page.table.visible_columns())
    shown = save_list(page, window, str(tmp_path / "shown.pdf"))
    qtbot.waitUntil(lambda: shown.last_result.path.name == "shown.pdf", timeout=20000)
    text = text_of(tmp_path / "shown.pdf")
    assert "Stored value" in text and "Points" in text
    assert "¥2,468.10" in text and "97,531" in text
