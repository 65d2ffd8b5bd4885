"""The counts of the periodic report (Biểu 06), as one grouped pass over the dossiers.

Every comparison is by day (the first 10 characters of a 'YYYY-MM-DD HH:MM:SS' time): the
report's buckets are all decided by the day (core/stats.py says which). One covering index
ordered by the grouping columns lets SQLite stream the groups without a sort and without
reading the table; the finest grain (procedure x officer, and unit at the district) comes
back and core adds it up by field, procedure, officer or in total.
"""

from __future__ import annotations

from desk_app.db.database import Database
from desk_app.db.store import Store

# Each SUM packs three counters of 21 bits (up to 2,097,151 dossiers a group): one pass over
# the index costs per aggregate, so four packed sums beat twelve plain ones threefold.
# :f is the period's first day, :e the day after its last; a time before :e is "by the end".
_B, _C = 1 << 21, 1 << 42
_SUMS = f"""
    SUM(CASE WHEN received_at < :f THEN 1 WHEN channel = 'online' THEN {_B} ELSE {_C} END),
    SUM(CASE WHEN result_ready_at < :e THEN (
        CASE WHEN result_ready_at < substr(original_due_at, 1, 10) THEN 1
             WHEN substr(result_ready_at, 1, 10) = substr(original_due_at, 1, 10) THEN {_B} ELSE {_C} END)
        ELSE 0 END),
    SUM(CASE WHEN result_ready_at < :e OR (closed_at < :e AND status IN ('refused', 'stopped')) THEN 0
             WHEN status = 'needs_supplement' AND paused_at < :e THEN {_C}
             WHEN original_due_at < :e THEN {_B} ELSE 1 END),
    SUM(CASE WHEN closed_at < :e THEN (
        CASE status WHEN 'refused' THEN 1 WHEN 'stopped' THEN {_B} WHEN 'returned' THEN {_C} ELSE 0 END)
        ELSE 0 END)"""
# The order the packed counters unpack into (low bits first within each sum).
_PACKED = (("carried_over", "received_online", "received_direct"),
           ("resolved_early", "resolved_on_time", "resolved_late"),
           ("in_progress_in_time", "in_progress_overdue", "needs_supplement"),
           ("refused", "stopped", "returned"))
COUNT_KEYS = tuple(k for group in _PACKED for k in group)

# In the period: received by its last day and not finished before its first.
_ALIVE = "received_at < :e AND COALESCE(result_ready_at, closed_at, :f) >= :f"

DESK_INDEX = ("CREATE INDEX IF NOT EXISTS dossiers_stats ON dossiers(procedure_id, received_by, received_at, "
              "status, channel, result_ready_at, closed_at, original_due_at, paused_at)")
READY_INDEX = ("CREATE INDEX IF NOT EXISTS dossiers_ready ON dossiers(result_ready_at) "
               "WHERE result_ready_at IS NOT NULL")
DISTRICT_INDEX = ("CREATE INDEX IF NOT EXISTS dossiers_stats ON dossiers(unit, procedure_code, received_by, "
                  "received_at, status, channel, result_ready_at, closed_at, original_due_at, paused_at, deleted)")


def _grouped(group: str, where: str = "") -> str:
    return (f"SELECT {group}, {_SUMS} FROM dossiers INDEXED BY dossiers_stats "
            f"WHERE {_ALIVE}{' AND ' + where if where else ''} GROUP BY {group}")


_DESK_SQL = _grouped("procedure_id, received_by")
_DISTRICT_SQL = _grouped("unit, procedure_code, received_by", "deleted = 0")


_MASK = _B - 1


def _rows(cursor, width: int) -> list[tuple]:
    """(group columns…, *COUNT_KEYS) with each packed sum split into its three counters."""
    out = []
    for r in cursor.fetchall():
        counts = []
        for packed in r[width:]:
            packed = packed or 0
            counts += (packed & _MASK, (packed >> 21) & _MASK, packed >> 42)
        out.append(tuple(r[:width]) + tuple(counts))
    return out


