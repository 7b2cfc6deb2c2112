"""The satisfaction report (满意度报告): a period's service and loyalty on paper.

For a partner or the staff meeting the seed practice asks for: a cover with the shop's
name, logo and period; the key figures against the period before; charts drawn with
reportlab's graphics; the tables to act on (best customers, at-risk customers to call
this week, the staff breakdown); running headers, footers and "page n of m". The
figures come from `custbook.loyalty.loyalty`, `custbook.loyalty.satisfaction` and the complaint log's
`complaint_figures`, the same the Reports page shows.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from custbook import clock, money, settings, vocab
from custbook.loyalty import loyalty, satisfaction
from custbook.paper import report_charts as charts
from custbook.paper.fonts import has_cjk, register_cjk_font
from custbook.paper.membership_pdf import membership_story
from custbook.paper.shop_header import details, fitted
from custbook.paper.look import MUTED, RULE, SHADE, PageCountingCanvas, text_style
from custbook.paper.satisfaction_data import (
    ReportData,
    gather,
    key_rows,
    num,
    pct,
    previous_period,
    word,
)
from custbook.errors import ValidationError

ACCENT = colors.HexColor("#2f6f8f")


class _Styles:
    def __init__(self, font: str):
        self.font = font
        s = lambda name, size, **kw: text_style(font, name, size, **kw)
        self.cover_shop = s("cover_shop", 30, alignment=TA_CENTER)
        self.cover_title = s("cover_title", 20, alignment=TA_CENTER, textColor=ACCENT)
        self.cover_period = s("cover_period", 13, alignment=TA_CENTER, textColor=MUTED)
        self.cover_contact = s("cover_contact", 10, alignment=TA_CENTER, textColor=MUTED)
        self.h1 = s("h1", 16, textColor=ACCENT, spaceBefore=4, spaceAfter=6)
        self.h2 = s("h2", 12, spaceBefore=8, spaceAfter=4)
        self.body = s("body", 9.5)
        self.note = s("note", 8.5, textColor=MUTED)
        self.cell = s("cell", 9)
        self.head = s("head", 8.5, textColor=colors.white)
        self.tile_value = s("tile_value", 17, alignment=TA_CENTER)
        self.tile_name = s("tile_name", 8.5, alignment=TA_CENTER, textColor=MUTED)


def _p(text: str, style) -> Paragraph:
    if has_cjk(text):
        style = type(style)(style.name + "-cjk", parent=style, wordWrap="CJK")
    return Paragraph(escape(text), style)


def _table(
    st: _Styles,
    header: list[str],
    rows: list[list[str]],
    widths: list[float],
    right: tuple[int, ...] = (),
) -> Table:
    data = [[_p(h, st.head) for h in header]]
    data += [[_p(str(v), st.cell) for v in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1)
    commands = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    commands += [("BACKGROUND", (0, r), (-1, r), SHADE) for r in range(2, len(data), 2)]
    table.setStyle(TableStyle(commands))
    for col in right:
        for row in data:
            row[col].style = type(row[col].style)(
                row[col].style.name + "-r", parent=row[col].style, alignment=2
            )
    return table


# --- the pages -----------------------------------------------------------------------


def _period_text(start: dt.date, end: dt.date) -> str:
    return f"{start.isoformat()} – {end.isoformat()}"


def _picture(raw: bytes | None, max_w: float, max_h: float) -> Image | None:
    """A flowable of the shop's logo or QR image, None if unset or unreadable (a broken
    picture must not stop the report: the shop's name still shows)."""
    fit = fitted(raw, max_w, max_h)
    return None if fit is None else Image(io.BytesIO(raw), fit[1], fit[2])


def _cover(data: ReportData, st: _Styles) -> list:
    shop = details()
    logo = _picture(shop.logo, 45 * mm, 30 * mm)
    story: list = [Spacer(1, 35 * mm if logo is not None else 45 * mm)]
    if logo is not None:
        story += [logo, Spacer(1, 6 * mm)]
    story.append(_p(shop.name or word("our_shop"), st.cover_shop))
    if shop.contact_line():
        story += [Spacer(1, 2 * mm), _p(shop.contact_line(), st.cover_contact)]
    story += [
        Spacer(1, 10 * mm),
        _p(word("satisfaction_and_loyalty_report"), st.cover_title),
        Spacer(1, 5 * mm),
        _p(_period_text(data.start, data.end), st.cover_period),
        Spacer(1, 3 * mm),
        _p(
            word("compared_with_period").format(
                period=_period_text(*previous_period(data.start, data.end))
            ),
            st.note,
        ),
    ]
    story[-1].style = type(st.note)("note-c", parent=st.note, alignment=TA_CENTER)
    story += [Spacer(1, 12 * mm), _headline_tiles(data, st)]
    qr = _picture(shop.qr, 24 * mm, 24 * mm)
    if qr is not None:
        story += [Spacer(1, 8 * mm), qr]
    return story + [PageBreak()]


