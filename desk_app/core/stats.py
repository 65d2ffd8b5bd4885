"""The periodic report (Biểu 06/VPCP/KSTT): what each count means, and its rows by field,
procedure, officer or unit.

For a period from its first to its last day, a dossier counts when it was received by the
last day and not finished before the first:
- received = carried over (received before the first day) + new (online / direct);
- resolved = result ready by the last day: early before the ORIGINAL due date's day, on time
  on that day, late after it (an extension moves the due shown to the citizen, not this);
- refused / stopped by the last day: their own columns;
- the rest is in progress at the end of the last day: waiting for a supplement (the clock
  stands still, so within time), overdue when the original due time has passed, else within
  time. returned = resolved and handed back by the last day.
So received = resolved + in progress + refused + stopped, always (`balanced`).
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import date, timedelta

from desk_app.db import stats as repo
from desk_app.db.store import Store

COUNT_KEYS = repo.COUNT_KEYS
SATISFACTION_KEYS = ("very_satisfied", "satisfied", "unsatisfied")
SATISFACTION_LABELS = {"very_satisfied": "Rất hài lòng", "satisfied": "Hài lòng", "unsatisfied": "Không hài lòng"}
GROUPINGS = ("procedure", "field", "officer", "unit")
GROUPING_LABELS = {"procedure": "Thủ tục", "field": "Lĩnh vực", "officer": "Cán bộ", "unit": "Đơn vị"}

# The report's columns, in the form's order: key and Vietnamese heading.
COLUMNS = (
    ("received_total", "Tổng số nhận"), ("received_online", "Trực tuyến"),
    ("received_direct", "Trực tiếp, bưu chính"), ("carried_over", "Từ kỳ trước"),
    ("resolved_total", "Đã giải quyết"), ("resolved_early", "Trước hạn"), ("resolved_on_time", "Đúng hạn"),
    ("resolved_late", "Quá hạn"), ("in_progress_total", "Đang giải quyết"), ("in_progress_in_time", "Trong hạn"),
    ("in_progress_overdue", "Quá hạn"), ("needs_supplement", "Chờ bổ sung"), ("refused", "Từ chối"),
    ("stopped", "Dừng"), ("returned", "Đã trả"),
)
NO_OFFICER = "(không ghi cán bộ)"


@dataclass
class Counts:
    carried_over: int = 0
    received_online: int = 0
    received_direct: int = 0
    resolved_early: int = 0
    resolved_on_time: int = 0
    resolved_late: int = 0
    in_progress_in_time: int = 0
    in_progress_overdue: int = 0
    needs_supplement: int = 0
    refused: int = 0
    stopped: int = 0
    returned: int = 0

    def add(self, values) -> None:
        for key, value in zip(COUNT_KEYS, values):
            setattr(self, key, getattr(self, key) + value)

    @property
    def received_new(self) -> int:
        return self.received_online + self.received_direct

    @property
    def received_total(self) -> int:
        return self.carried_over + self.received_new

    @property
    def resolved_total(self) -> int:
        return self.resolved_early + self.resolved_on_time + self.resolved_late

    @property
    def in_progress_total(self) -> int:
        return self.in_progress_in_time + self.in_progress_overdue + self.needs_supplement

    @property
    def timely_rate(self) -> float | None:
        """Share of resolved dossiers resolved early or on time (None when none resolved)."""
        total = self.resolved_total
        return (self.resolved_early + self.resolved_on_time) / total if total else None

    def balanced(self) -> bool:
        return self.received_total == self.resolved_total + self.in_progress_total + self.refused + self.stopped

    def as_dict(self) -> dict:
        out = {k: getattr(self, k) for k in (
            "carried_over", "received_new", "received_online", "received_direct", "received_total",
            "resolved_total", "resolved_early", "resolved_on_time", "resolved_late", "in_progress_total",
            "in_progress_in_time", "in_progress_overdue", "needs_supplement", "refused", "stopped", "returned")}
        rate = self.timely_rate
        out["timely_rate"] = round(rate, 4) if rate is not None else None
        return out

    def value(self, key: str) -> int:
        return getattr(self, key)


@dataclass
class Row:
    key: str  # procedure code, field name, officer id or unit code
    label: str
    field: str = ""  # the procedure's field (rows by procedure), to order the form's rows
    counts: Counts = dataclass_field(default_factory=Counts)


@dataclass
class Report:
    first_day: date
    last_day: date
    by: str | None
    total: Counts
    rows: list[Row]
    satisfaction: dict[str, int]

    def as_dict(self) -> dict:
        out = {"from": self.first_day.isoformat(), "to": self.last_day.isoformat(), **self.total.as_dict(),
               "satisfaction": self.satisfaction}
        if self.by:
            out["by"] = self.by
            out["rows"] = [{"key": r.key, "label": r.label, **({"field": r.field} if r.field else {}),
                            **r.counts.as_dict()} for r in self.rows]
        return out


class StatsError(ValueError):
    """A period or grouping the report cannot take; the message is for the officer."""


def check_period(first_day: date, last_day: date) -> None:
    if last_day < first_day:
        raise StatsError(f"Ngày cuối ({last_day:%d/%m/%Y}) trước ngày đầu ({first_day:%d/%m/%Y}).")


def counted_until(last_day: date, today: date) -> str:
    """A period that runs into the future is counted as it stands today: a dossier due next
    week is not overdue yet."""
    return min(last_day, today).isoformat()


def satisfaction_shares(counts: dict[str, int]) -> dict[str, int]:
    """The three levels, zero when no rating of that level (or no ratings table) exists."""
    return {k: int(counts.get(k, 0)) for k in SATISFACTION_KEYS}


def _aggregate(facts: list[tuple], key_of, by: str | None) -> tuple[Counts, list[Row]]:
    """facts: (group key tuple, counts tuple); key_of(group) -> (key, label, field) for a row."""
    total = Counts()
    rows: dict[str, Row] = {}
    for group, counts in facts:
        total.add(counts)
        if by:
            key, label, field_name = key_of(group)
            row = rows.get(key)
            if row is None:
                row = rows[key] = Row(key, label, field_name if by == "procedure" else "")
            row.counts.add(counts)
    return total, sort_rows(list(rows.values()), by)


def sort_rows(rows: list[Row], by: str | None) -> list[Row]:
    """The form's order: by field, then procedure code; others by name."""
    if by == "procedure":
        return sorted(rows, key=lambda r: (r.field, r.key))
    return sorted(rows, key=lambda r: r.label)


