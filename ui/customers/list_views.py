"""The two views of the customer list — a table and a card grid — over one model.

The table's columns are the user's choice (right-click the header), remembered on
this PC with their widths; the grid lays cards out in as many columns as fit.
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListView,
    QMenu,
    QTableView,
    QWidget,
)

from ui import prefs
from ui.customers.grid_delegate import CARD_SIZE, CustomerCardDelegate
from ui.customers.table_model import CustomerTableModel

PREF_HIDDEN = "customers/hidden_columns"
PREF_HEADER = "customers/header_state"
PREF_HEADER_COLUMNS = "customers/header_columns"
# At 1024×768 the tags (which stretch) had 45 px, "VIP, …": the fixed columns are kept
# to what a Chinese name, a spaced phone and a tier need (test_customer_columns_fit).
WIDTHS = {"name": 120, "phone": 120, "wechat": 120, "tier": 80, "tags": 160, "last_visit": 96,
          "next_reminder": 100, "purchases": 76, "spent": 104,
          "member_value": 100, "member_points": 80}  # the last two: membership (issue 18)
TAGS_LEAST = 120  # "VIP, 上班族" and the start of a third


class CustomerTable(QTableView):
    """The list as a table; the header's context menu chooses the columns."""

    def __init__(self, model: CustomerTableModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("customerTable")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(26)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        for column, key in enumerate(model.COLUMNS):
            self.setColumnWidth(column, WIDTHS[key])
        # The tags take whatever width is left, but never less than TAGS_LEAST: a Stretch
        # section shrank to 18 px when the shop's own fields were shown at 1024×768.
        self._fitting = False
        self._restore_columns()
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(300)
        self._save_timer.timeout.connect(self.save_columns)
        header.sectionResized.connect(lambda *a: self._save_timer.start())
        header.sectionResized.connect(lambda column, *a: self.fit_tags(column))
        for signal in (model.modelReset, model.columnsInserted, model.columnsRemoved):
            signal.connect(lambda *a: self.fit_tags())
        header.sectionMoved.connect(lambda *a: self._save_timer.start())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.fit_tags()

    def fit_tags(self, changed: int = -1) -> None:
        """Give the tags the width the other shown columns leave (at least TAGS_LEAST)."""
        tags = self._columns().index("tags")
        if self._fitting or changed == tags or self.isColumnHidden(tags):
            return
        header = self.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count())
                     if c != tags and not self.isColumnHidden(c))
        self._fitting = True
        try:
            self.setColumnWidth(tags, max(TAGS_LEAST, self.viewport().width() - others))
        finally:
            self._fitting = False

    def _columns(self) -> tuple[str, ...]:
        return self.model().COLUMNS

    def _restore_columns(self) -> None:
        header = self.horizontalHeader()
        state = prefs.store().value(PREF_HEADER)
        # A saved layout is only reused for the same set of columns it was saved with.
        if (isinstance(state, QByteArray) and not state.isEmpty()
                and prefs.get(PREF_HEADER_COLUMNS) == ",".join(self._columns())):
            header.restoreState(state)
        hidden = prefs.get(PREF_HIDDEN, ",".join(CustomerTableModel.HIDDEN_BY_DEFAULT))
        hidden_keys = {key for key in hidden.split(",") if key}
        for column, key in enumerate(self._columns()):
            self.setColumnHidden(column, key in hidden_keys and key != "name")

    def save_columns(self) -> None:
        """Remember which columns are shown, their order and widths (this PC only)."""
        hidden = [key for column, key in enumerate(self._columns()) if self.isColumnHidden(column)]
        prefs.put(PREF_HIDDEN, ",".join(hidden))
        prefs.put(PREF_HEADER, self.horizontalHeader().saveState())
        prefs.put(PREF_HEADER_COLUMNS, ",".join(self._columns()))

    def visible_columns(self) -> list[str]:
        header = self.horizontalHeader()
        order = sorted(range(len(self._columns())), key=header.visualIndex)
        return [self._columns()[c] for c in order if not self.isColumnHidden(c)]

    def set_column_shown(self, key: str, shown: bool) -> None:
        """Show or hide a column (the name always stays) and remember the choice."""
        if key == "name":
            return
        self.setColumnHidden(self._columns().index(key), not shown)
        if shown and self.columnWidth(self._columns().index(key)) < 30:
            self.setColumnWidth(self._columns().index(key), WIDTHS.get(key, 110))
        self.fit_tags()
        self.save_columns()

    def column_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("columnMenu")
        title = menu.addAction(self.tr("Columns to show"))
        title.setEnabled(False)
        headers = self.model().headers()
        for column, key in enumerate(self._columns()):
            action = menu.addAction(headers[key])
            action.setObjectName(f"column_{key}")
            action.setCheckable(True)
            action.setChecked(not self.isColumnHidden(column))
            action.setEnabled(key != "name")
            action.toggled.connect(lambda on, k=key: self.set_column_shown(k, on))
        menu.addSeparator()
        reset = menu.addAction(self.tr("Reset columns"))
        reset.triggered.connect(self.reset_columns)
        return menu

    def reset_columns(self) -> None:
        header = self.horizontalHeader()
        for column, key in enumerate(self._columns()):
            header.moveSection(header.visualIndex(column), column)
            self.setColumnHidden(column, key in CustomerTableModel.HIDDEN_BY_DEFAULT)
            self.setColumnWidth(column, WIDTHS[key])
        self.fit_tags()
        self.save_columns()

    def _header_menu(self, pos) -> None:
        self.column_menu().popup(self.horizontalHeader().mapToGlobal(pos))


class CustomerGrid(QListView):
    """The list as cards: photo or initials, name, tier, tags and the key figures."""

    def __init__(self, model: CustomerTableModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("customerGrid")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setModel(model)
        self.setModelColumn(0)
        self.delegate = CustomerCardDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setUniformItemSizes(True)
        self.setGridSize(CARD_SIZE)
        self.setSpacing(0)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(200)
        self.setMouseTracking(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(24)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setStyleSheet("QListView#customerGrid { background: palette(window); }")

    def resizeEvent(self, event) -> None:
        # As many columns as fit, each card widened so the row is filled edge to edge.
        width = max(self.viewport().width() - 2, CARD_SIZE.width())
        columns = max(1, width // CARD_SIZE.width())
        size = QSize(width // columns, CARD_SIZE.height())
        if size != self.gridSize():
            self.delegate.card_size = size
            self.setGridSize(size)
        super().resizeEvent(event)
