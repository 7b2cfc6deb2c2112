"""A customer list's money and company columns: 累计消费 "12,580.50" becomes the card's
spend before the book, 公司 / vCard ORG its company — imported, searched, exported, and
counted where a figure means all they ever spent (and only there)."""
from __future__ import annotations

import csv
import datetime as dt

import pytest
from openpyxl import Workbook

from custbook import clock
from custbook.customers import customer_figures, customer_list, customers
from custbook.errors import ValidationError
from custbook.exchange import export, field_map, importer
from custbook.loyalty import loyalty
from custbook.models import Customer, Purchase, Tier
from custbook.paper import customer_sheet
from custbook.shop import tier_rules


def by_name() -> dict[str, Customer]:
    return {c.name: c for c in Customer.select()}


def test_money_and_company_columns_are_recognised_whatever_they_are_called(book):
    for headers, money_col, company_col in (
            (["姓名", "手机", "累计消费", "公司"], 2, 3),
            (["客户姓名", "消费金额", "工作单位"], 1, 2),
            (["Name", "Total spent", "Company"], 1, 2),
            (["顾客", "总消费", "单位"], 1, 2),
            (["Name", "Organization 1 - Name", "Spent before Custbook", "Total spent"], 2, 1)):
        mapping = field_map.auto_mapping(headers)
        assert mapping.get(money_col) == "prior_spend", headers
        assert mapping.get(company_col) == "company", headers
        assert list(mapping.values()).count("prior_spend") == 1


