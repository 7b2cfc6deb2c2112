"""The "Staff on duty" menu: who is at the counter, so the audit trail can name them.

It lists the shop's active staff each time it opens (they change in the settings);
the choice holds for the open book until the app closes (custbook.safety.audit).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu

from custbook.customers import customers
from custbook.safety import audit

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def add_staff_menu(menu: QMenu) -> QMenu:
    """Add the "Staff on duty" submenu to `menu`; returns it."""
    sub = menu.addMenu(translate("StaffOnDuty", "Staff on duty"))
    sub.setObjectName("staffOnDutyMenu")
    sub.setToolTip(translate("StaffOnDuty", "Changes to customer cards are recorded under this name."))

    def choose(staff_id: int | None) -> None:
        audit.set_current_staff(staff_id)

    def rebuild() -> None:
        sub.clear()
        group = QActionGroup(sub)
        current = audit.current_staff()
        choices = [(None, translate("StaffOnDuty", "Nobody named"))] + [
            (row.id, row.name) for row in customers.all_staff()]
        for staff_id, name in choices:
            action = sub.addAction(name)
            action.setObjectName(f"actionStaff_{staff_id or 'none'}")
            action.setCheckable(True)
            action.setChecked(staff_id == current)
            action.triggered.connect(lambda checked=False, s=staff_id: choose(s))
            group.addAction(action)

    sub.aboutToShow.connect(rebuild)
    return sub
