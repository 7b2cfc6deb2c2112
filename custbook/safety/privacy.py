"""A customer's privacy rights: see everything the shop keeps about them, and be forgotten.

`export_customer` gathers every row about one person (the card's every column,
phones, tags, photo, purchases, contacts, complaints, reminders, satisfaction and
the audit trail) as plain JSON-ready data; `write_export` saves it as JSON and as a
PDF the shop can hand over.

`erase_customer` forgets the person but keeps the shop's books right. What goes:
the card, phones, tags, photo, search row, contact log, reminders, the audit
entries about them and any merge record naming them. What stays, detached
(customer set to NULL) and with every free-text field blanked: purchases (amount,
date, items, staff: the shop's sales totals do not change), complaints (category,
severity, status, compensation: the complaint figures do not change) and
satisfaction records (rating, score). One "privacy_erased" audit entry without a
name or any other personal data records that it happened, and by whom.

`erase_customer_and_backups` does the same and then rewrites every backup of the book
without the person (`custbook.safety.backup_erase`); a second "privacy_erased" entry
(field `backups_cleaned`) records how many backups were cleaned.
"""
from __future__ import annotations

import base64
import datetime as dt
import json
from pathlib import Path
from typing import Any

from custbook.customers import attachments, search, search_pieces
from custbook.safety import audit, backup_erase
from custbook.errors import CustbookError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.models import (
    AuditEntry,
    BaseModel,
    Complaint,
    ContactEntry,
    Customer,
    CustomerAnniversary,
    CustomerPhone,
    CustomerPhoto,
    CustomerRelation,
    CustomerTag,
    CustomField,
    CustomFieldValue,
    ImportBatch,
    MemberEntry,
    MergeRecord,
    MessageQueueItem,
    Purchase,
    Reminder,
    ReminderDone,
    SatisfactionRecord,
    Tag,
    database,
)
from custbook import changes, clock
from custbook.sql_dialect import is_sqlite

# Free text on the rows kept after an erase that may name or describe the person.
_PURCHASE_BLANK = ("note",)
_COMPLAINT_BLANK = ("walk_in_name", "walk_in_phone", "customer_words", "listen_notes",
                    "apology_words", "cause", "remedy", "promise", "result_comment",
                    "follow_up_outcome", "reopen_notes")
_SATISFACTION_BLANK = ("comment",)


def _plain(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (bytes, memoryview)):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def _row(instance: BaseModel) -> dict[str, Any]:
    """Every column of a row, by column name, as JSON-ready values."""
    return {field.column_name: _plain(instance.__data__.get(field.name))
            for field in instance._meta.sorted_fields}


def _rows(query) -> list[dict[str, Any]]:
    return [_row(r) for r in query]


