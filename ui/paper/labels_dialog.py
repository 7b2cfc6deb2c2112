"""The address labels dialog: which customers, which sheet, where to start, then print.

The sheet is a preset (the common A4 label sheets) or measured by hand; changing any
measure makes it a custom sheet. Before anything is printed the dialog says how many
labels on how many sheets and names the customers left out for want of an address —
counting runs in the background, since "the list as shown" may be the whole book.
The sheet, the phone and outline choices are remembered on this PC.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from custbook import clock
from custbook.paper import label_layouts
from custbook.customers.customer_query import CustomerQuery
from custbook.errors import Cancelled, ValidationError
from custbook.paper import labels
from ui import prefs
from ui.customers.widgets import RememberedDialog
from ui.pdf_print import paper_file_name, preview_pdf
from ui.worker import run_task

PREF_LAYOUT = "labels/layout"
PREF_PHONE = "labels/phone"
PREF_OUTLINES = "labels/outlines"
ERROR_STYLE = "color: #b00020;"
MEASURES = ("width", "height", "top", "left", "column_gap", "row_gap")


class LabelsDialog(RememberedDialog):
    DEFAULT_SIZE = QSize(620, 600)

    def __init__(self, parent: QWidget | None, query: CustomerQuery, selected: list[int]):
        super().__init__(parent, "labelsDialog")
        self.setWindowTitle(self.tr("Address labels"))
        self.query = query
        self.selected = list(selected)
        self.plan: labels.LabelPlan | None = None
        self.result: labels.LabelSheets | None = None
        self.task = None
        self.preview = None
        self._filling = False
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_source())
        layout.addWidget(self._build_sheet())
        layout.addWidget(self._build_content())
        self.summary = QLabel()
        self.summary.setObjectName("labelsSummary")
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("labelsSave")
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("labelsPrint")
        self.print_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(lambda: self.save())
        self.print_button.clicked.connect(self.print_labels)
        layout.addWidget(buttons)
        self.show_layout(label_layouts.from_text(prefs.get(PREF_LAYOUT, "")))
        self.count()

    # --- building
    def _build_source(self) -> QGroupBox:
        box = QGroupBox(self.tr("Customers"))
        row = QVBoxLayout(box)
        self.from_list = QRadioButton(self.tr("The list as shown on the Customers page"))
        self.from_list.setObjectName("labelsFromList")
        self.from_selection = QRadioButton(
            self.tr("The selected customers (%1)").replace("%1", f"{len(self.selected):,}"))
        self.from_selection.setObjectName("labelsFromSelection")
        self.from_selection.setEnabled(bool(self.selected))
        (self.from_selection if len(self.selected) > 1 else self.from_list).setChecked(True)
        for button in (self.from_list, self.from_selection):
            button.toggled.connect(lambda on: on and self.count())
            row.addWidget(button)
        return box

    def _build_sheet(self) -> QGroupBox:
        box = QGroupBox(self.tr("Label sheet (A4)"))
        form = QFormLayout(box)
        self.preset = QComboBox()
        self.preset.setObjectName("labelsPreset")
        for layout in label_layouts.presets():
            self.preset.addItem(layout.name(), layout.key)
        self.preset.addItem(self.tr("Custom (measure your sheet)"), label_layouts.CUSTOM)
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        form.addRow(self.tr("Sheet"), self.preset)
        grid = QGridLayout()
        self.columns = self._spin("labelsColumns", 1, 10)
        self.rows = self._spin("labelsRows", 1, 30)
        self.measures: dict[str, QDoubleSpinBox] = {}
        names = {"width": self.tr("Label width"), "height": self.tr("Label height"),
                 "top": self.tr("Top margin"), "left": self.tr("Left margin"),
                 "column_gap": self.tr("Gap between columns"),
                 "row_gap": self.tr("Gap between rows")}
        grid.addWidget(QLabel(self.tr("Columns")), 0, 0)
        grid.addWidget(self.columns, 0, 1)
        grid.addWidget(QLabel(self.tr("Rows")), 0, 2)
        grid.addWidget(self.rows, 0, 3)
        for index, key in enumerate(MEASURES):
            edit = QDoubleSpinBox()
            edit.setObjectName(f"labels_{key}")
            edit.setRange(0, 297)
            edit.setDecimals(2)
            edit.setSingleStep(0.5)
            edit.setSuffix(" mm")
            edit.valueChanged.connect(self._measured)
            self.measures[key] = edit
            row, column = divmod(index, 2)
            grid.addWidget(QLabel(names[key]), row + 1, column * 2)
            grid.addWidget(edit, row + 1, column * 2 + 1)
        form.addRow(grid)
        start = QHBoxLayout()
        self.start_at = QSpinBox()
        self.start_at.setObjectName("labelsStartAt")
        self.start_at.setMinimum(1)
        self.start_at.valueChanged.connect(self._show_plan)
        self.start_hint = QLabel()
        self.start_hint.setObjectName("labelsStartHint")
        start.addWidget(self.start_at)
        start.addWidget(self.start_hint, 1)
        form.addRow(self.tr("Start at label"), start)
        self.layout_error = QLabel()
        self.layout_error.setObjectName("labelsLayoutError")
        self.layout_error.setStyleSheet(ERROR_STYLE)
        self.layout_error.setWordWrap(True)
        self.layout_error.hide()
        form.addRow(self.layout_error)
        return box

    def _spin(self, name: str, low: int, high: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.valueChanged.connect(self._measured)
        return spin

    def _build_content(self) -> QGroupBox:
        box = QGroupBox(self.tr("On each label"))
        row = QVBoxLayout(box)
        row.addWidget(QLabel(self.tr("The name and the address (smaller type when it is long).")))
        self.phone = QCheckBox(self.tr("Also the phone number"))
        self.phone.setObjectName("labelsPhone")
        self.phone.setChecked(prefs.get(PREF_PHONE, "0") == "1")
        self.outlines = QCheckBox(self.tr("Draw the edges of the labels (for a test on plain "
                                          "paper)"))
        self.outlines.setObjectName("labelsOutlines")
        self.outlines.setChecked(prefs.get(PREF_OUTLINES, "0") == "1")
        row.addWidget(self.phone)
        row.addWidget(self.outlines)
        return box

    # --- the sheet
    def show_layout(self, layout: label_layouts.LabelLayout) -> None:
        """Fill the measures from `layout` and choose it in the list."""
        self._filling = True
        index = self.preset.findData(layout.key)
        self.preset.setCurrentIndex(index if index >= 0 else self.preset.count() - 1)
        self.columns.setValue(layout.columns)
        self.rows.setValue(layout.rows)
        for key in MEASURES:
            self.measures[key].setValue(getattr(layout, key))
        self._filling = False
        self._show_plan()

    def _preset_chosen(self, index: int) -> None:
        if self._filling:
            return
        found = label_layouts.preset(self.preset.itemData(index))
        if found is not None:
            self.show_layout(found)
        else:
            self._show_plan()

    def _measured(self, *args) -> None:
        if self._filling:
            return
        self._filling = True
        self.preset.setCurrentIndex(self.preset.count() - 1)  # typed measures: a custom sheet
        self._filling = False
        self._show_plan()

    def layout_chosen(self) -> label_layouts.LabelLayout:
        """The sheet as chosen (a preset as is, else the typed measures); may raise
        ValidationError."""
        found = label_layouts.preset(self.preset.currentData())
        if found is not None:
            return found
        return label_layouts.custom(self.columns.value(), self.rows.value(),
                                    *(self.measures[key].value() for key in MEASURES))

    # --- counting
    def source(self) -> dict:
        """The customers to print: the page's query, or the selected ids."""
        if self.from_selection.isChecked() and self.selected:
            return {"ids": list(self.selected)}
        return {"query": self.query}

    def count(self) -> None:
        """Count labels and the customers without an address (in the background)."""
        self.plan = None
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Counting the labels…"))
        source = self.source()
        first = label_layouts.presets()[0]

        def done(plan: labels.LabelPlan) -> None:
            self.plan = plan
            self._show_plan()

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, Cancelled):
                self.summary.setStyleSheet(ERROR_STYLE)
                self.summary.setText(str(exc))

        self.task = run_task(self, self.tr("Counting the labels…"),
                             lambda progress: labels.plan(first, progress=progress, **source),
                             on_success=done, on_failure=failed)

    def _show_plan(self, *args) -> None:
        try:
            layout = self.layout_chosen()
        except ValidationError as exc:
            self.layout_error.setText(exc.message)
            self.layout_error.show()
            self._enable(False)
            return
        self.layout_error.hide()
        self.start_at.setMaximum(layout.per_sheet)
        row, column = divmod(self.start_at.value() - 1, layout.columns)
        self.start_hint.setText(self.tr("row %1, column %2 (counting along each row)")
                                .replace("%1", str(row + 1)).replace("%2", str(column + 1)))
        if self.plan is None:
            self._enable(False)
            return
        plan = self.plan
        sheets = layout.sheets_for(plan.labels, self.start_at.value())
        text = (self.tr("%1 labels on 1 sheet.") if sheets == 1 else
                self.tr("%1 labels on %2 sheets.")).replace("%1", f"{plan.labels:,}") \
            .replace("%2", f"{sheets:,}")
        if plan.skipped:
            names = ", ".join(plan.skipped_names[:30])
            if plan.skipped > 30:
                names += " …"
            text += "\n\n" + self.tr("%1 customers have no address and are left out: %2") \
                .replace("%1", f"{plan.skipped:,}").replace("%2", names)
        self.summary.setStyleSheet("")
        self.summary.setText(text)
        self._enable(plan.labels > 0)

    def sheets(self) -> int:
        """How many sheets printing would take now (0 while counting or when it cannot)."""
        try:
            layout = self.layout_chosen()
        except ValidationError:
            return 0
        return layout.sheets_for(self.plan.labels, self.start_at.value()) if self.plan else 0

    def _enable(self, on: bool) -> None:
        for button in (self.save_button, self.print_button):
            button.setEnabled(on)

    # --- writing
    def _remember(self, layout: label_layouts.LabelLayout) -> None:
        prefs.put(PREF_LAYOUT, label_layouts.as_text(layout))
        prefs.put(PREF_PHONE, "1" if self.phone.isChecked() else "0")
        prefs.put(PREF_OUTLINES, "1" if self.outlines.isChecked() else "0")

    def write(self, path: Path, then) -> None:
        """Write the labels to `path` in the background; `then(result)` when done."""
        try:
            layout = self.layout_chosen()
        except ValidationError as exc:
            self.layout_error.setText(exc.message)
            self.layout_error.show()
            return
        self._remember(layout)
        start, phone, outlines = self.start_at.value(), self.phone.isChecked(), \
            self.outlines.isChecked()
        source = self.source()
        self._enable(False)

        def done(result: labels.LabelSheets) -> None:
            self.result = result
            self._enable(True)
            then(result)

        def failed(exc: BaseException) -> None:
            self._enable(True)
            if not isinstance(exc, Cancelled):
                self.summary.setStyleSheet(ERROR_STYLE)
                self.summary.setText(self.tr("The labels could not be written: %1")
                                     .replace("%1", str(exc)))

        self.task = run_task(self, self.tr("Writing the labels…"),
                             lambda progress: labels.write_labels(
                                 path, layout, start_at=start, show_phone=phone,
                                 outlines=outlines, progress=progress, **source),
                             on_success=done, on_failure=failed)

    def print_labels(self) -> None:
        folder = Path(tempfile.mkdtemp(prefix="custbook-print-"))
        self.write(folder / "labels.pdf", self._preview)

    def _preview(self, result: labels.LabelSheets) -> None:
        self.preview = preview_pdf(self, result.path, self.tr("Address labels"), "labelsPreview")

    def save(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the labels"),
                                                  str(Path.home() / paper_file_name(
                                                      self.tr("Address labels"),
                                                      clock.today().isoformat())),
                                                  self.tr("PDF (*.pdf)"))
            if not path:
                return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self.write(Path(path), self._saved)

    def _saved(self, result: labels.LabelSheets) -> None:
        self.summary.setText(self.tr("%1 labels on %2 sheets saved to %3")
                             .replace("%1", f"{result.labels:,}")
                             .replace("%2", f"{result.pages:,}").replace("%3", str(result.path)))
