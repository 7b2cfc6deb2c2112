"""Files on a card: photos and documents kept inside the book (receipts, a complaint's
photo, a signed sheet, a measurement chart).

Inside the book, so a backup, a copy to a shared server and a privacy export carry them
and a privacy erase removes them. The bytes live in `attachment_blob`, one row per file,
apart from the `attachment` row that lists it (name, type, size, a small PNG thumbnail
for images): a card lists its files without reading a byte of them, and only opening
a file reads its blob. A file larger than the shop's limit (Settings, 10 MB by default)
is refused with both sizes named.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import mimetypes
from dataclasses import dataclass
from pathlib import Path

from custbook import changes, clock, settings
from custbook.errors import ValidationError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.models import Attachment, AttachmentBlob, Complaint, Customer, database
from peewee import fn

THUMB_PX = 160
MB = 1024 * 1024


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    customer_id: int | None
    complaint_id: int | None
    file_name: str
    mime: str
    size: int
    note: str
    thumbnail: bytes | None
    added_at: dt.datetime

    @property
    def is_image(self) -> bool:
        return self.mime.startswith("image/")


def max_bytes() -> int:
    """The largest file the shop allows on a card."""
    return max(1, int(settings.get("attachment_max_mb"))) * MB


def size_text(size: int) -> str:
    if size >= MB:
        return f"{size / MB:.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


def thumbnail_of(data: bytes) -> bytes | None:
    """A PNG at most THUMB_PX on its longer side, or None when the bytes are no image."""
    try:
        # start-up: importing PIL here, not at the top, saves 26 ms when this module loads
        from PIL import Image, ImageOps  # reportlab's own dependency: always there
        with Image.open(io.BytesIO(data)) as image:
            image = ImageOps.exif_transpose(image)
            image.thumbnail((THUMB_PX, THUMB_PX))
            if image.mode not in ("RGB", "RGBA", "L"):
                image = image.convert("RGBA")
            out = io.BytesIO()
            image.save(out, "PNG", optimize=True)
            return out.getvalue()
    except Exception:  # noqa: BLE001 - a damaged or unknown image simply gets no thumbnail
        return None


def add(file_name: str, data: bytes, customer_id: int | None = None,
        complaint_id: int | None = None, note: str = "", mime: str | None = None) -> int:
    """Keep a file on a card or a complaint; returns its id."""
    name = Path(file_name or "").name.strip()
    if not name:
        raise ValidationError("file", QT_TRANSLATE_NOOP("Files", "The file has no name."))
    if customer_id is None and complaint_id is None:
        raise ValidationError("file", QT_TRANSLATE_NOOP(
            "Files", "Attach the file to a customer or a complaint."))
    limit = max_bytes()
    if len(data) > limit:
        raise ValidationError("file", QT_TRANSLATE_NOOP(
            "Files", "{name} is {size}; files on a card can be at most {limit} "
                     "(Settings).").format(name=name, size=size_text(len(data)),
                                           limit=size_text(limit)))
    mime = mime or mimetypes.guess_type(name)[0] or "application/octet-stream"
    thumb = thumbnail_of(data) if mime.startswith("image/") else None
    with database.atomic():
        if customer_id is not None and Customer.get_or_none(Customer.id == customer_id) is None:
            raise ValidationError("file", QT_TRANSLATE_NOOP(
                "Files", "That customer is no longer in the book."))
        if complaint_id is not None:
            complaint = Complaint.get_or_none(Complaint.id == complaint_id)
            if complaint is None:
                raise ValidationError("file", QT_TRANSLATE_NOOP(
                    "Files", "That complaint is no longer in the book."))
            customer_id = customer_id or complaint.customer_id
        row = Attachment.create(customer=customer_id, complaint=complaint_id, file_name=name[:260],
                                mime=mime[:100], size=len(data),
                                sha256=hashlib.sha256(data).hexdigest(), note=note.strip(),
                                thumbnail=thumb, added_at=clock.now_seconds())
        AttachmentBlob.insert(attachment=row.id, data=data).execute()
    return row.id


@changes.reports(changes.CUSTOMERS)
def add_file(path: str | Path, customer_id: int | None = None, complaint_id: int | None = None,
             note: str = "") -> int:
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ValidationError("file", QT_TRANSLATE_NOOP("Files", "Cannot read {name}: {reason}")
                              .format(name=path.name, reason=exc.strerror or exc)) from None
    if size > max_bytes():  # refuse before reading a huge file into memory
        raise ValidationError("file", QT_TRANSLATE_NOOP(
            "Files", "{name} is {size}; files on a card can be at most {limit} "
                     "(Settings).").format(name=path.name, size=size_text(size),
                                           limit=size_text(max_bytes())))
    return add(path.name, path.read_bytes(), customer_id, complaint_id, note)


_LISTED = (Attachment.id, Attachment.customer, Attachment.complaint, Attachment.file_name,
           Attachment.mime, Attachment.size, Attachment.note, Attachment.thumbnail,
           Attachment.added_at)


def _row(values: tuple) -> AttachmentRow:
    aid, cid, kid, name, mime, size, note, thumb, added = values
    return AttachmentRow(aid, cid, kid, name, mime, size, note,
                         bytes(thumb) if thumb is not None else None, added)


def files_of(customer_id: int | None = None, complaint_id: int | None = None
             ) -> list[AttachmentRow]:
    """The files of a customer (their own and their complaints') or of one complaint,
    newest first, without their bytes."""
    query = Attachment.select(*_LISTED)
    if complaint_id is not None:
        query = query.where(Attachment.complaint == complaint_id)
    else:
        query = query.where(Attachment.customer == customer_id)
    return [_row(v) for v in query.order_by(Attachment.added_at.desc(), Attachment.id.desc())
            .tuples()]


def data_of(attachment_id: int) -> bytes:
    """The bytes of one file (read only now)."""
    row = AttachmentBlob.get_or_none(AttachmentBlob.attachment == attachment_id)
    if row is None:
        raise ValidationError("file", QT_TRANSLATE_NOOP("Files", "This file is no longer in the book."))
    return bytes(row.data)


def save_copy(attachment_id: int, folder: str | Path) -> Path:
    """Write the file into `folder` (to open it with the system's viewer); returns its path."""
    meta = Attachment.get_by_id(attachment_id)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{attachment_id}-{Path(meta.file_name).name}"
    target.write_bytes(data_of(attachment_id))
    try:
        target.chmod(0o600)
    except OSError:
        pass
    return target


@changes.reports(changes.CUSTOMERS)
def delete(attachment_id: int) -> None:
    Attachment.delete().where(Attachment.id == attachment_id).execute()


def total_size(customer_id: int | None = None) -> tuple[int, int]:
    """(files, bytes) of a customer, or of the whole book."""
    query = Attachment.select(fn.COUNT(Attachment.id), fn.COALESCE(fn.SUM(Attachment.size), 0))
    if customer_id is not None:
        query = query.where(Attachment.customer == customer_id)
    count, size = query.tuples().first()
    return int(count or 0), int(size or 0)


def privacy_export(customer_id: int) -> list[dict]:
    """A customer's files for the privacy export: their details and bytes (base64)."""
    out = []
    for row in files_of(customer_id):
        out.append({"file_name": row.file_name, "mime": row.mime, "size": row.size,
                    "note": row.note, "added_at": row.added_at.isoformat()
                    if hasattr(row.added_at, "isoformat") else str(row.added_at),
                    "complaint_id": row.complaint_id,
                    "base64": base64.b64encode(data_of(row.id)).decode("ascii")})
    return out


def erase_for(customer_id: int) -> int:
    """Remove every file of a customer, their complaints' included (privacy erase)."""
    complaints = [c for (c,) in Complaint.select(Complaint.id)
                  .where(Complaint.customer == customer_id).tuples()]
    query = Attachment.delete().where(Attachment.customer == customer_id)
    if complaints:
        query = Attachment.delete().where((Attachment.customer == customer_id)
                                          | Attachment.complaint.in_(complaints))
    return query.execute()
