"""Opening balances from another membership system (a CSV or XLSX export).

Columns (recognised by their Chinese or English heading): card number, name, phone,
tier, points, stored-value balance, count-card name and visits left, the count card's
price, the date the card was opened. Each row becomes (or finds) a customer through
the customer import itself (custbook.exchange.importer: the same dry run, duplicate
handling by phone and undo) and gets its card number and `opening` ledger entries.

Refused rows, each reported with its row number and never written: a negative
balance, money that is not an amount, a points or visits value that is not a whole
number, a card number that is not one, one used twice in the file or already in the
book, a count card without a name or without visits. Money is read by custbook.money:
"￥1,280.00", "3,000" and "8,888.88" are exact.

The dry run (`plan_file`) writes nothing; `apply_plan` writes everything in one
transaction and records a `MemberImport`; `undo` reverses its opening entries (the
ledger stays append-only), removes its card numbers and undoes the customer import.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from custbook import changes, clock, money
from custbook.errors import CustbookError, ValidationError
from custbook.exchange import importer, table_read, vcard_read
from custbook.i18n import QT_TRANSLATE_NOOP
from custbook.membership import ledger, numbers
from custbook.models import ImportBatch, Member, MemberEntry, MemberImport, database
from custbook.safety import audit
from custbook.sql_dialect import executemany

Progress = Callable[[int, int], bool]
_CHUNK = 500

# field -> headings that mean it (compared case-folded, without spaces and punctuation)
HEADINGS: dict[str, tuple[str, ...]] = {
    "number": ("卡号", "会员卡号", "会员号", "会员编号", "cardnumber", "cardno", "card",
               "membernumber", "memberno", "membercard"),
    "name": ("姓名", "会员姓名", "名字", "客户", "name", "membername", "customer"),
    "phone": ("手机", "手机号", "手机号码", "电话", "联系电话", "phone", "mobile", "tel"),
    "tier": ("等级", "会员等级", "级别", "卡类型", "tier", "level", "grade"),
    "points": ("积分", "剩余积分", "可用积分", "当前积分", "points", "point", "bonuspoints"),
    "value": ("储值余额", "余额", "储值", "卡内余额", "账户余额", "balance", "storedvalue",
              "storedbalance", "wallet"),
    "card_name": ("次卡", "次卡名称", "套餐", "套餐名称", "计次卡", "countcard", "package",
                  "packagename"),
    "visits": ("剩余次数", "次数", "剩余次卡次数", "visitsleft", "visits", "remainingvisits"),
    "card_price": ("次卡金额", "次卡价格", "套餐金额", "packageprice", "cardprice", "pricepaid"),
    "opened": ("开卡日期", "开卡时间", "入会日期", "办卡日期", "注册日期", "opened", "openedon",
               "membersince", "joined", "since"),
}


def _fold(text: str) -> str:
    folded = unicodedata.normalize("NFKC", str(text or "")).casefold()
    return re.sub(r"[\s_\-./:：()（）]", "", folded)


def map_headings(headers: list[str]) -> dict[str, int]:
    """{field: column index} for the headings recognised (first match wins)."""
    found: dict[str, int] = {}
    for index, heading in enumerate(headers):
        key = _fold(heading)
        for name, words in HEADINGS.items():
            if name not in found and key in words:
                found[name] = index
                break
    return found


@dataclass
class OpeningRow:
    number: int  # the file's row number
    card_number: str = ""
    name: str = ""
    phone: str = ""
    tier: str = ""
    points: int = 0
    value_cents: int = 0
    card_name: str = ""
    visits: int = 0
    card_price_cents: int = 0
    opened: dt.date | None = None
    problems: list[str] = field(default_factory=list)  # why it is refused
    action: str = "new"  # new, existing (balances go to a customer in the book), refused
    customer_id: int | None = None
    customer_row: importer.PlanRow | None = None

    @property
    def refused(self) -> bool:
        return bool(self.problems)


@dataclass
class OpeningPlan:
    file_name: str
    rows: list[OpeningRow]
    customers: importer.Plan

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    def refused(self) -> list[OpeningRow]:
        return [r for r in self.rows if r.refused]

    def totals(self) -> tuple[int, int, int]:
        """(stored value cents, points, visits) the import would write."""
        ok = [r for r in self.rows if not r.refused]
        return (sum(r.value_cents for r in ok), sum(r.points for r in ok),
                sum(r.visits for r in ok))


def _text(cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def _whole(text: str, what: str) -> int:
    cleaned = unicodedata.normalize("NFKC", text).replace(",", "").replace(" ", "")
    cleaned = re.sub(r"(次|分|points?|visits?)$", "", cleaned, flags=re.I)
    if not re.fullmatch(r"-?\d+(\.0+)?", cleaned):
        raise ValidationError(what, QT_TRANSLATE_NOOP(
            "MembershipImport", "{what} “{text}” is not a whole number.").format(
                what=what, text=text))
    value = int(cleaned.split(".")[0])
    if value < 0:
        raise ValidationError(what, QT_TRANSLATE_NOOP(
            "MembershipImport", "{what} “{text}” is negative.").format(what=what, text=text))
    return value


def _date(cell) -> dt.date | None:
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    text = unicodedata.normalize("NFKC", _text(cell))
    if not text:
        return None
    m = re.match(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})", text)
    if not m:
        raise ValidationError("opened", QT_TRANSLATE_NOOP(
            "MembershipImport", "“{text}” is not a date.").format(text=text))
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        raise ValidationError("opened", QT_TRANSLATE_NOOP(
            "MembershipImport", "“{text}” is not a date.").format(text=text)) from None


def read_rows(table: table_read.Table) -> list[OpeningRow]:
    columns = map_headings(table.headers)
    if "name" not in columns and "number" not in columns:
        raise CustbookError(QT_TRANSLATE_NOOP(
            "MembershipImport", "No column of names or card numbers was found (e.g. 姓名, "
                                "卡号)."))
    rows = []
    for offset, cells in enumerate(table.rows):
        if not any(_text(c) for c in cells):
            continue

        def cell(name: str):
            index = columns.get(name)
            return cells[index] if index is not None and index < len(cells) else None

        row = OpeningRow(table.first_row_number + offset)
        row.name = _text(cell("name"))
        row.phone = _text(cell("phone"))
        row.tier = _text(cell("tier"))
        row.card_name = _text(cell("card_name"))
        words = {"points": QT_TRANSLATE_NOOP("MembershipImport", "Points"),
                 "visits": QT_TRANSLATE_NOOP("MembershipImport", "Visits")}
        raw_number = _text(cell("number"))
        steps = [
            ("card_number", lambda: numbers.check(raw_number) if raw_number else ""),
            ("value_cents", lambda: money.parse(_text(cell("value")), "value",
                                                allow_negative=True, empty=0)),
            ("card_price_cents", lambda: money.parse(_text(cell("card_price")), "card_price",
                                                     empty=0)),
            ("points", lambda: _whole(_text(cell("points")), words["points"])
             if _text(cell("points")) else 0),
            ("visits", lambda: _whole(_text(cell("visits")), words["visits"])
             if _text(cell("visits")) else 0),
            ("opened", lambda: _date(cell("opened"))),
        ]
        for attribute, read in steps:
            try:
                setattr(row, attribute, read())
            except ValidationError as exc:
                row.problems.append(exc.message)
        if row.value_cents < 0:
            row.problems.append(QT_TRANSLATE_NOOP(
                "MembershipImport", "The stored-value balance {amount} is negative.").format(
                    amount=money.format_cents(row.value_cents)))
        if row.visits and not row.card_name:
            row.problems.append(QT_TRANSLATE_NOOP(
                "MembershipImport", "Visits are given but the count card has no name."))
        if row.card_name and not row.visits and not row.problems:
            row.card_name = ""  # a used-up card: nothing is owed on it
        if not row.name:
            row.problems.append(QT_TRANSLATE_NOOP("MembershipImport", "There is no name."))
        rows.append(row)
    return rows


def read_table(path: str | Path) -> table_read.Table:
    path = Path(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return table_read.read_xlsx(path)
    return table_read.read_csv(path)


def make_plan(rows: list[OpeningRow], file_name: str = "", on_duplicate: str = "skip",
              progress: Progress | None = None) -> OpeningPlan:
    """The dry run: which rows are refused and why, which customers are new or found."""
    seen: dict[str, int] = {}
    for row in rows:
        if row.card_number:
            if row.card_number in seen:
                row.problems.append(QT_TRANSLATE_NOOP(
                    "MembershipImport", "Card number {number} is also on row {row}.").format(
                        number=row.card_number, row=seen[row.card_number]))
            else:
                seen[row.card_number] = row.number
    taken = set()
    wanted = list(seen)
    for start in range(0, len(wanted), _CHUNK):
        taken.update(m.number for m in Member.select(Member.number).where(
            Member.number.in_(wanted[start:start + _CHUNK])))
    for row in rows:
        if row.card_number in taken:
            row.problems.append(QT_TRANSLATE_NOOP(
                "MembershipImport", "Card number {number} is already in the book.").format(
                    number=row.card_number))
    good = [r for r in rows if not r.refused]
    # One contact per row number of the file (refused or blank rows as nameless ones, which
    # the customer import leaves out), so its reasons name the file's own row numbers.
    first = rows[0].number if rows else 1
    slots = [vcard_read.Contact() for _ in range((rows[-1].number - first + 1) if rows else 0)]
    for r in good:
        slots[r.number - first] = vcard_read.Contact(
            name=r.name, phones=[r.phone] if r.phone else [],
            extra={"tier": r.tier} if r.tier else {})
    plan = importer.make_plan(slots, "update" if on_duplicate == "update" else "skip",
                              first, file_name, progress)
    by_number = {c.number: c for c in plan.rows}
    plan.rows = [by_number[r.number] for r in good]
    for row in good:
        customer_row = by_number[row.number]
        row.customer_row = customer_row
        if customer_row.action == "invalid" or (customer_row.action == "duplicate"
                                                 and customer_row.customer_id is None):
            row.problems.append(customer_row.reason)  # no name, or a phone used twice here
            customer_row.action = "invalid"
        elif customer_row.action in ("duplicate", "update"):
            row.action, row.customer_id = "existing", customer_row.customer_id
            customer_row.action = "update" if on_duplicate == "update" else "duplicate"
        if row.opened and customer_row.action == "new":
            customer_row.data["member_since"] = row.opened
    for row in rows:
        if row.refused:
            row.action = "refused"
    for row in rows:
        if row.action == "existing" and row.card_number:
            current = numbers.number_of(row.customer_id)
            if current and current != row.card_number:
                row.problems.append(QT_TRANSLATE_NOOP(
                    "MembershipImport", "{name} already has card number {number}.").format(
                        name=row.name, number=current))
                row.action = "refused"
                row.customer_row.action = "duplicate"
    return OpeningPlan(file_name, rows, plan)


def plan_file(path: str | Path, on_duplicate: str = "skip",
              progress: Progress | None = None) -> OpeningPlan:
    table = read_table(path)
    return make_plan(read_rows(table), Path(path).name, on_duplicate, progress)


def _when(row: OpeningRow) -> dt.datetime:
    return dt.datetime.combine(row.opened, dt.time(9)) if row.opened else clock.now_seconds()


@changes.reports(changes.CUSTOMERS, changes.PURCHASES)
def apply_plan(plan: OpeningPlan, progress: Progress | None = None) -> MemberImport:
    """Write the plan's rows (not the refused ones) in one transaction; returns the record."""
    rows = [r for r in plan.rows if not r.refused]
    note = QT_TRANSLATE_NOOP("MembershipImport", "Opening balance from {file}").format(
        file=plan.file_name or "?")[:200]
    with ledger.write_transaction():
        result = importer.apply_plan(plan.customers, progress)
        batch = ImportBatch.get_by_id(result.batch_id)
        created = json.loads(batch.created_ids)
        new_rows = [r for r in rows if r.action == "new"]
        for row, cid in zip(new_rows, created):
            row.customer_id = cid
        record = MemberImport.create(batch=batch.id, file_name=plan.file_name[:260],
                                     members_count=len(rows))
        now = clock.now_seconds()
        member_ids: list[int] = []
        # member numbers, for everyone (a new one for members without)
        for start in range(0, len(rows), _CHUNK):
            chunk = [r for r in rows[start:start + _CHUNK] if r.customer_id is not None]
            ids = [r.customer_id for r in chunk]
            have = {c for (c,) in _sql(f"SELECT customer_id FROM member WHERE customer_id "
                                       f"IN ({_marks(ids)})", ids)} if ids else set()
            fresh = [r for r in chunk if r.customer_id not in have]
            if fresh:
                first = _sql("SELECT COALESCE(MAX(id), 0) FROM member")[0][0]
                executemany(database.obj, "INSERT INTO member (customer_id, number, opened_on, "
                            "created_at) VALUES (?, ?, ?, ?)",
                            [(r.customer_id, r.card_number or numbers.suggested(r.customer_id),
                              (r.opened or clock.today()).isoformat(), str(now))
                             for r in fresh])
                fresh_ids = [r.customer_id for r in fresh]
                member_ids += [m for (m,) in _sql(
                    f"SELECT id FROM member WHERE id > ? AND customer_id IN "
                    f"({_marks(fresh_ids)})", [first, *fresh_ids])]
        # balances: new customers in bulk, customers already in the book through the ledger
        entry_ids: list[int] = []
        bulk = [r for r in rows if r.action == "new"]
        for start in range(0, len(bulk), _CHUNK):
            entry_ids += _bulk_opening(bulk[start:start + _CHUNK], note, now)
        for row in rows:
            if row.action != "existing":
                continue
            for kind, amount in ((ledger.VALUE, row.value_cents), (ledger.POINTS, row.points)):
                if amount:
                    entry_ids.append(ledger.opening_balance(row.customer_id, kind, amount,
                                                            note=note, at=_when(row)))
            if row.card_name and row.visits:
                card_id = ledger.opening_balance(row.customer_id, ledger.VISITS, row.visits,
                                                 name=row.card_name,
                                                 price_cents=row.card_price_cents, note=note)
                entry_ids += [e.id for e in MemberEntry.select(MemberEntry.id).where(
                    MemberEntry.account == card_id)]
        record.entries = json.dumps(entry_ids)
        record.members = json.dumps(member_ids)
        record.save()
    return record


