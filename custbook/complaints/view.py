"""One complaint as people read it: the detail view's checklist and the printed sheet.

Both the window and the PDF show the same words, so they are put together once here:
every field with its label, every step with who, when and what, already translated
and formatted (money as ¥1,234.50, times as 2026-11-22 14:05).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from custbook import clock, money, vocab
from custbook.customers import phones
from custbook.complaints.steps import (
    STEPS,
    STEP_AT,
    STEP_BY,
    STEP_FIELDS,
    compensation_kinds,
    faults,
    is_step_done,
    next_step,
    promise_state,
    step_hints,
    step_state,
    step_titles,
)
from custbook.complaints.response_clock import ResponseClock, clock_of
from custbook.errors import ValidationError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.models import (
    Complaint, ComplaintCategory, Customer, CustomerPhone, Purchase, SatisfactionRecord, Staff,
)
from custbook.shop import words


@dataclass(frozen=True)
class StepView:
    """One step of the checklist."""

    step: str
    number: int
    title: str
    hint: str
    state: str  # done, waiting, overdue, skipped, todo
    is_next: bool
    who: str
    when: str
    lines: list[tuple[str, str]]  # (label, value) of what was recorded


@dataclass(frozen=True)
class ComplaintView:
    """Everything shown about one complaint."""

    id: int
    number: str  # "No. 000123" style
    status: str
    status_name: str
    customer_id: int | None
    customer_name: str
    customer_phone: str
    walk_in: bool
    details: list[tuple[str, str]]  # (label, value) of the header fields
    customer_words: str
    clock: ResponseClock
    clock_text: str
    steps: list[StepView]
    next_step: str | None
    reopen_notes: str
    closed_at: dt.datetime | None
    reopened_count: int


def moment(value: dt.datetime | None) -> str:
    """A moment as 2026-11-22 14:05 (empty for none)."""
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def day(value: dt.date | None) -> str:
    """A day as 2026-11-22 (empty for none)."""
    return value.isoformat() if value else ""


def hours_text(hours: float) -> str:
    """A duration in hours as people say it: 45 min, 5.5 h, 2 d 3 h."""
    if hours < 1:
        return QT_TRANSLATE_NOOP("Complaint", "{n} min").format(n=round(hours * 60))
    if hours < 48:
        return QT_TRANSLATE_NOOP("Complaint", "{n} h").format(n=f"{hours:.1f}".rstrip("0")
                                                                  .rstrip("."))
    days, rest = divmod(round(hours), 24)
    return QT_TRANSLATE_NOOP("Complaint", "{d} d {h} h").format(d=days, h=rest)


def clock_text(clock: ResponseClock) -> str:
    """The response clock in one sentence."""
    promised = hours_text(clock.promised_hours)
    took = hours_text(clock.hours)
    state = clock.state
    if state == "on_time" and clock.hours * 60 < 1:
        state = "at_once"  # not "after 0 min"
    return {
        "at_once": QT_TRANSLATE_NOOP("Complaint", "Answered at once (promised within "
                                                  "{promised})."),
        "on_time": QT_TRANSLATE_NOOP("Complaint", "Answered in {took} (promised within "
                                                  "{promised})."),
        "late": QT_TRANSLATE_NOOP("Complaint", "Answered in {took}: later than the promised "
                                               "{promised}."),
        "waiting": QT_TRANSLATE_NOOP("Complaint", "Waiting {took} for a first response "
                                                  "(promised within {promised})."),
        "overdue": QT_TRANSLATE_NOOP("Complaint", "No response for {took}: the promised "
                                                  "{promised} are up!"),
    }[state].format(took=took, promised=promised)


def _yes_no(value: bool | None) -> str:
    return {True: QT_TRANSLATE_NOOP("Complaint", "Yes"),
            False: QT_TRANSLATE_NOOP("Complaint", "No"),
            None: QT_TRANSLATE_NOOP("Complaint", "Not yet known")}[value]


def _staff_names(c: Complaint) -> dict[int, str]:
    ids = {getattr(c, f"{by}_id") for by in STEP_BY.values()} | {c.staff_id}
    ids.discard(None)
    return dict(Staff.select(Staff.id, Staff.name).where(Staff.id.in_(ids)).tuples()) if ids \
        else {}


def labels() -> dict[str, str]:
    """The label of every field the detail view and the sheet show."""
    return {
        "customer": QT_TRANSLATE_NOOP("Complaint", "Customer"),
        "phone": QT_TRANSLATE_NOOP("Complaint", "Phone"),
        "received_at": QT_TRANSLATE_NOOP("Complaint", "Received"),
        "channel": QT_TRANSLATE_NOOP("Complaint", "Channel"),
        "category": QT_TRANSLATE_NOOP("Complaint", "Category"),
        "severity": QT_TRANSLATE_NOOP("Complaint", "Severity"),
        "purchase": QT_TRANSLATE_NOOP("Complaint", "Purchase"),
        "staff": QT_TRANSLATE_NOOP("Complaint", "Handled by"),
        "listen_notes": QT_TRANSLATE_NOOP("Complaint", "What the customer said and felt"),
        "apology_given": QT_TRANSLATE_NOOP("Complaint", "Apology given"),
        "apology_words": QT_TRANSLATE_NOOP("Complaint", "Words used"),
        "cause": QT_TRANSLATE_NOOP("Complaint", "What happened"),
        "fault": QT_TRANSLATE_NOOP("Complaint", "Whose fault"),
        "remedy": QT_TRANSLATE_NOOP("Complaint", "Solution proposed"),
        "remedy_accepted": QT_TRANSLATE_NOOP("Complaint", "Accepted by the customer"),
        "compensation_kind": QT_TRANSLATE_NOOP("Complaint", "Kind"),
        "compensation_cents": QT_TRANSLATE_NOOP("Complaint", "Value"),
        "promise": QT_TRANSLATE_NOOP("Complaint", "Promised"),
        "promise_due": QT_TRANSLATE_NOOP("Complaint", "Due by"),
        "promise_kept": QT_TRANSLATE_NOOP("Complaint", "Kept or broken"),
        "result": QT_TRANSLATE_NOOP("Complaint", "Customer now"),
        "result_comment": QT_TRANSLATE_NOOP("Complaint", "Their comment"),
        "follow_up_on": QT_TRANSLATE_NOOP("Complaint", "Follow up on"),
        "follow_up_outcome": QT_TRANSLATE_NOOP("Complaint", "What came of it"),
    }


def _promise_words() -> dict[str, str]:
    return {"kept": QT_TRANSLATE_NOOP("Complaint", "Kept"),
            "broken": QT_TRANSLATE_NOOP("Complaint", "Broken"),
            "overdue": QT_TRANSLATE_NOOP("Complaint", "Overdue — not kept yet"),
            "pending": QT_TRANSLATE_NOOP("Complaint", "Not yet due")}


def _step_lines(c: Complaint, step: str, today: dt.date, L: dict[str, str]
                ) -> list[tuple[str, str]]:
    """What was recorded for a step, as (label, value) lines; none while it is not done."""
    if step == "listen":
        return [(L["listen_notes"], c.listen_notes)] if c.listen_notes else []
    if step == "apology":
        if c.apology_given is None:
            return []
        lines = [(L["apology_given"], _yes_no(c.apology_given))]
        return lines + ([(L["apology_words"], c.apology_words)] if c.apology_words else [])
    if step == "cause":
        if not is_step_done(c, step):
            return []
        return [(L["cause"], c.cause), (L["fault"], faults().get(c.fault, c.fault))]
    if step == "remedy":
        if not c.remedy:
            return []
        return [(L["remedy"], c.remedy), (L["remedy_accepted"], _yes_no(c.remedy_accepted))]
    if step == "compensation":
        if not c.compensation_kind:
            return []
        lines = [(L["compensation_kind"],
                  compensation_kinds().get(c.compensation_kind, c.compensation_kind))]
        if c.compensation_kind != "none":
            lines.append((L["compensation_cents"], money.format_cents(c.compensation_cents)))
        return lines
    if step == "promise":
        if not c.promise:
            return []
        kept = _promise_words()[promise_state(c, today)]
        if c.promise_settled_at:
            kept += f" ({moment(c.promise_settled_at)})"
        return [(L["promise"], c.promise), (L["promise_due"], day(c.promise_due)),
                (L["promise_kept"], kept)]
    if step == "result":
        if not c.result:
            return []
        lines = [(L["result"], vocab.ratings().get(c.result, c.result))]
        return lines + ([(L["result_comment"], c.result_comment)] if c.result_comment else [])
    if step == "follow_up":
        if c.follow_up_on is None:
            return []
        lines = [(L["follow_up_on"], day(c.follow_up_on))]
        if c.follow_up_at:
            lines.append((L["follow_up_outcome"], c.follow_up_outcome))
        return lines
    raise KeyError(step)


def blank_form(step: str) -> list[tuple[str, str]]:
    """What a step asks for on paper, when nobody has recorded it yet: (label, choices)."""
    L = labels()
    box, gap = "□ ", "    "  # wide gaps: room to tick by hand
    yes_no = f"{box}{_yes_no(True)}{gap}{box}{_yes_no(False)}"
    choices = {
        "apology_given": yes_no, "remedy_accepted": yes_no,
        "fault": gap.join(box + name for code, name in faults().items() if code),
        "compensation_kind": gap.join(box + name for name in compensation_kinds().values()),
        "promise_kept": f"{box}{_promise_words()['kept']}{gap}{box}{_promise_words()['broken']}",
        "result": gap.join(box + name for name in vocab.ratings().values()),
    }
    fields = {"listen": ["listen_notes"], "apology": ["apology_given", "apology_words"],
              "cause": ["cause", "fault"], "remedy": ["remedy", "remedy_accepted"],
              "compensation": ["compensation_kind", "compensation_cents"],
              "promise": ["promise", "promise_due", "promise_kept"],
              "result": ["result", "result_comment"],
              "follow_up": ["follow_up_on", "follow_up_outcome"]}[step]
    return [(L[name], choices.get(name, "")) for name in fields]


def _who(c: Complaint) -> tuple[str, str]:
    """The complainant's name and phone: from the card, or as the walk-in gave them."""
    if c.customer_id is None:
        return c.walk_in_name, (phones.format_for_display(c.walk_in_phone)
                                if c.walk_in_phone else "")
    name = Customer.select(Customer.name).where(Customer.id == c.customer_id).scalar() or ""
    number = (CustomerPhone.select(CustomerPhone.number)
              .where(CustomerPhone.customer == c.customer_id)
              .order_by(CustomerPhone.is_primary.desc(), CustomerPhone.id).scalar())
    return name, phones.format_for_display(number) if number else ""


