"""The search index behind search-as-you-type, and the SQL that queries it.

Why an index table: at 100,000 customers a search must answer (count + first page)
within a keystroke. Scanning the wide `customer` table with LIKE over name, phones,
WeChat and notes takes ~60 ms and cannot find pinyin at all. So every customer has
one narrow `customer_search` row (see `custbook.models.CustomerSearch`) whose `keys`
hold their normalised name, pinyin (full and initials), phone digits, WeChat ID and
notes (`custbook.customers.search_keys`). A query is a substring of those keys:

- 3 characters or more: an FTS5 *trigram* index over `keys` (external content, kept
  by triggers) finds the rows in well under a millisecond;
- 1 or 2 characters (张, 王芳, zs, 56 — FTS5 trigram cannot match under 3): a scan of
  the narrow table with `instr`, ~12 ms at 100,000 customers.

Tags are in the keys too (so "VIP" or "老客户" is one index lookup, not a join);
tagging many customers at once re-indexes them (~2 s for 15,000 customers).

Ranking (best first): tier 0 an exact word (the whole name, a whole phone number,
the full pinyin or initials, the WeChat ID); tier 1 the start or end of a word (a
name's surname or given name, pinyin typed so far, the last digits of a phone) or a
tag's whole name; tier 2 anywhere in those words; tier 3 only in the notes or in
part of a tag's name. Inside a tier, the customer seen most recently comes first.

Keeping it right: `index_customer` is called inside the transaction of every core
change to a customer's name, phones, WeChat ID or notes. SQL triggers copy
`last_visit_on`/`deleted_at` from `customer` on every write, add a row for every new
customer, and mark the row `stale` when name, WeChat, notes or phones change by any
other path (an import, a script); the next search re-indexes stale rows first.
`ensure_index` (called by `custbook.db.open_book`) creates what an older book lacks
and rebuilds the index when it is missing, incomplete or of an older format.

A PostgreSQL book keeps the same keys and ranking with PostgreSQL's own means (a
pg_trgm GIN index, PL/pgSQL triggers): `custbook.customers.search_pg`, chosen here per book.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from peewee import OperationalError, SqliteDatabase

from custbook.customers import (search_bulk, search_keys, search_pg, search_pieces, search_reads,
                                search_sqlite)
from custbook.customers.search_sqlite import FTS, SCHEMA as _SCHEMA
from custbook import errors, settings
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.models import CustomerSearch, Setting, database, generation
from custbook.book_format import SEARCH_FORMAT as FORMAT, SEARCH_FORMAT_KEY as FORMAT_KEY

RECENT_INDEX = "customer_search_in_trash_last_visit_on"
_CHUNK = 500



def _sql(query: str, params: Iterable[Any] = ()) -> list[tuple]:
    return database.execute_sql(query, tuple(params)).fetchall()


def _is_sqlite() -> bool:
    return isinstance(database.obj, SqliteDatabase)


# ------------------------------------------------------------------ building and keeping

def index_customers(customer_ids: Iterable[int]) -> None:
    """Re-index these customers now (inside the caller's transaction)."""
    ids = sorted(set(customer_ids))
    if not ids:
        return
    if not _is_sqlite():
        search_pg.index_customers(ids, search_reads.keys_of)
        return
    with database.atomic():
        search_pieces.store(search_reads.keys_of(ids), lambda rows: database.connection().executemany(
            "INSERT INTO customer_search(customer_id, keys, last_visit_on, in_trash, stale) "
            "SELECT id, ?, last_visit_on, deleted_at IS NOT NULL, 0 FROM customer WHERE id = ? "
            "ON CONFLICT(customer_id) DO UPDATE SET keys = excluded.keys, stale = 0, "
            "last_visit_on = excluded.last_visit_on, in_trash = excluded.in_trash",
            rows))


def index_customer(customer_id: int) -> None:
    """Re-index one customer; called by every core function that changes a customer."""
    index_customers([customer_id])


# what keeps customer_search following new rows (search_sqlite.SCHEMA); an import's new
# customers are indexed at the end of `adding_customers` instead
_FOLLOWING_NEW_ROWS = ("new_customer", "phone_added", "tag_added", "family_added",
                       "own_value_added", "card_added")


@contextmanager
def adding_customers(done: Callable[[int], Any] | None = None) -> Iterator[list[int]]:
    """Index many new customers at once (an import): fill the yielded list with their ids.

    Only customers inserted inside the block may be touched in it. Row by row, the
    triggers would add an index row and an FTS row for each new customer, mark it stale
    for each phone and tag, and the keys written after would replace both; here the
    triggers are dropped inside a savepoint and each customer is indexed once at the
    end: by `search_bulk.index_in_order` when they come after every other customer (an
    import's do), else chunk by chunk. A failure rolls the savepoint back, triggers
    included. `done(count)` is told as customers are indexed.
    """
    added: list[int] = []
    if not _is_sqlite():
        yield added
        index_customers(added)
        if done is not None:
            done(len(added))
        return
    with database.atomic():
        for name in ("fts_insert", "fts_delete", "fts_update") + _FOLLOWING_NEW_ROWS:
            database.execute_sql(f"DROP TRIGGER IF EXISTS customer_search_{name}")
        search_pieces.drop_gone()
        yield added
        ids = sorted(set(added))
        if search_bulk.appended(ids):
            search_bulk.index_in_order(ids, done)
        else:
            _index_added(ids, done)
        _create_schema()
    search_keys.forget_names()


def _index_added(ids: list[int], done: Callable[[int], Any] | None) -> None:
    """Index customers added with the triggers dropped (some may have been indexed by a
    card saved inside the block, none has an FTS row), chunk by chunk."""
    loader = search_pieces.Loader()
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        rows = search_reads.keys_of(chunk)
        database.connection().executemany(
            "INSERT INTO customer_search(customer_id, keys, last_visit_on, in_trash, stale) "
            "SELECT id, ?, last_visit_on, deleted_at IS NOT NULL, 0 FROM customer WHERE id = ? "
            "ON CONFLICT(customer_id) DO UPDATE SET keys = excluded.keys, stale = 0", rows)
        loader.add(rows)  # merged with any pieces a card saved in the block wrote
        _sql(f"INSERT INTO {FTS}(rowid, keys) SELECT customer_id, keys FROM "
             f"customer_search WHERE customer_id IN ({','.join('?' * len(chunk))})", chunk)
        if done is not None:
            done(len(chunk))
    loader.write()


def heal() -> int:
    """Re-index the customers that triggers marked stale; returns how many."""
    if not _is_sqlite():
        return search_pg.heal(search_reads.keys_of)
    stale = [r[0] for r in _sql("SELECT customer_id FROM customer_search WHERE stale = 1")]
    if stale or _sql(f"SELECT 1 FROM {search_pieces.GONE} LIMIT 1"):
        # Never wait for another connection's write (the window would freeze): search with
        # the keys we have, and heal next time.
        timeout = _sql("PRAGMA busy_timeout")[0][0]
        database.execute_sql("PRAGMA busy_timeout = 0")
        try:
            with database.atomic():
                search_pieces.drop_gone()
                index_customers(stale)
        except OperationalError:
            return 0
        finally:
            database.execute_sql(f"PRAGMA busy_timeout = {int(timeout)}")
    return len(stale)


def rebuild_index(progress: Callable[[int, int], Any] | None = None) -> int:
    """(Re)build the search index for every customer; returns how many were indexed.

    `progress(done, total)` is called now and then; returning False cancels (Cancelled
    is raised and the index stays as it was).
    """
    ids = [r[0] for r in _sql("SELECT id FROM customer ORDER BY id")]
    total = len(ids)
    if not _is_sqlite():
        with database.atomic():
            search_pg.create_schema()
            search_pg.rebuild(ids, search_reads.keys_of, progress, lambda: errors.Cancelled(
                QT_TRANSLATE_NOOP("Search", "Rebuilding the search index was cancelled.")))
            _store_format()
        search_keys.forget_names()
        _forget()
        return total
    with database.atomic():
        _create_schema()
        # Bulk path: drop the per-row FTS triggers, write the rows, rebuild FTS at once.
        for name in ("fts_insert", "fts_delete", "fts_update", "gone"):
            database.execute_sql(f"DROP TRIGGER IF EXISTS customer_search_{name}")
        database.execute_sql("DELETE FROM customer_search")
        database.execute_sql(f"INSERT INTO {FTS}({FTS}) VALUES ('delete-all')")
        search_pieces.clear()
        # SQLite writes one range while Python reads and computes the next (search_bulk)
        indexed = 0

        def step(count: int) -> None:
            nonlocal indexed
            indexed += count
            if progress is not None and progress(indexed, total) is False:
                raise errors.Cancelled(QT_TRANSLATE_NOOP(
                    "Search", "Rebuilding the search index was cancelled."))

        search_bulk.index_in_order(ids, step)
        _create_schema()
        _store_format()
    search_keys.forget_names()
    _forget()
    return total


def _store_format() -> None:
    Setting.insert(key=FORMAT_KEY, value=FORMAT).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: FORMAT}).execute()


