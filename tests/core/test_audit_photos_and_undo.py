"""The history records photo changes and the cards an import undo removes."""
from __future__ import annotations

from custbook.customers import customers
from custbook.exchange import importer
from custbook.models import AuditEntry

JPEG = b"\xff\xd8\xff\xe0" + b"\0" * 100


def _entries(**where) -> list[tuple]:
    query = AuditEntry.select().order_by(AuditEntry.id)
    for key, value in where.items():
        query = query.where(getattr(AuditEntry, key) == value)
    return [(e.customer_name, e.action, e.field, e.old_value, e.new_value) for e in query]


def test_setting_replacing_and_removing_a_photo_are_in_the_history(book):
    card = customers.save_customer({"name": "王芳"}, ["13800138000"])
    customers.set_photo(card.id, JPEG)
    customers.set_photo(card.id, JPEG + b"1")
    customers.clear_photo(card.id)
    customers.clear_photo(card.id)  # nothing to remove: nothing recorded
    assert _entries(field="photo") == [
        ("王芳", "changed", "photo", "", "a new photo"),
        ("王芳", "changed", "photo", "a photo", "a new photo"),
        ("王芳", "changed", "photo", "a photo", ""),
    ]


def test_the_cards_an_import_undo_removes_are_named_in_the_history(book, tmp_path):
    source = tmp_path / "list.csv"
    source.write_text("姓名,手机\n张三,13800138000\n李四,13900139000\n", encoding="utf-8")
    result = importer.apply_plan(importer.plan_file(source))
    importer.undo_import(result.batch_id)
    assert _entries(action="import_undone") == [
        ("张三", "import_undone", "", "", ""), ("李四", "import_undone", "", "", "")]
    assert all(e.customer_id is None for e in AuditEntry.select()
               .where(AuditEntry.action == "import_undone"))
