"""The form of one recovery step: who did it, when, and what — then saved by the core.

Each step asks for its own things (the apology's words, the compensation's value, the
promise's day …); who defaults to the person handling the complaint and when to now.
The result step doubles as the quick satisfaction entry: the rating, the customer's
comment and, if they gave them, a score and whether they would recommend the shop.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QDateEdit, QDateTimeEdit, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton,
    QRadioButton, QVBoxLayout, QWidget,
)

from custbook import complaints, money, vocab
from ui.complaints import forms
from ui.staff_picker import staff_combo


class StepDialog(QDialog):
    def __init__(self, complaint_id: int, step: str, now: dt.datetime, parent=None):
        super().__init__(parent)
        self.setObjectName(f"stepDialog_{step}")
        self.complaint_id, self.step, self._now = complaint_id, step, now
        self.v = complaints.step_values(complaint_id)
        number = complaints.STEPS.index(step) + 1
        self.setWindowTitle(f"{number}. {complaints.step_titles()[step]}")
        layout = QVBoxLayout(self)
        hint = QLabel(complaints.steps.step_hints()[step])
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(dark);")
        layout.addWidget(hint)
        general = QLabel()
        general.setObjectName("formError")
        layout.addWidget(general)
        self.errors = forms.FieldErrors(general)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.fields: dict[str, object] = {}
        getattr(self, f"_build_{step}")()
        if step != "follow_up":  # there "who" is who will call, asked right after the day
            self._build_who()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        if self.v["recorded"][step]:
            self.clear_button = QPushButton(self.tr("Clear this step"))
            self.clear_button.setObjectName("clearStep")
            self.clear_button.clicked.connect(self.clear)
            buttons.addButton(self.clear_button, QDialogButtonBox.ButtonRole.ResetRole)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    # --- helpers
    def _row(self, label: str, field: str, widget: QWidget) -> QWidget:
        self.errors.add_row(self.form, label, field, widget)
        self.fields[field] = widget
        return widget

    def _when(self, label: str, field: str) -> None:
        self._row(label, field, forms.datetime_edit(self.v.get(field) or self._now, field))

    def _yes_no_unknown(self, field: str, yes: str, no: str) -> QComboBox:
        return forms.combo([(self.tr("Not yet known"), None), (yes, True), (no, False)],
                           self.v.get(field), field)

    def _build_who(self) -> None:
        by = complaints.steps.STEP_BY[self.step]
        label = self.tr("Who will follow up:") if self.step == "follow_up" else self.tr("By:")
        current = self.v.get(by) or self.v.get("staff")
        self._row(label, by, staff_combo(current, by, self.tr("(nobody)")))

    # --- one builder per step
    def _build_listen(self) -> None:
        self._row(self.tr("What they said and felt:"), "listen_notes",
                  forms.text_edit(self.v["listen_notes"], "listen_notes", 4))
        self._when(self.tr("When:"), "listen_at")

    def _build_apology(self) -> None:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.apology_yes = QRadioButton(self.tr("Apologised"))
        self.apology_yes.setObjectName("apologyGiven")
        self.apology_no = QRadioButton(self.tr("No apology"))
        self.apology_no.setObjectName("apologyNotGiven")
        group = QButtonGroup(box)
        for button in (self.apology_yes, self.apology_no):
            group.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        self.apology_yes.setChecked(self.v["apology_given"] is True)
        self.apology_no.setChecked(self.v["apology_given"] is False)
        self._row(self.tr("Apology:"), "apology_given", box)
        self._row(self.tr("Words used:"), "apology_words",
                  forms.text_edit(self.v["apology_words"], "apology_words", 2))
        self._when(self.tr("When:"), "apology_at")

    def _build_cause(self) -> None:
        self._row(self.tr("What happened:"), "cause", forms.text_edit(self.v["cause"], "cause"))
        self._row(self.tr("Whose fault:"), "fault", forms.combo(
            [(name, code) for code, name in complaints.faults().items()], self.v["fault"],
            "fault"))
        self._when(self.tr("When:"), "cause_at")

    def _build_remedy(self) -> None:
        self._row(self.tr("Solution proposed:"), "remedy",
                  forms.text_edit(self.v["remedy"], "remedy"))
        self._row(self.tr("The customer:"), "remedy_accepted", self._yes_no_unknown(
            "remedy_accepted", self.tr("Accepted it"), self.tr("Did not accept it")))
        self._when(self.tr("When:"), "remedy_at")

    def _build_compensation(self) -> None:
        self._row(self.tr("Kind:"), "compensation_kind", forms.combo(
            [(self.tr("(choose)"), "")] + [(name, code) for code, name in
                                           complaints.compensation_kinds().items()],
            self.v["compensation_kind"], "compensation_kind"))
        value = QLineEdit(money.plain(self.v["compensation_cents"])
                          if self.v["compensation_cents"] else "")
        value.setObjectName("compensation_cents")
        value.setPlaceholderText("0.00")
        self._row(self.tr("Value (%1):").replace("%1", money.symbol()), "compensation_cents", value)
        self._when(self.tr("When:"), "compensation_at")

    def _build_promise(self) -> None:
        self._row(self.tr("What was promised:"), "promise",
                  forms.text_edit(self.v["promise"], "promise", 2))
        due = self.v["promise_due"] or (self._now.date() + dt.timedelta(days=3))
        self._row(self.tr("Due by:"), "promise_due", forms.date_edit(due, "promise_due"))
        kept = self._row(self.tr("Kept?"), "promise_kept", self._yes_no_unknown(
            "promise_kept", self.tr("Kept"), self.tr("Broken")))
        self._when(self.tr("Kept or broken on:"), "promise_settled_at")
        settled = self.fields["promise_settled_at"]
        settled.setEnabled(kept.currentData() is not None)
        kept.currentIndexChanged.connect(lambda _: settled.setEnabled(
            kept.currentData() is not None))

    def _build_result(self) -> None:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.rating = QButtonGroup(box)
        for code, name in vocab.ratings().items():
            button = QRadioButton(name)
            button.setObjectName(f"result_{code}")
            button.setChecked(self.v["result"] == code)
            button.setProperty("code", code)
            self.rating.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        self._row(self.tr("The customer now:"), "result", box)
        self._row(self.tr("Their comment:"), "result_comment",
                  forms.text_edit(self.v["result_comment"], "result_comment", 2))
        self._row(self.tr("Score (1–5):"), "satisfaction_score", forms.combo(
            [(self.tr("(not asked)"), None)] + [(str(n), n) for n in range(1, 6)],
            self.v.get("satisfaction_score"), "satisfaction_score"))
        self._row(self.tr("Would recommend us (0–10):"), "satisfaction_recommend", forms.combo(
            [(self.tr("(not asked)"), None)] + [(str(n), n) for n in range(0, 11)],
            self.v.get("satisfaction_recommend"), "satisfaction_recommend"))
        self._when(self.tr("When:"), "result_at")

    def _build_follow_up(self) -> None:
        day = self.v["follow_up_on"] or (self._now.date() + dt.timedelta(days=7))
        self._row(self.tr("Follow up on:"), "follow_up_on", forms.date_edit(day, "follow_up_on"))
        self._build_who()
        self.follow_up_done = QCheckBox(self.tr("The follow-up is done"))
        self.follow_up_done.setObjectName("followUpDone")
        self.follow_up_done.setChecked(self.v["follow_up_at"] is not None)
        self.form.addRow("", self.follow_up_done)
        outcome = self._row(self.tr("What came of it:"), "follow_up_outcome",
                            forms.text_edit(self.v["follow_up_outcome"], "follow_up_outcome", 2))
        self._when(self.tr("Done on:"), "follow_up_at")
        done_at = self.fields["follow_up_at"]

        def enable(done: bool) -> None:
            outcome.setEnabled(done)
            done_at.setEnabled(done)

        enable(self.follow_up_done.isChecked())
        self.follow_up_done.toggled.connect(enable)

    # --- saving
    def values(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for field, widget in self.fields.items():
            if field in ("apology_given", "result"):
                continue
            if isinstance(widget, QPlainTextEdit):
                out[field] = widget.toPlainText()
            elif isinstance(widget, QDateEdit):  # before QDateTimeEdit: it is one
                out[field] = forms.py_date(widget)
            elif isinstance(widget, QDateTimeEdit):
                out[field] = forms.py_datetime(widget)
            elif isinstance(widget, QComboBox):
                out[field] = widget.currentData()
            elif isinstance(widget, QLineEdit):
                out[field] = widget.text()
        if self.step == "apology":
            out["apology_given"] = (True if self.apology_yes.isChecked() else
                                    False if self.apology_no.isChecked() else None)
        if self.step == "result":
            checked = self.rating.checkedButton()
            out["result"] = checked.property("code") if checked else ""
        if self.step == "follow_up" and not self.follow_up_done.isChecked():
            out["follow_up_outcome"], out["follow_up_at"] = "", None
        return out

    def save(self) -> None:
        if forms.run_saving(self, self.errors, lambda: complaints.record_step(
                self.complaint_id, self.step, self.values(), now=self._now)):
            self.accept()

    def clear(self) -> None:
        answer = QMessageBox.question(
            self, self.windowTitle(),
            self.tr("Clear what was recorded for this step? This cannot be undone."))
        if answer == QMessageBox.StandardButton.Yes and forms.run_saving(
                self, self.errors, lambda: complaints.clear_step(self.complaint_id, self.step,
                                                                  now=self._now)):
            self.accept()
