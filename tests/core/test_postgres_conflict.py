"""Two PCs, one shared book on PostgreSQL: a conflicting save is caught and nothing is lost.

"The other PC" is a real second Custbook process (a small script run with this Python)
that opens the same book by its URL and saves through `customers.save_customer`,
exactly as the window on another PC does. This process is the first PC.
"""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from custbook.customers import customer_list, customers
from custbook.errors import ConflictError
from custbook.models import Customer, database

ROOT = Path(__file__).resolve().parents[2]

OTHER_PC = textwrap.dedent("""
    import sys
    from custbook import db
    from custbook.customers import customers
    from custbook.models import database

    url, cid, hobbies, hold = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4] == "hold"
    db.open_book(url)
    card = customers.get_card(cid)
    with database.atomic():
        saved = customers.save_customer(
            {"name": card.fields["name"], "hobbies": hobbies}, [p.number for p in card.phones],
            customer_id=cid, expected_version=card.version)
        print("saved", saved.version, flush=True)
        if hold:  # keep the transaction open until told to commit
            sys.stdin.readline()
    print("committed", flush=True)
    db.close_book()
""")


def other_pc(url: str, cid: int, hobbies: str, hold: bool = False) -> subprocess.Popen:
    env = dict(os.environ, CUSTBOOK_NO_BOOTSTRAP="1", PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-c", OTHER_PC, url, str(cid), hobbies,
                             "hold" if hold else "go"], cwd=ROOT, env=env, text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)


def stored(cid: int) -> Customer:
    return Customer.get_by_id(cid)


def test_the_second_save_of_a_changed_card_is_refused_with_what_is_there_now(pg_book):
    cid = customers.save_customer({"name": "王芳", "hobbies": "读书"}, ["138 0013 8000"]).id
    mine = customers.get_card(cid)  # PC 1 opens the card …

    pc2 = other_pc(pg_book, cid, "登山")  # … PC 2 opens it too, changes a field, saves
    out, err = pc2.communicate(timeout=60)
    assert pc2.returncode == 0, err
    assert out.split()[:2] == ["saved", str(mine.version + 1)]

    with pytest.raises(ConflictError) as refused:  # PC 1 saves its own edit of the old card
        customers.save_customer({"name": "王芳芳", "hobbies": "读书"}, ["138 0013 8000"],
                                customer_id=cid, expected_version=mine.version)
    now = refused.value.current
    assert refused.value.customer_id == cid
    assert (now.fields["name"], now.fields["hobbies"], now.version) == (
        "王芳", "登山", mine.version + 1)
    kept = stored(cid)  # PC 2's save is intact, nothing of PC 1's refused save was written
    assert (kept.name, kept.hobbies, kept.version) == ("王芳", "登山", mine.version + 1)
    assert [r.name for r in customer_list.search_customers("王芳")] == ["王芳"]

    # PC 1 chooses (here: its name, PC 2's hobby) and saves against the current version
    customers.save_customer({"name": "王芳芳", "hobbies": now.fields["hobbies"]},
                            ["138 0013 8000"], customer_id=cid, expected_version=now.version)
    kept = stored(cid)
    assert (kept.name, kept.hobbies, kept.version) == ("王芳芳", "登山", mine.version + 2)


def _waiting_for_a_lock(url_db: str, timeout: float = 20) -> bool:
    """True once some session of the book waits for a row lock (seen from another session)."""
    import psycopg2

    conn = psycopg2.connect(url_db)
    conn.autocommit = True
    try:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            cur = conn.cursor()
            cur.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                        "AND wait_event_type = 'Lock'")
            if cur.fetchone()[0]:
                return True
            time.sleep(0.05)
        return False
    finally:
        conn.close()


def test_two_saves_at_the_same_moment_one_wins_and_the_other_is_told(pg_book):
    """PC 2's save is still open (not committed) when PC 1 saves the same card.

    Reading the version and then writing would let PC 1 through (it still sees the old
    version) and silently overwrite PC 2. The save must wait for PC 2 and then refuse.
    """
    cid = customers.save_customer({"name": "李强", "hobbies": "钓鱼"}, ["139 0000 1111"]).id
    mine = customers.get_card(cid)
    pc2 = other_pc(pg_book, cid, "摄影", hold=True)
    assert pc2.stdout.readline().split()[0] == "saved"  # written, not yet committed

    outcome: dict[str, object] = {}

    def pc1_saves() -> None:  # PC 1's save, on its own connection
        try:
            customers.save_customer({"name": "李强强", "hobbies": "钓鱼"}, ["139 0000 1111"],
                                    customer_id=cid, expected_version=mine.version)
            outcome["saved"] = True
        except ConflictError as exc:
            outcome["conflict"] = exc
        finally:
            database.close()

    saving = threading.Thread(target=pc1_saves)
    saving.start()
    assert _waiting_for_a_lock(pg_book), "PC 1's save should wait for PC 2's open save"
    pc2.stdin.write("commit\n")
    pc2.stdin.flush()
    out, err = pc2.communicate(timeout=60)
    saving.join(timeout=60)
    assert pc2.returncode == 0, err
    assert "saved" not in outcome
    assert outcome["conflict"].current.fields["hobbies"] == "摄影"
    kept = stored(cid)
    assert (kept.name, kept.hobbies, kept.version) == ("李强", "摄影", mine.version + 1)
