"""The Reports page: the satisfaction report of a chosen period, on screen and on paper.

Figures are checked against the core's own numbers for the same period; charts by the
numbers they draw and by a painted, non-blank picture; Save and Print by the PDF they
write (read back with pypdf).
"""
from __future__ import annotations

import datetime as dt
import gc
import time

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPointF, Qt
from PySide6.QtPrintSupport import QPrintPreviewDialog

from custbook.loyalty import loyalty, satisfaction
from custbook.complaints.figures import complaint_figures
from custbook import money
from custbook.paper.satisfaction_data import gather, key_rows, num, pct
from tests.conftest import TODAY
from ui.reports.period import preset_range


@pytest.fixture(autouse=True)
def collect_on_the_ui_thread():
    """Collect the windows of earlier tests here, on the UI thread.

    Python may otherwise collect them on a background thread (the PDF writer allocates
    a lot), and a Qt object deleted from another thread leaves a timer that fires on
    freed memory.
    """
    gc.collect()
    yield
    gc.collect()


def wait_loaded(page, qtbot) -> None:
    """Wait until the page shows the figures of the period chosen in its picker."""
    qtbot.waitUntil(lambda: not page.is_loading() and page.data is not None
                    and (page.data.start, page.data.end) == page.period_days(), timeout=30000)


@pytest.fixture
def page(window, qtbot):
    window.show_page("reports")
    page = window.pages["reports"]
    wait_loaded(page, qtbot)
    return page


def card(page, key: str):
    return next(c for c in page.cards if c.figure and c.figure.key == key)


def distinct_colours(widget) -> int:
    image = widget.grab().toImage()
    seen = set()
    for x in range(0, image.width(), 3):
        for y in range(0, image.height(), 3):
            seen.add(image.pixel(x, y))
    return len(seen)


