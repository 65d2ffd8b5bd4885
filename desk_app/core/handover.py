"""The shift handover (bàn giao ca): what the outgoing shift received, returned and how it was
rated; what is still open (due by the next working day first), overdue, ready and waiting for
pickup, complaints and reports to follow up; the fees taken. The incoming officer confirms with
their PIN, and what was counted then is kept with the handover."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import datetime, time, timedelta

from desk_app.core import ratings as rating_rules
from desk_app.core.officers import OfficerService
from desk_app.core.text import clean
from desk_app.core.workdays import WorkCalendar
from desk_app.db import handover as repo
from desk_app.db import rating_follow_ups as rating_follow_up_repo
from desk_app.db import ratings as rating_repo
from desk_app.db import visit_follow_ups as visit_follow_up_repo
from desk_app.db.store import Store, from_text, to_text

MAX_NOTE = 2000
HISTORY = 50


class HandoverError(ValueError):
    """The handover cannot be confirmed as given; the message is for the officers."""


@dataclass
class Handover:
    since: str
    until: str
    received: list[dict] = field(default_factory=list)
    returned: list[dict] = field(default_factory=list)
    ratings: dict[str, int] = field(default_factory=dict)
    open: list[dict] = field(default_factory=list)  # due by the next working day first
    due_soon_count: int = 0  # how many of `open` are due by the end of the next working day
    overdue: list[dict] = field(default_factory=list)
    ready_for_pickup: list[dict] = field(default_factory=list)
    follow_up: list[dict] = field(default_factory=list)
    fees: list[dict] = field(default_factory=list)
    visits: int = 0
    # Unsatisfied citizens the commander has not answered yet, and complaints, proposals and
    # tip-offs not answered yet (forwarded ones too), due soonest first; each with `overdue`.
    rating_follow_ups: list[dict] = field(default_factory=list)
    visit_follow_ups: list[dict] = field(default_factory=list)

    @property
    def follow_ups_overdue(self) -> tuple[int, int]:
        """(unsatisfied ratings, complaints / proposals / tip-offs) past their due time."""
        return (sum(bool(r.get("overdue")) for r in self.rating_follow_ups),
                sum(bool(v.get("overdue")) for v in self.visit_follow_ups))

    @property
    def fees_total(self) -> int:
        return sum(row["fees"] for row in self.fees)

    @property
    def cash_total(self) -> int:
        return sum(row["cash"] for row in self.fees)

    @property
    def transfer_total(self) -> int:
        return sum(row.get("transfer") or 0 for row in self.fees)

    def codes(self) -> dict:
        """What `desk-app handover --json` prints: dossier codes per list, and the totals."""
        return {"since": self.since, "until": self.until,
                "received": [d["code"] for d in self.received], "returned": [d["code"] for d in self.returned],
                "open": [d["code"] for d in self.open], "overdue": [d["code"] for d in self.overdue],
                "ready_for_pickup": [d["code"] for d in self.ready_for_pickup],
                "ready_phones": {d["code"]: d["phone"] for d in self.ready_for_pickup},
                "follow_up": [{"kind": v["kind"], "at": v["at"], "full_name": v["full_name"], "phone": v["phone"],
                               "summary": v["summary"]} for v in self.follow_up],
                "ratings": self.ratings, "fees_total": self.fees_total, "cash_total": self.cash_total,
                "transfer_total": self.transfer_total, "fees_by_procedure": self.fees, "visits": self.visits,
                "rating_follow_ups": [{"id": r["id"], "due_at": r["due_at"], "overdue": r["overdue"],
                                       "dossier_code": r["dossier_code"], "full_name": r["full_name"]}
                                      for r in self.rating_follow_ups],
                "visit_follow_ups": [{"id": v["id"], "kind": v["kind"], "status": v["status"], "due_at": v["due_at"],
                                      "overdue": v["overdue"], "full_name": v["full_name"]}
                                     for v in self.visit_follow_ups]}

    def to_json(self) -> str:
        return json.dumps({**asdict(self), "fees_total": self.fees_total, "cash_total": self.cash_total,
                           "transfer_total": self.transfer_total},
                          ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> "Handover":
        data = json.loads(text)
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


def next_working_day_end(calendar: WorkCalendar, now: datetime) -> datetime:
    """The end of the next working day after `now`'s day (the cut for "due soon")."""
    day = now.date() + timedelta(days=1)
    for _ in range(60):  # Tết is the longest run of days off
        if calendar.is_working_day(day):
            break
        day += timedelta(days=1)
    return datetime.combine(day, time(23, 59, 59))


