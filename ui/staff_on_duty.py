"""The "Staff on duty" menu: who is at the counter, so the audit trail can name them.

It lists the shop's active staff each time it opens (they change in the settings);
the choice holds for the open book (custbook.safety.audit) and is remembered on this PC,
so the next start names the same person (until they are deactivated).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu

from custbook import db
from custbook.customers.customer_labels import all_staff  # not the customers' whole core
from custbook.safety import audit
from ui import prefs
import hashlib

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def _remembered_key() -> str:
    """The preference holding who was on duty at this PC for the open book (#15)."""
    return "staff_on_duty/" + hashlib.sha1(db.book_location().encode()).hexdigest()[:16]


def restore_on_duty() -> None:
    """Put back who was last on duty at this PC for this book, if still active."""
    if audit.current_staff() is not None:
        return
    stored = prefs.get(_remembered_key(), "")
    if stored.isdigit() and int(stored) in {row.id for row in all_staff()}:
        audit.set_current_staff(int(stored))


def add_staff_menu(menu: QMenu) -> QMenu:
    """Add the "Staff on duty" submenu to `menu`; returns it."""
    sub = menu.addMenu(translate("StaffOnDuty", "Staff on duty"))
    sub.setObjectName("staffOnDutyMenu")
    sub.setToolTip(translate("StaffOnDuty", "Changes to customer cards are recorded under this name."))

    def choose(staff_id: int | None) -> None:
        audit.set_current_staff(staff_id)
        prefs.put(_remembered_key(), str(staff_id or ""))  # remembered per PC and book

    def rebuild() -> None:
        sub.clear()
        group = QActionGroup(sub)
        current = audit.current_staff()
        choices = [(None, translate("StaffOnDuty", "Nobody named"))] + [
            (row.id, row.name) for row in all_staff()]
        for staff_id, name in choices:
            action = sub.addAction(name)
            action.setObjectName(f"actionStaff_{staff_id or 'none'}")
            action.setCheckable(True)
            action.setChecked(staff_id == current)
            action.triggered.connect(lambda checked=False, s=staff_id: choose(s))
            group.addAction(action)

    sub.aboutToShow.connect(rebuild)
    restore_on_duty()
    return sub
