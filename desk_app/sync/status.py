"""What the window asks about the end-of-day export: when, what is waiting, is a reminder due."""

from __future__ import annotations

import json
from datetime import datetime, time

from desk_app.db.store import Store
from desk_app.sync.export import last_exported_seq
from desk_app.sync.parts import PART_COLUMNS


def last_export(store: Store) -> dict | None:
    """The latest numbered export (not a re-issue), with its counts decoded."""
    row = store.one("SELECT * FROM sync_exports WHERE kind = 'new' ORDER BY export_seq DESC LIMIT 1")
    return _decoded(row) if row else None


def history(store: Store, limit: int = 100) -> list[dict]:
    """Every export and re-issue, newest first: file, number, counts, where it went, who."""
    rows = store.all(
        "SELECT e.*, o.full_name AS officer_name FROM sync_exports e LEFT JOIN officers o ON o.id = e.officer_id "
        "ORDER BY e.id DESC LIMIT ?", (limit,))
    return [_decoded(r) for r in rows]


def _decoded(row: dict) -> dict:
    return dict(row, counts=json.loads(row["counts"]))


def waiting_changes(store: Store) -> int:
    """Changes to records the file carries, made after the last export."""
    marks = ", ".join("?" for _ in PART_COLUMNS)
    return store.scalar(f"SELECT COUNT(*) FROM changes WHERE seq > ? AND table_name IN ({marks})",
                        (last_exported_seq(store), *PART_COLUMNS))


def exported_on(store: Store, day: str) -> bool:
    return store.scalar("SELECT 1 FROM sync_exports WHERE day = ? AND kind = 'new' LIMIT 1", (day,)) is not None


def _reminder_time(text: str) -> time | None:
    try:
        return time.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        return None


def reminder_due(store: Store, reminder_at: str, now: datetime) -> bool:
    """From the configured time on, while today has no export and something is waiting
    (a day with no change has nothing to send). An empty or invalid time turns it off."""
    at = _reminder_time(reminder_at)
    if at is None or now.time() < at:
        return False
    return not exported_on(store, now.date().isoformat()) and waiting_changes(store) > 0


def summary(store: Store, reminder_at: str, now: datetime) -> dict:
    """One call for the window's status line."""
    return {"last_export": last_export(store), "waiting": waiting_changes(store),
            "reminder_due": reminder_due(store, reminder_at, now)}
