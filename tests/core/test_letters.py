"""Recommendation letters: who a topic or tag finds, consent, merge fields, the PDF, the log.

A small hand-built book: every expected answer below is worked out from it by hand.
"""
from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader

from custbook import settings
from custbook.customers import contacts, customers, purchases
from custbook.letters import letter_templates, letters
from custbook.errors import Cancelled, ValidationError
from custbook.models import ContactEntry, Staff
from custbook.paper.letters_pdf import write_letters

TODAY = dt.date(2026, 11, 22)
YES = {"accepts_promotions": True, "promotions_consent_on": dt.date(2026, 1, 5)}


@pytest.fixture
def shop(book):
    """Six customers with interests, one of them in the trash, a tag, a purchase."""
    settings.set("shop_name", "云裳服饰")
    settings.set("shop_phone", "0571-8765 4321")
    settings.set("shop_address", "杭州市文三路 268 号")
    made = {}
    for key, data in {
        "wang": {"name": "王芳", "gender": "female", "hobbies": "喝茶，瑜伽", **YES,
                 "address": "杭州市西湖区 1 号", "member_since": dt.date(2021, 3, 8)},
        "li": {"name": "李强", "gender": "male", "interest_topics": "品茶、书法", **YES},
        "zhao": {"name": "赵敏", "gender": "", "style_preferences": "喜欢真丝", **YES},
        "anna": {"name": "Anna Smith", "gender": "female",
                 "interest_topics": "Tea ceremony, hiking", **YES},
        "steak": {"name": "Bob Stone", "gender": "male", "hobbies": "STEAK dinners", **YES},
        "no": {"name": "陈静", "gender": "female", "hobbies": "茶艺", "accepts_promotions": False,
               "promotions_consent_on": dt.date(2025, 6, 1)},
        "unasked": {"name": "周洁", "hobbies": "ＴＥＡ tasting"},  # full-width letters
        "trashed": {"name": "孙丽", "hobbies": "茶", **YES},
    }.items():
        made[key] = customers.save_customer(data).id
    customers.move_to_trash([made["trashed"]])
    purchases.add_purchase(made["wang"], dt.date(2026, 10, 3), 89900, "真丝衬衫 ×1、丝巾 ×2")
    customers.add_tag([made["li"], made["no"], made["trashed"]], "VIP")
    return made


def names(found: list[letters.Candidate]) -> list[str]:
    return sorted(c.name for c in found)


def test_a_chinese_topic_is_found_inside_words(shop):
    found = letters.interest_index().match("茶")
    assert names(found.included) == ["李强", "王芳"]  # 喝茶, 品茶; the trashed 孙丽 not at all
    assert names(found.excluded) == ["陈静"]  # 茶艺, but said no
    wang = next(c for c in found.included if c.name == "王芳")
    assert wang.matched == "Hobbies: 喝茶"


def test_an_english_topic_matches_words_whatever_the_case_or_width(shop):
    found = letters.interest_index().match("tea")
    assert names(found.included) == ["Anna Smith"]  # not "STEAK": tea starts no word there
    assert names(found.excluded) == ["周洁"]  # ＴＥＡ tasting, full-width, never asked
    assert names(letters.interest_index().match("  Tea  Ceremony ").included) == ["Anna Smith"]
    assert names(letters.interest_index().match("steak").included) == ["Bob Stone"]
    assert letters.interest_index().match("").all == []


def test_a_tag_finds_its_customers_but_not_the_trash(shop):
    tag = next(t for t in customers.all_tags() if t.name == "VIP")
    found = letters.by_tag(tag.id)
    assert names(found.included) == ["李强"]
    assert names(found.excluded) == ["陈静"]


def test_customers_without_consent_are_left_out_with_the_reason(shop):
    index = letters.interest_index()
    reasons = {c.name: c.reason for c in index.match("茶").excluded + index.match("tea").excluded}
    assert reasons["陈静"] == "Said no to promotions on 2025-06-01"
    assert reasons["周洁"] == "Has not agreed to promotions"
    assert all(c.eligible and not c.reason for c in index.match("茶").included)


