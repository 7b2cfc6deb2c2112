"""The main window: a navigation bar on the left, the pages (Home built with the window, the
others when first shown), the menus and the status bar."""
from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from custbook import __version__, changes, clock, db
from ui import format as fmt
from ui import i18n, prefs
from ui.calendar.commands import calendar_commands
from ui.complaints.commands import complaint_commands
from ui.customers.commands import customer_commands
from ui.exchange.export_menu import add_export_actions
from ui.exchange.import_actions import add_import_actions
from ui.home.page import HomePage
from ui.letters.menu import add_letters_action
from ui.membership.menu import add_membership_actions
from ui.messages.actions import add_messages_actions, add_settings_sections, todays_messages
from ui.page_commands import PageCommands
from ui.paper.actions import add_paper_actions
from ui.paths import ICONS
from ui.reports.loader import ReportLoader
from ui.safety.menu import add_file_actions
from ui.screen_fit import first_placement, keep_on_screen
from ui.shared_book.connect_dialog import add_shared_book_actions
from ui.signals import bus
from ui.staff_on_duty import add_staff_menu
from ui.window_commands import add_window_commands

if TYPE_CHECKING:
    from ui.app import Controller

PAGE_KEYS = ("home", "customers", "calendar", "complaints", "reports")


def _customers_page(window: MainWindow) -> QWidget:
    # start-up: the Customers page (its list, filters, bulk actions; 25 ms, -X importtime)
    # is built when first shown; its menu entries are ui/customers/commands.py
    from ui.customers.page import CustomersPage

    return CustomersPage(window, window.commands["customers"], window.customer_context_actions)


def _calendar_page(window: MainWindow) -> QWidget:
    # start-up: the Calendar page (its views, the reminders' actions, the message dialog;
    # 45 ms, -X importtime) is built when first shown, as the Customers page
    from ui.calendar.page import CalendarPage

    return CalendarPage(window, window.commands["calendar"])


def _complaints_page(window: MainWindow) -> QWidget:
    # start-up: the Complaints page (the complaint core, its forms and detail; 110 ms,
    # -X importtime) is built when first shown, as the Customers page
    from ui.complaints.page import ComplaintsPage

    return ComplaintsPage(window, window.commands["complaints"])


def _reports_page(window: MainWindow) -> QWidget:
    # start-up: the Reports page imports reportlab's charts and the report's figures
    # (ui.reports.page: 177 ms of the 600 ms ui.app costs, -X importtime, idle machine)
    from ui.reports.page import ReportsPage

    return ReportsPage(window)


def _count_customers(_start, _end) -> int:
    """On the runner: the customers in the book (not in the trash), for the status bar."""
    # start-up: the customers' core (custbook.customers.customers: 20-40 ms, -X importtime)
    # loads here, on the runner, not before the first paint
    from custbook.customers import customers

    return customers.count_customers()


class _Pages(dict):
    """The window's pages by key. A page in `later` is built when first asked for (shown,
    or reached by code), so the window's first paint does not wait for it."""

    def __init__(self, window: MainWindow, built: dict, later: dict):
        super().__init__(built)
        self._window = window
        self._later = dict(later)

    def __missing__(self, key: str) -> QWidget:
        if key not in self._later:
            raise KeyError(key)
        page = self._later.pop(key)(self._window)
        self[key] = page
        self._window._place(key, page)
        return page

    def __contains__(self, key: object) -> bool:
        return super().__contains__(key) or key in self._later

    def built(self, key: str) -> QWidget | None:
        """The page if it is built already (no page is built by asking)."""
        return dict.get(self, key)

    def title(self, key: str) -> str:
        """The page's name in the navigation, without building it."""
        page = self.built(key)
        if page is not None:
            return page.heading.text()
        translate = QCoreApplication.translate  # each page's own heading, in its context
        return {"customers": translate("CustomersPage", "Customers"),
                "calendar": translate("CalendarPage", "Calendar"),
                "complaints": translate("ComplaintsPage", "Complaints"),
                "reports": translate("ReportsPage", "Reports")}[key]


