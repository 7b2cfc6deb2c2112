"""The Complaints page: the complaint log, filtered on the left, one complaint on the right.

Open complaints and anything late (no response in time, a promise past its day, a
follow-up not done) are what the owner must not forget, so the page opens on the open
complaints, says how many are overdue, and marks them in red. The right side walks
through the recovery steps of the chosen complaint.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QTableView,
)

from custbook import clock, complaints
from ui import format as fmt
from ui.complaints.categories_dialog import CategoriesDialog
from ui.complaints.commands import NEW_COMPLAINT_SHORTCUT, complaint_commands
from ui.complaints.complaint_dialog import ComplaintDialog
from ui.complaints.detail import ComplaintDetail
from ui.complaints.filters import ComplaintFilterBar
from ui.complaints.list_model import ComplaintListModel
from ui.page import Page
from ui.page_commands import PageCommands


class ComplaintsPage(Page):
    KINDS = frozenset({"complaints", "customers", "settings", "reminders"})

    def __init__(self, parent=None, commands: PageCommands | None = None):
        """`commands`: the Complaints menu's entries the window made before this page (made
        here when None)."""
        super().__init__(parent)
        self.commands = commands or complaint_commands(self, lambda forward: self)
        self.heading.setText(self.tr("Complaints"))
        bar = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New complaint…"))
        self.new_button.setObjectName("newComplaint")
        self.new_button.setToolTip(self.tr("Log a new complaint (%1)").replace(
            "%1", QKeySequence(NEW_COMPLAINT_SHORTCUT).toString(
                QKeySequence.SequenceFormat.NativeText)))
        self.new_button.clicked.connect(lambda: self.new_complaint())
        bar.addWidget(self.new_button)
        self.categories_button = QPushButton(self.tr("Categories…"))
        self.categories_button.setObjectName("editCategories")
        self.categories_button.clicked.connect(self.edit_categories)
        bar.addWidget(self.categories_button)
        self.summary = QLabel()
        self.summary.setObjectName("complaintSummary")
        bar.addWidget(self.summary, 1)
        self.layout_.addLayout(bar)
        # The main window's menu entries (ui/complaints/commands.py), made before the page.
        self.new_action = self.commands.actions["new_complaint"]
        self.addAction(self.new_action)
        self.categories_action = self.commands.actions["edit_categories"]
        self.filters = ComplaintFilterBar(self.today)
        self.filter = self.filters.show_box  # the open / all / … chooser
        self.filters.sig_changed.connect(self._filter_changed)
        self.layout_.addWidget(self.filters)
        self.model = ComplaintListModel(self.now, self)
        self.table = QTableView()
        self.table.setObjectName("complaintTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((120, 110, 100, 70, 65, 120, 135, 85, 65)):
            self.table.setColumnWidth(column, width)
        for hidden in ("channel", "severity", "staff"):  # in the detail; room for the rest
            self.table.setColumnHidden(ComplaintListModel.COLUMNS.index(hidden), True)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.detail = ComplaintDetail(self.now)
        self.detail.sig_show_customer.connect(self.show_customer)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([560, 440])
        self.layout_.addWidget(self.splitter, 1)

    def menu_actions(self) -> list[QAction]:
        """The page's commands for the main window's menu."""
        return self.commands.menu()

    # --- time
    def today(self) -> dt.date:
        return clock.today()

    def now(self) -> dt.datetime:
        return clock.now_seconds()

    # --- loading
    def refresh(self) -> None:
        self.filters.reload_choices()
        self._reload(keep=self.detail.complaint_id)

    def _filter_changed(self, flt) -> None:
        if not self.isVisible():  # e.g. a search typed just before the window closed
            self._stale = True
            return
        self.model.set_filter(flt)
        self._after_reload(self.detail.complaint_id)

    def _reload(self, keep: int | None) -> None:
        self.model.set_filter(self.filters.current())
        self._after_reload(keep)

    def _after_reload(self, keep: int | None) -> None:
        by_status = complaints.count_by_status()
        open_count = sum(by_status.get(s, 0) for s in complaints.OPEN_STATUSES)
        overdue = complaints.count_overdue(self.now())
        text = self.tr("%1 open of %2 complaints; %3 overdue. Showing %4.").replace(
            "%1", fmt.number(open_count)).replace("%2", fmt.number(sum(by_status.values()))) \
            .replace("%3", fmt.number(overdue)).replace("%4", fmt.number(self.model.total()))
        self.summary.setText(text)
        self.summary.setStyleSheet("color: #b00020;" if overdue else "")
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self.detail.show_complaint(keep)

    def _current_changed(self, current, _previous) -> None:
        if current.isValid():
            self.detail.show_complaint(self.model.complaint_id(current.row()))

    # --- commands
    def new_complaint(self, customer_id: int | None = None) -> int | None:
        """Open the new-complaint form (for a customer, if given); the new id, or None."""
        dialog = ComplaintDialog(self.now(), None, self, customer_id=customer_id)
        if not dialog.exec():
            return None
        self.select(dialog.saved_id)
        return dialog.saved_id

    # The window's New / Print / Find (ui/window_commands.py) on this page.
    def new_item(self):
        return self.new_complaint()

    def print_paper(self):
        """The sheet of the complaint shown (the same PDF as Save as PDF)."""
        if self.detail.complaint_id is not None:
            return self.detail.print_sheet()
        return None

    def focus_search(self):
        self.filters.search.setFocus()
        self.filters.search.selectAll()
        return self.filters.search

    def select(self, complaint_id: int) -> None:
        """Show this complaint, making sure the list shows it too."""
        if self.model.row_of(complaint_id) is None:
            self.filters.search.clear()
            self.filters.show_box.setCurrentIndex(self.filters.show_box.findData("all"))
        self._reload(keep=complaint_id)

    def show_customer(self, customer: tuple[int, str]) -> None:
        """Only this customer's complaints (the customer card links here)."""
        self.filters.set_customer(customer)

    def edit_categories(self) -> None:
        CategoriesDialog(self).exec()
