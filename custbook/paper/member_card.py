"""The member card: CR80 card stock (85.6 × 54 mm, one card a page) or A4 sheets of ten.

Each card carries the shop's name, the member's name and card number, the number as a
Code 128 barcode (what a USB scanner at the counter reads into search) and as a QR
code (what a phone reads). Both are drawn by reportlab's own barcode module, so no
dependency is added. The barcode's bar width shrinks for a long number so that it
always fits between its quiet zones.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode import code128, qr
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.membership import numbers
from custbook.models import Customer
from custbook.paper.fonts import register_cjk_font
from custbook.paper.look import INK, MUTED
from custbook.paper.shop_header import details, draw_picture

CARD_W, CARD_H = 85.6 * mm, 54 * mm
BAND = colors.HexColor("#1d4e63")
A4_COLUMNS, A4_ROWS = 2, 5


@dataclass(frozen=True)
class CardFace:
    shop: str
    name: str
    number: str
    contact: str = ""  # the shop's phone and WeChat ID
    logo: bytes | None = None


def faces(customer_ids: Iterable[int]) -> list[CardFace]:
    """The cards to print: members without a number get one now (a card needs one)."""
    shop = details()
    contact = " · ".join(p for p in (shop.phone, shop.contact_parts()[-1] if shop.wechat_id
                                     else "") if p)
    found = []
    for cid in customer_ids:
        number = numbers.number_of(cid) or numbers.assign(cid)
        customer = Customer.get_by_id(cid)
        found.append(CardFace(shop.name, customer.name, number, contact, shop.logo))
    return found


def barcode(number: str, max_width: float, height: float) -> code128.Code128:
    """The Code 128 barcode of `number`, as wide as fits (bars 0.5 mm at most: wide enough
    for a scanner reading a screen at 100 % as well as paper)."""
    bar = 0.5 * mm
    code = code128.Code128(number, barWidth=bar, barHeight=height, humanReadable=False,
                           quiet=True, lquiet=10 * bar, rquiet=10 * bar)
    if code.width > max_width:
        bar = bar * max_width / code.width
        code = code128.Code128(number, barWidth=bar, barHeight=height, humanReadable=False,
                               quiet=True, lquiet=10 * bar, rquiet=10 * bar)
    return code


def qr_drawing(number: str, size: float) -> Drawing:
    widget = qr.QrCodeWidget(number, barLevel="M")
    x1, y1, x2, y2 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x2 - x1), 0, 0, size / (y2 - y1), 0, 0])
    drawing.add(widget)
    return drawing


def _fit(c: Canvas, text: str, font: str, size: float, width: float) -> float:
    while size > 5 and stringWidth(text, font, size) > width:
        size -= 0.5
    return size


def draw_card(c: Canvas, face: CardFace, x: float, y: float, outline: bool = False) -> None:
    """One card with its lower-left corner at (x, y)."""
    font = register_cjk_font()
    pad = 4 * mm
    band_h = 12 * mm
    c.saveState()
    if outline:
        c.setStrokeColor(colors.HexColor("#b8c2c8"))
        c.setDash(2, 2)
        c.setLineWidth(0.4)
        c.roundRect(x, y, CARD_W, CARD_H, 3 * mm, stroke=1, fill=0)
        c.setDash()
    c.saveState()
    corners = c.beginPath()  # the band follows the card's rounded corners
    corners.roundRect(x, y, CARD_W, CARD_H, 3 * mm)
    c.clipPath(corners, stroke=0, fill=0)
    c.setFillColor(BAND)
    c.rect(x, y + CARD_H - band_h, CARD_W, band_h, stroke=0, fill=1)
    c.restoreState()
    c.setFillColor(colors.white)
    title = QT_TRANSLATE_NOOP("MemberCard", "MEMBER CARD")
    title_size = 6.5
    title_w = stringWidth(title, font, title_size)
    c.setFont(font, title_size)
    c.drawRightString(x + CARD_W - pad, y + CARD_H - band_h + 4.6 * mm, title)
    logo_w = draw_picture(c, face.logo, x + pad, y + CARD_H - 2 * mm, 16 * mm, band_h - 4 * mm)[0]
    shop_x = x + pad + (logo_w + 2 * mm if logo_w else 0)
    shop = face.shop or QT_TRANSLATE_NOOP("MemberCard", "Member card")
    size = _fit(c, shop, font, 12, x + CARD_W - pad - title_w - 3 * mm - shop_x)
    c.setFont(font, size)
    c.drawString(shop_x, y + CARD_H - band_h + 4.2 * mm, shop)
    # QR on the right, name and number on the left, barcode along the bottom
    qr_size = 20 * mm
    qr_x = x + CARD_W - pad - qr_size
    qr_y = y + CARD_H - band_h - 2 * mm - qr_size
    renderPDF.draw(qr_drawing(face.number, qr_size), c, qr_x, qr_y)
    text_w = qr_x - (x + pad) - 2 * mm
    c.setFillColor(INK)
    size = _fit(c, face.name, font, 13, text_w)
    c.setFont(font, size)
    c.drawString(x + pad, y + CARD_H - band_h - 8 * mm, face.name)
    c.setFillColor(MUTED)
    c.setFont(font, 6.5)
    c.drawString(x + pad, y + CARD_H - band_h - 13 * mm,
                 QT_TRANSLATE_NOOP("MemberCard", "Card number"))
    c.setFillColor(INK)
    size = _fit(c, face.number, font, 11, text_w)
    c.setFont(font, size)
    c.drawString(x + pad, y + CARD_H - band_h - 17.5 * mm, face.number)
    if face.contact:
        c.setFillColor(MUTED)
        size = _fit(c, face.contact, font, 6.5, CARD_W - 2 * pad)
        c.setFont(font, size)
        c.drawString(x + pad, y + 13.5 * mm, face.contact)
    # Along the whole bottom of the card, under the QR code: the wider, the better it scans.
    code = barcode(face.number, CARD_W - 3 * mm, 8 * mm)
    code.drawOn(c, x + 1.5 * mm, y + 3.2 * mm)
    c.restoreState()


def write_member_cards(path: str | Path, customer_ids: list[int], layout: str = "cr80",
                       progress: Callable[[int, int], bool] | None = None) -> int:
    """Write the cards of these members: `cr80` (a page a card) or `a4` (ten a sheet)."""
    cards = faces(customer_ids)
    font = register_cjk_font()
    if layout == "cr80":
        c = Canvas(str(path), pagesize=(CARD_W, CARD_H), initialFontName=font)
        for number, face in enumerate(cards):
            draw_card(c, face, 0, 0)
            c.showPage()
            if progress is not None and progress(number + 1, len(cards)) is False:
                break
    elif layout == "a4":
        c = Canvas(str(path), pagesize=A4, initialFontName=font)
        width, height = A4
        left = (width - A4_COLUMNS * CARD_W) / 2
        top = height - (height - A4_ROWS * CARD_H) / 2
        per_page = A4_COLUMNS * A4_ROWS
        for number, face in enumerate(cards):
            slot = number % per_page
            if number and not slot:
                c.showPage()
            column, row = slot % A4_COLUMNS, slot // A4_COLUMNS
            draw_card(c, face, left + column * CARD_W, top - (row + 1) * CARD_H, outline=True)
            if progress is not None and progress(number + 1, len(cards)) is False:
                break
        c.showPage()
    else:
        raise ValueError(layout)
    c.setTitle(QT_TRANSLATE_NOOP("MemberCard", "Member cards"))
    c.save()
    return len(cards)
