"""Starting the window: the Qt application, the language, the book, the first run.

`Controller` owns what is application-wide (which book is open, which language is
in use, the main window) so that no page has to reach for a global window object.
"""
from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from custbook import __version__, APP_NAME, changes, clock, db
from custbook.safety import integrity
from custbook.cli.options import options_parser
from custbook.errors import BookDamaged, BookTooNew, Cancelled, CustbookError
from custbook.shared_book.server_address import strip_password as safe_location
from ui import i18n, main_thread_gc, prefs
from ui.calendar import week_start
from ui.main_window import MainWindow
from ui.paths import FONTS
from ui.safety.guard import BookGuard
from ui.shared_book.connect_dialog import reopen as reopen_shared
from ui.shared_book.refresh import SharedBookWatch
from ui.shared_book.refresh import handle_error as shared_book_error
from ui.signals import bus
from ui.worker import run_task
from custbook.errors import ValidationError

SAMPLE_CUSTOMERS = 2000
CJK_FAMILY = "WenQuanYi Micro Hei"


def load_fonts(app: QApplication) -> None:
    """Register the shipped CJK font and use it wherever the system font lacks Chinese."""
    for path in sorted(FONTS.glob("*.tt[fc]")):
        QFontDatabase.addApplicationFont(str(path))
    base = app.font()
    systems = QFontDatabase.writingSystems(base.family())
    if QFontDatabase.WritingSystem.SimplifiedChinese not in systems:
        font = QFont(base)
        font.setFamilies([base.family(), CJK_FAMILY])
        app.setFont(font)


class _CheckSkipped(Exception):
    """A book admitted without the whole-file check was found damaged while opening."""

    def __init__(self, previous: str | None):
        super().__init__(previous)
        self.previous = previous


class Controller(QObject):
    """Opens books, switches language, and keeps the one main window."""

    def __init__(self, args: argparse.Namespace):
        super().__init__()
        self.args = args
        self.window: MainWindow | None = None
        self.last_error = ""
        self.task = None
        self.guard = BookGuard(self)  # one window per book, start-up check, backups, lock
        self.shared = SharedBookWatch(self)  # other PCs' changes, a lost server (shared books)
        self.connect_dialog = None
        bus()  # the change hub listens to the core before the first change

    # --- messages
    def error(self, title: str, text: str) -> None:
        """Tell the user what went wrong; never a traceback."""
        self.last_error = text
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok,
                          self.window)
        box.setObjectName("errorBox")
        if self.window is not None:
            box.open()
        else:
            box.exec()

    def _book_error_text(self, path: str | Path, exc: Exception) -> str:
        if isinstance(exc, BookTooNew):
            return str(exc)
        if isinstance(exc, BookDamaged):
            return self.tr("%1\n\nThe file may be damaged or may not be a customer book. "
                           "Nothing was changed.").replace("%1", str(exc))
        return str(exc)

    # --- books
    def open_book(self, location: str | Path) -> bool:
        """Open a book (closing the current one); on failure keep the current one open."""
        # Admitted after a clean close without the whole-file check, a book damaged where
        # opening reads fails here: it is admitted again, which checks the whole file
        # first and offers the rescue (the latest good backup), as after a crash.
        try:
            return self._open_book(location)
        except _CheckSkipped as skipped:  # the book did not open
            opened = self._open_book(location)
            if not opened and skipped.previous and not db.book_location():
                db.open_book(skipped.previous)
            return opened
        except Exception as exc:  # it opened, and building the window met the damage
            if not self.guard.skipped_check_of(location, exc):
                raise
        self.guard.let_go()
        db.close_book()
        return self._open_book(location)

    def _open_book(self, location: str | Path) -> bool:
        location = self.guard.admit(location)  # may hand over to another window, or rescue
        if location is None:
            return False
        previous = db.book_location() or None
        self.guard.leave_book(location)  # a backup of the current book if it changed
        db.close_book()
        try:
            db.open_book(location)
        except Exception as exc:
            self.guard.open_failed(location)
            if self.guard.skipped_check_of(location, exc):
                raise _CheckSkipped(previous) from exc
            if not isinstance(exc, CustbookError):
                raise
            self.error(self.tr("Cannot open the book"), self._book_error_text(location, exc))
            if previous:
                db.open_book(previous)
            return False
        if not self.guard.opened(location, previous):  # the password, if the book has one
            return False
        remembered = safe_location(location)  # never a password in the INI
        if prefs.get("last_book", "") != remembered:  # writing it costs 10 ms: only if new
            prefs.put("last_book", remembered)
        self.shared.book_opened()
        if self.window is None:
            self.window = MainWindow(self)
            self.window.show()
        else:
            changes.note(changes.BOOK)  # another book: every screen reads it
        # start-up: importing it here, not at the top, saves 10 ms when this module loads
        from ui.calendar.startup import book_opened

        book_opened(self.window)  # today's reminder rules, and what is due
        return True

    def open_sample_shop(self) -> None:
        """Open the sample shop, building it first (in the background) if needed."""
        # start-up: importing it here, not at the top, saves 44 ms when this module loads
        from custbook.sample import sample_shop

        path = db.sample_book_path()
        if path.exists():
            self.open_book(path)
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        previous = db.book_location() or None
        db.close_book()  # the generator binds the models to the new file while it works

        def work(progress):
            return sample_shop.generate(path, SAMPLE_CUSTOMERS, progress=progress)

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, Cancelled):
                self.error(self.tr("The sample shop could not be built"), str(exc))
            if previous:
                self.open_book(previous)
            elif self.window is None:
                self.first_run()

        self.task = run_task(self.window, self.tr("Building the sample shop…"), work,
                             on_success=lambda report: self.open_book(path), on_failure=failed)

    def new_book_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("New customer book"), str(db.data_dir()),
            self.tr("Customer books (*.db)"))
        if not path:
            return
        if not path.endswith(".db"):
            path += ".db"
        if Path(path).exists():
            self.error(self.tr("New customer book"),
                       self.tr("%1 already exists. Choose another name, or open it with "
                               "File › Open book.").replace("%1", path))
            return
        if self.open_book(path) and self.window is not None:
            # start-up: the first run's dialogs (ui.first_run: 13 ms of the window's start,
            # -X importtime) only for a new book or the first run
            from ui.first_run import SetUpDialog

            SetUpDialog(self.window).open()  # the three questions of a first run (#15)

    def open_book_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open customer book"), str(db.data_dir()),
            self.tr("Customer books (*.db);;All files (*)"))
        if path:
            self.open_book(path)

    # --- start-up
    def first_run(self) -> bool:
        # start-up: as in new_book_dialog, only on the first run
        from ui.first_run import FirstRunDialog

        dialog = FirstRunDialog()
        if not dialog.exec():
            return False
        if dialog.choice == "sample":
            self.open_sample_shop()
            return True
        path = db.default_book_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        opened = self.open_book(path)
        if opened and dialog.setup is not None:
            self.set_up_book(dialog.setup)
        return opened

    def set_up_book(self, values: dict) -> None:
        """The first-run set-up (#15): shop name, the first staff member, the kind of shop."""
        # start-up: the kinds of shop (their words, categories, rules) only on the first run
        from custbook.shop import kinds

        try:
            kinds.set_up(values["shop_name"], values["your_name"], values["kind"])
        except ValidationError as exc:  # checked in the dialog; the book stays usable
            self.error(self.tr("Set up the new book"), exc.message)

    def start(self) -> bool:
        """Open the book named on the command line, the last one, or ask (first run)."""
        if self.args.db:
            if db.is_url(self.args.db):  # a shared book: its password from the keyring
                return reopen_shared(self, self.args.db)
            return self.open_book(self.args.db)
        last = prefs.get("last_book", "")
        if last and db.is_url(last) and reopen_shared(self, last):
            return True
        if last and Path(last).exists():
            return self.open_book(last)
        default = db.default_book_path()
        if default.exists():
            return self.open_book(default)
        return self.first_run()

    # --- language
    def switch_language(self, code: str) -> None:
        """Switch language now ("" follows the system) by rebuilding the window."""
        prefs.put("language", code)
        i18n.install(i18n.chosen_language(code or None) if code else i18n.system_language())
        old = self.window
        if old is None:
            return
        page = old.current_page_key()
        old.close()
        self.window = MainWindow(self)
        self.window.show_page(page)
        self.window.show()
        old.deleteLater()


