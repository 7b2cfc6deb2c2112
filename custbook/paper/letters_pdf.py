"""Recommendation letters on paper: one A4 letter per customer, on the shop's letterhead.

Each page carries the letterhead (logo, name and QR image at the top; address, phone
and WeChat ID at the foot, from the settings when they are set: paper.shop_header),
then — optionally — the customer's name and address where a window envelope shows
them (DIN 5008 form B: 20 mm from the left, 45 mm from the top), so the letter is
folded and posted without writing an envelope. Then the date, the subject, the body
and the signature, laid out as the letter's language expects: an English letter dates
itself at the top; a Chinese one indents its paragraphs by two characters and signs
and dates at the bottom right.
The CJK font is embedded, so Chinese prints the same on any PC. No "page n of m":
every letter is its own document to the person who opens it.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import BaseDocTemplate

from custbook import settings
from custbook.errors import Cancelled
from custbook.letters.letter_templates import Letter, format_date
from custbook.paper.fonts import has_cjk, register_cjk_font
from custbook.paper.shop_header import details, draw_picture, fitted
from custbook.paper.look import MUTED, RULE, text_style

ACCENT = colors.HexColor("#2f6f8f")
LEFT, RIGHT, TOP, BOTTOM = 22 * mm, 20 * mm, 45 * mm, 26 * mm


@dataclass(frozen=True)
class LettersPdf:
    """What was written: where, how many letters, how many pages."""

    path: Path
    letters: int
    pages: int


class _Styles:
    def __init__(self, font: str, chinese: bool):
        size = 11
        self.body = ParagraphStyle("body", parent=text_style(font, "body", size),
                                   leading=size * (1.75 if chinese else 1.45),
                                   spaceAfter=size * (0.35 if chinese else 0.7),
                                   firstLineIndent=2 * size if chinese else 0)
        self.greeting = ParagraphStyle("greeting", parent=self.body, firstLineIndent=0)
        self.subject = text_style(font, "subject", 14, textColor=ACCENT, spaceAfter=5 * mm,
                                  alignment=TA_CENTER if chinese else TA_LEFT)
        self.date = text_style(font, "date", 10.5, alignment=TA_RIGHT, spaceAfter=6 * mm)
        # a Chinese letter signs at the right; an English one under its "Yours," at the left
        self.sign = ParagraphStyle("sign", parent=text_style(font, "sign", 11),
                                   alignment=TA_RIGHT if chinese else TA_LEFT, leading=17)
        self.address = ParagraphStyle("address", parent=text_style(font, "address", 10.5),
                                      leading=15)


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped; line breaks kept; Chinese wraps anywhere)."""
    body = escape(text or "").replace("\n", "<br/>")
    if has_cjk(text or ""):
        style = ParagraphStyle(style.name + "-cjk", parent=style, wordWrap="CJK")
    return Paragraph(body, style)


def _address_block(letter: Letter, st: _Styles) -> Table:
    """Name and address in the window of a DL / C5 envelope (form B), 40 mm tall."""
    lines = [_p(letter.name, st.address)]
    lines += [_p(line.strip(), st.address) for line in letter.address.splitlines() if line.strip()]
    table = Table([[lines]], colWidths=[85 * mm], rowHeights=[40 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 4 * mm)]))
    return table


def _letter(letter: Letter, st: _Styles, address_block: bool) -> list:
    chinese = letter.language == "zh_CN"
    date = format_date(letter.day, letter.language)
    story: list = []
    if address_block:
        story.append(_address_block(letter, st))
    if not chinese:
        story.append(_p(date, st.date))
    elif not address_block:
        story.append(Spacer(1, 4 * mm))
    if letter.subject:
        story.append(_p(letter.subject, st.subject))
    for number, text in enumerate(letter.paragraphs()):
        story.append(_p(text, st.greeting if number == 0 else st.body))
    shop = settings.get("shop_name")
    signature = [Spacer(1, 6 * mm), _p(letter.staff_name, st.sign)]
    if shop and shop != letter.staff_name:
        signature.append(_p(shop, st.sign))
    if chinese:
        signature.append(_p(date, st.sign))
    story.append(KeepTogether(signature))
    return story


class _LetterDoc(BaseDocTemplate):
    """One page template with the letterhead; counts pages and asks whether to go on."""

    def __init__(self, path: str, font: str, total: int, progress, **kw):
        super().__init__(path, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT,
                         topMargin=TOP, bottomMargin=BOTTOM, **kw)
        self.font, self.total, self.progress = font, total, progress
        self.letters_done = 0
        shop = details()
        self.shop_name, self.contact, self.qr = shop.name, shop.contact_line(), shop.qr
        self.logo = fitted(shop.logo, 40 * mm, 18 * mm)
        frame = Frame(LEFT, BOTTOM, A4[0] - LEFT - RIGHT, A4[1] - TOP - BOTTOM, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("letter", [frame], onPage=self._letterhead)])

    def _letterhead(self, canvas, doc) -> None:
        width, height = A4
        top = height - 14 * mm
        canvas.saveState()
        x = LEFT
        if self.logo is not None:
            image, w, h = self.logo
            canvas.drawImage(image, x, top - h, w, h, mask="auto")
            x += w + 5 * mm
        if self.shop_name:
            canvas.setFont(self.font, 18)
            canvas.setFillColor(ACCENT)
            middle = top - (self.logo[2] / 2 + 2.3 * mm if self.logo else 7 * mm)
            canvas.drawString(x, middle, self.shop_name)
        qr_h = draw_picture(canvas, self.qr, width - RIGHT, top, 18 * mm, 18 * mm, "right")[1]
        if self.logo is not None or self.shop_name or qr_h:
            canvas.setStrokeColor(ACCENT)
            canvas.setLineWidth(1.2)
            rule = min(top - 12 * mm, top - max(self.logo[2] if self.logo else 0, qr_h) - 3 * mm)
            canvas.line(LEFT, rule, width - RIGHT, rule)
        if self.contact:
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.4)
            canvas.line(LEFT, 17 * mm, width - RIGHT, 17 * mm)
            canvas.setFont(self.font, 8.5)
            canvas.setFillColor(MUTED)
            canvas.drawCentredString(width / 2, 12 * mm, self.contact)
        canvas.restoreState()

    def afterFlowable(self, flowable) -> None:
        if isinstance(flowable, PageBreak) or getattr(flowable, "_last_of_letter", False):
            self.letters_done += 1
            if self.progress is not None and not self.progress(self.letters_done, self.total):
                raise Cancelled()


def write_letters(path: str | Path, letters: list[Letter], address_block: bool = False,
                  progress=None) -> LettersPdf:
    """Write one letter per customer to an A4 PDF at `path` (nothing written if cancelled)."""
    path = Path(path)
    if not letters:
        raise ValueError("no letters to write")
    font = register_cjk_font()
    st_zh, st_en = _Styles(font, True), _Styles(font, False)
    # Written to a neighbour first: a failed or cancelled run leaves an old file untouched.
    partial = path.with_name(path.name + ".part")
    doc = _LetterDoc(str(partial), font, len(letters), progress,
                     title=letters[0].subject, author=settings.get("shop_name") or "Custbook",
                     creator="Custbook")
    story: list = []
    for number, letter in enumerate(letters):
        st = st_zh if letter.language == "zh_CN" else st_en
        story += _letter(letter, st, address_block)
        if number < len(letters) - 1:
            story.append(PageBreak())
        else:
            story[-1]._last_of_letter = True
    try:
        doc.build(story)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return LettersPdf(path, len(letters), doc.page)

