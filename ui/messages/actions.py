"""Where "Message…" lives in the window: the Customers menu's Messages submenu (the
selection, today's messages, the queues, the templates) and the list's context menu."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from custbook import clock
from custbook.messages import due
from ui.customers.widgets import tell
from ui.i18n import current_language
from ui.messages.message_dialog import MessageDialog
from ui.messages.queues_dialog import QueuesDialog
from ui.worker import run_task
from PySide6.QtWidgets import QDialog, QVBoxLayout


def message_selection(window, kind: str = "follow_up") -> MessageDialog | None:
    page = window.pages["customers"]
    ids = page.selected_ids()
    if not ids:
        return None
    dialog = MessageDialog(window, ids, kind=kind, today=page.today())
    window.message_dialog = dialog
    dialog.open()
    return dialog


def todays_messages(window) -> None:
    """The day's queue of every message due (birthdays, festivals, follow-ups …), opened
    where it stopped: made on first use, topped up with what came due since. Writing a
    busy day's texts takes a moment on a big book: on the runner, the dialog after."""
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
    try:  # Settings › Messages and › Fields, when this build has the Settings dialog
        # start-up: importing it here, not at the top, saves 216 ms when this module loads
        from ui.messages.settings_sections import register
    except ImportError:
        pass
    else:
        register()
    page = window.pages.get("customers")
    extra = getattr(page, "extra_menu_actions", None)
    if isinstance(extra, list):
        extra.append(actions["selection"])
    window.messages_actions = actions
    return actions
