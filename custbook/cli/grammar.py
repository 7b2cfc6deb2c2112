"""The whole command-line grammar: the options, every sub-command and its arguments.

Why apart from the commands: `python main.py --help`, `export --help` and a mistyped
option need the grammar only, while each command's module imports the core behind it
(peewee, the models, the search, phone numbers: 0.2 s before argparse even ran; -X
importtime). So this module imports argparse, and a command's arguments read the choices the
core offers from light modules (`custbook.vocab`, `custbook.exchange.choices`: one list
each, which the core takes from the same place); `custbook.cli.main` loads a command's
module only once the arguments are parsed.

`COMMANDS` lists the sub-commands in the order `--help` shows them, each with the
function that adds its arguments. Given the command line, `build_parser` adds the
arguments of the sub-commands it names only: argparse reads no other sub-command's
parser, and building all of them took 3-6 ms of every start (half of a bare `python
-c pass` on this machine).
"""
from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable

from custbook.cli.options import options_parser

# The kinds of message `messages --kind` picks (custbook.messages.due names them with "_").
MESSAGE_KINDS = ("birthday", "festival", "follow-up", "complaint", "family", "anniversary")


def fromisoformat(text: str):
    """A YYYY-MM-DD date typed on the command line (argparse names this function in its error)."""
    # start-up: datetime (1-2 ms loaded; -X importtime) only when a date was typed
    import datetime

    return datetime.date.fromisoformat(text)


DATE = dict(type=fromisoformat, metavar="YYYY-MM-DD")


def build_parser(argv: Iterable[str] | None = None) -> argparse.ArgumentParser:
    """The parser of the options and every sub-command; with the command line `argv`, only
    the sub-commands named in it get their arguments (the parse is the same)."""
    parser = options_parser()
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    named = None if argv is None else set(argv)
    for name, text, arguments in COMMANDS:
        if named is None or name in named:
            command = sub.add_parser(name, help=text)
            if arguments is not None:
                arguments(command)
        else:  # listed in --help, never parsed with: no -h of its own to build
            sub.add_parser(name, help=text, add_help=False)
    return parser


def _demo(demo: argparse.ArgumentParser) -> None:
    demo.add_argument("--customers", type=int, default=2000, metavar="N")
    demo.add_argument("--out", required=True, metavar="PATH", help="the new book's file")
    demo.add_argument("--seed", type=int, default=20261122)
    demo.add_argument("--today", default=None, **DATE,
                      help="the day the sample shop's history ends (default: today)")
    demo.add_argument("--force", action="store_true", help="replace PATH if it exists")


def _backup(backup: argparse.ArgumentParser) -> None:
    backup.add_argument("--to", metavar="DIR", help="also copy the backup into DIR (a USB stick)")
    backup.add_argument("--list", action="store_true", help="list the book's backups instead")


def _restore(restore: argparse.ArgumentParser) -> None:
    restore.add_argument("file", metavar="FILE", help="the backup to restore")


def _search(search: argparse.ArgumentParser) -> None:
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--limit", type=int, default=20, metavar="N")


def _reminders(agenda: argparse.ArgumentParser) -> None:
    agenda.add_argument("--date", default=None, **DATE, help="the day to show (default: today)")
    agenda.add_argument("--days", type=int, default=7, metavar="N",
                        help="how many days ahead to list (default 7)")
    agenda.add_argument("--limit", type=int, default=100, metavar="N",
                        help="at most N lines per section (default 100)")
    agenda.add_argument("--no-rules", action="store_true",
                        help="do not run the automatic rules first")


def _ical(ical: argparse.ArgumentParser) -> None:
    # start-up: the reminder kinds' names (custbook.vocab, custbook.i18n: 0.5-1 ms loaded;
    # -X importtime) only when `ical` is on the command line
    from custbook import vocab

    actions = ical.add_subparsers(dest="ical_action", metavar="ACTION", required=True)
    into = actions.add_parser("import", help="import birthdays, anniversaries and other days")
    into.add_argument("file", metavar="FILE")
    into.add_argument("--date", default=None, **DATE)
    into.add_argument("--dry-run", action="store_true", help="show what would be imported only")
    out = actions.add_parser("export", help="write open reminders for a phone calendar")
    out.add_argument("--out", required=True, metavar="FILE")
    out.add_argument("--force", action="store_true", help="replace FILE if it exists")
    out.add_argument("--kind", action="append", choices=sorted(vocab.reminder_kinds()),
                     help="only this kind (repeat for several; default: all)")
    out.add_argument("--days", type=int, default=None, metavar="N",
                     help="one-off reminders of the next N days only (series always)")
    out.add_argument("--date", default=None, **DATE)


def _import(into: argparse.ArgumentParser) -> None:
    # start-up: the exchange's choices (0.5-1 ms loaded; -X importtime) only when `import`
    # or `export` is on the command line
    from custbook.exchange import choices

    into.add_argument("file", nargs="?", metavar="FILE")
    into.add_argument("--dry-run", action="store_true",
                      help="only count new, updated, duplicate and invalid rows")
    into.add_argument("--on-duplicate", default="skip", choices=choices.ON_DUPLICATE,
                      help="a row with the phone of an existing customer: skip it (default), "
                           "update that card, or create a new card anyway")
    order = into.add_mutually_exclusive_group()
    order.add_argument("--day-first", action="store_true",
                       help="read 3/5/1990 as 3 May (default: guessed from the column)")
    order.add_argument("--month-first", action="store_true",
                       help="read 3/5/1990 as 5 March")
    into.add_argument("--undo", type=int, metavar="BATCH", help="undo the import numbered BATCH")


