"""The visit sheet (回访单): the day's calls on paper, to work down with a pen.

For a day or a range it lists who to contact — overdue ones first, marked — with
their phone, why, what they bought last and talking points from their profile, then
boxes to tick for the outcome, ruled space for a note and a signature. It is what a
shop assistant takes to the counter phone when the PC is busy; the outcomes are typed
into the Calendar afterwards. A4, with the shop's name and "page X of Y" on every
page, and the CJK font embedded so Chinese prints on any PC.

Two layouts of the same calls: *detailed* (a block per customer with talking points and
ruled lines for a note and a signature) and *compact* for a busy day (one table row per
customer — name, phone, why, last purchase, and pen-sized boxes for the outcome and the
rating — at least 15 to an A4 page). `page_counts` says how many pages each would take
before anything is saved or printed.
"""
from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from custbook import clock, settings, vocab
from custbook.calendar import calendar_days, recurrence, reminders, talking_points
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.calendar.reminders import Occurrence
from custbook.paper.fonts import CJK_FONT, has_cjk, register_cjk_font
from custbook.paper.look import (
    LATE,
    MUTED,
    RULE,
    SHADE,
    heading_styles,
    text_style,
)
from custbook.paper.shop_header import ShopHeader, footer_canvas, footer_text
from custbook.calendar.talking_points import CustomerBrief


@dataclass(frozen=True)
class VisitEntry:
    """One line of the sheet: the reminder and what to know about the customer."""

    item: Occurrence
    brief: CustomerBrief | None


@dataclass(frozen=True)
class VisitSheet:
    """What was written: where, how many entries (and how many left out), how many pages."""

    path: Path
    entries: int
    left_out: int
    pages: int


def words() -> dict[str, str]:
    """The sheet's fixed words, in the user's language."""
    return {
        "title": QT_TRANSLATE_NOOP("VisitSheet", "Visit sheet"),
        "day": QT_TRANSLATE_NOOP("VisitSheet", "Calls for {day}"),
        "range": QT_TRANSLATE_NOOP("VisitSheet", "Calls from {start} to {end}"),
        "printed": QT_TRANSLATE_NOOP("VisitSheet", "Printed {moment}"),
        "count": QT_TRANSLATE_NOOP("VisitSheet", "{n} to contact"),
        "overdue": QT_TRANSLATE_NOOP("VisitSheet", "Overdue: should have been done earlier"),
        "overdue_since": QT_TRANSLATE_NOOP("VisitSheet", "overdue since {day}"),
        "shop": QT_TRANSLATE_NOOP("VisitSheet", "For the shop"),
        "last_purchase": QT_TRANSLATE_NOOP("VisitSheet", "Last purchase"),
        "points": QT_TRANSLATE_NOOP("VisitSheet", "Talking points"),
        "notes": QT_TRANSLATE_NOOP("VisitSheet", "Notes"),
        "outcome": QT_TRANSLATE_NOOP("VisitSheet", "Outcome"),
        "reached": QT_TRANSLATE_NOOP("VisitSheet", "Reached"),
        "not_reached": QT_TRANSLATE_NOOP("VisitSheet", "Not reached"),
        "call_back": QT_TRANSLATE_NOOP("VisitSheet", "Call back later"),
        "satisfied": QT_TRANSLATE_NOOP("VisitSheet", "Satisfied?"),
        "note": QT_TRANSLATE_NOOP("VisitSheet", "Note"),
        "signature": QT_TRANSLATE_NOOP("VisitSheet", "Signature"),
        "nothing": QT_TRANSLATE_NOOP("VisitSheet", "Nobody to contact on these days."),
        "left_out": QT_TRANSLATE_NOOP(
            "VisitSheet", "{n} more are not on this sheet: print a shorter range."),
        "page": QT_TRANSLATE_NOOP("VisitSheet", "Page {page} of {pages}"),
        "labelled": QT_TRANSLATE_NOOP("VisitSheet", "{label}: {text}"),
        "separator": QT_TRANSLATE_NOOP("VisitSheet", "; "),
        "customer": QT_TRANSLATE_NOOP("VisitSheet", "Customer"),
        "why": QT_TRANSLATE_NOOP("VisitSheet", "Why"),
        "reached_short": QT_TRANSLATE_NOOP("VisitSheet", "Reached"),
        "not_reached_short": QT_TRANSLATE_NOOP("VisitSheet", "No answer"),
        "call_back_short": QT_TRANSLATE_NOOP("VisitSheet", "Call back"),
        "rating": QT_TRANSLATE_NOOP("VisitSheet", "Rating"),
    }


