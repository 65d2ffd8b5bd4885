"""The record of PIN attempts: each wrong PIN, each lockout it caused, a right PIN after wrong
ones and a commander lifting a lock. Plain rows, outside the audit and the sync file."""

from __future__ import annotations

from desk_app.db.store import Store

RESETS = ("success", "unlock")


def record(store: Store, officer_id: str, event: str, place: str = "", locked_until: str | None = None,
           by_officer: str | None = None) -> None:
    with store.transaction(by_officer) as writer:
        writer.execute("INSERT INTO pin_attempts (officer_id, at, event, place, locked_until, by_officer) "
                       "VALUES (?, ?, ?, ?, ?, ?)", (officer_id, writer.now, event, place, locked_until, by_officer))


def failures_since_reset(store: Store, officer_id: str) -> list[str]:
    """The times of the wrong PINs since the last right one or the last unlock, oldest first."""
    rows = store.all(
        "SELECT at FROM pin_attempts WHERE officer_id = ? AND event = 'failure' AND id > "
        "COALESCE((SELECT MAX(id) FROM pin_attempts WHERE officer_id = ? AND event IN ('success', 'unlock')), 0) "
        "ORDER BY id", (officer_id, officer_id))
    return [r["at"] for r in rows]


def history(store: Store, officer_id: str | None = None, limit: int = 200) -> list[dict]:
    where = "WHERE officer_id = ?" if officer_id else ""
    params = (officer_id, limit) if officer_id else (limit,)
    return store.all(f"SELECT * FROM pin_attempts {where} ORDER BY id DESC LIMIT ?", params)
