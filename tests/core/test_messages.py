"""Messages: templates and their length, merge fields, consent, the queue, SMS CSV, `messages`."""
from __future__ import annotations

import csv
import datetime as dt

import pytest

from custbook import settings
from custbook.calendar import reminder_rules
from custbook.customers import customers, purchases
from custbook.errors import ValidationError
from custbook.letters.letter_templates import Shop
from custbook.messages import compose, due, message_templates as mt, queues, sent
from custbook.models import ContactEntry

TODAY = dt.date(2026, 11, 22)
YES = {"accepts_promotions": True, "promotions_consent_on": dt.date(2026, 1, 5)}


@pytest.fixture
def shop(book):
    settings.set("shop_name", "云裳服饰")
    made = {
        "wang": customers.save_customer({"name": "王芳", "gender": "female", **YES},
                                        ["138 1234 5678"]).id,
        "li": customers.save_customer({"name": "李强", "gender": "male",
                                       "accepts_promotions": False,
                                       "promotions_consent_on": dt.date(2025, 6, 1)},
                                      ["0571-87654321", "13900001111"]).id,
        "anna": customers.save_customer({"name": "Anna Smith", "gender": "female"}, []).id,
    }
    purchases.add_purchase(made["wang"], dt.date(2026, 11, 19), 89900, "真丝衬衫 ×1、丝巾 ×2")
    return made


def test_every_built_in_template_fits_one_sms_and_uses_known_fields():
    for template in mt.BUILT_IN:
        mt.check_text(template.text)
        # filled with a long-ish name and shop, still one part
        assert mt.sms_parts(template.text)[1] == 1, template.key
    assert {t.kind for t in mt.BUILT_IN if t.language == "zh_CN"} == \
        {t.kind for t in mt.BUILT_IN if t.language == "en"}


def test_sms_parts_count_chinese_by_70_and_ascii_by_160():
    assert mt.sms_parts("")[:2] == (0, 0)
    assert mt.sms_parts("好" * 70) == (70, 1, 70)
    assert mt.sms_parts("好" * 71) == (71, 2, 67)
    assert mt.sms_parts("a" * 160) == (160, 1, 160)
    assert mt.sms_parts("a" * 161) == (161, 2, 153)
    assert mt.sms_parts("a" * 159 + "好") == (160, 3, 67)  # one Chinese character: UCS-2


def test_merge_fields_are_checked_as_typed(book):
    with pytest.raises(ValidationError, match="not a merge field"):
        mt.check_text("{surname_title}，{生日}快乐")
    with pytest.raises(ValidationError, match="Write the message"):
        mt.check_text("   ")
    own = mt.save_template("双十一", "festival", "zh_CN", "{surname_title}，{festival}快乐！")
    assert own.promotional and not own.builtin
    assert mt.template(own.key).text == "{surname_title}，{festival}快乐！"
    assert mt.default_for("festival", "zh_CN").key == own.key
    mt.delete_template(own.key)
    assert mt.default_for("festival", "zh_CN").key == "builtin:zh_festival"


def test_each_persons_text_uses_the_letters_merge_fields(shop):
    template = mt.default_for("follow_up", "zh_CN")
    found = compose.messages_for([shop["wang"], shop["li"]], template, Shop.current(), TODAY)
    assert found[0].text == "王女士您好，真丝衬衫、丝巾用着还合适吗？有任何问题随时找我们，云裳服饰。"
    assert found[0].phone == "+8613812345678"
    assert found[1].text.startswith("李先生您好，本店商品")  # no purchase: the fallback
    assert found[1].phone == "+8613900001111"  # the mobile, not the landline listed first
    english = compose.message_for(shop["anna"], mt.default_for("festival", "en"),
                                  Shop.current(), TODAY, {"festival": "Christmas"})
    assert english.text.startswith("Happy Christmas, Ms Smith!")


def test_promotional_messages_never_go_to_those_who_did_not_agree(shop):
    festival = mt.default_for("festival", "zh_CN")
    found = {m.customer_id: m for m in compose.messages_for(list(shop.values()), festival,
                                                             Shop.current(), TODAY)}
    assert found[shop["wang"]].allowed
    assert not found[shop["li"]].allowed
    assert found[shop["li"]].reason == "Said no to promotions on 2025-06-01"
    assert found[shop["anna"]].reason == "Has not agreed to promotions"
    follow_up = mt.default_for("follow_up", "zh_CN")  # a service message: everyone
    assert all(m.allowed for m in compose.messages_for(list(shop.values()), follow_up,
                                                       Shop.current(), TODAY))


def test_copy_and_confirm_writes_one_contact_log_entry(shop):
    ids = sent.record_sent([(shop["wang"], "王女士，生日快乐！")], "wechat")
    entry = ContactEntry.get_by_id(ids[0])
    assert (entry.kind, entry.summary, entry.customer_id) == ("wechat", "王女士，生日快乐！",
                                                              shop["wang"])
    with pytest.raises(ValidationError):
        sent.record_sent([(shop["wang"], "x")], "pigeon")


