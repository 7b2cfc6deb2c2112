"""Erasing one person from the book's backups too: the privacy erase's second half.

`privacy.erase_customer` forgets a person in the book; every backup taken before still
holds them until it rotates out (the last monthly one after about a year). When the
owner asks, `erase_from_backups` rewrites each backup of the book (the data folder's
and the second folder's) without that person:

- each backup is copied to `NAME.<pid>.partial` beside it (a killed rewrite leaves
  only that, which `leftovers.clean` removes), the person is erased in the copy as in
  the book, the copy is vacuumed (no free page keeps a byte of them), checked
  (`PRAGMA quick_check`, and the person's card really gone), synced and only then
  renamed over the backup: a failure at any point leaves the backup as it was;
- the person is recognised in a backup by their card's id AND the moment the card was
  made, so an id SQLite gave again to someone else later is never touched; the
  duplicates merged into them and still in the backup's trash go with them;
- a backup is a file of whatever schema version made it, so this works on its tables
  and columns by name and leaves out what that version does not have;
- the search index in a rewritten backup is emptied and marked for rebuilding (it is
  derived data: restoring the backup rebuilds it, as for a book made before the
  index): its pieces of the person's name and phones cannot be picked out safely;
- a backup that cannot be rewritten — damaged, read-only, a server's pg_dump file —
  is named in one sentence; the others are still done.
"""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.models import Customer, CustomerPhone
from custbook.safety import backup

Progress = Callable[[int, int], object]

# Free text kept on the rows an erase detaches (as privacy.py blanks them in the book).
_DETACH_BLANK = {
    "purchase": ("note",),
    "complaint": ("walk_in_name", "walk_in_phone", "customer_words", "listen_notes",
                  "apology_words", "cause", "remedy", "promise", "result_comment",
                  "follow_up_outcome", "reopen_notes"),
    "satisfaction_record": ("comment",),
}
SEARCH_FORMAT_KEY = "search_index_format"  # = custbook.customers.search.FORMAT_KEY


@dataclass(frozen=True)
class Person:
    """Who is erased: their card's id and birth moment, name and phones (read before)."""

    customer_id: int
    created_at: str
    name: str
    words: tuple[str, ...]  # name, phone numbers and digits: blanked where other rows quote them


@dataclass
class BackupsErased:
    """What erasing from the backups did: rewritten, without the person already, and not done."""

    cleaned: list[Path] = field(default_factory=list)
    without: list[Path] = field(default_factory=list)  # never held them: left as they were
    failed: list[tuple[Path, str]] = field(default_factory=list)  # (backup, why)

    def problem(self) -> str | None:
        """One sentence naming the backups that still hold the person, or None."""
        if not self.failed:
            return None
        return QT_TRANSLATE_NOOP(
            "Privacy", "These backups could not be rewritten and still hold the customer: "
                       "{list}. Delete them by hand, or let them rotate out.").format(
                           list="; ".join(f"{path.name} ({why})" for path, why in self.failed))


def person_of(customer_id: int) -> Person:
    """The person as the open book knows them, to find them in the backups afterwards."""
    customer = Customer.get_by_id(customer_id)
    phones = list(CustomerPhone.select(CustomerPhone.number, CustomerPhone.digits)
                  .where(CustomerPhone.customer == customer_id).tuples())
    words = [customer.name.strip()] + [w for pair in phones for w in pair]
    return Person(customer_id, _stamp(customer.created_at), customer.name,
                  tuple(w for w in dict.fromkeys(words) if len(w or "") >= 2))


def _stamp(value: object) -> str:
    """A created_at as SQLite stores it ("2026-11-22 10:00:00"), for comparing."""
    return str(value).replace("T", " ")[:19]


