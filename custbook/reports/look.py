"""The look every printed page shares: one palette and one way to make text styles.

Kept in one place so the complaint sheet, the visit sheet and later reports read as
one family on paper.
"""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle

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
