"""Rows of the dossier register (sổ theo dõi hồ sơ): SQL only."""

from __future__ import annotations

from datetime import date, timedelta

from desk_app.db.store import Store

REGISTER_SELECT = """
SELECT d.code, d.status, d.received_at, d.due_at, d.original_due_at, d.result_ready_at, d.closed_at, d.note,
       d.applicant_full_name AS full_name, d.applicant_address AS address,
       d.applicant_phone AS phone, p.code AS procedure_code, p.name AS procedure_name,
       (SELECT MIN(e.at) FROM dossier_events e WHERE e.dossier_id = d.id AND e.action = 'start') AS handed_at,
       (SELECT MAX(e.at) FROM dossier_events e WHERE e.dossier_id = d.id AND e.action = 'return') AS returned_at,
       (SELECT e.reason FROM dossier_events e WHERE e.dossier_id = d.id AND e.action IN ('refuse', 'stop')
        ORDER BY e.at DESC LIMIT 1) AS closing_reason
FROM dossiers d
JOIN procedures p ON p.id = d.procedure_id
WHERE d.received_at >= ? AND d.received_at < ?
ORDER BY d.received_at, d.code
"""


def register_rows(store: Store, start: date, end: date) -> list[dict]:
    """Dossiers received from `start` to `end` inclusive, oldest first."""
    return store.all(REGISTER_SELECT, (f"{start.isoformat()} 00:00:00", f"{end + timedelta(days=1)} 00:00:00"))