def erase_from_backups(person: Person, book: str | Path, second_folder: str | Path | None = None,
                       root: Path | None = None, progress: Progress | None = None
                       ) -> BackupsErased:
    """Rewrite every backup of `book` without `person`; see the module docstring."""
    result = BackupsErased()
    found = backup.list_backups(book, second_folder, root)
    for done, item in enumerate(found):
        if progress is not None and progress(done, len(found)) is False:
            result.failed += [(rest.path, QT_TRANSLATE_NOOP("Privacy", "cancelled before its "
                                                                       "turn"))
                              for rest in found[done:]]
            return result
        why = _rewrite(item.path, person)
        if why is None:
            result.cleaned.append(item.path)
        elif why == "":
            result.without.append(item.path)
        else:
            result.failed.append((item.path, why))
    if progress is not None:
        progress(len(found), len(found))
    return result


def _rewrite(path: Path, person: Person) -> str | None:
    """Erase the person from one backup: None when done, "" when it never held them,
    else why it could not be done."""
    if path.suffix == ".dump":
        return QT_TRANSLATE_NOOP("Privacy", "a server's pg_dump file, which Custbook cannot "
                                            "rewrite")
    try:  # the owner's read-only mark is respected even where we could write (root)
        marked = not path.stat().st_mode & stat.S_IWUSR or not os.access(path, os.W_OK)
    except OSError as exc:
        return backup.short_reason(exc)
    if marked:
        return QT_TRANSLATE_NOOP("Privacy", "the file is read-only")
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    try:
        shutil.copyfile(path, partial)
        os.chmod(partial, path.stat().st_mode & 0o777)
        outcome = _erase_in_copy(partial, person)
        if outcome is None:
            backup.fsync_file(partial)
            os.replace(partial, path)
            backup.fsync_folder(path.parent)
        return outcome
    except OSError as exc:
        return backup.short_reason(exc)
    finally:
        for leftover in (partial, Path(f"{partial}-journal")):
            try:
                leftover.unlink(missing_ok=True)
            except OSError:
                pass


def _erase_in_copy(copy: Path, person: Person) -> str | None:
    try:
        conn = sqlite3.connect(str(copy), isolation_level=None)
    except sqlite3.Error:
        return QT_TRANSLATE_NOOP("Privacy", "the file is damaged")
    try:
        if [r[0] for r in conn.execute("PRAGMA quick_check(5)")] != ["ok"]:
            return QT_TRANSLATE_NOOP("Privacy", "the file is damaged")
        ids = _ids_in(conn, person)
        if not ids:
            return ""
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("BEGIN IMMEDIATE")
        for customer_id in ids:
            _erase_one(conn, customer_id, person)
        _empty_search_index(conn)
        conn.execute("COMMIT")
        conn.execute("VACUUM")  # a new file: no free page or journal keeps them
        rows = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
        still = conn.execute(f"SELECT count(*) FROM customer WHERE id IN "
                             f"({','.join('?' * len(ids))})", ids).fetchone()[0]
        if rows != ["ok"] or still:
            return QT_TRANSLATE_NOOP("Privacy", "the rewritten copy did not pass its check")
        return None
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and "readonly" in str(exc).lower():
            return QT_TRANSLATE_NOOP("Privacy", "the file is read-only")
        return QT_TRANSLATE_NOOP("Privacy", "the file is damaged")
    finally:
        conn.close()


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}


def _ids_in(conn: sqlite3.Connection, person: Person) -> list[int]:
    """The person's card in this backup (same id and moment made), and the duplicates
    merged into it that still wait in its trash."""
    if "created_at" not in _columns(conn, "customer"):
        return []
    row = conn.execute("SELECT created_at FROM customer WHERE id = ?",
                       (person.customer_id,)).fetchone()
    if row is None or _stamp(row[0]) != person.created_at:
        return []
    ids = [person.customer_id]
    if {"kept_id", "dropped_id"} <= _columns(conn, "merge_record"):
        ids += [r[0] for r in conn.execute(
            "SELECT c.id FROM merge_record m JOIN customer c ON c.id = m.dropped_id WHERE m.kept_id = ? AND c.deleted_at IS NOT NULL",
            (person.customer_id,))]
    return ids