def test_the_words_customers_have_are_offered_most_common_first(shop):
    words = letters.interest_index().words()
    assert {"喝茶", "瑜伽", "品茶", "书法", "Tea ceremony", "茶艺"} <= set(words)
    assert "茶" not in words  # only in the trash


def test_merge_fields_are_filled_for_each_customer(shop):
    template = letter_templates.Template("t", "t", "zh_CN", "{topic}新品",
                                "尊敬的{surname_title}：{last_purchase_items}，{last_purchase_date}，"
                                "{member_since}，{shop_name}，{shop_phone}，{today}，{name}")
    shop_values = letter_templates.Shop.current("茶")
    [letter] = letters.letters_for([shop["wang"]], template, shop_values, TODAY)
    assert letter.subject == "茶新品"
    assert letter.body == ("尊敬的王女士：真丝衬衫、丝巾，2026年10月3日，2021年3月8日，云裳服饰，"
                           "0571-8765 4321，2026年11月22日，王芳")


def test_missing_values_fall_back_to_words_never_none(shop):
    settings.set("shop_phone", "")
    body = "{surname_title}|{last_purchase_items}|{last_purchase_date}|{member_since}|{tier}|" \
           "{shop_phone}|{staff_name}"
    zh = letter_templates.Template("t", "t", "zh_CN", "", body)
    en = letter_templates.Template("t", "t", "en", "", body)
    shop_values = letter_templates.Shop.current("")
    [letter] = letters.letters_for([shop["zhao"]], zh, shop_values, TODAY)
    assert letter.body == "赵敏|本店商品|之前|第一次光临|尊贵|本店电话|全体店员"
    [letter] = letters.letters_for([shop["li"]], en, shop_values, TODAY)
    assert letter.body == ("Mr Li|pieces|your last visit|your first visit|valued|"
                           "our usual number|The team")
    assert "None" not in letter.body
    [letter] = letters.letters_for([shop["anna"]], en, shop_values, TODAY)
    assert letter.body.startswith("Ms Smith|")


def test_the_staff_member_on_duty_signs(shop):
    staff = Staff.create(name="小林")
    template = letter_templates.Template("t", "t", "en", "", "{staff_name}")
    [letter] = letters.letters_for([shop["li"]], template, letter_templates.Shop.current("", staff.id),
                                   TODAY)
    assert (letter.body, letter.staff_name) == ("小林", "小林")


def test_an_unknown_field_is_refused_by_name_before_printing(shop):
    with pytest.raises(ValidationError) as caught:
        letter_templates.check_template("Hello {name}", "Dear {first_name}, {name}")
    assert caught.value.field == "body" and "{first_name}" in caught.value.message
    with pytest.raises(ValidationError) as caught:
        letter_templates.check_template("{Topic}", "Dear {name}")
    assert caught.value.field == "subject" and "{Topic}" in caught.value.message
    bad = letter_templates.Template("t", "t", "en", "", "{__class__}")
    with pytest.raises(ValidationError):
        letters.letters_for([shop["li"]], bad, letter_templates.Shop.current(), TODAY)
    letter_templates.check_template("", "Braces { around words } stay text")  # no field: fine
    with pytest.raises(ValidationError, match="姓名"):
        letter_templates.check_template("", "{姓名}")


def test_surname_titles():
    assert letter_templates.surname_title("王芳", "female", "zh_CN") == "王女士"
    assert letter_templates.surname_title("欧阳娜娜", "female", "zh_CN") == "欧阳女士"
    assert letter_templates.surname_title("欧阳娜娜", "female", "en") == "Ms Ouyang"
    assert letter_templates.surname_title("曾伟", "male", "en") == "Mr Zeng"
    assert letter_templates.surname_title("赵敏", "", "zh_CN") == "赵敏"
    assert letter_templates.surname_title("Anna  Smith", "other", "en") == "Anna Smith"


def test_the_built_in_templates_are_valid_and_follow_the_language(book):
    assert [t.language for t in letter_templates.templates("zh_CN")][:2] == ["zh_CN", "zh_CN"]
    assert [t.language for t in letter_templates.templates("en")][:2] == ["en", "en"]
    for template in letter_templates.BUILT_IN:
        letter_templates.check_template(template.subject, template.body)
        assert "{surname_title}" in template.body


