"""Ratings of the citizen's satisfaction (table ratings): SQL only."""

from __future__ import annotations

from desk_app.db.store import Store, Writer

_SELECT = """
SELECT r.id, r.dossier_id, r.visit_id, r.step, r.level, r.reason, r.officer_id, r.at, r.source,
       d.code AS dossier_code, o.full_name AS officer_name
FROM ratings r
LEFT JOIN dossiers d ON d.id = r.dossier_id
LEFT JOIN officers o ON o.id = r.officer_id
"""


def insert(writer: Writer, values: dict) -> dict:
    return writer.insert("ratings", values)


def current(writer: Writer, dossier_id: str | None, visit_id: str | None, step: str) -> dict | None:
    """The rating already kept for this dossier (or visit) and step, read inside the writer's
    transaction; the latest if an older database holds more than one."""
    column, value = ("dossier_id", dossier_id) if dossier_id else ("visit_id", visit_id)
    cursor = writer.conn.execute(
        f"SELECT id, level, reason, officer_id, at, source FROM ratings WHERE {column} = ? AND step = ? "
        "ORDER BY at DESC, rowid DESC LIMIT 1", (value, step))
    row = cursor.fetchone()
    return dict(zip([d[0] for d in cursor.description], row)) if row else None


def replace(writer: Writer, rating_id: str, values: dict) -> None:
    writer.update("ratings", rating_id, values)


def of_dossier(store: Store, dossier_id: str) -> list[dict]:
    return store.all(_SELECT + " WHERE r.dossier_id = ? ORDER BY r.at, r.rowid", (dossier_id,))


def of_visit(store: Store, visit_id: str) -> list[dict]:
    return store.all(_SELECT + " WHERE r.visit_id = ? ORDER BY r.at, r.rowid", (visit_id,))


def between(store: Store, start: str, end: str) -> list[dict]:
    """Ratings given from `start` (inclusive) to `end` (exclusive), 'YYYY-MM-DD HH:MM:SS' text."""
    return store.all(_SELECT + " WHERE r.at >= ? AND r.at < ? ORDER BY r.at, r.rowid", (start, end))


def counts_between(store: Store, start: str, end: str) -> dict[str, int]:
    """level -> how many ratings in the period."""
    rows = store.all("SELECT level, COUNT(*) AS n FROM ratings WHERE at >= ? AND at < ? GROUP BY level",
                     (start, end))
    return {r["level"]: r["n"] for r in rows}
