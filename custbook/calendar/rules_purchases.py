"""The rules that follow purchases: the post-purchase calls, the re-purchase call, and
the call to a customer slipping away.

After a purchase the shop reassures the customer (a call within days), helps them
use what they bought (a week or two later) and keeps in touch (after the customer's
latest purchase only). Just before a customer would usually buy again it calls to
bring them back; a customer not seen for more than twice their usual interval (or
for N days when they have too little history) is slipping away.

A customer's usual interval comes from the running figures on the card (first and
last purchase, number of purchases), so no rule reads the million purchases.
"""
from __future__ import annotations

import datetime as dt

from custbook.calendar.rule_writer import Run, Want, chunks, day, rows

STEPS = (("purchase_reassure", "pr"), ("purchase_use", "pu"), ("purchase_keep", "pk"))
STEP_RULES = tuple(rule for rule, _ in STEPS)
REPURCHASE_AHEAD = 60  # days ahead a re-purchase call is made
SLIPPING_WINDOW = 30  # a customer who slipped away within this many days gets a call
MIN_HISTORY = 3  # purchases needed before a customer's own interval is trusted


def usual_interval(first: dt.date | None, last: dt.date | None, count: int) -> int | None:
    """A customer's usual days between purchases, once there are enough purchases."""
    if count < MIN_HISTORY or first is None or last is None:
        return None
    return min(max(round((last - first).days / (count - 1)), 7), 730)


def offsets(cfg: dict) -> dict[str, int]:
    """Days after a purchase of each post-purchase call (0: that call is off)."""
    parts = [p.strip() for p in str(cfg["rule_post_purchase_days"]).split(",")]
    numbers = [int(p) if p.isdigit() else 0 for p in parts] + [0, 0, 0]
    on = cfg["rule_post_purchase"]
    return {rule: numbers[i] if on else 0 for i, rule in enumerate(STEP_RULES)}


# --- after a purchase ---------------------------------------------------------------

def post_purchase(run: Run) -> None:
    """Make the post-purchase calls of new purchases; drop those whose reason is gone."""
    steps = offsets(run.cfg)
    _check_open_follow_ups(run, steps)
    if not any(steps.values()):
        return
    today = run.today
    since = today - dt.timedelta(days=max(steps.values()) + run.grace)
    extra, params = run.only_customer("p.customer_id")
    if not run.full and run.since is not None:
        # Purchases entered since the last run, and the last days' (a closed shop).
        extra += " AND (p.created_at >= ? OR p.purchased_on >= ?)"
        params += [run.since.isoformat(" "),
                   (today - dt.timedelta(days=run.grace + 1)).isoformat()]
    bought = rows(
        'SELECT p.id, p.customer_id, p.purchased_on, c.last_purchase_on FROM "purchase" p '
        'JOIN "customer" c ON c.id = p.customer_id WHERE p.purchased_on >= ? '
        f"AND p.purchased_on <= ? AND c.deleted_at IS NULL{extra} ORDER BY p.id",
        [since.isoformat(), today.isoformat(), *params])
    covered = set()  # purchases with a follow-up made by hand (or by the sample shop)
    for part in chunks([b[0] for b in bought]):
        covered.update(pid for (pid,) in rows(
            'SELECT purchase_id FROM "reminder" WHERE purchase_id IN '
            f'({", ".join("?" * len(part))}) '
            f"AND rule NOT IN ({', '.join('?' * len(STEP_RULES))})", [*part, *STEP_RULES]))
    oldest = today - dt.timedelta(days=run.grace)
    seen, wants = set(), []
    for pid, cid, when, last in bought:
        when, last = day(when), day(last)
        if (cid, when) in seen:
            continue  # two tickets on one day: one set of calls
        seen.add((cid, when))
        for rule, prefix in STEPS:
            due = when + dt.timedelta(days=steps[rule])
            if (not steps[rule] or due < oldest
                    or (rule == "purchase_reassure" and pid in covered)
                    or (rule == "purchase_keep" and last is not None and when < last)):
                continue
            wants.append(Want(f"{prefix}:{pid}", rule, "follow_up", cid, due, purchase_id=pid))
    run.insert(wants)


def _check_open_follow_ups(run: Run, steps: dict[str, int]) -> None:
    marks = ", ".join("?" * len(STEP_RULES))
    # "Keep in touch" belongs to the customer's latest purchase only.
    extra, params = run.only_customer("r.customer_id")
    touched, touched_params = run.touched_customers("r.customer_id")
    run.remove_where(
        f"r.rule = 'purchase_keep' AND r.pending_on IS NOT NULL{touched} AND EXISTS ("
        'SELECT 1 FROM "purchase" p JOIN "customer" c ON c.id = p.customer_id '
        "WHERE p.id = r.purchase_id AND p.purchased_on < c.last_purchase_on)", touched_params)
    off = [rule for rule, offset in steps.items() if not offset]
    if off:
        run.remove_where(f"r.rule IN ({', '.join('?' * len(off))}) AND r.pending_on IS NOT NULL"
                         + extra, [*off, *params])
    if not run.full:
        return  # offsets only change with the settings, which makes the run a full one
    moved = []
    for rid, rule, due, when in rows(
            'SELECT r.id, r.rule, r.due_on, p.purchased_on FROM "reminder" r '
            'JOIN "purchase" p ON p.id = r.purchase_id '
            f"WHERE r.rule IN ({marks}) AND r.pending_on IS NOT NULL{extra}",
            [*STEP_RULES, *params]):
        wanted = day(when) + dt.timedelta(days=steps[rule])
        if steps[rule] and wanted != day(due):
            moved.append((rid, wanted))
    for rid, wanted in moved:
        run.move(rid, due_on=wanted)


