"""The Complaints page as a shop owner uses it: log a complaint, walk it through the
eight steps to closed (with a refused close that loses nothing), reopen it, filter and
search the list, give a walk-in a card, print and save the complaint sheet."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication, QComboBox, QDateEdit, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QRadioButton,
)
from pypdf import PdfReader

from custbook import complaints
from custbook.models import Complaint, Customer, CustomerPhone, Reminder, SatisfactionRecord
from tests.conftest import TODAY
from tests.ui.customer_helpers import activate


# ------------------------------------------------------------------ helpers
def run_modal(qtbot, trigger, handle) -> None:
    """Do `trigger()` (which opens a modal dialog) and let `handle(dialog)` drive it."""
    handled = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, act)
            return
        try:
            handle(dialog)
        finally:
            handled.append(dialog.objectName())
            if dialog.isVisible():  # a failed check must not leave the test hanging
                dialog.reject()

    QTimer.singleShot(0, act)
    trigger()
    assert handled, "no dialog opened"


def set_text(widget, text: str) -> None:
    """Type text (CJK too) the way an input method delivers it."""
    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText(text)
        return
    widget.setText(text)
    widget.textEdited.emit(text)


def pick(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not in {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


def child(dialog, cls, name):
    widget = dialog.findChild(cls, name)
    assert widget is not None, name
    return widget


def error_text(dialog, field: str) -> str:
    label = dialog.findChild(QLabel, f"error_{field}")
    return label.text() if label is not None and not label.isHidden() else ""


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


@pytest.fixture
def page(window):
    window.show_page("complaints")
    return window.pages["complaints"]


def record(qtbot, page, step: str, fill) -> None:
    """Open a step's form from the checklist, fill it, save."""
    def handle(dialog):
        assert dialog.objectName() == f"stepDialog_{step}"
        fill(dialog)
        save(qtbot, dialog)
        assert not dialog.isVisible(), dialog.errors.text()
    run_modal(qtbot, lambda: click(qtbot, page.detail.rows[step].button), handle)


def _save_button(dialog) -> QPushButton:
    from PySide6.QtWidgets import QDialogButtonBox

    box = dialog.findChild(QDialogButtonBox)
    return box.button(QDialogButtonBox.StandardButton.Save)


def save(qtbot, dialog) -> None:
    click(qtbot, _save_button(dialog))


# ------------------------------------------------------------------ logging a complaint
def test_logging_a_complaint_for_a_customer_found_by_phone(page, qtbot):
    phone = CustomerPhone.select().join(Customer).where(CustomerPhone.is_primary).first()
    customer = phone.customer
    before = Complaint.select().count()

    def fill(dialog):
        search = child(dialog, QLineEdit, "customerSearch")
        search.setFocus()
        qtbot.keyClicks(search, phone.digits[-8:])
        qtbot.waitUntil(lambda: any(customer.name in s for s in dialog.picker.suggestions()))
        row = next(i for i, s in enumerate(dialog.picker.suggestions()) if customer.name in s)
        dialog.picker.completer.activated[str].emit(dialog.picker.suggestions()[row])
        assert dialog.picker.customer_id() == customer.id
        set_text(child(dialog, QPlainTextEdit, "customerWords"), "裤子的拉链拉不上")
        pick(child(dialog, QComboBox, "category"), "Product quality")
        pick(child(dialog, QComboBox, "channel"), "Phone")
        save(qtbot, dialog)
        assert not dialog.isVisible()

    run_modal(qtbot, lambda: click(qtbot, page.new_button), fill)
    assert Complaint.select().count() == before + 1
    new = Complaint.select().order_by(Complaint.id.desc()).first()
    assert (new.customer_id, new.status, new.channel) == (customer.id, "new", "phone")
    assert page.detail.complaint_id == new.id
    assert page.detail.rows["listen"].step.is_next
    assert page.model.complaint_id(page.table.currentIndex().row()) == new.id


def test_the_new_complaint_form_refuses_a_complaint_without_words_and_keeps_the_rest(
        page, qtbot):
    before = Complaint.select().count()

    def fill(dialog):
        click(qtbot, child(dialog, QRadioButton, "pickWalkIn"))
        set_text(child(dialog, QLineEdit, "walkInName"), "路过的阿姨")
        save(qtbot, dialog)
        assert dialog.isVisible()
        assert "in their own words" in error_text(dialog, "customer_words")
        assert child(dialog, QLineEdit, "walkInName").text() == "路过的阿姨"
        set_text(child(dialog, QLineEdit, "walkInPhone"), "12345")
        set_text(child(dialog, QPlainTextEdit, "customerWords"), "试衣间没有镜子")
        save(qtbot, dialog)
        assert "not a valid number" in error_text(dialog, "customer")
        child(dialog, QLineEdit, "walkInPhone").clear()
        save(qtbot, dialog)
        assert not dialog.isVisible()

    run_modal(qtbot, lambda: click(qtbot, page.new_button), fill)
    assert Complaint.select().count() == before + 1
    assert Complaint.select().order_by(Complaint.id.desc()).first().walk_in_name == "路过的阿姨"


