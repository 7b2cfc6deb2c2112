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
import unicodedata

import pytest

from custbook import db, errors
from custbook.customers import (
    custom_fields,
    customers,
    relations,
    search,
    search_keys,
    search_pieces,
    search_sqlite,
    trash,
)
from custbook.customers.customer_query import CustomerQuery
from custbook.membership import numbers
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


def reference_pieces(keys: str) -> dict[str, int]:
    """Every piece and its tier, the plain way: each tier overwriting the worse ones
    (search_keys.tier_sets computes the same with set operations)."""
    w, n, t = search_keys.WORD, search_keys.NOTES, search_keys.TAG
    head, _, tail = keys.partition(n)
    notes, _, tags = tail.partition(t)
    words = [word for word in head.split(w) if word]
    out = {}
    for text in (*notes.split(" "), *tags.split(t)):
        out.update({text[i:i + size]: 3 for size in (1, 2) for i in range(len(text) - size + 1)})
    for word in words:
        out.update({word[i:i + size]: 2 for size in (1, 2) for i in range(len(word) - size + 1)})
    for word in words:
        out.update({word[0]: 1, word[-1]: 1, word[:2]: 1, word[-2:]: 1})
    out.update({tag: 1 for tag in tags.split(t) if 0 < len(tag) <= search_keys.SHORT})
    out.update({word: 0 for word in words if len(word) <= search_keys.SHORT})
    return out


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


def test_the_tier_sets_are_the_plain_pieces_for_every_customer(sample_book):
    rng = random.Random(3)
    alphabet = "ab张三12_ \x1d"
    made = [search_keys.keys_for(
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 4))),
        ["".join(rng.choice("12") for _ in range(rng.randint(0, 3)))],
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 3))),
        ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 5)))],
        ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 2))) for _ in range(3)])
        for _ in range(3000)]
    stored = [k for (k,) in database.execute_sql("SELECT keys FROM customer_search")]
    for keys in stored + made + ["\x1f\x1e\x1d", "\x1fa\x1f\x1e\x1d", "\x1fab\x1f\x1eab\x1dab\x1d"]:
        sets = search_keys.tier_sets(keys)
        assert sum(map(len, sets)) == len(set().union(*sets)), keys  # each piece in one tier
        assert search_keys.pieces(keys) == reference_pieces(keys), keys


@pytest.mark.parametrize("text", [
    "张三", "Zhang San", "ＺＨＡＮＧ　ｓａｎ", "ß", "İstanbul", "ﬁ", "①②", "㈱", "\u00a0x", "a\tb",
    "a\u200bb", "\x00\x1f\x7f", "ǅ", "Ⅻ", "\u3000", "e\u0301", "\U0002a6a5", "", "x" * 30])
def test_text_is_normalised_the_one_way_whatever_path_it_takes(text):
    slow = search_keys._SPACE_OR_CONTROL.sub("", unicodedata.normalize("NFKC", text).casefold())
    assert search_keys.normalise(text) == slow


def snapshot() -> tuple[list, list]:
    """Every index row and every posting blob, as stored."""
    rows = database.execute_sql("SELECT customer_id, keys, last_visit_on, in_trash, stale FROM "
                                "customer_search ORDER BY customer_id").fetchall()
    blobs = database.execute_sql(f"SELECT piece, tier, block, ids FROM {search_pieces.TABLE} "
                                 "ORDER BY piece, tier, block").fetchall()
    return [tuple(r) for r in rows], [(p, t, b, bytes(ids)) for p, t, b, ids in blobs]