def _erase_one(conn: sqlite3.Connection, customer_id: int, person: Person) -> None:
    """As privacy._erase_one does in the book, by table and column names."""
    name = conn.execute("SELECT name FROM customer WHERE id = ?", (customer_id,)).fetchone()[0]
    phones: list[str] = []
    if _columns(conn, "customer_phone") >= {"number", "digits"}:
        phones = [w for pair in conn.execute("SELECT number, digits FROM customer_phone "
                                             "WHERE customer_id = ?", (customer_id,))
                  for w in pair]
    words = [w for w in dict.fromkeys(list(person.words) + [name.strip()] + phones)
             if len(w or "") >= 2]
    if "previous" in _columns(conn, "import_batch"):
        key = str(customer_id)
        for batch_id, previous in conn.execute(
                "SELECT id, previous FROM import_batch WHERE previous LIKE ?",
                (f'%"{key}"%',)).fetchall():
            data = json.loads(previous or "{}")
            if data.pop(key, None) is not None:
                conn.execute("UPDATE import_batch SET previous = ? WHERE id = ?",
                             (json.dumps(data, ensure_ascii=False), batch_id))
    audit = _columns(conn, "audit_entry")
    for word in words:
        for column in ("old_value", "new_value"):
            if column in audit:
                conn.execute(f"UPDATE audit_entry SET {column} = '' WHERE instr({column}, ?)",
                             (word,))
    attachment = _columns(conn, "attachment")
    if "customer_id" in attachment:
        conn.execute("DELETE FROM attachment WHERE customer_id = ?", (customer_id,))
        if "complaint_id" in attachment:
            conn.execute("DELETE FROM attachment WHERE complaint_id IN (SELECT id FROM "
                         "complaint WHERE customer_id = ?)", (customer_id,))
    if "linked_id" in _columns(conn, "customer_relation"):
        conn.execute("DELETE FROM customer_relation WHERE linked_id = ?", (customer_id,))
    for table, blank in _DETACH_BLANK.items():
        columns = _columns(conn, table)
        if "customer_id" not in columns:
            continue
        sets = ", ".join(["customer_id = NULL"] + [f"{c} = ''" for c in blank if c in columns])
        conn.execute(f"UPDATE {table} SET {sets} WHERE customer_id = ?", (customer_id,))
    if {"customer_id", "note"} <= _columns(conn, "member_entry"):
        conn.execute("UPDATE member_entry SET note = '' WHERE customer_id = ?", (customer_id,))
    if "customer_id" in audit:
        conn.execute("DELETE FROM audit_entry WHERE customer_id = ?", (customer_id,))
    if {"kept_id", "dropped_id"} <= _columns(conn, "merge_record"):
        conn.execute("DELETE FROM merge_record WHERE kept_id = ? OR dropped_id = ?",
                     (customer_id, customer_id))
    conn.execute("DELETE FROM customer WHERE id = ?", (customer_id,))  # the rest cascades


def _empty_search_index(conn: sqlite3.Connection) -> None:
    """Empty the derived search tables and forget their format: a restore rebuilds them."""
    objects = conn.execute("SELECT type, name, sql FROM sqlite_master "
                           "WHERE name LIKE 'customer\\_search%' ESCAPE '\\'").fetchall()
    for kind, name, _ in objects:
        if kind == "trigger":
            conn.execute(f'DROP TRIGGER IF EXISTS "{name}"')
    virtual = [name for kind, name, sql in objects
               if kind == "table" and (sql or "").upper().startswith("CREATE VIRTUAL TABLE")]
    for name in virtual:
        conn.execute(f'INSERT INTO "{name}"("{name}") VALUES (\'delete-all\')')
    for kind, name, _ in objects:
        if kind == "table" and name not in virtual \
                and not any(name.startswith(v + "_") for v in virtual):
            conn.execute(f'DELETE FROM "{name}"')
    if "key" in _columns(conn, "setting"):
        conn.execute("DELETE FROM setting WHERE key = ?", (SEARCH_FORMAT_KEY,))
    for name in virtual:  # 'optimize' leaves one small, empty segment
        conn.execute(f'INSERT INTO "{name}"("{name}") VALUES (\'optimize\')')
