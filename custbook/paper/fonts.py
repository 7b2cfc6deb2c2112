"""The CJK font every PDF embeds, so Chinese prints the same on any PC.

WenQuanYi Micro Hei ships in custbook/resources/fonts (Apache-2.0); it carries Latin letters
too, so one font serves both languages and mixed lines.
"""
from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from custbook import resources

FONT_PATH = resources.path("fonts/wqy-microhei.ttc")
CJK_FONT = "WenQuanYi"


def register_cjk_font() -> str:
    """Register the shipped CJK font with reportlab (once) and return its name."""
    if CJK_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(CJK_FONT, str(FONT_PATH), subfontIndex=0))
    return CJK_FONT


def has_cjk(text: str) -> bool:
    """Whether `text` holds Chinese (or other CJK) characters, which wrap anywhere."""
    return any("\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\uffef" for ch in text)
