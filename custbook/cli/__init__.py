"""The headless commands of main.py, one module per command group (as calibre's db/cli).

Importing this package imports nothing: main.py reads commands.COMMANDS before the
private environment (and so peewee) exists.
"""
