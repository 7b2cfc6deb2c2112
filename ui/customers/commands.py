"""The Customers menu's own entries, made before the Customers page (ui/page_commands.py)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QKeySequence

from ui.page_commands import PageCommands, PageFinder

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def customer_commands(owner: QObject, find_page: PageFinder) -> PageCommands:
    """New customer… (Ctrl+Shift+N, Insert), Find duplicates…, Trash (a check)."""
    commands = PageCommands(owner, find_page)
    commands.add("new_customer", "actionNewCustomer",
                 translate("CustomersPage", "&New customer…"),
                 [QKeySequence("Ctrl+Shift+N"), QKeySequence(Qt.Key.Key_Insert)],
                 icon="SP_FileIcon")
    commands.add("find_duplicates", "actionFindDuplicates",
                 translate("CustomersPage", "Find &duplicates…"))
    commands.add_toggle("show_trash", "actionShowTrash", translate("CustomersPage", "Trash"),
                        icon="SP_TrashIcon")
    return commands
