"""The customer book behind the card: saving, conflicts, duplicates, purchases and
their running figures, the card's figures and timeline, the trash, merge and undo,
and bulk tags and tiers. Real SQLite books; the sample shop where history matters."""
from __future__ import annotations

import datetime as dt

import pytest

from custbook.customers import contacts, customer_figures, customer_list, customers, merge, purchases, search
from custbook.customers.customer_query import CustomerQuery
from custbook import money
from custbook.errors import ConflictError, CustbookError, ValidationError
from custbook.models import Customer, CustomerPhone, Purchase, Tag, database
from tests.conftest import TODAY


def add(name: str, phones: list[str] | None = None, **kw) -> int:
    tags = kw.pop("tags", None)
    return customers.save_customer({"name": name, **kw}, phones or [], tags=tags).id


# ------------------------------------------------------------------ saving a card

def test_save_with_tags_creates_unknown_tags_and_reuses_known_ones(book):
    cid = add("林小雨", tags=["VIP", "喜欢真丝"])
    again = add("周杰", tags=["vip "])
    assert customers.get_card(cid).tags == ["VIP", "喜欢真丝"]
    assert customers.get_card(again).tags == ["VIP"]
    assert Tag.select().count() == 2
    customers.save_customer({"name": "林小雨"}, [], customer_id=cid)  # tags=None: unchanged
    assert customers.get_card(cid).tags == ["VIP", "喜欢真丝"]
    customers.save_customer({"name": "林小雨"}, [], customer_id=cid, tags=["学生"])
    assert customers.get_card(cid).tags == ["学生"]
    assert {t.name: t.count for t in customers.all_tags()} == {"VIP": 1, "喜欢真丝": 0, "学生": 1}


def test_the_card_holds_every_editable_field_and_the_phones(book):
    referrer = add("介绍人")
    gold = customers.all_tiers()[2].id
    cid = add("陈静", ["138 0013 8000", "0571-8765 4321"], email="chen@example.com",
              birthday_calendar="lunar", birthday_month=8, birthday_day=15, birth_year="1988",
              member_since="2024-03-08", referred_by=referrer, tier=gold, hobbies="瑜伽")
    card = customers.get_card(cid)
    assert set(card.fields) == set(customers.EDITABLE_FIELDS)
    assert card.fields["birth_year"] == 1988
    assert card.fields["member_since"] == dt.date(2024, 3, 8)
    assert card.fields["tier"] == gold and card.fields["referred_by"] == referrer
    assert card.referred_by_name == "介绍人"
    assert [(p.number, p.label, p.display) for p in card.phones] == [
        ("+8613800138000", "mobile", "138 0013 8000"),
        ("+8657187654321", "home", "0571 8765 4321")]
    assert card.version == 1 and not card.in_trash and not card.has_photo


def test_phone_labels_survive_a_save(book):
    cid = add("陈静", ["138 0013 8000", "139 0013 9000"])
    CustomerPhone.update(label="work").where(CustomerPhone.number == "+8613900139000").execute()
    customers.save_customer({"name": "陈静"}, ["139 0013 9000", "138 0013 8000"], customer_id=cid)
    labels = {p.number: p.label for p in customers.get_card(cid).phones}
    assert labels == {"+8613900139000": "work", "+8613800138000": "mobile"}


@pytest.mark.parametrize("data, field", [
    ({"member_since": "8 March"}, "member_since"),
    ({"birth_year": "nineteen"}, "birth_year"),
    ({"wechat_id": "x" * 65}, "wechat_id"),
    ({"referred_by": 999}, "referred_by"),
    ({"tier": 999}, "tier"),
])
def test_a_refused_field_is_named_and_nothing_is_written(book, data, field):
    with pytest.raises(ValidationError) as caught:
        customers.save_customer({"name": "王芳", **data}, ["13800138000"], tags=["VIP"])
    assert caught.value.field == field
    assert Customer.select().count() == 0 and Tag.select().count() == 0


