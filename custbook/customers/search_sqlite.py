"""The search index's SQLite schema: the FTS5 trigram table and the triggers that keep it.

Split from `custbook.customers.search` (which creates it, fills it and queries it), as
`custbook.customers.search_pg` holds the PostgreSQL side. The FTS table follows
`customer_search` (the external-content pattern of the FTS5 docs); `customer_search`
follows `customer`, its phones and tags whoever writes them, marking rows `stale` for
the next search to re-index.
"""
from __future__ import annotations

from collections.abc import Callable

from custbook.customers import search_keys, search_pieces

FTS = "customer_search_fts"

SCHEMA = [
    (f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS} USING fts5(keys, tokenize='trigram', "
    "content='customer_search', content_rowid='customer_id')"),
    # the FTS table follows customer_search (the external-content pattern of the FTS5 docs)
    f"""CREATE TRIGGER IF NOT EXISTS customer_search_fts_insert AFTER INSERT ON customer_search
    BEGIN INSERT INTO {FTS}(rowid, keys) VALUES (new.customer_id, new.keys); END""",
    f"""CREATE TRIGGER IF NOT EXISTS customer_search_fts_delete AFTER DELETE ON customer_search
    BEGIN INSERT INTO {FTS}({FTS}, rowid, keys) VALUES ('delete', old.customer_id, old.keys);
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS customer_search_fts_update
    AFTER UPDATE OF keys ON customer_search
    BEGIN INSERT INTO {FTS}({FTS}, rowid, keys) VALUES ('delete', old.customer_id, old.keys);
    INSERT INTO {FTS}(rowid, keys) VALUES (new.customer_id, new.keys); END""",
    # customer_search follows customer, whoever writes it
    """CREATE TRIGGER IF NOT EXISTS customer_search_new_customer AFTER INSERT ON customer
    BEGIN INSERT INTO customer_search(customer_id, keys, last_visit_on, in_trash, stale)
    VALUES (new.id, char(31) || lower(new.name) || char(31, 30), new.last_visit_on,
            new.deleted_at IS NOT NULL, 1)
    ON CONFLICT(customer_id) DO UPDATE SET stale = 1; END""",
    """CREATE TRIGGER IF NOT EXISTS customer_search_customer_state
    AFTER UPDATE OF last_visit_on, deleted_at ON customer
    BEGIN UPDATE customer_search SET last_visit_on = new.last_visit_on,
    in_trash = new.deleted_at IS NOT NULL WHERE customer_id = new.id; END""",
    """CREATE TRIGGER IF NOT EXISTS customer_search_customer_text
    AFTER UPDATE OF name, wechat_id, description ON customer
    BEGIN UPDATE customer_search SET stale = 1 WHERE customer_id = new.id; END""",
    """CREATE TRIGGER IF NOT EXISTS customer_search_phone_added AFTER INSERT ON customer_phone
    BEGIN UPDATE customer_search SET stale = 1 WHERE customer_id = new.customer_id; END""",
    """CREATE TRIGGER IF NOT EXISTS customer_search_phone_removed AFTER DELETE ON customer_phone
    BEGIN UPDATE customer_search SET stale = 1 WHERE customer_id = old.customer_id; END""",
    """CREATE TRIGGER IF NOT EXISTS customer_search_tag_added AFTER INSERT ON customer_tag
    BEGIN UPDATE customer_search SET stale = 1 WHERE customer_id = new.customer_id; END""",
    """CREATE TRIGGER IF NOT EXISTS customer_search_tag_removed AFTER DELETE ON customer_tag
    BEGIN UPDATE customer_search SET stale = 1 WHERE customer_id = old.customer_id; END""",
    """CREATE TRIGGER IF NOT EXISTS customer_search_tag_renamed AFTER UPDATE OF name ON tag
    BEGIN UPDATE customer_search SET stale = 1
    WHERE customer_id IN (SELECT customer_id FROM customer_tag WHERE tag_id = new.id); END""",
    """CREATE TRIGGER IF NOT EXISTS customer_search_phone_changed
    AFTER UPDATE OF customer_id, digits ON customer_phone
    BEGIN UPDATE customer_search SET stale = 1
    WHERE customer_id IN (old.customer_id, new.customer_id); END""",
    # family members' names and phones, and the shop's own field values, are keys too
    # (custbook.customers.relations, custom_fields): a script or an import writing them
    """CREATE TRIGGER IF NOT EXISTS customer_search_family_added
    AFTER INSERT ON customer_relation
    BEGIN UPDATE customer_search SET stale = 1 WHERE customer_id = new.customer_id; END""",
    """CREATE TRIGGER IF NOT EXISTS customer_search_family_removed
    AFTER DELETE ON customer_relation
    BEGIN UPDATE customer_search SET stale = 1 WHERE customer_id = old.customer_id; END""",
    """CREATE TRIGGER IF NOT EXISTS customer_search_family_changed
    AFTER UPDATE OF customer_id, name, phone_digits ON customer_relation
    BEGIN UPDATE customer_search SET stale = 1
    WHERE customer_id IN (old.customer_id, new.customer_id); END""",
    """CREATE TRIGGER IF NOT EXISTS customer_search_own_value_added
    AFTER INSERT ON custom_field_value
    BEGIN UPDATE customer_search SET stale = 1 WHERE customer_id = new.customer_id; END""",
    """CREATE TRIGGER IF NOT EXISTS customer_search_own_value_removed
    AFTER DELETE ON custom_field_value
    BEGIN UPDATE customer_search SET stale = 1 WHERE customer_id = old.customer_id; END""",
    """CREATE TRIGGER IF NOT EXISTS customer_search_own_value_changed
    AFTER UPDATE OF customer_id, value ON custom_field_value
    BEGIN UPDATE customer_search SET stale = 1
    WHERE customer_id IN (old.customer_id, new.customer_id); END""",
    """CREATE TRIGGER IF NOT EXISTS customer_search_own_field_kind
    AFTER UPDATE OF kind ON custom_field WHEN old.kind IS NOT new.kind
    BEGIN UPDATE customer_search SET stale = 1
    WHERE customer_id IN (SELECT customer_id FROM custom_field_value WHERE field_id = new.id);
    END""",
    # member card numbers are words of the keys (custbook.membership.numbers, a member import)
    """CREATE TRIGGER IF NOT EXISTS customer_search_card_added AFTER INSERT ON member
    BEGIN UPDATE customer_search SET stale = 1 WHERE customer_id = new.customer_id; END""",
    """CREATE TRIGGER IF NOT EXISTS customer_search_card_removed AFTER DELETE ON member
    BEGIN UPDATE customer_search SET stale = 1 WHERE customer_id = old.customer_id; END""",
    """CREATE TRIGGER IF NOT EXISTS customer_search_card_changed
    AFTER UPDATE OF customer_id, number ON member
    BEGIN UPDATE customer_search SET stale = 1
    WHERE customer_id IN (old.customer_id, new.customer_id); END""",
] + search_pieces.schema(sqlite=True)  # the 1- and 2-character pieces (search_pieces.py)