def _create_schema() -> None:
    if not _is_sqlite():
        search_pg.create_schema()
        return
    database.create_tables([CustomerSearch], safe=True)
    for statement in _SCHEMA:
        database.execute_sql(statement)


def ensure_index() -> bool:
    """Make sure the open book has a complete, current index; True if it was rebuilt.

    Cheap when all is well (two counts); a book made before the index existed, or by
    an older format, is indexed now (~3 s at 100,000 customers).
    """
    with database.atomic():
        _create_schema()
    stored = Setting.get_or_none(Setting.key == FORMAT_KEY)
    customers = _sql("SELECT count(*) FROM customer")[0][0]
    indexed = _sql("SELECT count(*) FROM customer_search")[0][0]
    if stored is None or stored.value != FORMAT or customers != indexed \
            or search_pieces.missing():
        rebuild_index()
        return True
    heal()
    return False


# ------------------------------------------------------------------ querying

@dataclass(frozen=True)
class Match:
    """SQL for the customer_search rows (alias `s`) that match a query, and their tier."""

    text: str
    where: str
    params: tuple
    tier: str
    tier_params: tuple
    indexed: bool  # found through the FTS index (3 characters or more), else by a scan
    exact: str  # the needle of an exact word


def matching_ids_sql(text: str) -> Match | None:
    """The SQL that selects matching index rows for a typed query; None if it is blank."""
    # start-up: libphonenumber (~30 ms to import) loads with the first search, not when the
    # book opens (ensure_index)
    from custbook.customers import phones

    region = settings.get("phone_region")
    q = search_keys.query_text(text, str(phones.country_code(region) or 86))
    if not q:
        return None
    w, t = search_keys.WORD, search_keys.TAG
    tier_params = (w + q, w + q + w, q + w, t + q + t, q)
    if not _is_sqlite():
        where, like, tier, pg_tier_params = search_pg.match_sql(q)
        return Match(q, where, like, tier, pg_tier_params, len(q) >= 3, w + q + w)
    if len(q) >= 3:
        where = f"s.customer_id IN (SELECT rowid FROM {FTS} WHERE {FTS} MATCH ?)"
        params = ['"' + q.replace('"', '""') + '"']
    else:
        where, params = "instr(s.keys, ?) > 0", [q]
    # An exact word is also a word's start, so it is only looked for after a start is
    # found: most rows of a broad match cost one call fewer.
    tier = ("CASE WHEN instr(s.keys, ?) > 0 THEN (CASE WHEN instr(s.keys, ?) > 0 THEN 0 "
            "ELSE 1 END) WHEN instr(s.keys, ?) > 0 OR instr(s.keys, ?) > 0 THEN 1 "
            "WHEN instr(s.keys, ?) BETWEEN 1 AND instr(s.keys, char(30)) THEN 2 ELSE 3 END")
    return Match(q, where, tuple(params), tier, tier_params, len(q) >= 3, w + q + w)
