"""The two profile tabs of the customer card: who they are (basic) and what wins their
loyalty (personal — every personal-profile field the book keeps).

`ProfileForm` builds both tabs, fills them from the core's card, reads back what the
user typed, and shows a refused field's reason right under that field.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from custbook import money, vocab
from custbook.customers import customers
from custbook.shop import words as shop_words
from ui.customers.card_widgets import (
    BirthdayEditor,
    BirthYearEditor,
    PhoneListEditor,
    ReferrerPicker,
    TagEditor,
)
from ui.customers.topic_picker import TopicPicker
from ui.customers.fields import contact_preferences, field_labels
from ui.customers.widgets import ErrorLabel, OptionalDateEdit, mark_field

SHORT_TEXT = ("name", "ethnicity", "wechat_id", "email", "clothing_size", "shoe_size",
              "occupation", "company")
LONG_TEXT = ("address", "description", "work_situation", "family", "personality",
             "spending_habits", "style_preferences", "hobbies", "lifestyle",
             "service_preference", "contact_preference_note", "personal_values",
             "interest_topics")
# which field an error about a part of a compound editor belongs to
ERROR_ALIASES = {"birthday_calendar": "birthday", "birthday_month": "birthday",
                 "birthday_day": "birthday", "birthday_leap": "birthday",
                 "birth_year_estimated": "birth_year", "phone": "phone0"}


class _Field:
    """One editor on a tab: how to read and set it, and where its error goes."""

    def __init__(self, widget: QWidget, get: Callable[[], Any], put: Callable[[Any], None],
                 tab: QWidget, error: ErrorLabel, focus: QWidget | None = None):
        self.widget, self.get, self.put, self.tab, self.error = widget, get, put, tab, error
        self.focus = focus or widget


class ProfileForm(QObject):
    """The editors of the basic and personal profile, as two scrollable tabs."""

    sig_changed = Signal()

    def __init__(self, today: dt.date, parent: QObject | None = None):
        super().__init__(parent)
        self.today = today
        self.labels = field_labels()
        self.fields: dict[str, _Field] = {}
        self.basic_tab = self._scrolling()
        self.personal_tab = self._scrolling()
        self._build_basic()
        self._build_personal()

    # --- building
    @staticmethod
    def _scrolling() -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(QWidget())
        return area

    def _with_error(self, widget: QWidget) -> tuple[QWidget, ErrorLabel]:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(widget)
        error = ErrorLabel()
        layout.addWidget(error)
        return box, error

    def _add(self, form: QFormLayout, name: str, widget: QWidget, get, put, tab: QWidget,
             focus: QWidget | None = None, label: str | None = None) -> None:
        widget.setObjectName(widget.objectName() or f"field_{name}")
        box, error = self._with_error(widget)
        form.addRow(label or self.labels[name], box)
        self.fields[name] = _Field(widget, get, put, tab, error, focus)

    def _text(self, form: QFormLayout, name: str, tab: QWidget) -> None:
        if name in LONG_TEXT:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(96 if name == "description" else 48)
            edit.textChanged.connect(self.sig_changed.emit)
            self._add(form, name, edit, edit.toPlainText, lambda v, e=edit: e.setPlainText(v or ""),
                      tab)
        else:
            edit = QLineEdit()
            edit.textChanged.connect(lambda _: self.sig_changed.emit())
            self._add(form, name, edit, edit.text, lambda v, e=edit: e.setText(v or ""), tab)

    def _combo(self, form: QFormLayout, name: str, items: dict, tab: QWidget) -> QComboBox:
        combo = QComboBox()
        for code, text in items.items():
            combo.addItem(text, code)
        combo.currentIndexChanged.connect(lambda _: self.sig_changed.emit())

        def put(value, c=combo) -> None:
            index = c.findData(value if value is not None else "")
            if index < 0 and value not in (None, ""):
                c.addItem(str(value), value)  # a code this version does not know: keep it
                index = c.count() - 1
            c.setCurrentIndex(max(index, 0))

        self._add(form, name, combo, lambda c=combo: c.currentData(), put, tab)
        return combo

    def _form(self, parent_layout, title: str = "") -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        if title:
            group = QGroupBox(title)
            group.setLayout(form)
            parent_layout.addWidget(group)
        else:
            parent_layout.addLayout(form)
        return form

    def _build_basic(self) -> None:
        tab = self.basic_tab
        grid = QGridLayout(tab.widget())
        left, right = QVBoxLayout(), QVBoxLayout()
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)
        who = self._form(left, self.tr("Who"))
        self._text(who, "name", tab)
        self.name_edit: QLineEdit = self.fields["name"].widget
        self.name_edit.setPlaceholderText(self.tr("Required"))
        self._combo(who, "gender", vocab.genders(), tab)
        self._text(who, "ethnicity", tab)
        self.birthday = BirthdayEditor()
        self.birthday.sig_changed.connect(self.sig_changed.emit)
        self._add(who, "birthday", self.birthday, self.birthday.values, self.birthday.set_values,
                  tab, self.birthday.calendar)
        self.birth_year = BirthYearEditor(self.today)
        self.birth_year.sig_changed.connect(self.sig_changed.emit)
        self._add(who, "birth_year", self.birth_year, self.birth_year.values,
                  self.birth_year.set_values, tab, self.birth_year.year)
        self._text(who, "clothing_size", tab)
        self._text(who, "shoe_size", tab)
        reach = self._form(right, self.tr("How to reach them"))
        self.phones = PhoneListEditor()
        self.phones.sig_changed.connect(self.sig_changed.emit)
        reach.addRow(self.labels["phones"], self.phones)
        self._text(reach, "wechat_id", tab)
        self._text(reach, "email", tab)
        self._text(reach, "address", tab)
        notes = self._form(right, self.tr("Tags and notes"))
        self.tags = TagEditor()
        self.tags.sig_changed.connect(self.sig_changed.emit)
        notes.addRow(self.labels["tags"], self.tags)
        self._text(notes, "description", tab)
        left.addStretch(1)
        right.addStretch(1)

    def _build_personal(self) -> None:
        tab = self.personal_tab
        grid = QGridLayout(tab.widget())
        left, right = QVBoxLayout(), QVBoxLayout()
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        life = self._form(left, self.tr("Work and family"))
        for name in ("occupation", "company", "work_situation", "family"):
            self._text(life, name, tab)
        taste = self._form(left, self.tr("Character and taste"))
        for name in ("personality", "spending_habits", "style_preferences", "hobbies",
                     "lifestyle", "personal_values", "interest_topics"):
            self._text(taste, name, tab)
        topics = self.fields["interest_topics"].widget  # the shop's topics offered (#15)
        beside = QHBoxLayout()  # beside the field: the card grows no taller
        topics.parentWidget().layout().insertLayout(0, beside)
        beside.addWidget(topics, 1)
        beside.addWidget(TopicPicker(topics), 0, Qt.AlignmentFlag.AlignTop)
        service = self._form(right, self.tr("Serving them"))
        self._text(service, "service_preference", tab)
        self._combo(service, "contact_preference", contact_preferences(), tab)
        self._text(service, "contact_preference_note", tab)
        self.promotions = QCheckBox(self.tr("Yes, they agreed to receive offers"))
        self.promotions.toggled.connect(self._promotions_toggled)
        self._add(service, "accepts_promotions", self.promotions, self.promotions.isChecked,
                  lambda v: self.promotions.setChecked(bool(v)), tab)
        self.consent_on = OptionalDateEdit()
        self.consent_on.sig_changed.connect(self.sig_changed.emit)
        self._add(service, "promotions_consent_on", self.consent_on, self.consent_on.value,
                  self.consent_on.set_value, tab, self.consent_on.check)
        shop = self._form(right, self.tr("With the shop"))
        prior = QLineEdit()  # spend before the book: money as typed, read by the core
        prior.setPlaceholderText("0.00")
        prior.textChanged.connect(lambda _: self.sig_changed.emit())
        self._add(shop, "prior_spend_cents", prior, prior.text,
                  lambda v, e=prior: e.setText(money.plain(v) if v else ""), tab)
        self.tier = QComboBox()
        self.tier.currentIndexChanged.connect(lambda _: self.sig_changed.emit())
        self._add(shop, "tier", self.tier, self.tier.currentData, self._put_tier, tab)
        self.member_since = OptionalDateEdit()
        self.member_since.sig_changed.connect(self.sig_changed.emit)
        self._add(shop, "member_since", self.member_since, self.member_since.value,
                  self.member_since.set_value, tab, self.member_since.check)
        sources = {"": vocab.genders()[""], **shop_words.sources()}  # the shop's list (#15)
        self._combo(shop, "source", sources, tab)
        self.referrer = ReferrerPicker()
        self.referrer.sig_changed.connect(self.sig_changed.emit)
        self._add(shop, "referred_by", self.referrer, self.referrer.value,
                  lambda v: None, tab, self.referrer.edit)
        self.referrals_label = QLabel()
        self.referrals_label.setObjectName("referralsLabel")
        shop.addRow("", self.referrals_label)
        right.addStretch(1)
        left.addStretch(1)

    def _promotions_toggled(self, on: bool) -> None:
        # The consent (or its withdrawal) is dated the day it is recorded.
        if self._loading:
            return
        self.consent_on.set_value(self.today)
        self.sig_changed.emit()

    def _put_tier(self, tier_id: int | None) -> None:
        self.tier.setCurrentIndex(max(self.tier.findData(tier_id), 0))

    # --- filling and reading
    _loading = False

    def load(self, fields: dict[str, Any], phones: list[str], tags: list[str],
             referred_by_name: str, customer_id: int | None) -> None:
        """Show a card's stored values (or an empty card)."""
        self._loading = True
        try:
            self.tier.blockSignals(True)
            self.tier.clear()
            self.tier.addItem(self.tr("No tier"), None)
            for tier in customers.all_tiers():
                self.tier.addItem(tier.name, tier.id)
            self.tier.blockSignals(False)
            for name, field in self.fields.items():
                if name == "birthday" or name == "birth_year":
                    field.put(fields)
                elif name != "referred_by":
                    field.put(fields.get(name))
            self.referrer.exclude_id = customer_id
            self.referrer.set_value(fields.get("referred_by"), referred_by_name)
            self.phones.set_phones(phones)
            self.tags.set_tags(tags)
            self.tags.load_suggestions()
        finally:
            self._loading = False

    def data(self) -> dict[str, Any]:
        """Every field as the core's save_customer takes it (phones and tags apart)."""
        result: dict[str, Any] = {}
        for name, field in self.fields.items():
            value = field.get()
            if isinstance(value, dict):
                result.update(value)
            else:
                result[name] = value
        return result

    def values_by_field(self) -> dict[str, Any]:
        """What each editor holds now, by field name (compound editors give a dict)."""
        return {name: field.get() for name, field in self.fields.items()}

    def put_field(self, name: str, value: Any) -> None:
        if name != "referred_by":
            self.fields[name].put(value)

    def snapshot(self) -> tuple:
        """What the user sees, to tell whether anything was changed since loading."""
        return (self.data(), self.phones.texts(), self.tags.tags(), self.referrer.pending_text())

    # --- errors
    def clear_errors(self) -> None:
        for field in self.fields.values():
            field.error.show_message("")
            mark_field(field.focus, False)
        self.phones.clear_errors()

    def show_error(self, field_name: str, message: str) -> tuple[QWidget, QWidget] | None:
        """Put `message` under the refused field; returns (its tab, widget to focus)."""
        name = ERROR_ALIASES.get(field_name, field_name)
        if name.startswith("phone") and name != "phones":
            entry = self.phones.entry_for_field(name)
            if entry is None:
                return None
            edit, error = entry
            error.show_message(message)
            mark_field(edit, True)
            return self.basic_tab, edit
        field = self.fields.get(name)
        if field is None:
            return None
        field.error.show_message(message)
        mark_field(field.focus, True)
        return field.tab, field.focus