def create_application(argv: list[str], language: str | None) -> QApplication:
    """The QApplication with our names, fonts and language installed."""
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    load_fonts(app)
    main_thread_gc.install(app)  # Qt objects must never be collected on a worker thread
    week_start.install(app)  # every date pop-up starts the week on the shop's first day
    i18n.install(i18n.chosen_language(language))
    return app


def install_error_handler(controller: Controller) -> None:
    """Show an unexpected error as a message (and log it) instead of dying silently.

    Qt swallows exceptions raised inside slots; without this the owner would click and
    nothing would happen. The traceback goes to `custbook.log` in the data folder for
    whoever fixes it; the owner sees one plain sentence.
    """
    log_path = db.data_dir() / "custbook.log"

    def handle(kind, value, tb) -> None:
        try:
            log_path.parent.mkdir(parents=True, exist_ok=True)
            with log_path.open("a", encoding="utf-8") as log:
                log.write(f"--- {clock.now().isoformat(timespec='seconds')}\n")
                log.write("".join(traceback.format_exception(kind, value, tb)))
        except OSError:
            pass
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        if shared_book_error(controller, value):  # the book's server went away
            return
        book = db.book_location()
        if integrity.error_kind(value) == "corrupt" and book and not db.is_url(book):
            integrity.mark_suspect(book)  # the next start checks it and offers the rescue
        storage = integrity.explain(value)  # disk full, read-only, locked: plain words
        if storage:
            controller.error(controller.tr("The change was not saved"), storage)
            return
        controller.error(controller.tr("Something went wrong"), controller.tr(
            "Custbook could not finish what you asked: %1\n\nWhat was saved before is safe. "
            "Details were written to %2.").replace("%1", str(value) or kind.__name__)
            .replace("%2", str(log_path)))

    sys.excepthook = handle


def run(argv: list[str]) -> int:
    """Open the window; returns the exit status when it closes."""
    args = options_parser().parse_args(argv)  # sub-commands never reach the window
    app = create_application([], args.lang)
    controller = Controller(args)
    install_error_handler(controller)
    if not controller.start():
        return 0 if controller.guard.forwarded else 1  # forwarded: the other window came up
    status = app.exec()
    controller.guard.on_exit()  # a last backup if the book changed, then let it go
    db.close_book()
    return status

