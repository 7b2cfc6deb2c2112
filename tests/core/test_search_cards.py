"""A member's card number finds the member while it is typed, as a phone number does:
the first digits, the last four, the whole number (tier 0, first), in the short pieces
too; a number changed or given by any path (a member import, a script) is followed."""
from __future__ import annotations

from custbook.customers import customer_list, customers, search, search_pieces
from custbook.membership import numbers
from custbook.models import database


def _found(text):
    search._forget()
    return [r.name for r in customer_list.search_customers(text, 10)]


def test_a_card_number_is_found_while_typed(book):
    wang = customers.save_customer({"name": "王芳"}, ["13812345678"]).id
    customers.save_customer({"name": "李强"}, ["13900001111"])
    number = numbers.assign(wang, "VIP-20461")
    assert number == "VIP-20461"
    for typed in ("vi", "VIP-", "vip-2046", "VIP-20461", "20461", "61", "ｖｉｐ－２０４"):
        assert _found(typed) == ["王芳"], typed
    # the whole number is an exact word: it comes before a name merely containing it
    customers.save_customer({"name": "张三", "description": "卡号 vip-20461 的朋友"}, [])
    assert _found("VIP-20461") == ["王芳", "张三"]
    assert search_pieces.stored() == {
        (p, t, cid) for cid, keys in database.execute_sql(
            "SELECT customer_id, keys FROM customer_search").fetchall()
        for p, t in search.search_keys.pieces(keys).items()}


def test_a_card_number_written_by_another_path_is_followed(book):
    li = customers.save_customer({"name": "李强"}, []).id
    database.execute_sql("INSERT INTO member (customer_id, number, opened_on, created_at) "
                         "VALUES (?, ?, ?, ?)", (li, "80000777", "2026-11-22",
                                                 "2026-11-22 10:00:00"))
    assert _found("8000077") == ["李强"]
    database.execute_sql("UPDATE member SET number = ? WHERE customer_id = ?", ("A-9", li))
    assert _found("8000077") == [] and _found("a-9") == ["李强"]
    database.execute_sql("DELETE FROM member WHERE customer_id = ?", (li,))
    assert _found("a-9") == []
