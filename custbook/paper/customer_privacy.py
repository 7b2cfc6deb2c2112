"""The privacy export on paper: everything the shop keeps about one customer, as a PDF.

It prints what `custbook.safety.privacy.export_customer` gathered — the card, phones, tags,
then every purchase, contact, complaint, reminder, satisfaction record and audit
entry — one small two-column table per record, leaving out empty values so the
pages stay readable. The JSON written next to it holds the same data, complete.
A4, "page X of Y", the CJK font embedded so Chinese prints on any PC.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.paper.fonts import register_cjk_font
from custbook.paper.look import MUTED, RULE, SHADE, text_style
from custbook.paper.shop_header import ShopHeader, details, footer_canvas


def _sections() -> tuple[tuple[str, str], ...]:
    return (
        ("phones", QT_TRANSLATE_NOOP("PrivacyExport", "Phone numbers")),
        ("purchases", QT_TRANSLATE_NOOP("PrivacyExport", "Purchases")),
        ("contacts", QT_TRANSLATE_NOOP("PrivacyExport", "Contact log")),
        ("complaints", QT_TRANSLATE_NOOP("PrivacyExport", "Complaints")),
        ("reminders", QT_TRANSLATE_NOOP("PrivacyExport", "Reminders")),
        ("reminders_done", QT_TRANSLATE_NOOP("PrivacyExport", "Reminders done")),
        ("satisfaction", QT_TRANSLATE_NOOP("PrivacyExport", "Satisfaction")),
        ("audit", QT_TRANSLATE_NOOP("PrivacyExport", "History of changes")),
        ("relations", QT_TRANSLATE_NOOP("PrivacyExport", "Family and relations")),
        ("anniversaries", QT_TRANSLATE_NOOP("PrivacyExport", "Anniversaries")),
        ("own_fields", QT_TRANSLATE_NOOP("PrivacyExport", "The shop's own fields")),
        ("messages", QT_TRANSLATE_NOOP("PrivacyExport", "Messages")),
        ("attachments", QT_TRANSLATE_NOOP("PrivacyExport", "Files (their contents are in the "
                                                           "JSON file)")),
    )


def _shown(value: Any) -> str:
    if value is None or value == "":
        return ""
    if value is True:
        return "yes"
    if value is False:
        return "no"
    return str(value)


def _record_table(row: dict[str, Any], styles: dict) -> Table:
    cells = [[Paragraph(escape(key), styles["key"]), Paragraph(escape(_shown(v)), styles["value"])]
             for key, v in row.items() if _shown(v) != ""]
    table = Table(cells or [["", ""]], colWidths=[45 * mm, 125 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                               ("BACKGROUND", (0, 0), (0, -1), SHADE),
                               ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    return table


def write_privacy_pdf(data: dict[str, Any], path: str | Path) -> Path:
    """Write the privacy export `data` (from custbook.safety.privacy) as a PDF at `path`."""
    font = register_cjk_font()
    styles = {
        "title": text_style(font, "PrivacyTitle", 16, spaceAfter=2 * mm),
        "muted": text_style(font, "PrivacyMuted", 8.5, textColor=MUTED, spaceAfter=3 * mm),
        "head": text_style(font, "PrivacyHead", 12, spaceBefore=4 * mm, spaceAfter=1.5 * mm),
        "key": text_style(font, "PrivacyKey", 8, textColor=MUTED, wordWrap="CJK"),
        "value": text_style(font, "PrivacyValue", 9, wordWrap="CJK"),
    }
    customer = data["customer"]
    shop = details()
    story: list = [
        ShopHeader(font, shop),  # who keeps the data, and how to reach them
        Paragraph(escape(QT_TRANSLATE_NOOP("PrivacyExport", "Everything we keep about {name}")
                         .format(name=customer.get("name", ""))), styles["title"]),
        Paragraph(escape(QT_TRANSLATE_NOOP("PrivacyExport", "Exported {moment}").format(
            moment=data.get("exported_at", ""))), styles["muted"]),
        Paragraph(escape(QT_TRANSLATE_NOOP("PrivacyExport", "Customer card")), styles["head"]),
        _record_table(customer, styles),
    ]
    tags = data.get("tags") or []
    story += [Paragraph(escape(QT_TRANSLATE_NOOP("PrivacyExport", "Tags")), styles["head"]),
              Paragraph(escape(", ".join(tags) or "—"), styles["value"])]
    if data.get("photo"):
        story.append(Paragraph(escape(QT_TRANSLATE_NOOP(
            "PrivacyExport", "A photo is kept on the card (included in the JSON file).")),
            styles["value"]))
    for key, title in _sections():
        rows = data.get(key) or []
        story.append(Paragraph(escape(f"{title} ({len(rows)})"), styles["head"]))
        if not rows:
            story.append(Paragraph("—", styles["value"]))
        for row in rows:
            row = {k: v for k, v in row.items() if k != "base64"}  # a file's bytes: JSON only
            story.append(KeepTogether([_record_table(row, styles), Spacer(1, 2 * mm)]))

    canvas = footer_canvas(font, shop.name, QT_TRANSLATE_NOOP(
        "PrivacyExport", "Page {page} of {pages}"), 20 * mm, A4[0] - 20 * mm, 10 * mm)
    path = Path(path)
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm,
                            title=QT_TRANSLATE_NOOP("PrivacyExport", "Privacy export"))
    doc.build(story, canvasmaker=canvas)
    return path
