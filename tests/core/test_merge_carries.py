"""Merging two cards carries what is around the customer, and undoing the merge puts it back:
family and relations both ways, anniversaries, the shop's own fields, files, message-queue
items and member accounts."""
from __future__ import annotations

import datetime as dt

import pytest

from custbook.calendar import reminder_rules
from custbook.customers import (attachments, custom_fields as cf, customer_list, customers,
                                merge, merge_extras, relations)
from custbook.errors import CustbookError
from custbook.messages import message_templates as mt, queues
from custbook.letters.letter_templates import Shop
from custbook.models import (Customer, CustomerAnniversary, CustomerRelation, MemberAccount,
                             MemberEntry, Reminder)

TODAY = dt.date(2026, 11, 22)


def _family(customer_id):
    return sorted((r.name, r.relation, r.linked_id, r.birthday_month, r.phone)
                  for r in relations.relations_of(customer_id))


def _state(*ids):
    """Everything around these cards, to compare before the merge and after its undo."""
    return {cid: (_family(cid),
                  sorted((a.kind, a.name, a.month, a.day) for a in relations.anniversaries_of(cid)),
                  cf.values_of(cid),
                  sorted(f.file_name for f in attachments.files_of(customer_id=cid)),
                  sorted(r.rule_key or "" for r in Reminder.select().where(
                      Reminder.customer == cid)))
            for cid in ids}


@pytest.fixture
def cards(book):
    keep = customers.save_customer({"name": "王芳"}, ["13812345678"]).id
    drop = customers.save_customer({"name": "王芳"}, ["13812345679"]).id
    other = customers.save_customer({"name": "李强"}, ["13900001111"]).id
    friend = customers.save_customer({"name": "赵敏"}, ["13700001111"]).id
    return keep, drop, other, friend


def test_family_moves_both_ways_without_a_second_copy(cards):
    keep, drop, other, friend = cards
    # both cards know the daughter; only the dropped one knows her birthday and phone
    relations.save_relation(keep, {"name": "小美", "relation": "child"})
    relations.save_relation(drop, {"name": "小美 ", "relation": "child",
                                   "birthday_calendar": "solar", "birthday_month": 12,
                                   "birthday_day": 10, "phone": "13600001111"})
    relations.save_relation(drop, {"name": "张伟", "relation": "spouse"})
    relations.save_relation(drop, {"relation": "friend", "linked_id": friend})  # both ways
    relations.save_relation(other, {"relation": "sibling", "linked_id": drop})  # points at drop
    relations.save_relation(keep, {"relation": "spouse", "linked_id": drop})  # the same person
    reminder_rules.run_rules(TODAY)
    before = _state(keep, drop, other, friend)

    merge_id = merge.merge_customers(keep, drop, [])
    assert _family(keep) == sorted([
        ("小美", "child", None, 12, "+8613600001111"),  # one daughter, filled in
        ("张伟", "spouse", None, None, ""),
        ("赵敏", "friend", friend, None, ""),
        ("李强", "sibling", other, None, "")])  # the reverse of 李强's relation, moved
    assert _family(friend) == [("王芳", "friend", keep, None, "")]
    assert _family(other) == [("王芳", "sibling", keep, None, "")]
    # the daughter's birthday reminds the kept card once (from the rules' next run)
    reminder_rules.run_rules(TODAY)
    keys = [r.rule_key for r in Reminder.select().where((Reminder.customer == keep)
                                                         & (Reminder.rule == "family"))]
    assert len(keys) == 1
    assert [r.name for r in customer_list.search_customers("张伟", 10)] == ["王芳"]
    assert [r.id for r in customer_list.search_customers("小美", 10)] == [keep]

    merge.undo_merge(merge_id)
    reminder_rules.run_rules(TODAY)
    assert _state(keep, drop, other, friend) == before
    # linking to the kept card again: only the dropped card's reverse of the spouse link
    assert [r.customer_id for r in CustomerRelation.select().where(
        CustomerRelation.linked == keep)] == [drop]
    assert sorted(r.id for r in customer_list.search_customers("小美", 10)) == \
        sorted([keep, drop])


