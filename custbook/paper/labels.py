"""Mailing labels on A4 label sheets: name, address and (if wanted) the phone.

For the list as the Customers page shows it, or for the customers selected in it.
Customers without an address cannot be posted to, so they are left out — and `plan`
names them before anything is printed, so the owner can fill the gaps first. A
partly used sheet can be used up: the first label goes on label N (counted row by row).

Each label shrinks its text until the whole address fits (down to 6 pt); an address
too long even then ends in "…" rather than running into the next label. Labels are
drawn straight onto the canvas, a page of customers at a time, so 100,000 labels need
no more memory than 21.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from custbook.customers import phones
from custbook.customers.customer_query import CustomerQuery
from custbook.errors import ValidationError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.paper.label_layouts import A4_MM, LabelLayout, check
from custbook.models import database
from custbook.errors import Cancelled
from custbook.paper.customer_list_pdf import count, id_pages
from custbook.paper.fonts import register_cjk_font
from custbook.paper.look import INK, MUTED, RULE
from custbook.paper.shop_header import details, footer_text
from custbook.paper.text_fit import clip, wrap

Progress = Callable[[int, int], bool]
SKIPPED_SHOWN = 200     # names of customers without an address kept for the dialog
LARGEST, SMALLEST = 11.0, 6.0
PAD_X, PAD_Y = 3.5, 2.5  # mm inside each label, so a slightly misfed sheet still fits
# The shop's return address goes on labels at least this tall (mm): on the 42.3, 38.1 and
# 67.7 mm sheets it leaves the customer's address room at 11 pt; on the 33.9-37 mm ones
# it would shrink the address the postman reads, so those print none.
RETURN_LINE_MIN_MM, RETURN_LINE_PT = 38.0, 6.0


@dataclass(frozen=True)
class Label:
    """What goes on one label."""

    customer_id: int
    name: str
    address: str
    phone: str = ""


@dataclass(frozen=True)
class LabelPlan:
    """What printing would do: how many labels, on how many sheets, and who is left out."""

    customers: int
    labels: int
    sheets: int
    skipped: int
    skipped_names: tuple[str, ...]  # the first SKIPPED_SHOWN of them


@dataclass(frozen=True)
class LabelSheets:
    """What was written."""

    path: Path
    labels: int
    skipped: int
    pages: int


def _rows(ids: list[int]) -> list[tuple[int, str, str, str]]:
    """(id, name, address, primary phone) of these customers, in the order given."""
    marks = ",".join("?" * len(ids))
    found = {r[0]: r for r in database.execute_sql(
        "SELECT c.id, c.name, c.address, (SELECT p.number FROM customer_phone p WHERE "
        "p.customer_id = c.id ORDER BY p.is_primary DESC, p.id LIMIT 1) "
        f"FROM customer c WHERE c.id IN ({marks})", tuple(ids)).fetchall()}
    return [found[i] for i in ids if i in found]


def _labels(query: CustomerQuery | None, ids: Iterable[int] | None, progress: Progress | None,
            skipped: list[str], counted: list[int], with_phone: bool = True):
    """The labels of a list in its order; customers without an address go to `skipped`
    (names, the first SKIPPED_SHOWN) and are counted in counted[0]."""
    ids = list(ids) if ids is not None else None
    total = count(query, ids)
    done = 0
    if progress is not None and not progress(0, total):
        raise Cancelled()
    for page in id_pages(query, ids):
        for cid, name, address, phone in _rows(page):
            address = "\n".join(line.strip() for line in (address or "").splitlines()
                                if line.strip())
            if not address:
                counted[0] += 1
                if len(skipped) < SKIPPED_SHOWN:
                    skipped.append(name)
                continue
            yield Label(cid, name, address,
                        phones.format_for_display(phone) if phone and with_phone else "")
        done += len(page)
        if progress is not None and not progress(min(done, total), total):
            raise Cancelled()


def check_start(layout: LabelLayout, start_at: int) -> int:
    """`start_at` itself when the sheet has that label, else a ValidationError."""
    if not 1 <= int(start_at) <= layout.per_sheet:
        raise ValidationError("start_at", QT_TRANSLATE_NOOP(
            "Labels", "Start at a label from 1 to {n}: this sheet has {n} labels.")
            .format(n=layout.per_sheet))
    return int(start_at)


def plan(layout: LabelLayout, query: CustomerQuery | None = None,
         ids: Iterable[int] | None = None, start_at: int = 1,
         progress: Progress | None = None) -> LabelPlan:
    """How many labels and sheets a list takes, and who has no address (printing nothing)."""
    check(layout)
    start_at = check_start(layout, start_at)
    skipped: list[str] = []
    counted = [0]
    labels = sum(1 for _ in _labels(query, ids, progress, skipped, counted, with_phone=False))
    return LabelPlan(labels + counted[0], labels, layout.sheets_for(labels, start_at),
                     counted[0], tuple(skipped))


def _fit(label: Label, width: float, height: float, font: str, show_phone: bool
         ) -> tuple[float, list[str], list[str], str]:
    """The largest size at which name, address (and phone) fit; at the smallest the
    address is cut to the lines there is room for."""
    size = LARGEST
    while True:
        name = clip(wrap(label.name, font, size + 1, width), 2, font, size + 1, width)
        address = wrap(label.address, font, size, width)
        phone = label.phone if show_phone else ""
        used = (len(name) * (size + 1) + len(address) * size + (size if phone else 0)) * 1.2 \
            + size * 0.35
        if used <= height or size <= SMALLEST:
            break
        size -= 0.5
    if used > height:
        room = int((height - (len(name) * (size + 1) + (size if phone else 0)) * 1.2
                    - size * 0.35) // (size * 1.2))
        address = clip(address, max(room, 1), font, size, width)
    return size, name, address, phone


def return_line() -> str:
    """The shop's return address on one line ("" when neither name nor address is set)."""
    shop = details()
    address = " ".join(shop.address.split())
    if not (shop.name or address):
        return ""
    return QT_TRANSLATE_NOOP("Labels", "From: {sender}").format(
        sender=footer_text(shop.name, address, shop.phone))


