"""Custbook's core: the customer book's data, rules, files and reports.

This package never imports Qt, so scripts, the command line and the tests can drive
everything the window can. Importing the package itself is free of third-party
imports on purpose: `custbook.cli.commands` is read before the dependencies exist.
"""

__version__ = "0.1.0"
APP_NAME = "Custbook"
