"""The numbers the desk calls (F10), one counter per day (table queue_calls): SQL only."""

from __future__ import annotations

from desk_app.db.store import Store, Writer


def call_next(writer: Writer, day: str) -> int:
    """Take the day's next number inside the caller's transaction (1 on a new day)."""
    row = writer.execute(
        "INSERT INTO queue_calls (day, last_number, called_at) VALUES (?, 1, ?) "
        "ON CONFLICT(day) DO UPDATE SET last_number = last_number + 1, called_at = excluded.called_at "
        "RETURNING last_number",
        (day, writer.now),
    ).fetchone()
    return row[0]


def last_called(store: Store, day: str) -> int:
    """The day's last called number; 0 before the first call."""
    return store.scalar("SELECT last_number FROM queue_calls WHERE day = ?", (day,)) or 0
