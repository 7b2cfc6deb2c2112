"""The Calendar menu's entries, made before the Calendar page (ui/page_commands.py)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt

from ui.page_commands import PageCommands, PageFinder

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def calendar_commands(owner: QObject, find_page: PageFinder) -> PageCommands:
    """New reminder… (Ctrl+Shift+R on the page), the visit sheet, .ics in and out, the rules."""
    on_the_page = Qt.ShortcutContext.WidgetWithChildrenShortcut  # the page adds these two
    commands = PageCommands(owner, find_page)
    commands.add("new_reminder", "actionNewReminder",
                 translate("CalendarPage", "New &reminder…"), ["Ctrl+Shift+R"],
                 context=on_the_page)
    commands.add("print_sheet", "actionVisitSheet",
                 translate("CalendarPage", "&Print the visit sheet…"),
                 context=on_the_page)  # Ctrl+P: the window's Print
    commands.add("import_ics", "actionImportIcs",
                 translate("CalendarPage", "&Import a calendar (.ics)…"))
    commands.add("export_ics", "actionExportIcs",
                 translate("CalendarPage", "&Export reminders (.ics)…"))
    commands.add("edit_rules", "actionReminderRules",
                 translate("CalendarPage", "Reminder &rules…"))
    return commands
