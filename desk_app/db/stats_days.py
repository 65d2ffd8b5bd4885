"""The statistics table: the live dossiers counted by their days, kept by triggers.

The periodic report compares days only (db/stats.py). Comparing text times cut to their day,
for a million dossiers, cost more than reading them; so `stats_days` holds, per group
(procedure x officer, and unit at the district, numbered in `stats_groups`), how many
dossiers (`n`) share the same days, as numbers (days since 1970-01-01), with what the report
needs of their status already worked out. A year of a busy unit is half as many rows as
dossiers, each a few bytes. Triggers on the dossiers table keep it in the same transaction as
the dossier, whichever code writes it (registration, lifecycle, restore, district import), so
it cannot drift; it is derived, like an index, and not in the audit chain. The tables and
triggers are migration 0070's text (db/migrations.py, db/district_schema.py), frozen there;
this module writes the same rows for a bulk load (`fill`) and counts them afresh (`recounted`),
and the tests hold the two against each other.

Columns (FAR when the time is not there: "not by the end of any period"):
  received  the day received
  ended     the day the result was ready, else the day closed
  chan      what a new dossier adds: online or direct (packed, see db/stats.py)
  ready     the day the result was ready
  timely    what a resolved dossier adds: early, on time or late against the ORIGINAL due day
  closed    the day closed; closing: what it adds when closed (refused, stopped, returned)
  finish    the day it stopped being in progress (result ready, or refused / stopped)
  held      the day a supplement was asked for, while the dossier still waits for it
  due       the original due day
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# Packed counters: three of 21 bits in each SUM (db/stats.py unpacks them).
B, C = 1 << 21, 1 << 42
FAR = 1_000_000  # a day far beyond any period
_EPOCH = date(1970, 1, 1).toordinal()
# In key order: by group, then by the day it ended, so a period reads only the rows that had
# not ended before its first day (a month of a year's data reads a month, not the year).
COLUMNS = ("grp", "ended", "received", "chan", "ready", "timely", "closed", "closing", "finish", "held", "due")


def day_number(day: date) -> int:
    return day.toordinal() - _EPOCH


def day_text(number: int) -> str:
    return date.fromordinal(number + _EPOCH).isoformat()


def _day(column: str) -> str:
    return f"IFNULL(CAST(julianday(substr({column}, 1, 10)) - 2440587.5 AS INTEGER), {FAR})"


# Each column's value from `n`: a dossier's group, status, channel and days (see Layout._rows).
_VALUES = {
    "grp": "g.grp", "received": "r", "ended": f"CASE WHEN y < {FAR} THEN y ELSE c END",
    "chan": f"CASE channel WHEN 'online' THEN {B} ELSE {C} END",
    "ready": "y",
    "timely": f"CASE WHEN y = {FAR} THEN 0 WHEN du < {FAR} AND y < du THEN 1 WHEN y = du THEN {B} ELSE {C} END",
    "closed": "c",
    "closing": f"CASE status WHEN 'refused' THEN 1 WHEN 'stopped' THEN {B} WHEN 'returned' THEN {C} ELSE 0 END",
    "finish": "CASE WHEN status IN ('refused', 'stopped') THEN min(y, c) ELSE y END",
    "held": f"CASE WHEN status = 'needs_supplement' THEN p ELSE {FAR} END", "due": "du",
}


@dataclass(frozen=True)
class Layout:
    """Where the statistics rows of one kind of database come from."""
    source: str  # the dossiers table
    groups: tuple[str, ...]  # the report's finest grain
    live: str = "1"  # which rows count, of `{row}`

    def _rows(self, row: str, source: str) -> str:
        """A SELECT of what a statistics row needs of each dossier `row` of `source` (as 0070's
        triggers read NEW and OLD): its group (NULL as ''), status, channel, days."""
        days = {"r": "received_at", "y": "result_ready_at", "c": "closed_at", "du": "original_due_at", "p": "paused_at"}
        cols = ([f"IFNULL({row}.{g}, '') AS {g}" for g in self.groups]
                + [f"{row}.status AS status", f"{row}.channel AS channel"]
                + [f"{_day(row + '.' + column)} AS {name}" for name, column in days.items()])
        where = "" if source.endswith(" AND") else " WHERE"
        # LIMIT -1 keeps SQLite from copying these expressions into each place that uses them
        # (each day is worked out once a row, not once a use: a fifth less work).
        return f"SELECT {', '.join(cols)} {source}{where} {self.live.replace('{row}', row)} LIMIT -1"

    def _keys(self, rows: str) -> str:
        match = " AND ".join(f"g.{g} = n.{g}" for g in self.groups)
        return f"SELECT {', '.join(_VALUES[c] for c in COLUMNS)} FROM ({rows}) AS n JOIN stats_groups g ON {match}"

    def every_dossier(self) -> str:
        """A SELECT of each live dossier's statistics row, as the triggers would count it."""
        return self._keys(self._rows("d", f"FROM {self.source} d"))

    def _add(self, rows: str, count: str) -> list[str]:
        groups = ", ".join(self.groups)
        return [
            f"INSERT OR IGNORE INTO stats_groups ({groups}) SELECT DISTINCT {groups} FROM ({rows})",
            f"INSERT INTO stats_days SELECT *, {count} FROM ({self._keys(rows)}) WHERE true "
            f"GROUP BY {', '.join(f'{i + 1}' for i in range(len(COLUMNS)))} "
            f"ON CONFLICT ({', '.join(COLUMNS)}) DO UPDATE SET n = n + excluded.n",
        ]

    def fill(self, after_rowid: int | None = None) -> list[str]:
        """Rows for the dossiers already there (or those after a rowid: a bulk write's own)."""
        source = f"FROM {self.source} d" + ("" if after_rowid is None else f" WHERE d.rowid > {int(after_rowid)} AND")
        return self._add(self._rows("d", source), "COUNT(*)")

    def trigger_names(self) -> tuple[str, ...]:
        return ("stats_days_insert", "stats_days_update", "stats_days_delete")


DESK = Layout("dossiers", ("procedure_id", "received_by"))
DISTRICT = Layout("dossiers", ("unit", "procedure_code", "received_by"), "{row}.deleted = 0")


def counted(db) -> list[tuple]:
    """The statistics rows as they stand (to compare with `recounted`)."""
    return db.execute(f"SELECT {', '.join(COLUMNS)}, n FROM stats_days ORDER BY {', '.join(COLUMNS)}").fetchall()


def recounted(db, layout: Layout) -> list[tuple]:
    """The statistics rows counted afresh from the dossiers, without changing anything."""
    rows = layout.every_dossier()
    groups = ", ".join(f"{i + 1}" for i in range(len(COLUMNS)))
    return db.execute(f"SELECT *, COUNT(*) FROM ({rows}) GROUP BY {groups} ORDER BY {groups}").fetchall()
