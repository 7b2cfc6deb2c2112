"""How long Home takes to gather the day, and a tier rule its preview, on a real-size book.

    python3 main.py demo --customers 20000 --out /tmp/shop20k.db --today 2026-11-22
    CUSTBOOK_NOW=2026-11-22T10:00 .venv/bin/python bench/bench_shop.py /tmp/shop20k.db

Prints seconds (best of 3) beside the limit a shop would notice: Home opens the window,
so it should take well under a second; a preview is a button press.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from custbook import db  # noqa: E402
from custbook.models import Tier  # noqa: E402
from custbook import clock  # noqa: E402
from custbook.messages import due  # noqa: E402
from custbook.shop import home, tier_rules  # noqa: E402

# Home's message count is part of the_day (its share is printed); the day's queue is
# written on the runner when the owner opens it, behind a progress dialog.
LIMITS = {"home.the_day": 0.5, "tier_rules.preview": 2.0, "due.todays_messages": 0.1,
          "due.due_on": 2.0}


def best_of(n: int, work) -> float:
    times = []
    for _ in range(n):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main(path: str) -> int:
    db.open_book(path)
    try:
        from custbook.models import Customer

        customers = Customer.select().count()
        rules = [tier_rules.TierRule(t.id, t.rank, t.key in ("gold", "diamond"),
                                     t.min_spend_cents, 6 if t.key == "gold" else 0)
                 for t in Tier.select()]
        today = clock.today()
        figures = {"home.the_day": best_of(3, home.the_day),
                   "tier_rules.preview": best_of(3, lambda: tier_rules.preview(rules)),
                   "due.todays_messages": best_of(3, lambda: due.todays_messages(today)),
                   "due.due_on": best_of(1, lambda: due.due_on(today))}
        print(f"{customers:,} customers")
        for name, seconds in figures.items():
            print(f"  {name:<20} {seconds:7.3f} s   limit {LIMITS[name]:.1f} s   "
                  f"ratio {seconds / LIMITS[name]:.2f}")
    finally:
        db.close_book()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
