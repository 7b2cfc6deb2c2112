"""The card's accountability and privacy parts: the history of changes, export and erase.

The history tab is read-only: it shows the audit trail (custbook.safety.audit) newest first.
"Export everything…" writes the JSON and the PDF into a folder the owner picks;
"Erase for privacy…" asks the owner to type the customer's name before it forgets
them, because it cannot be undone (not even from the trash).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from custbook import db
from custbook.membership import accounts, ledger
from custbook.safety import audit, privacy
from custbook.errors import CustbookError
from ui.customers.fields import field_labels
from ui.customers.widgets import tell
from ui.safety.guard import second_folder
from ui.worker import run_and_wait, wait_for


class AuditPanel(QWidget):
    """The card's "History of changes" tab: who changed what, from what to what, when."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("auditTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("Staff"), self.tr("What"), self.tr("Field"),
            self.tr("From"), self.tr("To")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # Room for a typical value in each column even before there is any row (a fresh
        # card's empty table squashed them to their titles); From and To share the rest.
        metrics = self.table.fontMetrics()
        for column, sample in enumerate(("2026-11-22 18:00", "欧阳明月", "Changed", "Phones")):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 24)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("No changes recorded yet."))
        self.empty.setObjectName("auditEmpty")
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)

    def reload(self, customer_id: int) -> None:
        """Show this customer's history of changes, newest first."""
        rows = audit.history(customer_id)
        words, labels = audit.action_words(), field_labels()
        labels.setdefault("tier", self.tr("Tier"))
        labels.setdefault("referred_by", self.tr("Referred by"))
        labels.setdefault("member_number", self.tr("Member card number"))
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            field, old, new = labels.get(row.field, row.field), row.old_value, row.new_value
            if row.action == "ledger":
                field, old, new = _ledger_cells(row.field, old, new)
            cells = (row.at.strftime("%Y-%m-%d %H:%M"), row.staff or "—", words.get(row.action, row.action),
                     field, old, new)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(index, column, item)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))  # an empty table says nothing: the sentence does
        for column in range(4):  # wide enough for what is there, never narrower than before
            wanted = self.table.sizeHintForColumn(column) + 12
            self.table.setColumnWidth(column, max(self.table.columnWidth(column), wanted))


def _ledger_cells(field: str, old: str, new: str) -> tuple[str, str, str]:
    """A card-ledger entry in the shop's words: "kind[:card name]:action" and balances
    (stored value in cents) become "Stored value · Top-up" and ¥1,100.00."""
    kind, _, rest = field.partition(":")
    name, _, action = rest.rpartition(":")
    kinds, actions = ledger.kind_words(), ledger.action_words()
    if kind not in kinds or action not in actions:
        return field, old, new
    what = kinds[kind] if not name else QCoreApplication.translate(
        "AuditPanel", "%1: %2").replace("%1", kinds[kind]).replace("%2", name)

    def amount(text: str) -> str:
        try:
            return accounts.format_amount(kind, int(text))
        except (TypeError, ValueError):
            return text

    return f"{what} · {actions[action]}", amount(old), amount(new)


def export_everything(parent: QWidget, customer_id: int, folder: str | None = None
                      ) -> tuple[Path, Path] | None:
    """Ask for a folder (unless given) and write the customer's JSON and PDF into it."""
    if folder is None:
        folder = QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("CardPrivacy", "Export everything about this customer into…"), str(Path.home()))
        if not folder:
            return None
    try:
        paths = wait_for(parent, QCoreApplication.translate("CardPrivacy", "Writing the export…"),
                         lambda: privacy.write_export(customer_id, folder))
    except CustbookError as exc:
        tell(parent, QCoreApplication.translate("CardPrivacy", "Export"), str(exc), name="exportErrorBox")
        return None
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("CardPrivacy", "Export"),
                      QCoreApplication.translate("CardPrivacy", "Saved:\n%1\n%2").replace("%1", str(paths[0])).replace(
                          "%2", str(paths[1])), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("exportDoneBox")
    box.open()
    return paths


class EraseDialog(QDialog):
    """Asks the owner to type the customer's name before erasing them for good."""

    def __init__(self, parent: QWidget | None, name: str) -> None:
        super().__init__(parent)
        self.setObjectName("eraseDialog")
        self.setWindowTitle(self.tr("Erase for privacy"))
        self.name = name.strip()
        layout = QVBoxLayout(self)
        text = QLabel(self.tr(
            "Erase %1 completely? The card, phones, tags, photo, contact log, reminders "
            "and history of changes are deleted for good; this cannot be undone, not even "
            "from the trash. Purchases, complaints and satisfaction ratings stay in the "
            "shop's figures without a name or any notes.").replace("%1", self.name))
        text.setWordWrap(True)
        layout.addWidget(text)
        backups = QLabel(self.tr(
            "Backups made before today still hold %1. They rotate out by themselves (the "
            "last monthly one after about a year); backups you copied elsewhere (a USB "
            "stick) must be deleted there.").replace("%1", self.name))
        backups.setObjectName("eraseBackupsNote")
        backups.setWordWrap(True)
        layout.addWidget(backups)
        self.from_backups = QCheckBox(self.tr(
            "Also erase %1 from the backups now (every backup in the backup folders is "
            "rewritten without them)").replace("%1", self.name))
        self.from_backups.setObjectName("eraseFromBackups")
        layout.addWidget(self.from_backups)
        layout.addWidget(QLabel(self.tr("Type the customer's name to confirm:")))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("eraseNameEdit")
        self.name_edit.setPlaceholderText(self.name)
        layout.addWidget(self.name_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.buttons.addButton(self.tr("Erase for good"),
                                                   QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._typed)

    def _typed(self, text: str) -> None:
        self.erase_button.setEnabled(bool(self.name) and " ".join(text.split()) == self.name)

    def accept(self) -> None:
        if self.erase_button.isEnabled():
            super().accept()


def erase_for_privacy(parent: QWidget, customer_id: int, name: str) -> bool:
    """Confirm by typed name, then erase; returns whether the customer was erased."""
    dialog = EraseDialog(parent, name)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    if dialog.from_backups.isChecked():
        return _erase_with_backups(parent, customer_id, dialog.windowTitle())
    try:
        privacy.erase_customer(customer_id)
    except CustbookError as exc:
        tell(parent, dialog.windowTitle(), str(exc), name="eraseErrorBox")
        return False
    return True


def _erase_with_backups(parent: QWidget, customer_id: int, title: str) -> bool:
    """Erase on the runner (every backup is rewritten); name the backups it could not do."""
    book, usb = db.book_location(), second_folder() or None
    result, exc = run_and_wait(parent, QCoreApplication.translate(
        "CardPrivacy", "Erasing, and rewriting the backups without them…"),
        lambda progress: privacy.erase_customer_and_backups(customer_id, book, usb,
                                                            progress=progress))
    if isinstance(exc, CustbookError):
        tell(parent, title, str(exc), name="eraseErrorBox")
        return False
    if exc is not None:
        raise exc
    problem = result.problem()
    if problem:
        tell(parent, title, problem, name="eraseBackupsProblemBox")
    return True
