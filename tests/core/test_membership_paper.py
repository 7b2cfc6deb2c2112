"""The member card (CR80 and A4) and the roll-paper receipts, read back from the PDFs."""
from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from custbook import settings
from custbook.cli import cards_cli
from custbook.customers import customers
from custbook.membership import accounts, ledger, numbers, sale
from custbook.paper import member_card, receipt

TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def member(book):
    settings.set("shop_name", "丽丽服装店")
    cid = customers.save_customer({"name": "王芳芳"}, ["138 0013 8000"]).id
    numbers.assign(cid)
    return cid


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_the_barcode_and_qr_code_carry_the_member_number(member, tmp_path):
    number = numbers.number_of(member)
    code = member_card.barcode(number, 50 * mm, 8 * mm)
    assert code.value == number and code.width <= 50 * mm
    long = member_card.barcode("OLD-2019-0000000042", 50 * mm, 8 * mm)
    assert long.width <= 50 * mm + 0.01  # bars narrowed so a long number still fits
    widget = member_card.qr_drawing(number, 20 * mm).contents[0]
    assert widget.value == number
    path = tmp_path / "card.pdf"
    assert member_card.write_member_cards(path, [member], "cr80") == 1
    page = PdfReader(str(path)).pages[0]
    assert (round(float(page.mediabox.width) / mm, 1), round(float(page.mediabox.height) / mm)) \
        == (85.6, 54)
    assert "王芳芳" in text_of(path) and number in text_of(path)


def test_the_printed_codes_decode_to_the_number(member, tmp_path):
    zxingcpp = pytest.importorskip("zxingcpp", reason="zxing-cpp decodes the rendered card")
    import pypdfium2

    path = tmp_path / "card.pdf"
    member_card.write_member_cards(path, [member], "cr80")
    image = pypdfium2.PdfDocument(str(path))[0].render(scale=300 / 72).to_pil()
    found = {(r.format.name, r.text) for r in zxingcpp.read_barcodes(image)}
    number = numbers.number_of(member)
    assert found == {("Code128", number), ("QRCode", number)}


def test_an_a4_sheet_holds_ten_cards_and_members_without_a_number_get_one(member, tmp_path):
    others = [customers.save_customer({"name": f"会员{i}"}, []).id for i in range(11)]
    path = tmp_path / "sheet.pdf"
    member_card.write_member_cards(path, [member, *others], "a4")
    assert len(PdfReader(str(path)).pages) == 2
    assert all(numbers.number_of(c) for c in others)


def test_a_58mm_receipt_of_a_purchase_paid_partly_from_the_balance(member, tmp_path):
    settings.set("member_thank_you", "欢迎再次光临")
    ledger.top_up(member, 50000, 10000)
    done = sale.record_sale(member, TODAY, 35800, from_balance_cents=30000, items="真丝围巾")
    spend = next(e for e in accounts.ledger(member) if e.action == "spend")
    ledger.top_up(member, 10000)  # later: the reprinted receipt still says what it said
    path = tmp_path / "r.pdf"
    data = receipt.write_receipt(path, spend.id, 58)
    page = PdfReader(str(path)).pages[0]
    assert round(float(page.mediabox.width) / mm) == 58
    text = text_of(path)
    for expected in ("丽丽服装店", "王芳芳", "真丝围巾", "¥358.00", "¥300.00", "¥58.00",
                     "欢迎再次光临", str(done.points_earned)):
        assert expected in text, expected
    assert ("Balance", "¥300.00") in data.after
    top = receipt.gather(accounts.ledger(member)[-1].id)
    assert [line[1] for line in top.lines] == ["¥500.00", "¥100.00", "¥600.00"]


def test_cards_lists_members_with_totals_and_one_members_ledger(member):
    ledger.top_up(member, 128000)
    ledger.sell_count_card(member, "洗剪吹10次卡", 10, 68000)
    out = io.StringIO()
    cards_cli.list_cards(True, out)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("card_number,name,phone")
    assert lines[1] == f"{numbers.number_of(member)},王芳芳,138 0013 8000,,0,1280.00,洗剪吹10次卡×10"
    assert "owed_stored_value,1280.00" in lines and "owed_count_cards,680.00" in lines
    out = io.StringIO()
    assert cards_cli.print_ledger(numbers.number_of(member), False, out) == 0
    assert "Top-up" in out.getvalue() and "1280.00" in out.getvalue()
