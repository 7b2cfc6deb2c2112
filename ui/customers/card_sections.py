"""A tab of the customer card that holds a few less used parts, one shown at a time.

The card had twelve tabs, which scrolled sideways at 1024×768; the parts a shop looks
at less often share a tab each (family, the shop's own fields and files; the timeline,
the figures and the history of changes), chosen by a row of buttons at its top.
`show_part` brings any part forward, whether it is a tab of its own or inside one.
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class CardSections(QWidget):
    """Parts stacked in one tab, a checkable button per part above them."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)  # the card's smallest size stays what it was with 12 tabs
        self.bar = QHBoxLayout()
        self.bar.setContentsMargins(6, 2, 6, 0)
        self.bar.setSpacing(4)
        self.bar.addStretch(1)
        layout.addLayout(self.bar)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.buttons: dict[QWidget, QToolButton] = {}

    def add(self, part: QWidget, title: str, name: str) -> QWidget:
        button = QToolButton()
        button.setText(title)
        button.setObjectName(f"{name}SectionButton")
        button.setCheckable(True)
        button.setAutoRaise(True)
        self.group.addButton(button)
        self.bar.insertWidget(self.bar.count() - 1, button)
        self.stack.addWidget(part)
        button.toggled.connect(lambda on: on and self.stack.setCurrentWidget(part))
        self.buttons[part] = button
        if len(self.buttons) == 1:
            button.setChecked(True)
        return part

    def show_part(self, part: QWidget) -> bool:
        """Bring `part` forward; False if it is not one of these."""
        button = self.buttons.get(part)
        if button is not None:
            button.setChecked(True)
        return button is not None

    def title(self, part: QWidget) -> str:
        button = self.buttons.get(part)
        return button.text() if button is not None else ""


def show_part(tabs: QTabWidget, part: QWidget) -> None:
    """Bring a part of the card forward: its own tab, or the tab it is a section of."""
    if tabs.indexOf(part) >= 0:
        tabs.setCurrentWidget(part)
        return
    for index in range(tabs.count()):
        holder = tabs.widget(index)
        if isinstance(holder, CardSections) and holder.show_part(part):
            tabs.setCurrentWidget(holder)
            return


def part_title(tabs: QTabWidget, part: QWidget) -> str:
    """The name a part goes by on the card: its tab's, or its button's in a tab."""
    if tabs.indexOf(part) >= 0:
        return tabs.tabText(tabs.indexOf(part))
    for index in range(tabs.count()):
        holder = tabs.widget(index)
        if isinstance(holder, CardSections) and holder.title(part):
            return holder.title(part)
    return ""