# A small memo of tier counts: the list asks for the count and then the first page of
# the same query, and scrolling asks for more pages; each would otherwise scan again.
_memo: dict[tuple, Any] = {}


def _forget() -> None:
    _memo.clear()


def data_marker() -> tuple:
    """Changes whenever the book changes (through this connection or another one)."""
    if not _is_sqlite():
        return (generation(),) + search_pg.data_marker()
    conn = database.connection()
    version = conn.execute("PRAGMA data_version").fetchone()[0]
    # id(conn) alone can repeat after one book is closed and another opened
    return generation(), id(conn), conn.total_changes, version


def memo(key: tuple, compute: Callable[[], Any]) -> Any:
    """compute() once per key while the book is unchanged."""
    full = key + data_marker()
    if full not in _memo:
        if len(_memo) > 64:
            _memo.clear()
        _memo[full] = compute()
    return _memo[full]


SMALL = 2000  # up to this many matches are fetched and ordered in one go


@dataclass(frozen=True)
class Found:
    """What a query matched: the count per tier, and ids in order where they are few.

    `ids`: every match in order (None when there are more than SMALL); `exact`: the
    tier-0 matches in order (None when not collected), so a first page of exact
    matches never needs a second scan.
    """

    counts: dict[int, int]
    ids: list[int] | None
    exact: list[int] | None = None
    split: bool = True  # False: counts[2] holds tiers 2 and 3 together (see tier_counts)


