"""Family and anniversaries: relations both ways, search by a family member, yearly reminders
(lunar and 29 February) from family birthdays and anniversaries."""
from __future__ import annotations

import datetime as dt

import pytest

from custbook import settings
from custbook.calendar import lunar, reminder_rules, reminder_titles, rules_family
from custbook.customers import customer_list, customers, relations
from custbook.errors import ValidationError
from custbook.models import CustomerRelation, Reminder

TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def wang(book):
    return customers.save_customer({"name": "王芳", "gender": "female"}, ["13812345678"]).id


def test_a_linked_relation_shows_on_both_cards_and_goes_both_ways(wang):
    li = customers.save_customer({"name": "李小美", "gender": "female"}, []).id
    rid = relations.save_relation(wang, {"relation": "child", "linked_id": li})
    mine = relations.relations_of(wang)
    assert [(r.name, r.relation, r.linked_id) for r in mine] == [("李小美", "child", li)]
    theirs = relations.relations_of(li)
    assert [(r.name, r.relation, r.linked_id) for r in theirs] == [("王芳", "parent", wang)]
    relations.save_relation(wang, {"relation": "spouse", "linked_id": li}, rid)
    assert relations.relations_of(li)[0].relation == "spouse"
    relations.delete_relation(rid)
    assert relations.relations_of(wang) == [] and relations.relations_of(li) == []
    with pytest.raises(ValidationError, match="own relation"):
        relations.save_relation(wang, {"relation": "child", "linked_id": wang})


def test_checks_name_day_and_phone(wang):
    with pytest.raises(ValidationError, match="name"):
        relations.save_relation(wang, {"relation": "child"})
    with pytest.raises(ValidationError, match="2/30 is not a date"):
        relations.save_relation(wang, {"name": "小美", "birthday_calendar": "solar",
                                       "birthday_month": 2, "birthday_day": 30})
    with pytest.raises(ValidationError, match="not a valid number|not a phone"):
        relations.save_relation(wang, {"name": "小美", "phone": "12345"})
    rid = relations.save_relation(wang, {"name": "小美", "relation": "child",
                                         "birthday_calendar": "solar", "birthday_month": 2,
                                         "birthday_day": 29, "phone": "139 0000 1111"})
    assert CustomerRelation.get_by_id(rid).phone_digits == "13900001111"


def test_search_finds_a_customer_by_a_family_members_name_or_phone(wang):
    customers.save_customer({"name": "陈静"}, ["13700002222"])
    relations.save_relation(wang, {"name": "李小美", "relation": "child", "phone": "13900001111"})
    assert [r.name for r in customer_list.search_customers("李小美", 10)] == ["王芳"]
    assert [r.name for r in customer_list.search_customers("13900001111", 10)] == ["王芳"]
    assert [r.name for r in customer_list.search_customers("陈静", 10)] == ["陈静"]


def shown_title(reminder: Reminder) -> str:
    return reminder_titles.title(reminder.title, reminder.rule, reminder.rule_key, reminder.kind)


def test_a_family_birthday_is_a_yearly_reminder_with_a_title(wang):
    rid = relations.save_relation(wang, {"name": "小美", "relation": "child",
                                         "birthday_calendar": "solar", "birthday_month": 12,
                                         "birthday_day": 10})
    rules_family.after_family_change(wang, TODAY)
    reminder = Reminder.get(Reminder.rule_key == f"fm:{rid}")
    assert (reminder.rule, reminder.kind, reminder.repeat) == ("family", "birthday", "yearly")
    assert reminder.pending_on == dt.date(2026, 12, 10)
    assert reminder.title == ""  # named when shown, in the reader's language
    assert shown_title(reminder) == "王芳's child 小美: birthday"
    relations.save_relation(wang, {"name": "小美", "relation": "child", "remind": False,
                                   "birthday_calendar": "solar", "birthday_month": 12,
                                   "birthday_day": 10}, rid)
    rules_family.after_family_change(wang, TODAY)
    assert not Reminder.select().where(Reminder.rule_key == f"fm:{rid}").exists()


def test_lunar_family_birthdays_and_anniversaries_follow_the_lunar_calendar(wang):
    rid = relations.save_relation(wang, {"name": "老王", "relation": "spouse",
                                         "birthday_calendar": "lunar", "birthday_month": 1,
                                         "birthday_day": 15})
    aid = relations.save_anniversary(wang, {"kind": "wedding", "calendar": "lunar",
                                            "month": 8, "day": 15, "year": 2010})
    reminder_rules.run_rules(TODAY)
    birthday = Reminder.get(Reminder.rule_key == f"fm:{rid}")
    assert birthday.repeat == "yearly_lunar"
    assert birthday.pending_on == lunar.next_on_or_after(1, 15, False, TODAY)
    wedding = Reminder.get(Reminder.rule_key == f"fa:{aid}")
    assert (wedding.kind, wedding.rule) == ("anniversary", "family_day")
    assert wedding.pending_on == lunar.next_on_or_after(8, 15, False, TODAY)
    assert shown_title(wedding) == "王芳: wedding anniversary"
    relations.delete_anniversary(aid)
    assert not Reminder.select().where(Reminder.rule_key == f"fa:{aid}").exists()


@pytest.mark.parametrize("choice, expected", [("feb28", dt.date(2027, 2, 28)),
                                              ("mar1", dt.date(2027, 3, 1))])
def test_a_29_february_family_birthday_falls_as_the_book_says(wang, choice, expected):
    settings.set("feb29_yearly_on", choice)
    rid = relations.save_relation(wang, {"name": "小美", "relation": "child",
                                         "birthday_calendar": "solar", "birthday_month": 2,
                                         "birthday_day": 29})
    reminder_rules.run_rules(TODAY)
    assert Reminder.get(Reminder.rule_key == f"fm:{rid}").pending_on == expected


def test_a_family_birthday_makes_a_family_message_on_the_day(wang):
    from custbook.messages import due

    settings.set("shop_name", "云裳服饰")
    relations.save_relation(wang, {"name": "小美", "relation": "child",
                                   "birthday_calendar": "solar", "birthday_month": 12,
                                   "birthday_day": 10})
    reminder_rules.run_rules(TODAY)
    assert due.due_on(dt.date(2026, 12, 7), "zh_CN", ("family",)) == []
    found = due.due_on(dt.date(2026, 12, 10), "zh_CN", ("family",))
    assert [d.message.text for d in found] == ["王女士，小美生日快乐！云裳服饰祝您全家幸福安康。"]


def test_an_anniversary_message_names_the_day_in_the_messages_language(wang):
    from custbook.messages import due

    settings.set("shop_name", "云裳服饰")
    relations.save_anniversary(wang, {"kind": "wedding", "calendar": "solar", "month": 12,
                                      "day": 1})
    reminder_rules.run_rules(TODAY)
    zh = due.due_on(dt.date(2026, 12, 1), "zh_CN", ("anniversary",))
    en = due.due_on(dt.date(2026, 12, 1), "en", ("anniversary",))
    assert [d.message.text for d in zh] == ["王女士，今天是您的结婚纪念日，云裳服饰祝您幸福美满！"]
    assert en[0].message.text.startswith("Ms Wang, congratulations on your wedding anniversary")