# --- re-purchase and slipping away ---------------------------------------------------

def repurchase_due(cfg: dict, last: dt.date, interval: int | None) -> dt.date | None:
    """When to call before a customer would usually buy again (None: rule gives none)."""
    days = interval or cfg["rule_repurchase_default_days"]
    if not days:
        return None
    return last + dt.timedelta(days=max(days - cfg["rule_repurchase_days_before"], 1))


def slipping_due(cfg: dict, seen: dt.date, interval: int | None) -> dt.date | None:
    """The day a customer last seen on `seen` counts as slipping away (None: never)."""
    threshold = 2 * interval if interval else cfg["rule_slipping_days"]
    if not threshold:
        return None
    return seen + dt.timedelta(days=threshold + 1)  # "more than" twice the interval


def repurchase_want(cfg: dict, cid: int, first, last, count: int) -> Want | None:
    """The re-purchase call for a customer's current last purchase, if the rule gives one."""
    due = repurchase_due(cfg, last, usual_interval(first, last, count)) if last else None
    if due is None:
        return None
    return Want(f"rp:{cid}:{last.isoformat()}", "repurchase", "repurchase", cid, due)


_SEEN = ("CASE WHEN c.last_visit_on IS NULL OR c.last_purchase_on > c.last_visit_on "
         "THEN c.last_purchase_on ELSE c.last_visit_on END")


def repurchase_and_slipping(run: Run) -> None:
    """Make re-purchase and slipping-away calls coming into view; drop those made moot."""
    cfg, today = run.cfg, run.today
    extra, params = run.only_customer("r.customer_id")
    touched, touched_params = run.touched_customers("r.customer_id")
    # A newer purchase or visit changes the key: the old call's reason is gone.
    run.remove_where(
        f"r.rule = 'repurchase' AND r.pending_on IS NOT NULL{touched} AND NOT EXISTS ("
        'SELECT 1 FROM "customer" c WHERE c.id = r.customer_id AND '
        "r.rule_key = 'rp:' || c.id || ':' || c.last_purchase_on)", touched_params)
    run.remove_where(
        f"r.rule = 'slipping' AND r.pending_on IS NOT NULL{touched} AND NOT EXISTS ("
        'SELECT 1 FROM "customer" c WHERE c.id = r.customer_id AND '
        f"r.rule_key = 'sl:' || c.id || ':' || {_SEEN})", touched_params)
    for rule, on in (("repurchase", cfg["rule_repurchase"]), ("slipping", cfg["rule_slipping"])):
        if not on:
            run.remove_where(f"r.rule = ? AND r.pending_on IS NOT NULL{extra}", [rule, *params])
    if run.full:
        _move_repurchase_calls(run)
    c_extra, c_params = run.only_customer("c.id")
    figures = rows(
        'SELECT c.id, c.first_purchase_on, c.last_purchase_on, c.last_visit_on, '
        'c.purchase_count, c.updated_at FROM "customer" c '
        f"WHERE c.deleted_at IS NULL AND c.last_purchase_on IS NOT NULL{c_extra}", c_params)
    open_slipping = {cid for (cid,) in rows(
        'SELECT r.customer_id FROM "reminder" r WHERE r.kind = ? AND r.next_on IS NOT NULL'
        + extra, ["slipping", *params])}
    last_day, since = run.last_day, run.since.isoformat(" ") if run.since else ""
    # After one customer's purchase the re-purchase call is made at once, however far.
    horizon = (today + dt.timedelta(days=REPURCHASE_AHEAD) if run.customer_id is None
               else dt.date.max)
    oldest = today - dt.timedelta(days=run.grace)
    slipped_since = today - dt.timedelta(days=SLIPPING_WINDOW)
    # An unchanged customer's calls only matter once they come into view since the last run.
    new_rp = last_day + dt.timedelta(days=REPURCHASE_AHEAD) if last_day else None
    rp_on, sl_on = cfg["rule_repurchase"], cfg["rule_slipping"]
    wants = []
    for cid, first, last, visit, count, updated in figures:  # every customer: kept tight
        last = day(last)
        changed = new_rp is None or last >= last_day or str(updated) >= since
        interval = usual_interval(day(first), last, count) if count >= MIN_HISTORY else None
        if rp_on:
            due = repurchase_due(cfg, last, interval)
            if due and oldest <= due <= horizon and (changed or due > new_rp):
                wants.append(Want(f"rp:{cid}:{last.isoformat()}", "repurchase", "repurchase",
                                  cid, due))
        if sl_on and cid not in open_slipping:
            visit = day(visit)
            seen = last if visit is None or last > visit else visit
            due = slipping_due(cfg, seen, interval)
            if due and slipped_since <= due <= today and (changed or due > last_day):
                # Noticed late (the first run in a book): due the day it is noticed.
                wants.append(Want(f"sl:{cid}:{seen.isoformat()}", "slipping", "slipping", cid,
                                  due if due >= oldest else today))
    run.insert(wants)


def _move_repurchase_calls(run: Run) -> None:
    """After the rule settings changed: put open re-purchase calls on their new day."""
    extra, params = run.only_customer("r.customer_id")
    for rid, cid, due, first, last, count in rows(
            'SELECT r.id, c.id, r.due_on, c.first_purchase_on, c.last_purchase_on, '
            'c.purchase_count FROM "reminder" r JOIN "customer" c ON c.id = r.customer_id '
            f"WHERE r.rule = 'repurchase' AND r.pending_on IS NOT NULL{extra}", params):
        want = repurchase_want(run.cfg, cid, day(first), day(last), count)
        if want is not None and want.due_on != day(due):
            run.move(rid, due_on=want.due_on)
