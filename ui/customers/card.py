"""The customer card: one window with everything about one customer.

Tabs: the basic profile, the personal profile, purchases, the contact log, the
membership card, satisfaction; then two tabs of less used parts (family, the shop's
own fields, files; the timeline, the figures, the history of changes). The two
profile tabs are edited and saved together (Save, Ctrl+S); purchases and contacts
are saved as they are entered.

What the card promises the user:
- a refused field shows its reason right under it (the tab switches to it) and
  nothing typed is lost;
- leaving a phone field warns at once if the customer seems to exist already, with a
  button to open that card;
- closing with unsaved changes asks (Save / Discard / Cancel);
- if the card was changed elsewhere meanwhile (another PC), saving shows every field
  that differs — the user's value and the one saved meanwhile — and the user chooses
  per field or all at once (ui/shared_book/conflict_dialog.py); nothing is overwritten
  unseen.
"""
from __future__ import annotations

import datetime as dt
import html
from typing import Any

from peewee import DoesNotExist
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from custbook.customers import customer_figures, customers
from custbook.errors import ConflictError, CustbookError, ValidationError
from custbook.shop import words as shop_words
from ui import format as fmt
from ui.customers.card_actions import QuickActions
from ui.customers import card_duplicates, tier_badge
from ui.customers.card_family import FamilyPanel
from ui.customers.card_fields import FieldsPanel
from ui.customers.card_files import FilesPanel
from ui.customers.card_figures import FiguresPanel, TimelinePanel
from ui.customers.card_history import ContactsPanel, PurchasesPanel
from ui.customers.card_satisfaction import SatisfactionPanel, add_purchase_actions
from ui.customers.card_sections import CardSections
from ui.membership.tab import MembershipPanel
from ui.customers.card_privacy import AuditPanel, erase_for_privacy, export_everything
from ui.customers.card_profile import ProfileForm
from ui.customers.card_widgets import PhotoBox
from ui.paper.actions import add_sheet_actions
from ui.customers.fields import field_labels
from ui.customers.widgets import Banner, RememberedDialog, ask
from ui.messages.message_dialog import MessageDialog
from ui.signals import CUSTOMERS, bus
from custbook import clock

_open_cards: dict[int, CustomerCardDialog] = {}
Button = QMessageBox.StandardButton


def open_card(parent: QWidget | None, customer_id: int | None, today: dt.date | None = None,
              prefill: dict[str, str] | None = None) -> CustomerCardDialog:
    """Show a customer's card (bringing it forward if it is open already), or a new one."""
    card = _open_cards.get(customer_id) if customer_id is not None else None
    if card is None:
        card = CustomerCardDialog(parent, customer_id, today or clock.today(), prefill)
    card.show()
    card.raise_()
    card.activateWindow()
    return card


def open_cards() -> list[CustomerCardDialog]:
    return list(_open_cards.values())


