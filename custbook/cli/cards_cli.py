"""`python3 main.py cards [--csv]` and `cards ledger QUERY`: the membership cards headless.

`cards` prints every member's card number, name, phone, tier, points, stored value
(yuan, two decimals) and count cards with the visits left, then the totals: money
owed on stored value and on count cards (unused visits at the price paid) and the
points outstanding. `--csv` writes the same as CSV (UTF-8 with a BOM, so Excel reads
the Chinese) to standard output. `cards ledger QUERY` prints one member's ledger;
QUERY is a card number or anything the search finds exactly one customer by.
"""
from __future__ import annotations

import argparse
import csv
import sys
import unicodedata

from custbook import clock, db, money
from custbook.cli.options import book_location
from custbook.membership import numbers


def _pad(text: str, width: int) -> str:
    """`text` padded to `width` terminal columns (a Chinese character takes two)."""
    used = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return text + " " * max(1, width - used)


def _cards_text(rows) -> str:
    return "; ".join(f"{name}×{left}" for name, left, _ in rows)


def list_cards(as_csv: bool, out=None) -> int:
    # start-up: importing it here, not at the top, saves 32 ms when this module loads
    from custbook.membership import figures, listing

    out = out or sys.stdout
    today = clock.today()
    heads = ["card_number", "name", "phone", "tier", "points", "stored_value", "count_cards"]
    writer = csv.writer(out) if as_csv else None
    if writer is not None:
        if out is sys.stdout and hasattr(out, "buffer"):
            out.write("\ufeff")
        writer.writerow(heads)
    else:
        print(f"{'Card':<16}{'Name':<14}{'Phone':<18}{'Tier':<10}{'Points':>10}"
              f"{'Stored value':>15}  Count cards", file=out)
    count = 0
    for m in listing.members(today):
        count += 1
        cells = [m.number, m.name, m.phone, m.tier, str(m.points), money.plain(m.value_cents),
                 _cards_text(m.cards)]
        if writer is not None:
            writer.writerow(cells)
        else:
            print(f"{_pad(m.number, 16)}{_pad(m.name, 14)}{_pad(m.phone, 18)}{_pad(m.tier, 10)}"
                  f"{m.points:>10,}"
                  f"{money.plain(m.value_cents):>15}  {cells[6]}", file=out)
    owed = figures.owed(today)
    totals = [("members", str(count)), ("owed_stored_value", money.plain(owed.value_cents)),
              ("owed_count_cards", money.plain(owed.count_cards_cents)),
              ("visits_left", str(owed.visits_left)), ("points_outstanding", str(owed.points))]
    if writer is not None:
        writer.writerow([])
        for key, value in totals:
            writer.writerow([key, value])
    else:
        print(file=out)
        print(f"Members:                     {count:,}", file=out)
        print(f"Owed on stored value:        {money.plain(owed.value_cents)}", file=out)
        print(f"Owed on count cards:         {money.plain(owed.count_cards_cents)} "
              f"({owed.visits_left:,} visits)", file=out)
        print(f"Points outstanding:          {owed.points:,}", file=out)
    return 0


def find_member(query: str) -> tuple[int | None, list]:
    # start-up: importing it here, not at the top, saves 11 ms when this module loads
    from custbook.customers import customer_list

    found = numbers.find(query)
    if found is not None:
        return found, []
    rows = customer_list.search_customers(query, limit=20)
    return (rows[0].id, rows) if len(rows) == 1 else (None, rows)


def print_ledger(query: str, as_csv: bool, out=None) -> int:
    # start-up: importing it here, not at the top, saves 38 ms when this module loads
    from custbook.customers import customers
    # start-up: importing it here, not at the top, saves 25 ms when this module loads
    from custbook.membership import accounts, ledger, numbers

    out = out or sys.stdout
    customer_id, rows = find_member(query)
    if customer_id is None:
        if not rows:
            print(f"custbook: no member found for “{query}”", file=sys.stderr)
        else:
            print(f"custbook: “{query}” finds {len(rows)} customers; be more precise:",
                  file=sys.stderr)
            for r in rows:
                print(f"  {numbers.number_of(r.id) or '-':<16}{r.name:<14}{r.phone}",
                      file=sys.stderr)
        return 1
    card = customers.get_card(customer_id)
    entries = list(reversed(accounts.ledger(customer_id)))
    heads = ["at", "kind", "card", "action", "amount", "balance_before", "balance_after",
             "cash", "staff", "note", "reverses"]
    if as_csv:
        writer = csv.writer(out)
        writer.writerow(heads)
        for e in entries:
            show = money.plain if e.kind == ledger.VALUE else str
            writer.writerow([e.at.isoformat(sep=" "), e.kind, e.card_name, e.action,
                             show(e.amount), show(e.balance_before), show(e.balance_after),
                             money.plain(e.cash_cents), e.staff_name, e.note,
                             e.reverses_id or ""])
        return 0
    b = accounts.balances(customer_id)
    print(f"{card.fields['name']}  {numbers.number_of(customer_id)}", file=out)
    print(f"Stored value {money.plain(b.value_cents)}   points {b.points:,}   " + "   ".join(
        f"{c.name} {c.left}/{c.bought}" for c in b.cards), file=out)
    print(file=out)
    for e in entries:
        show = money.plain if e.kind == ledger.VALUE else str
        what = e.describe() + (f" [{e.card_name}]" if e.card_name else "")
        cash = f" cash {money.plain(e.cash_cents)}" if e.cash_cents else ""
        print(f"#{e.id:<6} {e.at:%Y-%m-%d %H:%M}  {e.kind:<7}{_pad(what, 28)}{show(e.amount):>12}"
              f" -> {show(e.balance_after):>12}{cash}  {e.staff_name}  {e.note}", file=out)
    return 0


def cmd_cards(args: argparse.Namespace) -> int:
    what = list(args.what or [])
    if what and what[0] != "ledger":
        print("custbook: use `cards` or `cards ledger QUERY`", file=sys.stderr)
        return 2
    if what and len(what) < 2:
        print("custbook: `cards ledger` needs a card number, name or phone", file=sys.stderr)
        return 2
    db.open_book(book_location(args))
    try:
        if what:
            return print_ledger(" ".join(what[1:]), args.csv)
        return list_cards(args.csv)
    finally:
        db.close_book()


HANDLERS = {"cards": cmd_cards}