def test_the_shortcut_opens_the_form_from_any_page(window, qtbot):
    window.show_page("customers")
    activate(qtbot, window)  # a shortcut needs the active window (a busy machine lags)
    seen = []
    run_modal(qtbot, lambda: (qtbot.keyClick(window, Qt.Key.Key_K,
                                             Qt.KeyboardModifier.ControlModifier
                                             | Qt.KeyboardModifier.ShiftModifier),
                              qtbot.waitUntil(lambda: bool(seen))),
              lambda dialog: seen.append(dialog.objectName()))
    assert seen == ["complaintDialog"]
    assert window.current_page_key() == "complaints"


# ------------------------------------------------------------------ from new to closed
def test_a_complaint_goes_from_new_to_closed_through_the_checklist(page, qtbot):
    customer = Customer.select().where(Customer.purchase_count > 0).first()
    c = complaints.create_complaint({"customer": customer.id, "customer_words": "衬衫缩水了",
                                     "received_at": dt.datetime.combine(TODAY, dt.time(7))},
                                    now=dt.datetime.combine(TODAY, dt.time(7, 30)))
    page.select(c.id)
    assert page.detail.complaint_id == c.id

    record(qtbot, page, "listen", lambda d: set_text(
        child(d, QPlainTextEdit, "listen_notes"), "顾客很失望，说只洗了一次"))
    assert page.detail.rows["listen"].step.state == "done"
    assert page.detail.rows["apology"].step.is_next

    def apology(dialog):
        save(qtbot, dialog)  # nothing chosen: refused, named, dialog stays
        assert "apology" in error_text(dialog, "apology_given")
        click(qtbot, child(dialog, QRadioButton, "apologyGiven"))
        set_text(child(dialog, QPlainTextEdit, "apology_words"), "真对不起")
    record(qtbot, page, "apology", apology)
    record(qtbot, page, "cause", lambda d: (
        set_text(child(d, QPlainTextEdit, "cause"), "面料批次问题"),
        pick(child(d, QComboBox, "fault"), "The supplier")))
    record(qtbot, page, "remedy", lambda d: (
        set_text(child(d, QPlainTextEdit, "remedy"), "换一件新的"),
        pick(child(d, QComboBox, "remedy_accepted"), "Accepted it")))

    def compensation(dialog):
        pick(child(dialog, QComboBox, "compensation_kind"), "Voucher")
        set_text(child(dialog, QLineEdit, "compensation_cents"), "12.345")
        save(qtbot, dialog)
        assert "more than two decimals" in error_text(dialog, "compensation_cents")
        assert child(dialog, QLineEdit, "compensation_cents").text() == "12.345"
        set_text(child(dialog, QLineEdit, "compensation_cents"), "50")
    record(qtbot, page, "compensation", compensation)
    assert Complaint.get_by_id(c.id).compensation_cents == 5000
    assert page.detail.view.status == "in_progress"

    # Closing before the result is refused with the reason; nothing is lost.
    before = complaints.step_values(c.id)
    click(qtbot, page.detail.close_button)
    message = page.detail.message
    assert message.isVisible() and "cannot be closed without a result" in message.text()
    assert complaints.step_values(c.id) == before
    assert Complaint.get_by_id(c.id).status == "in_progress"
    assert page.detail.rows["remedy"].step.state == "done"

    def result(dialog):
        click(qtbot, child(dialog, QRadioButton, "result_satisfied"))
        set_text(child(dialog, QPlainTextEdit, "result_comment"), "这样处理很满意")
        pick(child(dialog, QComboBox, "satisfaction_score"), "5")
    record(qtbot, page, "result", result)
    rating = SatisfactionRecord.get(SatisfactionRecord.complaint == c.id)
    assert (rating.subject, rating.rating, rating.score) == ("complaint", "satisfied", 5)
    assert page.detail.view.status == "resolved"
    assert page.detail.rows["follow_up"].step.is_next

    follow_on = TODAY + dt.timedelta(days=7)
    record(qtbot, page, "follow_up", lambda d: child(d, QDateEdit, "follow_up_on").setDate(
        follow_on))
    assert page.detail.view.status == "awaiting_follow_up"
    reminder = Reminder.get(Reminder.rule_key == f"complaint:{c.id}:follow_up")
    assert (reminder.due_on, reminder.kind, reminder.done_at) == (follow_on, "complaint", None)

    def closing_anyway(dialog):
        assert dialog.objectName() == "confirmBox"
        assert "not done" in dialog.text()
        dialog.findChild(QPushButton, "confirmYes").click()
    run_modal(qtbot, lambda: click(qtbot, page.detail.close_button), closing_anyway)
    assert Complaint.get_by_id(c.id).status == "closed"
    assert not Reminder.select().where(Reminder.complaint == c.id).exists()
    assert page.detail.view.status == "closed"
    assert not page.detail.rows["listen"].button.isEnabled()  # read-only once closed
    assert "closed" in page.detail.message.text()

    def reopen(dialog):
        click(qtbot, child(dialog, QPushButton, "reopenButton"))
        assert "why" in error_text(dialog, "reopen_reason").lower()
        set_text(child(dialog, QPlainTextEdit, "reopenReason"), "第二件也缩水了")
        click(qtbot, child(dialog, QPushButton, "reopenButton"))
    run_modal(qtbot, lambda: click(qtbot, page.detail.close_button), reopen)
    c = Complaint.get_by_id(c.id)
    assert (c.status, c.reopened_count, c.result) == ("in_progress", 1, "")
    assert page.detail.rows["result"].step.is_next
    assert "第二件也缩水了" in page.detail.findChild(QLabel, "reopenNotes").text()


