"""Every form that records who did something offers the shop's active staff, and a record
naming someone who has left keeps their name (SQLite book, offscreen widgets)."""
from __future__ import annotations

from custbook.customers import customers, purchases
from custbook.safety import audit
from custbook.shop import staff
from tests.conftest import TODAY
from ui.customers.card_history import PurchaseDialog
from ui.membership.dialogs import TopUpDialog
from ui.satisfaction_entry import SatisfactionEntry
from ui.staff_picker import staff_combo


def names(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_picker_lists_active_staff_and_keeps_a_departed_persons_name(book, qtbot):
    mei = staff.add_staff("小美")
    lin = staff.add_staff("林姐")
    staff.set_active(lin, False)
    fresh = staff_combo(None)
    qtbot.addWidget(fresh)
    assert names(fresh) == ["—", "小美"] and fresh.currentData() is None
    old = staff_combo(lin, "servedBy", "(nobody)")
    qtbot.addWidget(old)
    assert old.objectName() == "servedBy"
    assert names(old) == ["(nobody)", "小美", "林姐"] and old.currentData() == lin
    assert staff_combo(mei).currentText() == "小美"


def test_the_purchase_and_ledger_forms_use_it(book, qtbot):
    mei = staff.add_staff("小美")
    lin = staff.add_staff("林姐")
    cid = customers.save_customer({"name": "王芳"}, []).id
    pid = purchases.add_purchase(cid, TODAY, 10000, "围巾", "", lin, "")
    staff.set_active(lin, False)
    dialog = PurchaseDialog(None, cid, TODAY, purchases.purchase(pid))
    qtbot.addWidget(dialog)
    assert dialog.staff.currentText() == "林姐" and "林姐" in names(dialog.staff)
    audit.set_current_staff(mei)
    try:
        top_up = TopUpDialog(None, cid)
        qtbot.addWidget(top_up)
        assert names(top_up.staff) == ["—", "小美"] and top_up.staff.currentData() == mei
    finally:
        audit.set_current_staff(None)


def test_a_rating_asked_by_someone_who_has_left_keeps_their_name(book, qtbot):
    staff.add_staff("小美")
    lin = staff.add_staff("林姐")
    staff.set_active(lin, False)
    entry = SatisfactionEntry(None, staff_id=lin)
    qtbot.addWidget(entry)
    assert entry.staff.objectName() == "satisfactionStaff"
    assert names(entry.staff) == ["—", "小美", "林姐"] and entry.staff.currentData() == lin