def complaint_view(complaint_id: int, now: dt.datetime | None = None) -> ComplaintView:
    """Everything the detail view and the complaint sheet show about one complaint."""
    now = now or clock.now()
    today = now.date()
    c = Complaint.get_or_none(Complaint.id == complaint_id)
    if c is None:
        raise ValidationError("complaint", QT_TRANSLATE_NOOP(
            "Complaint", "This complaint is no longer in the book."))
    L = labels()
    names = _staff_names(c)
    name, phone = _who(c)
    purchase = Purchase.get_or_none(Purchase.id == c.purchase_id) if c.purchase_id else None
    category = (words.show_category(ComplaintCategory.select(ComplaintCategory.name)
                                    .where(ComplaintCategory.id == c.category_id).scalar())
                if c.category_id else None)
    who = name if c.customer_id else " ".join(filter(None, [name, QT_TRANSLATE_NOOP(
        "Complaint", "(walk-in, no customer card)")]))
    bought = (f"{day(purchase.purchased_on)} {purchase.items} ({money.format_cents(purchase.amount_cents)})"
              if purchase else "")
    details = [
        (L["customer"], who), (L["phone"], phone), (L["received_at"], moment(c.received_at)),
        (L["channel"], vocab.complaint_channels().get(c.channel, c.channel)),
        (L["category"], category or ""),
        (L["severity"], vocab.severities().get(c.severity, str(c.severity))),
        (L["purchase"], bought), (L["staff"], names.get(c.staff_id, "")),
    ]
    following = next_step(c, today)
    step_views = [
        StepView(step=step, number=number, title=step_titles()[step],
                 hint=step_hints()[step], state=step_state(c, step, today),
                 is_next=step == following,
                 who=names.get(getattr(c, f"{STEP_BY[step]}_id"), ""),
                 when=moment(getattr(c, STEP_AT[step])),
                 lines=_step_lines(c, step, today, L))
        for number, step in enumerate(STEPS, start=1)]
    response = clock_of(c, now)  # not `clock`: that is the module giving `now`
    return ComplaintView(
        id=c.id, number=QT_TRANSLATE_NOOP("Complaint", "No. {number}").format(
            number=f"{c.id:06d}"),
        status=c.status, status_name=vocab.complaint_statuses().get(c.status, c.status),
        customer_id=c.customer_id, customer_name=name, customer_phone=phone,
        walk_in=c.customer_id is None, details=details, customer_words=c.customer_words,
        clock=response, clock_text=clock_text(response), steps=step_views, next_step=following,
        reopen_notes=c.reopen_notes, closed_at=c.closed_at, reopened_count=c.reopened_count)


def step_values(complaint_id: int) -> dict[str, object]:
    """The stored values of every step column (ids for staff), to fill the step forms."""
    c = Complaint.get_by_id(complaint_id)
    values: dict[str, object] = {}
    for step, fields in STEP_FIELDS.items():
        for name in fields:
            values[name] = getattr(c, f"{name}_id") if name == STEP_BY[step] else getattr(
                c, name)
    values.update(received_at=c.received_at, staff=c.staff_id, customer=c.customer_id,
                  walk_in_name=c.walk_in_name, walk_in_phone=c.walk_in_phone,
                  channel=c.channel, purchase=c.purchase_id, category=c.category_id,
                  severity=c.severity, customer_words=c.customer_words, closed=c.closed_at
                  is not None)
    record = None
    if c.result:
        record = (SatisfactionRecord.select()
                  .where((SatisfactionRecord.complaint == c.id)
                         & (SatisfactionRecord.subject == "complaint"))
                  .order_by(SatisfactionRecord.id.desc()).first())
    values["recorded"] = {step: is_step_done(c, step) or (
        step == "follow_up" and c.follow_up_on is not None) for step in STEPS}
    values["satisfaction_score"] = record.score if record else None
    values["satisfaction_recommend"] = record.recommend if record else None
    return values
