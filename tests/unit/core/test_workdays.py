from datetime import date, datetime

import pytest

from desk_app.core.workdays import WorkCalendar, parse_schedule

CAL = WorkCalendar()


def test_lunar_holidays_from_the_library():
    off_2026 = dict(CAL.days_off(2026))
    for day in (date(2026, 2, 16), date(2026, 2, 20), date(2026, 4, 27), date(2026, 9, 2)):
        assert day in off_2026
    assert date(2027, 4, 16) in dict(CAL.days_off(2027))  # Giỗ Tổ 10/3 lunar


def test_weekend_and_holidays_are_not_working_days():
    assert CAL.is_working_day(date(2026, 11, 23))  # Monday
    assert not CAL.is_working_day(date(2026, 11, 21))  # Saturday
    assert not CAL.is_working_day(date(2026, 2, 17))  # Tết
    assert CAL.is_working_day(date(2026, 8, 22))  # make-up Saturday known to the library


def test_overrides_win_over_the_library():
    cal = WorkCalendar(overrides={date(2026, 1, 2): "off", date(2026, 1, 10): "work", date(2026, 2, 17): "work"})
    assert not cal.is_working_day(date(2026, 1, 2))
    assert cal.is_working_day(date(2026, 1, 10))
    assert cal.is_working_day(date(2026, 2, 17))
    assert "đơn vị" in cal.day_off_reason(date(2026, 1, 2))


def test_days_keep_the_time_of_day():
    # Mon 09:00 + 3 working days; Tue 24/11/2026 is a public holiday -> Thu 09:00.
    assert CAL.due(datetime(2026, 11, 23, 9, 0), days=3) == datetime(2026, 11, 27, 9, 0)


def test_received_after_hours_starts_at_next_opening():
    # Saturday: counting starts Monday 07:30; 3 days end at the close of Thursday.
    assert CAL.due(datetime(2026, 11, 21, 10, 0), days=3) == datetime(2026, 11, 26, 17, 0)
    assert CAL.due(datetime(2026, 11, 23, 18, 0), days=1) == datetime(2026, 11, 25, 17, 0)


def test_half_day_crosses_the_lunch_break():
    # 7.5 h a day, half = 3 h 45: 09:00 -> 11:30 (2:30), then 13:30 + 1:15 = 14:45.
    assert CAL.due(datetime(2026, 11, 23, 9, 0), days=0.5) == datetime(2026, 11, 23, 14, 45)


def test_zero_limit_is_now_or_next_opening():
    assert CAL.due(datetime(2026, 11, 23, 9, 10)) == datetime(2026, 11, 23, 9, 10)
    assert CAL.due(datetime(2026, 11, 23, 12, 0)) == datetime(2026, 11, 23, 13, 30)


def test_hours_limit():
    assert CAL.due(datetime(2026, 11, 23, 16, 0), hours=2) == datetime(2026, 11, 25, 8, 30)


def test_tet_is_skipped():
    # Friday 13/2/2026 09:00 + 1 day: 16-20/2 Tết, so Monday 23/2 09:00.
    assert CAL.due(datetime(2026, 2, 13, 9, 0), days=1) == datetime(2026, 2, 23, 9, 0)


def test_custom_schedule():
    cal = WorkCalendar(schedule=parse_schedule("08:00-12:00, 13:00-17:00"))
    assert cal.minutes_per_day == 480
    # A full day from the opening ends at that day's close, not at the next opening.
    assert cal.due(datetime(2026, 11, 23, 8, 0), days=1) == datetime(2026, 11, 23, 17, 0)
    assert cal.due(datetime(2026, 11, 23, 8, 1), days=1) == datetime(2026, 11, 25, 8, 1)


@pytest.mark.parametrize("text", ["", "7:30", "11:30-07:30", "07:30-11:30, 11:00-17:00", "abc-def"])
def test_bad_schedules_are_refused_in_vietnamese(text):
    with pytest.raises(ValueError, match="[Gg]iờ|ca làm việc"):
        parse_schedule(text)


def test_working_minutes_between():
    assert CAL.working_minutes_between(datetime(2026, 11, 23, 9, 0), datetime(2026, 11, 23, 14, 0)) == 150 + 30
    assert CAL.working_minutes_between(datetime(2026, 11, 23, 9, 0), datetime(2026, 11, 25, 9, 0)) == 450
    assert CAL.working_minutes_between(datetime(2026, 11, 25, 9, 0), datetime(2026, 11, 23, 9, 0)) == 0


def test_days_off_lists_weekday_holidays_and_make_up_days():
    days = dict(CAL.days_off(2026))
    assert date(2026, 2, 17) in days and date(2026, 8, 22) in days
    assert date(2026, 11, 21) not in days  # an ordinary Saturday is not listed


def test_a_pause_moves_a_due_only_by_its_working_minutes():
    # A due at a close stays there when nothing was paused (not the next opening)...
    assert CAL.push(datetime(2026, 12, 7, 17, 0), 0) == datetime(2026, 12, 7, 17, 0)
    assert CAL.push(datetime(2026, 12, 7, 11, 30), 0) == datetime(2026, 12, 7, 11, 30)
    # ...and moves across the lunch break, the night, the weekend and a holiday when it was.
    assert CAL.push(datetime(2026, 12, 7, 11, 30), 15) == datetime(2026, 12, 7, 13, 45)
    assert CAL.push(datetime(2026, 12, 4, 17, 0), 30) == datetime(2026, 12, 7, 8, 0)
    assert CAL.push(datetime(2026, 11, 23, 17, 0), 30) == datetime(2026, 11, 25, 8, 0)