def test_presets_are_the_periods_a_shop_owner_means():
    today = dt.date(2026, 11, 22)
    assert preset_range("this_month", today) == (dt.date(2026, 11, 1), today)
    assert preset_range("last_month", today) == (dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    assert preset_range("last_30", today) == (dt.date(2026, 10, 24), today)
    assert preset_range("last_90", today) == (dt.date(2026, 8, 25), today)
    assert preset_range("this_year", today) == (dt.date(2026, 1, 1), today)
    assert preset_range("last_year", today) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert preset_range("last_12_months", today) == (dt.date(2025, 11, 23), today)
    assert preset_range("last_month", dt.date(2026, 1, 15)) == (dt.date(2025, 12, 1),
                                                                dt.date(2025, 12, 31))
    assert preset_range("last_12_months", dt.date(2028, 2, 29)) == (dt.date(2027, 3, 1),
                                                                    dt.date(2028, 2, 29))


def test_the_figures_shown_are_the_core_figures_of_the_chosen_period(page, qtbot):
    page.picker.choose("last_90")
    wait_loaded(page, qtbot)
    start, end = page.period_days()
    assert (start, end) == (dt.date(2026, 8, 25), TODAY)
    lo = loyalty.loyalty_figures(start, end)
    sa = satisfaction.satisfaction_figures(start, end)
    co = complaint_figures(start, end)
    assert lo.active_customers > 0 and sa.total > 0  # the sample shop has a real period
    assert card(page, "revenue").value.text() == money.format_cents(lo.revenue_cents, decimals=False)
    assert card(page, "active").value.text() == num(lo.active_customers)
    assert card(page, "new").value.text() == num(lo.new_customers)
    assert card(page, "repeat").value.text() == pct(lo.repeat_share)
    assert card(page, "satisfied").value.text() == pct(sa.satisfied_share)
    assert card(page, "nps").value.text() == num(sa.nps)
    assert card(page, "complaints").value.text() == num(co.received)
    assert card(page, "promises").value.text() == pct(co.promises_kept_share)
    # every key figure of the printed report is on a card, with the same value and change
    shown = {c.name.text(): c for c in page.cards}
    for name, value, previous, (change, _) in key_rows(gather(start, end)):
        assert shown[name].value.text() == value, name
        assert shown[name].figure.previous == previous, name
        assert shown[name].figure.change == change, name
    assert "2026-08-25 – 2026-11-22" in page.compare_label.text()
    assert "compared with 2026-05-27 – 2026-08-24" in page.compare_label.text()


def test_the_page_gathers_exactly_what_the_printed_report_gathers(sample_book):
    from ui.reports.gathering import gather_concurrently

    for start, end in ((dt.date(2026, 8, 25), TODAY), (dt.date(2025, 1, 1), dt.date(2025, 12, 31))):
        expected = gather(start, end)
        assert gather_concurrently(start, end, parallel=3) == expected
        assert gather_concurrently(start, end, parallel=1) == expected


def test_the_change_arrow_says_better_or_worse_per_figure(page):
    for c in page.cards:
        f = c.figure
        if f.verdict:
            colour = "#1e7b34" if f.verdict == "better" else "#b00020"
            assert colour in c.change.text() and ("▲" if f.trend > 0 else "▼") in c.change.text()
    lower_is_better = {"complaints", "response", "interval"}
    for c in page.cards:
        f = c.figure
        if f.key in lower_is_better and f.trend:
            assert f.verdict == ("worse" if f.trend > 0 else "better"), f.key


def test_switching_the_period_changes_the_figures_and_is_remembered(page, qtbot):
    from ui import prefs
    from ui.reports.page import ReportsPage

    page.picker.choose("last_30")
    wait_loaded(page, qtbot)
    month_revenue = card(page, "revenue").value.text()
    page.picker.choose("this_year")
    wait_loaded(page, qtbot)
    assert page.period_days() == (dt.date(2026, 1, 1), TODAY)
    year = loyalty.loyalty_figures(dt.date(2026, 1, 1), TODAY)
    assert card(page, "revenue").value.text() == money.format_cents(year.revenue_cents, decimals=False) != month_revenue
    assert page.picker.start_edit.date().toString("yyyy-MM-dd") == "2026-01-01"
    assert prefs.get("reports/period") == "this_year"
    again = ReportsPage(None)
    qtbot.addWidget(again)
    assert again.picker.key() == "this_year"
    assert again.period_days() == (dt.date(2026, 1, 1), TODAY)


def test_a_period_seen_before_comes_back_at_once_until_the_book_changes(page, qtbot):
    from custbook.customers import purchases
    from custbook.models import Customer
    from ui.signals import bus

    page.picker.choose("last_30")
    wait_loaded(page, qtbot)
    page.picker.choose("this_year")
    wait_loaded(page, qtbot)
    page.picker.choose("last_30")
    assert not page.is_loading()  # shown again without gathering
    assert (page.data.start, page.data.end) == (dt.date(2026, 10, 24), TODAY)
    before = card(page, "revenue").value.text()
    purchases.add_purchase(Customer.select().first().id, TODAY, 500000)
    bus().sig_data_changed.emit(frozenset({"purchases"}))
    assert page.is_loading()  # the kept figures are forgotten: gathered afresh
    wait_loaded(page, qtbot)
    assert card(page, "revenue").value.text() != before
    page.picker.choose("this_year")
    assert page.is_loading()


def test_a_custom_range_is_used_and_an_end_before_the_start_is_refused(page, qtbot):
    from ui import prefs

    page.picker.set_range(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert page.picker.key() == "custom"
    wait_loaded(page, qtbot)
    march = loyalty.loyalty_figures(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert card(page, "revenue").value.text() == money.format_cents(march.revenue_cents, decimals=False)
    assert (prefs.get("reports/from"), prefs.get("reports/to")) == ("2026-03-01", "2026-03-31")
    # the user types an end before the start: a message, no reload, nothing else changes
    page.picker.start_edit.setDate(page.picker.start_edit.date().addDays(40))  # 10 April
    page.picker.apply_now()
    assert page.message.isVisible()
    assert "ends before it starts" in page.message.text()
    assert not page.is_loading()
    assert (page.data.start, page.data.end) == (dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert prefs.get("reports/from") == "2026-03-01"  # the broken range is not remembered
    assert page.print_report() is None and page.save_pdf("/nonexistent/x.pdf") is None
    page.picker.end_edit.setDate(page.picker.end_edit.date().addDays(30))  # 30 April
    page.picker.apply_now()
    assert not page.message.isVisible()
    wait_loaded(page, qtbot)
    assert (page.data.start, page.data.end) == (dt.date(2026, 4, 10), dt.date(2026, 4, 30))


def test_a_slow_earlier_period_never_overwrites_a_newer_choice(page, qtbot):
    real = page.loader.work

    def slow_for_last_year(start, end):
        if start.year == 2025:
            time.sleep(1.0)
        return real(start, end)

    page.loader.work = slow_for_last_year
    shown = []
    page.sig_loaded.connect(lambda: shown.append(page.data.start))
    page.picker.choose("last_year")
    qtbot.waitUntil(page.is_loading)
    assert page.status_label.text() == "Calculating…"
    page.picker.choose("last_month")
    page.picker.choose("last_30")
    wait_loaded(page, qtbot)
    qtbot.wait(200)
    assert shown == [dt.date(2026, 10, 24)]  # neither last year nor last month was shown
    assert page.status_label.text() == ""


def test_the_charts_draw_the_periods_numbers(page, qtbot):
    page.picker.choose("last_12_months")
    wait_loaded(page, qtbot)
    start, end = page.period_days()
    sa = satisfaction.satisfaction_figures(start, end)
    lo = loyalty.loyalty_figures(start, end)
    co = complaint_figures(start, end)
    panel = page.chart_panel
    assert panel.by_month.categories[-1] == "2026-11" and len(panel.by_month.categories) == 13
    assert [sum(s.values) for s in panel.by_month.series] == [
        sa.counts[r] for r in satisfaction.RATINGS]
    assert panel.distribution.series[0].values == [sa.counts[r] for r in satisfaction.RATINGS]
    assert sum(panel.categories.series[0].values) == co.received > 0
    assert sum(panel.response.series[0].values) == co.responded
    assert panel.retention.values == lo.retention_curve()[:12] and panel.retention.values
    assert sum(panel.segments.series[0].values) == lo.customers_ever
    page.scroll.ensureWidgetVisible(panel)
    for chart in panel.charts():
        assert chart.has_data(), chart.objectName()
        assert distinct_colours(chart) > 6, chart.objectName()  # painted, not a blank box
    # hovering the "Satisfied" bar tells its count
    dist = panel.distribution
    dist.grab()
    tip = dist.tooltip_at(QPointF(dist.width() / 6 + 10, dist.height() - 40))
    assert tip.startswith("Satisfied: ") and num(sa.counts["satisfied"]) in tip


def test_tables_list_best_and_at_risk_customers_and_open_the_card(page, qtbot):
    from ui.customers.card import open_cards

    start, end = page.period_days()
    top = loyalty.top_customers(start, end, limit=10)
    at_risk = loyalty.at_risk_customers(end, limit=15)
    assert [r[0] for r in page.top_table.row_texts()] == [c.name for c in top]
    assert [r[0] for r in page.at_risk_table.row_texts()] == [c.name for c in at_risk]
    assert at_risk and page.at_risk_table.table.isVisible() or not at_risk
    assert page.staff_table.row_texts()
    table = page.at_risk_table.table
    page.scroll.ensureWidgetVisible(table)
    rect = table.visualItemRect(table.item(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: any(c.customer_id == at_risk[0].customer_id for c in open_cards()))
    for c in open_cards():
        c.close()


def test_print_writes_the_report_and_opens_the_preview(page, qtbot):
    page.picker.choose("last_90")
    wait_loaded(page, qtbot)
    start, end = page.period_days()
    with qtbot.waitSignal(page.print_report().sig_finished, timeout=30000):
        assert not page.print_button.isEnabled()
    dialog = page.findChild(QPrintPreviewDialog, "printPreview")
    assert dialog is not None and dialog.isVisible()
    reader = PdfReader(str(page.print_path))
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert len(reader.pages) >= 4
    assert f"{start.isoformat()} – {end.isoformat()}" in text
    assert card(page, "revenue").value.text() in text  # the figures of the screen
    folder = page.print_path.parent
    dialog.reject()
    qtbot.waitUntil(lambda: not folder.exists())  # the temporary PDF is cleaned up
    assert page.print_button.isEnabled()


def test_the_print_button_is_clicked_like_a_user(page, qtbot):
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.findChild(QPrintPreviewDialog, "printPreview") is not None,
                    timeout=30000)
    page.findChild(QPrintPreviewDialog, "printPreview").reject()


def test_save_as_pdf_writes_the_report_of_the_chosen_period(page, qtbot, tmp_path):
    page.picker.choose("last_90")
    wait_loaded(page, qtbot)
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


def test_the_buttons_are_on_the_page_and_named(page):
    for button, text in ((page.save_button, "Save as PDF…"), (page.print_button, "Print…")):
        assert button.isVisible()
        assert button.text() == text
        assert button.focusPolicy() != Qt.FocusPolicy.NoFocus


def test_a_change_in_the_book_reloads_the_page_but_only_when_it_is_shown(window, page, qtbot):
    from custbook.customers import purchases
    from custbook.models import Customer
    from ui.signals import bus

    page.picker.choose("last_30")
    wait_loaded(page, qtbot)
    before = card(page, "revenue").value.text()
    window.show_page("customers")
    customer = Customer.select().first()
    purchases.add_purchase(customer.id, TODAY, 1234500)
    bus().sig_data_changed.emit(frozenset({"purchases"}))
    assert not page.is_loading()  # hidden: nothing is gathered yet
    window.show_page("reports")
    wait_loaded(page, qtbot)
    qtbot.waitUntil(lambda: card(page, "revenue").value.text() != before)
    start, end = page.period_days()
    assert card(page, "revenue").value.text() == money.format_cents(
        loyalty.loyalty_figures(start, end).revenue_cents, decimals=False)


def test_the_page_fits_a_small_window_without_sideways_scrolling(window, page, qtbot):
    window.resize(1100, 700)
    qtbot.waitUntil(lambda: page.card_grid.columns == 4)
    assert page.chart_panel.columns == 2  # two charts side by side
    assert page.scroll.horizontalScrollBar().maximum() == 0
    window.resize(800, 600)  # near the window's smallest: two cards a row, one chart
    qtbot.waitUntil(lambda: page.card_grid.columns == 2)
    assert page.chart_panel.columns == 1
    assert page.scroll.horizontalScrollBar().maximum() == 0


def test_an_empty_book_shows_what_is_missing_in_words(qtbot, tmp_path):
    from tests.ui.conftest import make_controller

    controller = make_controller(qtbot, tmp_path / "empty.db")
    assert controller.start()
    window = controller.window
    qtbot.addWidget(window)
    window.show_page("reports")
    page = window.pages["reports"]
    wait_loaded(page, qtbot)
    assert card(page, "revenue").value.text() == money.format_cents(0, decimals=False)
    assert card(page, "satisfied").value.text() == "—"
    assert "nothing to compare with" in card(page, "satisfied").change.text()
    page.scroll.ensureWidgetVisible(page.chart_panel)
    for chart in page.chart_panel.charts():
        assert not chart.has_data()
        assert chart.empty_text and distinct_colours(chart) > 2  # the sentence is drawn
    assert page.chart_panel.by_month.empty_text == "No ratings in this period"
    assert page.top_table.empty.text() == "No purchases in this period."
    assert page.top_table.stack.currentWidget() is page.top_table.empty
    assert page.at_risk_table.stack.currentWidget() is page.at_risk_table.empty
    assert page.staff_table.stack.currentWidget() is page.staff_table.empty
    window.close()
