"""The customer list as shown, on paper: the page's search, filters, columns and order.

What the owner sees on the Customers page — "张 · tag VIP, 123 customers, sorted by last
visit" with the columns they chose — printed as an A4 table, the search described at
the top, the column header on every page and "page X of Y" at the foot.

A list can be the whole book (100,000 customers, ~3,000 pages), so nothing here holds
it all at once: ids come a page at a time from `custbook.customers.customer_list` (the very
query the window uses), each page of rows becomes one block of rows (`_Rows`), and
reportlab is fed those blocks as it lays out the pages (`_Stream`). Cells are wrapped
by `text_fit` (Chinese breaks anywhere) rather than one Paragraph each, which would
cost minutes at this size. "Page X of Y" is a tiny form each page names and the document
fills in at the end, so no page has to wait in memory for the total. The columns (their
names, widths and what each cell says) are `customer_list_columns`.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from custbook import clock, settings
from custbook.customers import custom_fields, customer_list
from custbook.customers.customer_query import CustomerQuery
from custbook import errors
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.models import Tag, Tier
from custbook.paper import customer_list_columns as list_columns
from custbook.paper.customer_list_columns import COLUMNS, headers  # noqa: F401 - COLUMNS for callers
from custbook.paper.fonts import register_cjk_font
from custbook.paper.shop_header import ShopHeader
from custbook.paper.look import INK, MUTED, RULE, SHADE, heading_styles, text_style
from custbook.paper.text_fit import clip, wrap
from custbook.shop import words as shop_words

ID_PAGE = 500          # customers read at a time (and rows per block handed to reportlab)
ID_FETCH = 5000        # ids asked for at a time
CELL_SIZE = 8.5
CELL_LINES = 4         # a cell longer than this ends in "…"
Progress = Callable[[int, int], bool]


@dataclass(frozen=True)
class CustomerListPdf:
    """What was written: where, how many customers, how many pages."""

    path: Path
    customers: int
    pages: int


def words() -> dict[str, str]:
    """The list's fixed words, in the user's language."""
    return {
        "title": QT_TRANSLATE_NOOP("CustomerListPdf", "Customer list"),
        "printed": QT_TRANSLATE_NOOP("CustomerListPdf", "Printed {moment}"),
        "page": QT_TRANSLATE_NOOP("CustomerListPdf", "Page {page} of {pages}"),
        "count": QT_TRANSLATE_NOOP("CustomerListPdf", "{n} customers"),
        "one": QT_TRANSLATE_NOOP("CustomerListPdf", "1 customer"),
        "everyone": QT_TRANSLATE_NOOP("CustomerListPdf", "All customers"),
        "search": QT_TRANSLATE_NOOP("CustomerListPdf", "Search: {text}"),
        "tags": QT_TRANSLATE_NOOP("CustomerListPdf", "Tag: {names}"),
        "tier": QT_TRANSLATE_NOOP("CustomerListPdf", "Tier: {name}"),
        "this_month": QT_TRANSLATE_NOOP("CustomerListPdf", "Birthday this month"),
        "next_7_days": QT_TRANSLATE_NOOP("CustomerListPdf", "Birthday in the next 7 days"),
        "not_seen": QT_TRANSLATE_NOOP("CustomerListPdf", "Not seen for {n} days"),
        "open_complaint": QT_TRANSLATE_NOOP("CustomerListPdf", "With an open complaint"),
        "promotions_yes": QT_TRANSLATE_NOOP("CustomerListPdf", "Accepts promotions"),
        "promotions_no": QT_TRANSLATE_NOOP("CustomerListPdf", "Does not accept promotions"),
        "referred": QT_TRANSLATE_NOOP("CustomerListPdf", "Referred by a customer"),
        "trash": QT_TRANSLATE_NOOP("CustomerListPdf", "In the trash"),
        "selected": QT_TRANSLATE_NOOP("CustomerListPdf", "Selected customers"),
        "relevance": QT_TRANSLATE_NOOP("CustomerListPdf", "Best matches first"),
        "sorted": QT_TRANSLATE_NOOP("CustomerListPdf", "Sorted by {column} ({direction})"),
        "a_z": QT_TRANSLATE_NOOP("CustomerListPdf", "A to Z"),
        "z_a": QT_TRANSLATE_NOOP("CustomerListPdf", "Z to A"),
        "oldest": QT_TRANSLATE_NOOP("CustomerListPdf", "oldest first"),
        "newest": QT_TRANSLATE_NOOP("CustomerListPdf", "newest first"),
        "smallest": QT_TRANSLATE_NOOP("CustomerListPdf", "smallest first"),
        "largest": QT_TRANSLATE_NOOP("CustomerListPdf", "largest first"),
        "nobody": QT_TRANSLATE_NOOP("CustomerListPdf", "No customer matches this search."),
    }


# ------------------------------------------------------------------ which customers

def id_pages(query: CustomerQuery | None = None, ids: Iterable[int] | None = None,
             size: int = ID_PAGE) -> Iterator[list[int]]:
    """The customers of a list, `size` ids at a time, in the list's order.

    Either the page's query (searched, filtered, sorted exactly like the window) or a
    chosen set of ids (a selection), kept in the order given.
    """
    if ids is not None:
        chosen = list(dict.fromkeys(int(i) for i in ids))
        for start in range(0, len(chosen), size):
            yield chosen[start:start + size]
        return
    query = query or CustomerQuery()
    offset = 0
    # ids are asked for ID_FETCH at a time: paging by OFFSET re-reads the rows before the
    # page, so small pages would make the whole book cost quadratic time (7.6 s against 1 s)
    while True:
        fetched = customer_list.page_ids(offset, ID_FETCH, query, query.sort, query.descending)
        for start in range(0, len(fetched), size):
            yield fetched[start:start + size]
        if len(fetched) < ID_FETCH:
            return
        offset += ID_FETCH


def count(query: CustomerQuery | None = None, ids: Iterable[int] | None = None) -> int:
    """How many customers a list has (ids: as given, duplicates once)."""
    if ids is not None:
        return len(set(ids))
    return customer_list.count_customers(query or CustomerQuery())


def _count_words(n: int) -> str:
    w = words()
    return w["one"] if n == 1 else w["count"].format(n=f"{n:,}")


def describe(query: CustomerQuery | None, total: int, selected: bool = False) -> str:
    """The search and filters in a line: "Search: 张 · Tag: VIP · 123 customers"."""
    w = words()
    parts: list[str] = []
    if selected:
        parts.append(w["selected"])
    elif query is not None:
        if query.in_trash:
            parts.append(w["trash"])
        if query.text.strip():
            parts.append(w["search"].format(text=query.text.strip()))
        if query.tag_ids:
            names = [t.name for t in Tag.select(Tag.name).where(Tag.id.in_(list(query.tag_ids)))
                     .order_by(Tag.name)]
            parts.append(w["tags"].format(names=" + ".join(names)))
        if query.tier_id is not None:
            tier = Tier.get_or_none(Tier.id == query.tier_id)
            parts.append(w["tier"].format(
                name=shop_words.tier_label(tier.name, tier.key) if tier else "?"))
        if query.birthday in ("this_month", "next_7_days"):
            parts.append(w[query.birthday])
        if query.not_seen_days is not None:
            parts.append(w["not_seen"].format(n=query.not_seen_days))
        if query.open_complaint:
            parts.append(w["open_complaint"])
        if query.accepts_promotions is not None:
            parts.append(w["promotions_yes" if query.accepts_promotions else "promotions_no"])
        if query.referred:
            parts.append(w["referred"])
    if not parts:
        parts.append(w["everyone"])
    parts.append(_count_words(total))
    return " · ".join(parts)


def describe_order(query: CustomerQuery | None) -> str:
    """How the list is sorted, in words ("" for a chosen set kept in its order)."""
    if query is None:
        return ""
    w = words()
    if query.sort == "relevance":
        return w["relevance"] if query.text.strip() else w["sorted"].format(
            column=headers()["last_visit"], direction=w["newest"])
    direction = {"name": ("a_z", "z_a"), "last_visit": ("oldest", "newest"),
                 "created": ("oldest", "newest")}.get(query.sort, ("smallest", "largest"))
    return w["sorted"].format(column=headers().get(query.sort, query.sort),
                              direction=w[direction[int(query.descending)]])


# ------------------------------------------------------------------ the cells

class _Layout:
    """The page size, the column widths and the one table style every chunk shares."""

    def __init__(self, columns: list[str], orientation: str, font: str,
                 own: dict[str, custom_fields.FieldDef] | None = None):
        self.columns = columns
        self.own = own or {}
        wide = orientation == "landscape" or (orientation == "auto" and len(columns) > 6)
        self.pagesize = landscape(A4) if wide else A4
        self.margin = 12 * mm
        self.width = self.pagesize[0] - 2 * self.margin
        weights = [list_columns.weight(c, self.own) for c in columns]
        self.widths = [self.width * weight / sum(weights) for weight in weights]
        self.font = font
        self.pad = 3
        self.right = [list_columns.right_aligned(c, self.own) for c in columns]
        aligned = [("ALIGN", (i, 0), (i, -1), "RIGHT") for i, r in enumerate(self.right) if r]
        self.head_style = TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 8),
            ("LEADING", (0, 0), (-1, -1), 10), ("TEXTCOLOR", (0, 0), (-1, -1), MUTED),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), self.pad), ("RIGHTPADDING", (0, 0), (-1, -1), self.pad),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEBELOW", (0, 0), (-1, -1), 0.9, INK), *aligned])

    def lines(self, text: str, index: int) -> list[str]:
        width = self.widths[index] - 2 * self.pad
        return clip(wrap(text, self.font, CELL_SIZE, width), CELL_LINES, self.font, CELL_SIZE,
                    width)

    def header(self) -> Table:
        names = {**headers(), **{key: f.name for key, f in self.own.items()}}
        cells = [["\n".join(wrap(names[c], self.font, 8, self.widths[i] - 2 * self.pad))
                  for i, c in enumerate(self.columns)]]
        table = Table(cells, colWidths=self.widths)
        table.setStyle(self.head_style)
        return table

    def body(self, rows: list[customer_list.CustomerRow]) -> _Rows:
        cells = list_columns.Cells(rows, self.columns, self.own)
        return _Rows(self, [[self.lines(cells.text(row, c), i)
                             for i, c in enumerate(self.columns)] for row in rows])


class _Rows(Flowable):
    """Rows of the list drawn straight onto the page, split between pages by whole rows.

    A platypus Table would do the same, but its per-cell styling costs most of the time
    of a 100,000-row list; these rows only need text, a shade every other row and a rule.
    """

    PAD_TOP, PAD_BOTTOM = 2.0, 2.5
    LEADING = CELL_SIZE * 1.25

    def __init__(self, layout: _Layout, cells: list[list[list[str]]], first: int = 0):
        super().__init__()
        self.layout, self.cells, self.first = layout, cells, first
        self.heights = [max(1, *(len(lines) for lines in row)) * self.LEADING
                        + self.PAD_TOP + self.PAD_BOTTOM for row in cells]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = self.layout.width, sum(self.heights)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list:
        used, fits = 0.0, 0
        for height in self.heights:
            if used + height > available_height:
                break
            used += height
            fits += 1
        if fits == 0 or fits == len(self.cells):
            return []
        return [_Rows(self.layout, self.cells[:fits], self.first),
                _Rows(self.layout, self.cells[fits:], self.first + fits)]

    def draw(self) -> None:
        canvas, layout = self.canv, self.layout
        top = sum(self.heights)
        canvas.setLineWidth(0.25)
        canvas.setStrokeColor(RULE)
        canvas.setFillColor(SHADE)
        lefts = [sum(layout.widths[:i]) for i in range(len(layout.widths))]
        for number, height in enumerate(self.heights):
            if (self.first + number) % 2:
                canvas.rect(0, top - height, layout.width, height, stroke=0, fill=1)
            top -= height
            canvas.line(0, top, layout.width, top)
        text = canvas.beginText()
        text.setFont(layout.font, CELL_SIZE, self.LEADING)
        text.setFillColor(INK)
        top = sum(self.heights)
        for row, height in zip(self.cells, self.heights):
            baseline = top - self.PAD_TOP - CELL_SIZE
            for column, lines in enumerate(row):
                for number, line in enumerate(lines):
                    if not line:
                        continue
                    x = lefts[column] + layout.pad
                    if layout.right[column]:
                        x = lefts[column] + layout.widths[column] - layout.pad - \
                            stringWidth(line, layout.font, CELL_SIZE)
                    text.setTextOrigin(x, baseline - number * self.LEADING)
                    text.textOut(line)
            top -= height
        canvas.drawText(text)


class _Stream(list):
    """The story handed to reportlab, refilled from `more` whenever it runs dry.

    reportlab asks `len(story)` before each flowable and takes them from the front; by
    refilling only then, one page of customers at a time is ever in memory.
    """

    def __init__(self, first: list, more: Iterator):
        super().__init__(first)
        self._more = more

    def __len__(self) -> int:
        if not super().__len__() and self._more is not None:
            for flowable in self._more:
                self.append(flowable)
                break
            else:
                self._more = None
        return super().__len__()


class _NumberedCanvas(Canvas):
    """Each page shows a form named after its number; the forms are drawn at the end,
    once the number of pages is known ("page X of Y" without holding the pages)."""

    font = "Helvetica"
    page_words = "{page} / {pages}"
    right = 0.0
    y = 0.0

    def __init__(self, *args, **kwargs):
        kwargs["initialFontName"] = kwargs.get("initialFontName") or self.font
        kwargs["initialFontSize"] = kwargs.get("initialFontSize") or 9
        super().__init__(*args, **kwargs)
        self.pages = 0

    def showPage(self) -> None:  # reportlab API
        self.pages += 1
        self.doForm(f"pageNumber{self.pages}")
        super().showPage()

    def save(self) -> None:
        for number in range(1, self.pages + 1):
            self.beginForm(f"pageNumber{number}")
            self.setFont(self.font, 8)
            self.setFillColor(MUTED)
            self.drawRightString(self.right, self.y,
                                 self.page_words.format(page=number, pages=self.pages))
            self.endForm()
        super().save()


def write_customer_list(path: str | Path, columns: Iterable[str],
                        query: CustomerQuery | None = None, ids: Iterable[int] | None = None,
                        orientation: str = "auto", progress: Progress | None = None,
                        now: dt.datetime | None = None) -> CustomerListPdf:
    """Write the list of `query` (or of the customers `ids`, in that order) as an A4 PDF.

    `columns` are the page's visible columns in their order, by the table's keys (the name
    is always shown; the membership balances; the shop's own fields as "custom:<id>";
    values wrapped, cut with … past four lines);
    `orientation` is "portrait", "landscape" or "auto" (landscape past six columns).
    `progress(done, total)` returning False stops, removes the file and raises Cancelled.
    """
    path = Path(path)
    now = (now or clock.now()).replace(microsecond=0)
    columns = list(dict.fromkeys(columns))
    own = custom_fields.in_columns(columns)
    chosen = list_columns.chosen(columns, own)
    ids = list(ids) if ids is not None else None
    query = None if ids is not None else (query or CustomerQuery())
    total = count(query, ids)
    font = register_cjk_font()
    layout = _Layout(chosen, orientation, font, own)
    w = words()
    _, title_style, sub_style = heading_styles(font)
    filter_style = text_style(font, "filter", 10, spaceBefore=4, spaceAfter=1, wordWrap="CJK")
    order_style = text_style(font, "order", 8, textColor=MUTED, spaceAfter=4)
    shop = settings.get("shop_name")
    opening: list = [ShopHeader(font)]
    opening += [Paragraph(escape(w["title"]), title_style),
                Paragraph(escape(w["printed"].format(moment=f"{now:%Y-%m-%d %H:%M}")),
                          sub_style),
                Paragraph(escape(describe(query, total, selected=ids is not None)),
                          filter_style)]
    order = describe_order(query)
    opening.append(Paragraph(escape(order), order_style) if order else Spacer(1, 4))
    header = layout.header()
    _, header_height = header.wrap(layout.width, layout.pagesize[1])
    page_w, page_h = layout.pagesize
    top, bottom = layout.margin, 14 * mm

    def later_page(canvas, doc) -> None:
        header.drawOn(canvas, layout.margin, page_h - top - header_height)
        furniture(canvas, doc)

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(layout.margin, 8 * mm,
                          " · ".join(p for p in (shop, w["title"], f"{now:%Y-%m-%d}") if p))
        canvas.restoreState()

    body_h = page_h - top - bottom
    first = Frame(layout.margin, bottom, layout.width, body_h, 0, 0, 0, 0, id="first")
    later = Frame(layout.margin, bottom, layout.width, body_h - header_height, 0, 0, 0, 0,
                  id="later")
    doc = BaseDocTemplate(str(path), pagesize=layout.pagesize, leftMargin=layout.margin,
                          rightMargin=layout.margin, topMargin=top, bottomMargin=bottom,
                          title=w["title"], author="Custbook", creator="Custbook",
                          subject=describe(query, total, selected=ids is not None),
                          pageTemplates=[PageTemplate("first", [first], onPage=furniture),
                                         PageTemplate("later", [later], onPage=later_page)])

    def chunks() -> Iterator:
        done = 0
        if progress is not None and not progress(0, total):
            raise errors.Cancelled()
        for page in id_pages(query, ids):
            rows = customer_list.rows_for(page)
            if rows:
                yield layout.body(rows)
            done += len(page)
            if progress is not None and not progress(min(done, total), total):
                raise errors.Cancelled()

    story = [*opening, NextPageTemplate("later"), header]
    if not total:
        story.append(Paragraph(escape(w["nobody"]), text_style(font, "nobody", 10,
                                                                spaceBefore=6)))

    class Numbered(_NumberedCanvas):
        pass

    Numbered.font, Numbered.page_words = font, w["page"]
    Numbered.right, Numbered.y = page_w - layout.margin, 8 * mm
    made: list[_NumberedCanvas] = []

    def canvasmaker(*args, **kwargs) -> _NumberedCanvas:
        made.append(Numbered(*args, **kwargs))
        return made[-1]

    try:
        doc.build(_Stream(story, chunks()), canvasmaker=canvasmaker)
    except errors.Cancelled:
        path.unlink(missing_ok=True)
        raise
    return CustomerListPdf(path, total, made[-1].pages if made else 0)