def test_nobody_refers_themselves(book):
    cid = add("王芳")
    with pytest.raises(ValidationError) as caught:
        customers.save_customer({"name": "王芳", "referred_by": cid}, [], customer_id=cid)
    assert caught.value.field == "referred_by"


def test_a_card_changed_meanwhile_is_not_saved_over(book):
    cid = add("赵敏", ["13800138000"])
    opened = customers.get_card(cid)
    customers.save_customer({"name": "赵敏", "hobbies": "游泳"}, ["13800138000"],
                            customer_id=cid, expected_version=opened.version)
    with pytest.raises(ConflictError):
        customers.save_customer({"name": "赵敏敏"}, [], customer_id=cid,
                                expected_version=opened.version, tags=["VIP"])
    card = customers.get_card(cid)
    assert (card.fields["name"], card.fields["hobbies"], card.version) == ("赵敏", "游泳", 2)
    assert [p.number for p in card.phones] == ["+8613800138000"] and card.tags == []


def test_bulk_changes_also_count_as_changes_to_an_open_card(book):
    cid = add("赵敏")
    opened = customers.get_card(cid)
    customers.add_tag([cid], "VIP")
    with pytest.raises(ConflictError):
        customers.save_customer({"name": "赵敏"}, [], customer_id=cid,
                                expected_version=opened.version)


# ------------------------------------------------------------------ duplicates

def test_the_same_phone_however_written_is_a_duplicate(book):
    first = add("王芳", ["138 0013 8000"])
    hits = customers.possible_duplicates("Fang Wang", ["+86 138-0013-8000"])
    assert [(h.customer_id, h.same_phone) for h in hits] == [(first, True)]
    assert "王芳" in hits[0].reason and "138 0013 8000" in hits[0].reason
    assert customers.possible_duplicates("王芳", ["138 0013 8000"], exclude_id=first) == []


def test_the_same_name_and_phone_ending_is_a_duplicate(book):
    first = add("王芳", ["138 0013 8000"])
    add("王芳", ["139 9999 0000"])
    other = add("李丽", ["136 2222 3333"])
    hits = customers.possible_duplicates("王芳", ["137 1111 8000", "136 2222 3333"])
    assert [(h.customer_id, h.same_phone) for h in hits] == [(other, True), (first, False)]
    assert customers.possible_duplicates("王芳芳", ["137 1111 8000"]) == []


def test_half_typed_numbers_and_the_trash_raise_no_warning(book):
    first = add("王芳", ["138 0013 8000"])
    assert customers.possible_duplicates("王芳", ["138 00"]) == []
    customers.move_to_trash([first])
    assert customers.possible_duplicates("王芳", ["138 0013 8000"]) == []


# ------------------------------------------------------------------ purchases and figures

def running_figures(cid: int) -> tuple:
    c = Customer.get_by_id(cid)
    return (c.first_purchase_on, c.last_purchase_on, c.last_visit_on, c.purchase_count,
            c.total_spent_cents)


def figures_by_sql(cid: int) -> tuple:
    first, last, count, total = database.execute_sql(
        "SELECT min(purchased_on), max(purchased_on), count(*), COALESCE(sum(amount_cents), 0) "
        "FROM purchase WHERE customer_id = ?", (cid,)).fetchone()
    from custbook.sql_dialect import as_date as day, day_of

    visit = database.execute_sql(f"SELECT max({day_of('contacted_at')}) FROM contact_entry "
                                 "WHERE customer_id = ? AND kind = 'visit'", (cid,)).fetchone()[0]
    return (day(first), day(last), max(filter(None, (day(last), day(visit))), default=None),
            count, total)


def test_the_sample_shops_running_figures_match_its_history(sample_book):
    for cid, in database.execute_sql("SELECT id FROM customer").fetchall():
        assert running_figures(cid) == figures_by_sql(cid)


