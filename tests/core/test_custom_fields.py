"""The shop's own fields: each type through values, filters, type changes, export/import, the sheet."""
from __future__ import annotations

import datetime as dt

import pytest

from custbook.customers import custom_fields as cf, customers
from custbook.errors import ValidationError


@pytest.fixture
def shop(book):
    made = {name: customers.save_customer({"name": name}, []).id
            for name in ("王芳", "李强", "赵敏")}
    f = {
        "hair": cf.save_field({"name": "发质", "kind": "choice", "choices": "干性\n油性\n中性",
                               "heading": "美发"}),
        "tea": cf.save_field({"name": "喜欢的茶", "kind": "text", "heading": "喜好"}),
        "waist": cf.save_field({"name": "腰围", "kind": "number", "heading": "尺寸"}),
        "wed": cf.save_field({"name": "结婚日", "kind": "date"}),
        "vip": cf.save_field({"name": "要发票", "kind": "bool"}),
    }
    cf.set_values(made["王芳"], {f["hair"].id: "油性", f["tea"].id: "龙井，碧螺春",
                                 f["waist"].id: "72.5", f["wed"].id: "2010/5/1",
                                 f["vip"].id: "是"})
    cf.set_values(made["李强"], {f["hair"].id: "干性", f["waist"].id: "88",
                                 f["vip"].id: False})
    return made, f


def test_values_are_stored_canonically_and_shown(shop):
    made, f = shop
    stored = cf.values_of(made["王芳"])
    assert stored[f["wed"].id] == "2010-05-01" and stored[f["vip"].id] == "1"
    assert stored[f["waist"].id] == "72.5"
    assert cf.display("bool", stored[f["vip"].id]) == "Yes"
    cf.set_values(made["王芳"], {f["tea"].id: ""})  # cleared
    assert f["tea"].id not in cf.values_of(made["王芳"])


@pytest.mark.parametrize("kind_key, bad", [("waist", "七十"), ("wed", "2010-13-01"),
                                           ("vip", "maybe"), ("hair", "卷发")])
def test_a_value_that_does_not_fit_is_refused_naming_the_field(shop, kind_key, bad):
    made, f = shop
    with pytest.raises(ValidationError, match=f["%s" % kind_key].name):
        cf.set_values(made["赵敏"], {f[kind_key].id: bad})
    assert cf.values_of(made["赵敏"]) == {}


def test_filters_of_every_type(shop):
    made, f = shop
    assert cf.matching_ids(f["hair"].id, "is", "油性") == [made["王芳"]]
    assert cf.matching_ids(f["tea"].id, "contains", "龙井") == [made["王芳"]]
    assert cf.matching_ids(f["waist"].id, "at_least", "80") == [made["李强"]]
    assert cf.matching_ids(f["waist"].id, "at_most", "80") == [made["王芳"]]
    assert cf.matching_ids(f["wed"].id, "at_least", "2000-01-01") == [made["王芳"]]
    assert cf.matching_ids(f["vip"].id, "is", "no") == [made["李强"]]
    assert cf.matching_ids(f["hair"].id, "empty") == [made["赵敏"]]
    assert sorted(cf.matching_ids(f["hair"].id, "set")) == sorted([made["王芳"], made["李强"]])


def test_changing_a_type_refuses_values_that_no_longer_fit_naming_them(shop):
    made, f = shop
    with pytest.raises(ValidationError, match="王芳: 龙井，碧螺春"):
        cf.save_field({"name": "喜欢的茶", "kind": "number"}, f["tea"].id)
    with pytest.raises(ValidationError, match="李强: 干性"):
        cf.save_field({"name": "发质", "kind": "choice", "choices": "油性\n中性"}, f["hair"].id)
    assert cf.field(f["tea"].id).kind == "text"
    # a change every value fits is made, values converted
    cf.save_field({"name": "腰围", "kind": "text"}, f["waist"].id)
    assert cf.values_of(made["李强"])[f["waist"].id] == "88"
    cf.save_field({"name": "要发票", "kind": "text"}, f["vip"].id)
    assert cf.values_of(made["王芳"])[f["vip"].id] == "Yes"
    with pytest.raises(ValidationError, match="already a field"):
        cf.save_field({"name": "发质", "kind": "text"})


