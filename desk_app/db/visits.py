"""Visits (citizen reception log): SQL only."""

from __future__ import annotations

from desk_app.db.store import Store

VISIT_SELECT = """
SELECT v.id, v.kind, v.at, v.summary, v.outcome, v.satisfaction, v.dossier_id, v.officer_id,
       c.full_name, c.id_number, c.phone, o.full_name AS officer_name
FROM visits v
LEFT JOIN citizens c ON c.id = v.citizen_id
LEFT JOIN officers o ON o.id = v.officer_id
"""


def on_day(store: Store, day_text: str) -> list[dict]:
    """Visits of one day ('YYYY-MM-DD'), in time order; uses the visits_at index."""
    return store.all(VISIT_SELECT + " WHERE v.at >= ? AND v.at < ? ORDER BY v.at",
                     (f"{day_text} 00:00:00", f"{day_text} 99"))


def get(store: Store, visit_id: str) -> dict | None:
    return store.one(VISIT_SELECT + " WHERE v.id = ?", (visit_id,))


def ticket(store: Store, visit_id: str) -> dict | None:
    """A visit as its reception ticket prints it: citizen, officer and dossier code."""
    return store.one(
        "SELECT v.*, c.full_name, o.full_name AS officer_name, d.code AS dossier_code FROM visits v "
        "LEFT JOIN citizens c ON c.id = v.citizen_id LEFT JOIN officers o ON o.id = v.officer_id "
        "LEFT JOIN dossiers d ON d.id = v.dossier_id WHERE v.id = ?", (visit_id,))


def number_in_day(store: Store, day_text: str, at_text: str) -> int:
    """The visit's number in its day: visits from the day's start up to and including it."""
    return store.scalar("SELECT COUNT(*) FROM visits WHERE at >= ? AND at <= ?", (day_text, at_text))
