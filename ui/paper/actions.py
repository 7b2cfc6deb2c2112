"""Printing from the customer book: the customer sheet, the list as shown, address labels.

Every document is written by the core (`custbook.paper`) off the window's thread with
the cancellable progress dialog, then either shown in the system print preview
(`ui.pdf_print`, the same PDF the printer gets) or saved where the user chooses. The
Customers menu, the list's context menu and the customer card all come here.
"""
from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from custbook import clock
from custbook.errors import Cancelled
from ui.worker import run_task
from PySide6.QtWidgets import QPushButton

translate = QCoreApplication.translate  # lupdate finds translate() calls with their context


Writer = Callable[[Path, Callable[[int, int], bool]], Any]


class PaperJobs(QObject):
    """Writes documents in the background for one window (or card) and shows the result.

    Keeps the running task and the open preview, so they live as long as they are shown
    (tests find them here too).
    """

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.widget = parent
        self.task = None
        self.preview = None
        self.last_result: Any = None
        self.last_error: BaseException | None = None

    def print_document(self, label: str, file_name: str, doc_name: str, write: Writer,
                       then: Callable[[Any], None] | None = None) -> None:
        """Write the document to a temporary PDF, then open the print preview on it."""
        folder = Path(tempfile.mkdtemp(prefix="custbook-print-"))
        path = folder / file_name

        def done(result: Any) -> None:
            # start-up: the print preview (ui.pdf_print with QtPrintSupport: 6-14 ms of the
            # window's start, -X importtime) loads when something is first printed
            from ui.pdf_print import preview_pdf

            self.last_result = result
            if then is not None:
                then(result)
            self.preview = preview_pdf(self.widget, path, doc_name, "paperPreview")

        self._run(label, lambda progress: write(path, progress), done)

    def save_document(self, label: str, title: str, file_name: str, write: Writer,
                      path: str | None = None, then: Callable[[Any], None] | None = None
                      ) -> bool:
        """Ask where (unless `path` is given), then write the PDF there in the background."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self.widget, title,
                                                  str(Path.home() / file_name),
                                                  translate("Paper", "PDF (*.pdf)"))
            if not path:
                return False
        if not path.lower().endswith(".pdf"):
            path += ".pdf"

        def done(result: Any) -> None:
            self.last_result = result
            if then is not None:
                then(result)

        self._run(label, lambda progress: write(Path(path), progress), done)
        return True

    def _run(self, label: str, work: Callable[[Any], Any], done: Callable[[Any], None]) -> None:
        self.last_error = None

        def failed(exc: BaseException) -> None:
            self.last_error = exc
            if isinstance(exc, Cancelled):
                return
            box = QMessageBox(QMessageBox.Icon.Warning, translate("Paper", "Printing"),
                              translate("Paper", "The document could not be written: %1").replace("%1", str(exc)),
                              QMessageBox.StandardButton.Ok, self.widget)
            box.setObjectName("paperErrorBox")
            box.open()

        self.task = run_task(self.widget, label, work, on_success=done, on_failure=failed)


def jobs_of(widget: QWidget) -> PaperJobs:
    """The paper jobs of a window or card (made on first use)."""
    found = widget.findChild(PaperJobs, "paperJobs")
    if found is None:
        found = PaperJobs(widget)
        found.setObjectName("paperJobs")
    return found


# ------------------------------------------------------------------ the customer sheet

def _write_sheet(path, customer_id: int, today: dt.date | None):
    # start-up: the papers' modules bring reportlab (0.2 s on a quiet PC, 0.8 s loaded;
    # -X importtime); the menus are built before the first paint, a paper only when asked.
    from custbook.paper import customer_sheet

    return customer_sheet.write_customer_sheet(path, customer_id, today)


def _write_list(path, columns: list[str], query, progress):
    # start-up: as _write_sheet (reportlab), only when the list is printed or saved.
    from custbook.paper import customer_list_pdf

    return customer_list_pdf.write_customer_list(path, columns, query=query,
                                                 progress=progress)


def print_customer_sheet(parent: QWidget, customer_id: int, today: dt.date | None = None
                         ) -> PaperJobs:
    """Write one customer's sheet and open the print preview."""
    jobs = jobs_of(parent)
    jobs.print_document(translate("Paper", "Writing the customer sheet…"), "customer-sheet.pdf",
                        translate("Paper", "Customer sheet"),
                        lambda path, progress: _write_sheet(path, customer_id, today))
    return jobs


def save_customer_sheet(parent: QWidget, customer_id: int, name: str,
                        today: dt.date | None = None, path: str | None = None) -> PaperJobs:
    """Ask where, then save one customer's sheet as a PDF."""
    # start-up: as in print_document (ui.pdf_print), when something is first saved
    from ui.pdf_print import paper_file_name

    jobs = jobs_of(parent)
    jobs.save_document(translate("Paper", "Writing the customer sheet…"), translate("Paper", "Save the customer sheet"),
                       paper_file_name(translate("Paper", "Customer sheet"), name),
                       lambda target, progress: _write_sheet(target, customer_id, today),
                       path)
    return jobs


def add_sheet_actions(card, row, more_menu: QMenu) -> None:
    """The card's "Print…" button and "Save as PDF…" in its More menu."""
    card.print_button = QPushButton(translate("Paper", "Print…"))
    card.print_button.setObjectName("cardPrintButton")
    card.print_button.setToolTip(translate("Paper", "Print this customer's sheet: profile and recent history"))
    card.print_button.clicked.connect(
        lambda: _saved_first(card)
        and print_customer_sheet(card, card.customer_id, card.today))
    row.addWidget(card.print_button)
    card.save_sheet_action = more_menu.addAction(translate("Paper", "Save the customer sheet as PDF…"))
    card.save_sheet_action.setObjectName("cardSaveSheetAction")
    card.save_sheet_action.triggered.connect(
        lambda: _saved_first(card)
        and save_customer_sheet(card, card.customer_id, card.form.name_edit.text(), card.today))


