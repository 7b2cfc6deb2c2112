"""UI fixtures: a Controller with its main window on a real book, in English or Chinese."""
from __future__ import annotations

import argparse
import gc

import pytest
from PySide6.QtCore import QSettings

from tests.conftest import TODAY


@pytest.fixture(autouse=True)
def collect_on_the_ui_thread():
    """As in the app (ui/main_thread_gc.py): no garbage collection on a worker thread.

    Collection is off while a UI test runs and done here, on the UI thread, afterwards,
    so a window left from this test is never freed by the next test's worker thread.
    """
    gc.collect()
    gc.disable()
    yield
    gc.enable()
    gc.collect()


@pytest.fixture(autouse=True)
def qt_settings(tmp_path, qapp):
    """Window preferences go to a private INI folder, and start in English."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "qsettings"))
    from ui import i18n

    qapp.setApplicationName("Custbook")
    qapp.setOrganizationName("Custbook")
    i18n.install("en")
    yield
    i18n.install("en")


def make_controller(qtbot, db_path=None):
    from ui.app import Controller, load_fonts
    from PySide6.QtWidgets import QApplication

    load_fonts(QApplication.instance())
    controller = Controller(argparse.Namespace(db=str(db_path) if db_path else None, lang=None))
    return controller


def home_loaded(qtbot, page, timeout: int = 10_000):
    """Home, once the day's figures it asked for have come from the runner."""
    qtbot.waitUntil(lambda: not page.is_loading() and page.day is not None, timeout=timeout)
    return page


@pytest.fixture
def home_window(qtbot, sample_master, tmp_path):
    """The main window just opened on a private copy of the 300-customer sample shop, on
    Home (as the owner meets it: every other page not built yet)."""
    import shutil

    path = tmp_path / "shop.db"
    shutil.copy(sample_master, path)
    controller = make_controller(qtbot, path)
    assert controller.start()
    # Qt's offscreen screen is 800×600, where the window would open maximised
    # (ui/screen_fit.py); the tests drive it at its usual first size instead.
    controller.window.showNormal()
    controller.window.resize(1100, 700)
    qtbot.addWidget(controller.window)
    qtbot.waitExposed(controller.window)
    yield controller.window
    if controller.window is not None:
        controller.window.close()


@pytest.fixture
def window(home_window):
    """The main window open on the sample shop's customer list."""
    # The window opens on Home (#15); most tests start from the customer list.
    home_window.show_page("customers")
    return home_window