def test_adding_changing_and_deleting_purchases_keeps_the_figures_right(sample_book):
    cid = database.execute_sql("SELECT id FROM customer WHERE purchase_count > 3 LIMIT 1"
                               ).fetchone()[0]
    new = purchases.add_purchase(cid, TODAY, 129950, items="真丝连衣裙", staff_id=1)
    assert running_figures(cid) == figures_by_sql(cid)
    assert Customer.get_by_id(cid).last_purchase_on == TODAY
    oldest = purchases.purchases_of(cid)[-1]
    purchases.update_purchase(oldest.id, purchased_on=oldest.purchased_on - dt.timedelta(days=400),
                              amount_cents=1)
    assert running_figures(cid) == figures_by_sql(cid)
    purchases.delete_purchase(new)
    assert running_figures(cid) == figures_by_sql(cid)
    for p in purchases.purchases_of(cid):
        purchases.delete_purchase(p.id)
    assert running_figures(cid) == figures_by_sql(cid)
    assert Customer.get_by_id(cid).purchase_count == 0


def test_a_visit_without_buying_is_a_visit(book):
    cid = add("王芳")
    purchases.add_purchase(cid, dt.date(2026, 10, 1), 100)
    visit = contacts.add_contact(cid, dt.datetime(2026, 11, 2, 15, 30), "visit", "看了新款")
    assert Customer.get_by_id(cid).last_visit_on == dt.date(2026, 11, 2)
    contacts.update_contact(visit, kind="call")
    assert Customer.get_by_id(cid).last_visit_on == dt.date(2026, 10, 1)
    contacts.update_contact(visit, kind="visit")
    contacts.delete_contact(visit)
    assert Customer.get_by_id(cid).last_visit_on == dt.date(2026, 10, 1)


def test_a_bad_purchase_is_refused_and_writes_nothing(book):
    cid = add("王芳")
    for kwargs, field in [({"amount_cents": -5}, "amount"),
                          ({"purchased_on": TODAY + dt.timedelta(days=3)}, "purchased_on"),
                          ({"staff_id": 42}, "staff")]:
        args = {"purchased_on": TODAY, "amount_cents": 100, **kwargs}
        with pytest.raises(ValidationError) as caught:
            purchases.add_purchase(cid, **args)
        assert caught.value.field == field
    assert Purchase.select().count() == 0 and Customer.get_by_id(cid).purchase_count == 0


@pytest.mark.parametrize("typed, cents", [("1,299.50", 129950), ("¥1299.5", 129950),
                                          ("1299", 129900), ("￥ 88 元", 8800), ("0.05", 5),
                                          ("１２０", 12000)])
def test_money_as_people_type_it(typed, cents):
    assert money.parse(typed, "amount") == cents


@pytest.mark.parametrize("typed", ["", "abc", "1.234", "-5", "12,34,5.6.7"])
def test_money_that_is_not_money(typed):
    with pytest.raises(ValidationError) as caught:
        money.parse(typed, "amount")
    assert caught.value.field == "amount"


def test_card_figures_on_known_data(book):
    cid = add("王芳")
    friend = add("朋友", referred_by=cid)
    add("另一个朋友", referred_by=cid)
    customers.move_to_trash([friend])
    for day, cents in [("2025-12-05", 10000), ("2026-01-04", 20000), ("2026-03-05", 30000),
                       ("2026-03-05", 5000), ("2026-10-01", 1)]:
        purchases.add_purchase(cid, dt.date.fromisoformat(day), cents)
    contacts.add_contact(cid, dt.datetime(2026, 11, 2, 10, 0), "visit")
    contacts.add_contact(cid, dt.datetime(2026, 11, 3, 10, 0), "call")
    figures = customer_figures.card_figures(cid, today=TODAY)
    assert figures.first_visit == dt.date(2025, 12, 5)
    assert figures.last_visit == dt.date(2026, 11, 2)
    assert figures.visits == 5  # four buying days and one visit
    assert figures.purchases == 5
    assert figures.total_spent_cents == 65001
    assert figures.average_spend_cents == 13000
    assert figures.per_month[0] == ("2025-12", 1) and figures.per_month[-1] == ("2026-11", 0)
    assert dict(figures.per_month)["2026-03"] == 2 and len(figures.per_month) == 12
    assert figures.days_since_last_visit == 20
    assert figures.usual_interval_days == 60  # median of 30, 60, 210 days between buying days
    assert figures.referrals == 1 and figures.tier == ""