def export_customer(customer_id: int) -> dict[str, Any]:
    """Everything the book holds about one customer, as JSON-ready data."""
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise CustbookError(QT_TRANSLATE_NOOP("Privacy", "This customer is no longer in the book."))
    reminders = list(Reminder.select().where(Reminder.customer == customer_id)
                     .order_by(Reminder.due_on, Reminder.id))
    done = ReminderDone.select().where(ReminderDone.reminder.in_([r.id for r in reminders])) \
        if reminders else []
    photo = CustomerPhoto.get_or_none(CustomerPhoto.customer == customer_id)
    return {
        "exported_at": clock.now_seconds().isoformat(),
        "customer": _row(customer),
        "phones": _rows(CustomerPhone.select().where(CustomerPhone.customer == customer_id)
                        .order_by(CustomerPhone.is_primary.desc(), CustomerPhone.id)),
        "tags": [t.name for t in Tag.select(Tag.name).join(CustomerTag)
                 .where(CustomerTag.customer == customer_id).order_by(Tag.name)],
        "photo": ({"mime": photo.mime, "base64": _plain(photo.image)} if photo else None),
        "purchases": _rows(Purchase.select().where(Purchase.customer == customer_id)
                           .order_by(Purchase.purchased_on, Purchase.id)),
        "contacts": _rows(ContactEntry.select().where(ContactEntry.customer == customer_id)
                          .order_by(ContactEntry.contacted_at, ContactEntry.id)),
        "complaints": _rows(Complaint.select().where(Complaint.customer == customer_id)
                            .order_by(Complaint.received_at, Complaint.id)),
        "reminders": [_row(r) for r in reminders],
        "reminders_done": _rows(done),
        "satisfaction": _rows(SatisfactionRecord.select()
                              .where(SatisfactionRecord.customer == customer_id)
                              .order_by(SatisfactionRecord.recorded_on, SatisfactionRecord.id)),
        "audit": _rows(AuditEntry.select().where(AuditEntry.customer == customer_id)
                       .order_by(AuditEntry.at, AuditEntry.id)),
        # issue 19: family, days, the shop's own fields, messages, files (with their bytes)
        "relations": _rows(CustomerRelation.select().where(CustomerRelation.customer == customer_id)
                           .order_by(CustomerRelation.id)),
        "anniversaries": _rows(CustomerAnniversary.select()
                               .where(CustomerAnniversary.customer == customer_id)
                               .order_by(CustomerAnniversary.id)),
        "own_fields": [{"field": name, "value": value} for name, value in CustomFieldValue.select(
            CustomField.name, CustomFieldValue.value).join(CustomField)
            .where(CustomFieldValue.customer == customer_id).tuples()],
        "messages": _rows(MessageQueueItem.select().where(MessageQueueItem.customer == customer_id)
                          .order_by(MessageQueueItem.id)),
        "attachments": attachments.privacy_export(customer_id),
    }


def _safe_name(name: str) -> str:
    cleaned = "".join(ch for ch in name if ch.isalnum() or ch in " -_").strip()
    return cleaned or "customer"


def write_export(customer_id: int, folder: str | Path) -> tuple[Path, Path]:
    """Save everything about a customer into `folder` as JSON and PDF; returns both paths."""
    # start-up: importing it here, not at the top, saves 238 ms when this module loads
    from custbook.paper.customer_privacy import write_privacy_pdf

    data = export_customer(customer_id)
    folder = Path(folder)
    if not folder.is_dir():
        raise CustbookError(QT_TRANSLATE_NOOP(
            "Privacy", "The folder {folder} does not exist.").format(folder=folder))
    stem = f"{_safe_name(data['customer']['name'])}-{customer_id}-{clock.today().isoformat()}"
    json_path, pdf_path = folder / f"{stem}.json", folder / f"{stem}.pdf"
    try:
        json_path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        write_privacy_pdf(data, pdf_path)
    except OSError as exc:
        raise CustbookError(QT_TRANSLATE_NOOP(
            "Privacy", "Could not write into {folder}: {reason}").format(
                folder=folder, reason=exc.strerror or exc)) from exc
    return json_path, pdf_path


def _blank(model: type[BaseModel], names: tuple[str, ...]) -> dict:
    return {getattr(model, n): "" for n in names}


def _scrub_traces(customer: Customer) -> None:
    """What other rows keep of the person: an import's "before" copy of the card, and
    other customers' audit values naming them (e.g. the old referred-by)."""
    key = str(customer.id)
    for batch in ImportBatch.select().where(ImportBatch.previous.contains(f'"{key}"')):
        previous = json.loads(batch.previous or "{}")
        if previous.pop(key, None) is not None:
            batch.previous = json.dumps(previous, ensure_ascii=False)
            batch.save()
    words = [w for w in [customer.name.strip()] + [p.number for p in customer.phones]
             + [p.digits for p in customer.phones] if len(w) >= 2]
    for word in words:
        for column in (AuditEntry.old_value, AuditEntry.new_value):
            AuditEntry.update({column: ""}).where(column.contains(word)).execute()