def _export(out: argparse.ArgumentParser) -> None:
    from custbook.exchange import choices  # start-up: as for `import` above

    out.add_argument("--format", required=True, choices=choices.FORMATS)
    out.add_argument("--out", required=True, metavar="FILE")
    out.add_argument("--force", action="store_true", help="replace FILE if it exists")
    out.add_argument("--search", default="", metavar="TEXT",
                     help="only customers the Customers page finds for TEXT")
    out.add_argument("--tag", action="append", default=[], metavar="TAG",
                     help="only customers with this tag (repeat: all of them)")
    out.add_argument("--columns", default="", metavar="KEYS",
                     help="comma-separated columns (default: "
                          + ",".join(choices.DEFAULT_COLUMNS) + "; all: "
                          + ",".join(choices.COLUMNS) + ")")
    out.add_argument("--encoding", default="utf-8-sig", choices=choices.CSV_ENCODINGS,
                     help="CSV text encoding (default utf-8-sig: UTF-8 with BOM, for Excel)")


def _report(report: argparse.ArgumentParser) -> None:
    kinds = report.add_subparsers(dest="report_kind", metavar="KIND", required=True)
    sat = kinds.add_parser("satisfaction", help="the satisfaction and loyalty report")
    sat.add_argument("--from", dest="start", type=fromisoformat, required=True,
                     metavar="YYYY-MM-DD", help="first day of the period")
    sat.add_argument("--to", dest="end", type=fromisoformat, required=True,
                     metavar="YYYY-MM-DD", help="last day of the period")
    sat.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
    sat.add_argument("--force", action="store_true", help="replace FILE.pdf if it exists")


def _copy_book(copy: argparse.ArgumentParser) -> None:
    copy.add_argument("source", metavar="FROM", help="the book to copy (only read)")
    copy.add_argument("target", metavar="TO", help="an empty PostgreSQL database or a new file")


def _messages(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("--on", dest="day", default=None, **DATE, help="the day (default: today)")
    cmd.add_argument("--kind", choices=MESSAGE_KINDS, action="append",
                     help="only this kind (may be given more than once)")
    cmd.add_argument("--lang", dest="message_lang", choices=["zh_CN", "en"], default="zh_CN",
                     help="the language of the built-in texts (default: zh_CN)")
    cmd.add_argument("--csv", action="store_true",
                     help="print phone,message CSV for a bulk-SMS service instead")


def _settings(settings: argparse.ArgumentParser) -> None:
    actions = settings.add_subparsers(dest="settings_action", metavar="ACTION")
    put = actions.add_parser("set", help="change one setting (e.g. shop_name, shop_phone, "
                                         "response_hours)")
    put.add_argument("key", metavar="KEY")
    put.add_argument("value", metavar="VALUE")


def _staff(staff: argparse.ArgumentParser) -> None:
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


def _cards(cards: argparse.ArgumentParser) -> None:
    cards.add_argument("what", nargs="*", metavar="ledger QUERY",
                       help="`ledger` and a card number, name or phone")
    cards.add_argument("--csv", action="store_true", help="write CSV to standard output")


def _erase(erase: argparse.ArgumentParser) -> None:
    erase.add_argument("customer", type=int, metavar="CUSTOMER_ID", help="the card's number")
    erase.add_argument("--name", required=True,
                       help="the customer's name as on the card, to confirm")
    erase.add_argument("--from-backups", action="store_true",
                       help="also rewrite every backup of the book without the customer")
    erase.add_argument("--second-folder", metavar="DIR",
                       help="the second backup folder (a USB stick) to clean as well")


# (name, help, what adds its arguments): the handlers are in custbook.cli.runner, and
# custbook.cli.commands.COMMANDS (read before the environment exists) names the same.
COMMANDS: tuple[tuple[str, str, Callable[[argparse.ArgumentParser], None] | None], ...] = (
    ("demo", "build the sample shop (a realistic, made-up book)", _demo),
    ("info", "the book's path, schema version and record counts", None),
    ("check", "integrity check; exit status 1 if the book is damaged", None),
    ("backup", "back the book up now (into the data folder)", _backup),
    ("restore", "replace the book with a backup (the book as it is now is backed up first)",
     _restore),
    ("search", "find customers as the Customers page does (name, pinyin, phone digits, "
               "WeChat, tags, notes)", _search),
    ("reminders", "today's agenda: overdue, today, the next days", _reminders),
    ("ical", "import or export reminders as an iCalendar (.ics) file", _ical),
    ("import", "import customers from a CSV, Excel or vCard file", _import),
    ("export", "write the customer list as CSV, Excel or vCard", _export),
    ("report", "write a printable report as a PDF", _report),
    ("copy-book", "copy a book into an EMPTY PostgreSQL database or a new file (FROM and TO: "
                  "a book file or a postgresql:// address)", _copy_book),
    ("messages", "who is due a greeting or follow-up message on a day, and the text to send "
                 "(consent respected)", _messages),
    ("settings", "print the shop's settings, or change one", _settings),
    ("staff", "list the staff, or add, rename, deactivate someone", _staff),
    ("cards", "membership cards: every member's balances and the money owed; `cards ledger "
              "QUERY`: one member's ledger", _cards),
    ("erase", "erase a customer for privacy (for good; --from-backups: from every backup too)",
     _erase),
)
