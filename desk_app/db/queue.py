"""The dossier list: one filtered page at a time by keyset, and today's counts. SQL only."""

from __future__ import annotations

from dataclasses import dataclass

from desk_app.db.dossiers import SUMMARY_SELECT
from desk_app.db.store import Store

# The two orders the list knows; each is served by an index on (column, id) so a page is a
# range scan however deep the officer has scrolled.
ORDERS = {
    "received_desc": ("d.received_at", "DESC"),
    "due_asc": ("d.due_at", "ASC"),
}


@dataclass(frozen=True)
class Query:
    """Conditions already decided by core.queue; None means no condition."""

    statuses: tuple[str, ...] | None = None
    procedure_code: str | None = None
    received_from: str | None = None  # inclusive
    received_before: str | None = None  # exclusive
    due_from: str | None = None
    due_before: str | None = None
    order: str = "received_desc"


def _where(query: Query) -> tuple[list[str], list]:
    clauses: list[str] = []
    params: list = []
    if query.statuses is not None:
        # Literal values (checked names) so SQLite can use the partial index on open dossiers.
        assert all(s.isidentifier() for s in query.statuses)
        clauses.append(f"d.status IN ({', '.join(repr(s) for s in query.statuses)})" if query.statuses else "0")
    if query.procedure_code:
        clauses.append("d.procedure_id = (SELECT id FROM procedures WHERE code = ?)")
        params.append(query.procedure_code)
    for column, op, value in (("received_at", ">=", query.received_from), ("received_at", "<", query.received_before),
                              ("due_at", ">=", query.due_from), ("due_at", "<", query.due_before)):
        if value is not None:
            clauses.append(f"d.{column} {op} ?")
            params.append(value)
    return clauses, params


def page(store: Store, query: Query, after: tuple[str, str] | None, limit: int) -> list[dict]:
    """Up to `limit` rows after the (sort value, id) key of the last row already shown."""
    column, direction = ORDERS[query.order]
    clauses, params = _where(query)
    if after is not None:
        op = "<" if direction == "DESC" else ">"
        clauses.append(f"({column}, d.id) {op} (?, ?)")
        params += after
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    sql = f"{SUMMARY_SELECT}{where} ORDER BY {column} {direction}, d.id {direction} LIMIT ?"
    return store.all(sql, (*params, limit))


def count(store: Store, query: Query, limit: int) -> int:
    """How many rows match, counting no further than `limit`."""
    clauses, params = _where(query)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    return _count(store, f"SELECT 1 FROM dossiers d{where}", params, limit)


def returned_between(store: Store, start: str, end: str, limit: int) -> int:
    return _count(store, "SELECT 1 FROM dossiers WHERE closed_at >= ? AND closed_at < ? AND status = 'returned'",
                  [start, end], limit)


def _count(store: Store, rows_sql: str, params: list, limit: int) -> int:
    return store.scalar(f"SELECT COUNT(*) FROM ({rows_sql} LIMIT ?)", (*params, limit))


def procedures(store: Store) -> list[dict]:
    return store.all("SELECT code, name FROM procedures ORDER BY field, code")
