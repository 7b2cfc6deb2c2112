"""Recommendation letters: choose a topic or tag, check who gets a letter, write it, print.

Left, the customers the topic (or tag) finds, those who agreed to promotions checked,
the others greyed with the reason; middle, the template (subject and body with merge
fields, "Insert field" menu); right, the letter as the highlighted customer will get
it, updated as you type. Print and Save write one PDF off the window's thread
(`custbook.reports.letters_pdf`); the letters are then noted in each customer's
contact log in one go (`custbook.letters.record_letters`) — after saving, or once the
print preview's Print button was pressed. The rules live in `custbook.letters`.
"""
from __future__ import annotations

import datetime as dt
import tempfile
from html import escape
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from custbook import audit, customers, letters
from custbook.errors import CustbookError, ValidationError
from custbook.letters import Candidate, Selection
from custbook.reports.letters_pdf import LettersPdf
from ui.i18n import current_language
from ui.pdf_print import preview_pdf
from ui.signals import BOOK, CONTACTS, CUSTOMERS, bus
from ui.worker import run_task

translate = QCoreApplication.translate
ERROR_STYLE = "color: #b00020;"
MANY_LETTERS = 500  # ask before printing more than this many


def add_letters_action(window, menu: QMenu) -> QAction:
    """Add "Recommendation letters…" to `menu` (the Customers menu)."""
    action = QAction(translate("LettersDialog", "Recommendation letters…"), window)
    action.setObjectName("actionLetters")
    action.triggered.connect(lambda checked=False: open_letters_dialog(window))
    menu.addAction(action)
    return action


def open_letters_dialog(window) -> LettersDialog:
    """Show the letters window (bringing it forward if it is open already)."""
    dialog = getattr(window, "letters_dialog", None)
    try:
        if dialog is not None and dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
            return dialog
    except RuntimeError:  # closed and deleted meanwhile
        pass
    page = getattr(window, "pages", {}).get("customers")
    today = page.today() if page is not None and hasattr(page, "today") else dt.date.today()
    dialog = LettersDialog(window, today)
    window.letters_dialog = dialog  # kept while shown
    dialog.show()
    return dialog


