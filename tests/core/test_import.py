"""Importing customer lists: real-world files, a GBK CSV, dry run, duplicates, undo, round trip."""
from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from custbook.customers import customers
from custbook.errors import CustbookError
from custbook.exchange import export, field_map, importer
from custbook.exchange.table_read import ReadError
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
    assert plan.rows[3].reason == "Same phone number as row 2 (张三)."
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
    from custbook.customers import customer_list

    assert [r.name for r in customer_list.search_customers("李四")] == []


def test_failed_import_leaves_the_book_as_it_was(book, tmp_path):
    from custbook.models import Tier

    plan = importer.plan_file(_gbk_csv(tmp_path / "list.csv"))
    # the tier 金卡 vanished between the dry run and the import (another PC of the shop)
    Tier.delete().where(Tier.id == plan.rows[0].data["tier"]).execute()
    with pytest.raises(CustbookError, match="tier no longer exists"):
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


# ------------------------------------------------------------------ the bulk path (issue 7)

def _table_counts() -> dict[str, int]:
    """Rows in every table of the book (the FTS index's own tables included)."""
    from custbook.models import database

    return {t: database.execute_sql(f'SELECT count(*) FROM "{t}"').fetchone()[0]
            for t in database.get_tables()}


def _schema() -> list[tuple]:
    from peewee import SqliteDatabase

    from custbook.models import database

    if not isinstance(database.obj, SqliteDatabase):
        return []
    return database.execute_sql("SELECT type, name, sql FROM sqlite_master ORDER BY name"
                                ).fetchall()


_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑欧阳"
_GIVEN = "芳娜敏静丽伟强磊军洋勇艳杰娟涛明超秀霞平刚桂英华"
_BIRTHDAYS = ("1985-03-12", "1990/5/3", "农历八月十五", "农历闰四月初八", "5月3日", "", "1990-02-30",
              "农历1978年腊月廿三")


def _varied_list(path: Path, rows: int, seed: int = 11) -> Path:
    """A shop's list with what real lists have: Chinese names, mobiles and landlines,
    several phones, solar and lunar birthdays, tags (in two spellings), tiers, e-mails,
    notes, a few bad phones, repeated numbers and rows without a name."""
    rng = random.Random(seed)
    lines = ["姓名,手机,电话,性别,生日,地址,邮箱,微信号,标签,会员等级,职业,备注"]
    for i in range(rows):
        name = rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(rng.randint(1, 2)))
        if i % 97 == 5:
            name = ""
        mobile = f"1{rng.choice('3589')}{i:09d}"
        if i % 50 == 7:
            mobile = f"1{rng.choice('3589')}{i - 1:09d}"  # the row before's number again
        if i % 61 == 3:
            mobile = "无"
        land = f"0571-8{i:07d}" if i % 4 == 0 else ""
        mobiles = f"{mobile};13{i:09d}" if i % 9 == 0 else mobile
        tags = rng.choice(["", "VIP", "vip,老客户", "老客户;喜欢新品", "学生"])
        email = f"u{i}@example.com" if i % 3 else ""
        if i % 211 == 9:
            email = "not-an-address@"
        lines.append(",".join([
            name, mobiles, land, rng.choice(["女", "男", ""]), rng.choice(_BIRTHDAYS),
            f"\"杭州市西湖区文三路{i}号\"", email, f"wx_{i}" if i % 5 == 0 else "",
            f"\"{tags}\"", rng.choice(["", "Gold", "Silver", "钻石卡"]),
            rng.choice(["", "教师", "护士"]), rng.choice(["", "喜欢真丝", "=1+1 对羊毛过敏"])]))
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")
    return path


def _created_in_order(plan: importer.Plan, result: importer.ImportResult) -> list[int]:
    import json

    ids = json.loads(ImportBatch.get_by_id(result.batch_id).created_ids)
    assert len(ids) == plan.count("new")
    return ids


