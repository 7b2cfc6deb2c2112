"""The Reminder rules dialog: turn each automatic rule on or off and tune its days.

After a save the rules run again (off the window's thread when the book is big), so
the calendar at once shows what the new settings make.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from custbook.calendar import holidays, reminder_titles, rule_settings
from custbook.customers import customer_labels
from custbook.errors import ValidationError
from ui.calendar.common import ERROR_STYLE


def _days(name: str, high: int, suffix: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(0, high)
    spin.setSuffix(suffix)
    return spin


class RulesDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("rulesDialog")
        self.setWindowTitle(self.tr("Reminder rules"))
        self.resize(620, 680)
        names = reminder_titles.rule_names()
        values = rule_settings.current()
        outer = QVBoxLayout(self)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        outer.addWidget(self.error)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        days = self.tr(" days")
        # --- after a purchase
        self.post_purchase = QGroupBox(self.tr("Calls after each purchase"))
        self.post_purchase.setObjectName("rulePostPurchase")
        self.post_purchase.setCheckable(True)
        self.post_purchase.setChecked(values["rule_post_purchase"])
        form = QFormLayout(self.post_purchase)
        self.steps = []
        for index, (rule, name) in enumerate((("purchase_reassure", names["purchase_reassure"]),
                                              ("purchase_use", names["purchase_use"]),
                                              ("purchase_keep", names["purchase_keep"]))):
            spin = _days(f"step_{rule}", 365, days)
            spin.setSpecialValueText(self.tr("off"))
            spin.setValue(rule_settings.offsets(values["rule_post_purchase_days"])[index])
            self.steps.append(spin)
            form.addRow(self.tr("%1, after").replace("%1", name), spin)
        layout.addWidget(self.post_purchase)
        # --- re-purchase and slipping away
        self.repurchase = QGroupBox(names["repurchase"])
        self.repurchase.setObjectName("ruleRepurchase")
        self.repurchase.setCheckable(True)
        self.repurchase.setChecked(values["rule_repurchase"])
        form = QFormLayout(self.repurchase)
        self.repurchase_before = _days("repurchaseBefore", 365, days)
        self.repurchase_before.setValue(values["rule_repurchase_days_before"])
        form.addRow(self.tr("Call this long before they usually buy again"),
                    self.repurchase_before)
        self.repurchase_default = _days("repurchaseDefault", 3650, days)
        self.repurchase_default.setSpecialValueText(self.tr("no call"))
        self.repurchase_default.setValue(values["rule_repurchase_default_days"])
        form.addRow(self.tr("Usual interval when there are fewer than 3 purchases"),
                    self.repurchase_default)
        layout.addWidget(self.repurchase)
        self.slipping = QGroupBox(self.tr("Customers slipping away"))
        self.slipping.setObjectName("ruleSlipping")
        self.slipping.setCheckable(True)
        self.slipping.setChecked(values["rule_slipping"])
        form = QFormLayout(self.slipping)
        form.addRow(QLabel(self.tr("A call when a customer has not been seen for more than "
                                   "twice their usual interval, or:")))
        self.slipping_days = _days("slippingDays", 3650, days)
        self.slipping_days.setValue(values["rule_slipping_days"])
        form.addRow(self.tr("Without enough history, after"), self.slipping_days)
        layout.addWidget(self.slipping)
        # --- birthdays and anniversaries
        greetings = QGroupBox(self.tr("Birthdays and anniversaries"))
        form = QFormLayout(greetings)
        self.birthday = QCheckBox(self.tr("Birthday greetings (solar or lunar birthdays)"))
        self.birthday.setObjectName("ruleBirthday")
        self.birthday.setChecked(values["rule_birthday"])
        self.birthday_before = _days("birthdayBefore", 60, days)
        self.birthday_before.setValue(values["rule_birthday_days_before"])
        form.addRow(self.birthday)
        form.addRow(self.tr("Show them this long before"), self.birthday_before)
        self.anniversary = QCheckBox(self.tr("Membership anniversaries"))
        self.anniversary.setObjectName("ruleAnniversary")
        self.anniversary.setChecked(values["rule_anniversary"])
        form.addRow(self.anniversary)
        self.feb29 = QComboBox()
        self.feb29.setObjectName("feb29")
        self.feb29.addItem(self.tr("28 February"), "feb28")
        self.feb29.addItem(self.tr("1 March"), "mar1")
        self.feb29.setCurrentIndex(self.feb29.findData(values["feb29_yearly_on"]))
        form.addRow(self.tr("29 February falls in other years on"), self.feb29)
        layout.addWidget(greetings)
        layout.addWidget(self._holiday_box(values))
        layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

    def _holiday_box(self, values: dict) -> QGroupBox:
        box = QGroupBox(self.tr("Holiday greetings"))
        box.setObjectName("ruleHolidays")
        box.setCheckable(True)
        box.setChecked(values["rule_holidays"])
        self.holidays_box = box
        form = QFormLayout(box)
        self.holiday_list = QListWidget()
        self.holiday_list.setObjectName("holidayList")
        chosen = set(values["rule_holiday_list"].split(","))
        for holiday in holidays.builtin():
            item = QListWidgetItem(holiday.name)
            item.setData(Qt.ItemDataRole.UserRole, holiday.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if holiday.code in chosen
                               else Qt.CheckState.Unchecked)
            self.holiday_list.addItem(item)
        self.holiday_list.setFixedHeight(150)
        form.addRow(self.tr("Greet on"), self.holiday_list)
        self.shop_days = QPlainTextEdit(values["rule_shop_days"])
        self.shop_days.setObjectName("shopDays")
        self.shop_days.setPlaceholderText(self.tr("One per line: 11-18 Shop anniversary (L08-16 "
                                                  "for a lunar date)"))
        self.shop_days.setFixedHeight(64)
        form.addRow(self.tr("The shop's own days"), self.shop_days)
        who = QHBoxLayout()
        self.promotions = QCheckBox(self.tr("customers who accept promotions"))
        self.promotions.setObjectName("holidayPromotions")
        self.promotions.setChecked(values["rule_holiday_promotions"])
        self.tag = QComboBox()
        self.tag.setObjectName("holidayTag")
        self.tag.addItem(self.tr("(no tag)"), "")
        for tag in customer_labels.all_tags():
            self.tag.addItem(self.tr("and those tagged %1").replace("%1", tag.name), tag.name)
        self.tag.setCurrentIndex(max(0, self.tag.findData(values["rule_holiday_tag"])))
        who.addWidget(self.promotions)
        who.addWidget(self.tag, 1)
        form.addRow(self.tr("Greet"), who)
        self.holiday_before = _days("holidayBefore", 60, self.tr(" days"))
        self.holiday_before.setValue(values["rule_holiday_days_before"])
        form.addRow(self.tr("Show them this long before"), self.holiday_before)
        return box

    def values(self) -> dict:
        """The settings as the dialog shows them."""
        codes = [self.holiday_list.item(i).data(Qt.ItemDataRole.UserRole)
                 for i in range(self.holiday_list.count())
                 if self.holiday_list.item(i).checkState() == Qt.CheckState.Checked]
        return {
            "rule_post_purchase": self.post_purchase.isChecked(),
            "rule_post_purchase_days": ",".join(str(s.value()) for s in self.steps),
            "rule_repurchase": self.repurchase.isChecked(),
            "rule_repurchase_days_before": self.repurchase_before.value(),
            "rule_repurchase_default_days": self.repurchase_default.value(),
            "rule_slipping": self.slipping.isChecked(),
            "rule_slipping_days": self.slipping_days.value(),
            "rule_birthday": self.birthday.isChecked(),
            "rule_birthday_days_before": self.birthday_before.value(),
            "rule_anniversary": self.anniversary.isChecked(),
            "rule_holidays": self.holidays_box.isChecked(),
            "rule_holiday_list": ",".join(codes),
            "rule_holiday_tag": self.tag.currentData(),
            "rule_holiday_promotions": self.promotions.isChecked(),
            "rule_holiday_days_before": self.holiday_before.value(),
            "rule_shop_days": self.shop_days.toPlainText(),
            "feb29_yearly_on": self.feb29.currentData(),
        }

    def save(self) -> None:
        try:
            rule_settings.save(self.values())
        except ValidationError as exc:
            self.error.setText(exc.message)
            self.error.show()
            if exc.field == "rule_shop_days":
                self.shop_days.setFocus()
            return
        self.accept()
