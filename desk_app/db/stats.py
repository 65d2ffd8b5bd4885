"""The counts of the periodic report (Biểu 06), as one grouped pass over the statistics rows.

Every comparison is by day: the report's buckets are all decided by the day (core/stats.py
says which). db/stats_days.py keeps the live dossiers counted by their days as numbers, each
group a small number, in a table ordered by group: SQLite streams the groups without a sort
and without reading the dossiers. The finest grain (procedure x officer, and unit at the
district) comes back and core adds it up by field, procedure, officer or in total.
"""

from __future__ import annotations

from datetime import date, timedelta

from desk_app.db.database import Database
from desk_app.db.stats_days import B as _B
from desk_app.db.stats_days import C as _C
from desk_app.db.stats_days import DESK, DISTRICT, day_number, day_text
from desk_app.db.store import Store

# Each SUM packs three counters of 21 bits (up to 2,097,151 dossiers a group): one pass over
# the rows costs per aggregate, so four packed sums beat twelve plain ones threefold. The rows
# are db/stats_days.py's: dossiers counted by their days as numbers (n of them a row), and what
# each status adds worked out when written.
# :f is the period's first day, :e the day after its last; a day before :e is "by the end".
_SUMS = f"""
    SUM(n * CASE WHEN received < :f THEN 1 ELSE chan END),
    SUM(CASE WHEN ready < :e THEN n * timely ELSE 0 END),
    SUM(n * CASE WHEN finish < :e THEN 0 WHEN held < :e THEN {_C} WHEN due < :e THEN {_B} ELSE 1 END),
    SUM(CASE WHEN closed < :e THEN n * closing ELSE 0 END)"""
# The order the packed counters unpack into (low bits first within each sum).
_PACKED = (("carried_over", "received_online", "received_direct"),
           ("resolved_early", "resolved_on_time", "resolved_late"),
           ("in_progress_in_time", "in_progress_overdue", "needs_supplement"),
           ("refused", "stopped", "returned"))
COUNT_KEYS = tuple(k for group in _PACKED for k in group)


def _grouped(groups: tuple[str, ...]) -> str:
    # Group by group, each read from the first row that had not ended before the period.
    names = ", ".join(f"NULLIF(g.{name}, '')" for name in groups)  # '' stands for NULL in a group key
    return (f"SELECT {names}, s.* FROM (SELECT g.grp, {_SUMS} FROM stats_groups g CROSS JOIN stats_days d "
            f"ON d.grp = g.grp AND d.ended >= :f WHERE d.received < :e GROUP BY g.grp) AS s "
            f"JOIN stats_groups g USING (grp)")


_DESK_SQL = _grouped(DESK.groups)
_DISTRICT_SQL = _grouped(DISTRICT.groups)


_MASK = _B - 1


def _rows(cursor, width: int) -> list[tuple]:
    """(group columns…, *COUNT_KEYS) with each packed sum split into its three counters."""
    out = []
    for r in cursor.fetchall():
        counts = []
        for packed in r[width + 1:]:  # after the groups and grp
            packed = packed or 0
            counts += (packed & _MASK, (packed >> 21) & _MASK, packed >> 42)
        out.append(tuple(r[:width]) + tuple(counts))
    return out


def _params(first_day: str, last_day: str) -> dict:
    return {"f": day_number(date.fromisoformat(first_day)), "e": day_number(date.fromisoformat(last_day)) + 1}


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

# From the same rows: a dossier received in the period had not ended before it, nor had one
# resolved in it, so each group is read from its first row alive, as for the report (CROSS JOIN:
# the groups outside, as SQLite would not always choose).
_DAY_SQL = """
SELECT day, SUM(received), SUM(resolved) FROM (
    SELECT d.received AS day, SUM(d.n) AS received, 0 AS resolved FROM stats_groups g
    CROSS JOIN stats_days d ON d.grp = g.grp AND d.ended >= :f WHERE d.received >= :f AND d.received < :e GROUP BY 1
    UNION ALL
    SELECT d.ready, 0, SUM(d.n) FROM stats_groups g
    CROSS JOIN stats_days d ON d.grp = g.grp AND d.ended >= :f WHERE d.ready >= :f AND d.ready < :e GROUP BY 1
) GROUP BY day ORDER BY day"""


def _day_counts(conn, first_day: str, last_day: str) -> list[tuple[str, int, int]]:
    return [(day_text(day), received, resolved)
            for day, received, resolved in conn.execute(_DAY_SQL, _params(first_day, last_day)).fetchall()]


def desk_day_counts(store: Store, first_day: str, last_day: str) -> list[tuple[str, int, int]]:
    return _day_counts(store.db.conn, first_day, last_day)


def district_day_counts(db: Database, first_day: str, last_day: str) -> list[tuple[str, int, int]]:
    return _day_counts(db.conn, first_day, last_day)


# -- satisfaction: the ratings given in the period, by level ----------------------------------

# The levels the ratings table's CHECK allows.
RATING_LEVELS = ("very_satisfied", "satisfied", "unsatisfied", "not_rated")


def _satisfaction_counts(conn, first_day: str, last_day: str, live: str = "") -> dict[str, int]:
    """level -> ratings given in the period (both databases have had `ratings` since 0040);
    `live` leaves the district's tombstones out."""
    day_after = (date.fromisoformat(last_day) + timedelta(days=1)).isoformat()
    # One count per level, each a stretch of the index on (level, [deleted,] at) read alone,
    # instead of grouping the rows (docs/statistics.md has the figures).
    counts = " UNION ALL ".join(f"SELECT ?, COUNT(*) FROM ratings WHERE level = ?{live} AND at >= ? AND at < ?"
                                for _level in RATING_LEVELS)
    params = [value for level in RATING_LEVELS for value in (level, level, first_day, day_after)]
    return {level: count for level, count in conn.execute(counts, params) if count}


def desk_satisfaction(store: Store, first_day: str, last_day: str) -> dict[str, int]:
    return _satisfaction_counts(store.db.conn, first_day, last_day)


def district_satisfaction(db: Database, first_day: str, last_day: str) -> dict[str, int]:
    return _satisfaction_counts(db.conn, first_day, last_day, live=" AND deleted = 0")
