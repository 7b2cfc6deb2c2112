"""A broad query of three or more characters is counted from the FTS index alone (the
phrases of the keys' separators: exact word, a word's start or end, a whole tag), and
gives exactly the counts and pages of reading every matching row; pages past the best
two tiers still come in order (tiers 2 and 3 are then told apart)."""
from __future__ import annotations

import pytest

from custbook.customers import customers, search, search_sqlite, trash
from custbook.customers.customer_query import CustomerQuery
from custbook.models import database


def answer(text: str) -> tuple[int, list[list[int]]]:
    search._forget()
    query = CustomerQuery(text=text)
    count = customers.count_customers(query)
    pages = [[r.id for r in customers.list_customers(offset, 10, query=query)]
             for offset in (0, 7, 35, 120)]
    return count, pages


def queries() -> list[str]:
    """Every 3-character piece of the first words of some customers' keys, and tags."""
    rows = database.execute_sql("SELECT keys FROM customer_search ORDER BY customer_id "
                                "LIMIT 60").fetchall()
    out = set()
    for (keys,) in rows:
        for word in keys.replace("\x1e", "\x1f").replace("\x1d", "\x1f").split("\x1f"):
            out.update(word[i:i + 3] for i in range(0, max(0, len(word) - 2), 2))
    out.update(r[0].casefold() for r in database.execute_sql("SELECT name FROM tag").fetchall()
               if len(r[0]) >= 3)
    return sorted(q for q in out if len(q) == 3) + sorted(q for q in out if len(q) > 3)


@pytest.mark.parametrize("small", [search.SMALL, 5])
def test_broad_queries_count_from_the_index_as_by_reading_the_rows(sample_book, monkeypatch,
                                                                     small):
    monkeypatch.setattr(search, "SMALL", small)  # 5: broad at 300 customers
    trash.move_to_trash([3, 40, 41, 200])  # left out of the counts, by their keys
    texts = queries()
    assert len(texts) > 40
    quick = {text: answer(text) for text in texts}
    monkeypatch.setattr(search_sqlite, "tier_counts", lambda q, sql: None)  # every row read
    differ = [text for text in texts if answer(text) != quick[text]]
    assert differ == []


def test_the_index_counts_each_tier_as_the_rows_do(book):
    for n, (name, wechat, notes) in enumerate([
            ("张小凡", "zhangxf", ""), ("李张华", "", ""), ("王五", "", "张小凡的朋友"),
            ("赵六", "wxzhangfan", ""), ("钱七", "", "")]):
        customers.save_customer({"name": name, "wechat_id": wechat, "description": notes},
                                [f"13{n}00001234"], tags=["zhangs"] if n == 4 else [])
    if not search._is_sqlite():
        pytest.skip("PostgreSQL counts with pg_trgm")
    # zhang: no exact word; a word's start: 张小凡 (zhangxiaofan, zhangxf); elsewhere: inside
    # 李张华's lizhanghua and 赵六's WeChat wxzhangfan (tier 2), part of 钱七's tag (tier 3)
    exact, first, rest = search_sqlite.tier_counts("zhang", search._sql)
    assert (exact, first, rest) == (0, 1, 3)
    assert search_sqlite.tier_counts("zhangs", search._sql) == (0, 1, 0)  # a whole tag
    assert search_sqlite.tier_counts("1234", search._sql) == (0, 5, 0)  # the last digits
