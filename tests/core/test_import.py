"""Importing customer lists: real-world files, a GBK CSV, dry run, duplicates, undo, round trip."""
from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from custbook import customers
from custbook.errors import CustbookError
from custbook.io import export, field_map, importer
from custbook.io.table_read import ReadError
from custbook.models import Customer, ImportBatch

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT / "tests" / "data" / "realworld"
REAL_FILES = sorted(p.name for p in REAL.iterdir() if p.suffix in (".csv", ".vcf"))


def _card(name: str) -> customers.CustomerCard:
    return customers.get_card(Customer.get(Customer.name == name).id)


def _import(path, **options):
    plan = importer.plan_file(path, **options)
    return plan, importer.apply_plan(plan)


@pytest.mark.parametrize("name", REAL_FILES)
def test_every_real_file_imports_or_says_why(book, name):
    plan, result = _import(REAL / name)
    assert plan.rows
    for row in plan.invalid():
        assert row.reason and row.number >= 1
    assert result.created == plan.count("new")
    assert Customer.select().count() == plan.count("new")


def test_real_vcards_give_the_right_people(book):
    for name in REAL_FILES:
        if name.endswith(".vcf"):
            _import(REAL / name)
    lunar = _card("Dr. Full Middle Contact Suffix").fields
    assert (lunar["birthday_calendar"], lunar["birthday_month"], lunar["birthday_day"]) == \
        ("lunar", 12, 1)
    huawei = _card("华为云")
    assert [p.number for p in huawei.phones] == ["+864000955988"]
    assert huawei.has_photo
    assert customers.photo_of(huawei.id).startswith(b"\x89PNG")
    iphone = Customer.get(Customer.email == "john.doe@ibm.com")
    assert customers.photo_of(iphone.id).startswith(b"\xff\xd8")
    assert (iphone.birth_year, iphone.birthday_month, iphone.birthday_day) == (2012, 6, 6)
    assert "\r" not in iphone.address and iphone.address.startswith("Silicon Alley 5")
    assert Customer.get(Customer.name == "十城目管理大型知座").email == "weird@weird.com"
    assert {f"安藤ロイド{i}" for i in (3, 4, 5)} <= {c.name for c in Customer.select()}
    assert Customer.get(Customer.name.startswith("βγδεαβγδ1")).description.startswith(
        "Длинный комментарий на русском языке")
    folker = _card("Folker Kinzel").fields
    assert (folker["birth_year"], folker["birthday_month"], folker["birthday_day"]) == (1978, 3, 11)
    assert Customer.get(Customer.name == "KMS Außenstelle").email == "blablö@blub.com"
    dummy = _card("Dummy, Dummy")
    assert dummy.fields["email"] == "dummy.dummy@dummy.com"
    assert "Dummy-Dummy-Strasse 1" in dummy.fields["address"]
    # Words in TEL are kept in the notes, not lost.
    max_ = Customer.get(Customer.name.startswith("Dr. Max Horst"))
    assert "Privattelefon" in max_.description


def test_android_nameless_cards_are_refused_with_reason(book):
    plan = importer.plan_file(REAL / "vcf21-android-qp-utf8-6contacts.vcf")
    assert [(r.number, r.reason) for r in plan.invalid()] == \
        [(1, "There is no name."), (2, "There is no name.")]
    assert plan.count("new") == 4
    assert any("photo" in w for r in plan.rows for w in r.warnings)


def test_real_csvs_give_the_right_people(book):
    for name in REAL_FILES:
        if name.endswith(".csv"):
            _import(REAL / name)
    google = _card("Prefix Firstname Middle Lastname Suffix").fields
    assert google["email"] == "home@aaa.pl"
    assert (google["birth_year"], google["birthday_month"], google["birthday_day"]) == \
        (1975, 12, 12)
    assert 'note"note' in google["description"]
    smith = _card("John Smith").fields
    assert smith["email"] == "john@example.com"
    assert "\n" in smith["description"]
    assert Customer.get(Customer.name == "名無しの権兵衛").email == "名無しの権兵衛@host.invalid"
    assert Customer.get(Customer.name == "John Doe").email == "johndoe@host.invalid"


