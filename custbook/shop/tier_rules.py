"""Tier rules: "spent at least X or N visits in the last 12 months" moves a customer up.

Why this shape: a small shop's tiers are earned by spending or by coming often. A tier
with `rule_on` is earned when either threshold is met (a threshold of 0 is not used);
a customer goes to the best tier earned. Nobody is moved to "no tier", and a tier
the owner set by hand (`Customer.tier_by_hand`) is never lowered unless the owner asks
(`lower_by_hand`). `preview` answers "how many would move" before a rule is saved;
`apply` saves the rules and moves them in one transaction.

Visits are the days with a purchase in the last 365 days (one day counts once).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from peewee import fn

from custbook import changes, clock
from custbook.errors import ValidationError
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.models import Customer, Purchase, Tier, database
from custbook.shop import words


@dataclass(frozen=True)
class TierRule:
    tier_id: int
    rank: int
    on: bool
    min_spend_cents: int
    visits: int


@dataclass
class Preview:
    up: int = 0
    down: int = 0
    kept_by_hand: int = 0  # would go down, but the owner set their tier by hand
    moves: list[tuple[int, int | None, int]] = field(default_factory=list)  # (customer, from, to)

    @property
    def moving(self) -> int:
        return len(self.moves)


def current_rules() -> list[TierRule]:
    """The rules as stored, best tier last."""
    return [TierRule(t.id, t.rank, bool(t.rule_on), t.min_spend_cents, t.rule_visits)
            for t in Tier.select().order_by(Tier.rank, Tier.id)]


def check(rule: TierRule) -> TierRule:
    """A rule that can be met, or ValidationError naming the field."""
    if rule.min_spend_cents < 0:
        raise ValidationError("min_spend", QT_TRANSLATE_NOOP("TierRules", "The amount cannot be negative."))
    if not 0 <= rule.visits <= 366:
        raise ValidationError("visits", QT_TRANSLATE_NOOP("TierRules", "Visits: from 0 to 366."))
    if rule.on and rule.min_spend_cents == 0 and rule.visits == 0:
        raise ValidationError("min_spend", QT_TRANSLATE_NOOP(
            "TierRules", "A rule needs an amount or a number of visits."))
    return rule


def _figures(customer_ids: Iterable[int] | None, today: dt.date) -> dict[int, tuple[int, int]]:
    since = today - dt.timedelta(days=365)
    query = (Purchase.select(Purchase.customer, fn.SUM(Purchase.amount_cents),
                             fn.COUNT(Purchase.purchased_on.distinct()))
             .where(Purchase.purchased_on > since, Purchase.customer.is_null(False))
             .group_by(Purchase.customer))
    if customer_ids is not None:
        query = query.where(Purchase.customer.in_(list(customer_ids)))
    return {cid: (int(spent or 0), int(visits or 0)) for cid, spent, visits in query.tuples()}


def _earned(rules: list[TierRule], spent: int, visits: int) -> TierRule | None:
    best = None
    for rule in sorted(rules, key=lambda r: r.rank):
        if rule.on and ((rule.min_spend_cents and spent >= rule.min_spend_cents)
                        or (rule.visits and visits >= rule.visits)):
            best = rule
    return best


def preview(rules: list[TierRule] | None = None, *, lower_by_hand: bool = False,
            customer_ids: Iterable[int] | None = None, today: dt.date | None = None) -> Preview:
    """Who would move with these rules (the stored ones if None)."""
    rules = [check(r) for r in (rules if rules is not None else current_rules())]
    if not any(r.on for r in rules):
        return Preview()
    rank = {r.tier_id: r.rank for r in rules}
    figures = _figures(customer_ids, today or clock.today())
    query = Customer.select(Customer.id, Customer.tier, Customer.tier_by_hand).where(
        Customer.deleted_at.is_null())
    if customer_ids is not None:
        query = query.where(Customer.id.in_(list(customer_ids)))
    result = Preview()
    for cid, tier_id, by_hand in query.tuples():
        target = _earned(rules, *figures.get(cid, (0, 0)))
        if target is None or target.tier_id == tier_id:
            continue
        now_rank = rank.get(tier_id) if tier_id is not None else None
        if now_rank is not None and target.rank < now_rank:
            if by_hand and not lower_by_hand:
                result.kept_by_hand += 1
                continue
            result.down += 1
        else:
            result.up += 1
        result.moves.append((cid, tier_id, target.tier_id))
    return result


@changes.reports(changes.CUSTOMERS, changes.SETTINGS)
def apply(rules: list[TierRule] | None = None, *, lower_by_hand: bool = False,
          customer_ids: Iterable[int] | None = None, today: dt.date | None = None) -> Preview:
    """Save `rules` (if given) and move the customers they say; one transaction."""
    with database.atomic():
        if rules is not None:
            for rule in map(check, rules):
                Tier.update(rule_on=rule.on, min_spend_cents=rule.min_spend_cents,
                            rule_visits=rule.visits).where(Tier.id == rule.tier_id).execute()
        result = preview(None, lower_by_hand=lower_by_hand, customer_ids=customer_ids,
                         today=today)
        by_target: dict[int, list[int]] = {}
        for cid, _, target in result.moves:
            by_target.setdefault(target, []).append(cid)
        for target, ids in by_target.items():
            for start in range(0, len(ids), 500):
                Customer.update(tier=target, tier_by_hand=False, version=Customer.version + 1,
                                updated_at=clock.now_seconds()).where(
                    Customer.id.in_(ids[start:start + 500])).execute()
    return result


@changes.reports(changes.CUSTOMERS, changes.SETTINGS)
def save_tier(tier_id: int, name: str, colour: str = "") -> None:
    """Rename a tier or change its colour; a new name makes it the owner's own word."""
    name = " ".join((name or "").split())
    if not name or len(name) > 40:
        raise ValidationError("name", QT_TRANSLATE_NOOP("TierRules", "A tier name has 1 to 40 characters."))
    if colour and (len(colour) != 7 or not colour.startswith("#")):
        raise ValidationError("colour", QT_TRANSLATE_NOOP("TierRules", "A colour is written #rrggbb."))
    with database.atomic():
        tier = Tier.get_by_id(tier_id)
        if tier.key and name == words.tier_label(tier.name, tier.key):
            Tier.update(color=colour).where(Tier.id == tier_id).execute()
            return
        others = {words.tier_label(t.name, t.key).lower() for t in Tier.select()
                  if t.id != tier_id} | {t.name.lower() for t in Tier.select() if t.id != tier_id}
        if name.lower() in others:
            raise ValidationError("name", QT_TRANSLATE_NOOP(
                "TierRules", "There is already a tier called “{name}”.").format(name=name))
        Tier.update(name=name, key="", color=colour).where(Tier.id == tier_id).execute()


def customers_per_tier() -> dict[int, int]:
    """How many customers (not in the trash) each tier has."""
    return dict(Customer.select(Customer.tier, fn.COUNT(Customer.id))
                .where(Customer.deleted_at.is_null(), Customer.tier.is_null(False))
                .group_by(Customer.tier).tuples())


@changes.reports(changes.CUSTOMERS, changes.SETTINGS)
def move_tier(tier_id: int, step: int) -> None:
    """Move a tier one place down (step -1: a lower tier) or up (+1) in the order."""
    with database.atomic():
        tiers = list(Tier.select().order_by(Tier.rank, Tier.id))
        index = next(i for i, t in enumerate(tiers) if t.id == tier_id)
        target = index + step
        if not 0 <= target < len(tiers):
            return
        tiers[index], tiers[target] = tiers[target], tiers[index]
        for rank, tier in enumerate(tiers):
            if tier.rank != rank:
                Tier.update(rank=rank).where(Tier.id == tier.id).execute()