def _everything_about(customer_id: int) -> dict:
    from custbook.safety import audit
    from custbook.models import CustomerSearch

    card = customers.get_card(customer_id)
    row = Customer.select().where(Customer.id == customer_id).dicts().get()
    for key in ("id", "created_at", "updated_at"):
        row.pop(key)
    history = [(e.action, e.field, e.old_value, e.new_value, e.staff)
               for e in audit.history(customer_id)]
    keys = CustomerSearch.get(CustomerSearch.customer == customer_id).keys
    return {"fields": card.fields, "phones": card.phones, "tags": card.tags,
            "version": card.version, "has_photo": card.has_photo, "in_trash": card.in_trash,
            "referred_by_name": card.referred_by_name, "photo": customers.photo_of(customer_id),
            "row": row, "history": history, "search_keys": keys}


def test_bulk_import_gives_the_same_cards_as_saving_them_one_by_one(book, tmp_path):
    from custbook.safety import audit
    from custbook.models import Staff

    audit.set_current_staff(Staff.create(name="陈静").id)  # entries carry who was on duty
    files = [_varied_list(tmp_path / "list.csv", 400), REAL / "vcf30-iphone-ios5-photo.vcf",
             REAL / "vcf30-macos12-zh-company-photo.vcf",
             REAL / "vcf30-iphone-ios8-allfields-lunar-bday.vcf"]
    compared = 0
    for path in files:
        plan = importer.plan_file(path, on_duplicate="create")
        result = importer.apply_plan(plan)
        bulk_ids = _created_in_order(plan, result)
        for row, bulk_id in zip([r for r in plan.rows if r.action == "new"], bulk_ids):
            one = customers.save_customer(row.data, row.phones, tags=row.tags or None)
            if row.photo:
                customers.set_photo(one.id, *row.photo)
            assert _everything_about(bulk_id) == _everything_about(one.id), row.number
            compared += 1
    assert compared > 380
    everything = [_everything_about(c.id) for c in Customer.select()]
    assert any(e["fields"]["birthday_calendar"] == "lunar" and e["fields"]["birthday_leap"]
               for e in everything)
    assert any(len(e["phones"]) >= 3 for e in everything)
    assert any(e["photo"] for e in everything)
    assert any(e["fields"]["tier"] for e in everything)
    assert any(len(e["tags"]) == 2 for e in everything)
    assert {"VIP", "老客户", "喜欢新品", "学生"} == {t for e in everything for t in e["tags"]}


