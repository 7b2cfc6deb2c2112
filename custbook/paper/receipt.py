"""Small receipts on 58 mm or 80 mm roll paper: a PDF exactly that wide, as long as it needs.

After a top-up, a spend, a count card or a purchase: the shop's name (and address and
phone when set), what happened with its amounts (cash received, bonus, paid from the
balance, points earned), the member's balances after it, who served and the owner's
thank-you line (Settings, `member_thank_you`). Chinese wraps at any character, other
text at spaces. Printed through the system's printer dialog like every other PDF.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from custbook import money, settings
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.membership import accounts, ledger, numbers
from custbook.models import Customer, MemberAccount, MemberEntry, Purchase
from custbook.paper.fonts import register_cjk_font
from custbook.paper.shop_header import details, fitted

WIDTHS = {58: 48 * mm, 80: 72 * mm}  # paper width -> printable width


@dataclass
class ReceiptData:
    shop: str
    address: str
    phone: str
    title: str
    when: dt.datetime
    member: str
    number: str
    lines: list[tuple[str, str]] = field(default_factory=list)
    items: str = ""
    after: list[tuple[str, str]] = field(default_factory=list)
    staff: str = ""
    thank_you: str = ""
    wechat: str = ""  # "WeChat: id", as every paper prints it
    logo: bytes | None = None  # readable pictures only (paper.shop_header)
    qr: bytes | None = None


def words() -> dict[str, str]:
    return {
        "top_up": QT_TRANSLATE_NOOP("Receipt", "Top-up receipt"),
        "spend": QT_TRANSLATE_NOOP("Receipt", "Receipt"),
        "sell": QT_TRANSLATE_NOOP("Receipt", "Count card receipt"),
        "use": QT_TRANSLATE_NOOP("Receipt", "Visit receipt"),
        "points": QT_TRANSLATE_NOOP("Receipt", "Points receipt"),
        "other": QT_TRANSLATE_NOOP("Receipt", "Membership receipt"),
    }


def gather(entry_id: int) -> ReceiptData:
    """What the receipt of one ledger entry (and the purchase it belongs to) says."""
    e = accounts.entry(entry_id)
    customer = Customer.get_or_none(Customer.id == e.customer_id) if e.customer_id else None
    title_words = words()
    shop = details()
    data = ReceiptData(
        shop=shop.name, address=" ".join(shop.address.split()), phone=shop.phone,
        wechat=shop.contact_parts()[-1] if shop.wechat_id else "", logo=shop.logo, qr=shop.qr,
        title=title_words["other"], when=e.at,
        member=customer.name if customer else "", number=numbers.number_of(e.customer_id)
        if e.customer_id else "", staff=e.staff_name,
        thank_you=settings.get("member_thank_you") or QT_TRANSLATE_NOOP(
            "Receipt", "Thank you, see you again soon!"))
    fmt = money.format_cents
    related: list[MemberEntry] = []
    if e.reverses_id is not None:
        data.title = QT_TRANSLATE_NOOP("Receipt", "Reversal")
        data.lines.append((e.describe(), accounts.format_amount(e.kind, e.amount, True)))
    elif e.purchase_id is not None:
        purchase = Purchase.get_or_none(Purchase.id == e.purchase_id)
        related = list(MemberEntry.select().where((MemberEntry.purchase == e.purchase_id)
                                                  & MemberEntry.reverses.is_null()))
        data.title = title_words["spend"]
        if purchase is not None:
            data.items = purchase.items
            data.lines.append((QT_TRANSLATE_NOOP("Receipt", "Amount"),
                               fmt(purchase.amount_cents)))
            paid = -sum(r.amount for r in related if r.action == ledger.SPEND)
            if paid:
                data.lines.append((QT_TRANSLATE_NOOP("Receipt", "From balance"), fmt(paid)))
            data.lines.append((QT_TRANSLATE_NOOP("Receipt", "Cash"),
                               fmt(purchase.amount_cents - paid)))
        earned = sum(r.amount for r in related if r.action == ledger.EARN)
        if earned:
            data.lines.append((QT_TRANSLATE_NOOP("Receipt", "Points earned"), f"{earned:,}"))
    elif e.action == ledger.TOP_UP:
        data.title = title_words["top_up"]
        data.lines.append((QT_TRANSLATE_NOOP("Receipt", "Cash received"), fmt(e.cash_cents)))
        if e.bonus_cents:
            data.lines.append((QT_TRANSLATE_NOOP("Receipt", "Bonus"), fmt(e.bonus_cents)))
        data.lines.append((QT_TRANSLATE_NOOP("Receipt", "Value added"), fmt(e.amount)))
    elif e.action == ledger.SPEND:
        data.title = title_words["spend"]
        data.items = e.note
        data.lines.append((QT_TRANSLATE_NOOP("Receipt", "From balance"), fmt(-e.amount)))
    elif e.action in (ledger.SELL, ledger.USE):
        data.title = title_words["sell" if e.action == ledger.SELL else "use"]
        data.items = e.card_name
        if e.action == ledger.SELL:
            data.lines.append((QT_TRANSLATE_NOOP("Receipt", "Visits"), str(e.amount)))
            data.lines.append((QT_TRANSLATE_NOOP("Receipt", "Price"), fmt(e.cash_cents)))
        else:
            data.lines.append((QT_TRANSLATE_NOOP("Receipt", "Visits used"), str(-e.amount)))
    else:
        if e.kind == ledger.POINTS:
            data.title = title_words["points"]
        data.items = e.note
        data.lines.append((e.describe(), accounts.format_amount(e.kind, e.amount, True)))
    if e.customer_id:
        last = max([e.id] + [r.id for r in related]) if e.purchase_id is not None and \
            e.reverses_id is None else e.id
        value, points, cards = balances_after(e.customer_id, last)
        data.after.append((QT_TRANSLATE_NOOP("Receipt", "Balance"), fmt(value)))
        data.after.append((QT_TRANSLATE_NOOP("Receipt", "Points"), f"{points:,}"))
        for name, left, expires_on in cards:
            if left > 0 and (expires_on is None or expires_on >= e.at.date()):
                data.after.append((name, QT_TRANSLATE_NOOP("Receipt", "{n} left").format(n=left)))
    return data


def balances_after(customer_id: int, last_entry_id: int) -> tuple[int, int, list]:
    """The member's balances as they stood right after entry `last_entry_id` (a reprinted
    receipt says what it said on the day, not what the balance is now)."""
    value = points = 0
    cards = []
    for account in MemberAccount.select().where(MemberAccount.customer == customer_id) \
            .order_by(MemberAccount.id):
        row = (MemberEntry.select(MemberEntry.balance_after)
               .where((MemberEntry.account == account.id) & (MemberEntry.id <= last_entry_id))
               .order_by(MemberEntry.id.desc()).first())
        balance = row.balance_after if row else 0
        if account.kind == ledger.VALUE:
            value = balance
        elif account.kind == ledger.POINTS:
            points = balance
        elif row is not None:
            cards.append((account.name, balance, account.expires_on))
    return value, points, cards


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of `text` no wider than `width`: at spaces where possible, else anywhere."""
    lines: list[str] = []
    for paragraph in (text or "").splitlines() or [""]:
        line = ""
        for ch in paragraph:
            if stringWidth(line + ch, font, size) <= width:
                line += ch
                continue
            cut = line.rfind(" ")
            if cut > 0 and ord(ch) < 0x2e80:
                lines.append(line[:cut])
                line = line[cut + 1:] + ch
            else:
                lines.append(line)
                line = ch.lstrip()
        lines.append(line)
    return lines


