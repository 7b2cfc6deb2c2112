"""The core's translation hook.

The core has to produce words a person reads (validation messages, the names of
kinds of contact or complaint steps) without importing Qt. Those strings are written
as `QT_TRANSLATE_NOOP("Context", "English text")`: Qt's `lupdate` finds the call by
that exact name and puts the text into the `.ts` files beside the window's strings.
At run time the call goes through `_translate`, which the UI points at
`QCoreApplication.translate` once the chosen language is loaded. Without a UI (CLI,
tests) the English text comes back unchanged.
"""
from __future__ import annotations

from collections.abc import Callable  # not typing: 3 ms of every start (-X importtime)

_translate: Callable[[str, str], str] = lambda context, text: text


def set_translator(translate: Callable[[str, str], str] | None) -> None:
    """Install the function that turns (context, English text) into the user's language."""
    global _translate
    _translate = translate or (lambda context, text: text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate needs this name
    """Mark `text` for translation and return it in the current language."""
    return _translate(context, text)
