"""The search index's SQLite schema: the FTS5 trigram table and the triggers that keep it.

Split from `custbook.customers.search` (which creates it, fills it and queries it), as
`custbook.customers.search_pg` holds the PostgreSQL side. The FTS table follows
`customer_search` (the external-content pattern of the FTS5 docs); `customer_search`
follows `customer`, its phones and tags whoever writes them, marking rows `stale` for
the next search to re-index.
"""
from __future__ import annotations

from custbook.customers import search_pieces

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
] + search_pieces.schema(sqlite=True)  # the 1- and 2-character pieces (search_pieces.py)
