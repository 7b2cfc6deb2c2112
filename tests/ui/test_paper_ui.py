"""Printing from the window: the card's Print… opens the preview on the customer sheet,
the list as shown is what the page shows, the labels dialog counts sheets for the layout
chosen and remembers it."""
from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QPushButton

from custbook.customers import customers
from custbook.customers.customer_query import CustomerQuery
from tests.ui.customer_helpers import search, select_rows


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def find_preview(name: str) -> QPrintPreviewDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QPrintPreviewDialog) and widget.objectName() == name \
                and widget.isVisible():
            return widget
    return None


def test_print_on_the_card_opens_the_preview_of_the_customer_sheet(window, qtbot):
    page = window.pages["customers"]
    customer_id = page.model.customer_id(0)
    name = page.model.row_of(0).name
    card = page.open_customer(customer_id)
    button = card.findChild(QPushButton, "cardPrintButton")
    assert button.isVisible()
    button.click()
    qtbot.waitUntil(lambda: find_preview("paperPreview") is not None, timeout=15000)
    preview = find_preview("paperPreview")
    from ui.paper.actions import jobs_of

    sheet = jobs_of(card).last_result
    assert sheet.pages >= 1 and name in text_of(sheet.path)
    preview.close()
    card.close()


def test_printing_a_card_with_unsaved_edits_saves_them_first(window, qtbot):
    from tests.ui.customer_helpers import type_into
    from ui.paper.actions import jobs_of

    page = window.pages["customers"]
    customer_id = page.model.customer_id(0)
    card = page.open_customer(customer_id)
    type_into(card.form.name_edit, "改过的名字")
    assert card.is_dirty()
    card.findChild(QPushButton, "cardPrintButton").click()
    qtbot.waitUntil(lambda: find_preview("paperPreview") is not None, timeout=15000)
    assert not card.is_dirty() and customers.get_card(customer_id).fields["name"] == "改过的名字"
    assert "改过的名字" in text_of(jobs_of(card).last_result.path)
    find_preview("paperPreview").close()
    card.close()


def test_a_new_card_has_nothing_to_print_yet(window, qtbot):
    from ui.customers.card import open_card

    card = open_card(window, None)
    assert not card.findChild(QPushButton, "cardPrintButton").isVisible()
    card.close()


def test_the_list_as_shown_holds_only_what_the_search_found(window, qtbot, tmp_path):
    page = window.pages["customers"]
    search(qtbot, page, "张")
    shown = page.model.total()
    assert 0 < shown < 300
    from ui.paper.actions import save_list

    target = tmp_path / "list.pdf"
    jobs = save_list(page, window, str(target))
    qtbot.waitUntil(lambda: jobs.last_result is not None, timeout=20000)
    assert jobs.last_result.customers == shown
    text = text_of(target)
    assert "Search: 张" in text and f"{shown} customers" in text
    everyone = customers.list_customers(0, 300, query=CustomerQuery())
    found = {r.name for r in customers.list_customers(0, 300, query=page.model.query())}
    assert found and all(name in text for name in found)
    others = [r.name for r in everyone if r.name not in found
              and not any(r.name in name for name in found)]
    assert others and not any(name in text for name in others)


def test_the_menu_prints_the_list_and_the_context_menu_the_sheet(window, qtbot):
    page = window.pages["customers"]
    action = window.findChild(QAction, "actionPrintCustomerSheet")
    assert action is not None and not action.isEnabled()  # nobody selected yet
    select_rows(page, [0])
    assert action.isEnabled() and action in page.extra_menu_actions
    window.findChild(QAction, "actionPrintCustomerList").trigger()
    qtbot.waitUntil(lambda: find_preview("paperPreview") is not None, timeout=30000)
    find_preview("paperPreview").close()


def test_labels_dialog_counts_sheets_for_the_chosen_layout(window, qtbot, tmp_path):
    from ui.paper.labels_dialog import LabelsDialog

    page = window.pages["customers"]
    dialog = LabelsDialog(window, page.model.query(), [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20000)
    plan = dialog.plan
    assert plan.labels + plan.skipped == 300 and plan.skipped > 0
    assert "have no address and are left out" in dialog.summary.text()
    assert dialog.preset.currentData() == "3x7-70x42.3"
    assert dialog.sheets() == -(-plan.labels // 21)
    # a custom sheet of 2 × 5 labels: more sheets
    dialog.columns.setValue(2)
    dialog.rows.setValue(5)
    assert dialog.preset.currentData() == "custom"
    assert dialog.sheets() == -(-plan.labels // 10)
    assert f"on {dialog.sheets()} sheets" in dialog.summary.text()
    # a sheet that cannot fit on A4 is refused with the reason, nothing can be printed
    dialog.rows.setValue(30)
    assert dialog.layout_error.isVisible() and "taller than A4" in dialog.layout_error.text()
    assert not dialog.print_button.isEnabled()
    dialog.rows.setValue(5)
    dialog.start_at.setValue(4)
    assert "row 2, column 2" in dialog.start_hint.text()
    dialog.save(str(tmp_path / "labels.pdf"))
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20000)
    assert dialog.result.pages == -(-(plan.labels + 3) // 10)
    assert len(PdfReader(str(tmp_path / "labels.pdf")).pages) == dialog.result.pages
    dialog.close()
    # the custom sheet is remembered for next time
    again = LabelsDialog(window, page.model.query(), [])
    qtbot.addWidget(again)
    assert again.preset.currentData() == "custom"
    assert (again.columns.value(), again.rows.value()) == (2, 5)
    qtbot.waitUntil(lambda: again.plan is not None, timeout=20000)
    again.close()


def test_labels_for_the_selection_and_the_preview(window, qtbot):
    page = window.pages["customers"]
    select_rows(page, [0, 1, 2])
    window.findChild(QAction, "actionAddressLabels").trigger()
    dialog = window.paper_actions.dialog
    qtbot.addWidget(dialog)
    assert dialog.from_selection.isChecked()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20000)
    assert dialog.plan.customers == 3
    if dialog.plan.labels:
        dialog.print_button.click()
        qtbot.waitUntil(lambda: find_preview("labelsPreview") is not None, timeout=20000)
        find_preview("labelsPreview").close()
    dialog.close()
