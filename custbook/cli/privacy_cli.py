"""`erase`: forget a customer for privacy, headless, as the card's "Erase for privacy…" does.

    python main.py erase CUSTOMER_ID --name NAME [--from-backups] [--second-folder DIR]

The name must be typed as on the card (the window asks for it too): a wrong number in a
script must not erase someone else. `--from-backups` also rewrites every backup of the
book without them (custbook.safety.backup_erase); a backup that cannot be rewritten is
named, the others are still done, and the exit status is then 1.
"""
from __future__ import annotations

import argparse
import sys

from custbook import db
from custbook.cli.options import book_location
from custbook.errors import CustbookError
from custbook.models import Customer
from custbook.safety import privacy


def cmd_erase(args: argparse.Namespace) -> int:
    """Erase one customer (and, with --from-backups, from the backups too)."""
    book = book_location(args)
    db.open_book(book)
    try:
        customer = Customer.get_or_none(Customer.id == args.customer)
        if customer is None:
            raise CustbookError(f"There is no customer number {args.customer}.")
        if " ".join(args.name.split()) != " ".join(customer.name.split()):
            raise CustbookError(f"Customer {args.customer} is not called “{args.name}”; "
                                "nothing was erased.")
        if not args.from_backups:
            privacy.erase_customer(args.customer)
            print(f"Customer {args.customer} erased. Backups still hold them until they "
                  "rotate out (erase --from-backups cleans them).")
            return 0
        result = privacy.erase_customer_and_backups(args.customer, book, args.second_folder)
    finally:
        db.close_book()
    print(f"Customer {args.customer} erased; {len(result.cleaned)} backups rewritten without "
          f"them, {len(result.without)} never held them.")
    problem = result.problem()
    if problem:
        print(f"custbook: {problem}", file=sys.stderr)
        return 1
    return 0


HANDLERS = {"erase": cmd_erase}
