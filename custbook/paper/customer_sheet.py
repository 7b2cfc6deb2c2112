"""The customer sheet (客户资料单): one customer's card and recent history on one A4 page.

What an assistant takes along for a home visit or a fitting, or what the owner reads
before a big customer comes in: who they are and how to reach them, what they have
spent, what they like and how they like to be served, then the latest purchases,
contacts, open reminders and complaints — the last few of each, saying how many more
the card holds. Empty basics keep a blank line (to fill in by hand); empty parts of the
personal profile are left out. A4, "page X of Y", the CJK font embedded.
"""
from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from custbook import clock, money, settings, vocab
from custbook.calendar import lunar, reminders
from custbook.customers import custom_fields, customer_figures, customers, phones, relations
from custbook.customers.customer_figures import CardFigures
from custbook.models import database
from custbook.paper.customer_sheet_words import words
from custbook.shop import words as words_of_shop
from custbook.paper.fonts import CJK_FONT, has_cjk, register_cjk_font
from custbook.paper.look import (
    INK,
    LATE,
    MUTED,
    RULE,
    SHADE,
    heading_styles,
    text_style,
)
from custbook.paper.shop_header import ShopHeader, footer_canvas, footer_text

RECENT = 10  # purchases, contacts, reminders and complaints shown of each


@dataclass(frozen=True)
class History:
    """The latest few of one kind of record, and how many the card holds in all."""

    rows: list[tuple[str, ...]]
    total: int

    @property
    def more(self) -> int:
        return self.total - len(self.rows)


@dataclass
class SheetData:
    """Everything the sheet prints about one customer, read in one go."""

    card: customers.CustomerCard
    tier: str
    figures: CardFigures
    photo: bytes | None
    purchases: History
    contacts: History
    reminders: History
    complaints: History
    referrals: list[str] = field(default_factory=list)
    family: list[tuple[str, str]] = field(default_factory=list)  # relations and anniversaries
    own_fields: list[tuple[str, list[tuple[str, str]]]] = field(default_factory=list)


@dataclass(frozen=True)
class CustomerSheet:
    """What was written: where and how many pages."""

    path: Path
    pages: int


# ------------------------------------------------------------------ reading

def _day(value) -> str:
    if value is None:
        return ""
    return str(value)[:10]


def _history(sql_rows: str, sql_count: str, customer_id: int, limit: int) -> tuple[list, int]:
    rows = database.execute_sql(sql_rows, (customer_id, limit)).fetchall()
    total = database.execute_sql(sql_count, (customer_id,)).fetchone()[0]
    return rows, total


def gather(customer_id: int, today: dt.date, recent: int = RECENT) -> SheetData:
    """Everything the sheet needs about `customer_id` (the last `recent` of each history)."""
    card = customers.get_card(customer_id)
    figures = customer_figures.card_figures(customer_id, today)
    photo = customers.photo_of(customer_id) if card.has_photo else None
    rows, total = _history(
        "SELECT p.purchased_on, p.items, p.amount_cents, COALESCE(s.name, '') FROM purchase p "
        "LEFT JOIN staff s ON s.id = p.staff_id WHERE p.customer_id = ? "
        "ORDER BY p.purchased_on DESC, p.id DESC LIMIT ?",
        "SELECT count(*) FROM purchase WHERE customer_id = ?", customer_id, recent)
    purchases = History([(_day(d), items or "", money.format_cents(cents), staff)
                         for d, items, cents, staff in rows], total)
    kinds = vocab.contact_kinds()
    rows, total = _history(
        "SELECT c.contacted_at, c.kind, c.summary, c.outcome, COALESCE(s.name, '') "
        "FROM contact_entry c LEFT JOIN staff s ON s.id = c.staff_id WHERE c.customer_id = ? "
        "ORDER BY c.contacted_at DESC, c.id DESC LIMIT ?",
        "SELECT count(*) FROM contact_entry WHERE customer_id = ?", customer_id, recent)
    contacts = History([(str(when)[:16], kinds.get(kind, kind),
                         " — ".join(p for p in (summary, outcome) if p), staff)
                        for when, kind, summary, outcome, staff in rows], total)
    open_items = reminders.reminders_of(customer_id, today, limit=recent)
    open_total = database.execute_sql(
        "SELECT count(*) FROM reminder WHERE customer_id = ? AND next_on IS NOT NULL",
        (customer_id,)).fetchone()[0]
    reminder_kinds = vocab.reminder_kinds()
    late = words()["overdue"]
    due = History([(o.day.isoformat() + (f" ({late})" if o.overdue else ""),
                    reminder_kinds.get(o.kind, o.kind), o.title) for o in open_items],
                  open_total)
    statuses = vocab.complaint_statuses()
    rows, total = _history(
        "SELECT c.received_at, COALESCE(k.name, ''), c.status, c.customer_words FROM complaint c "
        "LEFT JOIN complaint_category k ON k.id = c.category_id WHERE c.customer_id = ? "
        "ORDER BY c.received_at DESC, c.id DESC LIMIT ?",
        "SELECT count(*) FROM complaint WHERE customer_id = ?", customer_id, recent)
    complaints = History([(_day(when), category, statuses.get(status, status), said or "")
                          for when, category, status, said in rows], total)
    referrals = [r[0] for r in database.execute_sql(
        "SELECT name FROM customer WHERE referred_by_id = ? AND deleted_at IS NULL "
        "ORDER BY name LIMIT 20", (customer_id,)).fetchall()]
    return SheetData(card, figures.tier, figures, photo, purchases, contacts, due, complaints,
                     referrals, family_lines(customer_id), custom_fields.sheet_rows(customer_id))