def _found(match: Match, join: str, filters: str, params: tuple, in_trash: bool,
           split: bool = False) -> Found:
    def compute() -> Found:
        if _by_pieces(match, join, filters, params, in_trash):
            return _found_by_pieces(match)
        if match.indexed and not split and _is_sqlite() and _plain_list(join, filters, params,
                                                                         in_trash):
            quick = search_sqlite.tier_counts(match.text, _sql)  # from the FTS index alone
            if quick is not None and sum(quick) > SMALL:
                return Found({t: n for t, n in enumerate(quick) if n}, None, None, False)
        if not _is_sqlite():
            return search_pg.found(match, join, filters, params, in_trash, SMALL, Found,
                                   _all_in_order)
        # `+s.in_trash`: scan the narrow table; never walk an index for 0/1 values
        source = (f"FROM customer_search s {join} WHERE +s.in_trash = ? AND {match.where} "
                  f"AND {filters}")
        where_args = (int(in_trash),) + match.params + params
        args = match.tier_params + where_args
        if match.indexed:  # the FTS index finds the rows: count them first, it is cheap
            found = _counted(match, source, where_args)
            if found.ids is None and sum(found.counts.values()) <= SMALL:
                return _all_in_order(_sql(f"SELECT s.customer_id, {match.tier}, "
                                          f"s.last_visit_on {source}", args))
            return found
        # A scan: stop at SMALL + 1 rows; a short query that matches more is counted apart
        rows = _sql(f"SELECT s.customer_id, {match.tier}, s.last_visit_on {source} "
                    f"LIMIT {SMALL + 1}", args)
        if len(rows) <= SMALL:  # the usual case once a few characters are typed
            return _all_in_order(rows)
        return _counted(match, source, where_args)
    return memo(("found", match, join, filters, params, in_trash, split), compute)


def _plain_list(join: str, filters: str, params: tuple, in_trash: bool) -> bool:
    return not in_trash and not join and not params and filters.strip().upper() in ("TRUE", "1")


def _by_pieces(match: Match, join: str, filters: str, params: tuple, in_trash: bool) -> bool:
    """True when a short query of the plain list can be answered from the pieces table.

    Filters and the trash keep the scan (they are rare, and the trash is small); so do
    rows whose pieces are not written yet (see `search_pieces.usable`).
    """
    return (not match.indexed and _plain_list(join, filters, params, in_trash)
            and search_pieces.usable())


def _found_by_pieces(match: Match) -> Found:
    """Found from the pieces: the counts per tier without a scan, minus the trash."""
    counts = search_pieces.tier_counts(match.text)
    if counts:  # the trash by the pieces' tiers too (not the SQL's): the same customers
        for tier, n in search_pieces.trash_counts(match.text).items():
            counts[tier] -= n
    counts = {t: n for t, n in counts.items() if n > 0}
    if sum(counts.values()) <= SMALL:
        return _all_in_order(search_pieces.matches(match.text))
    exact = _all_in_order(search_pieces.matches(match.text, 0)).ids \
        if counts.get(0, 0) <= SMALL else None
    return Found(counts, None, exact)


def _book_size() -> int:
    """About how many customers are indexed (the highest id: no count needed)."""
    return _sql("SELECT max(customer_id) FROM customer_search")[0][0] or 0


def _all_in_order(rows: list[tuple]) -> Found:
    """Found from (id, tier, last_visit_on) rows: by tier, then last seen, then newest."""
    rows.sort(key=lambda r: r[0], reverse=True)
    rows.sort(key=lambda r: str(r[2] or ""), reverse=True)
    rows.sort(key=lambda r: r[1])
    counts: dict[int, int] = {}
    for row in rows:
        counts[row[1]] = counts.get(row[1], 0) + 1
    return Found(counts, [r[0] for r in rows])


