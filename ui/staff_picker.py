"""The one staff picker of the forms that record who did something.

It lists the shop's active staff (`custbook.customers.all_staff()`, the list every
picker and the "Staff on duty" menu use), so a deactivated person is offered nowhere.
A record that already names someone who has since left keeps that person chosen, under
their name, so opening and saving it again does not erase who did it.
"""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from custbook.customers import customers

NOBODY = "—"


def staff_combo(chosen: int | None, name: str = "", nobody: str = NOBODY) -> QComboBox:
    """A combo of "nobody" and the active staff by name, with `chosen` selected."""
    combo = QComboBox()
    if name:
        combo.setObjectName(name)
    combo.addItem(nobody, None)
    for person in customers.all_staff():
        combo.addItem(person.name, person.id)
    index = combo.findData(chosen)
    if index < 0 and chosen is not None:
        gone = next((p.name for p in customers.all_staff(active_only=False) if p.id == chosen),
                    f"#{chosen}")
        combo.addItem(gone, chosen)
        index = combo.count() - 1
    combo.setCurrentIndex(max(index, 0))
    return combo
