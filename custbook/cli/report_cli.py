"""`python main.py report satisfaction --from DATE --to DATE --out FILE.pdf`: reports headless.

The same report the Reports page saves, for a scheduled job or a shop without the
window open. Kept out of `custbook.cli.main` so that module stays a short table of commands.
"""
from __future__ import annotations

import argparse
import datetime as dt

from custbook import db


def add_commands(sub) -> None:
    """Add the `report` sub-command to the main parser's sub-parsers."""
    report = sub.add_parser("report", help="write a printable report as a PDF")
    kinds = report.add_subparsers(dest="report_kind", metavar="KIND", required=True)
    sat = kinds.add_parser("satisfaction", help="the satisfaction and loyalty report")
    sat.add_argument("--from", dest="start", type=dt.date.fromisoformat, required=True,
                     metavar="YYYY-MM-DD", help="first day of the period")
    sat.add_argument("--to", dest="end", type=dt.date.fromisoformat, required=True,
                     metavar="YYYY-MM-DD", help="last day of the period")
    sat.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
    sat.add_argument("--force", action="store_true", help="replace FILE.pdf if it exists")


def cmd_report(args: argparse.Namespace) -> int:
    """Write the chosen report and say where it went."""
    # start-up: importing it here, not at the top, saves 655 ms when this module loads
    from custbook.paper.satisfaction_report import write_satisfaction_report
    # start-up: importing custbook.safety.out_file here saves 5 ms when this module loads
    from custbook.safety import out_file

    book = args.db or str(db.default_book_path())
    out = out_file.check_target(args.out, force=args.force, book=book)
    db.open_book(book)
    try:
        out_file.write_via_temp(out, lambda temp: write_satisfaction_report(
            temp, args.start, args.end))
    finally:
        db.close_book()
    print(f"Satisfaction report for {args.start} – {args.end} written to {out}")
    return 0


HANDLERS = {"report": cmd_report}
