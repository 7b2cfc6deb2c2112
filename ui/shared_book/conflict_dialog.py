"""When a card was saved elsewhere meanwhile: show every difference and let the user choose.

Why: with a shared book, two PCs can have the same customer open. The core refuses
the second save (the card's version moved, `ConflictError`), so nothing is silently
overwritten; this dialog is the other half of that promise: the user SEES which
fields differ — what they typed and what is saved now — and chooses, per field or
all at once, which value stays. Then the card saves the chosen mix (checked again
against the version, so a third PC saving meanwhile is caught too).

Defaults follow who touched the field: a field only the other PC changed takes
theirs, a field only this user changed keeps the user's, and a field both changed
is marked ⚠ and keeps the user's until they choose otherwise.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from peewee import DoesNotExist
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QButtonGroup,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from custbook.customers import customers
from custbook.errors import CustbookError
from ui import format as fmt
from ui.customers.fields import field_labels
from ui.customers.widgets import OptionalDateEdit

if TYPE_CHECKING:
    from ui.customers.card import CustomerCardDialog

MINE, THEIRS = "mine", "theirs"
BOTH_CHANGED = QColor("#fff1d6")


@dataclass
class Difference:
    """One field whose value here differs from what is saved now."""

    name: str
    label: str
    mine: str
    theirs: str
    mine_changed: bool  # this user edited it since opening the card
    theirs_changed: bool  # someone else saved a new value since

    @property
    def default(self) -> str:
        return THEIRS if self.theirs_changed and not self.mine_changed else MINE


def describe(form, name: str) -> str:
    """A field's value as the user sees it on the card (combo texts, names, dates)."""
    if name == "referred_by":
        return form.referrer.edit.text().strip()
    field = form.fields[name]
    widget = field.widget
    if name == "birthday":
        values = widget.values()
        if not values["birthday_calendar"]:
            return ""
        text = f"{widget.calendar.currentText()} {values['birthday_month'] or '?'}/" \
               f"{values['birthday_day'] or '?'}"
        return text + (f" ({widget.leap.text()})" if values["birthday_leap"] else "")
    if name == "birth_year":
        values = widget.values()
        if values["birth_year"] is None:
            return ""
        return str(values["birth_year"]) + (" ~" if values["birth_year_estimated"] else "")
    if isinstance(widget, QComboBox):
        return widget.currentText() if widget.currentData() not in (None, "") else ""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QAbstractButton):
        return (QCoreApplication.translate("ConflictDialog", "Yes") if widget.isChecked()
                else QCoreApplication.translate("ConflictDialog", "No"))
    if isinstance(widget, OptionalDateEdit):
        return fmt.date(widget.value())
    value = field.get()
    return "" if value is None else str(value)


def differences(card: CustomerCardDialog) -> tuple[list[Difference], Any]:
    """What differs between the card on screen and the card saved now, and the stored card."""
    # start-up: importing it here, not at the top, saves 77 ms when this module loads
    from ui.customers.card_profile import ProfileForm

    stored = customers.get_card(card.customer_id)
    other = ProfileForm(card.today)
    try:
        other.load(stored.fields, [p.display for p in stored.phones], list(stored.tags),
                   stored.referred_by_name, stored.id)
        labels = field_labels()
        mine, theirs = card.form.values_by_field(), other.values_by_field()
        loaded = card._loaded_fields
        found = []
        for name, value in mine.items():
            if value != theirs[name]:
                found.append(Difference(name, labels.get(name, name), describe(card.form, name),
                                        describe(other, name), value != loaded.get(name),
                                        theirs[name] != loaded.get(name)))
        lists = [("phones", card.form.phones.texts(), other.phones.texts(), card._loaded_lists[0]),
                 ("tags", card.form.tags.tags(), other.tags.tags(), card._loaded_lists[1])]
        for name, here, there, before in lists:
            if here != there:
                found.append(Difference(name, labels.get(name, name), ", ".join(here),
                                        ", ".join(there), here != before, there != before))
    finally:
        for tab in (other.basic_tab, other.personal_tab):
            tab.deleteLater()
        other.deleteLater()
    return found, stored