HEADLINES = ("revenue", "customers_who_bought", "repeat_purchase_rate", "satisfied",
             "recommend_score_nps", "complaints_received")


def _headline_tiles(data: ReportData, st: _Styles) -> Table:
    """The period at a glance on the cover: six key figures, each with its change."""
    rows = {row[0]: row for row in key_rows(data)}  # by their (translated) names
    cells = []
    for key in HEADLINES:
        name, value, _, (change_text, colour) = rows[word(key)]
        change_style = type(st.tile_name)(f"tile-{key}", parent=st.tile_name,
                                          textColor=colour)
        cells.append([_p(value, st.tile_value), _p(name, st.tile_name),
                      _p(change_text or " ", change_style)])
    width = 52 * mm
    grid = [[cells[i], cells[i + 1], cells[i + 2]] for i in (0, 3)]
    table = Table(grid, colWidths=[width] * 3, hAlign="CENTER")
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.5, RULE), ("INNERGRID", (0, 0), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]))
    return table


def _key_figures(data: ReportData, st: _Styles, width: float) -> list:
    rows = key_rows(data)
    table = _table(
        st,
        [word("key_figure"), word("this_period"), word("previous_period"), word("change")],
        [[a, b, c, d[0]] for a, b, c, d in rows],
        [width * 0.46, width * 0.18, width * 0.18, width * 0.18],
        right=(1, 2, 3),
    )
    # The change in green (better) or red (worse), as the note below promises. A
    # paragraph's colour is fixed when it is made, so the cell gets a new one.
    for i, (*_, (text, colour)) in enumerate(rows):
        style = type(st.cell)(f"chg{i}", parent=st.cell, textColor=colour, alignment=2)
        table._cellvalues[i + 1][3] = _p(text, style)
    return [
        _p(word("key_figures"), st.h1),
        table,
        Spacer(1, 2 * mm),
        _p(word("green_better_than_the_previous"), st.note),
    ]