def _check_by(by: str | None, allowed: tuple[str, ...]) -> None:
    if by is not None and by not in allowed:
        raise StatsError(f"Không thống kê theo “{by}” được; chọn một trong: {', '.join(allowed)}.")


class StatsService:
    """The desk's report over its own dossiers."""

    def __init__(self, store: Store):
        self.store = store

    def report(self, first_day: date, last_day: date, by: str | None = None) -> Report:
        check_period(first_day, last_day)
        _check_by(by, ("procedure", "field", "officer"))
        f, t = first_day.isoformat(), counted_until(last_day, self.store.clock().date())
        procedures = {p["id"]: p for p in repo.procedures(self.store)}
        officers = {o["id"]: o["full_name"] for o in repo.officers(self.store)}

        def key_of(group: tuple) -> tuple[str, str, str]:
            procedure_id, officer_id = group
            p = procedures.get(procedure_id) or {"code": procedure_id, "name": procedure_id, "field": ""}
            if by == "procedure":
                return p["code"], p["name"], p["field"]
            if by == "field":
                return p["field"], p["field"], ""
            return officer_id or "", officers.get(officer_id, NO_OFFICER), ""

        facts = [(r[:2], r[2:]) for r in repo.desk_counts(self.store, f, t)]
        total, rows = _aggregate(facts, key_of, by)
        return Report(first_day, last_day, by, total, rows, satisfaction_shares(repo.desk_satisfaction(self.store, f, t)))


def district_report(db, first_day: date, last_day: date, by: str | None = "unit",
                    today: date | None = None) -> Report:
    """The same report across the district's units (rows per unit by default)."""
    check_period(first_day, last_day)
    _check_by(by, GROUPINGS)
    f, t = first_day.isoformat(), counted_until(last_day, today or date.today())
    units = {u["code"]: u["name"] for u in repo.district_units(db)}
    procedures = {(p["unit"], p["code"]): p for p in repo.district_procedures(db)}
    officers = {(o["unit"], o["id"]): o["full_name"] for o in repo.district_officers(db)}

    def key_of(group: tuple) -> tuple[str, str, str]:
        unit, code, officer_id = group
        p = procedures.get((unit, code)) or {"code": code or "", "name": code or "", "field": ""}
        if by == "unit":
            return unit, units.get(unit, unit), ""
        if by == "procedure":
            return p["code"], p["name"], p["field"]
        if by == "field":
            return p["field"], p["field"], ""
        return f"{unit}/{officer_id or ''}", f"{officers.get((unit, officer_id), NO_OFFICER)} ({unit})", ""

    facts = [(r[:3], r[3:]) for r in repo.district_counts(db, f, t)]
    total, rows = _aggregate(facts, key_of, by)
    return Report(first_day, last_day, by, total, rows, satisfaction_shares(repo.district_satisfaction(db, f, t)))


# -- periods the page offers --------------------------------------------------------------

PRESETS = (("today", "Hôm nay"), ("week", "Tuần này"), ("month", "Tháng này"), ("quarter", "Quý này"),
           ("year", "Năm nay"))


def preset_period(name: str, today: date) -> tuple[date, date]:
    """The period so far: from the start of this week / month / quarter / year to today."""
    if name == "today":
        return today, today
    if name == "week":
        return today - timedelta(days=today.weekday()), today
    if name == "month":
        return today.replace(day=1), today
    if name == "quarter":
        return date(today.year, (today.month - 1) // 3 * 3 + 1, 1), today
    if name == "year":
        return date(today.year, 1, 1), today
    raise StatsError(f"Không có khoảng thời gian “{name}”.")