class ConflictDialog(QDialog):
    """Every difference, side by side, with a choice per field; Save applies the choices."""

    def __init__(self, parent: QWidget | None, customer_name: str, rows: list[Difference]):
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("The card was changed meanwhile"))
        self.setMinimumWidth(760)
        self.rows = rows
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "<b>%1's card was saved on another PC (or in another window) after you opened "
            "it.</b><br>Nothing of yours was saved yet, and nothing was overwritten. For each "
            "difference below, choose which value to keep; the rows marked ⚠ were changed "
            "both here and there.").replace("%1", customer_name))
        intro.setWordWrap(True)
        intro.setObjectName("conflictIntro")
        layout.addWidget(intro)
        self.table = QTableWidget(len(rows), 3)
        self.table.setObjectName("conflictTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Field"), self.tr("Your value (keep mine)"),
            self.tr("Saved meanwhile (take theirs)")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.groups: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        for index, row in enumerate(rows):
            both = row.mine_changed and row.theirs_changed
            label = QTableWidgetItem(("⚠ " if both else "") + row.label)
            if both:
                font = QFont(label.font())
                font.setBold(True)
                label.setFont(font)
                label.setBackground(QBrush(BOTH_CHANGED))
            label.setToolTip(self._who_changed(row))
            self.table.setItem(index, 0, label)
            group = QButtonGroup(self)
            buttons = []
            for column, value in ((1, row.mine), (2, row.theirs)):
                radio = QRadioButton(self._shown(value))
                radio.setObjectName(f"conflict_{row.name}_{MINE if column == 1 else THEIRS}")
                radio.setToolTip(value)
                cell = QWidget()
                cell_layout = QHBoxLayout(cell)
                cell_layout.setContentsMargins(6, 0, 6, 0)
                cell_layout.addWidget(radio)
                self.table.setCellWidget(index, column, cell)
                group.addButton(radio)
                buttons.append(radio)
            mine_button, theirs_button = buttons
            (mine_button if row.default == MINE else theirs_button).setChecked(True)
            self.groups[row.name] = (mine_button, theirs_button)
        self.table.resizeRowsToContents()
        # As tall as its rows (a few differences need no empty grid below them).
        self.table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.all_mine = QPushButton(self.tr("Keep all mine"))
        self.all_mine.setObjectName("conflictAllMine")
        self.all_mine.clicked.connect(lambda: self.choose_all(MINE))
        self.all_theirs = QPushButton(self.tr("Take all theirs"))
        self.all_theirs.setObjectName("conflictAllTheirs")
        self.all_theirs.clicked.connect(lambda: self.choose_all(THEIRS))
        buttons.addWidget(self.all_mine)
        buttons.addWidget(self.all_theirs)
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("Save with these choices"))
        self.save_button.setObjectName("conflictSave")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.accept)
        self.cancel_button = QPushButton(self.tr("Not now (keep editing)"))
        self.cancel_button.setObjectName("conflictCancel")
        self.cancel_button.clicked.connect(self.reject)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)

    def _shown(self, value: str) -> str:
        text = " ".join(value.split())
        if not text:
            return self.tr("(empty)")
        return text if len(text) <= 60 else text[:57] + "…"

    def _who_changed(self, row: Difference) -> str:
        if row.mine_changed and row.theirs_changed:
            return self.tr("Changed here and on the other PC")
        if row.theirs_changed:
            return self.tr("Changed on the other PC")
        return self.tr("Changed here")

    def choose(self, name: str, which: str) -> None:
        mine, theirs = self.groups[name]
        (mine if which == MINE else theirs).setChecked(True)

    def choose_all(self, which: str) -> None:
        for name in self.groups:
            self.choose(name, which)

    def choices(self) -> dict[str, str]:
        return {name: MINE if mine.isChecked() else THEIRS
                for name, (mine, theirs) in self.groups.items()}


def erased_message() -> str:
    return QCoreApplication.translate(
        "ConflictDialog", "This customer is no longer in the book (erased on another PC). "
                          "Nothing was saved; your text is still here.")


def resolve_conflict(card: CustomerCardDialog) -> bool:
    """Show what changed, let the user choose, and save the chosen mix; True if saved."""
    mine = card.form.values_by_field()
    referrer = (card.form.referrer.value(), card.form.referrer.edit.text())
    phones, tags = card.form.phones.texts(), card.form.tags.tags()
    pending_photo = card.photo.pending
    try:
        rows, stored = differences(card)
    except CustbookError as exc:
        card.error_banner.show_message(str(exc))
        return False
    except DoesNotExist:
        card.error_banner.show_message(erased_message())
        return False
    if rows:
        dialog = ConflictDialog(card, card.form.name_edit.text().strip() or stored.fields["name"],
                                rows)
        card.conflict_dialog = dialog
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        choices = dialog.choices()
        card.conflict_dialog = None
        dialog.deleteLater()
        if not accepted:
            card.error_banner.show_message(card.tr(
                "Not saved: the card was changed meanwhile. Your text is still here."))
            return False
    else:
        choices = {}
    card.load()  # what is saved now, at its new version
    for name, which in choices.items():
        if which != MINE:
            continue
        if name == "referred_by":
            card.form.referrer.set_value(*referrer)
        elif name == "phones":
            card.form.phones.set_phones(phones)
        elif name == "tags":
            card.form.tags.set_tags(tags)
        else:
            card.form.put_field(name, mine[name])
    if pending_photo is not None:
        card.photo.pending = pending_photo
        card.photo.set_name(card.form.name_edit.text())
    card._changed()
    return card.save()
