"""The district's report: per unit and day, dossiers received, returned, finished early /
on time / late (core.lifecycle.timeliness: by day, against the original due date) and
overdue at the end of the day, broken down by procedure."""

from __future__ import annotations

import bisect
import csv
from collections import defaultdict
from dataclasses import asdict, dataclass, fields
from datetime import datetime, timedelta

from desk_app.core import lifecycle, ratings
from desk_app.core.text import vn_percent
from desk_app.db import district as repo
from desk_app.db.store import from_text
from desk_app.sync.district.store import District

COUNTS = ("received", "online", "post", "returned", "sent_by_post", "early", "on_time", "late", "overdue")
COUNT_LABELS = {
    "received": "Tiếp nhận", "online": "Trực tuyến", "post": "Nhận bưu chính", "returned": "Đã trả",
    "sent_by_post": "Trả bưu chính",
    "early": lifecycle.TIMELINESS_LABELS[lifecycle.EARLY], "on_time": lifecycle.TIMELINESS_LABELS[lifecycle.ON_TIME],
    "late": lifecycle.TIMELINESS_LABELS[lifecycle.LATE], "overdue": lifecycle.TIMELINESS_LABELS[lifecycle.OVERDUE],
}


@dataclass
class Row:
    day: str
    unit: str
    unit_name: str
    procedure_code: str
    procedure_name: str
    received: int = 0
    online: int = 0  # of those received: online (national portal, VNeID)
    post: int = 0  # of those received: by post
    returned: int = 0
    sent_by_post: int = 0  # of those returned: sent by post (format 3 files; format 2 ones say nothing)
    early: int = 0
    on_time: int = 0
    late: int = 0
    overdue: int = 0


def _end_of(day: str) -> datetime:
    return datetime.fromisoformat(day) + timedelta(days=1) - timedelta(seconds=1)


def _overdue_days(d: dict, days: list[str]) -> list[str]:
    """Report days at whose end the dossier was open and past its due time."""
    due = from_text(d["due_at"])
    if due is None:
        return []
    finished = min((t for t in (d["result_ready_at"], d["closed_at"]) if t), default=None)
    start = bisect.bisect_left(days, due.date().isoformat())
    hits = []
    for day in days[start:]:
        end = _end_of(day)
        end_text = end.isoformat(sep=" ")
        if finished and finished <= end_text:
            break
        if d["received_at"] > end_text:
            continue
        paused = d["status"] == lifecycle.NEEDS_SUPPLEMENT and d["paused_at"] and d["paused_at"] <= end_text
        status = lifecycle.NEEDS_SUPPLEMENT if paused else lifecycle.IN_PROGRESS
        if lifecycle.timeliness(status, from_text(d["original_due_at"]), None, due, end) == lifecycle.OVERDUE:
            hits.append(day)
    return hits


def build(district: District, day: str | None = None, unit: str | None = None) -> list[Row]:
    dossiers = repo.report_dossiers(district.db, unit)
    if day:
        days = [day]
    else:
        days = sorted({t[:10] for d in dossiers for t in (d["received_at"], d["result_ready_at"], d["closed_at"]) if t})
    wanted = set(days)
    rows: dict[tuple, Row] = {}

    def row(on: str, d: dict) -> Row:
        key = (on, d["unit"], d["procedure_code"] or "")
        if key not in rows:
            rows[key] = Row(on, d["unit"], d["unit_name"], d["procedure_code"] or "", d["procedure_name"] or "")
        return rows[key]

    for d in dossiers:
        if d["received_at"] and d["received_at"][:10] in wanted:
            _count_received(row(d["received_at"][:10], d), d)
        if d["status"] == lifecycle.RETURNED and d["closed_at"] and d["closed_at"][:10] in wanted:
            r = row(d["closed_at"][:10], d)
            r.returned += 1
            r.sent_by_post += 1 if d["post_sent_at"] else 0
        if d["status"] in lifecycle.FINISHED_STATUSES and d["result_ready_at"] and d["result_ready_at"][:10] in wanted:
            bucket = lifecycle.timeliness(d["status"], from_text(d["original_due_at"]), from_text(d["result_ready_at"]),
                                          from_text(d["due_at"]), _end_of(d["result_ready_at"][:10]))
            if bucket in (lifecycle.EARLY, lifecycle.ON_TIME, lifecycle.LATE):
                r = row(d["result_ready_at"][:10], d)
                setattr(r, bucket, getattr(r, bucket) + 1)
        for on in _overdue_days(d, days):
            row(on, d).overdue += 1
    return sorted(rows.values(), key=lambda r: (r.day, r.unit, r.procedure_code))


