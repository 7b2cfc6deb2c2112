"""The paper the customer book prints, read back from the PDFs: the customer sheet, the
customer list as the page shows it, and mailing labels on A4 label sheets."""
from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from custbook import complaints
from custbook.calendar import reminder_actions
from custbook.customers import contacts, customers, purchases
from custbook.paper import label_layouts
from custbook.customers.customer_query import CustomerQuery
from custbook.errors import Cancelled, ValidationError
from custbook.models import ComplaintCategory, Customer, Tag
from custbook.paper import customer_list_pdf, customer_sheet, labels
from custbook.paper.fonts import register_cjk_font
from custbook.paper.text_fit import clip, wrap
from tests.conftest import TODAY


def pages_text(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(str(path)).pages]


def text_of(path) -> str:
    return "\n".join(pages_text(path))


def flat(text: str) -> str:
    return "".join(text.split())


def _photo() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (60, 80), (180, 140, 120)).save(out, "JPEG")
    return out.getvalue()


@pytest.fixture
def everything(book):
    """A customer with every part of the card filled in and a long history."""
    customer = customers.save_customer({
        "name": "林美华", "gender": "female", "wechat_id": "meihua_lin", "email": "mh@example.cn",
        "address": "杭州市西湖区文三路 88 号 2 幢 301 室", "clothing_size": "M", "shoe_size": "37",
        "birthday_calendar": "lunar", "birthday_month": 8, "birthday_day": 15, "birth_year": 1980,
        "occupation": "中学老师", "family": "女儿读大学", "personality": "爽快，爱聊天",
        "style_preferences": "真丝、素色", "hobbies": "太极拳", "lifestyle": "周末爬山",
        "service_preference": "喜欢安静地自己挑", "contact_preference": "wechat",
        "contact_preference_note": "晚上八点后", "accepts_promotions": True,
        "promotions_consent_on": dt.date(2025, 3, 1), "interest_topics": "新款丝巾",
        "member_since": dt.date(2024, 5, 20), "description": "老顾客介绍来的",
    }, ["13812345678", "057187654321"])
    customers.set_tags(customer.id, ["VIP", "老客户"])
    customers.set_photo(customer.id, _photo(), "image/jpeg")
    for n in range(14):
        purchases.add_purchase(customer.id, TODAY - dt.timedelta(days=20 * n + 1), 10000 + n * 100,
                               items=f"真丝衬衫 {n + 1}")
    for n in range(3):
        contacts.add_contact(customer.id, dt.datetime(2026, 10, 1 + n, 15, 0), "call",
                             f"问候第{n + 1}次", "很满意")
    reminder_actions.save_reminder({"title": "问问丝巾合不合适", "kind": "follow_up",
                                    "due_on": TODAY + dt.timedelta(days=3),
                                    "customer_id": customer.id}, TODAY)
    category = ComplaintCategory.select().first()
    complaints.create_complaint({"customer": customer.id, "customer_words": "扣子掉了",
                                 "received_at": dt.datetime(2026, 9, 1, 10, 0),
                                 "category": category.id if category else None},
                                now=dt.datetime(2026, 9, 1, 10, 5))
    return customer.id


# ------------------------------------------------------------------ the customer sheet

