"""What a shift handover and the day's close count, and their books (tables handovers,
day_closes): SQL only. Times are 'YYYY-MM-DD HH:MM:SS' text; periods are [start, end)."""

from __future__ import annotations

from desk_app.db.store import Store, Writer

OPEN_STATUSES = ("received", "in_progress", "needs_supplement")
_DOSSIER = """
SELECT d.id, d.code, d.status, d.received_at, d.due_at, d.result_ready_at, d.closed_at, d.fee, d.channel,
       d.queue_number, c.full_name, c.phone, p.code AS procedure_code, p.name AS procedure_name
FROM dossiers d
JOIN citizens c ON c.id = d.citizen_id
JOIN procedures p ON p.id = d.procedure_id
"""


def received_between(store: Store, start: str, end: str) -> list[dict]:
    return store.all(_DOSSIER + " WHERE d.received_at >= ? AND d.received_at < ? ORDER BY d.received_at, d.code",
                     (start, end))


def returned_between(store: Store, start: str, end: str) -> list[dict]:
    return store.all(_DOSSIER + " WHERE d.status = 'returned' AND d.closed_at >= ? AND d.closed_at < ? "
                     "ORDER BY d.closed_at, d.code", (start, end))


def open_dossiers(store: Store) -> list[dict]:
    """Every dossier still being handled (paused ones too), by due time."""
    return store.all(_DOSSIER + f" WHERE d.status IN {OPEN_STATUSES} ORDER BY d.due_at, d.code")


def ready_for_pickup(store: Store) -> list[dict]:
    return store.all(_DOSSIER + " WHERE d.status = 'result_ready' ORDER BY d.result_ready_at, d.code")


def follow_up_visits(store: Store, start: str, end: str) -> list[dict]:
    """Complaints, proposals and reports taken in the period: someone must follow them up."""
    return store.all(
        "SELECT v.id, v.kind, v.at, v.summary, v.outcome, c.full_name, c.phone FROM visits v "
        "LEFT JOIN citizens c ON c.id = v.citizen_id WHERE v.kind IN ('complaint', 'proposal', 'report') "
        "AND v.at >= ? AND v.at < ? ORDER BY v.at", (start, end))


def visit_count(store: Store, start: str, end: str) -> int:
    return store.scalar("SELECT COUNT(*) FROM visits WHERE kind != 'dossier' AND at >= ? AND at < ?", (start, end))


def fees_by_procedure(store: Store, start: str, end: str) -> list[dict]:
    """Fees of the dossiers received in the period, by procedure; 'cash' is what was paid in cash
    at the counter (marked so, or in person and not marked), 'transfer' what the officer marked
    paid by bank transfer; the rest was paid online or by post."""
    return store.all(
        "SELECT p.code AS procedure_code, p.name AS procedure_name, COUNT(*) AS dossiers, SUM(d.fee) AS fees, "
        "SUM(CASE WHEN f.method = 'cash' OR (f.method IS NULL AND d.channel = 'in_person') THEN d.fee ELSE 0 END) "
        "AS cash, SUM(CASE WHEN f.method = 'transfer' THEN d.fee ELSE 0 END) AS transfer FROM dossiers d "
        "JOIN procedures p ON p.id = d.procedure_id LEFT JOIN fee_payments f ON f.dossier_id = d.id "
        "WHERE d.received_at >= ? AND d.received_at < ? "
        "GROUP BY p.code, p.name HAVING SUM(d.fee) > 0 ORDER BY p.code", (start, end))


# -- the handover book ---------------------------------------------------------------------------

_HANDOVER = """
SELECT h.*, f.full_name AS from_name, t.full_name AS to_name FROM handovers h
LEFT JOIN officers f ON f.id = h.from_officer_id
LEFT JOIN officers t ON t.id = h.to_officer_id
"""


def insert_handover(writer: Writer, values: dict) -> dict:
    return writer.insert("handovers", values)


def last_handover(store: Store) -> dict | None:
    return store.one(_HANDOVER + " ORDER BY h.at DESC, h.rowid DESC LIMIT 1")


def handovers(store: Store, limit: int) -> list[dict]:
    return store.all(_HANDOVER + " ORDER BY h.at DESC, h.rowid DESC LIMIT ?", (limit,))


def handover(store: Store, handover_id: str) -> dict | None:
    return store.one(_HANDOVER + " WHERE h.id = ?", (handover_id,))


# -- the day's close ------------------------------------------------------------------------------

def day_close(store: Store, day: str) -> dict | None:
    return store.one("SELECT k.*, o.full_name AS officer_name FROM day_closes k "
                     "LEFT JOIN officers o ON o.id = k.officer_id WHERE k.day = ?", (day,))


def insert_day_close(writer: Writer, values: dict) -> dict:
    return writer.insert("day_closes", values)


def count_reprint(writer: Writer, close_id: str, reprints: int) -> None:
    writer.update("day_closes", close_id, {"reprints": reprints})