class CandidateModel(QAbstractTableModel):
    """The customers found: a check box for those who may get a letter."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Candidate] = []
        self.checked: set[int] = set()

    def set_rows(self, selection: Selection) -> None:
        self.beginResetModel()
        self.rows = selection.all
        self.checked = {c.customer_id for c in selection.included}
        self.endResetModel()

    def chosen_ids(self) -> list[int]:
        return [c.customer_id for c in self.rows if c.eligible and c.customer_id in self.checked]

    def set_all(self, on: bool) -> None:
        self.checked = {c.customer_id for c in self.rows if c.eligible} if on else set()
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0))

    def rowCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent=None) -> int:
        return 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Customer"), self.tr("Found in"), self.tr("Left out because"))[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.name, row.matched, row.reason)[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0 and row.eligible:
            return (Qt.CheckState.Checked if row.customer_id in self.checked
                    else Qt.CheckState.Unchecked)
        if role == Qt.ItemDataRole.ForegroundRole and not row.eligible:
            return QColor("#8a9399")
        if role == Qt.ItemDataRole.ToolTipRole and row.reason:
            return row.reason
        return None

    def flags(self, index: QModelIndex):
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0 and self.rows[index.row()].eligible:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        row = self.rows[index.row()]
        if not row.eligible:
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.checked.add(row.customer_id)
        else:
            self.checked.discard(row.customer_id)
        self.dataChanged.emit(index, index)
        return True


class LettersDialog(QDialog):
    def __init__(self, parent: QWidget | None, today: dt.date):
        super().__init__(parent)
        self.setObjectName("lettersDialog")
        self.setWindowTitle(self.tr("Recommendation letters"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(1180, 720)
        self.today = today
        self.index: letters.InterestIndex | None = None
        self.selection = Selection("")
        self.task = None
        self.preview = None
        self.written: LettersPdf | None = None
        self._recipients: dict[int, letters.Recipient] = {}
        self._template_key = ""
        self._loading_template = False
        self._templates: dict[str, letters.Template] = {}

        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Tell customers about new products in what they care about: "
                               "choose a topic or a tag, check who gets a letter, and print one "
                               "personal letter each. Only customers who agreed to promotions "
                               "get one."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_people())
        splitter.addWidget(self._build_editor())
        splitter.addWidget(self._build_preview())
        splitter.setSizes([460, 330, 390])
        layout.addWidget(splitter, 1)

        bottom = QHBoxLayout()
        options = QVBoxLayout()
        self.address_box = QCheckBox(self.tr("Print the name and address for a window envelope"))
        self.address_box.setObjectName("letterAddress")
        self.record_box = QCheckBox(self.tr("Record a letter in each customer's contact log"))
        self.record_box.setObjectName("letterRecord")
        self.record_box.setChecked(True)
        options.addWidget(self.address_box)
        options.addWidget(self.record_box)
        bottom.addLayout(options, 1)
        self.status = QLabel()
        self.status.setObjectName("letterStatus")
        self.status.setWordWrap(True)
        bottom.addWidget(self.status, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("letterSave")
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("letterPrint")
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.choose_file)
        self.print_button.clicked.connect(self.print_letters)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)

        self.match_timer = QTimer(self, singleShot=True, interval=250)
        self.match_timer.timeout.connect(self.apply_choice)
        self.preview_timer = QTimer(self, singleShot=True, interval=150)
        self.preview_timer.timeout.connect(self.update_preview)
        self._fill_templates()
        self._fill_tags()
        self._load_index()
        bus().sig_data_changed.connect(self._data_changed)
        if parent is not None:
            parent.installEventFilter(self)  # the window closes: so does this

    def eventFilter(self, watched, event) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Hide \
                and not event.spontaneous():  # closed, not minimised
            self.close()
        elif event.type() == QEvent.Type.FocusIn and watched in (self.subject, self.body):
            self._last_edit = watched  # where "Insert field" puts the field
        return super().eventFilter(watched, event)

    # --- building
    def _build_people(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.by_topic = QRadioButton(self.tr("Topic"))
        self.by_topic.setObjectName("letterByTopic")
        self.by_tag = QRadioButton(self.tr("Tag"))
        self.by_tag.setObjectName("letterByTag")
        group = QButtonGroup(self)
        group.addButton(self.by_topic)
        group.addButton(self.by_tag)
        self.by_topic.setChecked(True)
        self.topic = QLineEdit()
        self.topic.setObjectName("letterTopic")
        self.topic.setPlaceholderText(self.tr("e.g. 茶, 瑜伽, silk"))
        self.topic.setClearButtonEnabled(True)
        self.completer = QCompleter([], self)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.topic.setCompleter(self.completer)
        self.tag = QComboBox()
        self.tag.setObjectName("letterTag")
        row1 = QHBoxLayout()
        row1.addWidget(self.by_topic)
        row1.addWidget(self.topic, 1)
        row2 = QHBoxLayout()
        row2.addWidget(self.by_tag)
        row2.addWidget(self.tag, 1)
        layout.addLayout(row1)
        layout.addLayout(row2)
        self.summary = QLabel()
        self.summary.setObjectName("lettersSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = CandidateModel(self)
        self.table = QTableView()
        self.table.setObjectName("lettersList")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(0, 110)
        header.resizeSection(1, 130)
        layout.addWidget(self.table, 1)
        pick = QHBoxLayout()
        self.all_button = QPushButton(self.tr("Check all"))
        self.all_button.setObjectName("letterCheckAll")
        self.none_button = QPushButton(self.tr("Check none"))
        self.none_button.setObjectName("letterCheckNone")
        pick.addWidget(self.all_button)
        pick.addWidget(self.none_button)
        pick.addStretch(1)
        layout.addLayout(pick)
        self.all_button.clicked.connect(lambda: self._check_all(True))
        self.none_button.clicked.connect(lambda: self._check_all(False))
        self.topic.textChanged.connect(self._topic_typed)
        self.completer.activated.connect(lambda text: self.apply_choice())
        self.topic.returnPressed.connect(self.apply_choice)
        self.tag.currentIndexChanged.connect(self._tag_chosen)
        self.by_topic.toggled.connect(lambda on: self.apply_choice())
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, previous: self.preview_timer.start())
        self.model.dataChanged.connect(lambda *args: self._show_summary())
        return box

    def _build_editor(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Template")))
        self.template = QComboBox()
        self.template.setObjectName("letterTemplate")
        row.addWidget(self.template, 1)
        layout.addLayout(row)
        row = QHBoxLayout()
        self.save_template_button = QPushButton(self.tr("Keep as template…"))
        self.save_template_button.setObjectName("letterKeepTemplate")
        self.delete_template_button = QPushButton(self.tr("Delete template"))
        self.delete_template_button.setObjectName("letterDeleteTemplate")
        self.insert_button = QPushButton(self.tr("Insert field"))
        self.insert_button.setObjectName("insertField")
        menu = QMenu(self.insert_button)
        for key, label in letters.field_labels().items():
            action = menu.addAction(f"{label}   {{{key}}}")
            action.setObjectName(f"insertField_{key}")
            action.triggered.connect(lambda checked=False, k=key: self.insert_field(k))
        self.insert_button.setMenu(menu)
        row.addWidget(self.insert_button)
        row.addStretch(1)
        row.addWidget(self.save_template_button)
        row.addWidget(self.delete_template_button)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Subject")))
        self.subject = QLineEdit()
        self.subject.setObjectName("letterSubject")
        layout.addWidget(self.subject)
        layout.addWidget(QLabel(self.tr("Letter (a blank line starts a new paragraph)")))
        self.body = QPlainTextEdit()
        self.body.setObjectName("letterBody")
        layout.addWidget(self.body, 1)
        self.error = QLabel()
        self.error.setObjectName("letterError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self._last_edit = self.body
        self.subject.installEventFilter(self)
        self.body.installEventFilter(self)
        self.template.currentIndexChanged.connect(self._template_chosen)
        self.subject.textChanged.connect(self._text_changed)
        self.body.textChanged.connect(self._text_changed)
        self.save_template_button.clicked.connect(self.keep_template)
        self.delete_template_button.clicked.connect(self.delete_template)
        return box

    def _build_preview(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.preview_label = QLabel()
        self.preview_label.setObjectName("letterPreviewFor")
        layout.addWidget(self.preview_label)
        self.preview_text = QTextBrowser()
        self.preview_text.setObjectName("letterPreview")
        self.preview_text.setStyleSheet("QTextBrowser { background: white; color: #1f2a30; }")
        layout.addWidget(self.preview_text, 1)
        return box

    def done(self, result: int) -> None:
        """Closing stops what is pending: nothing fires on a dialog that is going away."""
        self.match_timer.stop()
        self.preview_timer.stop()
        try:
            bus().sig_data_changed.disconnect(self._data_changed)
        except (RuntimeError, TypeError):
            pass
        super().done(result)

    def _data_changed(self, kinds) -> None:
        """Customers changed (or another book was opened): read their interests again."""
        if self.isVisible() and {CUSTOMERS, BOOK} & set(kinds):
            self._fill_tags()
            self._load_index()

    # --- who
    def _load_index(self) -> None:
        self.summary.setText(self.tr("Reading the customers' interests…"))

        def done(found: tuple[letters.InterestIndex, list[str]]) -> None:
            self.index, words = found
            self.completer.model().setStringList(words)
            self.apply_choice()

        def work(progress):
            index = letters.interest_index(progress)
            return index, index.words()

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, letters.Cancelled):
                self.summary.setStyleSheet(ERROR_STYLE)
                self.summary.setText(str(exc))
            else:
                self.summary.setText(self.tr("Stopped: choose a tag instead, or open again."))

        self.task = run_task(self, self.tr("Reading the customers' interests…"),
                             work, on_success=done, on_failure=failed)

    def _fill_tags(self) -> None:
        chosen = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("Choose a tag"), None)
        for row in customers.all_tags():
            self.tag.addItem(f"{row.name} ({row.count})", row.id)
        self.tag.setCurrentIndex(max(self.tag.findData(chosen), 0) if chosen is not None else 0)
        self.tag.blockSignals(False)

    def _topic_typed(self, text: str) -> None:
        if not self.by_topic.isChecked():
            self.by_topic.setChecked(True)
        self.match_timer.start()

    def _tag_chosen(self, index: int) -> None:
        if self.tag.currentData() is not None and not self.by_tag.isChecked():
            self.by_tag.setChecked(True)  # toggling applies the choice
        else:
            self.apply_choice()

    def apply_choice(self) -> None:
        """Find the customers for the topic typed or the tag chosen, and list them."""
        self.match_timer.stop()
        if self.by_topic.isChecked():
            if self.index is None:
                return
            self.show_selection(self.index.match(self.topic.text()))
            return
        tag_id = self.tag.currentData()
        if tag_id is None:
            self.show_selection(Selection(""))
            return
        # A tag can carry tens of thousands of customers: read them off the window's thread.
        self.summary.setText(self.tr("Finding the customers with this tag…"))

        def done(selection: Selection) -> None:
            if self.by_tag.isChecked() and self.tag.currentData() == tag_id:
                self.show_selection(selection)

        self.tag_task = run_task(self, self.tr("Finding the customers with this tag…"),
                                 lambda progress: letters.by_tag(tag_id), on_success=done,
                                 on_failure=lambda exc: self.summary.setText(str(exc)))

    def show_selection(self, selection: Selection) -> None:
        """List the customers found (those who get a letter first, checked)."""
        self.selection = selection
        self.model.set_rows(self.selection)
        self._recipients.clear()
        if self.model.rows:
            self.table.selectRow(0)
        self._show_summary()
        self.preview_timer.start()

    def _check_all(self, on: bool) -> None:
        self.model.set_all(on)
        self._show_summary()

    def _show_summary(self) -> None:
        self.summary.setStyleSheet("")
        if not self.selection.topic:
            self.summary.setText(self.tr("Type a topic (for example 茶 finds 茶艺 and 品茶) or "
                                         "choose a tag."))
            return
        found = len(self.selection.all)
        if not found:
            self.summary.setText(self.tr("Nobody's interests mention “%1”.").replace(
                "%1", self.selection.topic))
            return
        self.summary.setText(self.tr("%1 found: %2 will get a letter, %3 left out (no "
                                     "agreement to promotions).")
                             .replace("%1", str(found))
                             .replace("%2", str(len(self.model.chosen_ids())))
                             .replace("%3", str(len(self.selection.excluded))))

    # --- what
    def _fill_templates(self, key: str | None = None) -> None:
        self._loading_template = True
        self.template.clear()
        language = current_language()
        names = {"zh_CN": self.tr("Chinese"), "en": self.tr("English")}
        self._templates = {t.key: t for t in letters.templates(language)}
        for t in self._templates.values():
            self.template.addItem(f"{t.name} · {names.get(t.language, t.language)}", t.key)
        self._loading_template = False
        found = self.template.findData(key) if key else 0
        self.template.setCurrentIndex(max(found, 0))
        self._template_chosen()

    def current_template(self) -> letters.Template:
        """The template as it stands in the editor (edits included)."""
        chosen = self._templates.get(self.template.currentData() or "") or letters.BUILT_IN[0]
        return letters.Template(chosen.key, chosen.name, chosen.language,
                                self.subject.text(), self.body.toPlainText())

    def _template_chosen(self, *args) -> None:
        if self._loading_template:
            return
        chosen = self._templates.get(self.template.currentData() or "")
        if chosen is None:
            return
        self._template_key = chosen.key
        self.subject.blockSignals(True)
        self.body.blockSignals(True)
        self.subject.setText(chosen.subject)
        self.body.setPlainText(chosen.body)
        self.subject.blockSignals(False)
        self.body.blockSignals(False)
        self.delete_template_button.setEnabled(not chosen.builtin)
        self._text_changed()

    def _text_changed(self) -> None:
        self.preview_timer.start()

    def insert_field(self, key: str) -> None:
        """Put {key} where the cursor is (in the subject if that was being edited)."""
        text = "{" + key + "}"
        if self._last_edit is self.subject:
            self.subject.insert(text)
            self.subject.setFocus()
        else:
            self.body.insertPlainText(text)
            self.body.setFocus()

    def keep_template(self) -> None:
        current = self.current_template()
        suggested = current.name if not current.builtin else \
            self.tr("%1 (ours)").replace("%1", current.name)
        name, ok = QInputDialog.getText(self, self.tr("Keep as template"),
                                        self.tr("Name of the template"), text=suggested)
        if ok:
            self.save_template_as(name)

    def save_template_as(self, name: str) -> letters.Template | None:
        current = self.current_template()
        key = current.key if not current.builtin and name.strip() == current.name else None
        try:
            kept = letters.save_template(name, current.language, current.subject,
                                         current.body, key)
        except ValidationError as exc:
            self.error.setText(exc.message)
            return None
        self._fill_templates(kept.key)
        self.status.setText(self.tr("Template “%1” kept.").replace("%1", kept.name))
        return kept

    def delete_template(self) -> None:
        current = self.current_template()
        if current.builtin:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete template"),
            self.tr("Delete the template “%1”?").replace("%1", current.name))
        if answer == QMessageBox.StandardButton.Yes:
            letters.delete_template(current.key)
            self._fill_templates()

    # --- preview
    def previewed_id(self) -> int | None:
        """The highlighted customer, else the first who gets a letter."""
        index = self.table.currentIndex()
        if index.isValid():
            return self.model.rows[index.row()].customer_id
        chosen = self.model.chosen_ids()
        return chosen[0] if chosen else None

    def update_preview(self) -> None:
        self.preview_timer.stop()
        if not self.isVisible():
            return  # closed meanwhile (the book may be closed too)
        current = self.current_template()
        try:
            letters.check_template(current.subject, current.body)
        except ValidationError as exc:
            self.error.setText(exc.message)
            return
        self.error.setText("")
        cid = self.previewed_id()
        if cid is None:
            self.preview_label.setText(self.tr("Preview (no customer chosen yet)"))
            person = letters.Recipient(0, self.tr("Customer's name"), "", "", "", None, None, ())
        else:
            if cid not in self._recipients:
                try:
                    self._recipients.update(letters.recipients([cid]))
                except CustbookError:
                    return
            person = self._recipients.get(cid)
            if person is None:
                return
            candidate = next((c for c in self.model.rows if c.customer_id == cid), None)
            note = self.tr("Preview for %1").replace("%1", person.name)
            if candidate is not None and not candidate.eligible:
                note += " — " + self.tr("left out: %1").replace("%1", candidate.reason)
            self.preview_label.setText(note)
        letter = letters.render(current, person, self._shop(), self.today)
        self.preview_text.setHtml(letter_html(letter, self._shop().name, self.today))

    def _shop(self) -> letters.Shop:
        return letters.Shop.current(self.selection.topic, audit.current_staff())

    # --- print and save
    def _prepared(self) -> tuple[letters.Template, list[int]] | None:
        current = self.current_template()
        try:
            letters.check_template(current.subject, current.body)
        except ValidationError as exc:
            self.error.setText(exc.message)
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(exc.message)
            return None
        ids = self.model.chosen_ids()
        if not ids:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(self.tr("Check at least one customer to write to."))
            return None
        if len(ids) > MANY_LETTERS:
            answer = QMessageBox.question(
                self, self.tr("Many letters"),
                self.tr("That is %1 letters, one page each. Print them all?").replace(
                    "%1", str(len(ids))))
            if answer != QMessageBox.StandardButton.Yes:
                return None
        self.status.setStyleSheet("")
        return current, ids

    def write(self, path: Path, record: bool, then=None) -> None:
        """Write the letters to `path` in the background (recording them if `record`);
        `then(written)` runs when it is done."""
        prepared = self._prepared()
        if prepared is None:
            return
        template, ids = prepared
        shop, today = self._shop(), self.today
        address = self.address_box.isChecked()
        staff_id = audit.current_staff()
        self.status.setText(self.tr("Writing %1 letters…").replace("%1", str(len(ids))))
        self._busy(True)
        self.written_letters: list[letters.Letter] = []

        def work(progress):
            found = letters.letters_for(ids, template, shop, today)
            self.written_letters = found
            return letters.print_and_record(path, found, record, staff_id, address, progress)

        def done(written: LettersPdf) -> None:
            self._busy(False)
            self.written = written
            if record:
                bus().sig_data_changed.emit(frozenset({CONTACTS}))
            if then is not None:
                then(written)

        def failed(exc: BaseException) -> None:
            self._busy(False)
            self.status.setStyleSheet(ERROR_STYLE)
            if isinstance(exc, letters.Cancelled):
                self.status.setText(self.tr("Stopped: no letters were written or recorded."))
            else:
                self.status.setText(self.tr("The letters could not be written: %1").replace(
                    "%1", str(exc)))

        self.task = run_task(self, self.tr("Writing the letters…"), work,
                             on_success=done, on_failure=failed)

    def _busy(self, busy: bool) -> None:
        for button in (self.save_button, self.print_button):
            button.setEnabled(not busy)

    def choose_file(self) -> None:
        topic = self.selection.topic or "letters"
        name = f"{self.tr('letters')}-{topic}-{self.today.isoformat()}.pdf".replace(" ", "-")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the letters"),
                                              str(Path.home() / name), self.tr("PDF (*.pdf)"))
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        record = self.record_box.isChecked()
        self.write(path, record, lambda written: self._saved(written, record))

    def _saved(self, written: LettersPdf, recorded: bool) -> None:
        text = self.tr("%1 letters on %2 pages saved to %3.").replace(
            "%1", str(written.letters)).replace("%2", str(written.pages)).replace(
            "%3", str(written.path))
        if recorded:
            text += " " + self.tr("Noted in each customer's contact log.")
        self.status.setText(text)

    def print_letters(self) -> None:
        """Write the letters to a temporary PDF, then open the print preview on it; they
        are noted in the contact log once Print is pressed there."""
        folder = Path(tempfile.mkdtemp(prefix="custbook-print-"))
        self.write(folder / "letters.pdf", False, self._preview)

    def _preview(self, written: LettersPdf) -> None:
        self.status.setText(self.tr("%1 letters on %2 pages.").replace(
            "%1", str(written.letters)).replace("%2", str(written.pages)))
        self.preview = preview_pdf(self, written.path, self.tr("Recommendation letters"),
                                   "lettersPrintPreview")
        if self.record_box.isChecked():
            printed = list(self.written_letters)
            self.preview.accepted.connect(lambda: self.record_printed(printed))

    def record_printed(self, printed: list[letters.Letter]) -> None:
        """Note the printed letters in the contact log (once Print was pressed)."""
        try:
            count = letters.record_letters(
                [letter.customer_id for letter in printed],
                {letter.customer_id: letter.subject for letter in printed},
                audit.current_staff())
        except CustbookError as exc:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(self.tr("The letters were printed but not recorded: %1")
                                .replace("%1", str(exc)))
            return
        bus().sig_data_changed.emit(frozenset({CONTACTS}))
        self.status.setText(self.tr("%1 letters printed and noted in the contact log.")
                            .replace("%1", str(count)))


def letter_html(letter: letters.Letter, shop_name: str, today: dt.date) -> str:
    """The letter as rich text for the preview (the same words and order as the PDF)."""
    chinese = letter.language == "zh_CN"
    date = letters.format_date(today, letter.language)

    def para(text: str, indent: bool) -> str:
        body = escape(text).replace("\n", "<br>")
        style = "text-indent: 22px;" if indent else ""
        return f'<p style="margin-bottom: 8px; {style}">{body}</p>'

    out = []
    if shop_name:
        out.append(f'<p style="color: #2f6f8f; font-size: 15pt;">{escape(shop_name)}</p><hr>')
    if not chinese:
        out.append(f'<p align="right">{escape(date)}</p>')
    if letter.subject:
        align = "center" if chinese else "left"
        out.append(f'<p align="{align}" style="color: #2f6f8f; font-size: 12.5pt;">'
                   f"{escape(letter.subject)}</p>")
    for number, text in enumerate(letter.paragraphs()):
        out.append(para(text, chinese and number > 0))
    sign = [letter.staff_name] + ([shop_name] if shop_name and shop_name != letter.staff_name
                                   else [])
    if chinese:
        sign.append(date)
    align = "right" if chinese else "left"
    out.append(f'<p align="{align}"><br>' + "<br>".join(escape(s) for s in sign) + "</p>")
    return "".join(out)
