"""The recent imports, each of which can be undone as a whole.

An import that went wrong (the wrong file, the wrong column taken for the phone) is
taken back in one step: the customers it created are removed and the ones it updated
get their earlier details back (custbook.exchange.importer.undo_import, one transaction).
Because removing a customer also removes what was recorded for them since, the owner
confirms first, with the numbers in front of them.
"""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from custbook.errors import CustbookError
from custbook.exchange import importer
from ui import format as fmt
from ui.customers.widgets import Button, RememberedDialog, ask
from ui.exchange.import_source import Cancelled, call_with_progress
from ui.worker import Task, run_task

SHOWN = 50  # the latest imports listed


def _when(value) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


class ImportHistoryDialog(RememberedDialog):
    """The list of recent imports with "Undo this import…"."""

    DEFAULT_SIZE = QSize(820, 440)
    sig_undone = Signal(int)
    """sig_undone(batch id): an import was undone and the list shows it."""

    def __init__(self, parent: QWidget | None):
        super().__init__(parent, "importHistoryDialog")
        self.setWindowTitle(self.tr("Import history"))
        self.batches = []
        self.task: Task | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Every import is kept here. Undoing one removes the customers it added and gives "
            "the customers it updated their earlier details back."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("importHistoryTable")
        self.table.setHorizontalHeaderLabels([self.tr("Imported"), self.tr("File"),
                                              self.tr("Added"), self.tr("Updated"),
                                              self.tr("Undone")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(72)
        for column in (0, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_button)
        self.table.itemDoubleClicked.connect(lambda item: self.undo_selected())
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(self.tr("Nothing has been imported into this book yet "
                                          "(File › Import customers…)."))
        self.empty_label.setObjectName("importHistoryEmpty")
        layout.addWidget(self.empty_label)
        self.status = QLabel()
        self.status.setObjectName("importHistoryStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.undo_button = QPushButton(self.tr("Undo this import…"))
        self.undo_button.setObjectName("undoImportButton")
        self.undo_button.clicked.connect(self.undo_selected)
        row.addWidget(self.undo_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.load()

    def reject(self) -> None:
        """Not while an undo runs (its worker belongs to this dialog); it finishes first."""
        if self.task is None:
            super().reject()

    def load(self) -> None:
        """Show the latest imports, newest first, and select the first still undoable."""
        self.batches = importer.recent_imports(SHOWN)
        self.table.setRowCount(len(self.batches))
        for row, batch in enumerate(self.batches):
            undone = (self.tr("undone %1").replace("%1", _when(batch.undone_at))
                      if batch.undone_at else "")
            cells = (_when(batch.imported_at), batch.file_name, fmt.number(batch.created_count),
                     fmt.number(batch.updated_count), undone)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if batch.undone_at:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(self.batches))
        self.empty_label.setVisible(not self.batches)
        first = next((i for i, b in enumerate(self.batches) if not b.undone_at), None)
        if first is not None:
            self.table.selectRow(first)
        else:
            self.table.clearSelection()
        self._update_button()

    def selected_batch(self):
        rows = {index.row() for index in self.table.selectedIndexes()}
        return self.batches[min(rows)] if rows else None

    def _update_button(self) -> None:
        batch = self.selected_batch()
        self.undo_button.setEnabled(batch is not None and batch.undone_at is None
                                    and (self.task is None))

    def undo_selected(self) -> Task | None:
        """Confirm, then undo the selected import in the background."""
        batch = self.selected_batch()
        if batch is None or batch.undone_at is not None or self.task is not None:
            return None
        text = self.tr("Undo the import of “%1” from %2?").replace("%1", batch.file_name)\
            .replace("%2", _when(batch.imported_at))
        details = self.tr(
            "The %1 customers it added are removed, with anything recorded for them since "
            "(purchases, calls, reminders). The %2 customers it updated get their earlier "
            "details back.").replace("%1", fmt.number(batch.created_count)).replace(
            "%2", fmt.number(batch.updated_count))
        answer = ask(self, self.tr("Undo an import"), text + "\n\n" + details,
                     Button.Yes | Button.Cancel, Button.Cancel, QMessageBox.Icon.Warning,
                     "undoImportQuestion", {Button.Yes: self.tr("Undo the import")})
        if answer != Button.Yes:
            return None
        batch_id, name = batch.id, batch.file_name
        created, updated = batch.created_count, batch.updated_count

        def done(count: int) -> None:
            self.task = None
            self.load()
            self.status.setStyleSheet("color: #1e6b3a; font-weight: bold;")
            self.status.setText(self.tr("The import of “%1” is undone: %2 customers removed, "
                                        "%3 cards put back as they were.").replace(
                "%1", name).replace("%2", fmt.number(created)).replace(
                "%3", fmt.number(updated)))
            self.sig_undone.emit(batch_id)

        def failed(exc: BaseException) -> None:
            self.task = None
            self._update_button()
            self.status.setStyleSheet("color: #b3261e; font-weight: bold;")
            if isinstance(exc, Cancelled):
                self.status.setText(self.tr("The undo was cancelled. Nothing was changed."))
                return
            reason = str(exc) if isinstance(exc, CustbookError) else \
                f"{type(exc).__name__}: {exc}"
            self.status.setText(self.tr("The import could not be undone: %1 Nothing was "
                                        "changed.").replace("%1", reason))

        self.undo_button.setEnabled(False)
        self.task = run_task(self, self.tr("Undoing the import…"),
                             lambda progress: call_with_progress(
                                 importer.undo_import, batch_id, progress=progress),
                             done, failed)
        return self.task