LAYOUTS = ("detailed", "compact")


def entries(start: dt.date, end: dt.date, today: dt.date, include_overdue: bool = True,
            limit: int | None = None) -> tuple[list[VisitEntry], int]:
    """Who to contact on [start, end] (plus what is overdue when the range starts by today).

    Returns the entries, at most `limit`, and how many more there were.
    """
    items: list[Occurrence] = []
    if include_overdue and start <= today:
        agenda = reminders.agenda(today, 0, limit=limit or 100_000)
        items += list(reversed(agenda.overdue))
    items += [o for o in calendar_days.occurrences_between(start, end, today, include_done=False)
              if o.status in ("open", "later")]
    total = len(items)
    if limit is not None:
        items = items[:limit]
    found = talking_points.briefs([o.customer_id for o in items if o.customer_id], today)
    return [VisitEntry(o, found.get(o.customer_id)) for o in items], total - len(items)


class _Styles:
    def __init__(self, font: str):
        def style(name: str, size: float, **kw) -> ParagraphStyle:
            return text_style(font, name, size, **kw)

        self.font = font
        self.shop, self.title, self.sub = heading_styles(font)
        self.day = style("day", 11.5, spaceBefore=8, spaceAfter=4)
        self.name = style("name", 11)
        self.value = style("value", 9)
        self.label = style("label", 8, textColor=MUTED)
        self.late = style("late", 8.5, textColor=LATE)


def _p(text: str, style: ParagraphStyle, markup: bool = False) -> Paragraph:
    """A paragraph that wraps Chinese anywhere (text escaped unless it is our markup)."""
    body = text if markup else escape(text or "").replace("\n", "<br/>")
    if has_cjk(text or ""):
        style = ParagraphStyle(style.name + "-cjk", parent=style, wordWrap="CJK")
    return Paragraph(body, style)


def _style(commands: list) -> TableStyle:
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), CJK_FONT), *commands])


def _weekday_date(day: dt.date) -> str:
    return f"{day.isoformat()} {recurrence.weekday_name(day.weekday())}"


