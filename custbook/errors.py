"""The errors the core raises on purpose, each carrying a message fit for the user."""
from __future__ import annotations

from custbook.i18n import QT_TRANSLATE_NOOP


class CustbookError(Exception):
    """Base class: something the user can understand and act on."""


class ValidationError(CustbookError):
    """A value the user typed is not acceptable; `field` names which one."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
        self.message = message


class Cancelled(CustbookError):
    """The owner cancelled a long task (an import, …); what it had done was rolled back."""

    def __init__(self, message: str = ""):
        super().__init__(message or QT_TRANSLATE_NOOP(
            "Errors", "Cancelled. Nothing was changed."))


class ConflictError(CustbookError):
    """The card was changed (on another window or PC) since it was opened.

    `current` is the card as it is stored now (a `customers.Card`, when known), so the
    one whose save was refused can be shown what changed and choose.
    """

    def __init__(self, message: str, customer_id: int | None = None, current=None):
        super().__init__(message)
        self.customer_id = customer_id
        self.current = current


class BookError(CustbookError):
    """The customer-book file cannot be opened or used as it is."""


class BookTooNew(BookError):
    """The book was written by a newer Custbook; opening it here could damage it."""


class BookDamaged(BookError):
    """The book file is not a readable Custbook database."""