def _count_received(r: Row, d: dict) -> None:
    r.received += 1
    if d["channel"] in ("online", "post"):
        setattr(r, d["channel"], getattr(r, d["channel"]) + 1)


def grouped(rows: list[Row]) -> list[tuple[tuple[str, str, str], list[Row], dict]]:
    """(day, unit, unit name) -> its procedure rows and their totals, in order."""
    groups: dict[tuple, list[Row]] = defaultdict(list)
    for r in rows:
        groups[(r.day, r.unit, r.unit_name)].append(r)
    return [(key, items, {c: sum(getattr(r, c) for r in items) for c in COUNTS}) for key, items in groups.items()]


def as_text(rows: list[Row], title: str) -> str:
    if not rows:
        return f"{title}\nKhông có số liệu."
    lines = [title]
    head = "".join(f"{COUNT_LABELS[c]:>16}" for c in COUNTS)
    for (day, unit, unit_name), items, totals in grouped(rows):
        lines += ["", f"Ngày {datetime.fromisoformat(day):%d/%m/%Y} — {unit} {unit_name}", f"  {'Thủ tục':48}{head}"]
        for r in items:
            label = f"{r.procedure_code} {r.procedure_name}"[:46]
            lines.append(f"  {label:48}" + "".join(f"{getattr(r, c):>16}" for c in COUNTS))
        lines.append(f"  {'Cộng':48}" + "".join(f"{totals[c]:>16}" for c in COUNTS))
    return "\n".join(lines)


def write_csv(rows: list[Row], path) -> None:
    """UTF-8 with a BOM so spreadsheet programs on Windows read the accents right."""
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([f.name for f in fields(Row)])
        for r in rows:
            writer.writerow(asdict(r).values())


def audit_warnings(district: District, unit: str | None = None) -> list[str]:
    """Units whose audit log did not extend the head held here, or reported records changed
    outside the program: named with the files and dossier codes (their figures are marked)."""
    return [f"CẢNH BÁO TOÀN VẸN — đơn vị {m['unit']}, tệp số {m['export_seq']} ({m['file_name']}): {m['problems']}"
            + (f" — hồ sơ: {m['dossier_codes']}" if m["dossier_codes"] else "")
            for m in repo.audit_marks(district.db, unit)]


@dataclass
class RatingShare:
    """A unit's ratings: how many at each level and their shares of the rated answers (%)."""
    unit: str
    unit_name: str
    very_satisfied: int = 0
    satisfied: int = 0
    unsatisfied: int = 0
    not_rated: int = 0

    def percent(self, level: str) -> float:
        return ratings.Shares({lv: getattr(self, lv) for lv in ratings.LEVEL_LABELS}).percent(level)

    def as_dict(self) -> dict:
        return {**asdict(self), **{f"{level}_percent": self.percent(level) for level in ratings.LEVELS}}


def rating_shares(district: District, day: str | None = None, unit: str | None = None) -> list[RatingShare]:
    shares: dict[str, RatingShare] = {}
    for r in repo.rating_counts(district.db, day, unit):
        share = shares.setdefault(r["unit"], RatingShare(r["unit"], r["unit_name"]))
        if r["level"] in ratings.LEVEL_LABELS:
            setattr(share, r["level"], r["n"])
    return list(shares.values())


def total_share(shares: list[RatingShare]) -> RatingShare:
    """Every unit's ratings together."""
    total = RatingShare("", "Cộng")
    for share in shares:
        for level in ratings.LEVEL_LABELS:
            setattr(total, level, getattr(total, level) + getattr(share, level))
    return total


def share_rows(shares: list[RatingShare]) -> list[RatingShare]:
    """Each unit's shares, and their sum below when there is more than one unit."""
    return [*shares, total_share(shares)] if len(shares) > 1 else list(shares)


def shares_as_text(shares: list[RatingShare]) -> str:
    if not shares:
        return "Mức độ hài lòng: chưa có đánh giá."
    lines = ["Mức độ hài lòng (tỷ lệ trên số lượt đã đánh giá)"]
    for s in share_rows(shares):
        parts = [f"{ratings.LEVELS[level]} {getattr(s, level)} ({vn_percent(s.percent(level))})"
                 for level in ratings.LEVELS]
        lines.append(f"  {f'{s.unit} ' if s.unit else ''}{s.unit_name}: " + "; ".join(parts)
                     + f"; không đánh giá {s.not_rated}")
    return "\n".join(lines)
