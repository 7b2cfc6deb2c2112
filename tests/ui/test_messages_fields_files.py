"""The card's More fields and Files tabs: add a custom field and filter the list by it; attach an image."""
from __future__ import annotations

import io

from PIL import Image
from PySide6.QtWidgets import QComboBox

from custbook.customers import attachments, custom_fields as cf
from custbook.models import Customer


def first_customer() -> int:
    return Customer.select(Customer.id).where(Customer.deleted_at.is_null()).order_by(
        Customer.id).first().id


def test_add_a_custom_field_fill_it_on_a_card_and_filter_the_list(window, qtbot):
    from ui.customers.card import open_card

    cid = first_customer()
    card = open_card(window, cid)
    qtbot.addWidget(card)
    panel = card.fields_panel
    dialog = panel.set_up()
    dialog.name.setText("发质")
    dialog.kind.setCurrentIndex(dialog.kind.findData("choice"))
    dialog.choices.setPlainText("干性\n油性")
    dialog.heading.setText("美发")
    assert dialog.save()
    dialog.accept()
    fid = cf.by_name("发质").id
    editor = panel.editors[fid]
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findData("油性"))
    assert panel.save()
    assert cf.values_of(cid) == {fid: "油性"}
    from ui.customers.page import CustomersPage

    page = window.findChild(CustomersPage)
    bar = page.filters
    bar.reload_choices()
    assert bar.custom.isVisibleTo(bar)
    bar.custom.field.setCurrentIndex(bar.custom.field.findData(fid))
    bar.custom.op.setCurrentIndex(bar.custom.op.findData("is"))
    bar.custom.value.setText("油性")
    bar.custom.value.editingFinished.emit()
    assert bar.query_fields()["custom"] == ((fid, "is", "油性"),)
    page.apply_query()
    page.model.reload()
    assert page.model.total() == 1


def test_a_bad_value_is_named_on_the_card(window, qtbot):
    from ui.customers.card import open_card

    cf.save_field({"name": "腰围", "kind": "number"})
    card = open_card(window, first_customer())
    qtbot.addWidget(card)
    panel = card.fields_panel
    panel.reload()
    fid = cf.by_name("腰围").id
    panel.editors[fid].setText("七十")
    assert not panel.save()
    assert "腰围" in panel.error.text()


def test_attach_an_image_shows_its_thumbnail(window, qtbot, tmp_path):
    from ui.customers.card import open_card

    image = tmp_path / "投诉照片.png"
    out = io.BytesIO()
    Image.new("RGB", (640, 480), (30, 120, 200)).save(out, "PNG")
    image.write_bytes(out.getvalue())
    cid = first_customer()
    card = open_card(window, cid)
    qtbot.addWidget(card)
    panel = card.files_panel
    assert panel.attach([str(image)]) == 1
    assert panel.list.count() == 1
    item = panel.list.item(0)
    assert item.text().startswith("投诉照片.png")
    assert not item.icon().isNull()
    assert "at most 10.0 MB" in panel.limit.text()
    panel.list.setCurrentRow(0)
    row = attachments.files_of(cid)[0]
    assert attachments.data_of(row.id) == image.read_bytes()


def test_a_custom_field_shown_as_a_list_column(window, qtbot):
    from ui.customers.page import CustomersPage

    f = cf.save_field({"name": "喜欢的茶", "kind": "text", "in_list": True})
    cid = first_customer()
    cf.set_values(cid, {f.id: "龙井"})
    page = window.findChild(CustomersPage)
    model = page.model
    model.reload()
    key = f"custom:{f.id}"
    assert key in model.COLUMNS and model.headers()[key] == "喜欢的茶"
    column = model.COLUMNS.index(key)
    row = model.row_for_id(cid)
    if row is None:  # not on the first page: look it up by name instead
        page.search.setText(Customer.get_by_id(cid).name)
        page.apply_query()
        model.reload()
        row = model.row_for_id(cid)
    assert model.data(model.index(row, column)) == "龙井"
    page.table.set_column_shown(key, True)
    assert key in page.table.visible_columns()


def test_the_export_dialog_offers_the_shops_own_fields(window, qtbot):
    from ui.exchange.export_dialog import ExportDialog

    f = cf.save_field({"name": "发质", "kind": "choice", "choices": "干性\n油性"})
    dialog = ExportDialog(window, window.pages["customers"])
    qtbot.addWidget(dialog)
    check = dialog.column_checks[f"custom:{f.id}"]
    assert check.text() == "发质"
    check.setChecked(True)
    assert f"custom:{f.id}" in dialog.chosen_columns()


def test_a_complaint_keeps_its_photo(window, qtbot, tmp_path):
    from custbook.models import Complaint

    complaint = Complaint.select().where(Complaint.customer.is_null(False)).first()
    window.open_complaint(complaint.id)
    page = window.pages["complaints"]
    detail = page.detail
    dialog = detail.show_files()
    qtbot.addWidget(dialog)
    image = tmp_path / "破损.png"
    out = io.BytesIO()
    Image.new("RGB", (300, 200), (90, 90, 90)).save(out, "PNG")
    image.write_bytes(out.getvalue())
    assert dialog.panel.attach([str(image)]) == 1
    listed = attachments.files_of(complaint_id=complaint.id)
    assert [f.file_name for f in listed] == ["破损.png"] and listed[0].thumbnail
    assert listed[0].customer_id == complaint.customer_id  # shown on the card too