def _entry(entry: VisitEntry, st: _Styles, w: dict[str, str], width: float) -> KeepTogether:
    """One call: who and how to reach them on the left, why and what to talk about on the
    right, then the outcome boxes and ruled lines for the note and the signature."""
    item, brief = entry.item, entry.brief
    who = [_p(f"□&nbsp;&nbsp;<b>{escape(item.customer_name or w['shop'])}</b>", st.name,
              markup=True)]
    phone = brief.phone if brief else item.phone
    if phone:
        who.append(_p(phone, st.name))
    if item.due_time:
        who.append(_p(item.due_time, st.value))
    if item.overdue:
        who.append(_p(w["overdue_since"].format(day=item.day.isoformat()), st.late))
    kind = vocab.reminder_kinds().get(item.kind, item.kind)
    about = [_p(f"<b>{escape(kind)}</b> · {escape(item.title)}", st.value, markup=True)]
    lines = []
    if brief is not None:
        lines.append((w["last_purchase"], brief.last_purchase_text()))
        if brief.points:  # full-width ：and ；in Chinese (the words say which)
            lines.append((w["points"], w["separator"].join(
                w["labelled"].format(label=k, text=v) for k, v in brief.points)))
    if item.notes:
        lines.append((w["notes"], item.notes))
    about += [_p(w["labelled"].format(label=f'<font color="#5f6b72">{escape(label)}</font>',
                                      text=escape(text)), st.value, markup=True)
              for label, text in lines]
    # □ (U+25A1): the shipped font has it; the ballot box ☐ it has not.
    gap = "&nbsp;&nbsp;&nbsp;"
    boxes = gap.join(f"□ {escape(w[k])}" for k in ("reached", "not_reached", "call_back"))
    ratings = gap.join(f"□ {escape(name)}" for name in vocab.ratings().values())
    def label(key: str, text: str = "") -> str:
        return w["labelled"].format(label=f'<font color="#5f6b72">{escape(w[key])}</font>',
                                    text=text)

    outcome = _p(label("outcome", boxes) + f'{gap}{gap}<font color="#5f6b72">'
                 f'{escape(w["satisfied"])}</font> {ratings}', st.value, markup=True)
    note = _p(label("note"), st.value, markup=True)
    sign = _p(label("signature"), st.value, markup=True)
    left = width * 0.3
    table = Table([[who, about], [outcome, ""], [note, ""], [sign, ""]],
                  colWidths=[left, width - left])
    table.setStyle(_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("SPAN", (0, 1), (1, 1)), ("SPAN", (0, 2), (1, 2)),
        ("BOX", (0, 0), (-1, -1), 0.8 if item.overdue else 0.6, LATE if item.overdue else RULE),
        ("BACKGROUND", (0, 0), (0, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.4, RULE),
        ("LINEBELOW", (0, 2), (-1, 2), 0.4, RULE),
        ("LINEBELOW", (0, 3), (0, 3), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("TOPPADDING", (0, 2), (-1, 2), 14), ("TOPPADDING", (0, 3), (-1, 3), 8),
    ]))
    return KeepTogether([table, Spacer(1, 2.5 * mm)])


