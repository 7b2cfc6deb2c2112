"""Recommendation letters: choose a topic or tag, check who gets a letter, write it, print.

Left, the customers the topic (or tag) finds, those who agreed to promotions checked,
the others greyed with the reason (`letter_recipients.RecipientsPane`); middle, the
template (subject and body with merge fields, "Insert field" menu); right, the letter
as the highlighted customer will get it, updated as you type (both in
`letter_template_pane`). This module joins the three panes and does what needs them
all: Print and Save write one PDF off the window's thread
(`custbook.paper.letters_pdf`); the letters are then noted in each customer's
contact log in one go (`custbook.letters.letters.record_letters`) — after saving, or once the
print preview's Print button was pressed. The rules live in `custbook.letters.letters` (who
gets a letter) and `custbook.letters.letter_templates` (what it says).

The panes' widgets stay reachable as the dialog's attributes (`dialog.table`,
`dialog.subject`, …) as they were before the split, so callers and tests need not
know which pane holds what.
"""
from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from custbook.letters import letter_templates, letters
from custbook.safety import audit
from custbook.errors import Cancelled, CustbookError, ValidationError
from custbook.letters.letters import Selection
from custbook.paper.letters_pdf import LettersPdf
from ui.letters.recipients import ERROR_STYLE, RecipientsPane
from ui.letters.template_pane import PreviewPane, TemplatePane
from ui.pdf_print import paper_file_name, preview_pdf
from ui.signals import BOOK, CUSTOMERS, bus
from ui.worker import run_task
from custbook import clock

translate = QCoreApplication.translate
MANY_LETTERS = 500  # ask before printing more than this many


def open_letters_dialog(window) -> LettersDialog:
    """Show the letters window (bringing it forward if it is open already)."""
    dialog = getattr(window, "letters_dialog", None)
    try:
        if dialog is not None and dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
            return dialog
    except RuntimeError:  # closed and deleted meanwhile
        pass
    page = getattr(window, "pages", {}).get("customers")
    today = page.today() if page is not None and hasattr(page, "today") else clock.today()
    dialog = LettersDialog(window, today)
    window.letters_dialog = dialog  # kept while shown
    dialog.show()
    return dialog


