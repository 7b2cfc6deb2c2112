"""The look every printed page shares: one palette and one way to make text styles.

Kept in one place so the complaint sheet, the visit sheet and later reports read as
one family on paper.
"""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas

INK = colors.HexColor("#1f2a30")
MUTED = colors.HexColor("#5f6b72")
RULE = colors.HexColor("#9aa6ad")
DONE = colors.HexColor("#1e7b34")
LATE = colors.HexColor("#b00020")
SHADE = colors.HexColor("#eef3f6")


def text_style(font: str, name: str, size: float, **kw) -> ParagraphStyle:
    """A paragraph style in `font` at `size` points, ink-coloured unless told otherwise."""
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.35,
                          textColor=kw.pop("textColor", INK), **kw)


def heading_styles(font: str) -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    """The shop line, the title and the subtitle every printed sheet opens with."""
    return (text_style(font, "shop", 10, textColor=MUTED, alignment=TA_CENTER),
            text_style(font, "title", 18, alignment=TA_CENTER, spaceAfter=2),
            text_style(font, "sub", 9, textColor=MUTED, alignment=TA_CENTER))


class PageCountingCanvas(Canvas):
    """Holds each page until the document ends, so page furniture can say "page X of Y".

    Subclasses draw headers and footers in `draw_furniture`; `font` (a registered font
    name) is used from the first character, so no page names a font the PDF lacks.
    """

    font = "Helvetica"

    def __init__(self, *args, **kwargs):
        # reportlab's document template passes these as None: fill them, not setdefault
        kwargs["initialFontName"] = kwargs.get("initialFontName") or self.font
        kwargs["initialFontSize"] = kwargs.get("initialFontSize") or 9
        super().__init__(*args, **kwargs)
        self._held_pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab API
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        for number, state in enumerate(self._held_pages, start=1):
            self.__dict__.update(state)
            self.draw_furniture(number, total)
            super().showPage()
        super().save()

    def draw_furniture(self, number: int, total: int) -> None:
        """Draw this page's header and footer (nothing by default)."""

    def footer_line(self, left: str, right: str, x_left: float, x_right: float,
                    y: float, size: float = 8) -> None:
        """The usual footer: muted small text at the left and at the right."""
        self.setFont(self.font, size)
        self.setFillColor(MUTED)
        if left:
            self.drawString(x_left, y, left)
        if right:
            self.drawRightString(x_right, y, right)