def family_lines(customer_id: int) -> list[tuple[str, str]]:
    """Family members and anniversaries as (who, what) lines for the sheet."""
    names = relations.relation_names()
    out = []
    for r in relations.relations_of(customer_id):
        day = birthday_text({"birthday_calendar": r.birthday_calendar,
                             "birthday_month": r.birthday_month, "birthday_day": r.birthday_day,
                             "birthday_leap": r.birthday_leap, "birth_year": r.birth_year})
        phone = phones.format_for_display(r.phone) if r.phone else ""
        out.append((names.get(r.relation, r.relation),
                    " · ".join(p for p in (r.name, day, phone, r.note) if p)))
    for a in relations.anniversaries_of(customer_id):
        day = birthday_text({"birthday_calendar": a.calendar, "birthday_month": a.month,
                             "birthday_day": a.day, "birthday_leap": a.leap})
        out.append((a.title(), " · ".join(p for p in (day, a.note) if p)))
    return out


# ------------------------------------------------------------------ words for values

def birthday_text(fields: dict[str, Any]) -> str:
    """The birthday as the card keeps it: solar 4-15, or the lunar date spelt out; and
    the birth year when known."""
    w = words()
    month, day, kind = fields.get("birthday_month"), fields.get("birthday_day"), \
        fields.get("birthday_calendar")
    parts = []
    if kind == "lunar" and month and day:
        parts.append(lunar.label(month, day, bool(fields.get("birthday_leap"))))
    elif kind == "solar" and month and day:
        parts.append(w["solar"].format(month=month, day=day))
    if fields.get("birth_year"):
        key = "born_about" if fields.get("birth_year_estimated") else "born"
        parts.append(w[key].format(year=fields["birth_year"]))
    return " · ".join(parts)


def basics(data: SheetData) -> list[tuple[str, str]]:
    """The contact details and basics, in the card's order ("" where nothing is kept)."""
    w, f = words(), data.card.fields
    sizes = " · ".join(w[k].format(size=f[n]) for k, n in (("clothing", "clothing_size"),
                                                           ("shoes", "shoe_size")) if f.get(n))
    member = f.get("member_since")
    return [
        (w["phones"], "\n".join(p.display for p in data.card.phones)),
        (w["wechat"], f.get("wechat_id") or ""),
        (w["email"], f.get("email") or ""),
        (w["birthday"], birthday_text(f)),
        (w["gender"], vocab.genders().get(f.get("gender") or "", "") if f.get("gender") else ""),
        (w["sizes"], sizes),
        (w["address"], f.get("address") or ""),
        (w["tier"], data.tier),
        (w["member"], member.isoformat() if member else ""),
        (w["tags"], ", ".join(data.card.tags)),
        (w["referred_by"], data.card.referred_by_name),
        (w["source"], words_of_shop.source_label(f.get("source") or "")),
    ]


def spending(data: SheetData, today: dt.date) -> list[tuple[str, str]]:
    """The running figures: what they spent, how often, when last."""
    w, fig = words(), data.figures
    last = ""
    if fig.last_visit:
        last = w["days_ago"].format(date=fig.last_visit.isoformat(),
                                    n=(today - fig.last_visit).days)
    pairs = [
        (w["total_spent"], money.format_cents(fig.total_spent_cents)),
        (w["purchase_count"], f"{fig.purchases:,}"),
        (w["average"], money.format_cents(fig.average_spend_cents) if fig.purchases else ""),
        (w["first_visit"], fig.first_visit.isoformat() if fig.first_visit else ""),
        (w["last_visit"], last),
        (w["visits"], f"{fig.visits:,}" if fig.visits else ""),
        (w["interval"], w["days"].format(n=fig.usual_interval_days)
         if fig.usual_interval_days else ""),
        (w["referrals"], ", ".join(data.referrals)),
    ]
    if fig.prior_spend_cents:  # a lifetime figure: the spend before the book belongs to it
        pairs[1:1] = [(w["prior_spend"], money.format_cents(fig.prior_spend_cents)),
                      (w["ever_spent"], money.format_cents(fig.total_spent_cents
                                                           + fig.prior_spend_cents))]
    return pairs


