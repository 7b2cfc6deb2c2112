"""The sections that hold the shop's plain settings: the shop, how it works, backups,
language and the password lock."""
from __future__ import annotations

import base64
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSpinBox, QWidget,
)

from custbook import settings
from custbook.safety import backup, password
from custbook.shop import shop_settings
from ui import i18n, prefs
from ui.safety.guard import SECOND_FOLDER_KEY, second_folder
from ui.settings.section import SettingsSection
from pathlib import Path
from ui.safety.password_dialog import PasswordDialog

IMAGE_SIDE = 360  # pixels: sharp on paper at the size it is printed, small in the book


class ImageField(QWidget):
    """A picture kept as base64 PNG text: preview, Choose…, Remove."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.data = ""
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.preview = QLabel()
        self.preview.setFixedSize(64, 64)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px solid palette(mid);")
        self.choose = QPushButton(self.tr("Choose…"))
        self.remove = QPushButton(self.tr("Remove"))
        row.addWidget(self.preview)
        row.addWidget(self.choose)
        row.addWidget(self.remove)
        row.addStretch(1)
        self.choose.clicked.connect(self._choose)
        self.remove.clicked.connect(lambda: self.set_data(""))

    def set_data(self, data: str) -> None:
        self.data = data or ""
        pixmap = QPixmap()
        if self.data:
            pixmap.loadFromData(QByteArray(base64.b64decode(self.data)))
        self.preview.setPixmap(pixmap.scaled(62, 62, Qt.AspectRatioMode.KeepAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation)
                               if not pixmap.isNull() else QPixmap())
        self.preview.setText("" if self.data else "—")
        self.remove.setEnabled(bool(self.data))

    def set_file(self, path: str) -> bool:
        """Read a picture file, scaled to at most IMAGE_SIDE pixels; False if unreadable."""
        image = QImage(path)
        if image.isNull():
            return False
        if max(image.width(), image.height()) > IMAGE_SIDE:
            image = image.scaled(IMAGE_SIDE, IMAGE_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        self.set_data(base64.b64encode(bytes(buffer.data())).decode())
        return True

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a picture"), "",
                                              self.tr("Pictures (*.png *.jpg *.jpeg)"))
        if path and not self.set_file(path):
            self.preview.setText("?")


class ShopSection(SettingsSection):
    """The shop as printed on every paper: name, address, phone, WeChat, logo, QR code."""

    name = "shop"

    def __init__(self, parent=None):
        super().__init__(parent)
        intro = QLabel(self.tr("Printed at the top of every paper: customer sheets, lists, "
                               "labels, letters, visit and complaint sheets, the report."))
        intro.setWordWrap(True)
        self.layout_.addWidget(intro)
        form = QFormLayout()
        self.layout_.addLayout(form)
        self.shop_name = self.add_row(form, self.tr("Shop name:"), "shop_name", QLineEdit())
        self.address = self.add_row(form, self.tr("Address:"), "shop_address", QPlainTextEdit())
        self.address.setFixedHeight(52)
        self.phone = self.add_row(form, self.tr("Phone:"), "shop_phone", QLineEdit())
        self.wechat = self.add_row(form, self.tr("WeChat ID:"), "shop_wechat_id", QLineEdit())
        self.logo = self.add_row(form, self.tr("Logo:"), "shop_logo_png_b64", ImageField())
        self.qr = self.add_row(form, self.tr("QR code:"), "shop_qr_png_b64", ImageField(),
                               self.tr("Optional: e.g. your WeChat QR code."))
        self.layout_.addStretch(1)

    def title(self) -> str:
        return self.tr("The shop")

    def load(self) -> None:
        self.shop_name.setText(settings.get("shop_name"))
        self.address.setPlainText(settings.get("shop_address"))
        self.phone.setText(settings.get("shop_phone"))
        self.wechat.setText(settings.get("shop_wechat_id"))
        self.logo.set_data(settings.get("shop_logo_png_b64"))
        self.qr.set_data(settings.get("shop_qr_png_b64"))

    def values(self) -> dict[str, Any]:
        return {"shop_name": self.shop_name.text(), "shop_address": self.address.toPlainText(),
                "shop_phone": self.phone.text(), "shop_wechat_id": self.wechat.text(),
                "shop_logo_png_b64": self.logo.data, "shop_qr_png_b64": self.qr.data}


class WorkSection(SettingsSection):
    """How the shop works: the complaint promise, money, phones, the week."""

    name = "work"

    def __init__(self, parent=None):
        super().__init__(parent)
        form = QFormLayout()
        self.layout_.addLayout(form)
        self.hours = self.add_row(form, self.tr("Answer a complaint within:"),
                                  "promised_response_hours", QLineEdit(),
                                  self.tr("Hours (1 to 720). Complaints not answered by then "
                                          "are shown as late."))
        self.currency = self.add_row(form, self.tr("Currency symbol:"), "currency_symbol",
                                     QLineEdit())
        self.region = self.add_row(form, self.tr("Phone numbers without +country are from:"),
                                   "phone_region", QComboBox())
        self.region.setEditable(True)
        for code, label in (("CN", self.tr("Mainland China (CN)")),
                            ("HK", self.tr("Hong Kong (HK)")), ("MO", self.tr("Macao (MO)")),
                            ("TW", self.tr("Taiwan (TW)")), ("SG", self.tr("Singapore (SG)")),
                            ("MY", self.tr("Malaysia (MY)")), ("US", self.tr("United States (US)"))):
            self.region.addItem(label, code)
        self.week = self.add_row(form, self.tr("The week starts on:"), "first_day_of_week",
                                 QComboBox())
        self.week.addItem(self.tr("Monday"), "monday")
        self.week.addItem(self.tr("Sunday"), "sunday")
        self.layout_.addStretch(1)

    def title(self) -> str:
        return self.tr("How the shop works")

    def load(self) -> None:
        self.hours.setText(str(settings.get("promised_response_hours")))
        self.currency.setText(settings.get("currency_symbol"))
        code = settings.get("phone_region")
        index = self.region.findData(code)
        if index < 0:
            self.region.addItem(code, code)
            index = self.region.count() - 1
        self.region.setCurrentIndex(index)
        self.week.setCurrentIndex(max(0, self.week.findData(settings.get("first_day_of_week"))))

    def values(self) -> dict[str, Any]:
        region = self.region.currentData()
        if self.region.currentText() != self.region.itemText(self.region.currentIndex()) \
                or region is None:
            region = self.region.currentText()  # typed by hand: checked like any other
        return {"promised_response_hours": self.hours.text(), "currency_symbol":
                self.currency.text(), "phone_region": region,
                "first_day_of_week": self.week.currentData()}


class BackupsSection(SettingsSection):
    """Where backups go and how many are kept (the folders belong to this PC)."""

    name = "backups"

    def __init__(self, parent=None):
        super().__init__(parent)
        form = QFormLayout()
        self.layout_.addLayout(form)
        self.folder = QLabel()
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setWordWrap(True)
        form.addRow(self.tr("Backups are kept in:"), self.folder)
        second = QWidget()
        row = QHBoxLayout(second)
        row.setContentsMargins(0, 0, 0, 0)
        self.second = QLineEdit()
        self.second.setPlaceholderText(self.tr("None (a USB stick is a good idea)"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose)
        row.addWidget(self.second, 1)
        row.addWidget(choose)
        self.add_row(form, self.tr("Also copy each backup to:"), "second_folder", second)
        self.keep = self.add_row(form, self.tr("Daily backups kept:"), "backup_keep_daily",
                                 QSpinBox(), self.tr("Weekly and monthly backups are kept "
                                                     "as well (4 and 12)."))
        self.keep.setRange(1, 90)
        self.layout_.addStretch(1)

    def title(self) -> str:
        return self.tr("Backups")

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the second backup folder"),
                                                  self.second.text())
        if chosen:
            self.second.setText(chosen)

    def load(self) -> None:
        self.folder.setText(str(backup.backups_root()))
        self.second.setText(second_folder())
        self.keep.setValue(int(settings.get("backup_keep_daily")))

    def values(self) -> dict[str, Any]:
        return {"backup_keep_daily": str(self.keep.value())}

    def save(self) -> bool:
        folder = self.second.text().strip()
        if folder and not Path(folder).is_dir():
            self.show_error("second_folder", self.tr("This folder does not exist (is the USB "
                                                     "stick plugged in?)."))
            return False
        prefs.put(SECOND_FOLDER_KEY, folder)
        return True


class LanguageSection(SettingsSection):
    """The language of this PC's window (the book itself speaks both)."""

    name = "language"

    def __init__(self, parent=None, switch=None):
        super().__init__(parent)
        self.switch = switch  # the controller's switch_language (rebuilds the window)
        form = QFormLayout()
        self.layout_.addLayout(form)
        self.language = self.add_row(form, self.tr("Language of the window:"), "language",
                                     QComboBox(), self.tr(
                                         "Built-in words (tiers, categories) follow it; "
                                         "words you typed stay as you typed them."))
        self.language.addItem(self.tr("Follow the system"), "")
        for code, label in i18n.LANGUAGES.items():
            self.language.addItem(label, code)
        self.layout_.addStretch(1)
        self.changed_to: str | None = None

    def title(self) -> str:
        return self.tr("Language")

    def load(self) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.get("language", ""))))

    def save(self) -> bool:
        code = self.language.currentData()
        if code != prefs.get("language", ""):
            self.changed_to = code  # the dialog switches after it closed
        return True


