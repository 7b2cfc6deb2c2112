"""The shop's own fields: the card's "More fields" tab, and the dialog that defines them.

Values are saved with the tab's own Save (like purchases, at once, not with the
profile) through `custbook.customers.custom_fields`, which checks each value against
its type and names the field when one does not fit.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from custbook.customers import custom_fields as cf
from custbook.errors import ValidationError
from ui.customers.widgets import ErrorLabel


def _editor(f: cf.FieldDef) -> QWidget:
    if f.kind in ("bool", "choice"):
        combo = QComboBox()
        combo.addItem("", "")
        if f.kind == "bool":
            combo.addItem(cf.display("bool", "1"), "1")
            combo.addItem(cf.display("bool", "0"), "0")
        else:
            for choice in f.choices:
                combo.addItem(choice, choice)
        return combo
    edit = QLineEdit()
    if f.kind == "date":
        edit.setPlaceholderText("2026-11-22")
    elif f.kind == "number":
        edit.setPlaceholderText("0")
    return edit


def _value(widget: QWidget) -> str:
    return widget.currentData() if isinstance(widget, QComboBox) else widget.text()


def _set(widget: QWidget, stored: str) -> None:
    if isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(widget.findData(stored), 0))
    else:
        widget.setText(stored)


class FieldsPanel(QWidget):
    """One customer's values of the shop's own fields, grouped under their headings."""

    def __init__(self, customer_id: int):
        super().__init__()
        self.customer_id = customer_id
        layout = QVBoxLayout(self)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        layout.addWidget(self.scroll, 1)
        self.error = ErrorLabel()
        self.error.setObjectName("fieldsError")
        row = QHBoxLayout()
        self.setup_button = QPushButton(self.tr("Set up fields…"))
        self.setup_button.setObjectName("setUpFieldsButton")
        self.save_button = QPushButton(self.tr("Save fields"))
        self.save_button.setObjectName("saveFieldsButton")
        row.addWidget(self.setup_button)
        row.addWidget(self.error, 1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.setup_button.clicked.connect(self.set_up)
        self.save_button.clicked.connect(self.save)
        self.editors: dict[int, QWidget] = {}
        self.reload()

    def reload(self) -> None:
        body = QWidget()
        outer = QVBoxLayout(body)
        defs = cf.fields()
        stored = cf.values_of(self.customer_id)
        self.editors = {}
        groups: dict[str, QFormLayout] = {}
        for f in defs:
            if f.heading not in groups:
                box = QGroupBox(f.heading or self.tr("Other fields"))
                groups[f.heading] = QFormLayout(box)
                outer.addWidget(box)
            editor = _editor(f)
            editor.setObjectName(f"customField{f.id}")
            _set(editor, stored.get(f.id, ""))
            groups[f.heading].addRow(f.name, editor)
            self.editors[f.id] = editor
        if not defs:
            hint = QLabel(self.tr("The shop has no fields of its own yet. Use “Set up fields…” "
                                  "to add some (hair type, favourite tea, measurements …)."))
            hint.setWordWrap(True)
            outer.addWidget(hint)
        outer.addStretch(1)
        self.scroll.setWidget(body)
        self.save_button.setEnabled(bool(defs))
        self.error.setText("")

    def save(self) -> bool:
        try:
            cf.set_values(self.customer_id, {fid: _value(w) for fid, w in self.editors.items()})
        except ValidationError as exc:
            self.error.setText(str(exc))
            return False
        self.error.setText("")
        return True

    def set_up(self) -> QDialog:
        dialog = FieldsDialog(self)
        dialog.finished.connect(lambda _r: self.reload())
        dialog.open()
        return dialog


class FieldsEditor(QWidget):
    """Add, change and remove the shop's own fields (saved at once; Settings › Fields)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("customFieldsEditor")
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.list = QListWidget()
        self.list.setObjectName("customFieldList")
        left.addWidget(self.list, 1)
        self.new_button = QPushButton(self.tr("New field"))
        left.addWidget(self.new_button)
        layout.addLayout(left, 1)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("fieldName")
        self.kind = QComboBox()
        self.kind.setObjectName("fieldKind")
        for code, name in cf.kind_names().items():
            self.kind.addItem(name, code)
        self.choices = QPlainTextEdit()
        self.choices.setObjectName("fieldChoices")
        self.choices.setPlaceholderText(self.tr("One choice per line"))
        self.choices.setMaximumHeight(110)
        self.heading = QLineEdit()
        self.heading.setPlaceholderText(self.tr("e.g. Measurements"))
        self.in_list = QCheckBox(self.tr("Show as a column of the customer list"))
        self.error = ErrorLabel()
        self.error.setObjectName("fieldError")
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Type"), self.kind)
        form.addRow(self.tr("Choices"), self.choices)
        form.addRow(self.tr("Heading on the card"), self.heading)
        form.addRow("", self.in_list)
        form.addRow("", self.error)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save field"))
        self.save_button.setObjectName("saveFieldButton")
        self.delete_button = QPushButton(self.tr("Delete field"))
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        right = QVBoxLayout()  # the form keeps its rows together at the top
        right.addLayout(form)
        right.addStretch(1)
        layout.addLayout(right, 2)
        self.defs: list[cf.FieldDef] = []
        self.editing: int | None = None
        self.list.currentRowChanged.connect(self._show)
        self.new_button.clicked.connect(self.new)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.kind.currentIndexChanged.connect(
            lambda: self.choices.setEnabled(self.kind.currentData() == "choice"))
        self.reload()
        self.new()

    def reload(self, select: int | None = None) -> None:
        self.defs = cf.fields()
        self.list.blockSignals(True)
        self.list.clear()
        names = cf.kind_names()
        for f in self.defs:
            # "发质（列表选择）": the brackets are the language's own (full-width in Chinese)
            self.list.addItem(self.tr("%1 (%2)").replace("%1", f.name).replace("%2", names[f.kind]))
        self.list.blockSignals(False)
        if select is not None:
            self.list.setCurrentRow(next((n for n, f in enumerate(self.defs) if f.id == select),
                                         -1))

    def new(self) -> None:
        self.editing = None
        self.list.clearSelection()
        self.name.clear()
        self.kind.setCurrentIndex(0)
        self.choices.clear()
        self.choices.setEnabled(False)
        self.heading.clear()
        self.in_list.setChecked(False)
        self.error.setText("")
        self.delete_button.setEnabled(False)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.defs):
            return
        f = self.defs[row]
        self.editing = f.id
        self.name.setText(f.name)
        self.kind.setCurrentIndex(self.kind.findData(f.kind))
        self.choices.setPlainText("\n".join(f.choices))
        self.choices.setEnabled(f.kind == "choice")
        self.heading.setText(f.heading)
        self.in_list.setChecked(f.in_list)
        self.error.setText("")
        self.delete_button.setEnabled(True)

    def save(self) -> bool:
        try:
            saved = cf.save_field({"name": self.name.text(), "kind": self.kind.currentData(),
                                   "choices": self.choices.toPlainText(),
                                   "heading": self.heading.text(),
                                   "in_list": self.in_list.isChecked()}, self.editing)
        except ValidationError as exc:
            self.error.setText(str(exc))
            return False
        self.reload(saved.id)
        return True

    def delete(self) -> None:
        if self.editing is None:
            return
        cf.delete_field(self.editing)
        self.reload()
        self.new()


