"""`main.py settings [set KEY VALUE]` and `main.py staff [add|rename|deactivate|activate]`.

The same checks as the Settings dialog (custbook.shop.shop_settings, custbook.shop.staff):
a refused value prints the reason and exits with status 2, storing nothing.
"""
from __future__ import annotations

import argparse
import sys

from custbook import db
from custbook.errors import ValidationError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.shop import shop_settings


def add_commands(sub) -> None:
    """Add `settings` and `staff` to the main parser's sub-parsers."""
    settings = sub.add_parser("settings", help="print the shop's settings, or change one")
    actions = settings.add_subparsers(dest="settings_action", metavar="ACTION")
    put = actions.add_parser("set", help="change one setting (e.g. shop_name, shop_phone, "
                                         "response_hours)")
    put.add_argument("key", metavar="KEY")
    put.add_argument("value", metavar="VALUE")
    staff = sub.add_parser("staff", help="list the staff, or add, rename, deactivate someone")
    what = staff.add_subparsers(dest="staff_action", metavar="ACTION")
    add = what.add_parser("add", help="add a staff member")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", default="", metavar="ROLE")
    rename = what.add_parser("rename", help="rename a staff member (history follows)")
    rename.add_argument("old", metavar="OLD")
    rename.add_argument("new", metavar="NEW")
    for action, text in (("deactivate", "hide from the pickers, keep in history"),
                         ("activate", "offer in the pickers again")):
        one = what.add_parser(action, help=text)
        one.add_argument("name", metavar="NAME")


def _open(args: argparse.Namespace) -> None:
    db.open_book(args.db or str(db.default_book_path()))


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
