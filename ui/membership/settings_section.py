"""The Settings dialog's Membership section: the points rules and the receipt's last line.

Checked and stored by custbook.membership.rules (check_settings / save_settings), not by
the shop settings, so a refused value is shown beside its field and nothing of this
section is stored until all of it is right.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit

from custbook import money, settings
from custbook.errors import ValidationError
from custbook.membership import rules
from ui.settings.section import SettingsSection


class MembershipSection(SettingsSection):
    name = "membership"

    def __init__(self, parent=None):
        super().__init__(parent)
        intro = QLabel(self.tr("How members earn and use points, and what a receipt says last."))
        intro.setWordWrap(True)
        self.layout_.addWidget(intro)
        form = QFormLayout()
        self.layout_.addLayout(form)
        self.per_yuan = self.add_row(form, self.tr("Points per yuan spent"),
                                     "member_points_per_yuan", QLineEdit(),
                                     self.tr("e.g. 1, or 0.5 for a point every two yuan"))
        self.tiers = self.add_row(form, self.tr("More points by tier"), "member_tier_multipliers",
                                  QPlainTextEdit(), self.tr("One tier a line, e.g. Gold=1.5"))
        self.tiers.setFixedHeight(70)
        self.birthday = self.add_row(form, "", "member_birthday_double",
                                     QCheckBox(self.tr("Double points in the birthday month")))
        self.point_value = self.add_row(form, self.tr("One point is worth (¥)"),
                                        "member_point_value_cents", QLineEdit(),
                                        self.tr("when points are taken as money off, e.g. 0.01"))
        self.expire = self.add_row(form, "", "member_points_expire", QCheckBox(
            self.tr("Points earned in a year expire at the end of the next year")))
        self.thanks = self.add_row(form, self.tr("Receipt thank-you line"), "member_thank_you",
                                   QLineEdit())
        self.layout_.addStretch(1)

    def title(self) -> str:
        return self.tr("Membership")

    def load(self) -> None:
        self.per_yuan.setText(settings.get("member_points_per_yuan"))
        self.tiers.setPlainText(settings.get("member_tier_multipliers"))
        self.birthday.setChecked(settings.get("member_birthday_double"))
        self.point_value.setText(money.plain(settings.get("member_point_value_cents")))
        self.expire.setChecked(settings.get("member_points_expire"))
        self.thanks.setText(settings.get("member_thank_you"))

    def typed(self) -> dict[str, Any]:
        return {"member_points_per_yuan": self.per_yuan.text(),
                "member_tier_multipliers": self.tiers.toPlainText(),
                "member_birthday_double": self.birthday.isChecked(),
                "member_point_value_cents": self.point_value.text(),
                "member_points_expire": self.expire.isChecked(),
                "member_thank_you": self.thanks.text()}

    def save(self) -> bool:
        _, bad = rules.check_settings(self.typed())
        for key, message in bad.items():
            self.show_error(key, message)
        if bad:
            return False
        try:
            rules.save_settings(self.typed())
        except ValidationError as exc:
            self.show_error(exc.field, exc.message)
            return False
        return True