def _gbk_csv(path: Path) -> Path:
    text = ("姓名,手机,生日,地址,备注,会员等级\r\n"
            "张三,138 1234 5678,1990/5/3,\"杭州市\n西湖区\",老客户,金卡\r\n"
            "李四,13900001111,农历八月十五,,,\r\n"
            ",13700000000,,,没有名字,\r\n"
            "王五,13812345678,,,同一个手机,\r\n"
            "赵六,,1990-02-30,,,\r\n")
    path.write_bytes(text.encode("gbk"))
    return path


def test_gbk_csv_with_chinese_headers(book, tmp_path):
    from custbook.models import Tier

    Tier.create(name="金卡", rank=1)
    plan = importer.plan_file(_gbk_csv(tmp_path / "客户.csv"))
    assert [(r.number, r.action) for r in plan.rows] == \
        [(2, "new"), (3, "new"), (4, "invalid"), (5, "duplicate"), (6, "new")]
    assert plan.rows[3].reason == "Same phone number as row 2."
    assert plan.rows[4].warnings == ["The birthday “1990-02-30” is not a date and was left out."]
    assert Customer.select().count() == 0  # the dry run wrote nothing
    importer.apply_plan(plan)
    zhang = _card("张三")
    assert zhang.fields["address"] == "杭州市\n西湖区"
    assert (zhang.fields["birth_year"], zhang.fields["birthday_month"],
            zhang.fields["birthday_day"]) == (1990, 5, 3)
    assert zhang.fields["tier"] == Tier.get(Tier.name == "金卡").id
    assert zhang.phones[0].number == "+8613812345678"
    li = _card("李四").fields
    assert (li["birthday_calendar"], li["birthday_month"], li["birthday_day"]) == ("lunar", 8, 15)


def test_duplicates_skip_update_create_and_undo(book, tmp_path):
    old = customers.save_customer({"name": "张三", "email": "old@example.com"}, ["13812345678"],
                                  tags=["老客"])
    path = _gbk_csv(tmp_path / "list.csv")
    assert importer.plan_file(path, "skip").rows[0].action == "duplicate"
    assert importer.plan_file(path, "create").rows[0].action == "new"
    plan, result = _import(path, on_duplicate="update")
    assert plan.rows[0].action == "update" and plan.rows[0].customer_id == old.id
    assert (result.created, result.updated) == (2, 1)
    card = customers.get_card(old.id)
    assert card.fields["address"] == "杭州市\n西湖区" and card.fields["email"] == "old@example.com"
    assert Customer.select().count() == 3
    importer.undo_import(result.batch_id)
    assert Customer.select().count() == 1
    card = customers.get_card(old.id)
    assert card.fields["address"] == "" and card.tags == ["老客"]
    assert [p.number for p in card.phones] == ["+8613812345678"]
    assert ImportBatch.get_by_id(result.batch_id).undone_at is not None
    with pytest.raises(CustbookError):
        importer.undo_import(result.batch_id)
    from custbook import search

    assert [r.name for r in search.search("李四")] == []


def test_failed_import_leaves_the_book_as_it_was(book, tmp_path):
    plan = importer.plan_file(_gbk_csv(tmp_path / "list.csv"))
    plan.rows[-1].data["tier"] = 999  # the tier vanished between dry run and import
    with pytest.raises(CustbookError):
        importer.apply_plan(plan)
    assert Customer.select().count() == 0 and ImportBatch.select().count() == 0


def test_dates_people_write():
    parse = field_map.parse_birthday
    assert parse("1990-05-03") == ("solar", 5, 3, 1990, False)
    assert parse("1990/5/3") == ("solar", 5, 3, 1990, False)
    assert parse("3/5/1990", day_first=True) == ("solar", 5, 3, 1990, False)
    assert parse("3/5/1990", day_first=False) == ("solar", 3, 5, 1990, False)
    assert parse("5月3日") == ("solar", 5, 3, None, False)
    assert parse("1990年5月3日") == ("solar", 5, 3, 1990, False)
    assert parse("农历闰四月初八") == ("lunar", 4, 8, None, True)
    assert parse("农历1990年腊月廿三") == ("lunar", 12, 23, 1990, False)
    assert parse("0/0/00") is None
    with pytest.raises(ValueError):
        parse("not a date")
    assert field_map.guess_day_first(["5/3/1990", "25/3/1990"]) is True
    assert field_map.guess_day_first(["5/30/1990"]) is False


