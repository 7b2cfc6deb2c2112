"""The main window: a navigation bar on the left, the four pages, menus and status bar."""
from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QSize
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QMessageBox,
    QStackedWidget, QVBoxLayout, QWidget,
)

from custbook import __version__, changes, db
from custbook.customers import customers
from ui import format as fmt
from ui import i18n, prefs
from ui.exchange.export_dialog import add_export_actions
from ui.exchange.import_actions import add_import_actions
from ui.letters.menu import add_letters_action
from ui.membership.menu import add_membership_actions
from ui.messages.actions import add_messages_actions, todays_messages
from ui.paper.actions import add_paper_actions
from ui.paths import ICONS
from ui.calendar.page import CalendarPage
from ui.complaints.page import ComplaintsPage
from ui.customers.page import CustomersPage
from ui.home.page import HomePage
from ui.safety.menu import add_file_actions
from ui.shared_book.connect_dialog import add_shared_book_actions
from ui.signals import bus
from ui.staff_on_duty import add_staff_menu
from ui.help.guide import help_shortcut, open_guide
from ui.screen_fit import first_placement, keep_on_screen
from ui.window_commands import add_window_commands
from custbook import clock

if TYPE_CHECKING:
    from ui.app import Controller

PAGE_KEYS = ("home", "customers", "calendar", "complaints", "reports")


def _reports_page(window: MainWindow) -> QWidget:
    # start-up: the Reports page imports reportlab's charts and the report's figures
    # (ui.reports.page: 177 ms of the 600 ms ui.app costs, -X importtime, idle machine)
    from ui.reports.page import ReportsPage

    return ReportsPage(window)


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
        return {"reports": QCoreApplication.translate("ReportsPage", "Reports")}[key]


class MainWindow(QMainWindow):
    def __init__(self, controller: Controller):
        super().__init__()
        self.controller = controller
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Custbook"))
        self.setMinimumSize(QSize(760, 520))
        self.setWindowIcon(QIcon(str(ICONS / "custbook.svg")))
        self.pages = _Pages(self, {
            "home": HomePage(self),  # where the window opens: the day's work (#15)
            "customers": CustomersPage(self),
            "calendar": CalendarPage(self),
            "complaints": ComplaintsPage(self),
        }, later={"reports": _reports_page})
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
        bus().sig_data_changed.connect(self._data_changed)  # a method: dropped with the window
        self.update_status()
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
        for action in self.pages["customers"].menu_actions():
            customers_menu.addAction(action)
            # From another page, a customer action first brings the Customers page forward.
            action.triggered.connect(lambda checked=False: self.show_page("customers"))
        customers_menu.addSeparator()
        add_paper_actions(self, customers_menu)  # customer sheet, list as PDF, labels
        add_letters_action(self, customers_menu)  # recommendation letters
        add_messages_actions(self, customers_menu)  # WeChat/SMS messages, queues, templates
        add_membership_actions(self, customers_menu)  # opening balances, member cards
        self.staff_menu = add_staff_menu(customers_menu)  # named in the audit trail
        complaints_menu = bar.addMenu(self.tr("Com&plaints"))
        for action in self.pages["complaints"].menu_actions():
            complaints_menu.addAction(action)
            action.triggered.connect(lambda checked=False: self.show_page("complaints"))
        calendar_menu = bar.addMenu(self.tr("Cale&ndar"))
        for action in self.pages["calendar"].menu_actions():
            calendar_menu.addAction(action)
            action.triggered.connect(lambda checked=False: self.show_page("calendar"))
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
        self._action(help_menu, self.tr("&Guide"), self.show_guide, help_shortcut(),
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

    def current_page_key(self) -> str:
        return PAGE_KEYS[self.stack.currentIndex()]

    def refresh_all(self) -> None:
        """View › Refresh: every screen reads the book again."""
        changes.note(changes.BOOK)

    def _data_changed(self, kinds) -> None:
        self.update_status()

    def update_status(self) -> None:
        """Title and status bar: which book is open and how many customers it holds."""
        self.setWindowTitle(f"{self.tr('Custbook')} — {Path(db.book_location()).name}")
        self.book_label.setText(self.tr("Book: %1").replace(
            "%1", db.safe_location(db.book_location())))  # a shared book's password stays hidden
        self.count_label.setText(self.tr("%1 customers").replace(
            "%1", fmt.number(customers.count_customers())))

    def show_guide(self) -> None:
        """The help guide, at the section of the page in front (F1)."""
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

