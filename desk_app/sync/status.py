"""What the window asks about the end-of-day export: when, what is waiting, is a reminder due."""

from __future__ import annotations

from datetime import datetime, time

from desk_app.db import sync_exports as repo
from desk_app.db.store import Store

last_export = repo.last_export
history = repo.history
exported_on = repo.exported_on


def waiting_changes(store: Store) -> int:
    """Changes to records the file carries, made after the last export."""
    return repo.waiting_changes(store, repo.last_exported_seq(store))


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
    """One call for the window's status line: what waits, as an officer counts it too (the
    dossiers and visits new or changed since the last file)."""
    after = repo.last_exported_seq(store)
    waiting = repo.waiting_changes(store, after)
    return {"last_export": last_export(store), "waiting": waiting,
            "waiting_dossiers": repo.waiting_records(store, after, "dossiers") if waiting else 0,
            "waiting_visits": repo.waiting_records(store, after, "visits") if waiting else 0,
            "reminder_due": reminder_due(store, reminder_at, now)}
