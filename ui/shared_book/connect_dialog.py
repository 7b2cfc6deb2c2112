"""File › Connect to a shared book…: the address of a book on a PostgreSQL server.

The owner types what the server's admin gave them (server, port, database, user,
password) — or picks a book connected to before — and can test the connection first:
a wrong password, a server that does not answer and a database that does not exist
each get their own sentence, not a driver's error text.

What is remembered on this PC: the address WITHOUT the password, in the recent shared
books of the preferences; the password only in the system's keyring (when there is
one and "Remember the password" is ticked). Without a keyring the box says so and the
password is asked each time; it is never written to the preferences file.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from custbook.shared_book import server_address, server_link
from custbook.shared_book.server_address import ServerAddress
from ui import prefs
from ui.shared_book import passwords
from ui.worker import run_and_wait
from PySide6.QtGui import QAction

RECENT_KEY = "shared_books/recent"
RECENT_MAX = 8
OK_OUTCOMES = (server_link.BOOK, server_link.EMPTY)


def recent_addresses() -> list[ServerAddress]:
    """Shared books connected to from this PC, newest first (no passwords)."""
    found = []
    for line in prefs.get(RECENT_KEY, "").splitlines():
        try:
            found.append(server_address.parse(line.strip()).without_password())
        except ValueError:
            continue
    return found


def add_recent(address: ServerAddress) -> None:
    """Put an address (its password stripped) first in the recent shared books."""
    key = address.key()
    lines = [key] + [a.key() for a in recent_addresses() if a.key() != key]
    prefs.put(RECENT_KEY, "\n".join(lines[:RECENT_MAX]))


class ConnectDialog(QDialog):
    """The address and password of a shared book, with a connection test."""

    def __init__(self, parent: QWidget | None, address: ServerAddress | None = None,
                 note: str = ""):
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("Connect to a shared book"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "A shared book lives on a PostgreSQL server in the shop, so that every PC sees "
            "the same customers. Type what the server's admin gave you."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if note:
            self.note = QLabel(note)
            self.note.setObjectName("connectNote")
            self.note.setWordWrap(True)
            self.note.setStyleSheet("color: #8a5300;")
            layout.addWidget(self.note)
        form = QFormLayout()
        self.recent = QComboBox()
        self.recent.setObjectName("recentBooks")
        self.recent.addItem(self.tr("(type a new address)"), None)
        for known in recent_addresses():
            self.recent.addItem(f"{known.database} — {known.user}@{known.host}:{known.port}",
                                known.key())
        self.recent.activated.connect(self._recent_chosen)
        if self.recent.count() > 1:
            form.addRow(self.tr("Connected before:"), self.recent)
        self.host = QLineEdit()
        self.host.setObjectName("hostEdit")
        self.host.setPlaceholderText(self.tr("e.g. 192.168.1.20 or shop-server"))
        self.port = QSpinBox()
        self.port.setObjectName("portEdit")
        self.port.setRange(1, 65535)
        self.port.setValue(server_address.DEFAULT_PORT)
        self.database = QLineEdit()
        self.database.setObjectName("databaseEdit")
        self.database.setPlaceholderText("custbook")
        self.user = QLineEdit()
        self.user.setObjectName("userEdit")
        self.password = QLineEdit()
        self.password.setObjectName("passwordEdit")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the password on this PC"))
        self.remember.setObjectName("rememberPassword")
        where = QHBoxLayout()
        where.addWidget(self.host, 1)
        where.addWidget(QLabel(self.tr("Port")))
        where.addWidget(self.port)
        form.addRow(self.tr("Server:"), where)
        form.addRow(self.tr("Database:"), self.database)
        form.addRow(self.tr("User:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow("", self.remember)
        layout.addLayout(form)
        if passwords.keyring_available():
            self.remember.setToolTip(self.tr(
                "The password is kept in this PC's keyring, not in a settings file."))
        else:
            self.remember.setChecked(False)
            self.remember.setEnabled(False)
            self.keyring_note = QLabel(self.tr(
                "This PC has no keyring to keep passwords safely, so the password will be "
                "asked each time the book is opened. It is never saved in a file."))
            self.keyring_note.setObjectName("noKeyringNote")
            self.keyring_note.setWordWrap(True)
            self.keyring_note.setStyleSheet("color: #5a5a5a;")
            layout.addWidget(self.keyring_note)
        test_row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(self.test_connection)
        test_row.addWidget(self.test_button)
        self.result_label = QLabel()
        self.result_label.setObjectName("connectionResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row.addWidget(self.result_label, 1)
        layout.addLayout(test_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = self.buttons.addButton(self.tr("Open the shared book"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setObjectName("openSharedBook")
        self.open_button.setDefault(True)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for edit in (self.host, self.database, self.user):
            edit.textChanged.connect(self._update)
        if address is not None:
            self.show_address(address)
        elif self.recent.count() > 1:
            self.recent.setCurrentIndex(1)
            self._recent_chosen(1)
        self._update()
        # the first empty field gets the cursor: usually the password of a known address
        empty = [e for e in (self.host, self.database, self.user, self.password)
                 if not e.text()]
        (empty[0] if empty else self.open_button).setFocus()

    # --- the address
    def show_address(self, address: ServerAddress) -> None:
        self.host.setText(address.host)
        self.port.setValue(address.port)
        self.database.setText(address.database)
        self.user.setText(address.user)
        saved = address.password or passwords.saved_password(address)
        self.password.setText(saved)
        self.remember.setChecked(bool(saved) and passwords.keyring_available()
                                 and not address.password)
        self.result_label.clear()

    def _recent_chosen(self, index: int) -> None:
        key = self.recent.itemData(index)
        if key:
            self.show_address(server_address.parse(key))
            (self.password if not self.password.text() else self.open_button).setFocus()

    def address(self) -> ServerAddress:
        return ServerAddress(self.host.text().strip(), self.database.text().strip(),
                             self.user.text().strip(), self.port.value(), self.password.text())

    def _update(self) -> None:
        complete = all(e.text().strip() for e in (self.host, self.database, self.user))
        self.open_button.setEnabled(complete)
        self.test_button.setEnabled(complete)

    # --- testing and opening
    def test_connection(self) -> str:
        """Try the address now and say what was found; returns the outcome."""
        self.result_label.setText(self.tr("Connecting…"))
        url = self.address().url()
        # on the runner: a server that does not answer (up to 10 s) never freezes the window
        answer, exc = run_and_wait(self, self.tr("Connecting…"),
                                   lambda progress: server_link.check_server(url))
        if exc is not None:
            raise exc
        outcome, text = answer
        good = outcome in OK_OUTCOMES
        self.result_label.setText(("✔ " if good else "✘ ") + text)
        self.result_label.setStyleSheet("color: #1f6f3f;" if good else "color: #b00020;")
        return outcome

    def _accept(self) -> None:
        outcome = self.test_connection()
        if outcome not in OK_OUTCOMES:
            return  # the reason is shown under the fields; nothing typed is lost
        address = self.address()
        if self.remember.isChecked():
            passwords.remember(address, address.password)
        else:
            passwords.forget(address)
        add_recent(address)
        self.accept()


def connect_to_shared_book(controller, address: ServerAddress | None = None,
                           note: str = "") -> bool:
    """Ask for a shared book's address and open it; True if it was opened."""
    dialog = ConnectDialog(controller.window, address, note)
    controller.connect_dialog = dialog
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return controller.open_book(dialog.address().url())
    finally:
        controller.connect_dialog = None
        dialog.deleteLater()