class CustomerCardDialog(RememberedDialog):
    DEFAULT_SIZE = QSize(980, 680)

    sig_saved = Signal(int)
    """sig_saved(customer_id): the profile was saved."""

    def __init__(self, parent: QWidget | None, customer_id: int | None, today: dt.date,
                 prefill: dict[str, str] | None = None):
        super().__init__(parent, "customerCard")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.customer_id = customer_id
        self.today = today
        self.version: int | None = None
        self.in_trash = False
        self._loaded: tuple | None = None
        self._loaded_fields: dict[str, Any] = {}
        self._loaded_lists: tuple[list[str], list[str]] = ([], [])
        self._duplicate_key: tuple | None = None
        self._closed = False
        self.purchases_panel: PurchasesPanel | None = None
        self.contacts_panel: ContactsPanel | None = None
        self.satisfaction_panel: SatisfactionPanel | None = None
        self.membership_panel: MembershipPanel | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        self.duplicate_banner = Banner("warning")
        self.duplicate_banner.setObjectName("duplicateBanner")
        self.trash_banner = Banner("warning")
        self.trash_banner.setObjectName("cardTrashBanner")
        self.error_banner = Banner("error")
        self.error_banner.setObjectName("errorBanner")
        for banner in (self.duplicate_banner, self.trash_banner, self.error_banner):
            layout.addWidget(banner)
        self.form = ProfileForm(today, self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("cardTabs")
        self.tabs.addTab(self.form.basic_tab, self.tr("Profile"))
        self.tabs.addTab(self.form.personal_tab, self.tr("Personal profile"))
        self.purchases_tab, self.contacts_tab = QWidget(), QWidget()
        self.satisfaction_tab, self.membership_tab = QWidget(), QWidget()  # 会员卡: ui/membership
        # made once the card is saved: card_family, card_fields (the shop's own), card_files
        self.family_tab, self.fields_tab, self.files_tab = QWidget(), QWidget(), QWidget()
        self.family_panel = self.fields_panel = self.files_panel = None
        for tab in (self.purchases_tab, self.contacts_tab, self.satisfaction_tab,
                    self.membership_tab, self.family_tab, self.fields_tab, self.files_tab):
            QVBoxLayout(tab).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.purchases_tab, self.tr("Purchase history"))
        self.tabs.addTab(self.contacts_tab, self.tr("Contact log"))
        self.tabs.addTab(self.membership_tab, self.tr("Membership card"))
        self.tabs.addTab(self.satisfaction_tab, self.tr("Satisfaction"))
        # The less used parts share two tabs, so the tab bar fits at 1024×768 (card_sections)
        self.details = CardSections("cardDetails")
        self.details.add(self.family_tab, self.tr("Family"), "family")
        self.details.add(self.fields_tab, self.tr("Fields"), "fields")
        self.details.add(self.files_tab, self.tr("Files"), "files")
        self.tabs.addTab(self.details, self.tr("More details"))
        self.timeline, self.figures_panel = TimelinePanel(), FiguresPanel()
        self.audit_panel = AuditPanel()
        self.audit_panel.setObjectName("auditPanel")
        self.records = CardSections("cardRecords")
        self.records.add(self.timeline, self.tr("Timeline"), "timeline")
        self.records.add(self.figures_panel, self.tr("Figures"), "figures")
        self.records.add(self.audit_panel, self.tr("History of changes"), "audit")
        self.tabs.addTab(self.records, self.tr("Timeline and figures"))
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self._build_buttons())
        self.form.sig_changed.connect(self._changed)
        self.photo.sig_changed.connect(self._changed)
        self.form.name_edit.textChanged.connect(self.photo.set_name)
        self.form.name_edit.editingFinished.connect(self.check_duplicates)
        self.form.phones.sig_left.connect(self.check_duplicates)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        bus().sig_data_changed.connect(self._data_changed)
        self.load()
        if prefill:
            if prefill.get("name"):
                self.form.name_edit.setText(prefill["name"])
            if prefill.get("phone"):
                self.form.phones.edits()[0].setText(prefill["phone"])
            self._changed()
        self.form.name_edit.setFocus()

    # --- building
    def _build_header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        self.photo = PhotoBox()
        header.addWidget(self.photo)
        text = QVBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("cardTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("cardSubtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setTextFormat(Qt.TextFormat.RichText)  # the tier's colour badge
        text.addStretch(1)
        text.addWidget(self.title)
        text.addWidget(self.subtitle)
        self.quick = QuickActions(self)  # log a call, a purchase, a reminder… and what is open
        text.addWidget(self.quick)
        text.addStretch(1)
        header.addLayout(text, 1)
        return header

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.trash_button = QPushButton(self.tr("Move to trash…"))
        self.trash_button.setObjectName("cardTrashButton")
        self.trash_button.clicked.connect(self.move_to_trash)
        row.addWidget(self.trash_button)
        self.more_button = QPushButton(self.tr("More"))
        self.more_button.setObjectName("cardMoreButton")
        more = QMenu(self.more_button)
        self.export_action = more.addAction(self.tr("Export everything about this customer…"))
        self.export_action.triggered.connect(self.export_everything)
        self.erase_action = more.addAction(self.tr("Erase for privacy…"))
        self.erase_action.triggered.connect(self.erase_for_privacy)
        self.message_action = more.addAction(self.tr("Message…"))
        self.message_action.triggered.connect(self.message)
        self.more_button.setMenu(more)
        row.addWidget(self.more_button)
        add_sheet_actions(self, row, more)  # Print… and Save as PDF… (the customer sheet)
        self.status = QLabel()
        self.status.setObjectName("cardStatus")
        row.addWidget(self.status, 1)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setToolTip(self.tr("Save the profile (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("closeButton")
        self.close_button.clicked.connect(self.reject)
        row.addWidget(self.save_button)
        row.addWidget(self.close_button)
        return row

    # --- loading
    def load(self) -> None:
        """Show the stored card (or an empty one), forgetting unsaved edits."""
        if self.customer_id is None:
            self.version, self.in_trash = None, False
            self.form.load({}, [], [], "", None)
            self.photo.load("", None, None)
        else:
            card = customers.get_card(self.customer_id)
            self.version, self.in_trash = card.version, card.in_trash
            self.form.load(card.fields, [p.display for p in card.phones], list(card.tags),
                           card.referred_by_name, card.id)
            self.photo.load(card.fields.get("name", ""), card.id,
                            customers.photo_of(card.id) if card.has_photo else None)
            _open_cards[card.id] = self
        self._loaded = self.form.snapshot()
        self._loaded_fields = self.form.values_by_field()
        self._loaded_lists = (self.form.phones.texts(), self.form.tags.tags())
        self.form.clear_errors()
        self._ensure_history()
        self.reload_history()
        self._changed()

    def _ensure_history(self) -> None:
        saved = self.customer_id is not None
        for index in range(2, self.tabs.count()):
            self.tabs.setTabEnabled(index, saved)
            self.tabs.setTabToolTip(index, "" if saved else self.tr(
                "Save the new customer first; then purchases and contacts can be added."))
        self.trash_button.setVisible(saved)
        self.more_button.setVisible(saved)
        self.print_button.setVisible(saved)
        if not saved or self.purchases_panel is not None:
            return
        self.purchases_panel = PurchasesPanel(self.customer_id, self.today)
        self.purchases_panel.setObjectName("purchasesPanel")
        self.purchases_tab.layout().addWidget(self.purchases_panel)
        self.contacts_panel = ContactsPanel(self.customer_id, self.today)
        self.contacts_panel.setObjectName("contactsPanel")
        self.contacts_tab.layout().addWidget(self.contacts_panel)
        self.satisfaction_panel = SatisfactionPanel(self.customer_id, self.today)
        self.satisfaction_panel.setObjectName("satisfactionPanel")
        self.satisfaction_tab.layout().addWidget(self.satisfaction_panel)
        add_purchase_actions(self.purchases_panel)
        self.family_panel = FamilyPanel(self.customer_id, self.today)
        self.family_panel.setObjectName("familyPanel")
        self.family_tab.layout().addWidget(self.family_panel)
        self.fields_panel = FieldsPanel(self.customer_id)
        self.fields_panel.setObjectName("fieldsPanel")
        self.fields_tab.layout().addWidget(self.fields_panel)
        self.files_panel = FilesPanel(self.customer_id)
        self.files_panel.setObjectName("filesPanel")
        self.files_tab.layout().addWidget(self.files_panel)
        self.membership_panel = MembershipPanel(self.customer_id, self.today)
        self.membership_panel.setObjectName("membershipPanel")
        self.membership_tab.layout().addWidget(self.membership_panel)

    def reload_history(self) -> None:
        """Re-read purchases, contacts, timeline and figures (they change without a Save)."""
        if self.customer_id is None:
            self.quick.reload()
            self._show_header(None)
            return
        figures = customer_figures.card_figures(self.customer_id, self.today)
        self.purchases_panel.reload(figures)
        self.contacts_panel.reload()
        self.satisfaction_panel.reload()
        self.membership_panel.reload()
        self.timeline.show_entries(customer_figures.timeline(self.customer_id))
        self.figures_panel.show_figures(figures)
        self.audit_panel.reload(self.customer_id)
        self.quick.reload()
        self._show_header(figures)

    def _show_header(self, figures) -> None:
        name = self.form.name_edit.text().strip()
        self.title.setText(name or self.tr("New customer"))
        parts = []
        if figures is not None:
            if figures.tier:
                parts.append(tier_badge.badge_html(
                    figures.tier, shop_words.tier_colours().get(figures.tier, "")))
            member_since = self._loaded_fields.get("member_since")
            if member_since:
                parts.append(self.tr("member since %1").replace("%1", fmt.date(member_since)))
            if figures.last_visit:
                days = figures.days_since_last_visit or 0
                ago = (self.tr("today") if days == 0 else self.tr("yesterday") if days == 1
                       else self.tr("%1 days ago").replace("%1", fmt.number(days)))
                parts.append(self.tr("last visit %1 (%2)")
                             .replace("%1", fmt.date(figures.last_visit)).replace("%2", ago))
            else:
                parts.append(self.tr("not seen yet"))
            parts.append(self.tr("%1 spent in %2 purchases")
                         .replace("%1", fmt.money(figures.total_spent_cents))
                         .replace("%2", fmt.number(figures.purchases)))
        else:
            parts.append(self.tr("Fill in at least the name, then save."))
        self.subtitle.setText(" · ".join(p if p.startswith("<span") else html.escape(p)
                                         for p in parts))
        if self.in_trash:
            self.trash_banner.show_message(
                self.tr("This customer is in the trash."),
                [(self.tr("Restore"), self.restore)])
        else:
            self.trash_banner.clear()

    # --- state
    def is_dirty(self) -> bool:
        """Whether the profile differs from what is stored (photo included)."""
        return self.form.snapshot() != self._loaded or self.photo.pending is not None

    def _changed(self, *args) -> None:
        dirty = self.is_dirty()
        name = self.form.name_edit.text().strip()
        title = (self.tr("%1 — customer card").replace("%1", name) if name
                 else self.tr("New customer"))
        self.setWindowTitle(title + (" *" if dirty else ""))
        self.save_button.setEnabled(dirty or self.customer_id is None)
        self.status.setText(self.tr("Unsaved changes") if dirty else "")

    def _data_changed(self, kinds) -> None:
        if self.customer_id is None or self._closed or not self.isVisible():
            return
        try:
            if not self.is_dirty() and (CUSTOMERS in kinds or "book" in kinds):
                self.load()  # e.g. a tag given from the list: show it
            else:
                self.reload_history()
        except (CustbookError, DoesNotExist):  # erased, here or on another PC: saving says so
            return

    # --- saving
    def save(self) -> bool:
        """Save the profile; on a refused field show why there, keep everything typed."""
        self.form.clear_errors()
        self.error_banner.clear()
        merge_with = None
        if self.customer_id is None:  # before the FIRST save: is this someone we have?
            choice = self.ask_about_duplicates()
            if choice is None:
                return False
            if isinstance(choice, int):
                merge_with = choice
        if self.form.referrer.pending_text():
            self._show_validation(ValidationError("referred_by", self.tr(
                "Pick the customer from the list that appears as you type, or clear the "
                "field.")))
            return False
        try:
            customer = customers.save_customer(
                self.form.data(), self.form.phones.texts(), self.customer_id,
                self.form.tags.tags(), expected_version=self.version)
            if self.photo.pending:
                customers.set_photo(customer.id, self.photo.pending)
            elif self.photo.pending == b"":
                customers.clear_photo(customer.id)
        except ValidationError as exc:
            self._show_validation(exc)
            return False
        except ConflictError:
            return self._conflict()  # shows what changed; saves the user's choice
        except CustbookError as exc:
            self.error_banner.show_message(str(exc))
            return False
        except DoesNotExist:  # erased on another PC meanwhile: say so, keep the text
            # start-up: importing it here, not at the top, saves 13 ms when this module loads
            from ui.shared_book.conflict_dialog import erased_message

            self.error_banner.show_message(erased_message())
            return False
        self.customer_id = customer.id
        self.load()
        self.status.setText(self.tr("Saved."))
        self.sig_saved.emit(customer.id)
        if merge_with is not None:
            self.merge_into(merge_with)
        return True

    def _show_validation(self, exc: ValidationError) -> None:
        where = self.form.show_error(exc.field, exc.message)
        if where is None:
            label = field_labels().get(exc.field, "")
            self.error_banner.show_message(f"{label}: {exc.message}" if label else exc.message)
            return
        tab, widget = where
        self.tabs.setCurrentWidget(tab)
        tab.ensureWidgetVisible(widget)
        widget.setFocus()

    def _conflict(self) -> bool:
        """Show every field that differs (mine / saved meanwhile), let the user choose, save."""
        # start-up: importing it here, not at the top, saves 5 ms when this module loads
        from ui.shared_book.conflict_dialog import resolve_conflict

        return resolve_conflict(self)

    # --- duplicates (ui/customers/card_duplicates.py)
    def ask_about_duplicates(self):
        return card_duplicates.ask_about_duplicates(self, self._open_other)

    def merge_into(self, existing_id: int):
        return card_duplicates.merge_into(self, existing_id)

    def check_duplicates(self) -> list:
        return card_duplicates.check_duplicates(self, self._open_other)

    def _open_other(self, customer_id: int):
        return open_card(self.parentWidget(), customer_id, self.today)

    # --- trash
    def move_to_trash(self) -> None:
        if self.customer_id is None:
            return
        if ask(self, self.tr("Move to trash"), self.tr(
                "Move %1 to the trash? The card can be restored from the trash.").replace(
                "%1", self.form.name_edit.text().strip()), Button.Yes | Button.Cancel,
                Button.Cancel, name="cardTrashBox") != Button.Yes:
            return
        customers.move_to_trash([self.customer_id])
        self.done(0)

    # --- privacy
    def message(self, kind: str = "follow_up"):
        """Write this customer a WeChat/SMS message (ui.messages.message_dialog)."""
        dialog = MessageDialog(self, [self.customer_id], kind=kind, today=self.today)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_logged.connect(lambda _cid: self.reload_history())
        dialog.open()
        return dialog

    def export_everything(self, folder: str | None = None) -> None:
        """Write everything about this customer (JSON and PDF) into a chosen folder."""
        if self.customer_id is not None:
            export_everything(self, self.customer_id, folder)

    def erase_for_privacy(self) -> None:
        """After the owner types the name, erase this customer for good and close."""
        if self.customer_id is None:
            return
        name = customers.get_card(self.customer_id).fields["name"]
        if erase_for_privacy(self, self.customer_id, name):
            self.done(0)  # the erasing told the screens; the card shows no one now

    def restore(self) -> None:
        if self.customer_id is not None:
            customers.restore_from_trash([self.customer_id])

    # --- closing
    def reject(self) -> None:
        """Close; with unsaved changes ask first (Save / Discard / Cancel)."""
        if self.is_dirty():
            answer = ask(self, self.tr("Unsaved changes"), self.tr(
                "Save the changes to %1's card before closing?").replace(
                "%1", self.form.name_edit.text().strip() or self.tr("the new customer")),
                Button.Save | Button.Discard | Button.Cancel, Button.Save,
                name="unsavedBox")
            if answer == Button.Cancel:
                return
            if answer == Button.Save and not self.save():
                return
        super().reject()

    def done(self, result: int) -> None:
        self._closed = True
        if self.customer_id is not None and _open_cards.get(self.customer_id) is self:
            del _open_cards[self.customer_id]
        try:
            bus().sig_data_changed.disconnect(self._data_changed)
        except (RuntimeError, TypeError):
            pass
        super().done(result)