def _params(first_day: str, last_day: str) -> dict:
    from datetime import date, timedelta

    return {"f": first_day, "e": (date.fromisoformat(last_day) + timedelta(days=1)).isoformat()}


def desk_counts(store: Store, first_day: str, last_day: str) -> list[tuple]:
    """(procedure_id, officer_id, *COUNT_KEYS) for each pair with a dossier alive in the period."""
    return _rows(store.db.execute(_DESK_SQL, _params(first_day, last_day)), 2)


def district_counts(db: Database, first_day: str, last_day: str) -> list[tuple]:
    """(unit, procedure_code, officer_id, *COUNT_KEYS) over every unit's live dossiers."""
    return _rows(db.execute(_DISTRICT_SQL, _params(first_day, last_day)), 3)


def procedures(store: Store) -> list[dict]:
    return store.all("SELECT id, code, name, field FROM procedures")


def officers(store: Store) -> list[dict]:
    return store.all("SELECT id, full_name FROM officers")


def district_procedures(db: Database) -> list[dict]:
    """Each unit's procedures by code (the same code may carry slightly different names)."""
    return list(db.query("SELECT unit, code, name, field FROM procedures WHERE deleted = 0"))


def district_officers(db: Database) -> list[dict]:
    return list(db.query("SELECT unit, id, full_name FROM officers WHERE deleted = 0"))


def district_units(db: Database) -> list[dict]:
    return list(db.query("SELECT code, name FROM units ORDER BY code"))


# -- received and resolved per day, for the page's chart ---------------------------------------

_DAY_SQL = """
SELECT day, SUM(received), SUM(resolved) FROM (
    SELECT substr(received_at, 1, 10) AS day, COUNT(*) AS received, 0 AS resolved FROM dossiers
    WHERE received_at >= :f AND received_at < :e {live} GROUP BY 1
    UNION ALL
    SELECT substr(result_ready_at, 1, 10), 0, COUNT(*) FROM dossiers
    WHERE result_ready_at >= :f AND result_ready_at < :e {live} GROUP BY 1
) GROUP BY day ORDER BY day"""


def desk_day_counts(store: Store, first_day: str, last_day: str) -> list[tuple[str, int, int]]:
    return [tuple(r) for r in store.db.execute(_DAY_SQL.format(live=""), _params(first_day, last_day)).fetchall()]


def district_day_counts(db: Database, first_day: str, last_day: str) -> list[tuple[str, int, int]]:
    return [tuple(r) for r in db.execute(_DAY_SQL.format(live="AND deleted = 0"),
                                         _params(first_day, last_day)).fetchall()]


# -- satisfaction: the ratings table arrives with its own change; until then, zeros ----------

def _has_table(conn, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone() is not None


def satisfaction_counts(conn, first_day: str, last_day: str) -> dict[str, int]:
    """level -> ratings given in the period, from a `ratings(level, at)` table if there is one.
    The only query that reads ratings: point it at the real table's columns here."""
    if not _has_table(conn, "ratings"):
        return {}
    columns = {r[1] for r in conn.execute("PRAGMA table_info(ratings)")}
    if not {"level", "at"} <= columns:
        return {}
    live = " AND deleted = 0" if "deleted" in columns else ""
    return dict(conn.execute(
        f"SELECT level, COUNT(*) FROM ratings WHERE substr(at, 1, 10) BETWEEN ? AND ?{live} GROUP BY level",
        (first_day, last_day)).fetchall())


def desk_satisfaction(store: Store, first_day: str, last_day: str) -> dict[str, int]:
    return satisfaction_counts(store.db.conn, first_day, last_day)


def district_satisfaction(db: Database, first_day: str, last_day: str) -> dict[str, int]:
    return satisfaction_counts(db.conn, first_day, last_day)
