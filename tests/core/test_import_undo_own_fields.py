"""Undoing an import that updated cards puts back the shop's own field values it changed."""
from __future__ import annotations

from custbook.customers import custom_fields as cf, customer_list, customers
from custbook.exchange import importer


def _fields():
    return {
        "hair": cf.save_field({"name": "发质", "kind": "choice", "choices": "干性\n油性\n中性"}),
        "tea": cf.save_field({"name": "喜欢的茶", "kind": "text"}),
        "waist": cf.save_field({"name": "腰围", "kind": "number"}),
        "vip": cf.save_field({"name": "要发票", "kind": "bool"}),
    }


def test_undo_restores_changed_added_and_untouched_values(book, tmp_path):
    f = _fields()
    wang = customers.save_customer({"name": "王芳"}, ["13812345678"]).id
    cf.set_values(wang, {f["hair"].id: "油性", f["waist"].id: "72.5", f["vip"].id: "是"})
    path = tmp_path / "update.csv"
    path.write_text("姓名,手机,发质,腰围,喜欢的茶\n王芳,13812345678,干性,80,碧螺春\n",
                    encoding="utf-8")
    plan, result = importer.import_file(path, on_duplicate="update")
    assert result.updated == 1
    assert cf.values_of(wang) == {f["hair"].id: "干性", f["waist"].id: "80",
                                  f["vip"].id: "1", f["tea"].id: "碧螺春"}
    assert [r.name for r in customer_list.search_customers("碧螺春", 10)] == ["王芳"]
    cf.set_values(wang, {f["vip"].id: "否"})  # the owner's own change after the import
    importer.undo_import(result.batch_id)
    assert cf.values_of(wang) == {f["hair"].id: "油性", f["waist"].id: "72.5",
                                  f["vip"].id: "0"}  # 要发票: not the import's, kept
    assert customer_list.search_customers("碧螺春", 10) == []


def test_a_card_updated_twice_by_one_import_gets_its_first_values_back(book, tmp_path):
    f = _fields()
    wang = customers.save_customer({"name": "王芳"}, ["13812345678"]).id
    cf.set_values(wang, {f["hair"].id: "油性"})
    path = tmp_path / "twice.csv"
    path.write_text("姓名,手机,发质,腰围\n王芳,13812345678,干性,\n王芳,13812345678,中性,66\n",
                    encoding="utf-8")
    plan, result = importer.import_file(path, on_duplicate="update")
    assert cf.values_of(wang)[f["hair"].id] in ("干性", "中性")
    importer.undo_import(result.batch_id)
    assert cf.values_of(wang) == {f["hair"].id: "油性"}


def test_a_value_that_no_longer_fits_its_field_is_left_as_it_is(book, tmp_path):
    f = _fields()
    wang = customers.save_customer({"name": "王芳"}, ["13812345678"]).id
    cf.set_values(wang, {f["tea"].id: "龙井"})
    path = tmp_path / "tea.csv"
    path.write_text("姓名,手机,喜欢的茶\n王芳,13812345678,42\n", encoding="utf-8")
    plan, result = importer.import_file(path, on_duplicate="update")
    # the owner turns the field into a number (42 fits; 龙井 would not)
    cf.save_field({"name": "喜欢的茶", "kind": "number"}, f["tea"].id)
    importer.undo_import(result.batch_id)
    assert cf.values_of(wang) == {f["tea"].id: "42"}