class _Receipt:
    """Lays the receipt out twice: once to measure its height, once to draw it."""

    def __init__(self, data: ReceiptData, width: float):
        self.data, self.width = data, width
        self.font = register_cjk_font()
        self.margin = 2 * mm
        self.small = 7.5 if width < 60 * mm else 8.5

    def run(self, c: Canvas | None, top: float) -> float:
        d, font, w, m = self.data, self.font, self.width, self.margin
        y = top - m

        def text(line: str, size: float, align: str = "left") -> None:
            nonlocal y
            for part in wrap(line, font, size, w):
                y -= size * 1.3
                if c is not None:
                    c.setFont(font, size)
                    if align == "center":
                        c.drawCentredString(m + w / 2, y, part)
                    else:
                        c.drawString(m, y, part)

        def pair(label: str, value: str, size: float) -> None:
            nonlocal y
            room = w - stringWidth(value, font, size) - 2 * mm
            parts = wrap(label, font, size, max(room, w / 3))
            for i, part in enumerate(parts):
                y -= size * 1.3
                if c is not None:
                    c.setFont(font, size)
                    c.drawString(m, y, part)
                    if i == 0:
                        c.drawRightString(m + w, y, value)

        def rule() -> None:
            nonlocal y
            y -= 2.2 * mm
            if c is not None:
                c.setDash(1, 1.5)
                c.setLineWidth(0.5)
                c.line(m, y + 1 * mm, m + w, y + 1 * mm)
                c.setDash()

        def picture(raw: bytes | None, max_w: float, max_h: float) -> None:
            nonlocal y
            fit = fitted(raw, max_w, max_h)
            if fit is not None:
                y -= fit[2] + 1 * mm
                if c is not None:
                    c.drawImage(fit[0], m + (w - fit[1]) / 2, y, fit[1], fit[2], mask="auto")

        picture(d.logo, w * 0.7, 14 * mm if w < 60 * mm else 18 * mm)
        if d.shop:
            text(d.shop, self.small + 4, "center")
        for extra in (d.address, d.phone, d.wechat):
            if extra:
                text(extra, self.small - 1, "center")
        rule()
        text(d.title, self.small + 2, "center")
        text(d.when.strftime("%Y-%m-%d %H:%M"), self.small, "center")
        rule()
        if d.member:
            pair(QT_TRANSLATE_NOOP("Receipt", "Member"), d.member, self.small)
        if d.number:
            pair(QT_TRANSLATE_NOOP("Receipt", "Card number"), d.number, self.small)
        if d.items:
            text(d.items, self.small)
        rule()
        for label, value in d.lines:
            pair(label, value, self.small + 1)
        picture(d.qr, w * 0.6, 26 * mm if w < 60 * mm else 32 * mm)  # under the total
        if d.after:
            rule()
            text(QT_TRANSLATE_NOOP("Receipt", "After this:"), self.small)
            for label, value in d.after:
                pair(label, value, self.small)
        if d.staff:
            pair(QT_TRANSLATE_NOOP("Receipt", "Served by"), d.staff, self.small)
        rule()
        text(d.thank_you, self.small, "center")
        return top - y + m + 2 * mm


def write_receipt(path: str | Path, entry_id: int, paper_mm: int = 58) -> ReceiptData:
    """Write the receipt of a ledger entry on `paper_mm` (58 or 80) roll paper."""
    width = WIDTHS[paper_mm]
    data = gather(entry_id)
    layout = _Receipt(data, width)
    height = layout.run(None, 0) + 1 * mm
    c = Canvas(str(path), pagesize=(paper_mm * mm, height), initialFontName=layout.font)
    c.setTitle(data.title)
    c.translate((paper_mm * mm - width) / 2 - layout.margin, 0)
    layout.run(c, height)
    c.showPage()
    c.save()
    return data
