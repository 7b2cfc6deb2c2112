"""Messages › Queues: the lists of messages under way, to go on where each one stopped."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from PySide6.QtCore import Qt

from custbook import clock
from custbook.messages import queues, sent
from ui.messages.message_dialog import MessageDialog


class QueuesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.setObjectName("messageQueuesDialog")
        self.setWindowTitle(self.tr("Message queues"))
        self.resize(620, 420)
        self.today = today or clock.today()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Each queue goes on from where it stopped.")))
        self.show_finished = QCheckBox(self.tr("Show finished queues"))
        layout.addWidget(self.show_finished)
        self.list = QListWidget()
        self.list.setObjectName("queueList")
        layout.addWidget(self.list, 1)
        # An empty list said nothing: the sentence tells where a queue comes from
        self.empty = QLabel(self.tr("No message queues under way. A queue is made when you "
                                    "message several customers at once (Customers › Messages "
                                    "› Message the selected customers…) or send today's "
                                    "messages from Home."))
        self.empty.setObjectName("queuesEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty, 1)
        row = QHBoxLayout()
        self.continue_button = QPushButton(self.tr("Continue…"))
        self.continue_button.setObjectName("continueQueueButton")
        self.delete_button = QPushButton(self.tr("Delete queue"))
        self.close_button = QPushButton(self.tr("Close"))
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(self.continue_button)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.show_finished.toggled.connect(lambda _on: self.reload())
        self.continue_button.clicked.connect(self.open_selected)
        self.list.itemDoubleClicked.connect(lambda _i: self.open_selected())
        self.delete_button.clicked.connect(self.delete_selected)
        self.close_button.clicked.connect(self.accept)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        channels = sent.channel_names()
        for q in queues.queues(self.show_finished.isChecked()):
            p = q.progress
            text = self.tr("{name} · {channel} · {done} of {total} done").format(
                name=q.name, channel=channels.get(q.channel, q.channel), done=p.done,
                total=p.to_send)
            if p.excluded:
                text += self.tr(" · {n} left out (consent)").format(n=p.excluded)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, q.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.continue_button.setEnabled(self.list.count() > 0)
        self.delete_button.setEnabled(self.list.count() > 0)
        self.list.setVisible(self.list.count() > 0)
        self.empty.setVisible(self.list.count() == 0)

    def open_selected(self) -> MessageDialog | None:
        item = self.list.currentItem()
        if item is None:
            return None
        dialog = MessageDialog(self, queue_id=item.data(Qt.ItemDataRole.UserRole),
                               today=self.today)
        dialog.finished.connect(lambda _r: self.reload())
        dialog.open()
        return dialog

    def delete_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            queues.delete_queue(item.data(Qt.ItemDataRole.UserRole))
            self.reload()