def test_a_queue_remembers_where_it_stopped(shop):
    festival = mt.default_for("festival", "zh_CN")
    many = [customers.save_customer({"name": f"客户{i:02d}", **YES}, [f"1380000{i:04d}"]).id
            for i in range(20)]
    qid = queues.create(many + [shop["li"]], festival, Shop.current(), TODAY, "春节问候",
                        extra={cid: {"festival": "春节"} for cid in many})
    progress = queues.progress(qid)
    assert (progress.total, progress.pending, progress.excluded) == (21, 20, 1)
    first = queues.current(qid)
    assert first.name == "客户00" and "春节快乐" in first.text
    queues.mark_sent(first.id)
    queues.skip(queues.current(qid).id)
    assert queues.current(qid).name == "客户02"  # where it stopped, read again from the book
    assert queues.progress(qid).done == 2
    assert ContactEntry.select().where(ContactEntry.kind == "wechat").count() == 1
    excluded = [i for i in queues.items(qid) if i.status == "excluded"]
    with pytest.raises(ValidationError):
        queues.mark_sent(excluded[0].id)
    while (item := queues.current(qid)) is not None:
        queues.mark_sent(item.id)
    assert queues.queue(qid).finished_at is not None
    assert qid not in [q.id for q in queues.queues()]


def test_sms_csv_has_phone_and_message_and_marks_them_sent(shop, tmp_path):
    festival = mt.default_for("festival", "zh_CN")
    qid = queues.create(list(shop.values()), festival, Shop.current(), TODAY, "中秋", "sms",
                        extra={cid: {"festival": "中秋"} for cid in shop.values()})
    out = tmp_path / "sms.csv"
    written, no_mobile = queues.export_sms_csv(qid, out)
    assert (written, no_mobile) == (1, 0)  # 李强 said no, Anna never agreed: not in the file
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(out.open(encoding="utf-8-sig")))
    assert rows == [["phone", "message"],
                    ["13812345678", "王女士，中秋快乐！感谢您一直以来对云裳服饰的支持，店里备了新品，欢迎来坐坐。"]]
    entry = ContactEntry.get(ContactEntry.kind == "sms")
    assert entry.customer_id == shop["wang"]
    assert queues.queue(qid).finished_at is not None


def test_due_on_a_day_from_the_calendar_respects_consent(shop, capsys):
    customers.save_customer({"name": "赵敏", "gender": "female", "birthday_calendar": "solar",
                             "birthday_month": 11, "birthday_day": 25}, ["13700001111"])
    reminder_rules.run_rules(TODAY)
    found = due.due_on(dt.date(2026, 11, 25), "zh_CN")
    kinds = {(d.kind, d.message.name) for d in found}
    assert ("birthday", "赵敏") in kinds
    birthday = next(d for d in found if d.message.name == "赵敏")
    assert birthday.message.allowed and birthday.message.text.startswith("赵女士，云裳服饰祝您生日快乐")
    follow = due.due_on(dt.date(2026, 11, 22), "zh_CN", ("follow_up",))
    assert [d.message.name for d in follow] == ["王芳"]  # the purchase on 19 Nov: 3 days on


def test_the_headless_command(shop, book, capsys):
    from custbook import db
    from custbook.cli.main import run

    customers.save_customer({"name": "赵敏", "gender": "female", "birthday_calendar": "solar",
                             "birthday_month": 11, "birthday_day": 25}, ["13700001111"])
    reminder_rules.run_rules(TODAY)
    db.close_book()
    assert run(["--db", str(book), "messages", "--on", "2026-11-25", "--kind", "birthday"]) == 0
    out = capsys.readouterr().out
    assert "赵女士，云裳服饰祝您生日快乐" in out and "13700001111" in out
    assert run(["--db", str(book), "messages", "--on", "2026-11-25", "--kind", "festival",
                "--csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["phone,message"]
    db.open_book(book)


def test_card_balance_and_expiry_come_from_the_membership_ledger(shop):
    from custbook.membership import ledger

    ledger.top_up(shop["wang"], 100000, 28000)
    ledger.earn_points(shop["wang"], 350)
    ledger.sell_count_card(shop["wang"], "洗剪吹10次卡", 10, 50000,
                           expires_on=dt.date(2026, 12, 31))
    balance = compose.message_for(shop["wang"], mt.default_for("balance", "zh_CN"),
                                  Shop.current(), TODAY)
    assert balance.text == "王女士您好，您在云裳服饰的会员卡余额¥1,280.00，积分350，欢迎常来。"
    assert balance.allowed  # about their own money: a service message
    expiry = compose.message_for(shop["wang"], mt.default_for("card_expiry", "zh_CN"),
                                 Shop.current(), TODAY)
    assert expiry.text.startswith("王女士您好，您的洗剪吹10次卡还剩10次，12月31日到期")
    english = compose.message_for(shop["anna"], mt.default_for("balance", "en"),
                                  Shop.current(), TODAY)
    assert "holds ¥0.00 and 0 points" in english.text
