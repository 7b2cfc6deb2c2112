"""The names of the headless sub-commands, in a module with no imports at all.

`main.py` must know whether a command opens a window before the bootstrap has
installed anything (it decides whether Qt's X11 libraries are needed). The grammar
(`custbook.cli.grammar.COMMANDS`, with each command's help) and the handlers
(`custbook.cli.runner.HANDLERS`) name the same commands: tests/core/test_cli_light.py
keeps the three in step.
"""

COMMANDS = ("demo", "info", "check", "backup", "restore", "search", "reminders", "ical",
            "export", "report", "import", "copy-book", "messages", "settings", "staff", "cards", "erase")
