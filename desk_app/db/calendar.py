"""The unit's own days off and make-up working days (table holiday_overrides)."""

from __future__ import annotations

from desk_app.db.store import Store


def day_kinds(store: Store) -> list[dict]:
    """Every override as day and kind: what the working calendar is built from."""
    return store.all("SELECT day, kind FROM holiday_overrides")


def overrides(store: Store) -> list[dict]:
    return store.all("SELECT day, kind, note FROM holiday_overrides ORDER BY day")


def id_of(store: Store, day_text: str) -> str | None:
    row = store.one("SELECT id FROM holiday_overrides WHERE day = ?", (day_text,))
    return row["id"] if row else None
