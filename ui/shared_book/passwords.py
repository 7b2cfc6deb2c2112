"""A shared book's password, kept in the system's keyring when there is one — never in the INI.

Why: the window remembers the address of a shared book (the recent books, the book to
reopen) in this PC's preferences, a plain-text INI file anyone at the PC can read.
The password must not go there. Windows (Credential Manager), macOS (Keychain) and
Linux desktops (Secret Service, KWallet) offer a keyring, reached through the
`keyring` library; on a PC without one (a headless Linux, a kiosk account) the
password is simply asked each time the book is opened.
"""
from __future__ import annotations

from contextlib import suppress

from custbook.shared_book.server_address import ServerAddress

SERVICE = "Custbook shared book"


def _keyring():
    """The keyring module when a real backend is there (the fail/null ones have priority <= 0)."""
    try:
        # start-up: importing keyring here, not at the top, saves 339 ms when this module loads
        import keyring

        if keyring.get_keyring().priority <= 0:
            return None
    except Exception:  # noqa: BLE001 - no keyring library, or a broken backend set-up
        return None
    return keyring


def keyring_available() -> bool:
    """True when this PC has a keyring that can keep a password safely."""
    return _keyring() is not None


def saved_password(address: ServerAddress) -> str:
    """The remembered password of this address ("" when none, or no keyring)."""
    keyring = _keyring()
    if keyring is None:
        return ""
    try:
        return keyring.get_password(SERVICE, address.key()) or ""
    except Exception:  # noqa: BLE001 - a locked or broken keyring: ask instead
        return ""


def remember(address: ServerAddress, password: str) -> bool:
    """Keep the password in the keyring; False if there is none (it is then not kept at all)."""
    keyring = _keyring()
    if keyring is None or not password:
        return False
    try:
        keyring.set_password(SERVICE, address.key(), password)
    except Exception:  # noqa: BLE001
        return False
    return True


def forget(address: ServerAddress) -> None:
    """Remove a remembered password (the user unticked "remember")."""
    keyring = _keyring()
    if keyring is None:
        return
    with suppress(Exception):  # there was none
        keyring.delete_password(SERVICE, address.key())
