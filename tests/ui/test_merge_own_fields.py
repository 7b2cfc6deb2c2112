"""The merge dialog offers the shop's own fields both cards fill differently, like the
card's own fields, and the merge takes the value chosen."""
from __future__ import annotations

from custbook.customers import custom_fields as cf, customer_list, customers, merge


def test_an_own_field_conflict_is_chosen_in_the_merge_dialog(window, qtbot):
    from ui.customers.duplicates import MergeDialog

    hair = cf.save_field({"name": "发质", "kind": "choice", "choices": "干性\n油性"})
    tea = cf.save_field({"name": "喜欢的茶", "kind": "text"})
    keep = customers.save_customer({"name": "周洁"}, ["13512345678"]).id
    drop = customers.save_customer({"name": "周洁"}, ["13512345679"]).id
    cf.set_values(keep, {hair.id: "干性", tea.id: "龙井"})
    cf.set_values(drop, {hair.id: "油性", tea.id: "龙井"})  # the same tea: no question
    a, b = customer_list.rows_for([keep, drop])
    dialog = MergeDialog(window, merge.DuplicatePair(a, b, "same name"))
    qtbot.addWidget(dialog)
    side = {dialog.rows[0].id: 0, dialog.rows[1].id: 1}
    dialog.keep_group.button(side[keep]).click()
    key = (f"custom:{hair.id}",)
    assert key in dialog.choices and (f"custom:{tea.id}",) not in dialog.choices
    assert dialog.choices[key].checkedId() == side[keep]  # the kept card's value by default
    assert dialog.choices[key].button(side[drop]).text() == "油性"
    dialog.choose(key[0], side[drop])
    assert f"custom:{hair.id}" in dialog.take_from_drop()
    dialog.merge_button.click()
    assert cf.values_of(keep) == {hair.id: "油性", tea.id: "龙井"}
    assert customers.get_card(drop).in_trash
