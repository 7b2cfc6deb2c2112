"""The membership pages of the Reports PDF: money owed on cards, the period's card figures
against the period before, and the members who hold money but have stopped coming.

Drawn from custbook.membership.figures (the same figures the Reports page shows); added
by custbook.paper.satisfaction_report after its staff table when the book has members.
"""
from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from custbook import clock, money
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.membership import figures
from custbook.paper.fonts import has_cjk
from custbook.paper.look import MUTED, RULE, SHADE, text_style

ACCENT = colors.HexColor("#2f6f8f")


def _p(text: str, style) -> Paragraph:
    if has_cjk(text):
        style = type(style)(style.name + "-cjk", parent=style, wordWrap="CJK")
    return Paragraph(escape(text), style)


def _table(font: str, header: list[str], rows: list[list[str]], widths: list[float]) -> Table:
    head = text_style(font, "m-head", 8.5, textColor=colors.white)
    head_right = text_style(font, "m-head-r", 8.5, textColor=colors.white, alignment=2)
    cell = text_style(font, "m-cell", 9)
    right = text_style(font, "m-right", 9, alignment=2)
    data = [[_p(h, head if i == 0 else head_right) for i, h in enumerate(header)]]
    data += [[_p(v, cell if i == 0 else right) for i, v in enumerate(row)] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1)
    commands = [("BACKGROUND", (0, 0), (-1, 0), ACCENT), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    commands += [("BACKGROUND", (0, r), (-1, r), SHADE) for r in range(2, len(data), 2)]
    table.setStyle(TableStyle(commands))
    return table


def membership_story(start: dt.date, end: dt.date, font: str, width: float,
                     today: dt.date | None = None) -> list:
    """The flowables of the membership pages (empty when the book has no members)."""
    r = figures.report(start, end, today or clock.today())
    if not r.has_members:
        return []
    h1 = text_style(font, "m-h1", 16, textColor=ACCENT, spaceBefore=4, spaceAfter=6,
                    keepWithNext=1)
    h2 = text_style(font, "m-h2", 12, spaceBefore=8, spaceAfter=4, keepWithNext=1)
    note = text_style(font, "m-note", 8.5, textColor=MUTED)
    out = [Spacer(1, 6 * mm), _p(QT_TRANSLATE_NOOP("MembershipReport", "Membership cards"), h1),
           _p(QT_TRANSLATE_NOOP("MembershipReport", "What the shop owes on its cards today"), h2),
           _table(font, [QT_TRANSLATE_NOOP("MembershipReport", "Owed"), ""],
                  [[a, b] for a, b in figures.owed_lines(r.owed)], [width * 0.7, width * 0.3]),
           _p(QT_TRANSLATE_NOOP("MembershipReport", "In the period, against the period before"), h2),
           _table(font, ["", f"{r.start.isoformat()} – {r.end.isoformat()}",
                         QT_TRANSLATE_NOOP("MembershipReport", "Period before")],
                  [list(line) for line in figures.figure_lines(r)],
                  [width * 0.5, width * 0.25, width * 0.25]),
           _p(QT_TRANSLATE_NOOP("MembershipReport", "Holding money but no longer coming"), h2)]
    if r.slipping:
        rows = [[m.name, money.format_cents(m.value_cents), f"{m.visits_left:,}",
                 f"{m.days_away:,}", f"{m.usual_days:,}" if m.usual_days else "—"]
                for m in r.slipping]
        out.append(_table(font, [QT_TRANSLATE_NOOP("MembershipReport", "Member"),
                                 QT_TRANSLATE_NOOP("MembershipReport", "Stored value"),
                                 QT_TRANSLATE_NOOP("MembershipReport", "Visits left"),
                                 QT_TRANSLATE_NOOP("MembershipReport", "Days away"),
                                 QT_TRANSLATE_NOOP("MembershipReport", "Usual interval (days)")], rows,
                          [width * 0.32, width * 0.2, width * 0.14, width * 0.14, width * 0.2]))
        out.append(_p(QT_TRANSLATE_NOOP("MembershipReport", "Away for more than twice their usual interval "
                                             "between visits: call them first."), note))
    else:
        out.append(_p(QT_TRANSLATE_NOOP("MembershipReport", "Nobody who holds money has stopped coming."),
                      note))
    return out
