"""Home: "N messages to send today" opens the day's queue and counts down as they go."""
from __future__ import annotations

from custbook import clock
from custbook.messages import due, queues
from custbook.models import Reminder
from tests.ui.conftest import home_loaded


def test_home_counts_todays_messages_and_opens_the_queue(window, qtbot):
    window.show_page("home")
    page = home_loaded(qtbot, window.pages["home"])
    found = due.todays_messages(clock.today(), "en")
    assert found.to_send > 0  # the sample shop has birthdays and follow-ups today
    assert f"<b>{found.to_send}</b> still to send" in page.messages_text.text()
    assert page.messages_button.isVisible()
    page.messages_button.click()  # the texts are written on the runner, then it opens
    qtbot.waitUntil(lambda: getattr(window, "message_dialog", None) is not None)
    dialog = window.message_dialog
    qtbot.addWidget(dialog)
    queue_id = due.todays_messages(clock.today(), "en").queue_id
    assert dialog.queue_id == queue_id is not None
    dialog.copy_button.click()
    dialog.sent_button.click()
    qtbot.waitUntil(lambda: f"<b>{found.to_send - 1}</b> still to send"
                    in page.messages_text.text())
    dialog.close()
    # opening again goes on with the same queue, where it stopped
    page.messages_button.click()
    qtbot.waitUntil(lambda: window.message_dialog is not dialog)
    again = window.message_dialog
    qtbot.addWidget(again)
    assert again.queue_id == queue_id
    assert queues.progress(queue_id).sent == 1
    again.close()


def test_an_empty_day_shows_no_button(window, qtbot):
    Reminder.update(done_at=clock.now_seconds()).where(
        Reminder.next_on == clock.today()).execute()
    Reminder.update(next_on=None).where(Reminder.next_on == clock.today()).execute()
    window.show_page("home")
    page = window.pages["home"]
    page.refresh()
    home_loaded(qtbot, page)
    assert "None today" in page.messages_text.text()
    assert not page.messages_button.isVisible()
