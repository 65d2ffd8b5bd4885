"""Follow-ups of unsatisfied ratings (table rating_follow_ups): SQL only."""

from __future__ import annotations

from desk_app.db.store import Store, Writer

_SELECT = """
SELECT f.id, f.rating_id, f.reason, f.status, f.opened_at, f.due_at, f.contact, f.answer, f.answered_at,
       f.answered_by, a.full_name AS answered_by_name, r.step, r.level, r.source, r.at AS rated_at,
       r.dossier_id, r.visit_id, d.code AS dossier_code, o.full_name AS officer_name,
       COALESCE(dc.full_name, vc.full_name) AS full_name, COALESCE(dc.phone, vc.phone) AS phone
FROM rating_follow_ups f
JOIN ratings r ON r.id = f.rating_id
LEFT JOIN dossiers d ON d.id = r.dossier_id
LEFT JOIN citizens dc ON dc.id = d.citizen_id
LEFT JOIN visits v ON v.id = r.visit_id
LEFT JOIN citizens vc ON vc.id = v.citizen_id
LEFT JOIN officers o ON o.id = r.officer_id
LEFT JOIN officers a ON a.id = f.answered_by
"""


def of_rating(writer: Writer, rating_id: str) -> dict | None:
    """The follow-up a rating opened, read inside the writer's transaction."""
    cursor = writer.conn.execute("SELECT id, status, reason FROM rating_follow_ups WHERE rating_id = ?",
                                 (rating_id,))
    row = cursor.fetchone()
    return dict(zip([d[0] for d in cursor.description], row)) if row else None


def insert(writer: Writer, values: dict) -> dict:
    return writer.insert("rating_follow_ups", values)


def update(writer: Writer, follow_up_id: str, values: dict) -> None:
    writer.update("rating_follow_ups", follow_up_id, values)


def get(store: Store, follow_up_id: str) -> dict | None:
    return store.one(_SELECT + " WHERE f.id = ?", (follow_up_id,))


def ids_starting(store: Store, prefix: str) -> list[str]:
    """The ids that begin with `prefix` (the short id a list prints), at most two."""
    return [r["id"] for r in store.all("SELECT id FROM rating_follow_ups WHERE id >= ? AND id < ? ORDER BY id LIMIT 2",
                                       (prefix, prefix + "\uffff"))]


def listed(store: Store, open_only: bool) -> list[dict]:
    """Open ones by due time; with the others, the newest first after the open."""
    if open_only:
        return store.all(_SELECT + " WHERE f.status = 'open' ORDER BY f.due_at, f.opened_at, f.rowid")
    return store.all(_SELECT + " WHERE f.status != 'withdrawn' ORDER BY f.status != 'open', "
                               "CASE WHEN f.status = 'open' THEN f.due_at END, f.opened_at DESC, f.rowid")


def open_counts(store: Store, now: str) -> tuple[int, int]:
    """(open, of which overdue at `now`)."""
    row = store.one("SELECT COUNT(*) AS n, COALESCE(SUM(due_at < ?), 0) AS late FROM rating_follow_ups "
                    "WHERE status = 'open'", (now,))
    return row["n"], row["late"]
