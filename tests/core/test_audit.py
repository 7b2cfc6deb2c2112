"""The audit trail: every change to a card leaves who/when/what/from/to, in its transaction."""
from __future__ import annotations

import pytest

from custbook.customers import customers, merge
from custbook.safety import audit
from custbook.errors import ValidationError
from custbook.models import AuditEntry, Customer, Staff, Tier


@pytest.fixture(autouse=True)
def nobody_on_duty():
    audit.set_current_staff(None)
    yield
    audit.set_current_staff(None)


def entries(cid: int) -> list[tuple[str, str, str, str]]:
    return [(r.action, r.field, r.old_value, r.new_value) for r in reversed(audit.history(cid))]


def test_a_save_records_each_changed_field_phone_and_tag_by_the_staff_on_duty(book):
    gold = Tier.create(name="金卡", rank=2)
    cid = customers.save_customer({"name": "王丽"}, ["13812345678"], tags=["VIP"]).id
    assert entries(cid) == [("created", "", "", "")]
    card = customers.get_card(cid)
    clerk = Staff.create(name="小李")
    audit.set_current_staff(clerk.id)
    data = dict(card.fields, hobbies="书法", accepts_promotions=True, tier=gold.id)
    customers.save_customer(data, ["13812345678", "13900001111"], customer_id=cid,
                            tags=["VIP", "老客户"], expected_version=card.version)
    changed = {(f, old, new) for action, f, old, new in entries(cid)[1:]}
    assert changed == {("hobbies", "", "书法"), ("accepts_promotions", "no", "yes"),
                       ("tier", "", "金卡"), ("phones", "+8613812345678",
                                                "+8613812345678, +8613900001111"),
                       ("tags", "VIP", "VIP, 老客户")}
    assert {r.staff for r in audit.history(cid)[:5]} == {"小李"}
    # Saving again unchanged adds nothing.
    card = customers.get_card(cid)
    customers.save_customer(dict(card.fields), [p.number for p in card.phones], customer_id=cid,
                            tags=card.tags)
    assert len(entries(cid)) == 6


def test_a_refused_save_records_nothing(book):
    cid = customers.save_customer({"name": "王丽"}, []).id
    with pytest.raises(ValidationError):
        customers.save_customer({"name": "王丽", "email": "not mail"}, [], customer_id=cid)
    assert entries(cid) == [("created", "", "", "")]


def test_trash_restore_and_erase_are_recorded_and_outlive_the_card(book):
    cid = customers.save_customer({"name": "赵敏"}, []).id
    customers.move_to_trash([cid])
    customers.restore_from_trash([cid])
    customers.move_to_trash([cid])
    assert [e[0] for e in entries(cid)] == ["created", "trashed", "restored", "trashed"]
    customers.empty_trash()
    assert Customer.get_or_none(Customer.id == cid) is None
    left = list(AuditEntry.select().order_by(AuditEntry.id))
    assert [e.action for e in left][-1] == "erased"
    assert {e.customer_name for e in left} == {"赵敏"} and {e.customer_id for e in left} == {None}


def test_bulk_tags_and_tiers_are_recorded_per_customer(book):
    silver = Tier.create(name="银卡", rank=1)
    a, b = (customers.save_customer({"name": n}, []).id for n in ("甲", "乙"))
    customers.add_tag([a, b], "婚庆")
    customers.set_tier([a], silver.id)
    tag = customers.all_tags()[0]
    customers.remove_tag([b], tag.id)
    assert entries(a)[1:] == [("changed", "tags", "", "+婚庆"), ("changed", "tier", "", "银卡")]
    assert entries(b)[1:] == [("changed", "tags", "", "+婚庆"), ("changed", "tags", "婚庆", "")]


def test_merge_and_undo_are_recorded_on_both_cards(book):
    keep = customers.save_customer({"name": "钱芳"}, []).id
    drop = customers.save_customer({"name": "钱芳芳", "hobbies": "跳舞"}, []).id
    merge_id = merge.merge_customers(keep, drop, ["hobbies"])
    assert ("merged", "", "钱芳芳", "钱芳") in entries(keep)
    assert ("changed", "hobbies", "", "跳舞") in entries(keep)
    assert ("merged", "", "钱芳芳", "钱芳") in entries(drop)
    merge.undo_merge(merge_id)
    assert entries(keep)[-1][0] == "merge_undone" and entries(drop)[-1][0] == "merge_undone"
