"""What the recommendation letter says: the template editor and the live preview.

`TemplatePane` (the middle of the letters window) chooses a template, edits its subject
and body with merge fields ("Insert field" puts one where the cursor was), and keeps or
deletes the shop's own templates. `PreviewPane` (the right) shows the letter as one
customer will get it, rich text in the same words and order as the PDF (`letter_html`).
They live apart from `letters_dialog` so the writing of the letter can be read without
the finding of customers and the printing; the dialog joins them (it hears `edited` to
refresh the preview, `kept` to say a template was kept). The rules for templates and
merge fields are in `custbook.letters.letter_templates`.

Their words keep the "LettersDialog" translation context they had when they were written
inside the dialog (`translate("LettersDialog", …)`), so no translation is lost.
"""
from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from custbook.letters import letter_templates, letters
from custbook.errors import CustbookError, ValidationError
from custbook.letters.letters import Candidate
from ui.letters.recipients import ERROR_STYLE
from ui.i18n import current_language

translate = QCoreApplication.translate


class TemplatePane(QWidget):
    """The template chosen, its subject and body as edited, and the shop's own templates."""

    edited = Signal()
    """Another template was chosen or the subject or body changed."""
    kept = Signal(object)
    """kept(template): the edited letter was kept as a template."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._template_key = ""
        self._loading_template = False
        self._templates: dict[str, letter_templates.Template] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("LettersDialog", "Template")))
        self.template = QComboBox()
        self.template.setObjectName("letterTemplate")
        row.addWidget(self.template, 1)
        layout.addLayout(row)
        row = QHBoxLayout()
        self.save_template_button = QPushButton(translate("LettersDialog", "Keep as template…"))
        self.save_template_button.setObjectName("letterKeepTemplate")
        self.delete_template_button = QPushButton(translate("LettersDialog", "Delete template"))
        self.delete_template_button.setObjectName("letterDeleteTemplate")
        self.insert_button = QPushButton(translate("LettersDialog", "Insert field"))
        self.insert_button.setObjectName("insertField")
        menu = QMenu(self.insert_button)
        for key, label in letter_templates.field_labels().items():
            action = menu.addAction(f"{label}   {{{key}}}")
            action.setObjectName(f"insertField_{key}")
            action.triggered.connect(lambda checked=False, k=key: self.insert_field(k))
        self.insert_button.setMenu(menu)
        row.addWidget(self.insert_button)
        row.addStretch(1)
        row.addWidget(self.save_template_button)
        row.addWidget(self.delete_template_button)
        layout.addLayout(row)
        layout.addWidget(QLabel(translate("LettersDialog", "Subject")))
        self.subject = QLineEdit()
        self.subject.setObjectName("letterSubject")
        layout.addWidget(self.subject)
        layout.addWidget(QLabel(translate("LettersDialog",
                                          "Letter (a blank line starts a new paragraph)")))
        self.body = QPlainTextEdit()
        self.body.setObjectName("letterBody")
        layout.addWidget(self.body, 1)
        self.error = QLabel()
        self.error.setObjectName("letterError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self._last_edit = self.body
        self.subject.installEventFilter(self)
        self.body.installEventFilter(self)
        self.template.currentIndexChanged.connect(self._template_chosen)
        self.subject.textChanged.connect(self._text_changed)
        self.body.textChanged.connect(self._text_changed)
        self.save_template_button.clicked.connect(self.keep_template)
        self.delete_template_button.clicked.connect(self.delete_template)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FocusIn and watched in (self.subject, self.body):
            self._last_edit = watched  # where "Insert field" puts the field
        return super().eventFilter(watched, event)

    def fill_templates(self, key: str | None = None) -> None:
        """List the templates in the window's language, choosing `key` (else the first)."""
        self._loading_template = True
        self.template.clear()
        language = current_language()
        names = {"zh_CN": translate("LettersDialog", "Chinese"),
                 "en": translate("LettersDialog", "English")}
        self._templates = {t.key: t for t in letter_templates.templates(language)}
        for t in self._templates.values():
            self.template.addItem(f"{t.name} · {names.get(t.language, t.language)}", t.key)
        self._loading_template = False
        found = self.template.findData(key) if key else 0
        self.template.setCurrentIndex(max(found, 0))
        self._template_chosen()

    def current_template(self) -> letter_templates.Template:
        """The template as it stands in the editor (edits included)."""
        chosen = self._templates.get(self.template.currentData() or "") or letter_templates.BUILT_IN[0]
        return letter_templates.Template(chosen.key, chosen.name, chosen.language,
                                self.subject.text(), self.body.toPlainText())

    def check(self) -> letter_templates.Template | None:
        """The edited template if its merge fields are all known, else None (and why is
        shown under the editor)."""
        current = self.current_template()
        try:
            letter_templates.check_template(current.subject, current.body)
        except ValidationError as exc:
            self.error.setText(exc.message)
            return None
        self.error.setText("")
        return current

    def _template_chosen(self, *args) -> None:
        if self._loading_template:
            return
        chosen = self._templates.get(self.template.currentData() or "")
        if chosen is None:
            return
        self._template_key = chosen.key
        self.subject.blockSignals(True)
        self.body.blockSignals(True)
        self.subject.setText(chosen.subject)
        self.body.setPlainText(chosen.body)
        self.subject.blockSignals(False)
        self.body.blockSignals(False)
        self.delete_template_button.setEnabled(not chosen.builtin)
        self._text_changed()

    def _text_changed(self) -> None:
        self.edited.emit()

    def insert_field(self, key: str) -> None:
        """Put {key} where the cursor is (in the subject if that was being edited)."""
        text = "{" + key + "}"
        if self._last_edit is self.subject:
            self.subject.insert(text)
            self.subject.setFocus()
        else:
            self.body.insertPlainText(text)
            self.body.setFocus()

    def keep_template(self) -> None:
        current = self.current_template()
        suggested = current.name if not current.builtin else \
            translate("LettersDialog", "%1 (ours)").replace("%1", current.name)
        name, ok = QInputDialog.getText(self.window(),
                                        translate("LettersDialog", "Keep as template"),
                                        translate("LettersDialog", "Name of the template"),
                                        text=suggested)
        if ok:
            self.save_template_as(name)

    def save_template_as(self, name: str) -> letter_templates.Template | None:
        current = self.current_template()
        key = current.key if not current.builtin and name.strip() == current.name else None
        try:
            kept = letter_templates.save_template(name, current.language, current.subject,
                                         current.body, key)
        except ValidationError as exc:
            self.error.setText(exc.message)
            return None
        self.fill_templates(kept.key)
        self.kept.emit(kept)
        return kept

    def delete_template(self) -> None:
        current = self.current_template()
        if current.builtin:
            return
        answer = QMessageBox.question(
            self.window(), translate("LettersDialog", "Delete template"),
            translate("LettersDialog", "Delete the template “%1”?").replace("%1", current.name))
        if answer == QMessageBox.StandardButton.Yes:
            letter_templates.delete_template(current.key)
            self.fill_templates()


