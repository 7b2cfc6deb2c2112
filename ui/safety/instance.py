"""One window per book: a second start on the same book brings the first window forward.

Each open book has a local server (QLocalServer: a named pipe on Windows, a socket
file on Linux) whose name is a hash of the book's full path and the user's name. A
new Custbook about to open a book first knocks on that name; if a window answers
"ok", it has come forward and the new process simply ends. Nobody answering is not
proof that nobody has the book (the other window might be stuck), which is why the
book's lock (custbook.safety.booklock) is taken next.
"""
from __future__ import annotations

import getpass
import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

_ASK = b"show\n"
_YES = b"ok\n"
WAIT_MS = 1500


def server_name(book: str | Path) -> str:
    """The local server's name for a book: the same for every Custbook of this user."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    key = f"{os.path.normcase(str(Path(book).expanduser().resolve()))}|{user}"
    return "custbook-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:24]


def bring_forward_running(book: str | Path, wait_ms: int = WAIT_MS) -> bool:
    """Ask the Custbook that has `book` open to show its window; True if one did."""
    socket = QLocalSocket()
    answered = b""
    try:
        socket.connectToServer(server_name(book))
        if socket.waitForConnected(wait_ms):
            socket.write(_ASK)
            socket.flush()
            while not answered.endswith(b"\n") and socket.waitForReadyRead(wait_ms):
                answered += socket.readAll().data()
    finally:
        # Always abort before the socket goes: a failed socket dropped without it left
        # Qt's notifier behind and corrupted memory later (seen under load in the tests).
        socket.abort()
    return answered == _YES


class BookServer(QObject):
    """Listens for later starts on the same book and asks for the window to come forward."""

    sig_show_requested = Signal()
    """sig_show_requested(): another Custbook start wants this book; show the window."""

    def __init__(self, book: str | Path, parent: QObject | None = None):
        super().__init__(parent)
        self.name = server_name(book)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening; a name left behind by a crashed Custbook is taken over.

        Only call this while holding the book's lock: then no live Custbook owns the name.
        """
        if self.server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def close(self) -> None:
        """Stop listening (the book is closed)."""
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        if socket.readLine().data() == _ASK:
            socket.write(_YES)
            socket.flush()
            self.sig_show_requested.emit()
        socket.disconnectFromServer()