def test_the_sheet_of_a_customer_with_everything(everything, tmp_path):
    sheet = customer_sheet.write_customer_sheet(tmp_path / "sheet.pdf", everything, TODAY,
                                                recent=10)
    text = text_of(sheet.path)
    assert len(PdfReader(str(sheet.path)).pages) == sheet.pages >= 1
    assert f"Page 1 of {sheet.pages}" in text
    squeezed = flat(text)
    for words in ("林美华", "138 1234 5678", "meihua_lin", "mh@example.cn", "杭州市西湖区文三路",
                  "lunar month 8, day 15", "born 1980", "clothing M", "shoes 37", "中学老师",
                  "女儿读大学", "爽快，爱聊天", "真丝、素色", "太极拳", "周末爬山", "喜欢安静地自己挑",
                  "晚上八点后", "Yes, agreed on 2025-03-01", "新款丝巾", "2024-05-20",
                  "问候第3次", "问问丝巾合不合适", "扣子掉了", "VIP, 老客户", "Recent purchases (14)"):
        assert flat(words) in squeezed, words
    assert "4 more not shown" in text  # 14 purchases, the last 10 shown
    assert "真丝衬衫 1" in text and "真丝衬衫 14" not in text  # the newest ones
    # the photo is on the page
    first = PdfReader(str(sheet.path)).pages[0]
    images = [x for x in first["/Resources"].get("/XObject", {}).values()
              if x.get_object().get("/Subtype") == "/Image"]
    assert images


def test_the_sheet_of_a_customer_with_nothing_says_so(book, tmp_path):
    customer = customers.save_customer({"name": "无名氏"}, [])
    sheet = customer_sheet.write_customer_sheet(tmp_path / "empty.pdf", customer.id, TODAY)
    text = text_of(sheet.path)
    assert sheet.pages == 1 and "无名氏" in text
    for words in ("Contact and basics", "Phones", "Address", "Nothing noted yet",
                  "No purchases yet.", "No contacts yet.", "No open reminders.", "No complaints."):
        assert words in text
    assert "more not shown" not in text


def test_the_sheet_of_a_customer_in_the_trash_says_so(book, tmp_path):
    customer = customers.save_customer({"name": "Alice Chen"}, ["13900001111"])
    customers.move_to_trash([customer.id])
    text = text_of(customer_sheet.write_customer_sheet(tmp_path / "t.pdf", customer.id, TODAY).path)
    assert "Alice Chen" in text and "in the trash" in text


def test_every_word_of_the_paper_follows_the_language(everything, tmp_path):
    """The fixed words go through the translation hook (Chinese when the window is)."""
    from custbook import i18n

    i18n.set_translator(lambda context, text: f"译{text}")
    try:
        sheet = customer_sheet.write_customer_sheet(tmp_path / "zh.pdf", everything, TODAY)
        listed = customer_list_pdf.write_customer_list(tmp_path / "zh-list.pdf", ["name", "tags"],
                                                       query=CustomerQuery(text="林"))
        sheet_text, list_text = text_of(sheet.path), text_of(listed.path)
    finally:
        i18n.set_translator(None)
    for words in ("Customer sheet", "Contact and basics", "Personal profile", "Recent purchases",
                  "Total spent", "Tastes and style"):
        assert f"译{words}" in sheet_text, words
    assert "译Page 1 of" in sheet_text and "译Search: 林" in list_text
    assert "译Name" in list_text and "译Tags" in list_text


# ------------------------------------------------------------------ the list as shown

def test_the_list_as_shown_repeats_its_header_and_describes_the_search(sample_book, tmp_path):
    query = CustomerQuery(text="张", sort="name")
    shown = customers.count_customers(query)
    result = customer_list_pdf.write_customer_list(
        tmp_path / "list.pdf", ["name", "phone", "tags", "spent"], query=query)
    pages = pages_text(result.path)
    assert result.customers == shown and len(pages) == result.pages
    assert f"Search: 张 · {shown} customers" in pages[0]
    assert "Sorted by Name (A to Z)" in pages[0]
    for number, text in enumerate(pages, start=1):
        for header in ("Name", "Phone", "Tags", "Total spent"):
            assert header in text, (number, header)
        assert f"Page {number} of {len(pages)}" in text
    assert "Last visit" not in pages[0]  # a column not chosen is not printed
    names = [r.name for r in customers.list_customers(0, shown, query=query)]
    text = "\n".join(pages)
    assert all(name in text for name in names)
    positions = [text.index(name) for name in dict.fromkeys(names)]
    assert positions == sorted(positions)  # in the page's order


