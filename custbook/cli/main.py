"""The headless sub-commands of `main.py`: the same core functions the window uses.

`python main.py` with no sub-command opens the window; `python main.py demo|info|check`
run here and print plain text (English; exit status 0 when all is well).

What loads when: the grammar (custbook.cli.grammar: argparse and a few constant lists)
parses the arguments, so `--help`, `<command> --help` and a mistyped option cost Python's
start and argparse, not the core (0.2 s of peewee, the models and the search; -X
importtime). `info` on a book file that needs nothing from the core's open is answered
with plain sqlite3 (custbook.cli.info_cli). Every other command runs through
custbook.cli.runner, which imports the command groups and the core behind them.
"""
from __future__ import annotations

from custbook.cli import grammar


def run(argv: list[str]) -> int:
    """Run one headless command; returns the process exit status."""
    parser = grammar.build_parser(argv)  # the arguments of the commands argv names
    args = parser.parse_args(argv)
    if args.command is None:
        parser.error("name a command (see --help)")
    if args.command == "info":
        # start-up: sqlite3, platformdirs and the plain read (8-15 ms loaded; -X
        # importtime) only for `info`, not for --help or another command's parse
        from custbook.cli import info_cli

        status = info_cli.plain_info_status(args)
        if status is not None:
            return status
    # start-up: the command groups and the core behind them (peewee, the models, the
    # migrations, the search: 0.2 s loaded; -X importtime) only for a command that runs
    # through them: never for --help, a wrong option or the plain `info`
    from custbook.cli import runner

    return runner.run(args)