def _merged_away(customer_id: int) -> list[int]:
    """The duplicates merged into this card that still wait in the trash (the same person)."""
    dropped = [r.dropped_id for r in MergeRecord.select(MergeRecord.dropped_id)
               .where(MergeRecord.kept_id == customer_id)]
    return [c.id for c in Customer.select(Customer.id)
            .where(Customer.id.in_(dropped) & Customer.deleted_at.is_null(False))] \
        if dropped else []


@changes.reports(*changes.EVERYTHING)
def erase_customer(customer_id: int) -> None:
    """Forget one customer for good, keeping the shop's totals (see the module docstring).

    On SQLite the freed pages are overwritten (secure_delete) and the WAL is emptied
    afterwards, so the file keeps no copy; backups keep the person until they rotate out.
    """
    sqlite = is_sqlite()
    if sqlite:
        database.execute_sql("PRAGMA secure_delete = ON")
    try:
        with database.atomic():
            for dropped in _merged_away(customer_id):
                _erase_one(dropped)
            _erase_one(customer_id)
            audit.record(None, "privacy_erased", customer_name="")
            search_pieces.drop_gone()  # the index's note of the deleted keys, and their pieces
            if sqlite:  # FTS5 keeps deleted words in its old segments until they are merged
                database.execute_sql(f"INSERT INTO {search.FTS}({search.FTS}) VALUES('optimize')")
    finally:
        if sqlite:
            database.execute_sql("PRAGMA secure_delete = OFF")
    if sqlite:
        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def erase_customer_and_backups(customer_id: int, book: str | Path,
                               second_folder: str | Path | None = None,
                               root: Path | None = None,
                               progress: backup_erase.Progress | None = None
                               ) -> backup_erase.BackupsErased:
    """Erase a customer from the book, then from every backup of it (data folder and
    second folder); the audit trail counts the backups cleaned. Backups that cannot be
    rewritten are in the result's `failed` (its `problem()` names them in one sentence)."""
    person = backup_erase.person_of(customer_id)
    erase_customer(customer_id)
    result = backup_erase.erase_from_backups(person, book, second_folder, root, progress)
    with database.atomic():
        audit.record(None, "privacy_erased", field="backups_cleaned", new=len(result.cleaned),
                     customer_name="")
    return result


def _erase_one(customer_id: int) -> None:
    """Erase one card and its traces (inside erase_customer's transaction)."""
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise CustbookError(QT_TRANSLATE_NOOP(
            "Privacy", "This customer is no longer in the book."))
    _scrub_traces(customer)
    attachments.erase_for(customer_id)  # their complaints' files too (complaints stay)
    CustomerRelation.delete().where(CustomerRelation.linked == customer_id).execute()
    Purchase.update({Purchase.customer: None, **_blank(Purchase, _PURCHASE_BLANK)}).where(
        Purchase.customer == customer_id).execute()
    Complaint.update({Complaint.customer: None, **_blank(Complaint, _COMPLAINT_BLANK)}).where(
        Complaint.customer == customer_id).execute()
    SatisfactionRecord.update({SatisfactionRecord.customer: None,
                               **_blank(SatisfactionRecord, _SATISFACTION_BLANK)}).where(
        SatisfactionRecord.customer == customer_id).execute()
    # The membership ledger and balances stay (the money owed does not change),
    # detached by their foreign keys; their notes may name the person.
    MemberEntry.update(note="").where(MemberEntry.customer == customer_id).execute()
    AuditEntry.delete().where(AuditEntry.customer == customer_id).execute()
    MergeRecord.delete().where((MergeRecord.kept_id == customer_id)
                               | (MergeRecord.dropped_id == customer_id)).execute()
    # Phones, tags, photo, search row, contacts and reminders go with the card
    # (their foreign keys cascade); customers they referred lose the referral.
    Customer.delete().where(Customer.id == customer_id).execute()