def reopen(controller, location: str) -> bool:
    """Open a shared book named by its address (from the preferences or the command line).

    The password comes from the address itself, else from the keyring; without one the
    connection dialog asks for it.
    """
    address = server_address.parse(location)
    if not address.password:
        address = ServerAddress(address.host, address.database, address.user, address.port,
                                passwords.saved_password(address))
    if address.password and controller.open_book(address.url()):
        return True
    if not address.password:
        # A server may need no password from this PC (trust, peer, ~/.pgpass): try first,
        # and ask only when it refuses the login.
        outcome, _sentence = server_link.check_server(address.url())
        if outcome in (server_link.BOOK, server_link.EMPTY) and controller.open_book(
                address.url()):
            return True
    return connect_to_shared_book(controller, address, note=QCoreApplication.translate(
        "ConnectDialog", "Enter the password of the shared book to open it."))


def add_shared_book_actions(window, file_menu):
    """File › Connect to a shared book… and File › Reconnect to the server."""
    # start-up: importing custbook.db here, not at the top, saves 234 ms when this module loads
    from custbook import db

    controller = window.controller
    connect = QAction(QCoreApplication.translate("SharedBook", "Connect to a &shared book…"),
                      window)
    connect.setObjectName("actionConnectSharedBook")
    connect.triggered.connect(lambda checked=False: connect_to_shared_book(controller))
    file_menu.addAction(connect)
    reconnect = QAction(QCoreApplication.translate("SharedBook", "&Reconnect to the server"),
                        window)
    reconnect.setObjectName("actionReconnect")
    reconnect.setEnabled(db.is_postgres_book())
    reconnect.triggered.connect(lambda checked=False: controller.shared.reconnect())
    file_menu.addAction(reconnect)
    file_menu.aboutToShow.connect(lambda: reconnect.setEnabled(db.is_postgres_book()))
    return connect, reconnect

