"""The shop's staff: added, renamed, given a role, deactivated (never deleted).

Why never deleted: a person's name stays on the purchases, contacts, complaint steps
and audit entries they made. Deactivating hides them from every picker (the pickers
ask `custbook.customers.all_staff()` / `custbook.complaints.lookups.staff()`, which
list active staff only) while history keeps showing the name.
"""
from __future__ import annotations

from dataclasses import dataclass

from peewee import fn

from custbook import changes
from custbook.errors import ValidationError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.models import (
    AuditEntry, Complaint, ContactEntry, Purchase, Reminder, SatisfactionRecord, Staff, database,
)


@dataclass(frozen=True)
class StaffMember:
    id: int
    name: str
    role: str
    phone: str
    active: bool
    uses: int  # purchases, contacts, complaints, reminders and ratings naming them


def _uses() -> dict[int, int]:
    counts: dict[int, int] = {}
    for model in (Purchase, ContactEntry, Complaint, Reminder, SatisfactionRecord):
        for staff_id, n in (model.select(model.staff, fn.COUNT(model.id))
                            .where(model.staff.is_null(False)).group_by(model.staff).tuples()):
            counts[staff_id] = counts.get(staff_id, 0) + n
    return counts


def staff_list(include_inactive: bool = True) -> list[StaffMember]:
    """Everyone, active first, by name, with how often the book names them."""
    uses = _uses()
    query = Staff.select().order_by(Staff.active.desc(), Staff.name)
    if not include_inactive:
        query = query.where(Staff.active == True)  # noqa: E712 - peewee expression
    return [StaffMember(s.id, s.name, s.role, s.phone, bool(s.active), uses.get(s.id, 0))
            for s in query]


def _name(name: str, exclude_id: int | None = None) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError("name", QT_TRANSLATE_NOOP("Staff", "A staff member needs a name."))
    if len(name) > 80:
        raise ValidationError("name", QT_TRANSLATE_NOOP("Staff", "A name has at most 80 characters."))
    clash = Staff.select().where(fn.LOWER(Staff.name) == name.lower())
    if exclude_id is not None:
        clash = clash.where(Staff.id != exclude_id)
    if clash.exists():
        raise ValidationError("name", QT_TRANSLATE_NOOP(
            "Staff", "There is already someone called “{name}”.").format(name=name))
    return name


def _role(role: str) -> str:
    role = " ".join((role or "").split())
    if len(role) > 80:
        raise ValidationError("role", QT_TRANSLATE_NOOP("Staff", "A role has at most 80 characters."))
    return role


@changes.reports(changes.SETTINGS)
def add_staff(name: str, role: str = "") -> int:
    """Add a staff member (active); returns the id."""
    with database.atomic():
        return Staff.create(name=_name(name), role=_role(role)).id


@changes.reports(changes.SETTINGS)
def update_staff(staff_id: int, name: str, role: str) -> None:
    """Rename a staff member or change the role; history shows the new name."""
    with database.atomic():
        Staff.update(name=_name(name, staff_id), role=_role(role)).where(
            Staff.id == staff_id).execute()


@changes.reports(changes.SETTINGS)
def set_active(staff_id: int, active: bool) -> None:
    """Deactivate (hidden from pickers, kept in history) or bring back a staff member."""
    Staff.update(active=active).where(Staff.id == staff_id).execute()


def find(name: str) -> Staff:
    """The staff member of this name (case-insensitive), or ValidationError."""
    row = Staff.get_or_none(fn.LOWER(Staff.name) == " ".join(name.split()).lower())
    if row is None:
        raise ValidationError("name", QT_TRANSLATE_NOOP(
            "Staff", "Nobody called “{name}” is on the staff list.").format(name=name))
    return row


def audit_uses(staff_id: int) -> int:
    """How many changes the audit trail records under this person."""
    return AuditEntry.select().where(AuditEntry.staff == staff_id).count()
