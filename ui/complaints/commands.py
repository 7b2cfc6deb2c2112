"""The Complaints menu's entries, made before the Complaints page (ui/page_commands.py)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from ui.page_commands import PageCommands, PageFinder

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

NEW_COMPLAINT_SHORTCUT = "Ctrl+Shift+K"


def complaint_commands(owner: QObject, find_page: PageFinder) -> PageCommands:
    """New complaint… (Ctrl+Shift+K from any page) and the categories.

    Queued: the window first brings the page forward, then the form opens over it."""
    commands = PageCommands(owner, find_page)
    commands.add("new_complaint", "actionNewComplaint",
                 translate("ComplaintsPage", "New &complaint…"), [NEW_COMPLAINT_SHORTCUT],
                 queued=True)
    commands.add("edit_categories", "actionComplaintCategories",
                 translate("ComplaintsPage", "Complaint &categories…"), queued=True)
    return commands
