"""The names of the headless sub-commands, in a module with no imports at all.

`main.py` must know whether a command opens a window before the bootstrap has
installed anything (it decides whether Qt's X11 libraries are needed); `custbook.cli.main`
needs the same list to dispatch. One list here keeps the two from drifting apart.
"""

COMMANDS = ("demo", "info", "check", "backup", "restore", "search", "reminders", "ical",
            "export", "report", "import", "copy-book", "messages", "settings", "staff", "cards", "erase")
