"""The district's counts of the units' follow-ups (format 3's parts): SQL only."""

from __future__ import annotations

from desk_app.db.database import Database


def _where(alias: str, opened: str, day: str | None, unit_code: str | None) -> tuple[str, list]:
    where, params = [f"{alias}.deleted = 0"], []
    if day:
        where.append(f"{alias}.{opened} >= ? AND {alias}.{opened} < ?")
        params += [f"{day} 00:00:00", f"{day} 99"]
    if unit_code:
        where.append(f"{alias}.unit = ?")
        params.append(unit_code)
    return " AND ".join(where), params


def rating_follow_up_counts(db: Database, now: str, day: str | None = None,
                            unit_code: str | None = None) -> list[dict]:
    """Per unit: unsatisfied ratings to answer (withdrawn ones left out), answered, answered
    after their due time, still open, and open past it at `now`."""
    where, params = _where("f", "opened_at", day, unit_code)
    return list(db.query(
        "SELECT f.unit, COALESCE(u.name, f.unit) AS unit_name, COUNT(*) AS opened, "
        "SUM(f.status = 'answered') AS answered, SUM(f.status = 'answered' AND f.answered_at > f.due_at) "
        "AS answered_late, SUM(f.status = 'open') AS open, SUM(f.status = 'open' AND f.due_at < ?) AS overdue "
        f"FROM rating_follow_ups f LEFT JOIN units u ON u.code = f.unit WHERE {where} AND f.status != 'withdrawn' "
        "GROUP BY f.unit ORDER BY f.unit", (now, *params)))


def visit_follow_up_counts(db: Database, now: str, day: str | None = None,
                           unit_code: str | None = None) -> list[dict]:
    """Per unit and kind: received, answered, forwarded to the upper level, still the unit's,
    and of those past their deadline at `now`."""
    where, params = _where("f", "received_at", day, unit_code)
    return list(db.query(
        "SELECT f.unit, COALESCE(u.name, f.unit) AS unit_name, f.kind, COUNT(*) AS received, "
        "SUM(f.status = 'answered') AS answered, SUM(f.status = 'forwarded') AS forwarded, "
        "SUM(f.status IN ('received', 'handling')) AS pending, "
        "SUM(f.status IN ('received', 'handling') AND f.due_at < ?) AS overdue "
        f"FROM visit_follow_ups f LEFT JOIN units u ON u.code = f.unit WHERE {where} "
        "GROUP BY f.unit, f.kind ORDER BY f.unit, f.kind", (now, *params)))
