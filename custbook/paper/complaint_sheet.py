"""The complaint sheet (投诉处理单): one complaint on paper, every field and step, signed.

The sheet is what the shop files and what the customer signs: the header fields, the
customer's own words, the response clock, the eight recovery steps with who, when
and what — steps not yet done get ruled lines to fill in by hand — and signature
lines for the customer and the staff member. Its words come from
`custbook.complaints.view`, the same the window shows.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from custbook.complaints.sheet import (
    MARKS,
    sheet_title,
    sheet_words,
    state_names,
    step_rows,
)
from custbook.complaints.view import ComplaintView, complaint_view
from custbook.paper.fonts import CJK_FONT, has_cjk, register_cjk_font
from custbook.paper.look import (
    DONE,
    INK,
    LATE,
    MUTED,
    RULE,
    SHADE,
    heading_styles,
    text_style,
)
from custbook.paper.shop_header import ShopHeader, footer_canvas, footer_text
from custbook import clock, settings


class _Styles:
    def __init__(self, font: str):
        def style(name: str, size: float, **kw) -> ParagraphStyle:
            return text_style(font, name, size, **kw)

        self.font = font
        self.shop, self.title, self.sub = heading_styles(font)
        # Sized so a typical complaint (eight steps, signatures) fits one A4 page.
        self.section = style("section", 11, spaceBefore=4, spaceAfter=2)
        self.label = style("label", 8.5, textColor=MUTED)
        self.value = style("value", 9)
        self.step = style("step", 10)
        self.meta = style("meta", 8.5, textColor=MUTED, alignment=TA_RIGHT)
        self.small = style("small", 8, textColor=MUTED)


def _style(commands: list) -> TableStyle:
    """A table style whose plain-text cells use our font too (not an unembedded Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), CJK_FONT), *commands])


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph that wraps Chinese anywhere and keeps line breaks the user typed."""
    body = escape(text or "").replace("\n", "<br/>").replace("  ", "&nbsp;&nbsp;")
    if has_cjk(text or ""):
        style = ParagraphStyle(style.name + "-cjk", parent=style, wordWrap="CJK")
    return Paragraph(body, style)


def _details(view: ComplaintView, st: _Styles, width: float) -> Table:
    pairs = view.details
    rows = []
    for i in range(0, len(pairs), 2):
        row = []
        for label, value in pairs[i:i + 2]:
            row += [_p(label, st.label), _p(value, st.value)]
        rows.append(row + [""] * (4 - len(row)))
    table = Table(rows, colWidths=[width * 0.14, width * 0.36, width * 0.14, width * 0.36])
    table.setStyle(_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def _boxed(flowable, width: float) -> Table:
    table = Table([[flowable]], colWidths=[width])
    table.setStyle(_style([
        ("BOX", (0, 0), (-1, -1), 0.6, RULE), ("BACKGROUND", (0, 0), (-1, -1), SHADE),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return table


def _step_block(step, st: _Styles, width: float) -> KeepTogether:
    colour = {"done": DONE, "overdue": LATE}.get(step.state, INK)
    mark = f'<font color="#{colour.hexval()[2:]}">{MARKS[step.state]}</font>'
    head = Paragraph(f"{mark}&nbsp;&nbsp;{step.number}. {escape(step.title)}"
                     f'&nbsp;&nbsp;<font size="8" color="#5f6b72">'
                     f"{escape(state_names()[step.state])}</font>",
                     ParagraphStyle("head", parent=st.step,
                                    wordWrap="CJK" if has_cjk(step.title) else None))
    words = sheet_words()
    by = words["by"].format(who=step.who or "________")
    when = words["when"].format(when=step.when or "________________")
    heading = Table([[head, _p(f"{by}    {when}", st.meta)]],
                    colWidths=[width * 0.5 - 6, width * 0.5 - 6])
    heading.setStyle(_style([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                 ("TOPPADDING", (0, 0), (-1, -1), 0),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    rows = [[heading, ""]]
    lines, blanks = step_rows(step)  # what is still to record gets space to write on
    for label, value in lines:
        rows.append([_p(label, st.label), _p(value, st.value)])
    if not lines:
        rows.append([_p(step.hint, st.small), ""])
    table = Table(rows, colWidths=[width * 0.28, width * 0.72])
    style = [
        ("SPAN", (0, 0), (-1, 0)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    for index in range(1, len(lines) + 1):
        style.append(("LINEBELOW", (0, index), (-1, index), 0.3, RULE))
        if index - 1 in blanks:
            style.append(("TOPPADDING", (0, index), (-1, index), 5))
            style.append(("BOTTOMPADDING", (0, index), (-1, index), 4))
    if not lines:
        style.append(("SPAN", (0, 1), (-1, 1)))
    table.setStyle(_style(style))
    return KeepTogether([table, Spacer(1, 1.5)])


def _signatures(st: _Styles, width: float) -> Table:
    """Customer's and staff member's signature side by side: a label, a rule to sign on
    (with room above it for a pen), and the date."""
    words = sheet_words()
    date = words["date"].format(line="_" * 8)
    rows = [[_p(words["customer_sign"], st.label), "", _p(date, st.label),
             _p(words["staff_sign"], st.label), "", _p(date, st.label)]]
    table = Table(rows, colWidths=[width * f for f in (0.23, 0.15, 0.12, 0.23, 0.15, 0.12)])
    table.setStyle(_style([
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("TOPPADDING", (0, 0), (-1, -1), 18),
        ("LINEBELOW", (1, 0), (1, 0), 0.6, INK), ("LINEBELOW", (4, 0), (4, 0), 0.6, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def build_story(view: ComplaintView, now: dt.datetime, width: float, st: _Styles) -> list:
    """The flowables of one complaint's sheet."""
    words = sheet_words()
    subtitle = words["subtitle"].format(number=view.number, status=view.status_name,
                                        when=now.strftime("%Y-%m-%d %H:%M"))
    story: list = [ShopHeader(st.font)]
    story += [_p(words["title"], st.title), _p(subtitle, st.sub), Spacer(1, 8),
              _p(words["complaint"], st.section), _details(view, st, width), Spacer(1, 6),
              _p(words["words"], st.label), _boxed(_p(view.customer_words, st.value), width),
              Spacer(1, 4), _p(view.clock_text, st.small), _p(words["recovery"], st.section)]
    blocks = [_step_block(step, st, width) for step in view.steps]
    story += blocks[:-1]
    last = list(blocks[-1]._content)  # flat: a KeepTogether inside one never fits
    if view.reopen_notes:
        last += [_p(words["reopened"], st.section), _p(view.reopen_notes, st.value)]
    # The signatures never stand alone on a page: they go with the last step.
    story.append(KeepTogether(last + [
        Spacer(1, 4), _p(words["confirm"], st.small), _signatures(st, width)]))
    return story


def write_complaint_sheet(complaint_id: int, path: str | Path,
                          now: dt.datetime | None = None) -> Path:
    """Write the complaint sheet of one complaint as an A4 PDF at `path`."""
    now = (now or clock.now()).replace(microsecond=0)
    path = Path(path)
    font = register_cjk_font()
    view = complaint_view(complaint_id, now)
    st = _Styles(font)
    doc = SimpleDocTemplate(
        str(path), pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm, topMargin=12 * mm,
        bottomMargin=14 * mm, title=f"{sheet_title()} {view.number}", author="Custbook",
        subject=view.customer_name, creator="Custbook")
    canvas = footer_canvas(font, footer_text(settings.get("shop_name"), f"{sheet_title()} {view.number}"),
                           sheet_words()["page"], doc.leftMargin, A4[0] - doc.rightMargin,
                           9 * mm)
    doc.build(build_story(view, now, doc.width, st), canvasmaker=canvas)
    return path