def test_a_step_recorded_by_mistake_is_cleared_from_its_form(page, qtbot):
    c = Complaint.select().where(Complaint.status == "in_progress").first()
    page.select(c.id)

    def clear(dialog):
        run_modal(qtbot, lambda: click(qtbot, child(dialog, QPushButton, "clearStep")),
                  lambda box: box.button(box.StandardButton.Yes).click())
    run_modal(qtbot, lambda: click(qtbot, page.detail.rows["listen"].button), clear)
    assert Complaint.get_by_id(c.id).listen_notes == ""


def _inside(widget, area) -> bool:
    """Whether `widget` is shown within `area` on screen (not scrolled out of sight)."""
    top_left = widget.mapTo(area, widget.rect().topLeft())
    return area.rect().contains(top_left) and widget.isVisible()


def test_the_refusal_and_the_buttons_stay_in_sight_and_a_save_keeps_the_scroll(
        page, qtbot):
    page.window().resize(1024, 640)  # a small screen: the checklist must scroll
    c = Complaint.select().where(Complaint.status == "in_progress",
                                 Complaint.result == "").first()
    page.select(c.id)
    detail = page.detail
    bar = detail.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=3000)
    bar.setValue(bar.maximum())  # scrolled down to the last steps
    qtbot.waitUntil(lambda: detail.close_button.isVisible(), timeout=3000)
    assert _inside(detail.close_button, detail) and _inside(detail.findChild(
        QPushButton, "printSheet"), detail)
    click(qtbot, detail.close_button)  # no result yet: refused
    assert _inside(detail.message, detail)
    assert "cannot be closed without a result" in detail.message.text()
    before = bar.value()
    record(qtbot, page, "cause", lambda d: set_text(
        child(d, QPlainTextEdit, "cause"), "尺码标错了"))
    qtbot.waitUntil(lambda: detail.scroll.verticalScrollBar().value() == before, timeout=3000)
    assert detail.scroll.verticalScrollBar().value() > 0  # not back at the top


# ------------------------------------------------------------------ the list
def test_filters_and_search_narrow_the_list(page, qtbot):
    customer = Customer.select().where(Customer.purchase_count > 0).first()
    complaints.create_complaint(  # three days without a response: overdue, whatever the draw
        {"customer": customer.id, "customer_words": "等了三天没人回复",
         "received_at": dt.datetime.combine(TODAY - dt.timedelta(days=3), dt.time(9))},
        now=dt.datetime.combine(TODAY - dt.timedelta(days=3), dt.time(9)))
    page.refresh()
    model = page.model
    open_rows = model.rowCount()
    assert open_rows == complaints.count_complaints(complaints.ComplaintFilter("open"))
    page.filter.setCurrentIndex(page.filter.findData("overdue"))
    assert model.rowCount() > 0
    assert all(model.row_at(i).overdue for i in range(model.rowCount()))
    page.filter.setCurrentIndex(page.filter.findData("all"))
    everything = model.rowCount()
    assert everything == Complaint.select().count()
    pick(page.filters.category_box, "Product quality")
    quality = model.rowCount()
    assert 0 < quality < everything
    assert {model.index(i, 2).data() for i in range(quality)} == {"Product quality"}
    page.filters.category_box.setCurrentIndex(0)
    staff = page.filters.staff_box
    staff.setCurrentIndex(1)
    assert {model.row_at(i).staff for i in range(model.rowCount())} <= {staff.currentText()}
    staff.setCurrentIndex(0)
    pick(page.filters.period_box, "Last 30 days")
    recent = model.rowCount()
    assert all(model.row_at(i).received_at.date() > TODAY - dt.timedelta(days=30)
               for i in range(recent))
    pick(page.filters.period_box, "Any time")
    target = Complaint.select().where(Complaint.customer.is_null(False)).first()
    name = Customer.get_by_id(target.customer_id).name
    set_text(page.filters.search, name)
    qtbot.waitUntil(lambda: model.rowCount() < everything)
    assert all(name in model.row_at(i).customer_name for i in range(model.rowCount()))
    page.filters.search.clear()
    set_text(page.filters.search, f"#{target.id}")
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.complaint_id(0) == target.id


