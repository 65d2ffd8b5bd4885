"""Complaints, proposals and tip-offs followed to the end (table visit_follow_ups): SQL only."""

from __future__ import annotations

from desk_app.db.store import Store, Writer

# Still the unit's to handle: neither answered nor forwarded to the upper level.
PENDING = ("received", "handling")
_SELECT = """
SELECT f.id, f.visit_id, f.kind, f.status, f.handler_id, h.full_name AS handler_name, f.received_at, f.due_at,
       f.forwarded_to, f.answer, f.answered_at, v.summary, c.full_name, c.phone, o.full_name AS officer_name
FROM visit_follow_ups f
JOIN visits v ON v.id = f.visit_id
LEFT JOIN citizens c ON c.id = v.citizen_id
LEFT JOIN officers h ON h.id = f.handler_id
LEFT JOIN officers o ON o.id = v.officer_id
"""


def insert(writer: Writer, values: dict) -> dict:
    return writer.insert("visit_follow_ups", values)


def update(writer: Writer, follow_up_id: str, values: dict) -> None:
    writer.update("visit_follow_ups", follow_up_id, values)


def get(store: Store, follow_up_id: str) -> dict | None:
    return store.one(_SELECT + " WHERE f.id = ?", (follow_up_id,))


def of_visit(store: Store, visit_id: str) -> dict | None:
    return store.one(_SELECT + " WHERE f.visit_id = ?", (visit_id,))


def ids_starting(store: Store, prefix: str) -> list[str]:
    """The ids (of the follow-up or of its visit) that begin with `prefix`, at most two."""
    return [r["id"] for r in store.all(
        "SELECT id FROM visit_follow_ups WHERE (id >= ?1 AND id < ?2) OR (visit_id >= ?1 AND visit_id < ?2) "
        "ORDER BY id LIMIT 2", (prefix, prefix + "\uffff"))]


def listed(store: Store, open_only: bool) -> list[dict]:
    """Not answered yet (forwarded ones too) by due time; with the answered, newest after."""
    if open_only:
        return store.all(_SELECT + " WHERE f.status != 'answered' ORDER BY f.due_at, f.received_at, f.rowid")
    return store.all(_SELECT + " ORDER BY f.status = 'answered', "
                               "CASE WHEN f.status != 'answered' THEN f.due_at END, f.received_at DESC, f.rowid")


def pending_counts(store: Store, now: str) -> tuple[int, int]:
    """(the unit's still to handle, of which overdue at `now`)."""
    row = store.one(f"SELECT COUNT(*) AS n, COALESCE(SUM(due_at < ?), 0) AS late FROM visit_follow_ups "
                    f"WHERE status IN {PENDING}", (now,))
    return row["n"], row["late"]
