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

from desk_app.core.text import fold
from desk_app.core.attachments import DIGITISED_COUNTS, digitised_figures
from desk_app.db import attachments as attachment_repo
from desk_app.db import channel_stats
from desk_app.db import district_digitised
from desk_app.db import stats as repo
from desk_app.db.store import Store

COUNT_KEYS = repo.COUNT_KEYS
SATISFACTION_KEYS = ("very_satisfied", "satisfied", "unsatisfied")
SATISFACTION_LABELS = {"very_satisfied": "Rất hài lòng", "satisfied": "Hài lòng", "unsatisfied": "Không hài lòng"}
GROUPINGS = ("procedure", "field", "officer", "unit")
GROUPING_LABELS = {"procedure": "Thủ tục", "field": "Lĩnh vực", "officer": "Cán bộ", "unit": "Đơn vị"}
# Biểu 06's own rows, whatever the screen is grouped by: each field, the procedures under it
# (rows by procedure carry their field), then the total.
FORM_GROUPING = "procedure"

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
    digitised: dict = dataclass_field(default_factory=dict)  # the row's share of the digitised figures


@dataclass
class Report:
    first_day: date
    last_day: date
    by: str | None
    total: Counts
    rows: list[Row]
    satisfaction: dict[str, int]
    channels: dict[str, int] = dataclass_field(default_factory=dict)  # channel_split(): the channels' details
    digitised: dict = dataclass_field(default_factory=dict)  # core/attachments.digitised_figures

    def as_dict(self) -> dict:
        out = {"from": self.first_day.isoformat(), "to": self.last_day.isoformat(), **self.total.as_dict(),
               "satisfaction": self.satisfaction, "channels": self.channels, **self.digitised}
        if self.by:
            out["by"] = self.by
            out["rows"] = [{"key": r.key, "label": r.label, **({"field": r.field} if r.field else {}),
                            **r.counts.as_dict(), **r.digitised} for r in self.rows]
        return out


# The two columns of Biểu 06 split by channel (db/channel_stats.py), in the order shown.
CHANNEL_KEYS = ("in_person", "post", "online", "online_assisted", "online_portal_code", "returned_by_post")
CHANNEL_LABELS = {"in_person": "Trực tiếp tại quầy", "post": "Nhận qua bưu chính", "online": "Trực tuyến",
                  "online_assisted": "Trực tuyến, cán bộ hỗ trợ nộp tại quầy",
                  "online_portal_code": "Trực tuyến, có mã hồ sơ trên Cổng",
                  "returned_by_post": "Trả kết quả qua bưu chính"}


def channel_split(total: Counts, counts: dict[str, int]) -> dict[str, int]:
    """The new dossiers by channel: "Trực tiếp, dịch vụ bưu chính" is at the counter or by post,
    "Trực tuyến" with or without an officer's help; and the results sent by post."""
    split = {key: int(counts.get(key, 0)) for key in CHANNEL_KEYS if key != "in_person"}
    return {"in_person": max(total.received_direct - split["post"], 0), **split}


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
            elif row.label == row.key and label != key:  # a unit that knows the procedure's name
                row.label, row.field = label, field_name if by == "procedure" else ""
            row.counts.add(counts)
    return total, sort_rows(list(rows.values()), by)


def _summed_counts(groups: list[tuple[tuple, dict]], key_of) -> dict[str, dict]:
    """The groups' digitised counts added up by key_of(group)[0]."""
    sums: dict[str, dict] = {}
    for group, counts in groups:
        into = sums.setdefault(key_of(group)[0], dict.fromkeys(counts, 0))
        for name, value in counts.items():
            into[name] += value or 0
    return sums


def _digitised_rows(rows: list[Row], groups: list[tuple[tuple, dict]], key_of) -> None:
    """Each row's digitised figures, summed over the groups that fall in it."""
    if not rows or not groups:
        return
    sums = _summed_counts(groups, key_of)
    for row in rows:
        if row.key in sums:
            row.digitised = digitised_figures(sums[row.key])


def sort_rows(rows: list[Row], by: str | None) -> list[Row]:
    """The form's order: by field in the alphabet's order (Căn cước, Cư trú, Đăng ký xe…),
    then procedure code; others by name."""
    if by == "procedure":
        return sorted(rows, key=lambda r: (fold(r.field), r.field, r.key))
    return sorted(rows, key=lambda r: r.label)