def test_the_timeline_is_newest_first_and_tells_everything(sample_book):
    cid = database.execute_sql(
        "SELECT customer_id FROM complaint WHERE customer_id IS NOT NULL "
        "AND customer_id IN (SELECT customer_id FROM satisfaction_record) LIMIT 1").fetchone()[0]
    entries = customer_figures.timeline(cid)
    assert [e.when for e in entries] == sorted((e.when for e in entries), reverse=True)
    kinds = {e.kind for e in entries}
    assert {"purchase", "contact", "complaint", "satisfaction", "created"} <= kinds
    assert entries[-1].kind == "created"
    assert sum(e.kind == "purchase" for e in entries) == Customer.get_by_id(cid).purchase_count
    bought = next(e for e in entries if e.kind == "purchase")
    assert bought.amount_cents and bought.title.startswith("Bought")


# ------------------------------------------------------------------ trash

def test_trash_restore_and_empty(book):
    keep, gone = add("留下"), add("删除", ["13800138000"], tags=["VIP"])
    referred = add("被介绍", referred_by=gone)
    purchases.add_purchase(gone, TODAY, 100)
    assert customers.move_to_trash([gone, gone]) == 1
    assert customers.trash_count() == 1 and customers.count_customers() == 2
    assert [r.name for r in customers.list_customers(0, 10, query=CustomerQuery(in_trash=True))] \
        == ["删除"]
    assert customers.get_card(gone).in_trash
    assert customers.restore_from_trash([gone, keep]) == 1
    assert customers.trash_count() == 0
    customers.move_to_trash([gone])
    assert customers.empty_trash() == 1
    assert Customer.get_or_none(Customer.id == gone) is None
    assert Purchase.select().count() == 0 and CustomerPhone.select().count() == 0
    assert Customer.get_by_id(referred).referred_by_id is None
    assert customers.count_customers(CustomerQuery(text="13800138000", in_trash=True)) == 0


# ------------------------------------------------------------------ merge and undo

def dump() -> dict[str, list]:
    """Every row of every table the merge may touch (the FTS index's internals aside).

    The merge record and the audit trail are left out: they rightly keep growing.
    """
    from tests.book_rows import every_row

    return every_row(exclude=("merge_record", "audit_entry"))


def rich_pair() -> tuple[int, int]:
    """Two sample customers, the one to drop with history of every kind."""
    drop = database.execute_sql("""
        SELECT c.id FROM customer c WHERE purchase_count > 0 AND deleted_at IS NULL
        AND EXISTS (SELECT 1 FROM contact_entry e WHERE e.customer_id = c.id)
        AND EXISTS (SELECT 1 FROM complaint x WHERE x.customer_id = c.id)
        AND EXISTS (SELECT 1 FROM reminder r WHERE r.customer_id = c.id)
        ORDER BY (SELECT count(*) FROM satisfaction_record s WHERE s.customer_id = c.id) DESC,
                 (SELECT count(*) FROM customer r WHERE r.referred_by_id = c.id) DESC
        LIMIT 1""").fetchone()[0]
    keep = database.execute_sql(
        "SELECT id FROM customer WHERE id != ? AND purchase_count > 2 AND referred_by_id IS NULL "
        "AND deleted_at IS NULL "
        "ORDER BY id LIMIT 1", (drop,)).fetchone()[0]
    return keep, drop


