"""The search index on a PostgreSQL book: the same keys and ranking, PostgreSQL's own means.

The keys (`custbook.customers.search_keys`) and the `customer_search` table are the same as on
SQLite, so a customer is found by exactly the same things and ranked the same way
(see `custbook.customers.search`). What differs is how the rows are found and kept:

- Finding: `keys LIKE '%q%'`. For 3 characters or more a `pg_trgm` GIN index over
  `keys` (`gin_trgm_ops`) answers it — pg_trgm makes trigrams of Chinese characters
  too when the database's character type is UTF-8 aware (C.UTF-8, en_US.UTF-8, …).
  For 1 or 2 characters (张, zs, 56) no trigram can be made, and the planner scans the
  narrow table, which is what SQLite does as well. The tier of a row is computed
  with LIKE patterns, the same tests as SQLite's `instr`.
- Ranking: up to 2,000 matches are fetched and ordered at once, as on SQLite. A broad
  match (张, one digit) is counted with the plain LIKE and each page is one ordered
  query (tier, then last seen with NULLS LAST — SQLite sorts never-seen customers
  last going down — then newest): a top-N sort the database does in one pass.
- Keeping it right: PL/pgSQL triggers do what SQLite's triggers do (a row for every
  new customer, copies of `last_visit_on`/`deleted_at`, `stale` when a name, phone,
  WeChat ID, note, tag, family member's name or phone, or own field value changes by a
  path that does not re-index); the core
  re-indexes in the same transaction as each change, and the next search heals
  stale rows — without waiting for another PC's lock (`lock_timeout`).
- "Has the book changed?" (for the memo of counts): the change counter of
  `custbook.changes`, which moves on every write by any PC.

Without the pg_trgm extension (a server whose admin did not allow it) search still
works, by scanning; docs/postgresql.md says how to add it.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from peewee import DatabaseError, OperationalError

from custbook.customers import search_pieces
from custbook.models import database
from custbook.models import CustomerSearch
from psycopg2.extras import execute_values
from custbook.customers.search_keys import NOTES, TAG, WORD
from custbook import changes

TRGM_INDEX = "customer_search_keys_trgm"
_TRIGGER_PREFIX = "custbook_search_"

# (trigger name, its function's body, the CREATE TRIGGER tail)
_TRIGGERS = [
    ("new_customer",
     "INSERT INTO customer_search(customer_id, keys, last_visit_on, in_trash, stale) "
     "VALUES (NEW.id, chr(31) || lower(NEW.name) || chr(31) || chr(30), NEW.last_visit_on, "
     "NEW.deleted_at IS NOT NULL, TRUE) ON CONFLICT (customer_id) DO UPDATE SET stale = TRUE;",
     "AFTER INSERT ON customer FOR EACH ROW"),
    ("customer_state",
     "UPDATE customer_search SET last_visit_on = NEW.last_visit_on, "
     "in_trash = NEW.deleted_at IS NOT NULL WHERE customer_id = NEW.id;",
     "AFTER UPDATE OF last_visit_on, deleted_at ON customer FOR EACH ROW "
     "WHEN (OLD.last_visit_on IS DISTINCT FROM NEW.last_visit_on "
     "OR OLD.deleted_at IS DISTINCT FROM NEW.deleted_at)"),
    ("customer_text",
     "UPDATE customer_search SET stale = TRUE WHERE customer_id = NEW.id;",
     "AFTER UPDATE OF name, wechat_id, description ON customer FOR EACH ROW "
     "WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.wechat_id IS DISTINCT FROM "
     "NEW.wechat_id OR OLD.description IS DISTINCT FROM NEW.description)"),
    ("phone",
     "IF TG_OP <> 'INSERT' THEN UPDATE customer_search SET stale = TRUE "
     "WHERE customer_id = OLD.customer_id; END IF; "
     "IF TG_OP <> 'DELETE' THEN UPDATE customer_search SET stale = TRUE "
     "WHERE customer_id = NEW.customer_id; END IF;",
     "AFTER INSERT OR DELETE OR UPDATE OF customer_id, digits ON customer_phone "
     "FOR EACH ROW"),
    ("tag_link",
     "IF TG_OP = 'DELETE' THEN UPDATE customer_search SET stale = TRUE "
     "WHERE customer_id = OLD.customer_id; ELSE UPDATE customer_search SET stale = TRUE "
     "WHERE customer_id = NEW.customer_id; END IF;",
     "AFTER INSERT OR DELETE ON customer_tag FOR EACH ROW"),
    ("tag_renamed",
     "UPDATE customer_search SET stale = TRUE WHERE customer_id IN "
     "(SELECT customer_id FROM customer_tag WHERE tag_id = NEW.id);",
     "AFTER UPDATE OF name ON tag FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)"),
    # family members' names and phones, and the shop's own field values, are keys too
    ("family",
     "IF TG_OP <> 'INSERT' THEN UPDATE customer_search SET stale = TRUE "
     "WHERE customer_id = OLD.customer_id; END IF; "
     "IF TG_OP <> 'DELETE' THEN UPDATE customer_search SET stale = TRUE "
     "WHERE customer_id = NEW.customer_id; END IF;",
     "AFTER INSERT OR DELETE OR UPDATE OF customer_id, name, phone_digits "
     "ON customer_relation FOR EACH ROW"),
    ("own_value",
     "IF TG_OP <> 'INSERT' THEN UPDATE customer_search SET stale = TRUE "
     "WHERE customer_id = OLD.customer_id; END IF; "
     "IF TG_OP <> 'DELETE' THEN UPDATE customer_search SET stale = TRUE "
     "WHERE customer_id = NEW.customer_id; END IF;",
     "AFTER INSERT OR DELETE OR UPDATE OF customer_id, value ON custom_field_value "
     "FOR EACH ROW"),
    ("own_field_kind",
     "UPDATE customer_search SET stale = TRUE WHERE customer_id IN "
     "(SELECT customer_id FROM custom_field_value WHERE field_id = NEW.id);",
     "AFTER UPDATE OF kind ON custom_field FOR EACH ROW "
     "WHEN (OLD.kind IS DISTINCT FROM NEW.kind)"),
    ("card",  # member card numbers are words of the keys
     "IF TG_OP <> 'INSERT' THEN UPDATE customer_search SET stale = TRUE "
     "WHERE customer_id = OLD.customer_id; END IF; "
     "IF TG_OP <> 'DELETE' THEN UPDATE customer_search SET stale = TRUE "
     "WHERE customer_id = NEW.customer_id; END IF;",
     "AFTER INSERT OR DELETE OR UPDATE OF customer_id, number ON member FOR EACH ROW"),
    search_pieces.PG_TRIGGER,  # a deleted row's keys, so its short pieces can be deleted
]


def _sql(query: str, params: Iterable[Any] = ()) -> list[tuple]:
    return database.execute_sql(query, tuple(params)).fetchall()


# ------------------------------------------------------------------ schema

def _existing(kind: str) -> set[str]:
    if kind == "trigger":
        rows = _sql("SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                    "JOIN pg_namespace n ON n.oid = c.relnamespace "
                    "WHERE n.nspname = current_schema() AND NOT t.tgisinternal")
    elif kind == "function":
        rows = _sql("SELECT p.proname FROM pg_proc p JOIN pg_namespace n "
                    "ON n.oid = p.pronamespace WHERE n.nspname = current_schema()")
    else:
        rows = _sql("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() "
                    "AND tablename = 'customer_search'")
    return {r[0] for r in rows}


def has_trigram() -> bool:
    """True when the pg_trgm extension is there (else search scans: slower, still right)."""
    return bool(_sql("SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm')")
                [0][0])


def _add_trigram_extension() -> bool:
    """Create pg_trgm if allowed (it is a trusted extension since PostgreSQL 13)."""
    if has_trigram():
        return True
    try:
        with database.atomic():
            database.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DatabaseError:  # not allowed, or the server lacks contrib: search still works
        return False
    return True


def create_schema() -> None:
    """Create the triggers and indexes a PostgreSQL book's search needs (only what lacks).

    Only missing parts are created: creating a trigger or index locks the table, and
    another PC may be working in it.
    """
    database.create_tables([CustomerSearch], safe=True)
    for statement in search_pieces.schema(sqlite=False):
        database.execute_sql(statement)
    functions, triggers = _existing("function"), _existing("trigger")
    for name, body, tail in _TRIGGERS:
        full = _TRIGGER_PREFIX + name
        if full not in functions:
            database.execute_sql(
                f"CREATE OR REPLACE FUNCTION {full}() RETURNS trigger LANGUAGE plpgsql AS "
                f"$$ BEGIN {body} RETURN NULL; END $$")
        if full not in triggers:
            on = tail.split(" ON ", 1)[1].split(" ", 1)[0]
            database.execute_sql(f"DROP TRIGGER IF EXISTS {full} ON {on}")
            database.execute_sql(f"CREATE TRIGGER {full} {tail} EXECUTE FUNCTION {full}()")
    indexes = _existing("index")
    if TRGM_INDEX not in indexes and _add_trigram_extension():
        database.execute_sql(f"CREATE INDEX IF NOT EXISTS {TRGM_INDEX} ON customer_search "
                             "USING gin (keys gin_trgm_ops)")


# ------------------------------------------------------------------ writing keys

_UPSERT = ("INSERT INTO customer_search(customer_id, keys, last_visit_on, in_trash, stale) "
           "SELECT c.id, v.keys, c.last_visit_on, c.deleted_at IS NOT NULL, FALSE "
           "FROM (VALUES %s) AS v(keys, id) JOIN customer c ON c.id = v.id "
           "ON CONFLICT (customer_id) DO UPDATE SET keys = excluded.keys, stale = FALSE, "
           "last_visit_on = excluded.last_visit_on, in_trash = excluded.in_trash")


def write_keys(rows: list[tuple[str, int]]) -> None:
    """Store (keys, customer id) rows: one statement per 1,000 rows."""
    if not rows:
        return

    # execute_values fills the one %s itself; the text goes to psycopg2 unchanged
    execute_values(database.cursor(), _UPSERT, rows, template="(%s, %s::integer)",
                   page_size=1000)


def index_customers(ids: list[int], keys_of: Callable[[list[int]], list]) -> None:
    with database.atomic():
        search_pieces.store(keys_of(ids), write_keys)


def heal(keys_of: Callable[[list[int]], list]) -> int:
    """Re-index rows marked stale; never waits for another PC's lock on them."""
    stale = [r[0] for r in _sql("SELECT customer_id FROM customer_search WHERE stale")]
    if not stale and not _sql(f"SELECT 1 FROM {search_pieces.GONE} LIMIT 1"):
        return 0
    try:
        with database.atomic():
            database.execute_sql("SET LOCAL lock_timeout = '200ms'")
            search_pieces.drop_gone()
            search_pieces.store(keys_of(stale), write_keys)
            database.execute_sql("SET LOCAL lock_timeout = DEFAULT")
    except OperationalError:  # another PC holds them: search with the keys we have
        return 0
    return len(stale)