def test_a_long_list_runs_over_many_pages_with_the_header_on_each(sample_book, tmp_path):
    tag = Tag.select().first()
    query = CustomerQuery(tag_ids=(tag.id,), sort="spent", descending=True)
    shown = customers.count_customers(query)
    result = customer_list_pdf.write_customer_list(
        tmp_path / "all.pdf", customer_list_pdf.COLUMNS, query=CustomerQuery(today=TODAY))
    assert result.customers == 300 and result.pages >= 5
    assert PdfReader(str(result.path)).pages[0].mediabox.width > 800  # nine columns: landscape
    assert all("Next reminder" in t for t in pages_text(result.path))
    tagged = customer_list_pdf.write_customer_list(tmp_path / "tag.pdf", ["name", "tier"],
                                                   query=query)
    first = pages_text(tagged.path)[0]
    assert f"Tag: {tag.name} · {shown} customers" in first
    assert "Total spent (largest first)" in first
    assert PdfReader(str(tagged.path)).pages[0].mediabox.width < 600  # two columns: portrait


def test_a_selection_prints_in_the_order_chosen_and_an_empty_search_says_so(sample_book,
                                                                            tmp_path):
    rows = customers.list_customers(0, 3, "name")
    ids = [rows[2].id, rows[0].id]
    result = customer_list_pdf.write_customer_list(tmp_path / "sel.pdf", ["name"], ids=ids)
    text = text_of(result.path)
    assert result.customers == 2 and "Selected customers · 2 customers" in text
    assert text.index(rows[2].name) < text.index(rows[0].name) and rows[1].name not in text
    nobody = customer_list_pdf.write_customer_list(
        tmp_path / "none.pdf", ["name"], query=CustomerQuery(text="没有这个人xyz"))
    assert nobody.customers == 0 and "No customer matches this search." in text_of(nobody.path)


def test_cancelling_the_list_leaves_no_file(sample_book, tmp_path):
    target = tmp_path / "stopped.pdf"
    seen = []

    def progress(done: int, total: int) -> bool:
        seen.append(done)
        return done < 100

    with pytest.raises(Cancelled):
        customer_list_pdf.write_customer_list(target, ["name"], query=CustomerQuery(),
                                              progress=progress)
    assert not target.exists() and seen[-1] >= 100


def test_cells_wrap_chinese_anywhere_and_latin_between_words():
    font = register_cjk_font()
    lines = wrap("杭州市西湖区文三路八十八号二幢三零一室", font, 10, 60)
    assert len(lines) > 1 and "".join(lines) == "杭州市西湖区文三路八十八号二幢三零一室"
    assert wrap("Flat 3 Rose Court London", font, 10, 60)[0] in ("Flat 3 Rose", "Flat 3")
    assert clip(["a", "b", "c"], 2, font, 10, 60) == ["a", "b…"]


# ------------------------------------------------------------------ labels

def _with_addresses(n: int, prefix: str = "客户") -> list[int]:
    return [customers.save_customer({"name": f"{prefix}{i:02d}", "address": f"上海市静安区{i}号"},
                                    [f"1390000{i:04d}"]).id for i in range(n)]


def test_fifty_labels_take_three_sheets_of_21(book, tmp_path):
    ids = _with_addresses(50)
    layout = label_layouts.preset("3x7-70x42.3")
    result = labels.write_labels(tmp_path / "labels.pdf", layout, ids=ids, show_phone=True)
    reader = PdfReader(str(result.path))
    assert (result.labels, result.skipped, result.pages) == (50, 0, 3) and len(reader.pages) == 3
    first, last = reader.pages[0].extract_text(), reader.pages[2].extract_text()
    assert "客户00" in first and "上海市静安区0号" in first and "139 0000 0000" in first
    assert "客户20" in first and "客户21" not in first and "客户49" in last


