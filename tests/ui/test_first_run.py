"""The first start: no book yet, so the owner chooses an empty book or the sample shop."""
from __future__ import annotations

from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication

from custbook import db
from custbook.customers import customers
from tests.ui.conftest import make_controller


def click_when_shown(qtbot, button_name: str, *then: str, before=None) -> None:
    """Click a button of the welcome dialog as soon as it is on screen, then the `then`
    buttons (the set-up's Start after "Start an empty book"); `before(dialog)` fills in."""
    def click():
        for widget in QApplication.topLevelWidgets():
            button = widget.findChild(QAbstractButton, button_name)
            if button is not None and widget.isVisible() and button.isVisible():
                if before is not None and not then:
                    before(widget)
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
                if then:
                    click_when_shown(qtbot, then[0], *then[1:], before=before)
                return
        QTimer.singleShot(20, click)
    QTimer.singleShot(0, click)


def test_starting_an_empty_book_creates_it_in_the_data_folder(qtbot):
    assert not db.default_book_path().exists()
    controller = make_controller(qtbot)
    click_when_shown(qtbot, "startEmptyButton", "setupStart")
    assert controller.start()
    qtbot.addWidget(controller.window)
    assert db.default_book_path().exists()
    assert db.book_location() == str(db.default_book_path())
    assert customers.count_customers() == 0
    controller.window.show_page("customers")
    assert "No customers yet" in controller.window.pages["customers"].count_label.text()


def test_the_sample_shop_is_one_click_away(qtbot, monkeypatch):
    import ui.app

    monkeypatch.setattr(ui.app, "SAMPLE_CUSTOMERS", 120)
    controller = make_controller(qtbot)
    click_when_shown(qtbot, "openSampleButton")
    assert controller.start()
    qtbot.waitUntil(lambda: controller.window is not None, timeout=60000)
    qtbot.addWidget(controller.window)
    assert db.book_location() == str(db.sample_book_path())
    assert customers.count_customers() == 120
    assert not db.default_book_path().exists()  # the owner's own book is untouched


def test_next_start_reopens_the_last_book_without_asking(qtbot):
    first = make_controller(qtbot)
    click_when_shown(qtbot, "startEmptyButton", "setupStart")
    first.start()
    first.window.close()
    db.close_book()
    again = make_controller(qtbot)
    assert again.start()  # no dialog this time: it would block the test if shown
    qtbot.addWidget(again.window)
    assert db.book_location() == str(db.default_book_path())
