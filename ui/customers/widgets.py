"""Small widgets the customer screens share: a wrapping layout, an optional date,
an error line under a field, a banner with buttons, a dialog that remembers its size,
and one way of asking a question so tests can answer it."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import QByteArray, QDate, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from custbook import clock
from ui import prefs

ERROR_STYLE = "color: #b00020;"
DATE_FORMAT = "yyyy-MM-dd"  # as ui.format.date writes dates: the same in both languages
DATE_TIME_FORMAT = "yyyy-MM-dd HH:mm"
ERROR_FIELD_STYLE = "border: 1px solid #b00020; border-radius: 2px;"


class FlowLayout(QLayout):
    """Lays widgets out left to right and wraps them onto new lines (Qt's flow example)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            if item.widget() is not None and item.widget().isHidden():
                continue
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x, y = area.x(), y + line_height + self._spacing
                line_height = 0
            if move:
                # Centre each item on its line so checkboxes and buttons line up.
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


class OptionalDateEdit(QWidget):
    """A date that may be left out: a checkbox switches the date editor on."""

    sig_changed = Signal()

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(text)
        self.check.setToolTip(self.tr("Tick to give a date"))
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(DATE_FORMAT)
        self.edit.setDate(QDate(clock.today()))
        self.edit.setEnabled(False)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(lambda _: self.sig_changed.emit())
        self.edit.dateChanged.connect(lambda _: self.sig_changed.emit())

    def value(self) -> dt.date | None:
        if not self.check.isChecked():
            return None
        return self.edit.date().toPython()

    def set_value(self, value: dt.date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))


class ErrorLabel(QLabel):
    """The reason a field was refused, shown right under that field."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def with_error_label(widget: QWidget) -> tuple[QWidget, ErrorLabel]:
    """`widget` with room for its refusal right under it, for a form row."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(1)
    column.addWidget(widget)
    error = ErrorLabel()
    column.addWidget(error)
    return box, error


def mark_field(widget: QWidget, bad: bool) -> None:
    """Outline a refused field in red (and take the outline away again)."""
    widget.setProperty("fieldInvalid", bad)
    name = type(widget).__name__
    widget.setStyleSheet(f"{name} {{ {ERROR_FIELD_STYLE} }}" if bad else "")


class Banner(QFrame):
    """A coloured strip with a message and optional buttons (warnings, undo offers)."""

    COLOURS: ClassVar[dict[str, tuple[str, str]]] = {
        "warning": ("#fff4d6", "#8a6100"), "info": ("#e3eef4", "#123b50"),
        "error": ("#fde7ea", "#b00020")}

    def __init__(self, kind: str = "info", parent: QWidget | None = None):
        super().__init__(parent)
        background, foreground = self.COLOURS[kind]
        self.setProperty("banner", True)
        self.setStyleSheet(f"QFrame[banner=\"true\"] {{ background: {background};"
                           f" border-radius: 4px; }} QLabel {{ color: {foreground}; }}")
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.layout_.addWidget(self.label, 1)
        self.buttons: list[QPushButton] = []
        self.hide()

    def show_message(self, text: str, buttons: list[tuple[str, Callable[[], None]]] = ()
                     ) -> None:
        """Show `text` with buttons (label, what clicking does); replaces earlier ones."""
        for button in self.buttons:
            self.layout_.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        self.label.setText(text)
        for label, slot in buttons:
            button = QPushButton(label)
            button.clicked.connect(slot)
            self.layout_.addWidget(button)
            button.show()
            self.buttons.append(button)
        self.show()

    def clear(self) -> None:
        self.show_message("")
        self.hide()


class RememberedDialog(QDialog):
    """A dialog that comes back at the size and place the user left it (per objectName)."""

    DEFAULT_SIZE = QSize(640, 480)

    def __init__(self, parent: QWidget | None, name: str):
        super().__init__(parent)
        self.setObjectName(name)
        geometry = prefs.store().value(f"dialogs/{name}/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(self.DEFAULT_SIZE)

    def remember_geometry(self) -> None:
        prefs.put(f"dialogs/{self.objectName()}/geometry", self.saveGeometry())

    def done(self, result: int) -> None:
        self.remember_geometry()
        super().done(result)


Button = QMessageBox.StandardButton


def ask(parent: QWidget | None, title: str, text: str, buttons: Button,
        default: Button, icon: QMessageBox.Icon = QMessageBox.Icon.Question,
        name: str = "questionBox", button_texts: dict[Button, str] | None = None) -> Button:
    """Ask a question and wait for the answer (tests answer with a QTimer)."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setObjectName(name)
    box.setDefaultButton(default)
    for button, label in (button_texts or {}).items():
        box.button(button).setText(label)
    return Button(box.exec())


def tell(parent: QWidget | None, title: str, text: str, name: str = "messageBox") -> None:
    """Show a message that needs no answer, without blocking."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                      parent)
    box.setObjectName(name)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def standard_icon(widget: QWidget, pixmap: QStyle.StandardPixmap):
    return widget.style().standardIcon(pixmap)