def test_merge_moves_all_history_and_undo_puts_back_exactly(sample_book):
    keep, drop = rich_pair()
    database.execute_sql("UPDATE customer SET referred_by_id = ? WHERE id IN "
                         "(SELECT id FROM customer WHERE id NOT IN (?, ?) LIMIT 2)", (drop, keep, drop))
    customers.set_photo(drop, b"\xff\xd8photo", "image/jpeg")
    customers.add_tag([drop], "婚庆")
    customers.save_customer({"name": Customer.get_by_id(drop).name}, ["+1 415 555 2671"],
                            customer_id=drop)
    search.index_customers([keep, drop])
    before = dump()
    history = {t: database.execute_sql(f"SELECT count(*) FROM {t} WHERE customer_id = ?",
                                       (drop,)).fetchone()[0] for t in merge.HISTORY_TABLES}
    kept_total = Customer.get_by_id(keep).total_spent_cents + \
        Customer.get_by_id(drop).total_spent_cents
    drop_name = Customer.get_by_id(drop).name

    merge_id = merge.merge_customers(keep, drop, ["hobbies", "birthday_month"])

    for table in merge.HISTORY_TABLES:
        assert database.execute_sql(f"SELECT count(*) FROM {table} WHERE customer_id = ?",
                                    (drop,)).fetchone()[0] == 0
    assert history["purchase"] and history["complaint"] and history["reminder"]
    kept = Customer.get_by_id(keep)
    assert kept.total_spent_cents == kept_total
    assert running_figures(keep) == figures_by_sql(keep)
    assert kept.hobbies == Customer.get_by_id(drop).hobbies
    assert kept.birthday_calendar == Customer.get_by_id(drop).birthday_calendar  # as a group
    assert Customer.select().where(Customer.referred_by == drop).count() == 0
    assert customers.photo_of(keep) == b"\xff\xd8photo"
    assert "婚庆" in customers.get_card(keep).tags
    assert "+14155552671" in [p.number for p in customers.get_card(keep).phones]
    assert customers.get_card(drop).in_trash
    assert drop_name not in {r.name for r in customer_list.search_customers(drop_name)} or \
        Customer.get_by_id(keep).name == drop_name
    assert keep in {r.id for r in customer_list.search_customers("4155552671")}
    assert merge.recent_merges()[0].id == merge_id and not merge.recent_merges()[0].undone

    merge.undo_merge(merge_id)

    assert dump() == before
    assert merge.recent_merges()[0].undone
    with pytest.raises(CustbookError):
        merge.undo_merge(merge_id)


def test_undo_refuses_when_it_could_no_longer_be_exact(sample_book):
    keep, drop = rich_pair()
    merged = merge.merge_customers(keep, drop, [])
    customers.save_customer({"name": "改过的名字"}, [], customer_id=keep)
    with pytest.raises(CustbookError) as caught:
        merge.undo_merge(merged)
    assert "changed" in str(caught.value)
    other = merge.merge_customers(*rich_pair(), [])
    customers.empty_trash()
    with pytest.raises(CustbookError) as caught:
        merge.undo_merge(other)
    assert "erased" in str(caught.value)


def test_undo_keeps_what_happened_after_the_merge(sample_book):
    keep, drop = rich_pair()
    merged = merge.merge_customers(keep, drop, [])
    later = purchases.add_purchase(keep, TODAY, 4200)
    merge.undo_merge(merged)
    assert Purchase.get_by_id(later).customer_id == keep
    assert running_figures(keep) == figures_by_sql(keep)
    assert running_figures(drop) == figures_by_sql(drop)


def test_merging_refuses_nonsense(book):
    a, b = add("甲"), add("乙")
    with pytest.raises(CustbookError):
        merge.merge_customers(a, a, [])
    with pytest.raises(ValueError):
        merge.merge_customers(a, b, ["purchase_count"])
    customers.move_to_trash([b])
    with pytest.raises(CustbookError):
        merge.merge_customers(a, b, [])