def _saved_first(card) -> bool:
    """The sheet prints what is stored: unsaved edits on the card are saved first (a
    refused field stays shown on the card, and nothing is printed)."""
    if card.customer_id is None:
        return False
    return not card.is_dirty() or card.save()


# ------------------------------------------------------------------ the list as shown

def list_as_shown(page) -> tuple[Any, list[str]]:
    """The page's query (with the order really used) and its visible columns in order."""
    columns = page.table.visible_columns()
    return page.model.query(), columns


def print_list(page, window: QWidget) -> PaperJobs:
    """Print the customer list as the page shows it."""
    query, columns = list_as_shown(page)
    jobs = jobs_of(window)
    jobs.print_document(translate("Paper", "Writing the customer list…"), "customer-list.pdf",
                        translate("Paper", "Customer list"),
                        lambda path, progress: _write_list(path, columns, query, progress))
    return jobs


def save_list(page, window: QWidget, path: str | None = None) -> PaperJobs:
    """Save the customer list as the page shows it as a PDF."""
    # start-up: as in print_document (ui.pdf_print), when something is first saved
    from ui.pdf_print import paper_file_name

    query, columns = list_as_shown(page)
    jobs = jobs_of(window)
    jobs.save_document(translate("Paper", "Writing the customer list…"), translate("Paper", "Save the customer list"),
                       paper_file_name(translate("Paper", "Customer list"),
                                       clock.today().isoformat()),
                       lambda target, progress: _write_list(target, columns, query, progress),
                       path,
                       then=lambda result: _tell_saved(window, result))
    return jobs


def _tell_saved(window: QWidget, result) -> None:
    bar = getattr(window, "statusBar", None)
    if callable(bar):
        bar().showMessage(translate("Paper", "%1 customers on %2 pages saved to %3")
                          .replace("%1", f"{result.customers:,}").replace("%2", str(result.pages))
                          .replace("%3", str(result.path)), 8000)


# ------------------------------------------------------------------ the menus

class PaperActions(QObject):
    """The printing actions of the Customers menu and of the list's context menu.

    They act on the Customers page's list; until that page is built (when first shown)
    there is no list, and they wait, disabled, as they do for an empty one."""

    def __init__(self, window: QWidget, page=None):
        super().__init__(window)
        self.window, self.page = window, None

        def action(text: str, name: str, slot) -> QAction:
            made = QAction(text, window)
            made.setObjectName(name)
            made.triggered.connect(lambda checked=False: slot())
            return made

        self.sheet = action(translate("Paper", "Print customer sheet…"), "actionPrintCustomerSheet",
                            self.print_sheet)
        self.print_list = action(translate("Paper", "Print the list as shown…"), "actionPrintCustomerList",
                                 lambda: print_list(self.page, self.window))
        self.save_list = action(translate("Paper", "Save the list as PDF…"), "actionSaveCustomerList",
                                lambda: save_list(self.page, self.window))
        self.labels = action(translate("Paper", "Address labels…"), "actionAddressLabels", self.open_labels)
        if page is not None:
            self.follow(page)
        else:
            self.update()

    def follow(self, page) -> None:
        """Act on this Customers page's list (the window calls this when it builds it)."""
        self.page = page
        page.model.sig_reloaded.connect(self.update)
        page.table.selectionModel().selectionChanged.connect(self.update)
        page.grid.selectionModel().selectionChanged.connect(self.update)
        self.update()

    def current_customer(self) -> int | None:
        """The customer the list's cursor is on (the first selected)."""
        ids = self.page.selected_ids() if self.page is not None else []
        return ids[0] if ids else None

    def update(self, *args) -> None:
        self.sheet.setEnabled(self.current_customer() is not None)
        has_rows = self.page is not None and self.page.model.total() > 0
        for made in (self.print_list, self.save_list, self.labels):
            made.setEnabled(has_rows)

    def print_sheet(self) -> None:
        customer_id = self.current_customer()
        if customer_id is not None:
            print_customer_sheet(self.window, customer_id, self.page.today())

    def open_labels(self):
        # start-up: importing it here, not at the top, saves 772 ms when this module loads
        from ui.paper.labels_dialog import LabelsDialog

        dialog = LabelsDialog(self.window, self.page.model.query(), self.page.selected_ids())
        self.dialog = dialog
        dialog.open()
        return dialog


def add_paper_actions(window, menu: QMenu) -> PaperActions:
    """Put the printing actions into the Customers menu and the list's context menu.

    The window builds the Customers page when it is first shown (`sig_page_built`); the
    actions follow its list from then on."""
    actions = PaperActions(window, window.pages.built("customers"))
    window.sig_page_built.connect(
        lambda key, page: actions.follow(page) if key == "customers" else None)
    window.paper_actions = actions
    print_menu = menu.addMenu(translate("Paper", "&Print and PDF"))
    print_menu.setObjectName("paperMenu")
    print_menu.addActions([actions.sheet, actions.print_list, actions.save_list])
    print_menu.addSeparator()
    print_menu.addAction(actions.labels)
    window.customer_context_actions.append(actions.sheet)
    return actions