def rebuild(ids: list[int], keys_of: Callable[[list[int]], list],
            progress: Callable[[int, int], Any] | None, cancelled: Callable[[], Exception]
            ) -> None:
    """Write every customer's keys afresh (inside the caller's transaction).

    The trigram index is dropped first and built once at the end: building it in one
    go is several times faster than updating it 100,000 times.
    """
    total = len(ids)
    database.execute_sql(f"DROP INDEX IF EXISTS {TRGM_INDEX}")
    database.execute_sql("DELETE FROM customer_search")
    search_pieces.clear()
    loader = search_pieces.Loader(database.obj)  # ids in order: blocks written as they fill
    step = 5000
    for start in range(0, total, step):
        rows = keys_of(ids[start:start + step])
        write_keys(rows)
        loader.add(rows)
        if progress is not None and progress(min(start + step, total), total) is False:
            raise cancelled()
    loader.write()
    create_schema()


# ------------------------------------------------------------------ querying

def escape_like(text: str) -> str:
    """`text` as a LIKE pattern matching itself (backslash is PostgreSQL's escape)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def match_sql(q: str) -> tuple[str, tuple, str, tuple]:
    """(where, params, tier SQL, tier params) for a normalised query, PostgreSQL's way.

    The tier tests are LIKE patterns rather than `strpos`: the same tests as SQLite's
    `instr` (a word's start `\x1fq`, an exact word `\x1fq\x1f`, a word's end `q\x1f`, a
    whole tag `\x1dq\x1d`, before the notes mark `q…\x1e`), but LIKE compares bytes while
    strpos counts characters, and over 100,000 rows that halves the time.
    """
    e = escape_like(q)
    where = "s.keys LIKE ?"
    tier = ("CASE WHEN s.keys LIKE ? THEN (CASE WHEN s.keys LIKE ? THEN 0 ELSE 1 END) "
            "WHEN s.keys LIKE ? OR s.keys LIKE ? THEN 1 WHEN s.keys LIKE ? THEN 2 ELSE 3 END")
    tier_params = (f"%{WORD}{e}%", f"%{WORD}{e}{WORD}%", f"%{e}{WORD}%", f"%{TAG}{e}{TAG}%",
                   f"%{e}%{NOTES}%")
    return where, (f"%{e}%",), tier, tier_params


def found(match, join: str, filters: str, params: tuple, in_trash: bool, small: int,
          make_found: Callable, all_in_order: Callable):
    """The matches: in order when at most `small`, else only their number.

    A broad match (张, a single digit: tens of thousands of rows) is counted with the
    plain LIKE, and its pages are ordered by the database (`ranked_page`): computing the
    tier of every row just to count the tiers would cost ten times the count.
    """
    source = (f"FROM customer_search s {join} WHERE s.in_trash = ? AND {match.where} "
              f"AND {filters}")
    where_args = (bool(in_trash),) + match.params + params
    rows = _sql(f"SELECT s.customer_id, {match.tier}, s.last_visit_on {source} "
                f"LIMIT {small + 1}", match.tier_params + where_args)
    if len(rows) <= small:
        return all_in_order(rows)
    total = _sql(f"SELECT count(*) {source}", where_args)[0][0]
    return make_found({BROAD: total}, None, None)


BROAD = -1  # the one "tier" of a broad match's Found: all matches, tiers not counted


def ranked_page(match, join: str, filters: str, params: tuple, in_trash: bool,
                offset: int, limit: int) -> list[int]:
    """One page of a broad match: best tier first, the customer seen most recently first."""
    rows = _sql(f"SELECT s.customer_id FROM customer_search s {join} WHERE s.in_trash = ? "
                f"AND {match.where} AND {filters} ORDER BY {match.tier}, "
                f"s.last_visit_on DESC NULLS LAST, s.customer_id DESC LIMIT ? OFFSET ?",
                (bool(in_trash),) + match.params + params + match.tier_params
                + (limit, offset))
    return [r[0] for r in rows]


def data_marker() -> tuple:
    """Moves whenever anyone (this PC or another) writes to the book."""
    return (changes.token(database.obj),)