class HandoverService:
    """desk.handover."""

    def __init__(self, store: Store, calendar: WorkCalendar, officers: OfficerService):
        self.store = store
        self.calendar = calendar
        self.officers = officers

    def default_since(self) -> datetime:
        """Where this shift began: the last handover today, else the start of the day."""
        now = self.store.clock()
        start = datetime.combine(now.date(), time())
        last = repo.last_handover(self.store)
        last_until = from_text(last["until"]) if last else None
        return last_until if last_until and start <= last_until <= now else start

    def build(self, since: datetime | None = None, until: datetime | None = None) -> Handover:
        until = until or self.store.clock()
        since = since or self.default_since()
        if since > until:
            raise HandoverError("Thời điểm bắt đầu ca phải trước thời điểm bàn giao.")
        start, end = to_text(since), to_text(until + timedelta(seconds=1))  # the handover moment included
        with self.store.snapshot():
            received = repo.received_between(self.store, start, end)
            returned = repo.returned_between(self.store, start, end)
            still_open = repo.open_dossiers(self.store)
            ready = repo.ready_for_pickup(self.store)
            follow_up = repo.follow_up_visits(self.store, start, end)
            fees = repo.fees_by_procedure(self.store, start, end)
            counts = rating_repo.counts_between(self.store, start, end)
            visits = repo.visit_count(self.store, start, end)
            rating_follow_ups = rating_follow_up_repo.listed(self.store, open_only=True)
            visit_follow_ups = visit_follow_up_repo.listed(self.store, open_only=True)
        cut = to_text(next_working_day_end(self.calendar, until))
        now_text = to_text(until)
        # A paused dossier (waiting for the citizen's papers) has no running due time: not overdue.
        overdue = [d for d in still_open if d["status"] != "needs_supplement" and d["due_at"] < now_text]
        soon = [d for d in still_open if d["due_at"] <= cut]
        later = [d for d in still_open if d["due_at"] > cut]
        return Handover(to_text(since), to_text(until), received, returned,
                        {level: counts.get(level, 0) for level in rating_rules.LEVEL_LABELS},
                        soon + later, len(soon), overdue, ready, follow_up, fees, visits,
                        [{**r, "overdue": r["due_at"] < now_text} for r in rating_follow_ups],
                        [{**v, "overdue": v["status"] in visit_follow_up_repo.PENDING and v["due_at"] < now_text}
                         for v in visit_follow_ups])

    def confirm(self, handover: Handover, from_officer_id: str | None, to_officer_id: str, pin: str,
                note: str = "") -> dict:
        """The incoming officer takes over: their PIN is checked by the officer service."""
        note = clean(note)
        if len(note) > MAX_NOTE:
            raise HandoverError(f"Ghi chú dài tối đa {MAX_NOTE} ký tự.")
        if not to_officer_id:
            raise HandoverError("Chưa chọn cán bộ nhận ca.")
        if to_officer_id == from_officer_id:
            raise HandoverError("Cán bộ nhận ca phải là người khác với cán bộ giao ca.")
        if not clean(pin):
            raise HandoverError("Cán bộ nhận ca chưa nhập mã PIN.")
        if self.officers.login(to_officer_id, clean(pin)) is None:
            raise HandoverError("Mã PIN của cán bộ nhận ca không đúng: chưa bàn giao.")
        with self.store.transaction(from_officer_id) as writer:
            row = repo.insert_handover(writer, {
                "at": writer.now, "since": handover.since, "until": handover.until,
                "from_officer_id": from_officer_id, "to_officer_id": to_officer_id, "note": note,
                "summary": handover.to_json()})
        return self.get(row["id"])

    def get(self, handover_id: str) -> dict:
        row = repo.handover(self.store, handover_id)
        if row is None:
            raise HandoverError("Không có biên bản bàn giao này.")
        return {**row, "handover": Handover.from_json(row["summary"])}

    def history(self, limit: int = HISTORY) -> list[dict]:
        return repo.handovers(self.store, limit)