def _charts(data: ReportData, st: _Styles, width: float) -> list:
    sa, lo, co = data.satisfaction, data.loyalty, data.complaints
    ratings = vocab.ratings()
    seg_names = loyalty.segment_names()
    half = (width - 6 * mm) / 2
    months = [m.month for m in sa.by_month]
    by_month = charts.stacked_months(
        st.font,
        width,
        months,
        [[m.counts[r] for m in sa.by_month] for r in satisfaction.RATINGS],
        [ratings[r] for r in satisfaction.RATINGS],
    )
    dist = charts.bars(
        st.font,
        half,
        [ratings[r] for r in satisfaction.RATINGS],
        [sa.counts[r] for r in satisfaction.RATINGS],
        charts.RATING_COLOURS,
    )
    cats = sorted(co.by_category.items(), key=lambda kv: -kv[1])
    by_cat = charts.bars(
        st.font,
        half,
        [n or word("no_category") for n, _ in cats] or ["—"],
        [v for _, v in cats] or [0],
        None,
        horizontal=True,
    )
    buckets = charts.bars(
        st.font,
        half,
        [satisfaction.bucket_names()[k] for k in data.response_buckets],
        list(data.response_buckets.values()),
        None,
    )
    curve = lo.retention_curve()[:12]
    retention = charts.line(
        st.font,
        half,
        [str(k) for k in range(1, len(curve) + 1)] or ["1"],
        [v * 100 for v in curve] or [0],
    )
    segs = charts.bars(
        st.font,
        width,
        [seg_names[s] for s in loyalty.SEGMENTS],
        [lo.segments[s] for s in loyalty.SEGMENTS],
        None,
        horizontal=True,
    )

    def pair(a_title, a, b_title, b):
        return Table(
            [[_p(a_title, st.h2), _p(b_title, st.h2)], [a, b]],
            colWidths=[half + 3 * mm, half + 3 * mm],
            style=TableStyle(
                [("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            ),
        )

    return [
        _p(word("satisfaction"), st.h1),
        KeepTogether([_p(word("satisfaction_by_month"), st.h2), by_month]),
        pair(word("distribution_of_ratings"), dist, word("complaints_by_category"), by_cat),
        pair(
            word("first_response_time"), buckets, word("retention_buying_again_n_months"), retention
        ),
        PageBreak(),
        _p(word("loyalty"), st.h1),
        KeepTogether(
            [
                _p(word("customers_by_segment_rfm"), st.h2),
                segs,
                _p(word("champions_bought_within_90_days"), st.note),
            ]
        ),
    ]


def _customer_tables(data: ReportData, st: _Styles, width: float) -> list:
    def rows(lines):
        return [
            [
                c.name,
                c.phone,
                c.last_purchase_on.isoformat() if c.last_purchase_on else "",
                num(c.purchases),
                money.format_cents(c.spent_cents, decimals=False),
            ]
            for c in lines
        ]

    w = [width * 0.26, width * 0.24, width * 0.18, width * 0.12, width * 0.20]
    out = [_p(word("best_customers_of_the_period"), st.h2)]
    out.append(
        _table(
            st,
            [word("name"), word("phone"), word("last_purchase"), word("purchases"), word("spent")],
            rows(data.top),
            w,
            right=(3, 4),
        )
        if data.top
        else _p(word("no_purchases_in_this_period"), st.body)
    )
    out += [
        PageBreak(),
        _p(word("customers_to_call"), st.h1),
        _p(word("at_risk_customers_to_call"), st.h2),
    ]
    out.append(
        _table(
            st,
            [
                word("name"),
                word("phone"),
                word("last_purchase"),
                word("purchases"),
                word("spent_in_all"),
            ],
            rows(data.at_risk),
            w,
            right=(3, 4),
        )
        if data.at_risk
        else _p(word("nobody_is_at_risk_well"), st.body)
    )
    return out


def _staff_table(data: ReportData, st: _Styles, width: float) -> list:
    out = [Spacer(1, 6 * mm), _p(word("staff"), st.h1)]
    if not data.staff:
        return out + [_p(word("no_sales_ratings_or_complaints"), st.body)]
    rows = [
        [
            s.name,
            num(s.purchases),
            money.format_cents(s.revenue_cents, decimals=False),
            num(s.ratings),
            pct(s.satisfied_share),
            num(s.average_score, 2),
            num(s.complaints),
        ]
        for s in data.staff
    ]
    w = [width * 0.22] + [width * 0.13] * 6
    return out + [
        _table(
            st,
            [
                word("staff_member"),
                word("sales"),
                word("revenue"),
                word("ratings"),
                word("satisfied"),
                word("score"),
                word("complaints"),
            ],
            rows,
            w,
            right=(1, 2, 3, 4, 5, 6),
        )
    ]


# --- page furniture ------------------------------------------------------------------


def _numbered_canvas(font: str, header: str, footer: str):
    class NumberedCanvas(PageCountingCanvas):
        """Headers and "page n of m" on every page after the cover."""

        def draw_furniture(self, number: int, total: int) -> None:
            if number > 1:
                self._furniture(total)

        def _furniture(self, total: int) -> None:
            w, h = A4
            self.saveState()
            self.setStrokeColor(ACCENT)
            self.setLineWidth(0.8)
            self.line(18 * mm, h - 14 * mm, w - 18 * mm, h - 14 * mm)
            self.setFont(font, 8.5)
            self.setFillColor(MUTED)
            self.drawString(18 * mm, h - 12 * mm, header)
            self.line(18 * mm, 14 * mm, w - 18 * mm, 14 * mm)
            self.drawString(18 * mm, 9 * mm, footer)
            self.drawRightString(
                w - 18 * mm, 9 * mm, word("page_n_of_total").format(n=self._pageNumber, total=total)
            )
            self.restoreState()

    NumberedCanvas.font = font
    return NumberedCanvas


def _cover_band(canvas: Canvas, doc) -> None:
    w, h = A4
    canvas.saveState()
    canvas.setFillColor(ACCENT)
    canvas.rect(0, h - 28 * mm, w, 28 * mm, stroke=0, fill=1)
    canvas.rect(0, 0, w, 12 * mm, stroke=0, fill=1)
    canvas.restoreState()


def write_satisfaction_report(
    path: str | Path, start: dt.date, end: dt.date, data: ReportData | None = None
) -> Path:
    """Write the satisfaction report for [start, end] as a PDF at `path`; returns the path."""
    if end < start:
        raise ValidationError("end", word("the_report_period_ends_before"))
    data = data or gather(start, end)
    font = register_cjk_font()
    st = _Styles(font)
    path = Path(path)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=word("satisfaction_and_loyalty_report"),
        author=settings.get("shop_name") or "Custbook",
    )
    width = doc.width
    story = (
        _cover(data, st)
        + _key_figures(data, st, width)
        + [PageBreak()]
        + _charts(data, st, width)
        + _customer_tables(data, st, width)
        + _staff_table(data, st, width)
        + membership_story(start, end, font, width)  # issue 18: the cards' money
    )
    header = " · ".join(
        filter(None, [settings.get("shop_name"), word("satisfaction_and_loyalty_report")])
    )
    footer = (
        _period_text(start, end)
        + "  ·  "
        + word("printed_day").format(day=clock.today().isoformat())
    )
    doc.build(story, onFirstPage=_cover_band, canvasmaker=_numbered_canvas(font, header, footer))
    return path
