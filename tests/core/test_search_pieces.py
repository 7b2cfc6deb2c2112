"""Short searches answered from the pieces table give exactly the scan's answers.

`custbook.customers.search_pieces` stores every 1- and 2-character piece of every
customer's search keys with its tier, so 张, zs or 56 need no scan of the book. These
tests hold it to the scan it replaces: the same counts, the same customers in the same
order, for every short piece of the sample shop, with few and with many matches; and
the table stays in step with the keys through saves, tags, trash, erasing and writes
behind the core's back, on SQLite and PostgreSQL.
"""
from __future__ import annotations

import random

import pytest

from custbook import db
from custbook.customers import customers, search, search_keys, search_pieces, trash
from custbook.customers.customer_query import CustomerQuery
from custbook.models import database


def answer(text: str) -> tuple[int, list[list[int]]]:
    """Count and three pages (first, a middle one, a late one) of the plain list."""
    search._forget()
    query = CustomerQuery(text=text)
    count = customers.count_customers(query)
    pages = [[r.id for r in customers.list_customers(offset, 10, query=query)]
             for offset in (0, 7, 35)]
    return count, pages


def short_pieces(customers_sampled: int = 40, pairs: int = 100) -> list[str]:
    """Every single character of some customers' keys, and some of their 2-character pieces
    (the single characters include the broad ones: digits, common letters, surnames)."""
    rows = database.execute_sql("SELECT keys FROM customer_search ORDER BY customer_id")
    keys = [r[0] for r in rows.fetchall()]
    rng = random.Random(7)
    every = {p for k in rng.sample(keys, min(customers_sampled, len(keys)))
             for p in search_keys.pieces(k)}
    ones = sorted(p for p in every if len(p) == 1)
    twos = sorted(p for p in every if len(p) == 2)
    return ones + rng.sample(twos, min(pairs, len(twos)))


def stored() -> set[tuple]:
    return search_pieces.stored()


def expected() -> set[tuple]:
    rows = database.execute_sql("SELECT customer_id, keys FROM customer_search").fetchall()
    return {(p, t, cid) for cid, keys in rows for p, t in search_keys.pieces(keys).items()}


def reference_tier(keys: str, q: str) -> int:
    """The search SQL's CASE, written out in Python."""
    w, t, n = search_keys.WORD, search_keys.TAG, search_keys.NOTES
    if w + q in keys:
        return 0 if w + q + w in keys else 1
    if q + w in keys or t + q + t in keys:
        return 1
    return 2 if 0 <= keys.find(q) < keys.find(n) else 3


def test_pieces_rank_as_the_search_sql_does():
    keys = search_keys.keys_for("张三", ["13812345678"], "ZhangSan_88", ["对羊毛过敏 真丝"],
                                ["VIP", "老客户", "宝妈"])
    got = search_keys.pieces(keys)
    every = {keys[i:i + n] for n in (1, 2) for i in range(len(keys) - n + 1)}
    every = {p for p in every if not any(c in p for c in " \x1d\x1e\x1f")}
    assert set(got) == every
    assert got == {p: reference_tier(keys, p) for p in every}
    assert got["张三"] == 0 and got["zs"] == 0 and got["78"] == 1 and got["宝妈"] == 1
    assert got["三"] == 1 and got["45"] == 2 and got["羊毛"] == 3 and got["老客"] == 3


@pytest.mark.parametrize("small", [search.SMALL, 5])
def test_every_short_piece_of_the_sample_shop_answers_as_the_scan(sample_book, monkeypatch,
                                                                   small):
    monkeypatch.setattr(search, "SMALL", small)  # 5: the many-matches paths at 300 customers
    # a few customers in the trash: they must be left out of the counts and pages
    trash.move_to_trash([3, 40, 41, 200])
    assert stored() == expected()
    texts = short_pieces()
    assert len(texts) > 150
    with_pieces = {text: answer(text) for text in texts}
    monkeypatch.setattr(search_pieces, "usable", lambda: False)  # the scan, as before
    differ = [text for text in texts if answer(text) != with_pieces[text]]
    assert differ == []


def test_the_pieces_follow_every_change(sample_book):
    a = customers.save_customer({"name": "欧阳娜娜"}, ["13911112222"], tags=["VIP"]).id
    assert stored() == expected()
    customers.save_customer({"name": "欧阳琳", "wechat_id": "ouyang_lin"}, ["021-6666 7777"],
                            customer_id=a, tags=["宝妈"])
    assert stored() == expected()

    def ids(text):
        return sum(answer(text)[1], [])

    assert a in ids("琳") and a not in ids("娜娜")
    trash.move_to_trash([a])
    assert a not in ids("琳")
    trash.restore_from_trash([a])
    assert a in ids("琳")
    # behind the core's back: plain SQL; the next search heals the rows first
    database.execute_sql("UPDATE customer SET name = ? WHERE id = ?", ("司马琳", a))
    assert a in ids("司马")
    assert stored() == expected()
    # erasing removes the index row; its pieces go before the next search
    trash.move_to_trash([a])
    trash.empty_trash()
    assert a not in ids("司马") and answer("司马")[0] == 0
    assert stored() == expected()


def test_a_book_whose_pieces_are_missing_gets_them_when_opened(sample_book):
    database.execute_sql(f"DELETE FROM {search_pieces.TABLE}")
    location = db.book_location()
    db.close_book()
    db.open_book(location)
    assert stored() == expected()
    assert stored()


def test_pieces_cut_into_many_blocks_answer_as_the_scan(sample_book, monkeypatch):
    # blocks of 8 ids: 300 customers spread over ~38 blocks, as 1,000,000 are over 245
    monkeypatch.setattr(search_pieces, "BLOCK_BITS", 3)
    monkeypatch.setattr(search_pieces, "_FLUSH_BLOCKS", 2)  # a rebuild writes as it goes
    search.rebuild_index()
    assert stored() == expected()
    assert database.execute_sql(f"SELECT count(DISTINCT block) FROM {search_pieces.TABLE}"
                                ).fetchone()[0] > 30
    trash.move_to_trash([3, 40, 41, 200])
    # customers added as an import adds them (into blocks that hold ids already)
    with search.adding_customers() as added:
        for n in range(20):
            added.append(customers.save_customer({"name": f"林{n}号"}, [f"1390000{n:04d}"]).id)
    assert stored() == expected()
    assert answer("林")[0] >= 20
    texts = short_pieces(customers_sampled=20, pairs=40)
    with_pieces = {text: answer(text) for text in texts}
    monkeypatch.setattr(search_pieces, "usable", lambda: False)  # the scan, as before
    differ = [text for text in texts if answer(text) != with_pieces[text]]
    assert differ == []
