"""Working days and appointment times.

A time limit is counted in working minutes against a schedule (default 07:30-11:30,
13:30-17:00) on working days: not Saturday or Sunday, not a public holiday from the
`holidays` package (lunar Tết and Giỗ Tổ included, with its substitute days off and
make-up Saturdays), and the unit's own override table on top (an extra day off, a
make-up working day), which wins over both. A limit of N days is N times the minutes
of a working day, so a dossier received at 09:00 with 3 days is due at 09:00 three
working days later; one received outside working hours starts at the next opening.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache

MAX_SEARCH_DAYS = 3660  # ten years: a safety stop, never reached by a real calendar


@dataclass(frozen=True)
class Period:
    start: time
    end: time

    def minutes(self) -> int:
        return (self.end.hour * 60 + self.end.minute) - (self.start.hour * 60 + self.start.minute)


DEFAULT_SCHEDULE = (Period(time(7, 30), time(11, 30)), Period(time(13, 30), time(17, 0)))


def parse_schedule(text: str) -> tuple[Period, ...]:
    """'07:30-11:30, 13:30-17:00' -> periods; raises ValueError with a Vietnamese message."""
    periods = []
    for chunk in text.replace(";", ",").split(","):
        chunk = chunk.strip()
        if not chunk:
            continue
        try:
            start_text, end_text = chunk.split("-")
            period = Period(time.fromisoformat(start_text.strip()), time.fromisoformat(end_text.strip()))
        except ValueError:
            raise ValueError(f"Giờ làm việc “{chunk}” không hợp lệ: viết dạng 07:30-11:30.") from None
        if period.minutes() <= 0:
            raise ValueError(f"Giờ làm việc “{chunk}”: giờ kết thúc phải sau giờ bắt đầu.")
        if periods and period.start < periods[-1].end:
            raise ValueError("Các ca làm việc phải theo thứ tự và không chồng lên nhau.")
        periods.append(period)
    if not periods:
        raise ValueError("Cần ít nhất một ca làm việc trong ngày.")
    return tuple(periods)


def format_schedule(periods: tuple[Period, ...]) -> str:
    return ", ".join(f"{p.start:%H:%M}-{p.end:%H:%M}" for p in periods)


@lru_cache(maxsize=32)
def _public_holidays(year: int):
    import holidays  # ~50 ms to import: loaded on the first date question, not at start-up

    return holidays.country_holidays("VN", years=year, language="vi")


def _library_make_up_days(year: int) -> set[date]:
    return {d for d in getattr(_public_holidays(year), "weekend_workdays", set()) if d.year == year}


@dataclass
class WorkCalendar:
    schedule: tuple[Period, ...] = DEFAULT_SCHEDULE
    # date -> "off" (extra day off) or "work" (make-up working day); wins over the library.
    overrides: dict[date, str] = field(default_factory=dict)

    @property
    def minutes_per_day(self) -> int:
        return sum(p.minutes() for p in self.schedule)

    def is_working_day(self, day: date) -> bool:
        kind = self.overrides.get(day)
        if kind is not None:
            return kind == "work"
        if day in _library_make_up_days(day.year):
            return True
        if day.weekday() >= 5:
            return False
        return day not in _public_holidays(day.year)

    def day_off_reason(self, day: date) -> str:
        """Why a day is not worked, in Vietnamese ('' for a working day)."""
        if self.is_working_day(day):
            return ""
        if self.overrides.get(day) == "off":
            return "Ngày nghỉ do đơn vị khai báo"
        name = _public_holidays(day.year).get(day)
        if name:
            return str(name)
        return "Thứ Bảy" if day.weekday() == 5 else "Chủ nhật"

    def _periods_on(self, day: date):
        for period in self.schedule:
            yield datetime.combine(day, period.start), datetime.combine(day, period.end)

    def add_minutes(self, start: datetime, minutes: float) -> datetime:
        """The moment `minutes` working minutes after `start`.

        A limit that ends exactly at the close of a period ends there (17:00), not at the
        next opening; a zero limit received after hours is due at the next opening.
        """
        remaining = timedelta(minutes=minutes)
        day = start.date()
        for _ in range(MAX_SEARCH_DAYS):
            if self.is_working_day(day):
                for opens, closes in self._periods_on(day):
                    if closes <= start:
                        continue
                    begin = max(opens, start)
                    available = closes - begin
                    if remaining <= available:
                        return begin + remaining
                    remaining -= available
            day += timedelta(days=1)
        raise ValueError("Không tìm được ngày làm việc trong 10 năm tới: kiểm tra bảng ngày nghỉ.")

    def push(self, due: datetime, paused_minutes: float) -> datetime:
        """An appointment moved later by the working minutes a dossier stood paused.

        A pause starts and ends at the next working moment, so one wholly outside working
        hours (a Sunday, a night, a holiday) paused nothing and moves nothing: a due at a
        close (17:00) stays there instead of jumping to the next opening.
        """
        if paused_minutes <= 0:
            return due
        return self.add_minutes(due, paused_minutes)

    def due(self, received: datetime, days: float = 0, hours: float = 0) -> datetime:
        """Appointment time for a limit in working days and/or working hours."""
        return self.add_minutes(received, days * self.minutes_per_day + hours * 60)

    def working_minutes_between(self, start: datetime, end: datetime) -> float:
        """Working minutes in [start, end): used to stop the clock while a dossier waits."""
        if end <= start:
            return 0.0
        total = timedelta(0)
        day = start.date()
        while day <= end.date():
            if self.is_working_day(day):
                for opens, closes in self._periods_on(day):
                    begin, finish = max(opens, start), min(closes, end)
                    if finish > begin:
                        total += finish - begin
            day += timedelta(days=1)
        return total.total_seconds() / 60

    def days_off(self, year: int) -> list[tuple[date, str]]:
        """Every weekday off and every make-up working Saturday/Sunday of a year, for display."""
        result = []
        day = date(year, 1, 1)
        while day.year == year:
            weekend = day.weekday() >= 5
            working = self.is_working_day(day)
            if weekend and working:
                note = "Làm bù" if day not in self.overrides else "Làm bù (đơn vị khai báo)"
                result.append((day, note))
            elif not weekend and not working:
                result.append((day, self.day_off_reason(day)))
            day += timedelta(days=1)
        return result