class LockSection(SettingsSection):
    """The password lock: its state, and the dialog that sets it."""

    name = "lock"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.layout_.addWidget(self.state)
        form = QFormLayout()
        self.layout_.addLayout(form)
        self.idle = self.add_row(form, self.tr("Lock again after (minutes unused):"),
                                 "lock_idle_minutes", QSpinBox(),
                                 self.tr("0: only when Custbook starts."))
        self.idle.setRange(0, 240)
        self.button = QPushButton(self.tr("Set or change the password…"))
        self.button.setObjectName("passwordButton")
        self.button.clicked.connect(self._password)
        self.layout_.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        self.layout_.addStretch(1)

    def title(self) -> str:
        return self.tr("Password lock")

    def load(self) -> None:
        self.state.setText(self.tr("This book is locked with a password.") if password.is_set()
                           else self.tr("This book has no password: anyone at this PC can "
                                        "open it."))
        self.idle.setValue(int(settings.get("lock_idle_minutes")))

    def values(self) -> dict[str, Any]:
        return {"lock_idle_minutes": str(self.idle.value())}

    def _password(self) -> None:
        dialog = PasswordDialog(self)
        dialog.finished.connect(lambda _: self.load())
        dialog.open()


__all__ = ["BackupsSection", "LanguageSection", "LockSection", "ShopSection", "WorkSection",
           "shop_settings"]
