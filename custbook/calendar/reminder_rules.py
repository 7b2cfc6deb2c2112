"""Running the automatic reminder rules: when a book opens, and after a change.

The rules themselves live in `custbook.calendar.rules_purchases` (post-purchase calls,
re-purchase, slipping away) and `custbook.calendar.rules_greetings` (birthdays, membership
anniversaries, holidays, closed complaints). Every reminder a rule makes carries a
unique `rule_key` naming its reason, so running the rules again never makes a second
copy, and each run removes the open ones whose reason is gone (a deleted purchase,
a customer who came back, a closed complaint, a rule turned off). Done reminders are
history and never touched.

A full run looks at every customer (the first run in a book, after the rule settings
changed, and once a week); the daily run looks only at what changed since the last
run and at reasons that came into view since then, so opening a big book stays quick.
On the very first run reasons from the past make no reminders, so a book with years
of history does not start with a wall of overdue calls; later runs catch up on the
days since the last one (at most a week, for a shop closed for a holiday).
"""
from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Callable

from custbook import changes, clock, settings
from custbook.calendar import reminder_schedule, rules_family, rules_greetings, rules_purchases
from custbook.calendar import rules_membership
from custbook import errors
from custbook.models import database
from custbook.calendar.rule_writer import RuleReport, Run
from custbook.calendar.rules_day import needs_run
from custbook.shop import tier_rules

__all__ = ["RuleReport", "after_complaint_change", "after_customer_change",
           "after_purchase_change", "needs_run", "run_rules", "usual_interval"]

usual_interval = rules_purchases.usual_interval
CATCH_UP_DAYS = 7
FULL_EVERY_DAYS = 7
Progress = Callable[[int, int], bool]


def _signature() -> str:
    keys = sorted(k for k in settings.DEFAULTS if k.startswith("rule_"))
    return json.dumps([settings.get(k) for k in keys] + [settings.get("feb29_yearly_on")])


def _plan(today: dt.date, full: bool) -> Run:
    """Decide how much this run must look at, from what the last run left in settings."""
    try:
        last_day = dt.date.fromisoformat(settings.get("rules_ran_on"))
        since = dt.datetime.fromisoformat(settings.get("rules_ran_at"))
    except ValueError:
        return Run(today, RuleReport(full=True), full=True, grace=0)
    grace = min(CATCH_UP_DAYS, max(0, (today - last_day).days))
    try:
        last_full = dt.date.fromisoformat(settings.get("rules_full_on"))
    except ValueError:
        last_full = None
    full = (full or last_full is None or not 0 <= (today - last_full).days < FULL_EVERY_DAYS
            or settings.get("rules_ran_with") != _signature() or last_day > today)
    # A minute of overlap: a change saved while the last run was finishing is seen again.
    return Run(today, RuleReport(full=full), full=full, grace=grace,
               since=None if full else since - dt.timedelta(minutes=1),
               last_day=None if full else last_day)


@changes.reports(changes.REMINDERS)
def run_rules(today: dt.date, progress: Progress | None = None, full: bool = False) -> RuleReport:
    """Run every automatic rule for `today`, in one transaction; running it again adds nothing.

    `progress(done, total)` is called between steps; when it returns False the run stops
    with Cancelled and the book is left as it was.
    """
    started = time.perf_counter()
    moment = clock.now_seconds()
    with database.atomic():
        run = _plan(today, full)
        steps: list[Callable[[], object]] = [
            lambda: reminder_schedule.catch_up(today),
            lambda: reminder_schedule.roll_missed(today),
            lambda: rules_purchases.post_purchase(run),
            lambda: rules_membership.member_calls(run),  # before slipping: one call, money first
            lambda: rules_purchases.repurchase_and_slipping(run),
            lambda: rules_greetings.birthdays_and_anniversaries(run),
            lambda: rules_greetings.holidays(run),
            lambda: rules_family.family_days(run),
            lambda: rules_greetings.closed_complaints(run),
            lambda: tier_rules.apply(today=today),  # tiers earned (or aged out) once a day
        ]
        for number, step in enumerate(steps):
            if progress is not None and not progress(number, len(steps)):
                raise errors.Cancelled("cancelled")
            step()
        settings.set("rules_ran_on", today.isoformat())
        settings.set("rules_ran_at", moment.isoformat(" "))
        if run.full:
            settings.set("rules_full_on", today.isoformat())
            settings.set("rules_ran_with", _signature())
    if progress is not None:
        progress(len(steps), len(steps))
    run.report.seconds = time.perf_counter() - started
    return run.report


def _for_customer(customer_id: int, today: dt.date | None) -> Run:
    """One customer's run, as lenient as the book's daily run: a call whose day passed
    since the rules last ran is still made, an older one is not (the daily run skipped it;
    re-running one customer after a purchase is deleted must not bring it back)."""
    today = today or clock.today()
    try:
        last_day = dt.date.fromisoformat(settings.get("rules_ran_on"))
    except ValueError:
        last_day = today
    grace = min(CATCH_UP_DAYS, max(0, (today - last_day).days))
    return Run(today, RuleReport(), full=True, grace=grace, customer_id=customer_id)


@changes.reports(changes.REMINDERS)
def after_purchase_change(customer_id: int, today: dt.date | None = None) -> RuleReport:
    """Re-run the purchase rules for one customer after a purchase was added, edited or deleted.

    Call it once the customer's running figures (last purchase, count) are up to date,
    in the same transaction or just after: calls appear for a new purchase, and those
    of a deleted purchase, or a re-purchase call made moot by a new purchase, go.
    """
    run = _for_customer(customer_id, today)
    with database.atomic():
        rules_purchases.post_purchase(run)
        rules_purchases.repurchase_and_slipping(run)
    return run.report


@changes.reports(changes.REMINDERS)
def after_customer_change(customer_id: int, today: dt.date | None = None) -> RuleReport:
    """Re-run every rule for one customer after their card changed (birthday, tags, consent)."""
    run = _for_customer(customer_id, today)
    with database.atomic():
        rules_purchases.post_purchase(run)
        rules_purchases.repurchase_and_slipping(run)
        rules_greetings.birthdays_and_anniversaries(run)
        rules_greetings.holidays(run)
        rules_family.family_days(run)
    return run.report


@changes.reports(changes.REMINDERS)
def after_complaint_change(complaint_id: int, today: dt.date | None = None) -> RuleReport:
    """Remove the open follow-up reminders of a complaint once it is closed."""
    run = Run(today or clock.today(), RuleReport())
    with database.atomic():
        rules_greetings.closed_complaints(run, complaint_id)
    return run.report
