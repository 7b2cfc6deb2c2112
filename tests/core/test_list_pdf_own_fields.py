"""The list as shown, on paper, keeps the shop's own field columns the page shows."""
from __future__ import annotations

from pypdf import PdfReader

from custbook.customers import custom_fields, customers
from custbook.customers.customer_query import CustomerQuery
from custbook.paper import customer_list_pdf


def pages_text(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(str(path)).pages]


def flat(text: str) -> str:
    return "".join(text.split())


def test_own_field_columns_are_printed_fitted_and_cut(book, tmp_path):
    hair = custom_fields.save_field({"name": "发质", "kind": "choice",
                                     "choices": "干性\n油性\n中性", "in_list": True})
    note = custom_fields.save_field({"name": "Measurements", "kind": "text", "in_list": True})
    size = custom_fields.save_field({"name": "Shoe size", "kind": "number", "in_list": True})
    vip = custom_fields.save_field({"name": "Card holder", "kind": "bool", "in_list": True})
    hidden = custom_fields.save_field({"name": "Favourite tea", "kind": "text"})
    wang = customers.save_customer({"name": "王芳"}, []).id
    li = customers.save_customer({"name": "李强"}, []).id
    long_note = "肩宽四十二厘米，胸围九十六厘米，" * 12
    custom_fields.set_values(wang, {hair.id: "油性", note.id: long_note, size.id: "37.5",
                                    vip.id: "1", hidden.id: "龙井"})
    custom_fields.set_values(li, {size.id: "43"})
    columns = ["name", "phone", f"custom:{hair.id}", f"custom:{note.id}",
               f"custom:{size.id}", f"custom:{vip.id}", "custom:99999"]  # 99999: deleted
    result = customer_list_pdf.write_customer_list(
        tmp_path / "list.pdf", columns, query=CustomerQuery(sort="name"))
    text = "\n".join(pages_text(result.path))
    for header in ("发质", "Measurements", "Shoesize", "Cardholder"):  # may wrap
        assert header in flat(text), header
    assert "Favourite tea" not in text and "龙井" not in text  # a column not shown
    assert "油性" in text and "37.5" in text and "43" in text and "Yes" in text
    assert flat(long_note)[:20] in flat(text)
    assert flat(long_note) not in flat(text) and "…" in text  # cut after four lines
    # widths: the text column is the widest own column, the yes/no the narrowest
    layout = customer_list_pdf._Layout(
        [c for c in columns if c != "custom:99999"], "auto", "Helvetica",
        custom_fields.in_columns(columns))
    widths = dict(zip(layout.columns, layout.widths))
    assert widths[f"custom:{note.id}"] > widths[f"custom:{hair.id}"] > \
        widths[f"custom:{vip.id}"]
    assert layout.right == [False, False, False, False, True, False]  # numbers to the right
    assert abs(sum(layout.widths) - layout.width) < 0.01


def test_a_list_without_own_columns_reads_no_field_values(book, tmp_path, monkeypatch):
    customers.save_customer({"name": "王芳"}, [])

    def refuse(*args, **kwargs):
        raise AssertionError("values read for a list with no own columns")

    monkeypatch.setattr(custom_fields, "values_for", refuse)
    result = customer_list_pdf.write_customer_list(tmp_path / "list.pdf", ["name", "phone"])
    assert result.customers == 1
