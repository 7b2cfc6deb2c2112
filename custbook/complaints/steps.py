"""The eight service-recovery steps: what makes each one done, and the status they give.

A complaint's status is never typed by hand: it follows from which steps are done
(`derive_status`), so the list can never say "resolved" for a complaint whose result
nobody wrote down. The functions here read any object with the `Complaint` columns
as attributes (a model row, or a plain namespace in a test), and write nothing.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from custbook import vocab
from custbook.i18n import QT_TRANSLATE_NOOP

STEPS = ("listen", "apology", "cause", "remedy", "compensation", "promise", "result",
         "follow_up")
# Not every complaint calls for compensation or a promise: these are never "next to do",
# and count as "none" once a later step is done.
OPTIONAL_STEPS = frozenset({"compensation", "promise"})
STATUSES = vocab.COMPLAINT_STATUSES
OPEN_STATUSES = vocab.OPEN_COMPLAINT_STATUSES

# The columns of each step, in the order a form shows them.
STEP_FIELDS: dict[str, tuple[str, ...]] = {
    "listen": ("listen_notes", "listen_by", "listen_at"),
    "apology": ("apology_given", "apology_words", "apology_by", "apology_at"),
    "cause": ("cause", "fault", "cause_by", "cause_at"),
    "remedy": ("remedy", "remedy_accepted", "remedy_by", "remedy_at"),
    "compensation": ("compensation_kind", "compensation_cents", "compensation_by",
                     "compensation_at"),
    "promise": ("promise", "promise_due", "promise_kept", "promise_settled_at", "promise_by"),
    "result": ("result", "result_comment", "result_by", "result_at"),
    "follow_up": ("follow_up_on", "follow_up_outcome", "follow_up_by", "follow_up_at"),
}
# Who did the step and when, per step (the promise's "when" is when it was settled).
STEP_AT = {"listen": "listen_at", "apology": "apology_at", "cause": "cause_at",
           "remedy": "remedy_at", "compensation": "compensation_at",
           "promise": "promise_settled_at", "result": "result_at", "follow_up": "follow_up_at"}
STEP_BY = {"listen": "listen_by", "apology": "apology_by", "cause": "cause_by",
           "remedy": "remedy_by", "compensation": "compensation_by", "promise": "promise_by",
           "result": "result_by", "follow_up": "follow_up_by"}
# The steps whose time counts as the shop's first response to the customer.
RESPONSE_STEPS = ("listen", "apology", "cause", "remedy", "compensation", "result")


def step_titles() -> dict[str, str]:
    """The checklist's name of each step, in the user's language."""
    return {
        "listen": QT_TRANSLATE_NOOP("Complaint", "Listen and empathise"),
        "apology": QT_TRANSLATE_NOOP("Complaint", "Apologise"),
        "cause": QT_TRANSLATE_NOOP("Complaint", "Find the cause"),
        "remedy": QT_TRANSLATE_NOOP("Complaint", "Remedy"),
        "compensation": QT_TRANSLATE_NOOP("Complaint", "Compensation"),
        "promise": QT_TRANSLATE_NOOP("Complaint", "Promise"),
        "result": QT_TRANSLATE_NOOP("Complaint", "Result"),
        "follow_up": QT_TRANSLATE_NOOP("Complaint", "Follow-up"),
    }


def step_hints() -> dict[str, str]:
    """One line per step saying what the step asks of the shop."""
    return {
        "listen": QT_TRANSLATE_NOOP("Complaint", "Let the customer speak; note what they said "
                                                 "and how they felt."),
        "apology": QT_TRANSLATE_NOOP("Complaint", "Apologise sincerely, whoever was at fault."),
        "cause": QT_TRANSLATE_NOOP("Complaint", "Find out what happened and whose fault it was."),
        "remedy": QT_TRANSLATE_NOOP("Complaint", "Propose a fair solution and ask if the "
                                                 "customer accepts it."),
        "compensation": QT_TRANSLATE_NOOP("Complaint", "If called for: refund, replacement, "
                                                       "repair, gift, voucher or discount."),
        "promise": QT_TRANSLATE_NOOP("Complaint", "If you promise something, say by when — "
                                                  "and keep it."),
        "result": QT_TRANSLATE_NOOP("Complaint", "Ask whether the customer is satisfied now."),
        "follow_up": QT_TRANSLATE_NOOP("Complaint", "Call back on a set day to check all is "
                                                    "well."),
    }


def faults() -> dict[str, str]:
    """Whose fault the cause was: stored code -> display name."""
    return {"": QT_TRANSLATE_NOOP("Complaint", "Not decided"),
            "shop": QT_TRANSLATE_NOOP("Complaint", "The shop"),
            "supplier": QT_TRANSLATE_NOOP("Complaint", "The supplier"),
            "customer": QT_TRANSLATE_NOOP("Complaint", "The customer"),
            "shared": QT_TRANSLATE_NOOP("Complaint", "Shared"),
            "unknown": QT_TRANSLATE_NOOP("Complaint", "Unknown")}


def compensation_kinds() -> dict[str, str]:
    """Kinds of compensation, with "none" for a decision to give nothing."""
    return {"none": QT_TRANSLATE_NOOP("Complaint", "No compensation"),
            **vocab.compensation_kinds()}


def _text(value: Any) -> bool:
    return bool((value or "").strip())


def is_step_done(c: Any, step: str) -> bool:
    """Whether `step` has been recorded on complaint `c` (a promise: made; follow-up: done)."""
    if step == "listen":
        return _text(c.listen_notes) or c.listen_at is not None
    if step == "apology":
        return c.apology_given is not None
    if step == "cause":
        return _text(c.cause) or bool(c.fault)
    if step == "remedy":
        return _text(c.remedy)
    if step == "compensation":
        return bool(c.compensation_kind)
    if step == "promise":
        return _text(c.promise)
    if step == "result":
        return bool(c.result)
    if step == "follow_up":
        return c.follow_up_at is not None
    raise KeyError(step)


def follow_up_pending(c: Any) -> bool:
    """A follow-up day is set and the follow-up is not yet done."""
    return c.follow_up_on is not None and c.follow_up_at is None


def promise_pending(c: Any) -> bool:
    """A promise was made and is not yet marked kept or broken."""
    return _text(c.promise) and c.promise_kept is None


def derive_status(c: Any) -> str:
    """The status the steps of complaint `c` give (the one rule; stored in Complaint.status).

    closed: the owner closed it (only possible with a result); awaiting follow-up: a
    result is recorded and a follow-up day is set but not yet done; in progress: any
    step started, or a result recorded while a promise is not yet kept or broken (the
    complaint stays in the open list until the shop has done what it promised);
    resolved: a result and nothing pending; new: nothing done yet.
    """
    if c.closed_at is not None:
        return "closed"
    if c.result:
        if follow_up_pending(c):
            return "awaiting_follow_up"
        return "in_progress" if promise_pending(c) else "resolved"
    if c.first_response_at is not None or any(
            is_step_done(c, step) for step in STEPS if step not in ("result", "follow_up")):
        return "in_progress"
    return "new"


def first_response_at(c: Any) -> dt.datetime | None:
    """The first moment the shop did something about the complaint (earliest step time)."""
    moments = [getattr(c, STEP_AT[s]) for s in RESPONSE_STEPS if getattr(c, STEP_AT[s])]
    return min(moments) if moments else None


def promise_state(c: Any, today: dt.date) -> str:
    """"" (no promise), "kept", "broken", "overdue" (past due, not settled) or "pending"."""
    if not _text(c.promise):
        return ""
    if c.promise_kept is True:
        return "kept"
    if c.promise_kept is False:
        return "broken"
    if c.promise_due is not None and c.promise_due < today and c.closed_at is None:
        return "overdue"
    return "pending"


def step_state(c: Any, step: str, today: dt.date) -> str:
    """How the checklist shows a step: done, waiting, overdue, skipped or todo."""
    later_done = any(is_step_done(c, s) for s in STEPS[STEPS.index(step) + 1:])
    if step == "promise" and _text(c.promise):
        state = promise_state(c, today)
        return {"kept": "done", "broken": "done", "overdue": "overdue"}.get(state, "waiting")
    if step == "follow_up" and not is_step_done(c, step):
        if follow_up_pending(c) and c.closed_at is None:
            return "overdue" if c.follow_up_on < today else "waiting"
        return "skipped" if c.closed_at is not None else "todo"
    if is_step_done(c, step):
        return "done"
    if step in OPTIONAL_STEPS and (later_done or c.closed_at is not None):
        return "skipped"
    return "todo"


def next_step(c: Any, today: dt.date) -> str | None:
    """The step to do next (highlighted in the checklist), or None when nothing is left.

    Optional steps are never "next"; a promise made and not yet kept is, and so is a
    follow-up whose day has come. A closed complaint has nothing left to do.
    """
    if c.closed_at is not None:
        return None
    for step in STEPS:
        state = step_state(c, step, today)
        if step in OPTIONAL_STEPS:
            if step == "promise" and state == "overdue":
                return step
            continue
        if step == "follow_up" and state == "waiting":
            return step if c.follow_up_on <= today else None
        if state in ("todo", "overdue"):
            return step
    return None
