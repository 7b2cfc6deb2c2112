"""The quick satisfaction entry: three big buttons, an optional score, a comment, who asked.

The owner asks "satisfied, neutral or dissatisfied?" at the counter or on the phone;
the answer must take one click. `SatisfactionEntry` is that row of big buttons with
the optional 1–5 score and 0–10 "would you recommend us", the customer's comment and
the staff member (by default whoever is on duty). It is embedded in the calendar's
Done dialog and used by `SatisfactionDialog`, which records (or corrects) a rating
about a purchase, a call or anything else from the customer card. The core
(`custbook.loyalty.satisfaction_records`) checks and writes; refused fields show their
reason right under the field.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from custbook import vocab
from custbook.customers import customers, purchases
from custbook.loyalty import satisfaction_records
from custbook.safety import audit
from custbook.errors import CustbookError, ValidationError
from ui import format as fmt
from ui import staff_picker
from ui.customers.widgets import DATE_FORMAT, ErrorLabel, mark_field, with_error_label

# Checked colours: the traffic-light reading every shop owner knows.
RATING_COLOURS = {"satisfied": ("#2e7d32", "#e8f5e9"), "neutral": ("#9a6b00", "#fff6da"),
                  "dissatisfied": ("#b00020", "#fde7ea")}
RATING_MARKS = {"satisfied": "☺", "neutral": "😐", "dissatisfied": "☹"}


def rating_name(code: str) -> str:
    """The rating's name in the user's language (the code itself if unknown)."""
    return vocab.ratings().get(code, code)


class RatingButtons(QWidget):
    """Satisfied / neutral / dissatisfied as three big toggle buttons.

    With `optional` a second click on the chosen button takes the answer back
    ("not asked"); otherwise one answer is always kept once given.
    """

    sig_changed = Signal(object)
    """sig_changed(rating: str | None): the chosen rating changed."""

    def __init__(self, optional: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.optional = optional
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # exclusivity by hand, so a click can clear it
        self.buttons: dict[str, QPushButton] = {}
        for code, name in vocab.ratings().items():
            button = QPushButton(f"{RATING_MARKS[code]}  {name}")
            button.setObjectName(f"rating_{code}")
            button.setCheckable(True)
            button.setMinimumHeight(40)
            button.setMinimumWidth(96)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            font = button.font()
            font.setPointSizeF(font.pointSizeF() * 1.15)
            button.setFont(font)
            self.group.addButton(button)
            self.buttons[code] = button
            row.addWidget(button)
        self.group.buttonClicked.connect(self._clicked)
        self.setStyleSheet(" ".join(
            f"QPushButton#rating_{code} {{ padding: 6px 10px; border: 1px solid #b9c0c6;"
            f" border-radius: 6px; background: #fafafa; }}"
            f" QPushButton#rating_{code}:hover {{ border-color: {strong}; }}"
            f" QPushButton#rating_{code}:checked {{ background: {pale}; color: {strong};"
            f" border: 2px solid {strong}; font-weight: bold; }}"
            for code, (strong, pale) in RATING_COLOURS.items()))

    def _clicked(self, button: QPushButton) -> None:
        code = next(c for c, b in self.buttons.items() if b is button)
        if not button.isChecked() and not self.optional:
            button.setChecked(True)  # a required answer is changed, not cleared
            return
        for other in self.buttons.values():
            if other is not button:
                other.setChecked(False)
        self.sig_changed.emit(code if button.isChecked() else None)

    def value(self) -> str | None:
        return next((c for c, b in self.buttons.items() if b.isChecked()), None)

    def set_value(self, code: str | None) -> None:
        for key, button in self.buttons.items():
            button.setChecked(key == code)
        self.sig_changed.emit(self.value())


class SatisfactionEntry(QWidget):
    """Rating, optional score and recommend answer, comment and staff, with their errors."""

    sig_rating_changed = Signal(object)
    """sig_rating_changed(rating: str | None): the rating buttons changed."""

    def __init__(self, parent: QWidget | None = None, *, optional: bool = False,
                 with_staff: bool = True, staff_id: int | None = None,
                 values: satisfaction_records.SatisfactionRow | None = None):
        super().__init__(parent)
        self.setObjectName("satisfactionEntry")
        self.optional = optional
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.errors: dict[str, tuple[QWidget, ErrorLabel]] = {}
        self.rating = RatingButtons(optional)
        self.rating.setObjectName("satisfactionRating")
        self._row(self.tr("Satisfied?"), "rating", self.rating)
        self.score = QSpinBox()
        self.score.setObjectName("satisfactionScore")
        self.score.setRange(0, 5)
        self.score.setSpecialValueText(self.tr("no score"))
        self.score.setSuffix(self.tr(" of 5"))
        self.score.setToolTip(self.tr("Only if the customer gave a score from 1 to 5."))
        self.recommend = QSpinBox()
        self.recommend.setObjectName("satisfactionRecommend")
        self.recommend.setRange(-1, 10)
        self.recommend.setSpecialValueText(self.tr("not asked"))
        self.recommend.setToolTip(self.tr(
            "“How likely are you to recommend us to a friend?” 0 = not at all, 10 = certainly."))
        numbers = QWidget()
        numbers_row = QHBoxLayout(numbers)
        numbers_row.setContentsMargins(0, 0, 0, 0)
        numbers_row.addWidget(self.score)
        self.recommend_label = QLabel(self.tr("Would recommend us (0–10)"))
        numbers_row.addSpacing(12)
        numbers_row.addWidget(self.recommend_label)
        numbers_row.addWidget(self.recommend)
        numbers_row.addStretch(1)
        self.score_label = self._row(self.tr("Score"), "score", numbers)
        self.errors["recommend"] = (self.recommend, self.errors["score"][1])
        self.errors["score"] = (self.score, self.errors["score"][1])
        self.comment = QLineEdit()
        self.comment.setObjectName("satisfactionComment")
        self.comment.setMaxLength(satisfaction_records.MAX_COMMENT)
        self.comment.setPlaceholderText(self.tr("What the customer said, in their words"))
        self.comment_label = self._row(self.tr("Their comment"), "comment", self.comment)
        self.staff = staff_picker.staff_combo(None, "satisfactionStaff", parent=self)
        self.staff_label = None
        if with_staff:
            self.staff_label = self._row(self.tr("Asked by"), "staff", self.staff)
        else:
            self.staff.hide()
        chosen = values.staff_id if values is not None else (staff_id or audit.current_staff())
        self.set_staff(chosen)
        self.rating.sig_changed.connect(self._rating_changed)
        if values is not None:
            self.rating.set_value(values.rating)
            self.score.setValue(values.score or 0)
            self.recommend.setValue(-1 if values.recommend is None else values.recommend)
            self.comment.setText(values.comment)
        self._rating_changed(self.rating.value())

    def _row(self, label: str, field: str, widget: QWidget) -> QLabel:
        box, error = with_error_label(widget)
        caption = QLabel(label)
        self.form.addRow(caption, box)
        self.errors[field] = (widget, error)
        return caption

    def set_staff(self, staff_id: int | None) -> None:
        staff_picker.choose(self.staff, staff_id)

    def _rating_changed(self, rating: str | None) -> None:
        """Without a rating (optional entry, not asked) the rest has nothing to belong to."""
        on = rating is not None or not self.optional
        for widget in (self.score, self.recommend, self.recommend_label, self.comment,
                       self.score_label, self.comment_label):
            widget.setEnabled(on)
        self.sig_rating_changed.emit(rating)

    # --- values and errors
    def value_of_rating(self) -> str | None:
        return self.rating.value()

    def values(self) -> dict[str, object]:
        """rating, score, recommend, comment, staff_id as the core takes them."""
        return {"rating": self.rating.value(), "score": self.score.value() or None,
                "recommend": None if self.recommend.value() < 0 else self.recommend.value(),
                "comment": self.comment.text().strip(), "staff_id": self.staff.currentData()}

    def show_error(self, exc: ValidationError) -> bool:
        """Show a refused field's reason under it; False if the field is not here."""
        if exc.field not in self.errors:
            return False
        widget, error = self.errors[exc.field]
        error.show_message(exc.message)
        mark_field(widget, True)
        widget.setFocus()
        return True

    def clear_errors(self) -> None:
        for widget, error in self.errors.values():
            error.show_message("")
            mark_field(widget, False)