def test_export_and_import_columns_and_the_sheet(shop):
    made, f = shop
    headers, cells = cf.export_values([made["王芳"], made["赵敏"]])
    assert headers == ["发质", "喜欢的茶", "腰围", "结婚日", "要发票"]
    assert cells[made["王芳"]] == ["油性", "龙井，碧螺春", "72.5", "2010-05-01", "Yes"]
    assert cells[made["赵敏"]] == ["", "", "", "", ""]
    # what export writes, import reads back to the same stored values
    for header, cell in zip(headers, cells[made["王芳"]]):
        fid, stored = cf.import_value(header, cell)
        assert stored == cf.values_of(made["王芳"])[fid]
    assert cf.import_value("not a field", "x") is None
    with pytest.raises(ValidationError):
        cf.import_value("腰围", "abc")
    assert cf.sheet_rows(made["王芳"])[0] == ("美发", [("发质", "油性")])


def test_the_customer_list_filters_by_a_custom_field_with_search(shop):
    from custbook.customers import customer_list
    from custbook.customers.customer_query import CustomerQuery

    made, f = shop
    query = CustomerQuery(custom=((f["waist"].id, "at_least", "70"),), sort="name")
    assert query.has_filters()
    assert customer_list.count_customers(query) == 2
    query = CustomerQuery(text="王", custom=((f["hair"].id, "is", "油性"),))
    assert [r.name for r in customer_list.list_customers(0, 10, query=query)] == ["王芳"]


def test_export_writes_the_shops_own_fields_as_columns(shop, tmp_path):
    import csv

    import openpyxl

    from custbook.exchange import export

    made, f = shop
    columns = ["name", f"custom:{f['hair'].id}", f"custom:{f['vip'].id}", f"custom:{f['waist'].id}"]
    out = tmp_path / "list.csv"
    export.export_customers(out, "csv", columns=columns, ids=[made["王芳"], made["李强"]])
    rows = list(csv.reader(out.open(encoding="utf-8-sig")))
    assert rows[0][1:] == ["发质", "要发票", "腰围"]
    assert rows[1] == ["王芳", "油性", "Yes", "72.5"] and rows[2] == ["李强", "干性", "No", "88"]
    xlsx = tmp_path / "list.xlsx"
    export.export_customers(xlsx, "xlsx", columns=columns, ids=[made["王芳"]])
    sheet = openpyxl.load_workbook(xlsx).active
    assert [c.value for c in sheet[2]][:2] == ["王芳", "油性"]
    # and the exported cells read back through the import's field check
    for header, cell in zip(rows[0][1:], rows[1][1:]):
        assert cf.import_value(header, cell) is not None


def test_the_customer_sheet_prints_own_fields_and_family(shop, tmp_path):
    from pypdf import PdfReader

    from custbook.customers import relations
    from custbook.paper.customer_sheet import write_customer_sheet

    made, f = shop
    relations.save_relation(made["王芳"], {"name": "小美", "relation": "child",
                                           "birthday_calendar": "solar", "birthday_month": 12,
                                           "birthday_day": 10, "phone": "13900001111"})
    relations.save_anniversary(made["王芳"], {"kind": "wedding", "calendar": "lunar",
                                              "month": 8, "day": 15})
    out = tmp_path / "sheet.pdf"
    write_customer_sheet(out, made["王芳"])
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    for expected in ("Family and anniversaries", "小美", "139 0000 1111", "Wedding anniversary",
                     "美发", "发质", "油性", "腰围", "72.5"):
        assert expected in text, expected


def test_search_finds_a_customer_by_a_text_or_choice_value(shop):
    from custbook.customers import customer_list

    made, f = shop
    assert [r.name for r in customer_list.search_customers("碧螺春", 10)] == ["王芳"]
    assert [r.name for r in customer_list.search_customers("干性", 10)] == ["李强"]
    cf.delete_field(f["tea"].id)
    assert customer_list.search_customers("碧螺春", 10) == []


def test_import_reads_columns_named_like_the_shops_fields(shop, tmp_path):
    from custbook.exchange import importer

    made, f = shop
    path = tmp_path / "list.csv"
    path.write_text("姓名,手机,发质,腰围,要发票,结婚日\n"
                    "周洁,13700001111,中性,66,是,2015年10月1日\n"
                    "吴敏,13700002222,卷发,abc,否,\n", encoding="utf-8")
    plan, result = importer.import_file(path)
    assert result.created == 2
    from custbook.models import Customer

    zhou = Customer.get(Customer.name == "周洁").id
    wu = Customer.get(Customer.name == "吴敏").id
    assert cf.values_of(zhou) == {f["hair"].id: "中性", f["waist"].id: "66",
                                  f["vip"].id: "1", f["wed"].id: "2015-10-01"}
    assert cf.values_of(wu) == {f["vip"].id: "0"}  # the values that did not fit were left out
    warnings = " ".join(w for row in plan.rows for w in row.warnings)
    assert "卷发" in warnings and "abc" in warnings
