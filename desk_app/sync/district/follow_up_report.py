"""The district's report of the units' follow-ups: unsatisfied citizens answered (or not
yet, or late) and complaints, proposals and tip-offs by kind and how far each went."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from desk_app.core.visits import KINDS
from desk_app.db import district_follow_ups as repo
from desk_app.sync.district.store import District

RATING_COUNTS = ("opened", "answered", "answered_late", "open", "overdue")
VISIT_COUNTS = ("received", "answered", "forwarded", "pending", "overdue")


@dataclass
class UnitFollowUps:
    unit: str
    unit_name: str
    ratings: dict[str, int] = field(default_factory=lambda: dict.fromkeys(RATING_COUNTS, 0))
    visits: dict[str, dict[str, int]] = field(default_factory=dict)  # kind -> VISIT_COUNTS

    def as_dict(self) -> dict:
        return asdict(self)


def build(district: District, day: str | None = None, unit: str | None = None) -> list[UnitFollowUps]:
    """Per unit, as of the district's clock (overdue: still open past the due time now)."""
    now = district.now()
    units: dict[str, UnitFollowUps] = {}

    def of(row: dict) -> UnitFollowUps:
        return units.setdefault(row["unit"], UnitFollowUps(row["unit"], row["unit_name"]))

    for row in repo.rating_follow_up_counts(district.db, now, day, unit):
        of(row).ratings = {name: int(row[name] or 0) for name in RATING_COUNTS}
    for row in repo.visit_follow_up_counts(district.db, now, day, unit):
        of(row).visits[row["kind"]] = {name: int(row[name] or 0) for name in VISIT_COUNTS}
    return [units[code] for code in sorted(units)]


def as_text(units: list[UnitFollowUps]) -> str:
    if not units:
        return "Theo dõi phản hồi: chưa có đánh giá không hài lòng, phản ánh, kiến nghị, tin báo nào."
    lines = ["Theo dõi phản hồi (tính đến lúc lập báo cáo)"]
    for u in units:
        r = u.ratings
        lines.append(f"  {u.unit} {u.unit_name}: không hài lòng {r['opened']} — đã trả lời {r['answered']} "
                     f"(trễ hạn {r['answered_late']}), chưa trả lời {r['open']}, quá hạn {r['overdue']}")
        for kind, c in sorted(u.visits.items()):
            lines.append(f"    {KINDS.get(kind, kind)}: {c['received']} — đã trả lời {c['answered']}, chuyển cấp "
                         f"trên {c['forwarded']}, đang xử lý {c['pending']}, quá hạn {c['overdue']}")
    return "\n".join(lines)
