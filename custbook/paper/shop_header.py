"""The shop on every paper: its name, address, phone, WeChat ID, logo and QR image.

Every sheet, list, letter, report, card and receipt shows the shop the same way, read
from the settings when the paper is drawn (a changed name is on the next paper). Three
pieces, so no paper draws the shop its own way:

- `details()`: what the settings hold, the pictures already checked;
- `ShopHeader`: the letterhead flowable at the top of an A4 sheet — the logo at the
  left, the name and one contact line in the middle, the QR image at the right;
- `footer_canvas`: the one page footer ("shop · title" at the left, "page X of Y" at
  the right) the customer, visit and complaint sheets share.

A logo or QR image that is unset, damaged or not a picture prints nothing: a paper is
never refused for its decoration (the settings check pictures when they are chosen,
but a book may come from elsewhere).
"""
from __future__ import annotations

import base64
import binascii
import io
from collections.abc import Callable
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from custbook import settings
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.paper.look import MUTED, RULE, PageCountingCanvas, text_style


@dataclass(frozen=True)
class ShopDetails:
    """The shop as the settings describe it now; pictures are raw bytes that decode."""

    name: str = ""
    address: str = ""
    phone: str = ""
    wechat_id: str = ""
    logo: bytes | None = None
    qr: bytes | None = None

    def contact_parts(self) -> list[str]:
        """Address, phone and WeChat ID, each as printed, leaving out what is unset."""
        parts = [" ".join(self.address.split()), self.phone]
        if self.wechat_id:
            parts.append(QT_TRANSLATE_NOOP("ShopPaper", "WeChat: {id}").format(id=self.wechat_id))
        return [p for p in parts if p]

    def contact_line(self) -> str:
        """The contact details on one line ("address · phone · WeChat: id")."""
        return " · ".join(self.contact_parts())

    @property
    def empty(self) -> bool:
        return not (self.name or self.contact_parts() or self.logo or self.qr)


def _picture(encoded: str) -> bytes | None:
    """The bytes of a stored base64 picture, or None if it is unset or does not decode."""
    if not encoded:
        return None
    try:
        raw = base64.b64decode(encoded, validate=True)
        w, h = ImageReader(io.BytesIO(raw)).getSize()
    except (binascii.Error, ValueError, OSError, TypeError):
        return None
    except Exception:  # noqa: BLE001 - PIL raises its own kinds for a damaged picture
        return None
    return raw if w > 0 and h > 0 else None


def details() -> ShopDetails:
    """The shop's name, contact details and (readable) pictures from the settings."""
    return ShopDetails(
        name=settings.get("shop_name").strip(), address=settings.get("shop_address").strip(),
        phone=settings.get("shop_phone").strip(), wechat_id=settings.get("shop_wechat_id").strip(),
        logo=_picture(settings.get("shop_logo_png_b64")),
        qr=_picture(settings.get("shop_qr_png_b64")))


def fitted(raw: bytes | None, max_w: float, max_h: float
           ) -> tuple[ImageReader, float, float] | None:
    """The picture scaled to fit max_w × max_h (aspect kept), or None when there is none."""
    if raw is None:
        return None
    try:
        image = ImageReader(io.BytesIO(raw))
        w, h = image.getSize()
    except Exception:  # noqa: BLE001 - never fail a paper for its picture
        return None
    scale = min(max_w / w, max_h / h)
    return image, w * scale, h * scale


def draw_picture(canvas: Canvas, raw: bytes | None, x: float, top: float, max_w: float,
                 max_h: float, align: str = "left") -> tuple[float, float]:
    """Draw a picture whose top edge is at `top`; `x` is its left, centre or right edge
    (`align`). Returns its (width, height), (0, 0) when nothing was drawn."""
    fit = fitted(raw, max_w, max_h)
    if fit is None:
        return 0.0, 0.0
    image, w, h = fit
    left = {"left": x, "center": x - w / 2, "right": x - w}[align]
    try:
        canvas.drawImage(image, left, top - h, w, h, mask="auto")
    except Exception:  # noqa: BLE001 - a picture reportlab cannot embed prints nothing
        return 0.0, 0.0
    return w, h


class ShopHeader(Flowable):
    """The letterhead of an A4 sheet: logo | name over the contact line | QR, then a rule.

    Takes no room at all when the shop has told nothing about itself.
    """

    LOGO_W, LOGO_H, QR_SIDE = 34 * mm, 15 * mm, 17 * mm

    def __init__(self, font: str, shop: ShopDetails | None = None):
        super().__init__()
        self.shop = shop if shop is not None else details()
        self.name_style = text_style(font, "shop-name", 13, alignment=TA_CENTER, wordWrap="CJK")
        self.contact_style = text_style(font, "shop-contact", 8, textColor=MUTED,
                                        alignment=TA_CENTER, wordWrap="CJK")
        self._parts: list[tuple[Paragraph, float]] = []
        self._logo = fitted(self.shop.logo, self.LOGO_W, self.LOGO_H)
        self._qr = fitted(self.shop.qr, self.QR_SIDE, self.QR_SIDE)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        if self.shop.empty:
            self.height = 0.0
            return 0.0, 0.0
        side = max(self.LOGO_W if self._logo else 0, self.QR_SIDE if self._qr else 0)
        middle = available_width - 2 * (side + 3 * mm if side else 0)
        self._parts = []
        for text, style in ((self.shop.name, self.name_style),
                            (self.shop.contact_line(), self.contact_style)):
            if text:
                paragraph = Paragraph(escape(text), style)
                self._parts.append((paragraph, paragraph.wrap(middle, available_height)[1]))
        self._middle = middle
        text_h = sum(h for _, h in self._parts)
        pictures = max(self._logo[2] if self._logo else 0, self._qr[2] if self._qr else 0)
        self.height = max(text_h, pictures) + 3 * mm
        return self.width, self.height

    def draw(self) -> None:
        if self.shop.empty:
            return
        c, top = self.canv, self.height - 3 * mm
        if self._logo:
            image, w, h = self._logo
            c.drawImage(image, 0, top - h - (top - h) / 2, w, h, mask="auto")
        if self._qr:
            image, w, h = self._qr
            c.drawImage(image, self.width - w, top - h - (top - h) / 2, w, h, mask="auto")
        text_h = sum(h for _, h in self._parts)
        y = top - (top - text_h) / 2
        x = (self.width - self._middle) / 2
        for paragraph, h in self._parts:
            y -= h
            paragraph.drawOn(c, x, y)
        c.saveState()
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.line(0, 1.2 * mm, self.width, 1.2 * mm)
        c.restoreState()


def footer_text(*parts: str) -> str:
    """The left of a footer: the given parts that are set, joined by " · "."""
    return " · ".join(p for p in parts if p)


def footer_canvas(font: str, left: str, page_words: str, x_left: float, x_right: float,
                  y: float, on_done: Callable[[int], None] | None = None
                  ) -> type[PageCountingCanvas]:
    """The canvas class of a sheet whose every page ends in `left` … "page X of Y".

    `page_words` holds {page} and {pages}; `on_done(total)` is told the page count.
    """

    class FooterCanvas(PageCountingCanvas):
        def draw_furniture(self, number: int, total: int) -> None:
            self.footer_line(left, page_words.format(page=number, pages=total),
                             x_left, x_right, y)
            if number == total and on_done is not None:
                on_done(total)

    FooterCanvas.font = font
    return FooterCanvas
