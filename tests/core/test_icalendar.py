"""iCalendar in and out: every real-world .ics imports correctly or is refused with a reason,
and what Custbook exports means the same days to a phone calendar."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from custbook import settings
from custbook.calendar import reminder_actions, reminders
from custbook.exchange import ical_export, ical_import
from custbook.models import Customer, Reminder, ReminderDone

REALWORLD = Path(__file__).resolve().parents[1] / "data" / "realworld"
TODAY = dt.date(2026, 11, 22)
D = dt.date


def read(name: str) -> ical_import.CalendarFile:
    return ical_import.read_calendar(REALWORLD / name, TODAY)


def imported(name: str) -> list[Reminder]:
    found = read(name)
    ical_import.import_calendar(found, TODAY)
    return list(Reminder.select().where(Reminder.rule == "ical").order_by(Reminder.id))


def test_every_realworld_calendar_imports_or_is_refused_with_a_reason(book):
    files = sorted(REALWORLD.glob("*.ics"))
    assert len(files) == 4
    for path in files:
        found = ical_import.read_calendar(path, TODAY)
        assert found.planned, path.name
        for left in found.left_out:
            assert left.reason.endswith(".") and len(left.reason) > 20
        ical_import.import_calendar(found, TODAY)


def test_google_birthdays_written_as_rdates_and_copies_become_one_yearly_birthday(book):
    person = Customer.create(name="PErson #2")
    found = read("ics-google-contacts-birthdays.ics")
    assert [(p.repeat, p.due_on, p.kind) for p in found.planned] == [
        ("yearly", D(2012, 12, 10), "birthday")]
    assert any("more than once" in w for w in found.warnings)
    [birthday] = imported("ics-google-contacts-birthdays.ics")
    assert birthday.customer_id == person.id
    assert birthday.next_on == D(2026, 12, 10)


def test_a_korganizer_yearly_birthday_with_bymonth_and_bymonthday(book):
    ted = Customer.create(name="Ted")
    [birthday] = imported("ics-korganizer-birthday-yearly.ics")
    assert (birthday.repeat, birthday.kind, birthday.customer_id) == ("yearly", "birthday", ted.id)
    assert (birthday.due_on, birthday.next_on) == (D(2005, 1, 16), D(2027, 1, 16))


def test_an_apple_file_cut_short_is_read_up_to_its_last_complete_event(book):
    found = read("ics-apple-ical-yearly-exdate-truncated.ics")
    assert any("no END:VCALENDAR" in w for w in found.warnings)
    [anniversary] = imported("ics-apple-ical-yearly-exdate-truncated.ics")
    assert (anniversary.title, anniversary.kind) == ("(1961) Little Joe 5B", "anniversary")
    assert anniversary.next_on == D(2027, 4, 28)


def test_rfc_7529_lunar_new_year_and_29_february_skip_forward(book):
    found = read("ics-rfc7529-lunar-and-feb29-yearly.ics")
    reasons = {left.reason for left in found.left_out}
    assert any("Ethiopic" in r for r in reasons) and any("Hebrew" in r for r in reasons)
    new_year, leap_day = imported("ics-rfc7529-lunar-and-feb29-yearly.ics")
    assert (new_year.repeat, new_year.lunar_month, new_year.lunar_day) == ("yearly_lunar", 1, 1)
    assert new_year.kind == "holiday" and new_year.next_on == D(2027, 2, 6)  # Spring Festival
    assert settings.get("feb29_yearly_on") == "feb28"
    assert (leap_day.feb29_on, leap_day.next_on) == ("mar1", D(2027, 3, 1))  # SKIP=FORWARD


def test_importing_the_same_file_again_makes_no_second_copy(book):
    imported("ics-korganizer-birthday-yearly.ics")
    again = ical_import.import_calendar(read("ics-korganizer-birthday-yearly.ics"), TODAY)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 1)
    assert Reminder.select().count() == 1


@pytest.mark.parametrize("data, words", [
    (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ted\r\nEND:VCARD\r\n", "not an iCalendar"),
    (b"", "not an iCalendar"),
    (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "no events"),
])
def test_what_is_not_a_calendar_is_refused_with_a_clear_reason(book, data, words):
    with pytest.raises(ical_import.IcalError) as caught:
        ical_import.read_calendar(data, TODAY)
    assert words in str(caught.value)


def test_a_file_cut_in_the_middle_of_an_event_keeps_the_complete_ones(book):
    data = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Ann's birthday"
            b"\r\nDTSTART;VALUE=DATE:19900305\r\nRRULE:FREQ=YEARLY\r\nEND:VEVENT\r\n"
            b"BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:Bob")
    found = ical_import.read_calendar(data, TODAY)
    assert [p.title for p in found.planned] == ["Ann's birthday"]
    assert any("middle of its last event" in w for w in found.warnings)


def test_a_future_exdate_skips_that_occurrence_only(book):
    data = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:c\r\nSUMMARY:Fitting day"
            b"\r\nDTSTART;VALUE=DATE:20261101\r\nRRULE:FREQ=WEEKLY\r\n"
            b"EXDATE;VALUE=DATE:20261122\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    ical_import.import_calendar(ical_import.read_calendar(data, TODAY), TODAY)
    weekly = Reminder.get(Reminder.rule == "ical")
    assert weekly.next_on == D(2026, 11, 29)
    assert [d.occurrence_on for d in ReminderDone.select()] == [D(2026, 11, 22)]


# --- export ------------------------------------------------------------------------------

def _make(**fields) -> Reminder:
    data = {"title": "Check", "kind": "custom", "due_on": TODAY, **fields}
    return reminder_actions.save_reminder(data, TODAY)


def _events(path: Path) -> dict[str, list]:
    import icalendar

    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    found: dict[str, list] = {}
    for event in calendar.walk("VEVENT"):
        found.setdefault(str(event["SUMMARY"]), []).append(event)
    return found


def _expand(event, count: int) -> list[dt.date]:
    from dateutil.rrule import rrulestr

    start = event["DTSTART"].dt
    rule = rrulestr(event["RRULE"].to_ical().decode(),
                    dtstart=dt.datetime.combine(start, dt.time()))
    return [moment.date() for _, moment in zip(range(count), rule)]


def test_exported_series_mean_the_same_days_to_a_phone(book, tmp_path):
    _make(title="Month end", repeat="months", due_on=D(2026, 1, 31))
    _make(title="Leap day", repeat="yearly", due_on=D(2024, 2, 29))
    _make(title="Third Monday", repeat="monthly_weekday", due_on=D(2026, 11, 16))
    path = tmp_path / "out.ics"
    result = ical_export.export_calendar(path, TODAY)
    events = _events(path)
    assert result.reminders == 3 and set(events) == {"Month end", "Leap day", "Third Monday"}
    assert _expand(events["Month end"][0], 4) == [D(2026, 1, 31), D(2026, 2, 28), D(2026, 3, 31),
                                                  D(2026, 4, 30)]
    assert _expand(events["Leap day"][0], 3) == [D(2024, 2, 29), D(2025, 2, 28), D(2026, 2, 28)]
    assert _expand(events["Third Monday"][0], 2) == [D(2026, 11, 16), D(2026, 12, 21)]
    settings.set("feb29_yearly_on", "mar1")  # the book's setting, as a phone needs it
    ical_export.export_calendar(path, TODAY)
    assert _expand(_events(path)["Leap day"][0], 3) == [D(2024, 2, 29), D(2025, 3, 1),
                                                        D(2026, 3, 1)]


def test_export_carries_skips_snoozes_alarms_times_and_lunar_years(book, tmp_path):
    weekly = _make(title="Weekly call", repeat="weeks", lead_days=1)
    reminder_actions.skip(weekly.id, TODAY, occurrence_on=TODAY + dt.timedelta(days=14))
    reminder_actions.snooze(weekly.id, TODAY + dt.timedelta(days=2), TODAY)
    _make(title="Afternoon visit", kind="visit", due_time="15:30")
    _make(title="Grandma", kind="birthday", repeat="yearly_lunar", lunar_month=8, lunar_day=15)
    path = tmp_path / "out.ics"
    ical_export.export_calendar(path, TODAY)
    events = _events(path)
    series, moved = events["Weekly call"]
    assert [d.dt for d in series["EXDATE"].dts] == [TODAY + dt.timedelta(days=14)]
    assert (moved["RECURRENCE-ID"].dt, moved["DTSTART"].dt) == (TODAY, TODAY + dt.timedelta(days=2))
    [alarm] = series.walk("VALARM")
    assert alarm["TRIGGER"].dt == dt.timedelta(days=-1)
    [visit] = events["Afternoon visit"]
    assert visit["DTSTART"].dt == dt.datetime(2026, 11, 22, 15, 30)
    assert visit["DTSTART"].dt.tzinfo is None  # floating: 15:30 wherever the phone is
    lunar_days = [e["DTSTART"].dt for e in events["Grandma"]]
    assert lunar_days[:3] == [D(2027, 9, 15), D(2028, 10, 3), D(2029, 9, 22)]
    assert len(lunar_days) == ical_export.LUNAR_YEARS


def test_an_exported_book_reads_back_into_another_book(book, tmp_path):
    customer = Customer.create(name="张三")
    _make(title="Monthly call", repeat="months", due_on=D(2026, 1, 31), customer_id=customer.id)
    _make(title="生日", kind="birthday", repeat="yearly_lunar", lunar_month=4, lunar_day=15,
          lunar_leap=True, customer_id=customer.id)
    path = tmp_path / "out.ics"
    ical_export.export_calendar(path, TODAY)
    here = ical_import.read_calendar(path, TODAY)
    assert here.planned == [] and len(here.left_out) == 2  # already in this book
    from custbook import db

    db.close_book()
    db.open_book(tmp_path / "other.db")
    other = Customer.create(name="张三")
    found = ical_import.read_calendar(path, TODAY)
    ical_import.import_calendar(found, TODAY)
    rows = {r.repeat: r for r in Reminder.select()}
    assert rows["months"].next_on == D(2026, 11, 30) and rows["months"].customer_id == other.id
    assert rows["months"].title == "Monthly call"
    lunar_row = rows["yearly_lunar"]
    assert (lunar_row.lunar_month, lunar_row.lunar_day, lunar_row.lunar_leap) == (4, 15, True)
    assert reminders.occurrence(lunar_row.id, TODAY).customer_name == "张三"
    db.close_book()
