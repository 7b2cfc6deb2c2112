"""The Customers page: search as you type, filters, a table or a card grid, bulk actions,
the trash and the duplicate finder.

The shop owner lives on this screen, so it answers at once: each keystroke (after a
150 ms pause) asks the core for the first page of matches and the count, and the
views load more only as they scroll. Both views share one model; the selection
follows when switching between them.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QStyle,
    QToolButton,
    QWidget,
)

from custbook.customers import customers
from custbook.customers.customer_query import CustomerQuery
from ui import format as fmt
from ui import prefs
from ui.customers.bulk_actions import BulkActions
from ui.customers.commands import customer_commands
from ui.customers.filters import FilterBar
from ui.customers.list_views import CustomerGrid, CustomerTable
from ui.customers.widgets import Banner
from ui.membership.scan import open_scanned_card
from ui.page import Page
from ui.page_commands import PageCommands
from ui.customers.table_model import CustomerTableModel
from custbook import clock

SEARCH_PAUSE_MS = 150


class CustomersPage(Page):
    KINDS = frozenset({"customers", "purchases", "reminders", "complaints"})

    sig_query_applied = Signal()
    """sig_query_applied(): the list now shows the current search and filters."""

    def __init__(self, parent=None, commands: PageCommands | None = None,
                 extra_menu_actions: list[QAction] | None = None):
        """`commands`: the Customers menu's entries the window made before this page (made
        here when None); `extra_menu_actions`: the list's context menu entries for one
        customer that other features add (the window keeps the list)."""
        super().__init__(parent)
        self.in_trash = False
        self._book_total = 0
        self.current_dialog = None  # the last bulk/duplicates dialog opened (tests use it)
        self.extra_menu_actions: list[QAction] = (
            [] if extra_menu_actions is None else extra_menu_actions)
        self.task = None
        self.heading.setText(self.tr("Customers"))
        self.model = CustomerTableModel(self)
        self.bulk = BulkActions(self)
        self.commands = commands or customer_commands(self, lambda forward: self)
        self.commands.load_icons()  # the New and Trash buttons show them
        self._build_actions()
        self._build_top_bar()
        self.filters = FilterBar()
        self.filters.sig_changed.connect(self.apply_query)
        self.layout_.addWidget(self.filters)
        self.trash_banner = Banner("warning")
        self.trash_banner.setObjectName("trashBanner")
        self.layout_.addWidget(self.trash_banner)
        self.message = Banner("info")
        self.message.setObjectName("messageBanner")
        self.layout_.addWidget(self.message)
        self._build_selection_bar()
        self.table = CustomerTable(self.model)
        self.grid = CustomerGrid(self.model)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.grid)
        self.layout_.addWidget(self.stack, 1)
        for view in (self.table, self.grid):
            view.activated.connect(self._open_index)
            view.customContextMenuRequested.connect(
                lambda pos, v=view: self._context_menu(v, pos))
            view.selectionModel().selectionChanged.connect(self._update_selection_bar)
            view.addActions([self.action_trash, self.action_restore])
        self.table.setSortingEnabled(True)
        # Most recently seen first: the customers the owner is most likely looking for.
        self.table.sortByColumn(CustomerTableModel.COLUMNS.index("last_visit"),
                                Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort_chosen)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self.apply_query)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        self.show_view(prefs.get("customers/view", "table"))
        self._update_selection_bar()

    # --- building
    def _make_action(self, text: str, slot: Callable, name: str, shortcut=None,
                     icon: QStyle.StandardPixmap | None = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [shortcut])
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(lambda checked=False: slot())
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        made = self.commands.actions  # the window's menu entries (ui/customers/commands.py)
        self.action_new = made["new_customer"]
        self.action_duplicates = made["find_duplicates"]
        self.action_show_trash = made["show_trash"]
        self.action_open = self._make_action(self.tr("Open card"), self.open_selected,
                                             "actionOpenCustomer")
        self.action_add_tag = self._make_action(
            self.tr("Add tag…"), self.bulk.add_tag_to_selection, "actionAddTag")
        self.action_remove_tag = self._make_action(
            self.tr("Remove tag…"), self.bulk.remove_tag_from_selection, "actionRemoveTag")
        self.action_set_tier = self._make_action(
            self.tr("Set tier…"), self.bulk.set_tier_of_selection, "actionSetTier")
        self.action_trash = self._make_action(
            self.tr("Move to trash"), self.bulk.trash_selection, "actionMoveToTrash",
            QKeySequence(QKeySequence.StandardKey.Delete), sp.SP_TrashIcon)
        self.action_trash.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action_restore = self._make_action(self.tr("Restore"), self.bulk.restore_selection,
                                                "actionRestore", None, sp.SP_DialogResetButton)
        self.action_empty_trash = self._make_action(
            self.tr("Empty trash…"), self.bulk.empty_trash, "actionEmptyTrash")
        self.action_export = self._make_action(self.tr("Export…"), self.export_customers,
                                               "actionExportFromList")

    def menu_actions(self) -> list[QAction]:
        """What the main window's Customers menu offers."""
        return self.commands.menu()

    def _tool_button(self, action: QAction, name: str, text_beside: bool = True) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon if text_beside
                                  else Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAutoRaise(True)
        return button

    def _build_top_bar(self) -> None:
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("customerSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr(
            "Search: name, last digits of the phone, pinyin (zs), WeChat, tag, notes"))
        self.search.setMinimumWidth(220)
        self.search.returnPressed.connect(self._search_now)
        self.search.installEventFilter(self)
        bar.addWidget(self.search, 3)
        self.count_label = QLabel()
        self.count_label.setObjectName("customerCount")
        # On a 1024-pixel screen the bar is full: the count wraps rather than running
        # over the search box.
        self.count_label.setWordWrap(True)
        self.count_label.setMinimumWidth(110)
        bar.addWidget(self.count_label, 2)
        self.new_button = QPushButton(self.action_new.icon(), self.tr("New customer"))
        self.new_button.setObjectName("newCustomerButton")
        self.new_button.setToolTip(self.tr("Add a customer (Ctrl+Shift+N or Insert)"))
        self.new_button.clicked.connect(self.new_customer)
        bar.addWidget(self.new_button)
        sp = QStyle.StandardPixmap
        self.table_button = QToolButton()
        self.table_button.setObjectName("tableViewButton")
        self.table_button.setText(self.tr("Table"))
        self.table_button.setIcon(self.style().standardIcon(sp.SP_FileDialogDetailedView))
        self.grid_button = QToolButton()
        self.grid_button.setObjectName("gridViewButton")
        self.grid_button.setText(self.tr("Cards"))
        self.grid_button.setIcon(self.style().standardIcon(sp.SP_FileDialogContentsView))
        self.view_group = QButtonGroup(self)
        for button, key in ((self.table_button, "table"), (self.grid_button, "grid")):
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.clicked.connect(lambda checked=False, k=key: self.show_view(k))
            self.view_group.addButton(button)
            bar.addWidget(button)
        bar.addWidget(self._tool_button(self.action_duplicates, "duplicatesButton", False))
        self.trash_button = self._tool_button(self.action_show_trash, "trashButton")
        bar.addWidget(self.trash_button)
        self.layout_.addLayout(bar)

    def _build_selection_bar(self) -> None:
        self.selection_bar = QWidget()
        self.selection_bar.setObjectName("selectionBar")
        row = QHBoxLayout(self.selection_bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.selection_label = QLabel()
        row.addWidget(self.selection_label)
        self.bulk_buttons: dict[str, QToolButton] = {}
        for action, name in ((self.action_add_tag, "addTagButton"),
                             (self.action_remove_tag, "removeTagButton"),
                             (self.action_set_tier, "setTierButton"),
                             (self.action_trash, "trashSelectionButton"),
                             (self.action_restore, "restoreButton")):
            self.bulk_buttons[name] = self._tool_button(action, name)
            row.addWidget(self.bulk_buttons[name])
        row.addStretch(1)
        self.layout_.addWidget(self.selection_bar)

    # --- what is shown
    def today(self) -> dt.date:
        return clock.today()

    def current_query(self) -> CustomerQuery:
        fields = {} if self.in_trash else self.filters.query_fields()
        return CustomerQuery(text=self.search.text().strip(), in_trash=self.in_trash,
                             today=self.today(), **fields)

    def apply_query(self) -> None:
        """Show what the search box and filters ask for (from the first page)."""
        self._search_timer.stop()
        self.model.set_query(self.current_query())
        self._show_sort_indicator()
        self._update_count()
        self._update_selection_bar()
        self.sig_query_applied.emit()

    def _search_now(self) -> None:
        if not self.in_trash and open_scanned_card(self, self.search.text()):
            self.search.selectAll()  # the next scan replaces the number
            return
        self.apply_query()
        if self.model.rowCount():
            self.focus_list(select_first=True)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        # A search typed just before the page went away is applied when it comes back
        # (refresh reads the search box), not by a timer firing behind another page or
        # after the book was closed.
        if self._search_timer.isActive():
            self._search_timer.stop()
            self._stale = True
        super().hideEvent(event)

    def refresh(self) -> None:
        """After a change in the book: re-read tiers, tags, counts and the loaded rows."""
        self._search_timer.stop()
        self.filters.reload_choices()
        self.model.forget_photos()
        self._book_total = customers.count_customers()
        selected = set(self.selected_ids())
        self.model.set_query(self.current_query(), keep_loaded=True)
        self._reselect(selected)
        self._update_count()
        self._update_trash_action()
        self._update_selection_bar()

    def _update_count(self) -> None:
        total = self.model.total()
        if self.in_trash:
            text = (self.tr("%1 customers in the trash.").replace("%1", fmt.number(total))
                    if total else self.tr("The trash is empty."))
        elif self.search.text().strip() or self.filters.is_active():
            text = (self.tr("%1 of %2 customers match.").replace("%1", fmt.number(total))
                    .replace("%2", fmt.number(self._book_total)) if total else
                    self.tr("No customer matches. Try the last 4 digits of the phone or the "
                            "pinyin initials (zs for 张三)."))
        else:
            text = (self.tr("%1 customers in this book.").replace("%1", fmt.number(total))
                    if total else
                    self.tr("No customers yet. Customers you add or import appear here."))
        self.count_label.setText(text)
        self.count_label.setWordWrap(not total)

    def _update_trash_action(self) -> None:
        count = customers.trash_count()
        self.action_show_trash.setText(self.tr("Trash (%1)").replace("%1", fmt.number(count))
                                       if count else self.tr("Trash"))
        self.action_empty_trash.setEnabled(count > 0)
        if self.trash_banner.buttons:  # the banner's own "Empty trash…"
            self.trash_banner.buttons[0].setEnabled(count > 0)

    def _show_sort_indicator(self) -> None:
        header = self.table.horizontalHeader()
        sort, descending = self.model.sort_order()
        header.blockSignals(True)
        column = next((c for c, key in enumerate(self.model.COLUMNS)
                       if self.model.SORTABLE.get(key) == sort), None)
        if column is None:  # by relevance, or newest first: no column shows it
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        else:
            header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if descending
                                    else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
        header.viewport().update()

    def _sort_chosen(self, column: int, order) -> None:
        if column >= 0 and self.model.COLUMNS[column] not in self.model.SORTABLE:
            self._show_sort_indicator()  # that column cannot be sorted: keep the old arrow

    # --- views and selection
    def show_view(self, key: str) -> None:
        """Switch between the table ("table") and the card grid ("grid"), keeping the selection."""
        key = key if key in ("table", "grid") else "table"
        selected = set(self.selected_ids())
        self.stack.setCurrentWidget(self.grid if key == "grid" else self.table)
        (self.grid_button if key == "grid" else self.table_button).setChecked(True)
        prefs.put("customers/view", key)
        self._reselect(selected)

    def view_key(self) -> str:
        return "grid" if self.stack.currentWidget() is self.grid else "table"

    def current_view(self) -> QAbstractItemView:
        return self.stack.currentWidget()

    def selected_ids(self) -> list[int]:
        indexes = self.current_view().selectionModel().selectedIndexes()
        rows = sorted({index.row() for index in indexes})
        return [self.model.customer_id(row) for row in rows if row < self.model.rowCount()]

    def _reselect(self, ids: set[int]) -> None:
        view = self.current_view()
        selection = QItemSelection()
        for customer_id in ids:
            row = self.model.row_for_id(customer_id)
            if row is not None:
                selection.select(self.model.index(row, 0), self.model.index(row, 0))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        if view is self.table:
            flags |= QItemSelectionModel.SelectionFlag.Rows
        view.selectionModel().select(selection, flags)

    def focus_list(self, select_first: bool = False) -> None:
        view = self.current_view()
        view.setFocus()
        if select_first and self.model.rowCount() and not view.selectionModel().hasSelection():
            view.setCurrentIndex(self.model.index(0, 0))
            self._reselect({self.model.customer_id(0)})

    def _update_selection_bar(self, *args) -> None:
        count = len(self.selected_ids())
        if count:
            hint = self.tr("%1 selected:").replace("%1", fmt.number(count))
        elif self.in_trash:
            hint = self.tr("Select customers to restore them to the book.")
        else:
            hint = self.tr("Select customers to tag, tier or trash several at once.")
        self.selection_label.setText(hint)
        for action in (self.action_add_tag, self.action_remove_tag, self.action_set_tier,
                       self.action_trash, self.action_restore, self.action_open):
            action.setEnabled(count > 0)
        # In the trash only Restore makes sense; in the book everything but Restore.
        for name, button in self.bulk_buttons.items():
            button.setVisible((name == "restoreButton") == self.in_trash)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.search and event.type() == event.Type.KeyPress \
                and event.key() == Qt.Key.Key_Down:
            self.focus_list(select_first=True)
            return True
        return super().eventFilter(watched, event)

    def _context_menu(self, view: QAbstractItemView, pos) -> None:
        menu = QMenu(self)
        menu.setObjectName("customerMenu")
        if self.in_trash:
            menu.addActions([self.action_restore])
        else:
            menu.addAction(self.action_open)
            menu.addActions(self.extra_menu_actions)
            menu.addSeparator()
            menu.addActions([self.action_add_tag, self.action_remove_tag, self.action_set_tier])
            menu.addSeparator()
            menu.addAction(self.action_trash)
            menu.addSeparator()
            menu.addAction(self.action_export)
        menu.popup(view.viewport().mapToGlobal(pos))

    # --- opening cards
    def _open_index(self, index) -> None:
        if index.isValid():
            self.open_customer(self.model.customer_id(index.row()))

    def open_selected(self) -> None:
        for customer_id in self.selected_ids()[:5]:
            self.open_customer(customer_id)

    def open_customer(self, customer_id: int):
        # start-up: importing it here, not at the top, saves 969 ms when this module loads
        from ui.customers.card import open_card

        return open_card(self.window(), customer_id, self.today())

    def show_newly_added(self) -> None:
        """After an import: no search, no filter, no trash; the newest customers first, so
        the imported rows are what the owner sees (old filters would hide them)."""
        if self.in_trash:
            self.action_show_trash.setChecked(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.filters.blockSignals(True)
        self.filters.clear()
        self.filters.blockSignals(False)
        self.model.sort_newest_first()
        self.apply_query()

    # The window's New / Print / Find (ui/window_commands.py) on this page.
    def new_item(self):
        return self.new_customer()

    def print_paper(self):
        """Print the list as shown (search, filters, columns), with a preview."""
        # start-up: importing it here, not at the top, saves 14 ms when this module loads
        from ui.paper.actions import print_list

        return print_list(self, self.window())

    def focus_search(self):
        self.search.setFocus()
        self.search.selectAll()
        return self.search

    def new_customer(self):
        """Open an empty card; a search that found nobody is offered as the name or phone."""
        # start-up: importing it here, not at the top, saves 969 ms when this module loads
        from ui.customers.card import open_card

        prefill: dict[str, str] = {}
        text = self.search.text().strip()
        if text and self.model.total() == 0 and not self.in_trash:
            digits = text.replace(" ", "").replace("-", "").lstrip("+")
            prefill = {"phone": text} if digits.isdigit() else {"name": text}
        return open_card(self.window(), None, self.today(), prefill=prefill)

    def show_trash(self, on: bool) -> None:
        """Show the trash (True) or the book (False) in the same list."""
        if self.action_show_trash.isChecked() != on:
            self.action_show_trash.setChecked(on)  # comes back here through `toggled`
            return
        self.in_trash = on
        self.filters.setVisible(not on)
        self.message.clear()
        if on:
            self.trash_banner.show_message(
                self.tr("This is the trash. Customers here can be restored; emptying the trash "
                        "erases them and their history for good."),
                [(self.tr("Empty trash…"), self.bulk.empty_trash),
                 (self.tr("Back to the customers"), lambda: self.show_trash(False))])
        else:
            self.trash_banner.clear()
        self.apply_query()
        self._update_trash_action()

    # --- exporting
    def export_customers(self):
        """Export the list as shown, or the selected customers when some are selected."""
        # start-up: importing it here, not at the top, saves 10 ms when this module loads
        from ui.exchange.export_dialog import open_export_dialog

        return open_export_dialog(self.window(), self, prefer_selection=True)

    # --- duplicates
    def find_duplicates(self):
        # start-up: importing it here, not at the top, saves 64 ms when this module loads
        from ui.customers.duplicates import DuplicatesDialog

        if isinstance(self.current_dialog, DuplicatesDialog) and self.current_dialog.isVisible():
            self.current_dialog.raise_()
            self.current_dialog.activateWindow()
            return self.current_dialog
        dialog = DuplicatesDialog(self.window(), self.today())
        self.current_dialog = dialog
        dialog.open()
        dialog.find()
        return dialog
