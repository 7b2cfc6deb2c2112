"""Family birthday and anniversary reminders are named when shown, in the reader's language,
from the relation or day as it is now; books whose titles were stored are cleared (step 8)."""
from __future__ import annotations

import datetime as dt

import pytest

from custbook import i18n
from custbook.calendar import reminder_actions, reminder_rules, reminder_titles, reminders
from custbook.customers import customer_figures, customers, relations
from custbook.models import Reminder

TODAY = dt.date(2026, 11, 22)
CHINESE = {("Family", "{customer}'s {relation} {name}: birthday"):
           "{customer}的{relation}{name}生日",
           ("Family", "child"): "女儿",  # (the shop's own word for this test)
           ("Family", "{customer}: {day}"): "{customer}的{day}",
           ("Family", "wedding anniversary"): "结婚纪念日"}


@pytest.fixture
def chinese_window():
    """The core's translation hook as a Chinese window sets it."""
    i18n.set_translator(lambda context, text: CHINESE.get((context, text), text))
    yield
    i18n.set_translator(None)


@pytest.fixture
def family(book):
    wang = customers.save_customer({"name": "王芳"}, []).id
    daughter = relations.save_relation(wang, {"name": "小美", "relation": "child",
                                              "birthday_calendar": "solar",
                                              "birthday_month": 11, "birthday_day": 22})
    wedding = relations.save_anniversary(wang, {"kind": "wedding", "month": 11, "day": 22})
    return wang, daughter, wedding


def _titles(day=TODAY):
    return sorted(o.title for o in reminders.agenda(day, days_ahead=0).today)


def test_the_rule_stores_no_title_and_the_agenda_names_it_in_the_readers_language(
        family, chinese_window):
    reminder_rules.run_rules(TODAY)  # run by a Chinese window
    stored = [r.title for r in Reminder.select().where(Reminder.rule.in_(["family",
                                                                          "family_day"]))]
    assert stored == ["", ""]
    assert _titles() == ["王芳的女儿小美生日", "王芳的结婚纪念日"]
    i18n.set_translator(None)  # the same book read by an English helper
    assert _titles() == ["王芳's child 小美: birthday", "王芳: wedding anniversary"]


def test_a_renamed_relation_or_customer_shows_at_once(family):
    wang, daughter, _ = family
    reminder_rules.run_rules(TODAY)
    relations.save_relation(wang, {"name": "小丽", "relation": "child",
                                   "birthday_calendar": "solar", "birthday_month": 11,
                                   "birthday_day": 22}, daughter)
    customers.save_customer({"name": "王芳芳"}, None, customer_id=wang)
    assert "王芳芳's child 小丽: birthday" in _titles()


def test_a_title_the_owner_typed_wins_and_a_gone_relation_falls_back(family):
    wang, daughter, _ = family
    reminder_rules.run_rules(TODAY)
    row = Reminder.get(Reminder.rule_key == f"fm:{daughter}")
    assert reminder_titles.title("买蛋糕", row.rule, row.rule_key, row.kind) == "买蛋糕"
    assert reminder_titles.title("", "family", "fm:999999", "birthday") == "Birthday"


def test_the_timeline_names_a_done_family_reminder(family, chinese_window):
    wang, daughter, _ = family
    reminder_rules.run_rules(TODAY)
    row = Reminder.get(Reminder.rule_key == f"fm:{daughter}")
    reminder_actions.complete(row.id, TODAY, "reached")
    titles = [e.title for e in customer_figures.timeline(wang)]
    assert "Done: 王芳的女儿小美生日" in titles


def test_step_8_clears_titles_the_rule_stored(book):
    from custbook.migrations import m0008_family_titles_when_shown as step
    from custbook.migrations import steps
    from custbook.models import database

    wang = customers.save_customer({"name": "王芳"}, []).id
    for rule, key, title in (("family", "fm:1", "王芳的女儿小美生日"),
                             ("family_day", "fa:1", "王芳的结婚纪念日"),
                             ("", None, "买蛋糕")):  # the owner's own reminder keeps its title
        Reminder.create(customer=wang, title=title, kind="birthday", due_on=TODAY, rule=rule,
                        rule_key=key)
    assert steps.STEPS[8] is step.apply
    with database.atomic():  # as the upgrade runs it (later steps are theirs to test)
        step.apply(database.obj, steps.migrator_for(database.obj))
    assert sorted(r.title for r in Reminder.select()) == ["", "", "买蛋糕"]