class FieldsDialog(QDialog):
    """The fields editor in a window of its own (from the card's More fields tab)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("customFieldsDialog")
        self.setWindowTitle(self.tr("The shop's own fields"))
        self.resize(720, 440)
        layout = QVBoxLayout(self)
        self.editor = FieldsEditor(self)
        layout.addWidget(self.editor, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout.addLayout(row)

    def __getattr__(self, name):  # the editor's fields and buttons, as if they were ours
        if name == "editor":
            raise AttributeError(name)
        return getattr(self.editor, name)


class CustomFieldFilter(QWidget):
    """The customer list's filter on one of the shop's own fields (hidden while there are none)."""

    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("customFieldFilter")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.field = QComboBox()
        self.field.setObjectName("customFilterField")
        self.op = QComboBox()
        self.op.setObjectName("customFilterOp")
        self.value = QLineEdit()
        self.value.setObjectName("customFilterValue")
        self.value.setMaximumWidth(120)
        for widget in (self.field, self.op, self.value):
            row.addWidget(widget)
        self.defs: dict[int, cf.FieldDef] = {}
        self.field.currentIndexChanged.connect(self._field_chosen)
        self.op.currentIndexChanged.connect(self._changed)
        self.value.editingFinished.connect(self._changed)
        self.reload()

    def _ops(self, kind: str) -> list[tuple[str, str]]:
        ops = [("set", self.tr("is filled in")), ("empty", self.tr("is empty"))]
        if kind in ("text", "choice"):
            ops[:0] = [("is", self.tr("is")), ("contains", self.tr("contains"))]
        elif kind in ("number", "date"):
            ops[:0] = [("is", self.tr("is")), ("at_least", self.tr("at least")),
                       ("at_most", self.tr("at most"))]
        else:
            ops[:0] = [("is", self.tr("is"))]
        return ops

    def reload(self) -> None:
        chosen = self.field.currentData()
        self.defs = {f.id: f for f in cf.fields()}
        self.field.blockSignals(True)
        self.field.clear()
        self.field.addItem(self.tr("Any own field"), None)
        for f in self.defs.values():
            self.field.addItem(f.name, f.id)
        self.field.setCurrentIndex(max(self.field.findData(chosen), 0))
        self.field.blockSignals(False)
        self.setVisible(bool(self.defs))
        self._field_chosen(emit=False)

    def _field_chosen(self, *_args, emit: bool = True) -> None:
        f = self.defs.get(self.field.currentData())
        self.op.blockSignals(True)
        self.op.clear()
        for code, name in self._ops(f.kind if f else "text"):
            self.op.addItem(name, code)
        self.op.blockSignals(False)
        self.op.setEnabled(f is not None)
        self.value.setEnabled(f is not None)
        if f is not None and f.kind == "bool":
            self.value.setPlaceholderText(self.tr("yes / no"))
        elif f is not None and f.kind == "date":
            self.value.setPlaceholderText("2026-11-22")
        else:
            self.value.setPlaceholderText("")
        if emit:
            self._changed()

    def _changed(self, *_args) -> None:
        self.value.setVisible(self.op.currentData() not in ("set", "empty"))
        self.sig_changed.emit()

    def clear(self) -> None:
        self.field.setCurrentIndex(0)
        self.value.clear()

    def conditions(self) -> tuple[tuple[int, str, str], ...]:
        """The filter as CustomerQuery.custom; () when none, or while the value does not fit."""
        f = self.defs.get(self.field.currentData())
        if f is None:
            return ()
        op, text = self.op.currentData(), self.value.text().strip()
        if op not in ("set", "empty"):
            if not text:
                return ()
            try:
                cf.parse(f.kind, text, f.choices, f.name)
            except ValidationError as exc:
                self.value.setToolTip(str(exc))
                return ()
        self.value.setToolTip("")
        return ((f.id, op, text),)
