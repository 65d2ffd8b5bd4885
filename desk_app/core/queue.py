"""The queue the counter follows all day: which dossiers a filter means, which rows need
attention (overdue, due today), and today's counts. The SQL is in db.queue."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from desk_app.core import lifecycle
from desk_app.db import queue as repo
from desk_app.db import queue_calls
from desk_app.db.store import Store, from_text, to_text

# Statuses whose clock is running (a dossier waiting for the citizen's supplement is not late).
RUNNING = (lifecycle.RECEIVED, lifecycle.IN_PROGRESS)

ALL, TODAY, OPEN, DUE_TODAY, OVERDUE = "all", "today", "open", "due_today", "overdue"
VIEWS = {
    ALL: "Tất cả",
    TODAY: "Nhận hôm nay",
    OPEN: "Đang mở",
    DUE_TODAY: "Đến hạn hôm nay",
    OVERDUE: "Quá hạn",
}
FLAG_LABELS = {OVERDUE: "QUÁ HẠN", DUE_TODAY: "Đến hạn hôm nay"}
PAGE_SIZE = 200


@dataclass(frozen=True)
class QueueFilter:
    view: str = ALL
    status: str | None = None
    procedure_code: str | None = None
    received_from: date | None = None
    received_to: date | None = None  # inclusive


# A tile counts at most this far and then shows "999+": the overdue count grows with the
# years, and a glance needs no exact figure (the queue lists them all).
TILE_CAP = 999


@dataclass(frozen=True)
class TodayCounts:
    """Each count is exact up to TILE_CAP; above it, TILE_CAP + 1."""

    received: int
    returned: int
    due_today: int
    overdue: int


def _day_bounds(day: date) -> tuple[str, str]:
    start = datetime.combine(day, time())
    return to_text(start), to_text(start + timedelta(days=1))


class QueueService:
    def __init__(self, store: Store):
        self.store = store

    def now(self) -> datetime:
        return self.store.clock()

    def query(self, flt: QueueFilter) -> repo.Query:
        """The conditions a filter means at this moment."""
        if flt.view not in VIEWS:
            raise ValueError(f"Bộ lọc “{flt.view}” không có.")
        now = self.now()
        today_start, tomorrow = _day_bounds(now.date())
        query = repo.Query()
        if flt.view == TODAY:
            query = replace(query, received_from=today_start, received_before=tomorrow)
        elif flt.view == OPEN:
            query = replace(query, statuses=lifecycle.OPEN_STATUSES)
        elif flt.view == DUE_TODAY:
            query = replace(query, statuses=RUNNING, due_from=to_text(now), due_before=tomorrow, order="due_asc")
        elif flt.view == OVERDUE:
            query = replace(query, statuses=RUNNING, due_before=to_text(now), order="due_asc")
        if flt.status:
            if flt.status not in lifecycle.STATUSES:
                raise ValueError(f"Trạng thái “{flt.status}” không có.")
            statuses = (flt.status,) if query.statuses is None or flt.status in query.statuses else ()
            query = replace(query, statuses=statuses)
        if flt.procedure_code:
            query = replace(query, procedure_code=flt.procedure_code)
        if flt.received_from:
            start = to_text(datetime.combine(flt.received_from, time()))
            query = replace(query, received_from=max(start, query.received_from or start))
        if flt.received_to:
            end = _day_bounds(flt.received_to)[1]
            query = replace(query, received_before=min(end, query.received_before or end))
        return query

    def page(self, flt: QueueFilter, after: tuple[str, str] | None = None, limit: int = PAGE_SIZE) -> list[dict]:
        query = self.query(flt)
        if query.statuses == ():
            return []
        return repo.page(self.store, query, after, limit)

    def all_rows(self, flt: QueueFilter) -> list[dict]:
        """Every row of a filtered list, page after page (an export, not the screen)."""
        rows: list[dict] = []
        while True:
            page = self.page(flt, self.next_key(flt, rows[-1]) if rows else None, PAGE_SIZE)
            rows += page
            if len(page) < PAGE_SIZE:
                return rows

    @staticmethod
    def key_of(flt_query: repo.Query, row: dict) -> tuple[str, str]:
        """The keyset position of a row, for the next page."""
        column = "due_at" if flt_query.order == "due_asc" else "received_at"
        return row[column], row["id"]

    def next_key(self, flt: QueueFilter, row: dict) -> tuple[str, str]:
        return self.key_of(self.query(flt), row)

    def matches(self, flt: QueueFilter, row: dict) -> bool:
        """The same filter applied to a row already in hand (search results)."""
        q = self.query(flt)
        checks = (
            q.statuses is None or row["status"] in q.statuses,
            not q.procedure_code or row["procedure_code"] == q.procedure_code,
            q.received_from is None or row["received_at"] >= q.received_from,
            q.received_before is None or row["received_at"] < q.received_before,
            q.due_from is None or row["due_at"] >= q.due_from,
            q.due_before is None or row["due_at"] < q.due_before,
        )
        return all(checks)

    def flag(self, row: dict) -> str | None:
        """OVERDUE, DUE_TODAY or None: what makes a row stand out."""
        if row["status"] not in RUNNING:
            return None
        due, now = from_text(row["due_at"]), self.now()
        if due < now:
            return OVERDUE
        return DUE_TODAY if due.date() == now.date() else None

    def today_counts(self) -> TodayCounts:
        now = self.now()
        start, end = _day_bounds(now.date())
        cap = TILE_CAP + 1
        return TodayCounts(
            received=repo.count(self.store, repo.Query(received_from=start, received_before=end), cap),
            returned=repo.returned_between(self.store, start, end, cap),
            due_today=repo.count(self.store, self.query(QueueFilter(DUE_TODAY)), cap),
            overdue=repo.count(self.store, self.query(QueueFilter(OVERDUE)), cap),
        )

    def procedures(self) -> list[dict]:
        return repo.procedures(self.store)

    # -- the numbers called to the counter (F10) ---------------------------------------------

    def call_next(self, officer_id: str | None) -> int:
        """The day's next queue number, kept in the database: a restart goes on from the last
        one called, a new day starts again at 1."""
        with self.store.transaction(officer_id) as writer:
            return queue_calls.call_next(writer, self.now().date().isoformat())

    def last_called(self) -> int:
        """Today's last called number (0: none yet today)."""
        return queue_calls.last_called(self.store, self.now().date().isoformat())