def _check_by(by: str | None, allowed: tuple[str, ...]) -> None:
    if by is not None and by not in allowed:
        raise StatsError(f"Không thống kê theo “{by}” được; chọn một trong: {', '.join(allowed)}.")


@dataclass
class Period:
    """What the statistics page shows for a period: the report as asked, the rows by
    procedure (Biểu 06's rows when exported, the early / on time / late chart) and the
    received / resolved per day."""

    report: Report
    by_procedure: Report
    daily: list[tuple[str, int, int]]


class _Source:
    """One pass over the dossiers gives the finest grain; each grouping adds it up."""

    groupings: tuple[str, ...] = ()

    def today(self) -> date:
        raise NotImplementedError

    def facts(self, f: str, t: str) -> list[tuple[tuple, tuple]]:
        raise NotImplementedError

    def labeller(self, by: str | None):
        raise NotImplementedError

    def satisfaction(self, f: str, t: str) -> dict[str, int]:
        raise NotImplementedError

    def day_counts(self, f: str, t: str) -> list[tuple[str, int, int]]:
        raise NotImplementedError

    def channels(self, f: str, t: str) -> dict[str, int]:
        raise NotImplementedError

    def digitised_groups(self, f: str, t: str) -> list[tuple[tuple, dict]]:
        """The digitised counts of the dossiers received from f to t, for each group of the
        facts (none where no files are kept)."""
        return []

    def add_digitised(self, reports: list[Report]) -> None:
        """The digitised figures into reports of the same period: the total and each row's. One
        pass, read from the documents: on a busy desk's year it takes longer than the rest of the
        report (docs/statistics.md), so the page shows the rest first."""
        first = reports[0]
        f, t = first.first_day.isoformat(), counted_until(first.last_day, self.today())
        groups = self.digitised_groups(f, t)
        total = _summed_counts(groups, lambda _group: ("",)).get("", dict.fromkeys(DIGITISED_COUNTS, 0))
        for report in reports:
            report.digitised = digitised_figures(total)
            _digitised_rows(report.rows, groups, self.labeller(report.by))

    def reports(self, first_day: date, last_day: date, bys: tuple[str | None, ...],
                digitised: bool = True) -> dict[str | None, Report]:
        check_period(first_day, last_day)
        for by in bys:
            _check_by(by, self.groupings)
        f, t = first_day.isoformat(), counted_until(last_day, self.today())
        facts = self.facts(f, t)
        satisfaction = satisfaction_shares(self.satisfaction(f, t))
        channels = self.channels(f, t)
        out = {}
        for by in bys:
            total, rows = _aggregate(facts, self.labeller(by), by)
            out[by] = Report(first_day, last_day, by, total, rows, satisfaction, channel_split(total, channels))
        if digitised:
            self.add_digitised(list(out.values()))
        return out

    def report(self, first_day: date, last_day: date, by: str | None = None, digitised: bool = True) -> Report:
        return self.reports(first_day, last_day, (by,), digitised)[by]

    def report_and_form(self, first_day: date, last_day: date, by: str | None,
                        digitised: bool = True) -> tuple[Report, Report]:
        """The report as asked (the screen, JSON) and Biểu 06's rows (fields, their procedures,
        the total), counted in one pass."""
        reports = self.reports(first_day, last_day, tuple(dict.fromkeys((by, FORM_GROUPING))), digitised)
        return reports[by], reports[FORM_GROUPING]

    def period(self, first_day: date, last_day: date, by: str | None, digitised: bool = True) -> Period:
        """The page's figures: one pass for the report and the procedure chart, one for the days;
        without the digitised figures when the page counts them after (add_digitised)."""
        report, form = self.report_and_form(first_day, last_day, by, digitised)
        return Period(report, form,
                      self.day_counts(first_day.isoformat(), counted_until(last_day, self.today())))


def _day_after(last_day: str) -> str:
    """The end of a period counted to `last_day` inclusive, as a bound on its times."""
    return (date.fromisoformat(last_day) + timedelta(days=1)).isoformat()


def _procedure_labeller(by, procedure_of, officer_label):
    def key_of(group: tuple) -> tuple[str, str, str]:
        p = procedure_of(group)
        if by == "procedure":
            return p["code"], p["name"], p["field"]
        if by == "field":
            return p["field"], p["field"], ""
        return officer_label(group)

    return key_of


