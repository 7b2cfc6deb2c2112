"""The list as shown, on paper, prints the membership columns the page shows: stored
value and points, read back from the PDF (SQLite and PostgreSQL)."""
from __future__ import annotations

from pypdf import PdfReader

from custbook import settings
from custbook.customers import custom_fields, customers
from custbook.customers.customer_query import CustomerQuery
from custbook.membership import ledger
from custbook.paper import customer_list_pdf


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def shop() -> dict[str, int]:
    wang = customers.save_customer({"name": "王芳"}, ["138 0013 8000"]).id
    li = customers.save_customer({"name": "李强"}, ["139 0013 9000"]).id
    customers.save_customer({"name": "赵敏"}, [])  # not a member: nothing on the card
    ledger.top_up(wang, 128050)
    ledger.earn_points(wang, 12345)
    ledger.top_up(li, 30000, 6000)
    return {"王芳": wang, "李强": li}


def test_the_membership_columns_shown_are_printed_with_their_values(book, tmp_path):
    shop()
    size = custom_fields.save_field({"name": "Shoe size", "kind": "number", "in_list": True})
    columns = ["name", "phone", "member_value", "member_points", f"custom:{size.id}"]
    result = customer_list_pdf.write_customer_list(
        tmp_path / "members.pdf", columns, query=CustomerQuery(sort="name"))
    text = text_of(result.path)
    assert result.customers == 3
    for header in ("Stored value", "Points", "Shoe size"):
        assert header in text, header
    assert "¥1,280.50" in text and "12,345" in text  # 王芳
    assert "¥360.00" in text  # 李强: 300 paid, 60 given
    lines = {line.split()[0]: line for line in text.splitlines() if line.split()}
    assert lines["赵敏"].split()[-2:] == ["¥0.00", "0"]  # a customer without a card
    settings.set("currency_symbol", "HK$")
    again = text_of(customer_list_pdf.write_customer_list(
        tmp_path / "hk.pdf", columns, query=CustomerQuery(sort="name")).path)
    assert "HK$1,280.50" in again


def test_hidden_membership_columns_are_not_printed(book, tmp_path):
    shop()
    result = customer_list_pdf.write_customer_list(
        tmp_path / "plain.pdf", ["name", "phone"], query=CustomerQuery(sort="name"))
    text = text_of(result.path)
    assert "Stored value" not in text and "Points" not in text
    assert "1,280.50" not in text and "12,345" not in text


def test_a_selection_prints_the_balances_in_the_order_chosen(book, tmp_path):
    ids = shop()
    result = customer_list_pdf.write_customer_list(
        tmp_path / "sel.pdf", ["member_points", "name"], ids=[ids["李强"], ids["王芳"]])
    text = text_of(result.path)
    assert text.index("李强") < text.index("王芳")
    assert "12,345" in text and "Points" in text
