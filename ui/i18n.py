"""Choosing and switching the UI language (Simplified Chinese or English).

The app follows the system language unless the user picked one (menu, `--lang`).
Loading a language installs our translations, Qt's own (for standard buttons), and
points the core's translation hook at Qt, so core messages follow too.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from custbook import i18n as core_i18n
from ui import prefs
from ui.paths import TRANSLATIONS

LANGUAGES = {"zh_CN": "简体中文", "en": "English"}  # each shown in its own language
_installed: list[QTranslator] = []


def system_language() -> str:
    """zh_CN when the system speaks Chinese, otherwise English."""
    return "zh_CN" if QLocale.system().name().lower().startswith("zh") else "en"


def chosen_language(override: str | None = None) -> str:
    """The language to use: an explicit override, the saved choice, or the system's."""
    if override in LANGUAGES:
        return override
    saved = prefs.get("language", "")
    return saved if saved in LANGUAGES else system_language()


def install(language: str) -> None:
    """Make `language` the running language for Qt, our windows and the core."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = QTranslator(app)
    if ours.load(str(TRANSLATIONS / f"custbook_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if language != "en" and qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    supplement = QTranslator(app)  # installed last, so it wins over qtbase where both speak
    if supplement.load(str(TRANSLATIONS / f"qt_supplement_{language}.qm")):
        app.installTranslator(supplement)
        _installed.append(supplement)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China)
                       if language == "zh_CN" else QLocale(QLocale.Language.English,
                                                           QLocale.Country.UnitedStates))
    core_i18n.set_translator(QCoreApplication.translate)
    app.setProperty("custbook_language", language)


def current_language() -> str:
    app = QCoreApplication.instance()
    return (app.property("custbook_language") if app else None) or "en"
