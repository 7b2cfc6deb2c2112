"""Export customers…: which customers, which format, which columns, then where.

The owner usually wants "the list I am looking at" — the Customers page's search and
filters, in the order shown — or the few she selected, or the whole book. The dialog
only gathers those choices; `custbook.exchange.export` writes the file on the worker thread
(a 100,000-customer book takes seconds), so the window stays alive and Cancel stops
the writing with nothing left on disk. The choices (format, encoding, columns, the
last folder) are remembered on this PC, because a shop exports the same way each time.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from custbook.customers import custom_fields, customers
from custbook.errors import Cancelled, CustbookError
from custbook.exchange import export
from ui import format as fmt
from ui import prefs
from ui.worker import Task, run_task
from custbook import clock

SUFFIXES = {"csv": ".csv", "xlsx": ".xlsx", "vcf": ".vcf"}
WHAT = ("shown", "selected", "all")


def _translate_column(key: str) -> str:
    return QCoreApplication.translate("Export", export.COLUMNS[key])


class ExportDialog(QDialog):
    """The choices of one export; Export… asks where and writes in the background."""

    sig_exported = Signal(object)
    """sig_exported(report: custbook.exchange.export.ExportReport): a file was written."""

    sig_finished = Signal()
    """sig_finished(): the background export ended (written, failed or cancelled)."""

    def __init__(self, parent: QWidget | None, page=None, prefer_selection: bool = False):
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export customers"))
        self.page = page
        self.task: Task | None = None
        self.message_box: QMessageBox | None = None  # the last result shown (tests read it)
        self._selected_ids = list(page.selected_ids()) if page is not None else []
        self._shown_total = page.model.total() if page is not None else 0
        self._book_total = customers.count_customers()
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_what(prefer_selection))
        layout.addWidget(self._build_format())
        layout.addWidget(self._build_columns())
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.clicked.connect(self.choose_file)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._format_changed()
        self.resize(self.sizeHint().expandedTo(QSize(560, 0)))

    # --- building
    def _build_what(self, prefer_selection: bool) -> QGroupBox:
        box = QGroupBox(self.tr("Which customers"))
        grid = QVBoxLayout(box)
        self.what_group = QButtonGroup(self)
        query = self.page.current_query() if self.page is not None else None
        self.shown_radio = QRadioButton(self.tr("The list as shown on the Customers page: %1")
                                        .replace("%1", self._customers(self._shown_total)))
        self.shown_radio.setObjectName("exportShown")
        details = []
        if query is not None and query.text:
            details.append(self.tr("search “%1”").replace("%1", query.text))
        if query is not None and query.in_trash:
            details.append(self.tr("the trash"))
        elif query is not None and query.has_filters():
            details.append(self.tr("with the filters chosen there"))
        self.shown_detail = QLabel(", ".join(details) if details else
                                   self.tr("no search or filter: the whole book"))
        self.shown_detail.setObjectName("exportShownDetail")
        self.shown_detail.setIndent(24)
        self.shown_detail.setStyleSheet("color: palette(dark);")
        self.selected_radio = QRadioButton(
            self.tr("Only the selected customers: %1").replace(
                "%1", self._customers(len(self._selected_ids))))
        self.selected_radio.setObjectName("exportSelected")
        self.all_radio = QRadioButton(self.tr("Every customer in the book: %1").replace(
            "%1", self._customers(self._book_total)))
        self.all_radio.setObjectName("exportAll")
        for radio in (self.shown_radio, self.selected_radio, self.all_radio):
            self.what_group.addButton(radio)
        grid.addWidget(self.shown_radio)
        grid.addWidget(self.shown_detail)
        grid.addWidget(self.selected_radio)
        grid.addWidget(self.all_radio)
        self.shown_radio.setEnabled(self.page is not None)
        self.selected_radio.setEnabled(bool(self._selected_ids))
        if prefer_selection and self._selected_ids:
            self.selected_radio.setChecked(True)
        elif self.page is not None:
            self.shown_radio.setChecked(True)
        else:
            self.all_radio.setChecked(True)
        self.what_group.buttonToggled.connect(lambda *args: self._update_button())
        return box

    def _build_format(self) -> QGroupBox:
        box = QGroupBox(self.tr("Format"))
        grid = QGridLayout(box)
        self.format_group = QButtonGroup(self)
        self.format_radios: dict[str, QRadioButton] = {}
        labels = {"csv": self.tr("CSV text, for Excel and most programs"),
                  "xlsx": self.tr("Excel workbook (.xlsx), with real dates and numbers"),
                  "vcf": self.tr("vCard 3.0 (.vcf), to put the customers on a phone")}
        chosen = prefs.get("export/format", "csv")
        for row, (code, label) in enumerate(labels.items()):
            radio = QRadioButton(label)
            radio.setObjectName(f"exportFormat_{code}")
            radio.setChecked(code == chosen)
            self.format_group.addButton(radio)
            self.format_radios[code] = radio
            grid.addWidget(radio, row, 0, 1, 2)
        if not any(r.isChecked() for r in self.format_radios.values()):
            self.format_radios["csv"].setChecked(True)
        self.encoding_label = QLabel(self.tr("Text encoding:"))
        self.encoding_label.setIndent(24)
        self.encoding = QComboBox()
        self.encoding.setObjectName("exportEncoding")
        self.encoding.addItem(self.tr("UTF-8 with BOM (Excel shows Chinese correctly)"),
                              "utf-8-sig")
        self.encoding.addItem(self.tr("GBK (older Chinese programs)"), "gbk")
        index = self.encoding.findData(prefs.get("export/encoding", "utf-8-sig"))
        self.encoding.setCurrentIndex(max(index, 0))
        grid.addWidget(self.encoding_label, 0, 2)
        grid.addWidget(self.encoding, 0, 3)
        grid.setColumnStretch(1, 1)
        self.format_group.buttonToggled.connect(lambda *args: self._format_changed())
        return box

    def _build_columns(self) -> QGroupBox:
        box = self.columns_box = QGroupBox(self.tr("Columns"))
        layout = QVBoxLayout(box)
        own = {f"custom:{f.id}": f.name for f in custom_fields.fields()}  # the shop's own fields
        keys = [*export.COLUMNS, *own]
        remembered = [c for c in prefs.get("export/columns", "").split(",") if c in keys]
        chosen = set(remembered or export.DEFAULT_COLUMNS)
        # One tick box a column, three columns of boxes filled top to bottom.
        self.columns = QWidget()
        self.columns.setObjectName("exportColumns")
        grid = QGridLayout(self.columns)
        grid.setContentsMargins(4, 4, 4, 4)
        self.column_checks: dict[str, QCheckBox] = {}
        rows = (len(keys) + 2) // 3
        for index, key in enumerate(keys):
            check = QCheckBox(own.get(key) or _translate_column(key))
            check.setObjectName(f"exportColumn_{key}")
            check.setChecked(key in chosen)
            check.toggled.connect(lambda on: self._update_button())
            self.column_checks[key] = check
            grid.addWidget(check, index % rows, index // rows)
        layout.addWidget(self.columns)
        row = QHBoxLayout()
        for text, name, slot in ((self.tr("All"), "exportColumnsAll", self.check_all),
                                 (self.tr("None"), "exportColumnsNone", self.check_none),
                                 (self.tr("Usual columns"), "exportColumnsDefault",
                                  self.check_defaults)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setAutoDefault(False)  # Enter means Export…, not "tick all"
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.vcard_note = QLabel(self.tr(
            "A vCard carries what a phone keeps: the name, phones, e-mail, birthday (a lunar "
            "birthday the way iPhones store it), address, tags, WeChat, notes and photo. "
            "Member tier, visits and spending stay in Custbook."))
        self.vcard_note.setObjectName("exportVcardNote")
        self.vcard_note.setWordWrap(True)
        layout.addWidget(self.vcard_note)
        return box

    def _customers(self, count: int) -> str:
        return self.tr("%1 customers").replace("%1", fmt.number(count))

    # --- choices
    def what(self) -> str:
        """"shown", "selected" or "all"."""
        if self.selected_radio.isChecked():
            return "selected"
        return "shown" if self.shown_radio.isChecked() else "all"

    def set_what(self, what: str) -> None:
        {"shown": self.shown_radio, "selected": self.selected_radio,
         "all": self.all_radio}[what].click()

    def format(self) -> str:
        return next(code for code, radio in self.format_radios.items() if radio.isChecked())

    def set_format(self, code: str) -> None:
        self.format_radios[code].click()

    def chosen_encoding(self) -> str:
        return self.encoding.currentData()

    def chosen_columns(self) -> list[str]:
        """The ticked columns, in the file's order."""
        return [key for key, check in self.column_checks.items() if check.isChecked()]

    def _check(self, wanted) -> None:
        for key, check in self.column_checks.items():
            check.setChecked(bool(wanted(key)))

    def check_all(self) -> None:
        self._check(lambda key: True)

    def check_none(self) -> None:
        self._check(lambda key: False)

    def check_defaults(self) -> None:
        self._check(lambda key: key in export.DEFAULT_COLUMNS)

    def set_columns(self, keys: list[str]) -> None:
        self._check(lambda key: key in keys)

    def count(self) -> int:
        """How many customers the export will write."""
        return {"shown": self._shown_total, "selected": len(self._selected_ids),
                "all": self._book_total}[self.what()]

    def _format_changed(self) -> None:
        code = self.format()
        self.encoding.setEnabled(code == "csv")
        self.encoding_label.setEnabled(code == "csv")
        # A vCard has no columns to choose: the tick boxes give way to what it carries.
        table = code != "vcf"
        self.columns.setVisible(table)
        for name in ("exportColumnsAll", "exportColumnsNone", "exportColumnsDefault"):
            self.findChild(QPushButton, name).setVisible(table)
        self.columns_box.setTitle(self.tr("Columns") if table else self.tr("What a vCard holds"))
        self.vcard_note.setVisible(not table)
        self._update_button()

    def _update_button(self) -> None:
        ready = self.count() > 0 and (self.format() == "vcf" or bool(self.chosen_columns()))
        self.export_button.setEnabled(ready)
        if self.count() == 0:
            self.export_button.setToolTip(self.tr("There is no customer to export."))
        elif not ready:
            self.export_button.setToolTip(self.tr("Tick at least one column."))
        else:
            self.export_button.setToolTip("")

    def suggested_path(self) -> Path:
        """The last export folder (else Documents or home) and a dated name."""
        folder = Path(prefs.get("export/folder", "") or Path.home() / "Documents")
        if not folder.is_dir():
            folder = Path.home()
        stem = self.tr("customers") if self.what() != "selected" else self.tr("chosen-customers")
        return folder / f"{stem}-{clock.today().isoformat()}{SUFFIXES[self.format()]}"

    # --- exporting
    def choose_file(self) -> None:
        """Ask where to save (a suggested name in the last folder), then export there."""
        filters = {"csv": self.tr("CSV files (*.csv)"),
                   "xlsx": self.tr("Excel workbooks (*.xlsx)"),
                   "vcf": self.tr("vCard files (*.vcf)")}
        path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(),
                                              str(self.suggested_path()),
                                              filters[self.format()])
        if path:
            self.export_to(Path(path))

    def _remember(self, path: Path) -> None:
        prefs.put("export/format", self.format())
        prefs.put("export/encoding", self.chosen_encoding())
        prefs.put("export/columns", ",".join(self.chosen_columns()))
        prefs.put("export/folder", str(path.parent))

    def export_to(self, path: Path) -> Task:
        """Write the chosen customers to `path` in the background (the suffix is added)."""
        code = self.format()
        if path.suffix.lower() != SUFFIXES[code]:
            path = path.with_name(path.name + SUFFIXES[code])
        self._remember(path)
        columns = self.chosen_columns() if code != "vcf" else list(export.DEFAULT_COLUMNS)
        headers = {export.COLUMNS[k]: _translate_column(k) for k in export.COLUMNS}
        query, ids = None, None
        what = self.what()
        if what == "selected":
            ids = list(self._selected_ids)
        elif what == "shown" and self.page is not None:
            query = self.page.model.query()  # the search, filters and order on screen
        encoding = self.chosen_encoding()

        def work(progress):
            return export.export_customers(path, code, query=query, columns=columns,
                                           encoding=encoding, ids=ids,
                                           translate=headers.get, progress=progress)

        self.export_button.setEnabled(False)
        label = self.tr("Exporting %1…").replace("%1", self._customers(self.count()))
        self.task = run_task(self, label, work, self._done, self._failed)
        return self.task

    def _done(self, report: export.ExportReport) -> None:
        self.sig_exported.emit(report)
        owner = self.parentWidget() or self
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Export finished"),
                          self.tr("%1 written.").replace("%1", self._customers(report.customers)),
                          QMessageBox.StandardButton.Ok, owner)
        box.setObjectName("exportDone")
        box.setInformativeText(str(report.path))
        grid = box.layout()  # wide enough that the path is not broken over three lines
        grid.addItem(QSpacerItem(420, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed),
                     grid.rowCount(), 0, 1, grid.columnCount())
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder_button = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        folder_button.setObjectName("openFolderButton")
        folder_button.clicked.connect(lambda: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(report.path.parent))))
        self.message_box = box
        self.accept()
        box.open()
        self.sig_finished.emit()

    def _failed(self, exc: BaseException) -> None:
        self._update_button()
        if isinstance(exc, Cancelled):
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Export cancelled"),
                              self.tr("The export was cancelled. No file was written."),
                              QMessageBox.StandardButton.Ok, self)
            box.setObjectName("exportCancelled")
        else:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export failed"),
                              self.tr("The customers could not be exported. No file was "
                                      "written."), QMessageBox.StandardButton.Ok, self)
            box.setObjectName("exportFailed")
            box.setInformativeText(str(exc) if isinstance(exc, CustbookError)
                                   else f"{type(exc).__name__}: {exc}")
        self.message_box = box
        box.open()
        self.sig_finished.emit()


def open_export_dialog(parent: QWidget, page=None, prefer_selection: bool = False
                       ) -> ExportDialog:
    """Show the export dialog (window-modal); `page` is the Customers page, if any."""
    dialog = ExportDialog(parent, page, prefer_selection)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
