"""The long kill test: hundreds of SIGKILLs in the middle of writes, zero losses expected.

Usage: python bench/bench_crash_safety.py [KILLS] [--seed N]
(default 500 kills in all, shared between saving a card, a bulk insert of purchases
in one transaction, and a restore; on a private copy of a 300-customer sample shop).
The suite runs the same harness (tests/core/test_crash_safety.py) with a few dozen.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("CUSTBOOK_NO_BOOTSTRAP", "1")

from custbook import db  # noqa: E402
from custbook.sample import sample_shop
from tests.core.test_crash_safety import ACTIONS, run_kills  # noqa: E402


def main() -> int:
    """Run the kills and print, per action, how many landed and what was found."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kills", nargs="?", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    per_action = [args.kills // len(ACTIONS) + (i < args.kills % len(ACTIONS))
                  for i in range(len(ACTIONS))]
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_DATA_HOME"] = str(Path(tmp) / "data")
        master = Path(tmp) / "master.db"
        sample_shop.generate(master, 300, seed=7, today=dt.date(2026, 11, 22))
        db.close_book()
        print(f"{'action':<16}{'kills':>7}{'mid-write':>11}{'actions':>9}{'failures':>10}"
              f"{'seconds':>9}")
        for (name, _), kills in zip(ACTIONS.items(), per_action):
            work = Path(tmp) / name
            work.mkdir()
            book = work / "shop.db"
            shutil.copy(master, book)
            report = run_kills(name, book, work, kills, seed=args.seed)
            failures += len(report.failures)
            print(f"{name:<16}{report.kills:>7}{report.kills_during_action:>11}"
                  f"{report.finished_actions:>9}{len(report.failures):>10}"
                  f"{report.seconds:>9.1f}")
            for failure in report.failures:
                print(f"    {failure}")
    print("no losses, no integrity failures" if not failures else f"{failures} FAILURES")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
