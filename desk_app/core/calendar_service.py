"""The unit's working calendar: settings' schedule plus its override table."""

from __future__ import annotations

from datetime import date

from desk_app.core.workdays import Period, WorkCalendar
from desk_app.db import calendar as repo
from desk_app.db.store import Store

KINDS = {"off": "Nghỉ", "work": "Làm bù"}


def load_calendar(store: Store, schedule: tuple[Period, ...]) -> WorkCalendar:
    rows = repo.day_kinds(store)
    return WorkCalendar(schedule=schedule, overrides={date.fromisoformat(r["day"]): r["kind"] for r in rows})


def list_overrides(store: Store) -> list[dict]:
    return repo.overrides(store)


def set_override(store: Store, day: date, kind: str, note: str, officer_id: str | None) -> None:
    if kind not in KINDS:
        raise ValueError("Loại ngày phải là off (nghỉ) hoặc work (làm bù).")
    existing = repo.id_of(store, day.isoformat())
    with store.transaction(officer_id) as writer:
        if existing:
            writer.update("holiday_overrides", existing, {"kind": kind, "note": note})
        else:
            writer.insert("holiday_overrides", {"day": day.isoformat(), "kind": kind, "note": note})


def remove_override(store: Store, day: date, officer_id: str | None) -> bool:
    existing = repo.id_of(store, day.isoformat())
    if existing is None:
        return False
    with store.transaction(officer_id) as writer:
        writer.delete("holiday_overrides", existing)
    return True
