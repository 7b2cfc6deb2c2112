"""Data safety in the window: backups and restore, the start-up check, one window per
book, and the optional password lock.

`BookGuard` (guard.py) is owned by the Controller and watches over whichever book is
open; the dialogs live beside it; `add_file_actions` (menu.py) puts the File menu
entries in place. The work itself is done by the core: custbook.safety.backup, .restore,
.integrity, .booklock and .password.
"""
