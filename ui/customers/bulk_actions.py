"""The bulk actions of the customer list: tag, untag, set the tier, trash and restore
several customers at once, and empty the trash.

Each action asks what to do (a small dialog that does not block), hands the work to
one core function — in the background when many customers are chosen — then tells
the owner what happened (with Undo for the trash) and lets every view refresh.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from custbook.customers import customer_labels, customers
from custbook.errors import CustbookError
from ui import format as fmt
from ui.customers import bulk
from ui.customers.widgets import ask, tell
from ui.window_commands import last_action
from ui.worker import run_task, wait_for

if TYPE_CHECKING:
    from ui.customers.page import CustomersPage


class BulkActions(QObject):
    """What the page's bulk-action buttons and menu entries do."""

    BACKGROUND_AT = 500  # more customers than this: the window does not wait for the work

    def __init__(self, page: CustomersPage):
        super().__init__(page)
        self.page = page
        self.task = None

    def run(self, label: str, work: Callable[[], int], size: int,
            done: Callable[[int], None]) -> None:
        """Do `work()` on `size` customers (in the background when many), then tell; the
        core operation itself lets every view refresh (ui/signals.py)."""
        def finished(count: int) -> None:
            done(count)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, CustbookError):
                tell(self.page, self.tr("Nothing was changed"), str(exc))
            else:
                raise exc

        if size > self.BACKGROUND_AT:
            self.task = run_task(self.page, label, lambda progress: work(), finished, failed)
            return
        try:  # a few customers: waited for, as the owner expects it done at once
            count = wait_for(self.page, label, work)
        except CustbookError as exc:
            failed(exc)
            return
        finished(count)

    def _open_choice(self, dialog: bulk.ChoiceDialog, on_chosen: Callable) -> None:
        dialog.sig_chosen.connect(on_chosen)
        self.page.current_dialog = dialog
        dialog.open()

    def add_tag_to_selection(self) -> None:
        ids = self.page.selected_ids()
        if not ids:
            return

        def chosen(tag_id, name: str) -> None:
            had = customer_labels.customers_with_tag(ids, name)
            newly = [cid for cid in ids if cid not in had]

            def done(n: int) -> None:
                self.page.message.show_message(
                    self.tr("Tag “%1” given to %2 customers.").replace("%1", name)
                    .replace("%2", fmt.number(n)))
                if newly:  # Edit › Undo takes it off those who did not have it before
                    last_action().offer(
                        self.tr("&Undo adding the tag “%1”").replace("%1", name),
                        lambda: customers.remove_tag(
                            newly, customer_labels.tag_named(name).id))

            self.run(self.tr("Adding the tag…"), lambda: customers.add_tag(ids, name),
                     len(ids), done)
        self._open_choice(bulk.add_tag_dialog(self.page, len(ids)), chosen)

    def remove_tag_from_selection(self) -> None:
        ids = self.page.selected_ids()
        if not ids:
            return

        def chosen(tag_id, name: str) -> None:
            had = sorted(customer_labels.customers_with_tag(ids, name))

            def done(n: int) -> None:
                self.page.message.show_message(
                    self.tr("Tag “%1” taken off %2 customers.").replace("%1", name)
                    .replace("%2", fmt.number(n)))
                if had:
                    last_action().offer(
                        self.tr("&Undo removing the tag “%1”").replace("%1", name),
                        lambda: customers.add_tag(had, name))

            self.run(self.tr("Removing the tag…"), lambda: customers.remove_tag(ids, tag_id),
                     len(ids), done)
        self._open_choice(bulk.remove_tag_dialog(self.page, len(ids)), chosen)

    def set_tier_of_selection(self) -> None:
        ids = self.page.selected_ids()
        if not ids:
            return

        def chosen(tier_id, name: str) -> None:
            self.run(self.tr("Setting the tier…"),
                           lambda: customers.set_tier(ids, tier_id or None),
                           len(ids), lambda n: self.page.message.show_message(
                               self.tr("%1 customers now have the tier “%2”.")
                               .replace("%1", fmt.number(n)).replace("%2", name)))
        self._open_choice(bulk.tier_dialog(self.page, len(ids)), chosen)

    def trash_selection(self) -> None:
        """Move the chosen customers to the trash, with an Undo right there."""
        ids = self.page.selected_ids()
        if not ids or self.page.in_trash:
            return
        def done(n: int) -> None:
            self.page.message.show_message(
                self.tr("%1 customers moved to the trash.").replace("%1", fmt.number(n)),
                [(self.tr("Undo"), lambda: self._undo_trash(ids))])
            last_action().offer(self.tr("&Undo moving %1 customers to the trash").replace(
                "%1", fmt.number(n)), lambda: customers.restore_from_trash(ids))

        self.run(self.tr("Moving to the trash…"), lambda: customers.move_to_trash(ids),
                 len(ids), done)

    def _undo_trash(self, ids: list[int]) -> None:
        self.run(self.tr("Restoring…"), lambda: customers.restore_from_trash(ids),
                       len(ids),
                       lambda n: self.page.message.show_message(
                           self.tr("%1 customers are back in the book.").replace(
                               "%1", fmt.number(n))))

    def restore_selection(self) -> None:
        ids = self.page.selected_ids()
        if ids and self.page.in_trash:
            self._undo_trash(ids)

    def empty_trash(self) -> None:
        """Erase everyone in the trash for good, after asking."""
        count = customers.trash_count()
        if not count:
            return
        answer = ask(self.page, self.tr("Empty the trash"), self.tr(
            "Erase the %1 customers in the trash for good, with all their purchases, contacts "
            "and complaints? This cannot be undone.").replace("%1", fmt.number(count)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel, QMessageBox.Icon.Warning, "emptyTrashBox",
            {QMessageBox.StandardButton.Yes: self.tr("Erase for good")})
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.run(self.tr("Emptying the trash…"), customers.empty_trash, count,
                       lambda n: self.page.message.show_message(
                           self.tr("%1 customers erased for good.").replace(
                               "%1", fmt.number(n))))
