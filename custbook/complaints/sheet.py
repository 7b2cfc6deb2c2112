"""What the complaint sheet says, apart from how it is drawn.

The sheet is drawn once, as a PDF by reportlab (`custbook.paper.complaint_sheet`, the
shop's letterhead from `custbook.paper.shop_header`), which the window prints
(`ui.complaints.printing`); its words, its marks and which lines are left blank to
write on are decided here.
"""
from __future__ import annotations

from custbook.complaints.view import StepView, blank_form
from custbook.i18n import QT_TRANSLATE_NOOP

MARKS = {"done": "✔", "waiting": "○", "overdue": "●", "skipped": "—", "todo": "□"}


def sheet_title() -> str:
    """The sheet's name, as printed at its top."""
    return QT_TRANSLATE_NOOP("ComplaintSheet", "Complaint sheet")


def state_names() -> dict[str, str]:
    """How the sheet names each state of a step."""
    return {"done": QT_TRANSLATE_NOOP("ComplaintSheet", "done"),
            "waiting": QT_TRANSLATE_NOOP("ComplaintSheet", "waiting"),
            "overdue": QT_TRANSLATE_NOOP("ComplaintSheet", "overdue"),
            "skipped": QT_TRANSLATE_NOOP("ComplaintSheet", "none"),
            "todo": QT_TRANSLATE_NOOP("ComplaintSheet", "to do")}


def sheet_words() -> dict[str, str]:
    """Every fixed text on the sheet ({placeholders} filled by the caller)."""
    return {
        "title": sheet_title(),
        "subtitle": QT_TRANSLATE_NOOP("ComplaintSheet",
                                      "{number} · Status: {status} · Printed {when}"),
        "complaint": QT_TRANSLATE_NOOP("ComplaintSheet", "The complaint"),
        "words": QT_TRANSLATE_NOOP("ComplaintSheet", "In the customer's own words"),
        "recovery": QT_TRANSLATE_NOOP("ComplaintSheet", "Service recovery"),
        "reopened": QT_TRANSLATE_NOOP("ComplaintSheet", "Reopened"),
        "signatures": QT_TRANSLATE_NOOP("ComplaintSheet", "Signatures"),
        "confirm": QT_TRANSLATE_NOOP("ComplaintSheet", "The customer confirms that the "
                                                       "complaint was handled as written above."),
        "customer_sign": QT_TRANSLATE_NOOP("ComplaintSheet", "Customer's signature"),
        "staff_sign": QT_TRANSLATE_NOOP("ComplaintSheet", "Staff member's signature"),
        "by": QT_TRANSLATE_NOOP("ComplaintSheet", "By: {who}"),
        "when": QT_TRANSLATE_NOOP("ComplaintSheet", "When: {when}"),
        "date": QT_TRANSLATE_NOOP("ComplaintSheet", "Date: {line}"),
        "page": QT_TRANSLATE_NOOP("ComplaintSheet", "Page {page} of {pages}"),
    }


def step_rows(step: StepView) -> tuple[list[tuple[str, str]], set[int]]:
    """The (label, value) rows of a step on paper, and which of them are left blank to
    write on (everything the step asks for that nobody has recorded yet)."""
    rows, blanks = list(step.lines), set()
    if step.state != "skipped":
        recorded = {label for label, _ in rows}
        for label, choices in blank_form(step.step):
            if label not in recorded:
                blanks.add(len(rows))
                rows.append((label, choices))
    return rows, blanks
