"""Message…: each person's text from a template, Copy → Mark sent (logged), a queue.

Opened from the card, a selection in the customer list, or Messages › Queues (to go on
with a queue where it stopped). The owner picks the occasion and template (the text
can be edited; merge fields are checked as typed; the SMS character count shows), then
steps through the people: Copy puts the text on the clipboard, and only Mark sent —
after pasting it into WeChat — writes the contact-log entry. Skip moves on without a
log. People whom the consent rule leaves out are listed greyed with the reason.

The queue is kept in the book from the first Copy/Skip/Mark sent (until then the
template may change); "Export for SMS…" writes the CSV bulk-SMS services take.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from custbook import clock, settings
from custbook.calendar import holidays
from custbook.errors import CustbookError, ValidationError
from custbook.letters.letter_templates import Shop
from custbook.messages import compose, message_templates as mt, queues, sent
from ui.customers.widgets import ErrorLabel, RememberedDialog, tell
from ui.i18n import current_language


class MessageDialog(RememberedDialog):
    sig_logged = Signal(int)
    """sig_logged(customer_id): a message to this customer was marked sent."""

    def __init__(self, parent: QWidget | None, customer_ids: list[int] | None = None,
                 kind: str = "follow_up", today: dt.date | None = None,
                 queue_id: int | None = None, language: str | None = None,
                 extra: dict[str, str] | None = None):
        super().__init__(parent, "messageDialog")
        self.setWindowTitle(self.tr("Message"))
        self.today = today or clock.today()
        self.customer_ids = list(customer_ids or [])
        self.extra = dict(extra or {})  # {festival}, {family_member} … from a reminder
        self.queue_id = queue_id
        self.messages: list[compose.Message] = []
        self.items: list[queues.Item] = []
        self.copied = False
        language = language or ("zh_CN" if current_language() == "zh_CN" else "en")
        self.language = language
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("messageKind")
        for code, name in mt.kind_names().items():
            self.kind_combo.addItem(name, code)
        self.template_combo = QComboBox()
        self.template_combo.setObjectName("messageTemplate")
        self.channel_combo = QComboBox()
        self.channel_combo.setObjectName("messageChannel")
        for code, name in sent.channel_names().items():
            self.channel_combo.addItem(name, code)
        self.kind_label, self.template_label = QLabel(self.tr("For:")), QLabel(self.tr("Template:"))
        top.addWidget(self.kind_label)
        top.addWidget(self.kind_combo)
        top.addWidget(self.template_label)
        top.addWidget(self.template_combo, 1)
        top.addWidget(QLabel(self.tr("Sent by:")))
        top.addWidget(self.channel_combo)
        layout.addLayout(top)
        festival_row = QHBoxLayout()
        self.festival_label = QLabel(self.tr("Festival:"))
        self.festival_combo = QComboBox()  # fills {festival}; the shop may type its own day
        self.festival_combo.setObjectName("messageFestival")
        self.festival_combo.setEditable(True)
        self.festival_combo.setMinimumWidth(200)
        shop_days = settings.get("rule_shop_days")
        upcoming = []
        words = mt.FESTIVAL_WORDS["zh_CN" if self.language == "zh_CN" else "en"]
        for holiday in holidays.builtin() + holidays.chosen("", shop_days):
            self.festival_combo.addItem(words.get(holiday.code, holiday.name), holiday.code)
            days = holidays.dates(holiday, self.today, self.today + dt.timedelta(days=366))
            upcoming.append(days[0] if days else dt.date.max)
        if upcoming:  # the next festival comes first to mind
            self.festival_combo.setCurrentIndex(upcoming.index(min(upcoming)))
        if self.extra.get("festival"):  # ... unless a reminder named it
            self.festival_combo.setCurrentText(self.extra["festival"])
        festival_row.addWidget(self.festival_label)
        festival_row.addWidget(self.festival_combo)
        festival_row.addStretch(1)
        layout.addLayout(festival_row)
        self.template_edit = QPlainTextEdit()
        self.template_edit.setObjectName("templateText")
        self.template_edit.setMaximumHeight(90)
        fields_row = QHBoxLayout()
        self.insert_button = QPushButton(self.tr("Insert field"))
        menu = QMenu(self.insert_button)
        for key, label in mt.field_labels().items():
            menu.addAction(label).triggered.connect(
                lambda _=False, k=key: self.template_edit.insertPlainText("{" + k + "}"))
        self.insert_button.setMenu(menu)
        self.template_error = ErrorLabel()
        self.template_error.setObjectName("templateError")
        fields_row.addWidget(self.insert_button)
        fields_row.addWidget(self.template_error, 1)
        fields_row.addStretch(1)
        layout.addWidget(self.template_edit)
        layout.addLayout(fields_row)
        split = QSplitter()
        self.people = QListWidget()
        self.people.setObjectName("messagePeople")
        split.addWidget(self.people)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.person_label = QLabel()
        self.person_label.setObjectName("messagePerson")
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("messageText")
        self.count_label = QLabel()
        self.count_label.setObjectName("messageCount")
        self.reason_label = QLabel()
        self.reason_label.setObjectName("messageReason")
        self.reason_label.setWordWrap(True)
        self.reason_label.setStyleSheet("color: #a15c00;")
        right_layout.addWidget(self.person_label)
        right_layout.addWidget(self.text_edit, 1)
        right_layout.addWidget(self.count_label)
        right_layout.addWidget(self.reason_label)
        split.addWidget(right)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        self.progress = QProgressBar()
        self.progress.setObjectName("messageProgress")
        self.status = QLabel()
        self.status.setObjectName("messageStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.csv_button = QPushButton(self.tr("Export for SMS…"))
        self.csv_button.setObjectName("smsCsvButton")
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.setObjectName("skipButton")
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setObjectName("copyButton")
        self.sent_button = QPushButton(self.tr("Mark sent"))
        self.sent_button.setObjectName("markSentButton")
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        for button in (self.csv_button,):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.skip_button, self.copy_button, self.sent_button, self.close_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.resize(max(self.width(), 860), max(self.height(), 560))

        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.template_combo.currentIndexChanged.connect(self._template_chosen)
        self.festival_combo.currentTextChanged.connect(lambda _t: self._rebuild())
        self.template_edit.textChanged.connect(self._rebuild)
        self.people.currentRowChanged.connect(self._show_person)
        self.text_edit.textChanged.connect(self._count)
        self.copy_button.clicked.connect(self.copy)
        self.sent_button.clicked.connect(self.mark_sent)
        self.skip_button.clicked.connect(self.skip)
        self.csv_button.clicked.connect(lambda: self.export_csv())
        if queue_id is not None:
            self._load_queue()
            self._hide_template()
        else:
            index = self.kind_combo.findData(kind)
            self.kind_combo.setCurrentIndex(max(index, 0))
            self._kind_changed()

    # --- choosing the words
    def _kind_changed(self) -> None:
        kind = self.kind_combo.currentData()
        self.template_combo.blockSignals(True)
        self.template_combo.clear()
        for template in mt.templates(self.language, kind):
            self.template_combo.addItem(template.name, template.key)
        self.template_combo.blockSignals(False)
        for widget in (self.festival_label, self.festival_combo):
            widget.setVisible(kind == "festival")
        default = mt.default_for(kind, self.language)
        self.template_combo.setCurrentIndex(max(self.template_combo.findData(default.key), 0))
        self._template_chosen()

    def template(self) -> mt.MessageTemplate:
        return mt.template(self.template_combo.currentData()) or mt.default_for(
            self.kind_combo.currentData(), self.language)

    def _template_chosen(self) -> None:
        self.template_edit.setPlainText(self.template().text)  # -> _rebuild

    def _rebuild(self) -> None:
        if self.queue_id is not None:
            return
        text = self.template_edit.toPlainText()
        try:
            mt.check_text(text)
        except ValidationError as exc:
            self.template_error.setText(str(exc))
            return
        self.template_error.setText("")
        values = dict(self.extra)
        if self.kind_combo.currentData() == "festival" and self.festival_combo.currentText():
            values["festival"] = self.festival_combo.currentText().strip()
        extra = {cid: values for cid in self.customer_ids} if values else None
        self.messages = compose.messages_for(self.customer_ids, self.template(), Shop.current(),
                                             self.today, extra, text=text)
        self._fill_people([(m.name, m.allowed, m.reason) for m in self.messages])

    def _fill_people(self, rows: list[tuple[str, bool, str]]) -> None:
        row_before = max(self.people.currentRow(), 0)
        self.people.blockSignals(True)
        self.people.clear()
        for name, allowed, reason in rows:
            item = QListWidgetItem(name)
            if not allowed:
                item.setForeground(Qt.GlobalColor.gray)
                item.setToolTip(reason)
            self.people.addItem(item)
        self.people.blockSignals(False)
        if rows:
            self.people.setCurrentRow(min(row_before, len(rows) - 1))
            self._show_person(self.people.currentRow())
        self._show_progress()

    # --- the queue
    def _start_queue(self) -> None:
        """Keep the list as a queue in the book (from the first action on it)."""
        if self.queue_id is not None:
            return
        kind = self.kind_combo.currentData()
        name = f"{mt.kind_names()[kind]} {self.today.isoformat()}"
        self.queue_id = queues.create_from(self.messages, name, kind, self.template().key,
                                           self.channel_combo.currentData())
        self._load_queue()

    def _load_queue(self) -> None:
        info = queues.queue(self.queue_id)
        self.channel_combo.setCurrentIndex(max(self.channel_combo.findData(info.channel), 0))
        for widget in (self.kind_combo, self.template_combo, self.template_edit,
                       self.insert_button, self.channel_combo, self.festival_combo):
            widget.setEnabled(False)
        self.setWindowTitle(self.tr("Message queue: {name}").format(name=info.name))
        self.items = queues.items(self.queue_id)
        self._fill_people([(i.name, i.status != "excluded", i.reason) for i in self.items])
        current = queues.current(self.queue_id)
        if current is not None:
            self.people.setCurrentRow(self.items.index(
                next(i for i in self.items if i.id == current.id)))

    def _hide_template(self) -> None:
        """A queue opened to go on with: each text is written, so the template that wrote
        them is no choice any more (the day's queue mixes birthdays, festivals and
        follow-ups); it is not shown. (A queue just started keeps its layout.)"""
        for widget in (self.kind_label, self.kind_combo, self.template_label,
                       self.template_combo, self.festival_label, self.festival_combo,
                       self.template_edit, self.insert_button, self.template_error):
            widget.setVisible(False)

    def _show_person(self, row: int) -> None:
        self.copied = False
        if self.items:
            if not 0 <= row < len(self.items):
                return
            item = self.items[row]
            name, text, reason, status = item.name, item.text, item.reason, item.status
        elif 0 <= row < len(self.messages):
            m = self.messages[row]
            name, text, reason, status = m.name, m.text, m.reason, "pending" if m.allowed \
                else "excluded"
        else:
            return
        self.person_label.setText(name)
        self.text_edit.setPlainText(text)
        self.reason_label.setText(self.tr("Not sent: {reason}").format(reason=reason)
                                  if reason else "")
        open_ = status == "pending"
        self.text_edit.setReadOnly(not open_)
        for button in (self.copy_button, self.skip_button):
            button.setEnabled(open_)
        self.sent_button.setEnabled(False)
        self.status.setText({"sent": self.tr("Already sent."),
                             "skipped": self.tr("Skipped.")}.get(status, ""))

    def _count(self) -> None:
        chars, parts, per = mt.sms_parts(self.text_edit.toPlainText())
        self.count_label.setText(self.tr("{chars} characters · {parts} SMS ({per} per SMS)")
                                 .format(chars=chars, parts=parts, per=per))

    def _show_progress(self) -> None:
        if self.queue_id is not None:
            p = queues.progress(self.queue_id)
            self.progress.setRange(0, max(p.to_send, 1))
            self.progress.setValue(p.done)
            self.progress.setFormat(self.tr("%v of %m done"))
        else:
            allowed = sum(1 for m in self.messages if m.allowed)
            self.progress.setRange(0, max(allowed, 1))
            self.progress.setValue(0)
            self.progress.setFormat(self.tr("%v of %m done"))

    def current_item(self) -> queues.Item | None:
        row = self.people.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _go_on(self) -> None:
        self.items = queues.items(self.queue_id)
        current = queues.current(self.queue_id)
        self._fill_people([(i.name, i.status != "excluded", i.reason) for i in self.items])
        if current is None:
            self.status.setText(self.tr("Everyone in this queue has been dealt with."))
            return
        self.people.setCurrentRow(next(n for n, i in enumerate(self.items) if i.id == current.id))

    # --- actions
    def copy(self) -> None:
        row = self.people.currentRow()
        text = self.text_edit.toPlainText().strip()
        self._start_queue()
        self.people.setCurrentRow(row)
        self.text_edit.setPlainText(text)
        QGuiApplication.clipboard().setText(text)
        self.copied = True
        self.sent_button.setEnabled(True)
        self.sent_button.setDefault(True)
        self.status.setText(self.tr("Copied. Paste it into {channel} and send it, then press "
                                    "Mark sent.").format(channel=self.channel_combo.currentText()))

    def mark_sent(self) -> None:
        item = self.current_item()
        if item is None or not self.copied:
            return
        try:
            queues.mark_sent(item.id, text=self.text_edit.toPlainText())
        except CustbookError as exc:
            tell(self, self.tr("Message"), str(exc))
            return
        self.sig_logged.emit(item.customer_id or 0)
        self._go_on()

    def skip(self) -> None:
        self._start_queue()
        item = self.current_item()
        if item is None or item.status != "pending":
            return
        queues.skip(item.id)
        self._go_on()

    def export_csv(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export for SMS"),
                                                  "sms.csv", self.tr("CSV files (*.csv)"))
            if not path:
                return
        self.channel_combo.setCurrentIndex(max(self.channel_combo.findData("sms"), 0))
        self._start_queue()
        written, no_mobile = queues.export_sms_csv(self.queue_id, path)
        self._go_on()
        self.status.setText(self.tr("{n} messages written for SMS; {m} without a mobile number.")
                            .format(n=written, m=no_mobile))