def _compact_rows(group: list[VisitEntry], st: _Styles, w: dict[str, str],
                  width: float) -> Table:
    """A busy day: one row per call, boxes big enough to tick by pen."""
    small = ParagraphStyle("small", parent=st.label, fontSize=7, leading=8)

    centre = ParagraphStyle("centre", parent=small, alignment=1)
    big = ParagraphStyle("box", parent=st.value, fontSize=19, leading=19, alignment=1)  # pen-sized

    def ticks(names: list[str], width_: float) -> Table:
        """Boxes side by side, each with its word under it."""
        boxes = Table([[_p("□", big) for _ in names], [_p(n, centre) for n in names]],
                      colWidths=[width_ / len(names)] * len(names))
        boxes.setStyle(_style([("ALIGN", (0, 0), (-1, -1), "CENTER"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        return boxes

    header = [_p(w[k], small) for k in ("customer", "why", "last_purchase", "outcome",
                                          "rating")]
    rows = [header]
    widths = [width * f for f in (0.19, 0.26, 0.15, 0.22, 0.18)]
    for entry in group:
        item, brief = entry.item, entry.brief
        phone = (brief.phone if brief else item.phone) or ""
        who = _p(f"<b>{escape(item.customer_name or w['shop'])}</b><br/>{escape(phone)}",
                 st.value, markup=True)
        kind = vocab.reminder_kinds().get(item.kind, item.kind)
        why = f"<b>{escape(kind)}</b> · {escape(item.title)}"
        if item.overdue:
            why += (f'<br/><font color="#{LATE.hexval()[2:]}">'
                    f'{escape(w["overdue_since"].format(day=item.day.isoformat()))}</font>')
        last = brief.last_purchase_text() if brief is not None else ""
        outcome = ticks([w["reached_short"], w["not_reached_short"], w["call_back_short"]],
                        widths[3] - 8)
        rating = ticks(list(vocab.ratings().values()), widths[4] - 8)
        rows.append([who, _p(why, st.value, markup=True), _p(last, small), outcome, rating])
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(_style([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("TOPPADDING", (0, 1), (-1, -1), 3), ("BOTTOMPADDING", (0, 1), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, 0), 2), ("BOTTOMPADDING", (0, 0), (-1, 0), 2),
    ]))
    return table


def build_story(found: list[VisitEntry], left_out: int, start: dt.date, end: dt.date,
                now: dt.datetime, width: float, st: _Styles, layout: str = "detailed") -> list:
    """The flowables of the sheet: heading, then each day's calls in order."""
    w = words()
    story: list = [ShopHeader(st.font), _p(w["title"], st.title)]
    span = (w["day"].format(day=_weekday_date(start)) if start == end
            else w["range"].format(start=start.isoformat(), end=end.isoformat()))
    story.append(_p(" · ".join((span, w["count"].format(n=len(found)),
                                w["printed"].format(moment=f"{now:%Y-%m-%d %H:%M}"))), st.sub))
    story.append(Spacer(1, 4 * mm))
    if not found:
        story.append(_p(w["nothing"], st.day))
    def calls(group: list[VisitEntry]) -> list:
        if layout == "compact":
            return [_compact_rows(group, st, w, width)]
        return [_entry(e, st, w, width) for e in group]

    overdue = [e for e in found if e.item.overdue]
    if overdue:
        story.append(_p(f"{w['overdue']} ({len(overdue)})", ParagraphStyle(
            "late-day", parent=st.day, textColor=LATE)))
        story += calls(overdue)
    by_day: dict[dt.date, list[VisitEntry]] = {}
    for e in found:
        if not e.item.overdue:
            by_day.setdefault(e.item.day, []).append(e)
    for day, group in sorted(by_day.items()):
        story.append(_p(f"{_weekday_date(day)} ({len(group)})", st.day))
        story += calls(group)
    if left_out:
        story.append(_p(w["left_out"].format(n=left_out), st.late))
    return story


def write_visit_sheet(path: str | Path, start: dt.date, end: dt.date, today: dt.date,
                      include_overdue: bool = True, limit: int | None = 500,
                      now: dt.datetime | None = None, layout: str = "detailed") -> VisitSheet:
    """Write the visit sheet for [start, end] as an A4 PDF at `path` (detailed or compact)."""
    if layout not in LAYOUTS:
        raise ValueError(f"layout must be one of {LAYOUTS}")
    now = (now or clock.now()).replace(microsecond=0)
    path = Path(path)
    font = register_cjk_font()
    found, left_out = entries(start, end, today, include_overdue, limit)
    st = _Styles(font)
    w = words()
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=14 * mm, rightMargin=14 * mm,
                            topMargin=12 * mm, bottomMargin=14 * mm, title=w["title"],
                            author="Custbook", subject=start.isoformat(), creator="Custbook")
    pages: list[int] = []
    canvas = footer_canvas(font, footer_text(settings.get("shop_name"), w["title"]), w["page"],
                           doc.leftMargin, A4[0] - doc.rightMargin, 8 * mm, pages.append)
    doc.build(build_story(found, left_out, start, end, now, doc.width, st, layout),
              canvasmaker=canvas)
    return VisitSheet(path, len(found), left_out, pages[0] if pages else 0)


def page_counts(start: dt.date, end: dt.date, today: dt.date, include_overdue: bool = True,
                limit: int | None = 500) -> dict[str, VisitSheet]:
    """How many calls, and how many pages each layout would take (before saving)."""
    with tempfile.TemporaryDirectory(prefix="custbook-sheet-") as folder:
        return {layout: write_visit_sheet(Path(folder) / f"{layout}.pdf", start, end, today,
                                          include_overdue, limit, layout=layout)
                for layout in LAYOUTS}
