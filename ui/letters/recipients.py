"""Who gets a recommendation letter: the left pane of the letters window.

A topic typed (matched against the customers' interests, read once into
`custbook.letters.letters.InterestIndex`) or a tag chosen lists the customers found; those who
agreed to promotions come checked, the others greyed with the reason they are left out.
It lives apart from `letters_dialog` so the finding and checking can be read (and
changed) without the template, preview and printing around it; the dialog only hears
`listed` (a new list is shown) and `highlighted` (another row is current) to refresh
its preview.

Its words keep the "LettersDialog" translation context they had when they were written
inside the dialog (`translate("LettersDialog", …)`), so no translation is lost; the
table headers stay in `CandidateModel`, the class that always held them.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from custbook.customers import customers
from custbook.errors import Cancelled
from custbook.letters import letters
from custbook.letters.letters import Candidate, Selection
from ui.worker import run_task

translate = QCoreApplication.translate
ERROR_STYLE = "color: #b00020;"


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


class RecipientsPane(QWidget):
    """Topic or tag, the customers found, and who of them is checked."""

    listed = Signal()
    """A new list of customers is shown (the preview's customer may have changed)."""
    highlighted = Signal()
    """Another customer is highlighted in the list."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.index: letters.InterestIndex | None = None
        self.selection = Selection("")
        self.task = None
        self.tag_task = None
        self.match_timer = QTimer(self, singleShot=True, interval=250)
        self.match_timer.timeout.connect(self.apply_choice)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.by_topic = QRadioButton(translate("LettersDialog", "Topic"))
        self.by_topic.setObjectName("letterByTopic")
        self.by_tag = QRadioButton(translate("LettersDialog", "Tag"))
        self.by_tag.setObjectName("letterByTag")
        group = QButtonGroup(self)
        group.addButton(self.by_topic)
        group.addButton(self.by_tag)
        self.by_topic.setChecked(True)
        self.topic = QLineEdit()
        self.topic.setObjectName("letterTopic")
        self.topic.setPlaceholderText(translate("LettersDialog", "e.g. 茶, 瑜伽, silk"))
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
        self.all_button = QPushButton(translate("LettersDialog", "Check all"))
        self.all_button.setObjectName("letterCheckAll")
        self.none_button = QPushButton(translate("LettersDialog", "Check none"))
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
            lambda current, previous: self.highlighted.emit())
        self.model.dataChanged.connect(lambda *args: self._show_summary())

    def reload(self) -> None:
        """Read the tags and the customers' interests (again), then list the choice."""
        self._fill_tags()
        self._load_index()

    def _load_index(self) -> None:
        self.summary.setText(translate("LettersDialog", "Reading the customers' interests…"))

        def done(found: tuple[letters.InterestIndex, list[str]]) -> None:
            self.index, words = found
            self.completer.model().setStringList(words)
            self.apply_choice()

        def work(progress):
            index = letters.interest_index(progress)
            return index, index.words()

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, Cancelled):
                self.summary.setStyleSheet(ERROR_STYLE)
                self.summary.setText(str(exc))
            else:
                self.summary.setText(translate("LettersDialog",
                                               "Stopped: choose a tag instead, or open again."))

        # The window (the letters dialog), as before the split: the progress shows over it.
        self.task = run_task(self.window(),
                             translate("LettersDialog", "Reading the customers' interests…"),
                             work, on_success=done, on_failure=failed)

    def _fill_tags(self) -> None:
        chosen = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(translate("LettersDialog", "Choose a tag"), None)
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
        self.summary.setText(translate("LettersDialog", "Finding the customers with this tag…"))

        def done(selection: Selection) -> None:
            if self.by_tag.isChecked() and self.tag.currentData() == tag_id:
                self.show_selection(selection)

        self.tag_task = run_task(self.window(),
                                 translate("LettersDialog",
                                           "Finding the customers with this tag…"),
                                 lambda progress: letters.by_tag(tag_id), on_success=done,
                                 on_failure=lambda exc: self.summary.setText(str(exc)))

    def show_selection(self, selection: Selection) -> None:
        """List the customers found (those who get a letter first, checked)."""
        self.selection = selection
        self.model.set_rows(self.selection)
        if self.model.rows:
            self.table.selectRow(0)
        self._show_summary()
        self.listed.emit()

    def _check_all(self, on: bool) -> None:
        self.model.set_all(on)
        self._show_summary()

    def _show_summary(self) -> None:
        self.summary.setStyleSheet("")
        if not self.selection.topic:
            self.summary.setText(translate(
                "LettersDialog", "Type a topic (for example 茶 finds 茶艺 and 品茶) or "
                                 "choose a tag."))
            return
        found = len(self.selection.all)
        if not found:
            self.summary.setText(translate("LettersDialog", "Nobody's interests mention “%1”.")
                                 .replace("%1", self.selection.topic))
            return
        self.summary.setText(translate("LettersDialog", "%1 found: %2 will get a letter, %3 "
                                                        "left out (no agreement to promotions).")
                             .replace("%1", str(found))
                             .replace("%2", str(len(self.model.chosen_ids())))
                             .replace("%3", str(len(self.selection.excluded))))

    def previewed_id(self) -> int | None:
        """The highlighted customer, else the first who gets a letter."""
        index = self.table.currentIndex()
        if index.isValid():
            return self.model.rows[index.row()].customer_id
        chosen = self.model.chosen_ids()
        return chosen[0] if chosen else None

    def candidate(self, customer_id: int) -> Candidate | None:
        """The listed row for `customer_id` (None if it is not listed)."""
        return next((c for c in self.model.rows if c.customer_id == customer_id), None)
