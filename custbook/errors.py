"""The errors the core raises on purpose, each carrying a message fit for the user."""
from __future__ import annotations


class CustbookError(Exception):
    """Base class: something the user can understand and act on."""


class ValidationError(CustbookError):
    """A value the user typed is not acceptable; `field` names which one."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
        self.message = message


class ConflictError(CustbookError):
    """The card was changed (on another window or PC) since it was opened."""


class BookError(CustbookError):
    """The customer-book file cannot be opened or used as it is."""


class BookTooNew(BookError):
    """The book was written by a newer Custbook; opening it here could damage it."""


class BookDamaged(BookError):
    """The book file is not a readable Custbook database."""
