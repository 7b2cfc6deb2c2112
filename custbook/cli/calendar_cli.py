"""The calendar's sub-commands: the same core functions the Calendar page uses.

    python main.py reminders [--date D] [--days N] [--no-rules]   today's agenda
    python main.py ical import FILE [--dry-run]                   birthdays from a phone
    python main.py ical export --out FILE [--kind K ...] [--days N]

`reminders` runs the automatic rules for the day first (as opening the window does),
then prints what is overdue, due that day and coming, one line each.
"""
from __future__ import annotations

import argparse

from custbook import clock, db, vocab
from custbook.calendar import reminder_rules, reminders
from custbook.cli.options import book_location
from custbook.errors import CustbookError
from custbook.safety import out_file


def _line(item: reminders.Occurrence) -> str:
    kind = vocab.reminder_kinds().get(item.kind, item.kind)
    who = item.customer_name or "(the shop)"
    when = f"{item.day.isoformat()} {item.due_time}".strip()
    return f"  {when:<16} {who:<14} {item.phone:<16} {kind:<20} {item.title}"


def cmd_reminders(args: argparse.Namespace) -> int:
    """Print the agenda of a day (after running the rules for it)."""
    day = args.date or clock.today()
    db.open_book(book_location(args))
    try:
        if not args.no_rules:
            report = reminder_rules.run_rules(day)
            if report.created or report.removed:
                print(f"Rules: {report.created} new, {report.removed} removed, "
                      f"{report.updated} moved ({report.seconds:.1f} s)")
        agenda = reminders.agenda(day, max(0, args.days), limit=max(1, args.limit))
        sections = (("Overdue", agenda.overdue, agenda.overdue_total),
                    (f"Today, {day.isoformat()}", agenda.today, agenda.today_total),
                    (f"Next {args.days} days", agenda.upcoming, agenda.upcoming_total))
        for title, items, total in sections:
            print(f"{title} ({total})")
            for item in items:
                print(_line(item))
            if total > len(items):
                print(f"  … and {total - len(items)} more")
    finally:
        db.close_book()
    return 0


def cmd_ical(args: argparse.Namespace) -> int:
    """Import an .ics file into the book, or export the book's reminders to one."""
    # start-up: importing custbook.exchange here, not at the top, saves 50 ms when this module loads
    from custbook.exchange import ical_export, ical_import

    day = args.date or clock.today()
    if args.ical_action == "export":
        target = out_file.check_target(args.out, force=args.force, book=book_location(args))
    db.open_book(book_location(args))
    try:
        if args.ical_action == "export":
            result = out_file.write_via_temp(target, lambda temp: ical_export.export_calendar(
                temp, day, set(args.kind or ()) or None, args.days))
            print(f"Wrote {result.reminders} reminders ({result.events} events) to "
                  f"{target}")
            return 0
        try:
            found = ical_import.read_calendar(args.file, day)
        except CustbookError as exc:
            print(f"Refused: {exc}")
            return 1
        for planned in found.planned:
            print(f"  + {planned.title} ({planned.repeat}, from {planned.due_on.isoformat()})")
        for left in found.left_out:
            print(f"  - {left.title}: {left.reason}")
        for warning in found.warnings:
            print(f"  ! {warning}")
        if args.dry_run:
            print(f"{len(found.planned)} would be imported, {len(found.left_out)} left out.")
            return 0
        result = ical_import.import_calendar(found, day)
        print(f"Imported: {result.created} new, {result.updated} updated, {result.unchanged} "
              f"already there; {result.linked} linked to customers; "
              f"{len(found.left_out)} left out.")
        return 0
    finally:
        db.close_book()
