"""The one staff picker of the forms that record who did something.

It lists the shop's active staff (`custbook.customers.all_staff()`, the list every
picker and the "Staff on duty" menu use), so a deactivated person is offered nowhere.
A record that already names someone who has since left keeps that person chosen, under
their name, so opening and saving it again does not erase who did it.
"""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from custbook.customers import customers

NOBODY = "—"


def staff_combo(chosen: int | None, name: str = "", nobody: str = NOBODY,
                parent: QWidget | None = None) -> QComboBox:
    """A combo of "nobody" and the active staff by name, with `chosen` selected."""
    combo = QComboBox(parent)
    if name:
        combo.setObjectName(name)
    combo.addItem(nobody, None)
    for person in customers.all_staff():
        combo.addItem(person.name, person.id)
    choose(combo, chosen)
    return combo


def choose(combo: QComboBox, staff_id: int | None) -> None:
    """Select `staff_id` in a staff combo; someone no longer active is added by name."""
    index = combo.findData(staff_id)
    if index < 0 and staff_id is not None:
        gone = next((p.name for p in customers.all_staff(active_only=False) if p.id == staff_id),
                    f"#{staff_id}")
        combo.addItem(gone, staff_id)
        index = combo.count() - 1
    combo.setCurrentIndex(max(index, 0))