def test_a_customers_complaints_are_one_click_away(page, qtbot):
    page.filter.setCurrentIndex(page.filter.findData("all"))
    c = Complaint.select().where(Complaint.customer.is_null(False)).first()
    page.select(c.id)
    click(qtbot, page.detail.findChild(QPushButton, "theirComplaints"))
    rows = [page.model.row_at(i) for i in range(page.model.rowCount())]
    assert rows and {r.customer_id for r in rows} == {c.customer_id}
    assert page.filters.customer_label.isVisible()
    click(qtbot, page.filters.customer_clear)
    assert page.model.rowCount() == Complaint.select().count()


def test_overdue_promises_are_red_in_the_list(page):
    c = Complaint.select().where(Complaint.status == "in_progress").first()
    complaints.record_step(c.id, "promise", {"promise": "明天给她回电话",
                                             "promise_due": TODAY - dt.timedelta(days=2)},
                           now=dt.datetime.combine(TODAY, dt.time(7)))
    page.filter.setCurrentIndex(page.filter.findData("overdue"))
    model = page.model
    late = [i for i in range(model.rowCount()) if model.row_at(i).promise_overdue]
    assert [model.complaint_id(i) for i in late] == [c.id]
    column = model.COLUMNS.index("promise_due")
    brush = model.index(late[0], column).data(Qt.ItemDataRole.ForegroundRole)
    assert brush.color().name() == "#b00020"
    assert "past its date" in model.index(late[0], 0).data(Qt.ItemDataRole.ToolTipRole)


# ------------------------------------------------------------------ walk-ins
def test_a_walk_in_complaint_becomes_a_customer_card(page, qtbot):
    c = complaints.create_complaint({"walk_in_name": "钱女士", "walk_in_phone": "13566667777",
                                     "customer_words": "店里太吵"},
                                    now=dt.datetime.combine(TODAY, dt.time(7)))
    page.select(c.id)

    def make(dialog):
        assert child(dialog, QLineEdit, "newCustomerName").text() == "钱女士"
        set_text(child(dialog, QLineEdit, "newCustomerName"), "")
        click(qtbot, child(dialog, QPushButton, "makeCardButton"))
        assert "required" in error_text(dialog, "name")
        set_text(child(dialog, QLineEdit, "newCustomerName"), "钱晓燕")
        click(qtbot, child(dialog, QPushButton, "makeCardButton"))
    run_modal(qtbot, lambda: click(qtbot, page.detail.findChild(QPushButton,
                                                                "makeCustomerCard")), make)
    c = Complaint.get_by_id(c.id)
    assert Customer.get_by_id(c.customer_id).name == "钱晓燕"
    assert page.detail.findChild(QPushButton, "theirComplaints") is not None


# ------------------------------------------------------------------ paper
def test_the_printed_sheet_is_the_saved_pdf(page, qtbot, tmp_path):
    """One drawing: Print previews the very PDF that Save as PDF writes."""
    c = Complaint.select().where(Complaint.status == "closed").first()
    page.select(c.id)
    path = tmp_path / "saved.pdf"
    with qtbot.waitSignal(page.detail.save_pdf(str(path)).sig_finished, timeout=10000):
        pass
    saved = "".join(p.extract_text() for p in PdfReader(str(path)).pages)
    for text in ("Complaint sheet", c.customer_words, "1. Listen and empathise",
                 "7. Result", "8. Follow-up", "Customer's signature"):
        assert text in saved, text
    assert str(path) in page.detail.message.text()
    with qtbot.waitSignal(page.detail.print_sheet().sig_finished, timeout=10000):
        pass
    dialog = page.detail.preview
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "printPreview" and dialog.isVisible()
    printed = "".join(p.extract_text() for p in PdfReader(str(dialog.pdf_)).pages)
    assert printed == saved
    dialog.reject()