def test_the_duplicate_finder_lists_likely_pairs(book):
    a = add("王芳", ["138 0013 8000"])
    b = add("Fang", ["+86 13800138000"])
    c = add("李丽", ["139 1111 2222"])
    d = add("李丽", ["137 3333 2222"])
    e = add("陈静", birthday_calendar="lunar", birthday_month=8, birthday_day=15)
    f = add("陈静", birthday_calendar="lunar", birthday_month=8, birthday_day=15, birth_year=1990)
    add("陈静", birthday_calendar="solar", birthday_month=8, birthday_day=15)
    pairs = {(p.a.id, p.b.id): p.reason for p in merge.duplicate_pairs()}
    assert pairs == {(a, b): "Same phone number",
                     (c, d): "Same name, phone numbers ending in the same four digits",
                     (e, f): "Same name and birthday"}


# ------------------------------------------------------------------ bulk actions, photo

def test_bulk_tag_and_tier(sample_book):
    ids = [r[0] for r in database.execute_sql("SELECT id FROM customer ORDER BY id LIMIT 50")]
    assert customers.add_tag(ids, "春季活动") == 50
    assert customers.add_tag(ids[:10], "春季活动") == 0
    tag = next(t for t in customers.all_tags() if t.name == "春季活动")
    assert tag.count == 50
    assert {r.id for r in customer_list.search_customers("春季活动", 100)} == set(ids)
    assert customers.remove_tag(ids[:20], tag.id) == 20
    assert customers.count_customers(CustomerQuery(tag_ids=(tag.id,))) == 30
    assert customers.count_customers(CustomerQuery(text="春季活动")) == 30
    gold = customers.all_tiers()[2].id
    not_gold = Customer.select().where(Customer.id.in_(ids) & (
        Customer.tier.is_null() | (Customer.tier != gold))).count()
    assert 0 < not_gold < 50
    assert customers.set_tier(ids, gold) == not_gold
    assert customers.set_tier(ids, gold) == 0
    assert customers.count_customers(CustomerQuery(tier_id=gold)) >= 50
    assert customers.set_tier(ids[:5], None) == 5
    with pytest.raises(ValidationError):
        customers.set_tier(ids, 999)


def test_photos_are_stored_apart_and_checked(book):
    cid = add("王芳")
    customers.set_photo(cid, b"\x89PNG...", "image/png")
    customers.set_photo(cid, b"\xff\xd8jpeg", "image/jpeg")
    assert customers.photo_of(cid) == b"\xff\xd8jpeg"
    assert customers.get_card(cid).has_photo
    assert customers.list_customers(0, 1)[0].has_photo
    with pytest.raises(ValidationError):
        customers.set_photo(cid, b"GIF89a", "image/gif")
    customers.clear_photo(cid)
    assert customers.photo_of(cid) is None


def test_list_rows_carry_tags_next_reminder_and_wechat(book):
    cid = add("王芳", ["138 0013 8000"], wechat_id="wangfang", tags=["VIP", "学生"])
    database.execute_sql("INSERT INTO reminder (customer_id, title, kind, due_on, due_time, "
                         "lead_days, notes, repeat, repeat_interval, lunar_leap, rule, outcome, "
                         "created_at, updated_at, feb29_on, result, next_on) VALUES (?, '回访', "
                         "'follow_up', '2026-12-01', '', 0, '', 'none', 1, FALSE, '', '', "
                         "'2026-11-01', '2026-11-01', '', '', '2026-12-01')", (cid,))
    row = customers.list_customers(0, 1, query=CustomerQuery())[0]
    assert (row.name, row.phone, row.tags, row.next_reminder_on, row.wechat_id) == (
        "王芳", "138 0013 8000", ("VIP", "学生"), dt.date(2026, 12, 1), "wangfang")