def _marks(values: list) -> str:
    return ", ".join("?" * len(values))


def _sql(sql: str, params: list | tuple = ()) -> list[tuple]:
    return database.execute_sql(sql, tuple(params)).fetchall()


def _bulk_opening(rows: list[OpeningRow], note: str, now: dt.datetime) -> list[int]:
    """Accounts and opening entries of new members with a few statements."""
    accounts = []
    for r in rows:
        when = str(_when(r))
        for kind, amount in ((ledger.VALUE, r.value_cents), (ledger.POINTS, r.points)):
            if amount:
                accounts.append((r.customer_id, kind, 0, "", amount, 0, 0, when, str(now)))
        if r.card_name and r.visits:
            accounts.append((r.customer_id, ledger.VISITS, None, r.card_name[:80], r.visits,
                             r.visits, r.card_price_cents, when, str(now)))
    if not accounts:
        return []
    first = _sql("SELECT COALESCE(MAX(id), 0) FROM member_account")[0][0]
    executemany(database.obj, "INSERT INTO member_account (customer_id, kind, serial, name, "
                "balance, bought, price_cents, opened_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", accounts)
    by_customer = {r.customer_id: r for r in rows}
    ids = list(by_customer)
    made = _sql(f"SELECT id, customer_id, kind, name, balance FROM member_account "
                f"WHERE id > ? AND customer_id IN ({_marks(ids)})", [first, *ids])
    staff = audit.current_staff()
    entries = []
    trail = []
    for aid, cid, kind, name, balance in made:
        r = by_customer[cid]
        entries.append((cid, aid, kind, ledger.OPENING, balance, 0, balance,
                        balance if kind == ledger.VALUE else 0, staff, note, str(_when(r))))
        label = kind if kind != ledger.VISITS else f"{ledger.VISITS}:{name}"
        trail.append((cid, r.name, staff, str(now), "ledger", f"{label}:{ledger.OPENING}", "0",
                      str(balance)))
    first_entry = _sql("SELECT COALESCE(MAX(id), 0) FROM member_entry")[0][0]
    executemany(database.obj, "INSERT INTO member_entry (customer_id, account_id, kind, action, "
                "amount, balance_before, balance_after, cash_cents, staff_id, note, at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", entries)
    # the audit trail, as audit.record_many writes it, in one executemany
    executemany(database.obj, "INSERT INTO audit_entry (customer_id, customer_name, staff_id, "
                "at, action, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", trail)
    account_ids = [m[0] for m in made]
    return [e for (e,) in _sql(f"SELECT id FROM member_entry WHERE id > ? AND account_id IN "
                               f"({_marks(account_ids)})", [first_entry, *account_ids])]