def _counted(match: Match, source: str, where_args: tuple) -> Found:
    """Count the matches of each tier in one pass, collecting the exact (tier 0) ones."""
    # The tier is computed once per row and nothing is sorted (a GROUP BY sorts, and
    # total(t = 0), total(t = 1)… would compute it four times): the counts of tiers
    # 0, 1, 2 are packed into one 63-bit sum, 21 bits each (up to 2 million rows).
    total, packed, exact = _sql(
        f"SELECT count(*), sum(CASE {match.tier} WHEN 0 THEN 1 WHEN 1 THEN {1 << 21} "
        f"WHEN 2 THEN {1 << 42} ELSE 0 END), group_concat(CASE WHEN instr(s.keys, ?) > 0 "
        f"THEN s.customer_id || ' ' || ifnull(s.last_visit_on, '') END) {source}",
        match.tier_params + (match.exact,) + where_args)[0]
    mask = (1 << 21) - 1
    counts = {t: ((packed or 0) >> (21 * t)) & mask for t in range(3)}
    counts[3] = total - sum(counts.values())
    rows = [(int(i), 0, d) for i, d in (pair.split(" ") for pair in exact.split(","))] \
        if exact else []
    return Found({t: n for t, n in counts.items() if n}, None,
                 _all_in_order(rows).ids if len(rows) <= SMALL else None)


def count_matches(match: Match, join: str, filters: str, params: tuple, in_trash: bool) -> int:
    """How many customers match (`join`/`filters`/`params` add filters on `s`/`c`)."""
    return sum(_found(match, join, filters, params, in_trash).counts.values())


def ranked_ids(match: Match, join: str, filters: str, params: tuple, in_trash: bool,
               offset: int, limit: int) -> list[int]:
    """Ids of matching customers, best tier first, most recently seen first in a tier."""
    found = _found(match, join, filters, params, in_trash)
    if not found.split and offset + limit > found.counts.get(0, 0) + found.counts.get(1, 0):
        found = _found(match, join, filters, params, in_trash, split=True)  # tiers 2, 3 apart
    if found.ids is not None:
        return found.ids[offset:offset + limit]
    pieces = _by_pieces(match, join, filters, params, in_trash)
    if not _is_sqlite() and not pieces:
        return search_pg.ranked_page(match, join, filters, params, in_trash, offset, limit)
    out: list[int] = []
    start = 0
    for tier in sorted(found.counts):
        if len(out) >= limit:  # the page is full (a tier of exact matches may fill it)
            break
        size = found.counts[tier]
        if offset + len(out) >= start + size:
            start += size
            continue
        skip = offset + len(out) - start
        want = min(limit - len(out), size - skip)
        if tier == 0 and found.exact is not None:
            out += found.exact[skip:skip + want]
            start += size
            continue
        # Many matches: walk the customers from the most recently seen and stop when the
        # page is full (reads about (skip + want) / share-of-matches rows). Few: collect
        # them all and sort them, as a walk would read most of the table; a short query
        # finds them in its pieces (one lookup each) when a walk would read more rows.
        walk = (skip + want) * 4 < size and _is_sqlite()
        if pieces and (not walk or size * size * 5 < (skip + want) * _book_size()):
            out += search_pieces.tier_page(match.text, tier, skip, want,
                                           "" if _is_sqlite() else " NULLS LAST")
            start += size
            continue
        if walk:
            source = f"customer_search s INDEXED BY {RECENT_INDEX} {join}"
            trash, order = "s.in_trash = ?", "s.last_visit_on"
        else:
            source = f"customer_search s {join}"
            trash, order = "+s.in_trash = ?", "+s.last_visit_on"
        rows = _sql(f"SELECT s.customer_id FROM {source} WHERE {trash} AND {match.where} "
                    f"AND {filters} AND ({match.tier}) = ? "
                    f"ORDER BY {order} DESC, s.customer_id DESC LIMIT ? OFFSET ?",
                    (int(in_trash),) + match.params + params + match.tier_params
                    + (tier, want, skip))
        out += [r[0] for r in rows]
        start += size
        if len(out) >= limit:
            break
    return out
