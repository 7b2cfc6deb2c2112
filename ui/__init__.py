"""Custbook's window: Qt widgets, table models and dialogs over the `custbook` core.

Nothing here writes SQL: screens ask `custbook` for rows and hand changes back to it.
"""
