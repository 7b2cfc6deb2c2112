"""The filter controls above the customer list; they combine with the search box.

The bar only gathers what the owner chose and hands it over as CustomerQuery fields;
what "birthday in the next 7 days" or "not seen for 90 days" means is the core's job.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QWidget,
)

from custbook.customers import customers
from custbook.shop import words as shop_words
from ui.customers import tier_badge
from ui.customers.card_fields import CustomFieldFilter
from ui.customers.widgets import FlowLayout


class FilterBar(QWidget):
    """Tag, tier, birthday, last visit, open complaint, promotions and referral filters."""

    sig_changed = Signal()
    """sig_changed(): a filter was changed; read them with `query_fields()`."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("filterBar")
        layout = FlowLayout(self, spacing=8)
        self.tag_button = QPushButton()
        self.tag_button.setObjectName("tagFilter")
        self.tag_menu = QMenu(self.tag_button)
        self.tag_button.setMenu(self.tag_menu)
        self.tag_menu.aboutToShow.connect(self._fill_tag_menu)
        self._tag_ids: list[int] = []
        self._tag_names: dict[int, str] = {}
        self.tier = QComboBox()
        self.tier.setObjectName("tierFilter")
        self.birthday = QComboBox()
        self.birthday.setObjectName("birthdayFilter")
        self.birthday.addItem(self.tr("Any birthday"), "")
        self.birthday.addItem(self.tr("Birthday this month"), "this_month")
        self.birthday.addItem(self.tr("Birthday in the next 7 days"), "next_7_days")
        self.not_seen = QCheckBox(self.tr("Not seen for"))
        self.not_seen.setObjectName("notSeenFilter")
        self.not_seen_days = QSpinBox()
        self.not_seen_days.setObjectName("notSeenDays")
        self.not_seen_days.setRange(1, 3650)
        self.not_seen_days.setValue(90)
        self.not_seen_days.setEnabled(False)
        days = QLabel(self.tr("days"))
        self.open_complaint = QCheckBox(self.tr("Open complaint"))
        self.open_complaint.setObjectName("complaintFilter")
        self.promotions = QCheckBox(self.tr("Accepts promotions"))
        self.promotions.setObjectName("promotionsFilter")
        self.referred = QCheckBox(self.tr("Referred by someone"))
        self.referred.setObjectName("referredFilter")
        self.membership = QComboBox()  # issue 18: members with money or a card expiring
        self.membership.setObjectName("membershipFilter")
        self.membership.addItem(self.tr("Any member card"), "")
        self.membership.addItem(self.tr("Has a balance"), "balance")
        self.membership.addItem(self.tr("Card expiring within 30 days"), "expiring")
        self.custom = CustomFieldFilter()  # the shop's own fields (ui.customers.card_fields)
        self.custom.sig_changed.connect(self._changed)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.setFlat(True)
        self.clear_button.setStyleSheet("color: #2f6f8f; text-decoration: underline;")
        self.clear_button.clicked.connect(self.clear)
        not_seen = QWidget()
        row = QHBoxLayout(not_seen)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        for widget in (self.not_seen, self.not_seen_days, days):
            row.addWidget(widget)
        for widget in (self.tag_button, self.tier, self.birthday, not_seen, self.open_complaint,
                       self.promotions, self.referred, self.membership, self.custom,
                       self.clear_button):
            layout.addWidget(widget)
        self.reload_choices()
        self.tier.currentIndexChanged.connect(self._changed)
        self.birthday.currentIndexChanged.connect(self._changed)
        self.membership.currentIndexChanged.connect(self._changed)
        self.not_seen.toggled.connect(self.not_seen_days.setEnabled)
        self.not_seen.toggled.connect(self._changed)
        self.not_seen_days.valueChanged.connect(lambda _: self.not_seen.isChecked()
                                                and self._changed())
        for box in (self.open_complaint, self.promotions, self.referred):
            box.toggled.connect(self._changed)
        self._update_labels()

    # --- choices from the book
    def reload_choices(self) -> None:
        """Re-read the tiers and tags (after a change to the book); keeps what was chosen."""
        chosen = self.tier.currentData()
        self.tier.blockSignals(True)
        self.tier.clear()
        self.tier.addItem(self.tr("Any tier"), None)
        colours = shop_words.tier_colours_by_id()
        for tier in customers.all_tiers():
            if tier.id in colours:
                self.tier.addItem(tier_badge.icon(colours[tier.id]), tier.name, tier.id)
            else:
                self.tier.addItem(tier.name, tier.id)
        index = self.tier.findData(chosen)
        self.tier.setCurrentIndex(max(index, 0))
        self.tier.blockSignals(False)
        self._tag_names = {tag.id: tag.name for tag in customers.all_tags(counts=False)}
        self._tag_ids = [i for i in self._tag_ids if i in self._tag_names]
        self.custom.reload()
        self._update_labels()

    def _fill_tag_menu(self) -> None:
        self.tag_menu.clear()
        tags = customers.all_tags()
        self._tag_names = {tag.id: tag.name for tag in tags}
        if not tags:
            action = self.tag_menu.addAction(self.tr("No tags yet"))
            action.setEnabled(False)
            return
        for tag in tags:
            action = QAction(self.tr("%1 (%2)").replace("%1", tag.name)
                             .replace("%2", str(tag.count)), self.tag_menu)
            action.setCheckable(True)
            action.setChecked(tag.id in self._tag_ids)
            action.toggled.connect(lambda on, tag_id=tag.id: self.set_tag(tag_id, on))
            self.tag_menu.addAction(action)

    # --- choosing
    def set_tag(self, tag_id: int, on: bool) -> None:
        """Require (or stop requiring) a tag; several tags mean "has all of them"."""
        if on and tag_id not in self._tag_ids:
            self._tag_ids.append(tag_id)
        elif not on and tag_id in self._tag_ids:
            self._tag_ids.remove(tag_id)
        else:
            return
        self._changed()

    def clear(self) -> None:
        """Back to every customer (the search box is left alone)."""
        widgets = (self.tier, self.birthday, self.not_seen, self.open_complaint,
                   self.promotions, self.referred, self.membership)
        for widget in widgets:
            widget.blockSignals(True)
        self._tag_ids = []
        self.tier.setCurrentIndex(0)
        self.birthday.setCurrentIndex(0)
        self.membership.setCurrentIndex(0)
        self.not_seen.setChecked(False)
        self.not_seen_days.setEnabled(False)
        for box in (self.open_complaint, self.promotions, self.referred):
            box.setChecked(False)
        self.custom.blockSignals(True)
        self.custom.clear()
        self.custom.blockSignals(False)
        for widget in widgets:
            widget.blockSignals(False)
        self._changed()

    def is_active(self) -> bool:
        fields = self.query_fields()
        return any(fields[k] for k in ("tag_ids", "birthday", "open_complaint", "referred",
                                       "custom", "membership")) \
            or any(fields[k] is not None for k in ("tier_id", "not_seen_days",
                                                   "accepts_promotions"))

    def query_fields(self) -> dict[str, Any]:
        """The chosen filters as CustomerQuery keyword arguments."""
        return {
            "tag_ids": tuple(self._tag_ids),
            "tier_id": self.tier.currentData(),
            "birthday": self.birthday.currentData() or "",
            "not_seen_days": self.not_seen_days.value() if self.not_seen.isChecked() else None,
            "open_complaint": self.open_complaint.isChecked(),
            "accepts_promotions": True if self.promotions.isChecked() else None,
            "referred": self.referred.isChecked(),
            "custom": self.custom.conditions(),
            "membership": self.membership.currentData() or "",
        }

    def _changed(self, *args) -> None:
        self._update_labels()
        self.sig_changed.emit()

    def _update_labels(self) -> None:
        names = [self._tag_names.get(i, "?") for i in self._tag_ids]
        if not names:
            self.tag_button.setText(self.tr("Any tag"))
        else:
            text = ", ".join(names)
            self.tag_button.setText(self.tr("Tags: %1").replace(
                "%1", text if len(text) <= 24 else text[:23] + "…"))
        self.tag_button.setToolTip(self.tr("Show customers who have all the ticked tags."))
        self.clear_button.setVisible(self.is_active())