class LettersDialog(QDialog):
    """The letters window: the three panes side by side, then the options and buttons
    that print or save the letters for the customers checked."""

    def __init__(self, parent: QWidget | None, today: dt.date):
        super().__init__(parent)
        self.setObjectName("lettersDialog")
        self.setWindowTitle(self.tr("Recommendation letters"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(1000, 700)  # with its frame, inside a 1024×768 screen (maximise for more)
        self.today = today
        self.task = None
        self.preview = None
        self.written: LettersPdf | None = None

        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Tell customers about new products in what they care about: "
                               "choose a topic or a tag, check who gets a letter, and print one "
                               "personal letter each. Only customers who agreed to promotions "
                               "get one."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        self.people = RecipientsPane()
        self.editor = TemplatePane()
        self.letter_preview = PreviewPane()
        splitter.addWidget(self.people)
        splitter.addWidget(self.editor)
        splitter.addWidget(self.letter_preview)
        splitter.setSizes([460, 330, 390])
        layout.addWidget(splitter, 1)
        # The panes' widgets, where they were before the split.
        people, editor = self.people, self.editor
        self.by_topic, self.by_tag = people.by_topic, people.by_tag
        self.topic, self.tag, self.completer = people.topic, people.tag, people.completer
        self.summary, self.model, self.table = people.summary, people.model, people.table
        self.all_button, self.none_button = people.all_button, people.none_button
        self.template, self.subject, self.body = editor.template, editor.subject, editor.body
        self.error, self.insert_button = editor.error, editor.insert_button
        self.save_template_button = editor.save_template_button
        self.delete_template_button = editor.delete_template_button
        self.preview_label = self.letter_preview.preview_label
        self.preview_text = self.letter_preview.preview_text

        bottom = QHBoxLayout()
        options = QVBoxLayout()
        self.address_box = QCheckBox(self.tr("Print the name and address for a window envelope"))
        self.address_box.setObjectName("letterAddress")
        self.record_box = QCheckBox(self.tr("Record a letter in each customer's contact log"))
        self.record_box.setObjectName("letterRecord")
        self.record_box.setChecked(True)
        options.addWidget(self.address_box)
        options.addWidget(self.record_box)
        bottom.addLayout(options, 1)
        self.status = QLabel()
        self.status.setObjectName("letterStatus")
        self.status.setWordWrap(True)
        bottom.addWidget(self.status, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("letterSave")
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("letterPrint")
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.choose_file)
        self.print_button.clicked.connect(self.print_letters)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)

        self.match_timer = people.match_timer
        self.preview_timer = QTimer(self, singleShot=True, interval=150)
        self.preview_timer.timeout.connect(self.update_preview)
        people.listed.connect(self._listed)
        people.highlighted.connect(self.preview_timer.start)
        editor.edited.connect(self.preview_timer.start)
        editor.kept.connect(self._kept)
        editor.fill_templates()
        people.reload()
        bus().sig_data_changed.connect(self._data_changed)
        if parent is not None:
            parent.installEventFilter(self)  # the window closes: so does this

    @property
    def index(self) -> letters.InterestIndex | None:
        """The customers' interests, once read (None until then)."""
        return self.people.index

    @property
    def selection(self) -> Selection:
        """The customers found for the topic or tag chosen."""
        return self.people.selection

    def current_template(self) -> letter_templates.Template:
        """The template as it stands in the editor (edits included)."""
        return self.editor.current_template()

    def save_template_as(self, name: str) -> letter_templates.Template | None:
        return self.editor.save_template_as(name)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Hide \
                and not event.spontaneous():  # closed, not minimised
            self.close()
        return super().eventFilter(watched, event)

    def done(self, result: int) -> None:
        """Closing stops what is pending: nothing fires on a dialog that is going away."""
        self.match_timer.stop()
        self.preview_timer.stop()
        try:
            bus().sig_data_changed.disconnect(self._data_changed)
        except (RuntimeError, TypeError):
            pass
        super().done(result)

    def _data_changed(self, kinds) -> None:
        """Customers changed (or another book was opened): read their interests again."""
        if self.isVisible() and {CUSTOMERS, BOOK} & set(kinds):
            self.people.reload()

    def _listed(self) -> None:
        self.letter_preview.forget()
        self.preview_timer.start()

    def _kept(self, kept: letter_templates.Template) -> None:
        self.status.setText(self.tr("Template “%1” kept.").replace("%1", kept.name))

    # --- preview
    def update_preview(self) -> None:
        self.preview_timer.stop()
        if not self.isVisible():
            return  # closed meanwhile (the book may be closed too)
        current = self.editor.check()
        if current is None:
            return
        cid = self.people.previewed_id()
        candidate = self.people.candidate(cid) if cid is not None else None
        self.letter_preview.show_letter(current, cid, candidate, self._shop(), self.today)

    def _shop(self) -> letter_templates.Shop:
        return letter_templates.Shop.current(self.selection.topic, audit.current_staff())

    # --- print and save
    def _prepared(self) -> tuple[letter_templates.Template, list[int]] | None:
        current = self.current_template()
        try:
            letter_templates.check_template(current.subject, current.body)
        except ValidationError as exc:
            self.error.setText(exc.message)
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(exc.message)
            return None
        ids = self.model.chosen_ids()
        if not ids:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(self.tr("Check at least one customer to write to."))
            return None
        if len(ids) > MANY_LETTERS:
            answer = QMessageBox.question(
                self, self.tr("Many letters"),
                self.tr("That is %1 letters, one page each. Print them all?").replace(
                    "%1", str(len(ids))))
            if answer != QMessageBox.StandardButton.Yes:
                return None
        self.status.setStyleSheet("")
        return current, ids

    def write(self, path: Path, record: bool, then=None) -> None:
        """Write the letters to `path` in the background (recording them if `record`);
        `then(written)` runs when it is done."""
        prepared = self._prepared()
        if prepared is None:
            return
        template, ids = prepared
        shop, today = self._shop(), self.today
        address = self.address_box.isChecked()
        staff_id = audit.current_staff()
        self.status.setText(self.tr("Writing %1 letters…").replace("%1", str(len(ids))))
        self._busy(True)
        self.written_letters: list[letter_templates.Letter] = []

        def work(progress):
            found = letters.letters_for(ids, template, shop, today)
            self.written_letters = found
            return letters.print_and_record(path, found, record, staff_id, address, progress)

        def done(written: LettersPdf) -> None:
            self._busy(False)
            self.written = written
            if then is not None:
                then(written)

        def failed(exc: BaseException) -> None:
            self._busy(False)
            self.status.setStyleSheet(ERROR_STYLE)
            if isinstance(exc, Cancelled):
                self.status.setText(self.tr("Stopped: no letters were written or recorded."))
            else:
                self.status.setText(self.tr("The letters could not be written: %1").replace(
                    "%1", str(exc)))

        self.task = run_task(self, self.tr("Writing the letters…"), work,
                             on_success=done, on_failure=failed)

    def _busy(self, busy: bool) -> None:
        for button in (self.save_button, self.print_button):
            button.setEnabled(not busy)

    def choose_file(self) -> None:
        name = paper_file_name(self.tr("Letters"), self.selection.topic or "",
                               self.today.isoformat())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the letters"),
                                              str(Path.home() / name), self.tr("PDF (*.pdf)"))
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        record = self.record_box.isChecked()
        self.write(path, record, lambda written: self._saved(written, record))

    def _saved(self, written: LettersPdf, recorded: bool) -> None:
        text = self.tr("%1 letters on %2 pages saved to %3.").replace(
            "%1", str(written.letters)).replace("%2", str(written.pages)).replace(
            "%3", str(written.path))
        if recorded:
            text += " " + self.tr("Noted in each customer's contact log.")
        self.status.setText(text)

    def print_letters(self) -> None:
        """Write the letters to a temporary PDF, then open the print preview on it; they
        are noted in the contact log once Print is pressed there."""
        folder = Path(tempfile.mkdtemp(prefix="custbook-print-"))
        self.write(folder / "letters.pdf", False, self._preview)

    def _preview(self, written: LettersPdf) -> None:
        self.status.setText(self.tr("%1 letters on %2 pages.").replace(
            "%1", str(written.letters)).replace("%2", str(written.pages)))
        self.preview = preview_pdf(self, written.path, self.tr("Recommendation letters"),
                                   "lettersPrintPreview")
        if self.record_box.isChecked():
            printed = list(self.written_letters)
            self.preview.accepted.connect(lambda: self.record_printed(printed))

    def record_printed(self, printed: list[letter_templates.Letter]) -> None:
        """Note the printed letters in the contact log (once Print was pressed)."""
        try:
            count = letters.record_letters(
                [letter.customer_id for letter in printed],
                {letter.customer_id: letter.subject for letter in printed},
                audit.current_staff())
        except CustbookError as exc:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(self.tr("The letters were printed but not recorded: %1")
                                .replace("%1", str(exc)))
            return
        self.status.setText(self.tr("%1 letters printed and noted in the contact log.")
                            .replace("%1", str(count)))