def test_starting_at_label_19_uses_up_a_partly_used_sheet(book, tmp_path):
    ids = _with_addresses(5)
    layout = label_layouts.preset("3x7-70x42.3")
    result = labels.write_labels(tmp_path / "rest.pdf", layout, ids=ids, start_at=19)
    reader = PdfReader(str(result.path))
    assert result.pages == len(reader.pages) == 2
    assert "客户02" in reader.pages[0].extract_text() and "客户03" not in reader.pages[0].extract_text()
    assert layout.sheets_for(5, 19) == 2 and layout.sheets_for(3, 19) == 1
    with pytest.raises(ValidationError) as refused:
        labels.write_labels(tmp_path / "x.pdf", layout, ids=ids, start_at=22)
    assert refused.value.field == "start_at"


def test_customers_without_an_address_are_named_before_printing(book, tmp_path):
    ids = _with_addresses(4)
    nowhere = customers.save_customer({"name": "没地址"}, []).id
    blank = customers.save_customer({"name": "Blank Lines", "address": "  \n "}, []).id
    layout = label_layouts.preset("2x7-99.1x38.1")
    plan = labels.plan(layout, ids=ids + [nowhere, blank])
    assert (plan.customers, plan.labels, plan.skipped, plan.sheets) == (6, 4, 2, 1)
    assert set(plan.skipped_names) == {"没地址", "Blank Lines"}
    result = labels.write_labels(tmp_path / "l.pdf", layout, ids=ids + [nowhere, blank])
    assert result.labels == 4 and result.skipped == 2 and "没地址" not in text_of(result.path)


def test_a_very_long_address_shrinks_and_stays_on_its_label(book, tmp_path):
    long = "浙江省杭州市西湖区文三路" * 40
    cid = customers.save_customer({"name": "长地址", "address": long}, []).id
    layout = label_layouts.preset("3x8-70x37")
    result = labels.write_labels(tmp_path / "long.pdf", layout, ids=[cid])
    text = flat(text_of(result.path))
    assert result.pages == 1 and "长地址" in text and "…" in text


def test_labels_for_the_list_as_shown(sample_book, tmp_path):
    query = CustomerQuery(text="王", sort="name")
    layout = label_layouts.custom(2, 5, 90, 50, 10, 10, 5, 5)
    plan = labels.plan(layout, query=query)
    assert plan.customers == customers.count_customers(query)
    result = labels.write_labels(tmp_path / "wang.pdf", layout, query=query, outlines=True)
    assert result.labels == plan.labels and result.pages == plan.sheets == -(-plan.labels // 10)
    with_address = Customer.select().where(Customer.address != "").count()
    assert 0 < with_address < 300


def test_label_layouts_fit_on_a4_or_are_refused():
    for layout in label_layouts.presets():
        assert label_layouts.check(layout) is layout
        right = layout.position(layout.per_sheet - 1)
        assert right[0] + layout.width <= 210.5 and right[1] + layout.height <= 297.5
    assert label_layouts.preset("3x8-70x37").per_sheet == 24
    assert label_layouts.preset("2x7-99.1x38.1").name().startswith("2 × 7 = 14 labels, 99.1 × 38.1")
    with pytest.raises(ValidationError) as wide:
        label_layouts.custom(3, 7, 75, 42.3, 0, 0)
    assert wide.value.field == "width" and "wider than A4" in wide.value.message
    with pytest.raises(ValidationError) as tall:
        label_layouts.custom(3, 8, 70, 40, 0, 0)
    assert tall.value.field == "height"
    with pytest.raises(ValidationError):
        label_layouts.custom(0, 7, 70, 42.3, 0, 0)
    custom = label_layouts.custom(2, 5, 90, 50, 10, 10, 5, 5)
    assert label_layouts.from_text(label_layouts.as_text(custom)) == custom
    assert label_layouts.from_text("3x8-70x36").maker == "Avery 3475"
    assert label_layouts.from_text("nonsense") == label_layouts.presets()[0]
