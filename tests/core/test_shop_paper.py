"""The shop on every paper: name, phone and WeChat ID read back from each PDF's text, the
logo and QR image embedded when set, and nothing refused when a picture is broken."""
from __future__ import annotations

import base64
import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from custbook import i18n, settings
from custbook.calendar import reminder_actions
from custbook.complaints.workflow import create_complaint
from custbook.customers import customers
from custbook.letters import letter_templates, letters
from custbook.membership import ledger, numbers
from custbook.safety import privacy
from custbook.paper import (
    complaint_sheet,
    customer_privacy,
    customer_list_pdf,
    customer_sheet,
    label_layouts,
    labels,
    letters_pdf,
    member_card,
    receipt,
    satisfaction_report,
    shop_header,
    visit_sheet,
)
from tests.conftest import TODAY

SHOP = {"shop_name": "丽人服饰", "shop_address": "杭州市西湖区文三路 88 号",
        "shop_phone": "0571-8765 4321", "shop_wechat_id": "liren_fushi"}


def picture(colour: tuple[int, int, int], size: tuple[int, int] = (120, 60)) -> str:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return base64.b64encode(out.getvalue()).decode()


def images_on(path: Path) -> int:
    """How many image XObjects the PDF's pages draw (forms followed one level down)."""
    found = 0
    for page in PdfReader(str(path)).pages:
        objects = page["/Resources"].get("/XObject") or {}
        for obj in objects.values():
            obj = obj.get_object()
            if obj["/Subtype"] == "/Image":
                found += 1
            elif obj["/Subtype"] == "/Form":
                inner = (obj.get("/Resources") or {}).get("/XObject") or {}
                found += sum(1 for o in inner.values() if o.get_object()["/Subtype"] == "/Image")
    return found


def flat(path: Path) -> str:
    return "".join("".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


@pytest.fixture
def chinese():
    from ui import headless_language

    assert headless_language.install("zh_CN")
    yield
    i18n.set_translator(None)


@pytest.fixture
def shop(book):
    return make_shop()


def make_shop() -> dict[str, int]:
    """A small book: a member with an address, a visit due today, a complaint, a top-up."""
    for key, value in SHOP.items():
        settings.set(key, value)
    cid = customers.save_customer({"name": "林美华", "address": "杭州市文三路 1 号 301 室",
                                   "interest_topics": "真丝"}, ["13812345678"]).id
    numbers.assign(cid)
    complaint = create_complaint({"customer_words": "衬衫缩水了", "customer": cid})
    entry = ledger.top_up(cid, 50000, 5000)
    reminder_actions.save_reminder({"title": "问问衬衫换好了没有", "kind": "follow_up",
                                    "due_on": TODAY, "customer_id": cid}, TODAY)
    return {"customer": cid, "complaint": complaint.id, "entry": entry}


def every_paper(shop: dict, folder: Path) -> dict[str, Path]:
    """Each paper the shop prints, written to `folder`."""
    cid = shop["customer"]
    out = {name: folder / f"{name}.pdf" for name in (
        "customer_sheet", "customer_list", "labels", "letters", "visit_detailed",
        "visit_compact", "complaint_sheet", "report", "member_card", "receipt_58",
        "receipt_80", "privacy")}
    customer_sheet.write_customer_sheet(out["customer_sheet"], cid, TODAY)
    customer_list_pdf.write_customer_list(out["customer_list"], ["name", "phone", "address"])
    labels.write_labels(out["labels"], label_layouts.preset("3x7-70x42.3"), ids=[cid])
    template = letter_templates.template("builtin:zh_thanks")
    letters_pdf.write_letters(out["letters"], letters.letters_for(
        [cid], template, letter_templates.Shop.current(), TODAY))
    for layout in ("detailed", "compact"):
        sheet = visit_sheet.write_visit_sheet(out[f"visit_{layout}"], TODAY, TODAY, TODAY,
                                              layout=layout)
        assert sheet.entries == 1
    complaint_sheet.write_complaint_sheet(shop["complaint"], out["complaint_sheet"])
    satisfaction_report.write_satisfaction_report(out["report"], TODAY - dt.timedelta(days=29),
                                                  TODAY)
    member_card.write_member_cards(out["member_card"], [cid], "cr80")
    receipt.write_receipt(out["receipt_58"], shop["entry"], 58)
    receipt.write_receipt(out["receipt_80"], shop["entry"], 80)
    customer_privacy.write_privacy_pdf(privacy.export_customer(cid), out["privacy"])
    return out


# Papers too small for the whole address print the name and phone (card) or a return
# line (labels); the WeChat ID is on every paper that has room for a contact line.
WITHOUT_WECHAT = {"labels"}


def test_every_paper_carries_the_shops_name_phone_and_wechat_id(shop, tmp_path, chinese):
    for name, path in every_paper(shop, tmp_path).items():
        text = flat(path)
        assert "丽人服饰" in text, name
        assert "0571-87654321" in text, name
        if name not in WITHOUT_WECHAT:
            assert "liren_fushi" in text, name
        assert images_on(path) == 0, name  # no logo set: no picture, no empty frame


def test_a_logo_and_qr_image_are_printed_where_the_paper_has_room(shop, tmp_path):
    settings.set("shop_logo_png_b64", picture((200, 40, 60)))
    settings.set("shop_qr_png_b64", picture((0, 0, 0), (80, 80)))
    expected = {"customer_sheet": 2, "customer_list": 2, "letters": 2, "visit_detailed": 2,
                "visit_compact": 2, "complaint_sheet": 2, "report": 2, "member_card": 1,
                "receipt_58": 2, "receipt_80": 2, "privacy": 2, "labels": 0}
    for name, path in every_paper(shop, tmp_path).items():
        assert images_on(path) >= expected[name], name
        assert "WeChat:liren_fushi" in flat(path) or name == "labels", name


def test_a_broken_logo_prints_nothing_and_stops_nothing(shop, tmp_path):
    # the settings refuse such a picture; a book from elsewhere may hold one anyway
    settings.set("shop_logo_png_b64", base64.b64encode(b"\x89PNG not really a png").decode())
    settings.set("shop_qr_png_b64", "%%% not base64 %%%")
    assert shop_header.details().logo is None and shop_header.details().qr is None
    for name, path in every_paper(shop, tmp_path).items():
        assert images_on(path) == 0, name
        assert "丽人服饰" in flat(path), name


def test_a_changed_name_is_on_the_next_paper_and_an_unnamed_shop_prints_no_empty_header(
        shop, tmp_path):
    sheet = tmp_path / "sheet.pdf"
    settings.set("shop_name", "新名字小店")
    customer_sheet.write_customer_sheet(sheet, shop["customer"], TODAY)
    assert "新名字小店" in flat(sheet) and "丽人服饰" not in flat(sheet)
    for key in SHOP:
        settings.set(key, "")
    assert shop_header.details().empty
    customer_sheet.write_customer_sheet(sheet, shop["customer"], TODAY)
    assert flat(sheet).startswith("Customersheet")  # no header, no stray "·"


def test_labels_carry_the_return_address_only_where_the_label_has_room(shop, tmp_path):
    tall, short = tmp_path / "tall.pdf", tmp_path / "short.pdf"
    labels.write_labels(tall, label_layouts.preset("3x7-70x42.3"), ids=[shop["customer"]])
    labels.write_labels(short, label_layouts.preset("2x8-99.1x33.9"), ids=[shop["customer"]])
    assert "From:丽人服饰·杭州市西湖区文三路88号" in flat(tall)
    assert "丽人服饰" not in flat(short) and "林美华" in flat(short)