def _draw_return(canvas: Canvas, line: str, x: float, top: float, width: float,
                 font: str) -> float:
    """The return address at the top of a label; returns the height it took."""
    left, inner_w = x + PAD_X * mm, width - 2 * PAD_X * mm
    canvas.setFont(font, RETURN_LINE_PT)
    canvas.setFillColor(MUTED)
    canvas.drawString(left, top - PAD_Y * mm - RETURN_LINE_PT,
                      clip(wrap(line, font, RETURN_LINE_PT, inner_w), 1, font, RETURN_LINE_PT,
                           inner_w)[0])
    rule = top - PAD_Y * mm - RETURN_LINE_PT * 1.45
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.3)
    canvas.line(left, rule, left + inner_w, rule)
    return RETURN_LINE_PT * 1.45 + 1 * mm


def _draw(canvas: Canvas, label: Label, x: float, top: float, width: float, height: float,
          font: str, show_phone: bool, sender: str = "") -> None:
    if sender:
        used = _draw_return(canvas, sender, x, top, width, font)
        top, height = top - used, height - used
    inner_w, inner_h = width - 2 * PAD_X * mm, height - 2 * PAD_Y * mm
    size, name, address, phone = _fit(label, inner_w, inner_h, font, show_phone)
    block = (len(name) * (size + 1) + len(address) * size + (size if phone else 0)) * 1.2 \
        + size * 0.35
    y = top - PAD_Y * mm - max(0.0, (inner_h - block) / 2)  # the text sits in the middle
    left = x + PAD_X * mm
    text = canvas.beginText()
    text.setFillColor(INK)
    # the font has no bold: draw the name's outline too, so it stands out
    text.setTextRenderMode(2)
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.2)
    text.setFont(font, size + 1, (size + 1) * 1.2)
    text.setTextOrigin(left, y - (size + 1))
    for line in name:
        text.textLine(line)
    text.setTextRenderMode(0)
    text.moveCursor(0, size * 0.35)
    text.setFont(font, size, size * 1.2)
    for line in address:
        text.textLine(line)
    if phone:
        text.setFillColor(MUTED)
        text.textLine(phone)
    canvas.drawText(text)


def write_labels(path: str | Path, layout: LabelLayout, query: CustomerQuery | None = None,
                 ids: Iterable[int] | None = None, start_at: int = 1, show_phone: bool = False,
                 outlines: bool = False, progress: Progress | None = None) -> LabelSheets:
    """Write the labels of `query`'s list (or of the customers `ids`) as an A4 PDF.

    `outlines` draws each label's edge (for a test print on plain paper).
    `progress(done, total)` returning False stops, removes the file and raises Cancelled.
    """
    check(layout)
    start_at = check_start(layout, start_at)
    path = Path(path)
    font = register_cjk_font()
    page_h = A4_MM[1] * mm
    canvas = Canvas(str(path), pagesize=(A4_MM[0] * mm, page_h), initialFontName=font,
                    initialFontSize=9)
    canvas.setTitle(QT_TRANSLATE_NOOP("Labels", "Address labels"))
    canvas.setAuthor("Custbook")
    canvas.setCreator("Custbook")
    sender = return_line() if layout.height >= RETURN_LINE_MIN_MM else ""
    skipped: list[str] = []
    counted = [0]
    slot = start_at - 1
    written = 0
    pages = 0
    try:
        for label in _labels(query, ids, progress, skipped, counted, with_phone=show_phone):
            if slot and slot % layout.per_sheet == 0:
                canvas.showPage()
            if slot % layout.per_sheet == 0 or written == 0:
                pages += 1
            left, top = layout.position(slot)
            if outlines:
                canvas.setStrokeColor(RULE)
                canvas.setLineWidth(0.3)
                canvas.roundRect(left * mm, page_h - (top + layout.height) * mm,
                                 layout.width * mm, layout.height * mm, 2 * mm)
            _draw(canvas, label, left * mm, page_h - top * mm, layout.width * mm,
                  layout.height * mm, font, show_phone, sender)
            slot += 1
            written += 1
        if not written:
            canvas.setFont(font, 11)
            canvas.setFillColor(MUTED)
            canvas.drawString(20 * mm, page_h - 30 * mm, QT_TRANSLATE_NOOP(
                "Labels", "No customer in this list has an address."))
            pages = 1
        canvas.showPage()
        canvas.save()
    except Cancelled:
        path.unlink(missing_ok=True)
        raise
    return LabelSheets(path, written, counted[0], pages)