class PreviewPane(QWidget):
    """The letter as one customer will get it. Each customer's merge fields are read once
    and kept until `forget` (a new list of customers)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._recipients: dict[int, letter_templates.Recipient] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.preview_label = QLabel()
        self.preview_label.setObjectName("letterPreviewFor")
        layout.addWidget(self.preview_label)
        self.preview_text = QTextBrowser()
        self.preview_text.setObjectName("letterPreview")
        self.preview_text.setStyleSheet("QTextBrowser { background: white; color: #1f2a30; }")
        layout.addWidget(self.preview_text, 1)

    def forget(self) -> None:
        self._recipients.clear()

    def show_letter(self, template: letter_templates.Template, customer_id: int | None,
                    candidate: Candidate | None, shop: letter_templates.Shop, today: dt.date) -> None:
        """Show `template` filled in for `customer_id` (a sample customer if None);
        `candidate` is that customer's row in the list, to say why they are left out."""
        if customer_id is None:
            self.preview_label.setText(translate("LettersDialog",
                                                 "Preview (no customer chosen yet)"))
            person = letter_templates.Recipient(0, translate("LettersDialog", "Customer's name"),
                                       "", "", "", None, None, ())
        else:
            if customer_id not in self._recipients:
                try:
                    self._recipients.update(letters.recipients([customer_id]))
                except CustbookError:
                    return
            person = self._recipients.get(customer_id)
            if person is None:
                return
            note = translate("LettersDialog", "Preview for %1").replace("%1", person.name)
            if candidate is not None and not candidate.eligible:
                note += " — " + translate("LettersDialog", "left out: %1").replace(
                    "%1", candidate.reason)
            self.preview_label.setText(note)
        letter = letter_templates.render(template, person, shop, today)
        self.preview_text.setHtml(letter_html(letter, shop.name, today))


def letter_html(letter: letter_templates.Letter, shop_name: str, today: dt.date) -> str:
    """The letter as rich text for the preview (the same words and order as the PDF)."""
    chinese = letter.language == "zh_CN"
    date = letter_templates.format_date(today, letter.language)

    def para(text: str, indent: bool) -> str:
        body = escape(text).replace("\n", "<br>")
        style = "text-indent: 22px;" if indent else ""
        return f'<p style="margin-bottom: 8px; {style}">{body}</p>'

    out = []
    if shop_name:
        out.append(f'<p style="color: #2f6f8f; font-size: 15pt;">{escape(shop_name)}</p><hr>')
    if not chinese:
        out.append(f'<p align="right">{escape(date)}</p>')
    if letter.subject:
        align = "center" if chinese else "left"
        out.append(f'<p align="{align}" style="color: #2f6f8f; font-size: 12.5pt;">'
                   f"{escape(letter.subject)}</p>")
    for number, text in enumerate(letter.paragraphs()):
        out.append(para(text, chinese and number > 0))
    sign = [letter.staff_name] + ([shop_name] if shop_name and shop_name != letter.staff_name
                                   else [])
    if chinese:
        sign.append(date)
    align = "right" if chinese else "left"
    out.append(f'<p align="{align}"><br>' + "<br>".join(escape(s) for s in sign) + "</p>")
    return "".join(out)