def profile(data: SheetData) -> list[tuple[str, str]]:
    """The personal profile, only what is known, in the card's order."""
    w, f = words(), data.card.fields
    out = []
    for key in ("occupation", "company", "work_situation", "family", "personality",
                "spending_habits", "style_preferences", "hobbies", "lifestyle",
                "service_preference"):
        if (f.get(key) or "").strip():
            out.append((w[key], f[key].strip()))
    how = vocab.contact_kinds().get(f.get("contact_preference") or "", "") \
        if f.get("contact_preference") else ""
    note = (f.get("contact_preference_note") or "").strip()
    if how or note:
        out.append((w["contact_preference"], " — ".join(p for p in (how, note) if p)))
    consent = f.get("promotions_consent_on")
    if f.get("accepts_promotions"):
        out.append((w["promotions"], w["promotions_yes"].format(date=consent.isoformat())
                    if consent else w["promotions_yes_undated"]))
    elif consent:
        out.append((w["promotions"], w["promotions_no"]))
    for key in ("personal_values", "interest_topics", "description"):
        if (f.get(key) or "").strip():
            out.append((w[key], f[key].strip()))
    return out


# ------------------------------------------------------------------ laying out

class _Styles:
    def __init__(self, font: str):
        self.font = font
        self.shop, self.title, self.sub = heading_styles(font)
        self.name = text_style(font, "name", 20)
        self.line = text_style(font, "line", 9.5, textColor=MUTED)
        self.section = text_style(font, "section", 11.5, spaceBefore=7, spaceAfter=3)
        self.label = text_style(font, "label", 8, textColor=MUTED)
        self.value = text_style(font, "value", 9)
        self.cell = text_style(font, "cell", 8.5)
        self.head = text_style(font, "head", 7.5, textColor=MUTED)
        self.more = text_style(font, "more", 8, textColor=MUTED, spaceBefore=2)
        self.late = text_style(font, "late", 9.5, textColor=LATE)


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text; Chinese wraps anywhere, new lines are kept."""
    body = escape(text or "").replace("\n", "<br/>")
    if has_cjk(text or ""):
        style = ParagraphStyle(style.name + "-cjk", parent=style, wordWrap="CJK")
    return Paragraph(body, style)


def _grid(pairs: list[tuple[str, str]], st: _Styles, width: float, blank: bool) -> Table:
    """Label/value pairs two to a row; the address (a long value) takes a whole row.

    `blank`: empty values keep a ruled space to write in by hand."""
    label_w = 30 * mm
    value_w = width / 2 - label_w
    cells, spans = [], []
    row: list = []
    for label, value in pairs:
        if not value and not blank:
            continue
        # a value that would take more than two lines here gets the whole row
        wide = (label == words()["address"]
                or stringWidth(value, st.value.fontName, st.value.fontSize) > 1.8 * value_w)
        if wide:
            if row:
                cells.append(row + ["", ""])
                row = []
            cells.append([_p(label, st.label), _p(value, st.value), "", ""])
            spans.append(("SPAN", (1, len(cells) - 1), (3, len(cells) - 1)))
            continue
        row += [_p(label, st.label), _p(value, st.value)]
        if len(row) == 4:
            cells.append(row)
            row = []
    if row:
        cells.append(row + ["", ""])
    table = Table(cells or [[""]], colWidths=[label_w, value_w, label_w, value_w])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), CJK_FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), *spans]))
    return table


def _list(pairs: list[tuple[str, str]], st: _Styles, width: float) -> Table:
    """Label/value pairs one to a row (the personal profile: long free text)."""
    label_w = 38 * mm
    table = Table([[_p(k, st.label), _p(v, st.value)] for k, v in pairs],
                  colWidths=[label_w, width - label_w])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), CJK_FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 2)]))
    return table


def _history_table(title: str, history: History, heads: list[str], shares: list[float],
                   empty: str, st: _Styles, width: float, right: tuple[int, ...] = ()) -> list:
    """A section of recent records: title with the count, the rows, "n more not shown"."""
    w = words()
    head = _p(f"{title} ({history.total:,})" if history.total else title, st.section)
    if not history.rows:
        return [KeepTogether([head, _p(empty, st.line)])]
    widths = [width * s / sum(shares) for s in shares]
    cells = [[_p(h, st.head) for h in heads]]
    cells += [[_p(v, st.cell) for v in row] for row in history.rows]
    table = Table(cells, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), CJK_FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK), ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, SHADE]),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        *[("ALIGN", (i, 0), (i, -1), "RIGHT") for i in right]]))
    out = [KeepTogether([head, table])] if len(history.rows) <= 4 else [head, table]
    if history.more > 0:
        out.append(_p(w["more"].format(n=f"{history.more:,}"), st.more))
    return out


def _photo(data: bytes | None, box: float) -> Image | None:
    """The card's photo scaled into a square `box` (None when it cannot be read)."""
    if not data:
        return None
    try:
        reader = ImageReader(io.BytesIO(data))
        w, h = reader.getSize()
    except Exception:  # noqa: BLE001 - a damaged photo must not stop the sheet
        return None
    scale = box / max(w, h)
    return Image(io.BytesIO(data), width=w * scale, height=h * scale)


