"""Files on a card: size limit, thumbnails, lazy bytes, backup, copy-book, privacy export and erase."""
from __future__ import annotations

import base64
import datetime as dt
import io
import json
import sqlite3

import pytest
from PIL import Image

from custbook import db, settings
from custbook.customers import attachments, customers
from custbook.errors import ValidationError
from custbook.models import Attachment, AttachmentBlob, Complaint
from custbook.safety import privacy


def png(width=800, height=600) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 40, 40)).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def wang(book):
    return customers.save_customer({"name": "王芳"}, []).id


def test_an_image_gets_a_thumbnail_and_its_bytes_are_read_only_when_opened(wang, tmp_path):
    data = png()
    aid = attachments.add("收据.png", data, customer_id=wang, note="收据")
    listed = attachments.files_of(wang)
    assert [(f.file_name, f.mime, f.size, f.note) for f in listed] == [
        ("收据.png", "image/png", len(data), "收据")]
    thumb = Image.open(io.BytesIO(listed[0].thumbnail))
    assert max(thumb.size) == attachments.THUMB_PX and thumb.size == (160, 120)
    assert attachments.data_of(aid) == data
    copy = attachments.save_copy(aid, tmp_path / "open")
    assert copy.read_bytes() == data and copy.name.endswith("收据.png")
    pdf = attachments.add("sheet.pdf", b"%PDF-1.4 signed", customer_id=wang)
    assert attachments.files_of(wang)[0].thumbnail is None  # no thumbnail for a document
    attachments.delete(pdf)
    assert not AttachmentBlob.select().where(AttachmentBlob.attachment == pdf).exists()


def test_the_size_limit_is_the_shops_and_is_named(wang, tmp_path):
    settings.set("attachment_max_mb", 1)
    with pytest.raises(ValidationError,
                       match=r"big.bin is 1\.5 MB; files on a card can be at most 1\.0 MB"):
        attachments.add("big.bin", b"x" * (3 * 1024 * 512), customer_id=wang)
    big = tmp_path / "big.bin"
    big.write_bytes(b"x" * (2 * 1024 * 1024))
    with pytest.raises(ValidationError, match="at most 1.0 MB"):
        attachments.add_file(big, customer_id=wang)
    assert attachments.files_of(wang) == []


def test_a_complaints_photo_shows_on_the_complaint_and_the_card(wang):
    complaint = Complaint.create(customer=wang, received_at=dt.datetime(2026, 11, 20, 10, 0),
                                 customer_words="线头开了")
    aid = attachments.add("破损.jpg", png(100, 100), complaint_id=complaint.id)
    assert [f.id for f in attachments.files_of(complaint_id=complaint.id)] == [aid]
    assert [f.id for f in attachments.files_of(wang)] == [aid]


def test_privacy_export_carries_the_files_and_erase_removes_them(wang, tmp_path):
    data = png(50, 50)
    complaint = Complaint.create(customer=wang, received_at=dt.datetime(2026, 11, 20, 10, 0),
                                 customer_words="x")
    attachments.add("a.png", data, customer_id=wang)
    attachments.add("b.png", data, complaint_id=complaint.id)
    exported = privacy.export_customer(wang)
    assert sorted(a["file_name"] for a in exported["attachments"]) == ["a.png", "b.png"]
    json_path, pdf_path = privacy.write_export(wang, tmp_path)
    from pypdf import PdfReader

    printed = "".join(page.extract_text() for page in PdfReader(pdf_path).pages)
    assert "a.png" in printed and base64.b64encode(data).decode()[:40] not in printed
    written = json.loads(json_path.read_text(encoding="utf-8"))
    assert base64.b64decode(written["attachments"][0]["base64"]) == data
    privacy.erase_customer(wang)
    assert Attachment.select().count() == 0 and AttachmentBlob.select().count() == 0
    assert Complaint.select().count() == 1  # the complaint stays for the shop's figures


@pytest.mark.sqlite_only("backs up a SQLite book file")
def test_files_travel_with_a_backup(book, tmp_path):
    from custbook.safety import backup

    wang = customers.save_customer({"name": "王芳"}, []).id
    data = png(30, 30)
    attachments.add("a.png", data, customer_id=wang)
    made = backup.take_backup(book, kind="manual", root=tmp_path / "backups")
    path = made.backup.path
    conn = sqlite3.connect(str(path))
    try:
        assert bytes(conn.execute("SELECT data FROM attachment_blob").fetchone()[0]) == data
    finally:
        conn.close()


@pytest.mark.sqlite_only("copies a SQLite book into PostgreSQL and back")
def test_files_travel_with_copy_book(book, tmp_path, request):
    from custbook.shared_book import copy_book
    from tests.pg_helpers import fresh_database

    wang = customers.save_customer({"name": "王芳"}, []).id
    data = bytes(range(256)) * 10
    attachments.add("raw.bin", data, customer_id=wang)
    db.close_book()
    with fresh_database() as url:
        copy_book.copy_book(book, url)
        back = tmp_path / "back.db"
        copy_book.copy_book(url, back)
    db.open_book(back)
    row = attachments.files_of(wang)[0]
    assert row.file_name == "raw.bin" and attachments.data_of(row.id) == data