def test_a_csv_brings_the_spend_before_and_the_company(book, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("姓名,手机,累计消费,公司\n张三,13800138000,\"12,580.50\",上海茶行有限公司\n"
                    "李四,13900139000,￥1200,\n王五,13700137000,1 200 元,  单位名  \n"
                    "赵六,13600136000,很多,\n", encoding="utf-8")
    plan = importer.plan_file(path)
    assert [r.action for r in plan.rows] == ["new"] * 4
    assert plan.rows[3].warnings == [
        "The spend before “很多” is not an amount of money and was left out."]
    importer.apply_plan(plan)
    cards = by_name()
    assert cards["张三"].prior_spend_cents == 1258050
    assert cards["张三"].company == "上海茶行有限公司"
    assert cards["李四"].prior_spend_cents == 120000 and cards["李四"].company == ""
    assert cards["王五"].prior_spend_cents == 120000 and cards["王五"].company == "单位名"
    assert cards["赵六"].prior_spend_cents == 0


def test_an_excel_sheet_with_numbers_and_a_vcard_org(book, tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Name", "Mobile", "Total spent", "Organization"])
    sheet.append(["Alice", "13800138000", 1200.5, "Tea & Co."])
    sheet.append(["Bob", "13900139000", 300, None])
    workbook.save(tmp_path / "list.xlsx")
    importer.import_file(tmp_path / "list.xlsx")
    (tmp_path / "card.vcf").write_bytes(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:王芳\r\nORG:杭州西湖茶社;门店部\r\n"
        "TEL:13700137000\r\nEND:VCARD\r\n".encode("utf-8"))
    importer.import_file(tmp_path / "card.vcf")
    cards = by_name()
    assert (cards["Alice"].prior_spend_cents, cards["Alice"].company) == (120050, "Tea & Co.")
    assert (cards["Bob"].prior_spend_cents, cards["Bob"].company) == (30000, "")
    assert cards["王芳"].company == "杭州西湖茶社 门店部"


def test_the_card_keeps_both_and_refuses_a_wrong_amount(book):
    card = customers.save_customer({"name": "张三", "company": "上海茶行",
                                    "prior_spend_cents": "¥12,580.50"}, ["13800138000"])
    fields = customers.get_card(card.id).fields
    assert (fields["prior_spend_cents"], fields["company"]) == (1258050, "上海茶行")
    for wrong in ("-5", "很多", "1.234"):
        with pytest.raises(ValidationError) as caught:
            customers.save_customer({"name": "张三", "prior_spend_cents": wrong}, [],
                                    customer_id=card.id)
        assert caught.value.field == "prior_spend_cents"
    customers.save_customer({"name": "张三", "prior_spend_cents": ""}, [], customer_id=card.id)
    assert customers.get_card(card.id).fields["prior_spend_cents"] == 0


def test_the_company_finds_its_people(book):
    tea = customers.save_customer({"name": "张三", "company": "上海茶行有限公司"}, ["13800138000"])
    customers.save_customer({"name": "李四"}, ["13900139000"])
    assert [r.id for r in customer_list.search_customers("茶行")] == [tea.id]
    assert [r.id for r in customer_list.search_customers("上海茶行有限公司")] == [tea.id]
    customers.save_customer({"name": "张三", "company": "北京书店"}, ["13800138000"],
                            customer_id=tea.id)
    assert customer_list.search_customers("茶行") == []
    assert [r.id for r in customer_list.search_customers("书店")] == [tea.id]


def test_the_export_writes_both_and_the_vcard_its_org(book, tmp_path):
    customers.save_customer({"name": "张三", "company": "上海茶行", "prior_spend_cents": 1258050},
                            ["13800138000"])
    export.export_customers(tmp_path / "out.csv", "csv")
    with open(tmp_path / "out.csv", encoding="utf-8-sig", newline="") as file:
        row = next(csv.DictReader(file))
    assert (row["Company"], row["Spent before Custbook"]) == ("上海茶行", "12580.50")
    export.export_customers(tmp_path / "out.vcf", "vcf")
    assert "\r\nORG:上海茶行\r\n".encode("utf-8") in (tmp_path / "out.vcf").read_bytes()


def spender(book, prior: int) -> int:
    card = customers.save_customer({"name": "老顾客", "prior_spend_cents": prior}, ["13800138000"])
    today = clock.today()
    for days, cents in ((300, 10000), (200, 20000)):  # came twice, not for 200 days: at risk
        Purchase.create(customer=card.id, purchased_on=today - dt.timedelta(days=days),
                        amount_cents=cents, items="茶")
    Customer.update(last_purchase_on=today - dt.timedelta(days=200), purchase_count=2,
                    total_spent_cents=30000).where(Customer.id == card.id).execute()
    return card.id


def test_lifetime_figures_count_the_spend_before_and_period_ones_do_not(book):
    cid = spender(book, 1258050)
    today = clock.today()
    figures = customer_figures.card_figures(cid, today)
    assert (figures.total_spent_cents, figures.prior_spend_cents) == (30000, 1258050)
    at_risk = loyalty.at_risk_customers(today)
    assert [(line.customer_id, line.spent_cents) for line in at_risk] == [(cid, 1288050)]
    year = loyalty.top_customers(today - dt.timedelta(days=365), today)
    assert [line.spent_cents for line in year] == [30000]
    assert loyalty.loyalty_figures(today - dt.timedelta(days=365), today).revenue_cents == 30000


def test_the_customer_sheet_shows_the_spend_before_and_all_they_have_spent(book):
    cid = spender(book, 1258050)
    data = customer_sheet.gather(cid, clock.today())
    pairs = dict(customer_sheet.spending(data, clock.today()))
    assert pairs["Total spent"] == "¥300.00"
    assert pairs["Spent before using Custbook"] == "¥12,580.50"
    assert pairs["All they have spent"] == "¥12,880.50"


def test_a_tier_rule_of_twelve_months_does_not_count_undated_spend(book):
    cid = spender(book, 5_000_000)
    gold = Tier.select().order_by(Tier.rank.desc()).first()
    rules = [tier_rules.TierRule(t.id, t.rank, t.id == gold.id, 100_000 if t.id == gold.id else 0,
                                 0) for t in Tier.select()]
    assert tier_rules.preview(rules, customer_ids=[cid]).moves == []