def test_the_shops_own_templates_are_kept_in_the_settings(book):
    kept = letter_templates.save_template("秋季上新", "zh_CN", "{topic}到了", "亲爱的{name}：\n\n新品到了。")
    assert letter_templates.template(kept.key) == kept and not kept.builtin
    again = letter_templates.save_template("秋季上新", "zh_CN", "改了", "亲爱的{name}", kept.key)
    assert again.key == kept.key and letter_templates.template(kept.key).subject == "改了"
    assert [t.name for t in letter_templates.templates("zh_CN")][2] == "秋季上新"
    with pytest.raises(ValidationError):
        letter_templates.save_template("坏的", "zh_CN", "", "{nope}")
    copy = letter_templates.save_template("Ours", "en", "s", "b", "builtin:en_new")
    assert copy.key != "builtin:en_new" and letter_templates.template("builtin:en_new").subject
    letter_templates.delete_template(kept.key)
    assert letter_templates.template(kept.key) is None and letter_templates.template(copy.key) is not None
    settings.set("letter_templates", "{damaged")
    assert len(letter_templates.templates()) == len(letter_templates.BUILT_IN)


def test_the_pdf_has_one_page_per_letter_with_each_name(shop, tmp_path):
    chosen = [shop["wang"], shop["li"], shop["anna"]]
    zh = letter_templates.template("builtin:zh_new")
    found = letters.letters_for(chosen, zh, letter_templates.Shop.current("茶"), TODAY)
    written = write_letters(tmp_path / "letters.pdf", found, address_block=True)
    reader = PdfReader(str(tmp_path / "letters.pdf"))
    assert written.pages == written.letters == len(reader.pages) == 3
    texts = [page.extract_text() for page in reader.pages]
    for text, name in zip(texts, ["王芳", "李强", "Anna Smith"]):
        assert name in text and "云裳服饰" in text
    assert "尊敬的王女士" in texts[0] and "真丝衬衫" in texts[0] and "杭州市西湖区" in texts[0]
    assert "2026年11月22日" in texts[1]
    en = letters.letters_for(chosen[:1], letter_templates.template("builtin:en_thanks"),
                             letter_templates.Shop.current(), TODAY)
    write_letters(tmp_path / "en.pdf", en)
    text = PdfReader(str(tmp_path / "en.pdf")).pages[0].extract_text()
    assert "Dear Ms Wang" in text and "22 November 2026" in text and "8 March 2021" in text


def test_letters_are_recorded_in_one_transaction(shop):
    ids = [shop["wang"], shop["li"]]
    assert letters.record_letters(ids, {shop["wang"]: "茶新品", shop["li"]: "书法"},
                                  at=dt.datetime(2026, 11, 22, 10, 0)) == 2
    newest = contacts.contacts_of(shop["wang"])[0]
    assert (newest.kind, newest.summary) == ("letter", "茶新品")
    assert contacts.contacts_of(shop["li"])[0].summary == "书法"
    before = ContactEntry.select().count()
    with pytest.raises(ValidationError):
        letters.record_letters([shop["zhao"], 999_999], "x")  # one is not in the book
    assert ContactEntry.select().count() == before  # nobody got an entry


def test_print_and_record_records_nothing_when_the_pdf_fails(shop, tmp_path):
    found = letters.letters_for([shop["wang"], shop["li"]], letter_templates.template("builtin:zh_new"),
                                letter_templates.Shop.current("茶"), TODAY)
    before = ContactEntry.select().count()
    with pytest.raises(OSError):
        letters.print_and_record(tmp_path / "no-such-folder" / "x.pdf", found, record=True)
    assert ContactEntry.select().count() == before

    def stop(done: int, total: int) -> bool:
        return done < 1  # the user cancels after the first letter

    target = tmp_path / "old.pdf"
    target.write_bytes(b"the old file")
    with pytest.raises(Cancelled):
        letters.print_and_record(target, found, record=True, progress=stop)
    assert ContactEntry.select().count() == before and target.read_bytes() == b"the old file"
    written = letters.print_and_record(tmp_path / "ok.pdf", found, record=True)
    assert written.pages == 2 and ContactEntry.select().count() == before + 2