def build_story(data: SheetData, today: dt.date, now: dt.datetime, width: float,
                st: _Styles) -> list:
    """The flowables of the sheet, top to bottom."""
    w = words()
    f = data.card.fields
    story: list = [ShopHeader(st.font)]
    story += [_p(w["title"], st.title),
              _p(w["printed"].format(moment=f"{now:%Y-%m-%d %H:%M}"), st.sub),
              Spacer(1, 4 * mm)]
    line = [p for p in (data.tier, w["member_since"].format(date=f["member_since"].isoformat())
                        if f.get("member_since") else "", ", ".join(data.card.tags)) if p]
    who: list = [_p(f.get("name") or "", st.name)]
    if line:
        who.append(_p(" · ".join(line), st.line))
    if data.card.in_trash:
        who.append(_p(w["in_trash"], st.late))
    photo = _photo(data.photo, 30 * mm)
    if photo is not None:
        head = Table([[photo, who]], colWidths=[34 * mm, width - 34 * mm])
        head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        story.append(head)
    else:
        story += who
    story += [_p(w["basics"], st.section), _grid(basics(data), st, width, blank=True),
              _p(w["figures"], st.section), _grid(spending(data, today), st, width, blank=False)]
    known = profile(data)
    story.append(_p(w["profile"], st.section))
    story.append(_list(known, st, width) if known else _p(w["nothing_noted"], st.line))
    if data.family:
        story += [_p(w["family_and_days"], st.section), _list(data.family, st, width)]
    for heading, pairs in data.own_fields:  # the shop's own fields, under their headings
        story += [_p(heading or w["own_fields"], st.section), _list(pairs, st, width)]
    story += _history_table(w["purchases"], data.purchases,
                            [w["date"], w["items"], w["amount"], w["staff"]],
                            [1.1, 4.2, 1.2, 1.2], w["no_purchases"], st, width, right=(2,))
    story += _history_table(w["contacts"], data.contacts,
                            [w["when"], w["how"], w["what"], w["staff"]],
                            [1.4, 1.1, 4.0, 1.2], w["no_contacts"], st, width)
    story += _history_table(w["reminders"], data.reminders,
                            [w["day"], w["kind"], w["reminder"]],
                            [1.2, 1.5, 5.0], w["no_reminders"], st, width)
    story += _history_table(w["complaints"], data.complaints,
                            [w["received"], w["category"], w["status"], w["complaint"]],
                            [1.1, 1.2, 1.2, 4.2], w["no_complaints"], st, width)
    return story


def write_customer_sheet(path: str | Path, customer_id: int, today: dt.date | None = None,
                         recent: int = RECENT, now: dt.datetime | None = None) -> CustomerSheet:
    """Write one customer's sheet as an A4 PDF at `path`."""
    today = today or clock.today()
    now = (now or clock.now()).replace(microsecond=0)
    path = Path(path)
    font = register_cjk_font()
    data = gather(customer_id, today, recent)
    st = _Styles(font)
    w = words()
    name = data.card.fields.get("name") or ""
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm,
                            topMargin=12 * mm, bottomMargin=16 * mm,
                            title=f"{w['title']} · {name}", author="Custbook", creator="Custbook")
    pages: list[int] = []
    canvas = footer_canvas(font, footer_text(settings.get("shop_name"), w["title"], name),
                           w["page"], doc.leftMargin, A4[0] - doc.rightMargin, 9 * mm,
                           pages.append)
    # the frame keeps 6 pt of padding on each side: tables as wide as the text, not wider
    doc.build(build_story(data, today, now, doc.width - 12, st), canvasmaker=canvas)
    return CustomerSheet(path, pages[0] if pages else 0)