class StatsService(_Source):
    """The desk's report over its own dossiers."""

    groupings = ("procedure", "field", "officer")

    def __init__(self, store: Store):
        self.store = store

    def today(self) -> date:
        return self.store.clock().date()

    def facts(self, f: str, t: str) -> list[tuple[tuple, tuple]]:
        return [(r[:2], r[2:]) for r in repo.desk_counts(self.store, f, t)]

    def labeller(self, by: str | None):
        procedures = {p["id"]: p for p in repo.procedures(self.store)}
        officers = {o["id"]: o["full_name"] for o in repo.officers(self.store)}
        return _procedure_labeller(
            by, lambda g: procedures.get(g[0]) or {"code": g[0], "name": g[0], "field": ""},
            lambda g: (g[1] or "", officers.get(g[1], NO_OFFICER), ""))

    def satisfaction(self, f: str, t: str) -> dict[str, int]:
        return repo.desk_satisfaction(self.store, f, t)

    def day_counts(self, f: str, t: str) -> list[tuple[str, int, int]]:
        return repo.desk_day_counts(self.store, f, t)

    def channels(self, f: str, t: str) -> dict[str, int]:
        return channel_stats.desk_channels(self.store, f, t)

    def digitised_groups(self, f: str, t: str) -> list[tuple[tuple, dict]]:
        return [((r.pop("procedure_id"), r.pop("received_by")), r)
                for r in attachment_repo.digitised_counts_by_group(self.store, f, _day_after(t))]


class DistrictStats(_Source):
    """The same report across the district's units (rows per unit too)."""

    groupings = GROUPINGS

    def __init__(self, db, today=date.today):
        self.db = db
        self._today = today

    def today(self) -> date:
        return self._today()

    def facts(self, f: str, t: str) -> list[tuple[tuple, tuple]]:
        return [(r[:3], r[3:]) for r in repo.district_counts(self.db, f, t)]

    def labeller(self, by: str | None):
        units = {u["code"]: u["name"] for u in repo.district_units(self.db)}
        if by == "unit":
            return lambda g: (g[0], units.get(g[0], g[0]), "")
        procedures = {(p["unit"], p["code"]): p for p in repo.district_procedures(self.db)}
        officers = {(o["unit"], o["id"]): o["full_name"] for o in repo.district_officers(self.db)}
        return _procedure_labeller(
            by, lambda g: procedures.get((g[0], g[1])) or {"code": g[1] or "", "name": g[1] or "", "field": ""},
            lambda g: (f"{g[0]}/{g[2] or ''}", f"{officers.get((g[0], g[2]), NO_OFFICER)} ({g[0]})", ""))

    def satisfaction(self, f: str, t: str) -> dict[str, int]:
        return repo.district_satisfaction(self.db, f, t)

    def day_counts(self, f: str, t: str) -> list[tuple[str, int, int]]:
        return repo.district_day_counts(self.db, f, t)

    def channels(self, f: str, t: str) -> dict[str, int]:
        return channel_stats.district_channels(self.db, f, t)

    def digitised_groups(self, f: str, t: str) -> list[tuple[tuple, dict]]:
        """Grouped as the facts are: (unit, procedure_code, officer_id)."""
        return [((r.pop("unit"), r.pop("procedure_code"), r.pop("received_by")), r)
                for r in district_digitised.digitised_counts_by_group(self.db, f, _day_after(t))]


def by_week(days: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Daily (day, received, resolved) summed by ISO week, each labelled by its Monday."""
    weeks: dict[str, list[int]] = {}
    for day, received, resolved in days:
        d = date.fromisoformat(day)
        monday = (d - timedelta(days=d.weekday())).isoformat()
        w = weeks.setdefault(monday, [0, 0])
        w[0] += received
        w[1] += resolved
    return [(k, v[0], v[1]) for k, v in sorted(weeks.items())]


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


# -- units that went quiet (district) ----------------------------------------------------------

def silent_units(units: list[dict], last_imports: dict[str, tuple], today: date, calendar, days: int) -> list[dict]:
    """Units whose last file was imported `days` working days ago or more (or never):
    {code, name, last_imported_at, working_days} each, the longest silence first."""
    out = []
    for unit in units:
        last = (last_imports.get(unit["code"]) or (None, None))[1]
        since = date.fromisoformat(last[:10]) if last else date.fromisoformat(unit["added_at"][:10])
        quiet = sum(1 for n in range(1, (today - since).days + 1) if calendar.is_working_day(since + timedelta(days=n)))
        if quiet >= days:
            out.append({"code": unit["code"], "name": unit["name"], "last_imported_at": last, "working_days": quiet})
    return sorted(out, key=lambda u: -u["working_days"])
