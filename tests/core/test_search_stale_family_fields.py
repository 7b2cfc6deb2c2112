"""Search follows family members and the shop's own field values, whoever writes them: a
change by a path that does not re-index (a script, another program on a shared book)
marks the customer's search row stale, and the next search finds the new value."""
from __future__ import annotations

from custbook.customers import custom_fields as cf, customer_list, customers, relations
from custbook.models import database


def _found(text):
    return [r.name for r in customer_list.search_customers(text, 10)]


def _stale(customer_id) -> bool:
    return bool(database.execute_sql("SELECT stale FROM customer_search WHERE customer_id = ?",
                                     (customer_id,)).fetchone()[0])


def test_an_own_field_value_written_behind_the_cores_back_is_found(book):
    tea = cf.save_field({"name": "喜欢的茶", "kind": "text"})
    wang = customers.save_customer({"name": "王芳"}, []).id
    cf.set_values(wang, {tea.id: "龙井"})
    assert _found("龙井") == ["王芳"] and not _stale(wang)
    database.execute_sql("UPDATE custom_field_value SET value = ? WHERE customer_id = ?",
                         ("碧螺春", wang))
    assert _stale(wang)
    assert _found("碧螺春") == ["王芳"] and _found("龙井") == []
    li = customers.save_customer({"name": "李强"}, []).id
    database.execute_sql("INSERT INTO custom_field_value (customer_id, field_id, value) "
                         "VALUES (?, ?, ?)", (li, tea.id, "铁观音"))
    assert _found("铁观音") == ["李强"]
    database.execute_sql("DELETE FROM custom_field_value WHERE customer_id = ?", (li,))
    assert _found("铁观音") == []


def test_a_field_turned_into_a_number_no_longer_finds_by_its_values(book):
    size = cf.save_field({"name": "尺码", "kind": "text"})
    wang = customers.save_customer({"name": "王芳"}, []).id
    cf.set_values(wang, {size.id: "37"})
    assert _found("37") == ["王芳"]
    database.execute_sql("UPDATE custom_field SET kind = 'number' WHERE id = ?", (size.id,))
    assert _stale(wang)
    assert _found("37") == []  # numbers are not search keys (as for a field made a number)


def test_a_family_members_name_or_phone_written_behind_the_cores_back_is_found(book):
    wang = customers.save_customer({"name": "王芳"}, []).id
    relations.save_relation(wang, {"name": "小美", "relation": "child",
                                   "phone": "13600001111"})
    assert _found("小美") == ["王芳"]
    database.execute_sql("UPDATE customer_relation SET name = ?, phone_digits = ? "
                         "WHERE customer_id = ?", ("小丽", "13600002222", wang))
    assert _stale(wang)
    assert _found("小丽") == ["王芳"] and _found("小美") == []
    assert _found("13600002222") == ["王芳"]
    li = customers.save_customer({"name": "李强"}, []).id
    database.execute_sql("UPDATE customer_relation SET customer_id = ? WHERE customer_id = ?",
                         (li, wang))
    assert _found("小丽") == ["李强"]
