"""The customer-list exchange sub-commands: the same core functions the window uses.

    python main.py export --format csv|xlsx|vcf --out FILE [--search TEXT] [--tag TAG]
                          [--columns name,phone,...] [--encoding utf-8-sig|gbk]
    python main.py import FILE [--dry-run] [--on-duplicate skip|update|create]
    python main.py import --undo BATCH
"""
from __future__ import annotations

import argparse

from custbook import db
from custbook.cli.options import book_location
from custbook.customers.customer_query import CustomerQuery
from custbook.errors import CustbookError
from custbook.exchange import dry_run, export, importer
from custbook.i18n import QT_TRANSLATE_NOOP as in_language  # the core's hook, by name
from custbook.models import Tag
from custbook.safety import out_file


def _tag_ids(names: list[str]) -> tuple[int, ...]:
    ids = []
    for name in names:
        tag = Tag.get_or_none(Tag.name == name.strip())
        if tag is None:
            raise CustbookError(f"There is no tag named “{name}”.")
        ids.append(tag.id)
    return tuple(ids)


def _in_language(header: str) -> str:
    """A column header in the language of `--lang` (English without one), as the window's
    export writes it in the window's language."""
    return in_language("Export", header)


def cmd_export(args: argparse.Namespace) -> int:
    """Export the (searched, filtered) customer list and say how many were written."""
    book = book_location(args)
    target = out_file.check_target(args.out, force=args.force, book=book)
    db.open_book(book)
    try:
        query = None
        if args.search.strip() or args.tag:
            query = CustomerQuery(text=args.search.strip(), tag_ids=_tag_ids(args.tag),
                                  sort="name")
        columns = [c.strip() for c in args.columns.split(",") if c.strip()] or None
        report = export.export_customers(target, args.format, query, columns,
                                         encoding=args.encoding, translate=_in_language)
        print(f"{report.customers} customers written to {report.path}")
    finally:
        db.close_book()
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """Plan (and unless --dry-run, apply) an import; print the counts and each invalid row."""
    if args.undo is None and not args.file:
        raise CustbookError("Name the FILE to import (or --undo BATCH).")
    if args.undo is not None and not 1 <= args.undo < 2**63:
        raise CustbookError(f"There is no import numbered {args.undo}.")
    db.open_book(book_location(args))
    try:
        if args.undo is not None:
            count = importer.undo_import(args.undo)
            print(f"Import {args.undo} undone ({count} customers removed or restored)")
            return 0
        day_first = True if args.day_first else False if args.month_first else None
        if args.dry_run:  # counts and the first problem rows only: bounded memory
            summary = dry_run.dry_run_file(args.file, args.on_duplicate, day_first=day_first)
            _print_plan(summary, summary.listed, summary.unlisted)
            return 0
        plan = importer.plan_file(args.file, args.on_duplicate, day_first=day_first)
        _print_plan(plan, plan.rows, 0)
        result = importer.apply_plan(plan)
        print(f"Imported as batch {result.batch_id}: {result.created} created, "
              f"{result.updated} updated (undo: import --undo {result.batch_id})")
    finally:
        db.close_book()
    return 0


def _print_plan(plan: importer.Plan | dry_run.DryRun, rows: list[importer.PlanRow],
                more: int) -> None:
    """The counts, then each row with something to say (and how many more were not listed)."""
    print(f"New: {plan.count('new')}  Updated: {plan.count('update')}  "
          f"Duplicates: {plan.count('duplicate')}  Invalid: {plan.count('invalid')}")
    for row in rows:
        if row.action == "invalid":
            print(f"  row {row.number}: {row.reason}")
        elif row.action in ("duplicate", "update"):  # which row, and which card it matches
            verb = "duplicate, skipped" if row.action == "duplicate" else "updates the card"
            print(f"  row {row.number} ({row.name}, {verb}): {row.reason}")
        for warning in row.warnings:
            print(f"  row {row.number} ({row.name}): {warning}")
    if more:
        print(f"  … and {more:,} more rows with a problem or a warning (not listed)")


HANDLERS = {"export": cmd_export, "import": cmd_import}