_TRASH_MAX = 2000  # more customers in the trash than this: count the usual way


def tier_counts(q: str, sql: Callable[..., list]) -> tuple[int, int, int] | None:
    """(exact word, start or end of a word, anywhere else) counts of a query of 3 or more
    characters among customers out of the trash, from the FTS index alone; None when the
    trash is too big to leave out this way.

    Why: a broad query (`zhang`, the tag 老客户 on 27,000 customers) took one read of
    every matching row to compute its tier (~50 ms at 100,000 customers, the slowest
    keystrokes). The trigram index holds the separators of the keys too, so an exact
    word is the phrase `\\x1fq\\x1f`, a word's start or end `\\x1fq` / `q\\x1f` and a whole
    tag `\\x1dq\\x1d` — the very substrings the search's SQL looks for — and counting a
    phrase reads only the index. Tiers 2 and 3 (in a word or only in the notes) cannot be
    told apart this way; they are counted when a page reaches them. The trash is
    subtracted by its keys, read here (it is small).
    """
    w, t = search_keys.WORD, search_keys.TAG
    trash = [k for (k,) in sql("SELECT keys FROM customer_search WHERE in_trash = ? LIMIT ?",
                               (True, _TRASH_MAX + 1))]
    if len(trash) > _TRASH_MAX:
        return None

    def count(*needles: str) -> int:
        expr = " OR ".join('"' + n.replace('"', '""') + '"' for n in needles)
        found = sql(f"SELECT count(*) FROM {FTS} WHERE {FTS} MATCH ?", (expr,))[0][0]
        return found - sum(any(n in keys for n in needles) for keys in trash)

    total = count(q)
    first = count(w + q, q + w, t + q + t) if total else 0
    exact = count(w + q + w) if first else 0
    return exact, first - exact, total - first
