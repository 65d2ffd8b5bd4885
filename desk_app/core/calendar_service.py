"""The unit's working calendar: settings' schedule plus its override table (extra days off,
make-up working days), which the commander edits through desk.holidays."""

from __future__ import annotations

from datetime import date
from typing import Callable

from desk_app.core.workdays import Period, WorkCalendar
from desk_app.core.roles import require_commander
from desk_app.db import calendar as repo
from desk_app.db.store import Store

KINDS = {"off": "Nghỉ", "work": "Làm bù"}


def load_calendar(store: Store, schedule: tuple[Period, ...]) -> WorkCalendar:
    rows = repo.day_kinds(store)
    return WorkCalendar(schedule=schedule, overrides={date.fromisoformat(r["day"]): r["kind"] for r in rows})


class HolidayService:
    """The override table; `on_change` runs after each change (the Desk rebuilds its calendar)."""

    def __init__(self, store: Store, on_change: Callable[[], None] = lambda: None):
        self.store = store
        self.on_change = on_change

    def list(self) -> list[dict]:
        return repo.overrides(self.store)

    def set(self, day: date, kind: str, note: str, officer_id: str | None) -> None:
        require_commander(self.store, officer_id, "holidays")
        self.seed(day, kind, note, officer_id)

    def seed(self, day: date, kind: str, note: str, officer_id: str | None) -> None:
        """set() without asking who: only first-run setup, before anyone can be asked."""
        if kind not in KINDS:
            raise ValueError("Loại ngày phải là off (nghỉ) hoặc work (làm bù).")
        existing = repo.id_of(self.store, day.isoformat())
        with self.store.transaction(officer_id) as writer:
            if existing:
                writer.update("holiday_overrides", existing, {"kind": kind, "note": note})
            else:
                writer.insert("holiday_overrides", {"day": day.isoformat(), "kind": kind, "note": note})
        self.on_change()

    def remove(self, day: date, officer_id: str | None) -> bool:
        require_commander(self.store, officer_id, "holidays")
        existing = repo.id_of(self.store, day.isoformat())
        if existing is None:
            return False
        with self.store.transaction(officer_id) as writer:
            writer.delete("holiday_overrides", existing)
        self.on_change()
        return True
