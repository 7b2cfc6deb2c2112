"""Import opening balances from another membership system: choose, check, import, undo.

The same steps as the customer import: the file is read and checked first (the dry run:
nothing is written), every refused row is listed with its row number and the reason,
rows whose phone is already in the book either get the balances on that card or update
it too (the choice), and an import can be undone from the list below as long as none of
its money has been spent. Reading and writing run off the UI thread.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from custbook import money
from custbook.errors import CustbookError
from custbook.membership import opening
from ui.worker import run_task

translate = QCoreApplication.translate


class OpeningImportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, path: str | None = None):
        super().__init__(parent)
        self.setObjectName("openingImportDialog")
        self.setWindowTitle(self.tr("Import opening balances"))
        self.resize(900, 620)
        self.plan: opening.OpeningPlan | None = None
        self.task = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "A CSV or Excel export of your old membership system: card number, name, phone, "
            "tier, points, stored-value balance, count card and visits left, date opened. "
            "Nothing is written until you press Import."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.file_label = QLabel(self.tr("No file chosen"))
        self.file_label.setObjectName("fileLabel")
        choose = QPushButton(self.tr("Choose file…"))
        choose.setObjectName("chooseFileButton")
        choose.clicked.connect(self.choose)
        self.duplicates = QComboBox()
        self.duplicates.setObjectName("duplicateChoice")
        self.duplicates.addItem(self.tr("Same phone in the book: add the balances to that card"),
                                "skip")
        self.duplicates.addItem(self.tr("Same phone in the book: also update name and tier"),
                                "update")
        self.duplicates.currentIndexChanged.connect(lambda _: self.check())
        row.addWidget(choose)
        row.addWidget(self.file_label, 1)
        row.addWidget(self.duplicates)
        layout.addLayout(row)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 8)
        self.table.setObjectName("previewTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Card number"), self.tr("Name"), self.tr("Stored value"),
             self.tr("Points"), self.tr("Count card"), self.tr("What happens"),
             self.tr("Why not")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("Earlier imports (select one to undo it):")))
        self.history = QListWidget()
        self.history.setObjectName("importHistory")
        self.history.setMaximumHeight(90)
        layout.addWidget(self.history)
        buttons = QDialogButtonBox()
        self.undo_button = buttons.addButton(self.tr("Undo the selected import…"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.undo_button.setObjectName("undoImportButton")
        self.undo_button.clicked.connect(self.undo_selected)
        self.import_button = buttons.addButton(self.tr("Import"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.do_import)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.path = path
        self.show_history()
        if path:
            self.file_label.setText(path)
            self.check()

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the export of the old system"), str(Path.home()),
            self.tr("Member lists (*.csv *.xlsx)"))
        if path:
            self.path = path
            self.file_label.setText(path)
            self.check()

    def check(self) -> None:
        if not self.path:
            return
        path, mode = self.path, self.duplicates.currentData()
        self.import_button.setEnabled(False)
        self.task = run_task(self, self.tr("Checking the file…"),
                             lambda progress: opening.plan_file(path, mode, progress),
                             on_success=self.show_plan, on_failure=self.failed)

    def failed(self, exc: BaseException) -> None:
        self.summary.setText(str(exc))
        self.summary.setStyleSheet("color: #b00020;")

    def show_plan(self, plan: opening.OpeningPlan) -> None:
        self.plan = plan
        self.summary.setStyleSheet("")
        value, points, visits = plan.totals()
        self.summary.setText(self.tr(
            "%1 new members, %2 already in the book, %3 refused (listed first). To import: "
            "stored value %4, %5 points, %6 count-card visits.")
            .replace("%1", str(plan.count("new"))).replace("%2", str(plan.count("existing")))
            .replace("%3", str(len(plan.refused()))).replace("%4", money.format_cents(value))
            .replace("%5", f"{points:,}").replace("%6", f"{visits:,}"))
        words = {"new": self.tr("New member"), "existing": self.tr("Balances to the card in "
                                                                     "the book"),
                 "refused": self.tr("Refused")}
        rows = sorted(plan.rows, key=lambda r: (not r.refused, r.number))[:2000]
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            card = f"{r.card_name} ×{r.visits}" if r.card_name else ""
            cells = [str(r.number), r.card_number, r.name, money.format_cents(r.value_cents),
                     f"{r.points:,}", card, words.get(r.action, r.action), " ".join(r.problems)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if r.refused:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(i, col, item)
        self.import_button.setEnabled(any(not r.refused for r in plan.rows))

    def do_import(self) -> None:
        if self.plan is None:
            return
        plan = self.plan
        self.import_button.setEnabled(False)
        self.task = run_task(self, self.tr("Importing…"),
                             lambda progress: opening.apply_plan(plan, progress),
                             on_success=self.imported, on_failure=self.failed)

    def imported(self, record) -> None:
        self.summary.setText(self.tr("Imported %1 members. The import can be undone below.")
                             .replace("%1", f"{record.members_count:,}"))
        self.plan = None
        self.table.setRowCount(0)
        self.show_history()

    def show_history(self) -> None:
        self.history.clear()
        for record in opening.recent():
            text = f"{record.imported_at:%Y-%m-%d %H:%M}  {record.file_name}  " + self.tr(
                "%1 members").replace("%1", f"{record.members_count:,}")
            if record.undone_at:
                text += "  " + self.tr("(undone)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, None if record.undone_at else record.id)
            self.history.addItem(item)

    def undo_selected(self) -> None:
        item = self.history.currentItem()
        record_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if record_id is None:
            return
        try:
            opening.undo(record_id)
        except CustbookError as exc:
            self.failed(exc)
            return
        self.summary.setText(self.tr("The import was undone."))
        self.show_history()