def _purchase_text(on: dt.date | None, items: str, cents: int | None) -> str:
    parts = [fmt.date(on)]
    if items:
        parts.append(items if len(items) <= 30 else items[:29] + "…")
    if cents is not None:
        parts.append(fmt.money(cents))
    return " · ".join(parts)


class SatisfactionDialog(QDialog):
    """Record how satisfied a customer is with a purchase (or a call, or anything), or
    correct a record made earlier."""

    sig_saved = Signal(int)
    """sig_saved(record_id): the record was written to the book."""

    def __init__(self, parent: QWidget | None, customer_id: int, today: dt.date, *,
                 purchase_id: int | None = None,
                 record: satisfaction_records.SatisfactionRow | None = None):
        super().__init__(parent)
        self.setObjectName("satisfactionDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.customer_id, self.today, self.record = customer_id, today, record
        self.record_id: int | None = record.id if record else None
        self.setWindowTitle(self.tr("Change the satisfaction record") if record
                            else self.tr("Record satisfaction"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        name = customers.get_card(customer_id).fields.get("name", "")
        heading = QLabel(f"<b>{name}</b>")
        heading.setObjectName("satisfactionWho")
        layout.addWidget(heading)
        self.entry = SatisfactionEntry(self, values=record)
        self.about = QComboBox()
        self.about.setObjectName("satisfactionAbout")
        words = satisfaction_records.subjects()
        for row in purchases.purchases_of(customer_id)[:200]:
            self.about.addItem(self.tr("Purchase of %1").replace(
                "%1", _purchase_text(row.purchased_on, row.items, row.amount_cents)),
                ("purchase", row.id))
        self.about.addItem(words["follow_up"], ("follow_up", None))
        self.about.addItem(words["other"], ("other", None))
        self.day = QDateEdit()
        self.day.setObjectName("satisfactionDate")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(DATE_FORMAT)
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        # one form with the entry's rows, so the labels line up
        self.about_error = self._insert_row(0, self.tr("About"), self.about)
        self.day_error = self._insert_row(1, self.tr("Date"), self.day)
        layout.addWidget(self.entry)
        self.general_error = ErrorLabel()
        layout.addWidget(self.general_error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(buttons)
        day = record.recorded_on if record else today
        self.day.setDate(QDate(day.year, day.month, day.day))
        if record is not None:
            self._choose_about(record.subject, record.purchase_id)
        elif purchase_id is not None:
            self._choose_about("purchase", purchase_id)
        else:
            self._choose_about("other", None)
        self.entry.rating.buttons["satisfied"].setFocus()

    def _insert_row(self, at: int, label: str, widget: QWidget) -> ErrorLabel:
        box, error = with_error_label(widget)
        self.entry.form.insertRow(at, label, box)
        return error

    def _choose_about(self, subject: str, purchase_id: int | None) -> None:
        wanted = (subject, purchase_id if subject == "purchase" else None)
        for index in range(self.about.count()):
            if tuple(self.about.itemData(index)) == wanted:
                self.about.setCurrentIndex(index)
                return
        if subject == "purchase" and purchase_id is not None and self.record is not None:
            # a purchase too old for the list: keep it, named as the record knows it
            self.about.insertItem(0, self.tr("Purchase of %1").replace("%1", _purchase_text(
                self.record.purchase_on, self.record.purchase_items,
                self.record.purchase_cents)), wanted)
            self.about.setCurrentIndex(0)
            return
        self.about.setCurrentIndex(self.about.findData((subject, None))
                                   if self.about.findData((subject, None)) >= 0
                                   else self.about.count() - 1)

    def about_value(self) -> tuple[str, int | None]:
        subject, purchase_id = self.about.currentData()
        return subject, purchase_id

    def clear_errors(self) -> None:
        self.entry.clear_errors()
        for label in (self.about_error, self.day_error, self.general_error):
            label.show_message("")
        mark_field(self.about, False)
        mark_field(self.day, False)

    def show_error(self, exc: ValidationError) -> None:
        if self.entry.show_error(exc):
            return
        if exc.field in ("subject", "purchase", "complaint"):
            self.about_error.show_message(exc.message)
            mark_field(self.about, True)
        elif exc.field == "recorded_on":
            self.day_error.show_message(exc.message)
            mark_field(self.day, True)
        else:
            self.general_error.show_message(exc.message)

    def save(self) -> None:
        """Write the record; a refused field shows why, and everything typed stays."""
        self.clear_errors()
        subject, purchase_id = self.about_value()
        if self.record is not None and subject == self.record.subject != "purchase":
            purchase_id = self.record.purchase_id  # a call about a purchase stays about it
        values = self.entry.values()
        try:
            if self.record_id is None:
                self.record_id = satisfaction_records.record(
                    self.customer_id, values.pop("rating"), subject=subject,
                    on=self.day.date().toPython(), purchase_id=purchase_id,
                    today=self.today, **values)
            else:
                satisfaction_records.update(
                    self.record_id, subject=subject, purchase_id=purchase_id,
                    on=self.day.date().toPython(), today=self.today, **values)
        except ValidationError as exc:
            self.show_error(exc)
            return
        except CustbookError as exc:
            self.general_error.show_message(str(exc))
            return
        self.accept()
        self.sig_saved.emit(self.record_id)