def test_anniversaries_files_and_queue_items_move_and_come_back(cards):
    keep, drop, other, _ = cards
    relations.save_anniversary(keep, {"kind": "wedding", "month": 5, "day": 1})
    relations.save_anniversary(drop, {"kind": "wedding", "month": 5, "day": 1})  # the same
    relations.save_anniversary(drop, {"kind": "other", "name": "第一次来店", "month": 3,
                                      "day": 8})
    attachments.add("小票.jpg", b"\xff\xd8receipt", customer_id=drop)
    queue_id = queues.create([drop, other], mt.default_for("follow_up", "zh_CN"),
                             Shop.current(), TODAY, "回访")
    reminder_rules.run_rules(TODAY)
    before = _state(keep, drop)

    merge_id = merge.merge_customers(keep, drop, [])
    assert sorted((a.kind, a.name) for a in relations.anniversaries_of(keep)) == \
        [("other", "第一次来店"), ("wedding", "")]
    assert Reminder.select().where((Reminder.customer == keep)
                                   & (Reminder.rule == "family_day")).count() == 2
    assert [f.file_name for f in attachments.files_of(customer_id=keep)] == ["小票.jpg"]
    assert [i.customer_id for i in queues.items(queue_id)] == [keep, other]

    merge.undo_merge(merge_id)
    assert _state(keep, drop) == before
    assert [i.customer_id for i in queues.items(queue_id)] == [drop, other]
    assert CustomerAnniversary.select().where(CustomerAnniversary.customer == drop).count() == 2


def test_own_fields_keep_the_kept_cards_value_unless_chosen(cards):
    keep, drop, _, _ = cards
    hair = cf.save_field({"name": "发质", "kind": "choice", "choices": "干性\n油性"})
    tea = cf.save_field({"name": "喜欢的茶", "kind": "text"})
    size = cf.save_field({"name": "鞋码", "kind": "number"})
    cf.set_values(keep, {hair.id: "干性", size.id: "37"})
    cf.set_values(drop, {hair.id: "油性", tea.id: "龙井", size.id: "38"})
    conflicts = merge_extras.own_conflicts(keep, drop)
    assert [(f.name, a, b) for f, a, b in conflicts] == [("发质", "干性", "油性"),
                                                         ("鞋码", "37", "38")]
    merge_id = merge.merge_customers(keep, drop, [f"custom:{size.id}"])
    assert cf.values_of(keep) == {hair.id: "干性", tea.id: "龙井", size.id: "38"}
    assert [r.id for r in customer_list.search_customers("龙井", 10)] == [keep]
    merge.undo_merge(merge_id)
    assert cf.values_of(keep) == {hair.id: "干性", size.id: "37"}
    assert cf.values_of(drop) == {hair.id: "油性", tea.id: "龙井", size.id: "38"}


def test_member_accounts_move_and_two_balances_are_refused(cards):
    from custbook.membership import ledger, numbers

    keep, drop, other, friend = cards
    numbers.assign(drop, "VIP0007")
    ledger.top_up(drop, 50000)
    ledger.earn_points(drop, 120)
    ledger.sell_count_card(drop, "洗剪吹10次卡", 10, 30000)
    ledger.earn_points(keep, 30)
    with pytest.raises(CustbookError, match="points"):
        merge.merge_customers(keep, drop, [])
    assert MemberAccount.select().where(MemberAccount.customer == drop).count() == 3
    # with the points moved by hand first, the merge goes through
    ledger.adjust(drop, "points", -120, "合并前转出")
    ledger.adjust(keep, "points", 120, "合并转入")
    merge_id = merge.merge_customers(keep, drop, [])
    assert numbers.number_of(keep) == "VIP0007"
    kinds = sorted((a.kind, a.balance) for a in MemberAccount.select().where(
        MemberAccount.customer == keep))
    assert kinds == [("points", 150), ("value", 50000), ("visits", 10)]
    assert MemberEntry.select().where(MemberEntry.customer == drop).count() == 2  # points
    merge.undo_merge(merge_id)
    assert numbers.number_of(drop) == "VIP0007" and numbers.number_of(keep) != "VIP0007"
    assert sorted((a.kind, a.balance) for a in MemberAccount.select().where(
        MemberAccount.customer == drop)) == [("points", 0), ("value", 50000), ("visits", 10)]


def test_a_merge_made_before_is_still_undone(cards):
    import json

    from custbook.models import MergeRecord

    keep, drop, _, _ = cards
    merge_id = merge.merge_customers(keep, drop, [])
    record = MergeRecord.get_by_id(merge_id)
    undo = json.loads(record.undo_data)
    undo.pop("extras")  # as an older Custbook wrote it
    record.undo_data = json.dumps(undo)
    record.save()
    merge.undo_merge(merge_id)
    assert Customer.get_by_id(drop).deleted_at is None