def test_the_bulk_build_stores_exactly_what_saving_card_by_card_stores(sample_book, monkeypatch):
    # small blocks: 300 customers over ~38 of them, as 1,000,000 are over 245
    monkeypatch.setattr(search_pieces, "BLOCK_BITS", 3)
    trash.move_to_trash([3, 40, 41, 200])
    # everything the keys are made of, several of each on some customers (their order)
    tea = custom_fields.save_field({"name": "喜欢的茶", "kind": "text"})
    size = custom_fields.save_field({"name": "尺码", "kind": "choice", "choices": "S\nM\nL"})
    for cid in (5, 77, 78, 250):
        relations.save_relation(cid, {"relation": "spouse", "name": f"林{cid}",
                                      "phone": f"1390000{cid:04d}"})
        relations.save_relation(cid, {"relation": "child", "name": "小宝"})
        custom_fields.set_values(cid, {tea.id: "龙井 明前", size.id: "M"})
        numbers.assign(cid, f"VIP-{cid:05d}")
    customers.save_customer({"name": "欧阳 Emily", "wechat_id": "ＥＭ_1"},
                            ["13800000001", "021-6666 7777", "13800000001"],
                            tags=["VIP", "vip ", "宝妈"])
    search.rebuild_index()
    built = snapshot()
    assert len(built[0]) == 301 and len(built[1]) > 3000
    assert any("林77" in r[1] and "vip-00077" in r[1] and "明前" in r[1] for r in built[0])
    # the card-by-card path: keys and pieces written customer by customer, from nothing
    database.execute_sql(f"DELETE FROM {search_pieces.TABLE}")
    database.execute_sql("UPDATE customer_search SET stale = ?, keys = ?", (True, "\x1f\x1e"))
    ids = [r[0] for r in database.execute_sql("SELECT id FROM customer ORDER BY id DESC")]
    for start in range(0, len(ids), 7):
        search.index_customers(ids[start:start + 7])
    assert snapshot() == built


def test_a_cancelled_rebuild_leaves_the_index_as_it_was(sample_book):
    before = snapshot()
    with pytest.raises(errors.Cancelled):
        search.rebuild_index(progress=lambda done, total: False)
    assert snapshot() == before


@pytest.mark.sqlite_only("the second thread writing a SQLite rebuild")
def test_a_rebuild_whose_writes_fail_leaves_the_index_as_it_was(sample_book, monkeypatch):
    before = snapshot()

    def broken(self, rows):  # a statement of the writing thread fails
        self.run("INSERT INTO no_such_table VALUES (1)")

    monkeypatch.setattr(search_sqlite.Writer, "postings", broken)
    with pytest.raises(Exception, match="no_such_table"):
        search.rebuild_index()
    assert snapshot() == before
    search._forget()
    assert customers.count_customers(CustomerQuery(text="张")) == sum(
        1 for r in before[0] if "张" in r[1] and not r[3])


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
    monkeypatch.setattr(search_pieces, "BLOCK_BITS", 3)  # a rebuild writes as it goes
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


def test_an_import_after_the_last_customer_joins_the_block_that_holds_ids(sample_book, tmp_path,
                                                                          monkeypatch):
    from custbook.exchange import importer
    from custbook.sql_dialect import is_sqlite

    monkeypatch.setattr(search_pieces, "BLOCK_BITS", 3)  # 300 customers over ~38 blocks
    search.rebuild_index()
    last = database.execute_sql("SELECT max(id) FROM customer").fetchone()[0]
    trash.move_to_trash([last])
    trash.empty_trash()  # its id is given again by the import: its pieces must go first
    trash.move_to_trash([3, 40, 41])
    path = tmp_path / "list.csv"
    path.write_text("姓名,手机,标签,备注\r\n" + "".join(
        f"林{n}号,139{n:08d},{'VIP' if n % 3 else '宝妈'},喜欢真丝{n}\r\n" for n in range(45)),
        encoding="utf-8")
    calls = []
    bulk = search.search_bulk.index_in_order
    monkeypatch.setattr(search.search_bulk, "index_in_order",
                        lambda ids, step=None: (calls.append(len(ids)), bulk(ids, step)))
    _, result = importer.import_file(path)
    assert result.created == 45
    assert calls == ([45] if is_sqlite() else [])  # SQLite: indexed in order, as a rebuild
    assert stored() == expected()
    assert search.heal() == 0  # nothing left stale
    imported = snapshot()
    search.rebuild_index()
    assert snapshot() == imported  # the same rows and the same blobs as a rebuild writes
    assert [r.name for r in customers.list_customers(0, 5, query=CustomerQuery(
        text="喜欢真丝44"))] == ["林44号"]  # 3+ characters: the FTS rows were written
    texts = ["林", "号", "VI", "宝", "39", "4"]
    with_pieces = {text: answer(text) for text in texts}
    importer.undo_import(result.batch_id)
    search.heal()  # the erased customers' pieces go before the next search
    assert stored() == expected()
    monkeypatch.setattr(search_pieces, "usable", lambda: False)  # the scan, as before
    assert answer("林")[0] == with_pieces["林"][0] - 45