@changes.reports(changes.CUSTOMERS, changes.PURCHASES)
def undo(import_id: int) -> int:
    """Undo an opening-balance import: reverse its entries, drop its numbers and customers.

    Refused (nothing changes) when a balance it brought has been spent meanwhile.
    """
    with ledger.write_transaction():
        record = MemberImport.get_or_none(MemberImport.id == import_id)
        if record is None or record.undone_at is not None:
            raise CustbookError(QT_TRANSLATE_NOOP(
                "MembershipImport", "This import was already undone or no longer exists."))
        reason = QT_TRANSLATE_NOOP("MembershipImport", "Import of {file} undone").format(
            file=record.file_name)
        entries = json.loads(record.entries)
        for entry_id in entries:
            original = MemberEntry.get_or_none(MemberEntry.id == entry_id)
            if original is None or original.customer_id is None:
                continue
            if MemberEntry.select().where(MemberEntry.reverses == entry_id).exists():
                continue
            ledger.reverse(entry_id, reason)
        members = json.loads(record.members)
        for start in range(0, len(members), _CHUNK):
            Member.delete().where(Member.id.in_(members[start:start + _CHUNK])).execute()
        if record.batch_id is not None:
            importer.undo_import(record.batch_id)
        record.undone_at = clock.now_seconds()
        record.save()
    return len(entries)


def recent(limit: int = 20) -> list[MemberImport]:
    return list(MemberImport.select().order_by(MemberImport.id.desc()).limit(limit))
