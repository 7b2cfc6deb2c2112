"""Where "Message…" lives in the window: the Customers menu's Messages submenu (the
selection, today's messages, the queues, the templates) and the list's context menu.

The menu is built before the window's first paint; the messages' dialogs and core
(custbook.messages.due and its queues, templates and merge fields) load when first used.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QVBoxLayout

from custbook import clock
from ui.i18n import current_language
from ui.worker import run_task

if TYPE_CHECKING:
    from ui.messages.message_dialog import MessageDialog
    from ui.messages.queues_dialog import QueuesDialog


def message_selection(window, kind: str = "follow_up") -> MessageDialog | None:
    page = window.pages.built("customers")  # not built yet: nobody is selected
    ids = page.selected_ids() if page is not None else []
    if not ids:
        return None
    # start-up: the message dialog and the messages core (26 ms of the window's start,
    # -X importtime) load when a message is first written
    from ui.messages.message_dialog import MessageDialog

    dialog = MessageDialog(window, ids, kind=kind, today=page.today())
    window.message_dialog = dialog
    dialog.open()
    return dialog


def todays_messages(window) -> None:
    """The day's queue of every message due (birthdays, festivals, follow-ups …), opened
    where it stopped: made on first use, topped up with what came due since. Writing a
    busy day's texts takes a moment on a big book: on the runner, the dialog after."""
    # start-up: as message_selection (the dialog, the messages core), on first use
    from custbook.messages import due
    from ui.customers.widgets import tell
    from ui.messages.message_dialog import MessageDialog

    today = clock.today()
    language = "zh_CN" if current_language() == "zh_CN" else "en"
    name = QCoreApplication.translate("MessagesMenu", "Today's messages {day}").format(
        day=today.isoformat())

    def opened(queue_id: int | None) -> None:
        if queue_id is None:
            tell(window, QCoreApplication.translate("MessagesMenu", "Messages"),
                 QCoreApplication.translate("MessagesMenu", "No messages are due today."),
                 name="noMessagesBox")
            return
        dialog = MessageDialog(window, queue_id=queue_id, today=today)
        window.message_dialog = dialog
        dialog.open()

    run_task(window, QCoreApplication.translate("MessagesMenu", "Writing today's messages…"),
             lambda progress: due.todays_queue(today, name, language), opened,
             lambda exc: tell(window, QCoreApplication.translate("MessagesMenu", "Messages"),
                              str(exc), name="messagesFailedBox"))


def open_queues(window) -> QueuesDialog:
    # start-up: as message_selection (the queues' dialog and core), on first use
    from ui.messages.queues_dialog import QueuesDialog

    dialog = QueuesDialog(window)
    window.queues_dialog = dialog
    dialog.open()
    return dialog


def open_templates(window):
    opener = getattr(window, "open_settings", None)
    if opener is not None:
        try:
            return opener("messages")
        except StopIteration:  # no Messages section in this build's Settings
            pass

    # start-up: importing it here, not at the top, saves 4 ms when this module loads
    from ui.messages.templates_editor import TemplatesEditor

    dialog = QDialog(window)
    dialog.setWindowTitle(QCoreApplication.translate("MessagesMenu", "Message templates"))
    QVBoxLayout(dialog).addWidget(TemplatesEditor(dialog))
    dialog.resize(820, 520)
    dialog.open()
    return dialog


def add_settings_sections() -> None:
    """Settings › Messages and › Fields, when this build has the Settings dialog: added
    just before the window first builds it (File › Settings…), once."""
    try:
        # start-up: the sections bring the whole Settings dialog, the templates' and the
        # fields' editors (20-40 ms of the window's start, -X importtime); only for Settings
        from ui.messages.settings_sections import register
    except ImportError:
        return
    register()


def add_messages_actions(window, menu: QMenu) -> dict[str, QAction]:
    """The Messages submenu of the Customers menu, and "Message…" in the list's context menu."""
    sub = menu.addMenu(QCoreApplication.translate("MessagesMenu", "&Messages"))
    sub.setObjectName("messagesMenu")
    actions = {}

    translate = QCoreApplication.translate
    for key, text, slot in (
            ("selection", translate("MessagesMenu", "Message the selected customers…"),
             lambda: message_selection(window)),
            ("today", translate("MessagesMenu", "Today's messages…"),
             lambda: todays_messages(window)),
            ("queues", translate("MessagesMenu", "Message queues…"), lambda: open_queues(window)),
            ("templates", translate("MessagesMenu", "Message templates…"),
             lambda: open_templates(window))):
        action = QAction(text, window)
        action.setObjectName(f"actionMessages_{key}")
        action.triggered.connect(lambda checked=False, s=slot: s())
        sub.addAction(action)
        actions[key] = action
    window.customer_context_actions.append(actions["selection"])  # the list's context menu
    window.messages_actions = actions
    return actions