class MainWindow(QMainWindow):
    """The window. Only Home is built with it (where it opens); every other page is built
    when first shown, while its menu entries and shortcuts exist from the start
    (ui/page_commands.py).

    sig_page_built(key: str, page: QWidget): a page was just built (on first showing).
    """

    sig_page_built = Signal(str, object)

    def __init__(self, controller: Controller):
        super().__init__()
        self.controller = controller
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Custbook"))
        self.setMinimumSize(QSize(760, 520))
        self.setWindowIcon(QIcon(str(ICONS / "custbook.svg")))
        # The pages' menu entries, before (and without) the pages; the list's context menu
        # entries for one customer, which other features add to (ui/paper, ui/messages).
        self.commands: dict[str, PageCommands] = {
            key: make(self, lambda forward, k=key: self._command_page(k, forward))
            for key, make in (("customers", customer_commands),
                              ("calendar", calendar_commands),
                              ("complaints", complaint_commands))}
        self.customer_context_actions: list[QAction] = []
        self.pages = _Pages(self, {
            "home": HomePage(self),  # where the window opens: the day's work (#15)
        }, later={"customers": _customers_page, "calendar": _calendar_page,
                  "complaints": _complaints_page, "reports": _reports_page})
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(170)
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setSpacing(2)
        self.nav.setStyleSheet(
            "#navigation { background: palette(window); border: none; outline: 0;"
            " border-right: 1px solid palette(mid); font-size: 11pt; }"
            "#navigation::item { padding: 6px 8px; border-radius: 4px; color: palette(text); }"
            "#navigation::item:hover { background: #e3eef4; }"
            "#navigation::item:selected { background: #cfe3ee; color: #123b50;"
            " font-weight: bold; border-left: 4px solid #2f6f8f; }")
        self.stack = QStackedWidget()
        for key in PAGE_KEYS:
            item = QListWidgetItem(QIcon(str(ICONS / f"{key}.svg")), self.pages.title(key))
            item.setSizeHint(QSize(150, 40))
            self.nav.addItem(item)
            page = self.pages.built(key)
            self.stack.addWidget(QWidget() if page is None else page)  # later: a stand-in
        self.nav.currentRowChanged.connect(self._go)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        pages = QVBoxLayout()  # a bar (e.g. today's summary) may sit above the pages
        pages.setContentsMargins(0, 0, 0, 0)
        pages.setSpacing(0)
        pages.addWidget(self.stack, 1)
        self.banner_area = pages
        layout.addLayout(pages, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.book_label = QLabel()
        self.count_label = QLabel()
        self.statusBar().addWidget(self.book_label, 1)
        self.statusBar().addPermanentWidget(self.count_label)
        # Counting a million customers takes 60 ms: on the runner, so the first paint
        # never waits for it (the label fills a moment later, and again after a change).
        self._counter = ReportLoader(_count_customers, self)
        self._counter.sig_loaded.connect(self._show_count)
        bus().sig_data_changed.connect(self._data_changed)  # a method: dropped with the window
        self.update_status(count=False)
        QTimer.singleShot(0, self, self._count)  # once the window is up (see _count)
        geometry = prefs.store().value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
            keep_on_screen(self)  # remembered on a bigger screen: still all reachable
        else:
            first_placement(self)  # 1100×700, or maximised on a 1024×768 screen
        self._connect_home()
        self.show_page("home")

    # --- menus
    def _action(self, menu, text: str, slot, shortcut=None, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if name:
            action.setObjectName(name)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        c = self.controller
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&New book…"), c.new_book_dialog,
                     name="actionNewBook")  # Ctrl+N is the page's new item (window_commands)
        self._action(file_menu, self.tr("&Open book…"), c.open_book_dialog,
                     QKeySequence.StandardKey.Open, "actionOpenBook")
        add_shared_book_actions(self, file_menu)  # a book on a PostgreSQL server; reconnect
        self._action(file_menu, self.tr("Open the &sample shop"), c.open_sample_shop,
                     name="actionSampleShop")
        self.import_actions = add_import_actions(self, file_menu)  # Import…, history and undo
        self.export_actions = add_export_actions(self, file_menu)  # Export customers…
        self.safety_menu = add_file_actions(self, file_menu)  # backups, restore, password lock
        self._action(file_menu, self.tr("Se&ttings…"), self.open_settings, "Ctrl+,",
                     "actionSettings")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit,
                     "actionQuit")
        view_menu = bar.addMenu(self.tr("&View"))
        for number, key in enumerate(PAGE_KEYS, start=1):
            self._action(view_menu, self.pages.title(key),
                         lambda checked=False, k=key: self.show_page(k), f"Ctrl+{number}",
                         f"actionShow_{key}")
        view_menu.addSeparator()
        self._action(view_menu, self.tr("&Refresh"), self.refresh_all,
                     QKeySequence.StandardKey.Refresh, "actionRefresh")
        customers_menu = bar.addMenu(self.tr("&Customers"))
        customers_menu.aboutToShow.connect(self.commands["customers"].load_icons)
        for action in self.commands["customers"].menu():  # each brings its page forward
            customers_menu.addAction(action)
        customers_menu.addSeparator()
        add_paper_actions(self, customers_menu)  # customer sheet, list as PDF, labels
        add_letters_action(self, customers_menu)  # recommendation letters
        add_messages_actions(self, customers_menu)  # WeChat/SMS messages, queues, templates
        add_membership_actions(self, customers_menu)  # opening balances, member cards
        self.staff_menu = add_staff_menu(customers_menu)  # named in the audit trail
        complaints_menu = bar.addMenu(self.tr("Com&plaints"))
        for action in self.commands["complaints"].menu():  # each brings its page forward
            complaints_menu.addAction(action)
        calendar_menu = bar.addMenu(self.tr("Cale&ndar"))
        for action in self.commands["calendar"].menu():  # each brings its page forward
            calendar_menu.addAction(action)
        language_menu = bar.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        chosen = prefs.get("language", "")
        for code, label in [("", self.tr("Follow the system")), *i18n.LANGUAGES.items()]:
            action = self._action(language_menu, label,
                                  lambda checked=False, lang=code: c.switch_language(lang),
                                  name=f"actionLanguage_{code or 'system'}")
            action.setCheckable(True)
            action.setChecked(code == chosen)
            group.addAction(action)
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Guide"), self.show_guide,
                     QKeySequence.StandardKey.HelpContents,  # F1, the platform's help key
                     name="actionGuide")
        help_menu.addSeparator()
        self._action(help_menu, self.tr("&About Custbook"), self.show_about, name="actionAbout")
        add_window_commands(self)  # Edit menu; New, Print, Find for the page in front

    # --- Home and Settings (#15)
    def _connect_home(self) -> None:
        page = self.pages["home"]
        page.sig_open_customer.connect(self.open_customer)
        page.sig_open_complaint.connect(self.open_complaint)
        page.sig_search.connect(self.search_customers)
        page.sig_first_step.connect(self.first_step)
        page.sig_messages.connect(lambda: todays_messages(self))  # the day's message queue

    def open_customer(self, customer_id: int):
        # start-up: importing it here, not at the top, saves 275 ms when this module loads
        from ui.customers.card import open_card

        return open_card(self, customer_id, clock.today())

    def open_complaint(self, complaint_id: int) -> None:
        self.show_page("complaints")
        self.pages["complaints"].select(complaint_id)

    def search_customers(self, text: str) -> None:
        self.show_page("customers")
        self.pages["customers"].search.setText(text)

    def first_step(self, step: str) -> None:
        if step == "new_customer":
            self.show_page("customers")
            self.pages["customers"].new_customer()
        elif step == "import":
            self.import_actions.import_action.trigger()
        elif step == "sample":
            self.controller.open_sample_shop()

    def open_settings(self, section: str = ""):
        """File › Settings… (Ctrl+,); a changed language rebuilds the window afterwards."""
        # start-up: importing it here, not at the top, saves 60 ms when this module loads
        from ui.settings.dialog import SettingsDialog

        add_settings_sections()  # Messages and Fields (ui/messages), before the first build
        dialog = SettingsDialog(self, start=section)

        def done(result: int) -> None:
            locker = getattr(getattr(self.controller, "guard", None), "locker", None)
            if result and locker is not None:
                locker.refresh()  # the idle minutes of the lock may have changed
            if result and dialog.language_changed_to is not None:
                self.controller.switch_language(dialog.language_changed_to)

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    # --- behaviour
    def show_page(self, key: str) -> None:
        if key not in self.pages:
            key = "home"
        self.nav.setCurrentRow(PAGE_KEYS.index(key))

    def _go(self, row: int) -> None:
        """Bring page `row` forward, building it first if it is one built when first shown."""
        if row < 0:
            return
        self.pages[PAGE_KEYS[row]]  # noqa: B018 - builds it and puts it in its place
        self.stack.setCurrentIndex(row)

    def _place(self, key: str, page: QWidget) -> None:
        """A page built later takes its stand-in's place in the stack."""
        index = PAGE_KEYS.index(key)
        stand_in = self.stack.widget(index)
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(stand_in)
        stand_in.deleteLater()
        self.sig_page_built.emit(key, page)

    def _command_page(self, key: str, forward: bool) -> QWidget:
        """The page a menu entry or shortcut acts on: built if need be, in front if `forward`."""
        if forward:
            self.show_page(key)
        return self.pages[key]

    def current_page_key(self) -> str:
        return PAGE_KEYS[self.stack.currentIndex()]

    def refresh_all(self) -> None:
        """View › Refresh: every screen reads the book again."""
        changes.note(changes.BOOK)

    def _data_changed(self, kinds) -> None:
        self.update_status()

    def update_status(self, count: bool = True) -> None:
        """Title and status bar: which book is open and how many customers it holds."""
        self.setWindowTitle(f"{self.tr('Custbook')} — {Path(db.book_location()).name}")
        self.book_label.setText(self.tr("Book: %1").replace(
            "%1", db.safe_location(db.book_location())))  # a shared book's password stays hidden
        if count:
            self._count()

    def _count(self) -> None:
        """Count the customers on the runner; the count comes to _show_count."""
        today = clock.today()
        self._counter.request(today, today)

    def _show_count(self, count: int) -> None:
        self.count_label.setText(self.tr("%1 customers").replace("%1", fmt.number(count)))

    def show_guide(self) -> None:
        """The help guide, at the section of the page in front (F1)."""
        # start-up: the guide's window (ui.help.guide: 5-10 ms of the window's start,
        # -X importtime) loads when first asked for
        from ui.help.guide import open_guide

        open_guide(self, self.current_page_key())

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Custbook"), self.tr(
            "<h3>Custbook %1</h3>"
            "<p>The customer book for small shops: customer cards, contact reminders, "
            "the complaint log and reports, on this PC, without the internet.</p>"
            "<p>Keeping a customer costs a fifth of finding a new one: Custbook makes sure "
            "no follow-up is forgotten and no complaint is left half-done.</p>"
            "<p>Chinese text is shown and printed with WenQuanYi Micro Hei "
            "(Apache License 2.0).</p>").replace("%1", __version__) + self.tr(
            "<p>Book: %1<br>Data folder: %2</p>").replace(
            "%1", html.escape(db.safe_location(db.book_location()))).replace(
            "%2", html.escape(str(db.data_dir()))))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        prefs.put("window/geometry", self.saveGeometry())
        prefs.put("window/page", self.current_page_key())
        super().closeEvent(event)

