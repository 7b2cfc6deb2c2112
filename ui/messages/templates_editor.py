"""Message templates: the built-ins (read-only, copied when edited) and the shop's own.

Used as Settings › Messages. Merge fields are checked as typed, and the SMS character
count of the template (before filling) is shown.
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from custbook.errors import ValidationError
from custbook.messages import message_templates as mt
from ui.customers.widgets import ErrorLabel
from ui.i18n import current_language


class TemplatesEditor(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("messageTemplatesEditor")
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.filter = QComboBox()
        self.filter.setObjectName("templateKindFilter")
        self.filter.addItem(self.tr("All occasions"), None)
        for code, name in mt.kind_names().items():
            self.filter.addItem(name, code)
        self.list = QListWidget()
        self.list.setObjectName("templateList")
        self.new_button = QPushButton(self.tr("New template"))
        left.addWidget(self.filter)
        left.addWidget(self.list, 1)
        left.addWidget(self.new_button)
        layout.addLayout(left, 2)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("templateName")
        self.kind = QComboBox()
        self.kind.setObjectName("templateKind")
        for code, name in mt.kind_names().items():
            self.kind.addItem(name, code)
        self.language = QComboBox()
        self.language.addItem("中文", "zh_CN")
        self.language.addItem("English", "en")
        self.promotional = QCheckBox(self.tr("Promotional: only to customers who agreed to "
                                             "promotions"))
        self.promotional.setObjectName("templatePromotional")
        self.text = QPlainTextEdit()
        self.text.setObjectName("templateBody")
        self.text.setMinimumHeight(120)
        self.insert_button = QPushButton(self.tr("Insert field"))
        menu = QMenu(self.insert_button)
        for key, label in mt.field_labels().items():
            menu.addAction(label).triggered.connect(
                lambda _=False, k=key: self.text.insertPlainText("{" + k + "}"))
        self.insert_button.setMenu(menu)
        self.count = QLabel()
        self.count.setObjectName("templateCount")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.error = ErrorLabel()
        self.error.setObjectName("templateError")
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("For"), self.kind)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.promotional)
        form.addRow(self.tr("Text"), self.text)
        row = QHBoxLayout()
        row.addWidget(self.insert_button)
        row.addWidget(self.count, 1)
        form.addRow("", row)
        form.addRow("", self.note)
        form.addRow("", self.error)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save template"))
        self.save_button.setObjectName("saveTemplateButton")
        self.delete_button = QPushButton(self.tr("Delete"))
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        layout.addLayout(form, 3)
        self.templates: list[mt.MessageTemplate] = []
        self.editing: mt.MessageTemplate | None = None
        self.filter.currentIndexChanged.connect(lambda: self.reload())
        self.list.currentRowChanged.connect(self._show)
        self.new_button.clicked.connect(self.new)
        self.text.textChanged.connect(self._check)
        self.kind.currentIndexChanged.connect(
            lambda: self.promotional.setChecked(self.kind.currentData() in mt.PROMOTIONAL_KINDS))
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.reload()
        if self.templates:
            self.list.setCurrentRow(0)

    def reload(self, select: str | None = None) -> None:
        language = "zh_CN" if current_language() == "zh_CN" else "en"
        self.templates = mt.templates(language, self.filter.currentData())
        self.list.blockSignals(True)
        self.list.clear()
        # the other language's built-ins come last, named as such ("Birthday wishes" in the
        # Chinese window read as an untranslated string)
        others = {"zh_CN": self.tr("%1 (Chinese)"), "en": self.tr("%1 (English)")}
        for t in self.templates:
            mark = "" if t.builtin else " ★"
            name = t.name if t.language == language else others[t.language].replace("%1", t.name)
            self.list.addItem(f"{name}{mark}")
        self.list.blockSignals(False)
        if select is not None:
            self.list.setCurrentRow(next((n for n, t in enumerate(self.templates)
                                          if t.key == select), 0))

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.templates):
            return
        t = self.templates[row]
        self.editing = t
        self.name.setText(t.name)
        self.kind.setCurrentIndex(self.kind.findData(t.kind))
        self.language.setCurrentIndex(self.language.findData(t.language))
        self.promotional.setChecked(t.promotional)
        self.text.setPlainText(t.text)
        self.delete_button.setEnabled(not t.builtin)
        self.note.setText(self.tr("A built-in template: saving a change keeps it as the "
                                  "shop's own.") if t.builtin else "")

    def new(self) -> None:
        self.editing = None
        self.list.clearSelection()
        self.name.clear()
        self.text.clear()
        self.note.setText("")
        self.delete_button.setEnabled(False)

    def _check(self) -> bool:
        chars, parts, per = mt.sms_parts(self.text.toPlainText())
        self.count.setText(self.tr("{chars} characters · {parts} SMS ({per} per SMS, before "
                                   "the fields are filled)").format(chars=chars, parts=parts,
                                                                    per=per))
        try:
            mt.check_text(self.text.toPlainText())
        except ValidationError as exc:
            self.error.setText(str(exc))
            return False
        self.error.setText("")
        return True

    def save(self) -> bool:
        try:
            saved = mt.save_template(self.name.text(), self.kind.currentData(),
                                     self.language.currentData(), self.text.toPlainText(),
                                     self.promotional.isChecked(),
                                     self.editing.key if self.editing else None)
        except ValidationError as exc:
            self.error.setText(str(exc))
            return False
        self.reload(saved.key)
        return True

    def delete(self) -> None:
        if self.editing is None or self.editing.builtin:
            return
        mt.delete_template(self.editing.key)
        self.reload()
        self.new()