def test_progress_is_reported_and_cancel_leaves_the_book_exactly_as_it_was(sample_book,
                                                                          tmp_path):
    from custbook.customers import customer_list
    from custbook.errors import Cancelled

    path = _varied_list(tmp_path / "big.csv", 1500)
    counts, schema = _table_counts(), _schema()
    calls: list[tuple[int, int]] = []

    def cancel_halfway(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < total // 2

    with pytest.raises(Cancelled):
        importer.plan_file(path, progress=cancel_halfway)
    calls.clear()
    plan = importer.plan_file(path, progress=lambda done, total: calls.append((done, total)))
    assert calls[0] == (0, 1500) and calls[-1] == (1500, 1500) and len(calls) >= 4
    calls.clear()
    with pytest.raises(Cancelled):
        importer.apply_plan(plan, progress=cancel_halfway)
    assert len(calls) >= 3 and calls[-1][0] >= calls[-1][1] // 2
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert _table_counts() == counts
    assert _schema() == schema  # the search index's triggers are back
    calls.clear()
    with pytest.raises(Cancelled):  # cancelled while the search index is being written
        importer.apply_plan(plan, progress=lambda done, total: calls.append((done, total))
                            or done <= total // 2)
    assert calls[-2][0] <= calls[-2][1] // 2 < calls[-1][0]  # in the index step, the last
    assert _table_counts() == counts and _schema() == schema
    someone = Customer.select().order_by(Customer.id).first()
    assert someone.id in [r.id for r in customer_list.search_customers(someone.name, 500)]

    calls.clear()
    result = importer.apply_plan(plan, progress=lambda done, total: calls.append((done, total)))
    assert calls[-1][0] == calls[-1][1] and result.created == plan.count("new") > 1300
    after = _table_counts()
    assert after["customer"] == counts["customer"] + result.created
    assert _schema() == schema
    importer.undo_import(result.batch_id)
    undone = _table_counts()
    for table in ("customer", "customer_phone", "customer_tag", "customer_search", "purchase"):
        assert undone[table] == counts[table], table


def test_search_finds_imported_customers_by_name_pinyin_and_phone(book, tmp_path):
    from custbook.customers import customer_list, search

    path = tmp_path / "list.csv"
    path.write_text("姓名,手机,标签,备注\r\n张三丰,138 1234 5678,VIP,喜欢真丝\r\n"
                    "欧阳娜娜,0571-8765 4321,,\r\n曾小贤,13912340000,老客户,\r\n",
                    encoding="utf-8")
    _import(path)
    _varied_list(tmp_path / "more.csv", 300)
    _import(tmp_path / "more.csv")

    def found(text: str) -> list[str]:
        return [r.name for r in customer_list.search_customers(text, 400)]

    assert found("张三丰")[0] == "张三丰"
    assert found("zhangsanfeng") == ["张三丰"]
    assert "张三丰" in found("zsf")
    assert found("13812345678") == ["张三丰"]
    assert found("5678")[0] == "张三丰"
    assert found("ouyangnana") == ["欧阳娜娜"]
    assert found("87654321") == ["欧阳娜娜"]
    assert found("zengxiaoxian") == ["曾小贤"]  # the surname's own reading (zēng)
    assert "张三丰" in found("VIP") and "曾小贤" in found("老客户")
    assert "张三丰" in found("真丝")
    assert search.heal() == 0  # nothing was left stale for the next search to fix


def test_dry_run_finds_the_same_duplicates_as_the_card(book, tmp_path):
    first = customers.save_customer({"name": "张三"}, ["13812345678"])
    customers.save_customer({"name": "张三 (2)"}, ["13812345678"])
    gone = customers.save_customer({"name": "李四"}, ["13900001111"])
    customers.move_to_trash([gone.id])
    path = tmp_path / "list.csv"
    path.write_text("姓名,手机\r\n张三,138 1234 5678\r\n李四,13900001111\r\n",
                    encoding="utf-8")
    plan = importer.plan_file(path)
    same, trashed = plan.rows
    hit = customers.possible_duplicates("张三", ["13812345678"])[0]
    assert (same.action, same.customer_id, same.reason) == \
        ("duplicate", first.id, hit.reason) and hit.customer_id == first.id
    assert trashed.action == "new"  # a card in the trash is not a duplicate
    assert importer.plan_file(path, "update").rows[0].action == "update"


def test_a_tag_too_long_is_left_out_and_the_customer_kept(book, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text(f"姓名,手机,标签\r\n张三,13812345678,{'长' * 41}\r\n李四,13900001111,VIP\r\n",
                    encoding="utf-8")
    plan = importer.plan_file(path)
    assert [r.action for r in plan.rows] == ["new", "new"]  # one rule for every field (#13)
    assert plan.rows[0].tags == [] and plan.rows[0].warnings
    assert importer.apply_plan(plan).created == 2


def test_control_characters_from_a_damaged_file_are_dropped_not_stored(book, tmp_path):
    """Control bytes in a damaged export (a NUL above all, which PostgreSQL refuses in
    text) never reach the book; the readable rest of the card does."""
    import json

    from custbook.customers import customers
    from custbook.exchange import importer

    path = tmp_path / "damaged.vcf"
    path.write_bytes("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:王\x00芳\r\nTEL:13800138000\r\n"
                     "NOTE:爱\x01喝茶\x1f\r\nEND:VCARD\r\n".encode("utf-8"))
    plan, result = importer.import_file(path)
    assert result.created == 1
    created = json.loads(importer.recent_imports()[0].created_ids)
    card = customers.get_card(created[0])
    assert card.fields["name"] == "王芳"
    assert card.fields["description"] == "爱喝茶"
