"""The language of a headless command (`main.py --lang zh_CN report …`).

Why here: the core never imports Qt, but its words are in Qt's compiled catalogues.
A headless command needs no window and no display: QtCore's QTranslator reads the
catalogue and the core's translation hook (custbook.i18n) is pointed at it, so the
PDFs, exports and printed words of a headless command follow `--lang` exactly as
the window's would.
"""
from __future__ import annotations

from PySide6.QtCore import QTranslator

from custbook import i18n as core_i18n
from ui.paths import TRANSLATIONS

_kept: list[QTranslator] = []  # the translator must outlive this call


def language_in(argv: list[str]) -> str | None:
    """The value of `--lang` in a command line (`--lang X` or `--lang=X`), if any."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def install(language: str | None) -> bool:
    """Make the core speak `language` (zh_CN or en); True if a catalogue was loaded."""
    _kept.clear()
    if language not in ("zh_CN",):
        core_i18n.set_translator(None)  # English is the source text
        return language == "en"
    translator = QTranslator()
    if not translator.load(str(TRANSLATIONS / f"custbook_{language}.qm")):
        core_i18n.set_translator(None)
        return False
    _kept.append(translator)
    core_i18n.set_translator(lambda context, text: translator.translate(context, text) or text)
    return True