@pytest.mark.parametrize("fmt", export.FORMATS)
def test_round_trip_into_an_empty_book(tmp_path, fmt):
    from custbook import db

    db.open_book(tmp_path / "a.db")
    customers.save_customer({"name": "王小明", "email": "wang@example.com",
                             "birthday_calendar": "solar", "birthday_month": 5,
                             "birthday_day": 3, "birth_year": 1990, "address": "杭州市 文三路",
                             "description": "=1+1 喜欢蓝色"}, ["13812345678", "0571-87654321"])
    customers.save_customer({"name": "Li Lei", "birthday_calendar": "lunar",
                             "birthday_month": 8, "birthday_day": 15}, ["13900001111"])
    out = tmp_path / f"list.{fmt}"
    export.export_customers(out, fmt)
    db.close_book()
    db.open_book(tmp_path / "b.db")
    plan, result = _import(out)
    assert result.created == 2, [(r.action, r.reason) for r in plan.rows]
    wang = _card("王小明")
    assert [p.number for p in wang.phones] == ["+8613812345678", "+8657187654321"]
    assert (wang.fields["email"], wang.fields["birth_year"], wang.fields["birthday_month"],
            wang.fields["birthday_day"]) == ("wang@example.com", 1990, 5, 3)
    assert wang.fields["address"] == "杭州市 文三路"
    assert wang.fields["description"] == "=1+1 喜欢蓝色"
    li = _card("Li Lei").fields
    assert (li["birthday_calendar"], li["birthday_month"], li["birthday_day"]) == ("lunar", 8, 15)


def test_broken_and_random_files_never_crash(book, tmp_path):
    rng = random.Random(7)
    samples = [(REAL / n).read_bytes() for n in REAL_FILES]
    for attempt in range(300):
        data = rng.choice(samples)
        kind = attempt % 3
        if kind == 0:
            data = data[:rng.randrange(len(data) + 1)]
        elif kind == 1:
            data = bytearray(data)
            for _ in range(rng.randrange(1, 20)):
                data[rng.randrange(len(data))] = rng.randrange(256)
            data = bytes(data)
        else:
            data = bytes(rng.randrange(256) for _ in range(rng.randrange(200)))
        path = tmp_path / f"f{attempt}{rng.choice(['.csv', '.vcf', '.xlsx'])}"
        path.write_bytes(data)
        before = Customer.select().count()
        try:
            plan = importer.plan_file(path)
        except ReadError as exc:
            assert str(exc)
            continue
        importer.apply_plan(plan)
        assert Customer.select().count() == before + plan.count("new")


def test_cli_import_dry_run_apply_and_undo(book, tmp_path):
    from custbook import db

    db.close_book()
    path = _gbk_csv(tmp_path / "list.csv")
    env = {**os.environ, "CUSTBOOK_NO_BOOTSTRAP": "1"}

    def run(*args):
        return subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(book),
                               "import", *args], capture_output=True, text=True, cwd=ROOT, check=False,
                              env=env)
    dry = run(str(path), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "New: 3  Updated: 0  Duplicates: 1  Invalid: 1" in dry.stdout
    assert "row 4: There is no name." in dry.stdout
    done = run(str(path), "--on-duplicate", "create")
    assert done.returncode == 0 and "4 created" in done.stdout
    undone = run("--undo", "1")
    assert undone.returncode == 0 and "undone" in undone.stdout
    bad = run(str(tmp_path / "missing.csv"))
    assert bad.returncode == 2 and "missing.csv" in bad.stderr and "Traceback" not in bad.stderr
