"""Complaints, proposals and tip-offs followed to the end: each one the reception log takes
gets a handler, a deadline by kind (working days set in Settings), a status (received,
handling, forwarded to the upper level, answered) and its answer."""

from __future__ import annotations

from desk_app.core.follow_up_times import FollowUpTimes
from desk_app.core.rating_follow_ups import FollowUpError, checked_text, find_id
from desk_app.db import officers as officer_repo
from desk_app.db import visit_follow_ups as repo
from desk_app.db.store import Store, Writer, to_text

FOLLOWED_KINDS = ("complaint", "proposal", "report")  # phản ánh / khiếu nại, kiến nghị, tin báo
RECEIVED, HANDLING, FORWARDED, ANSWERED = "received", "handling", "forwarded", "answered"
STATUS_LABELS = {RECEIVED: "Mới tiếp nhận", HANDLING: "Đang xử lý", FORWARDED: "Đã chuyển cấp trên",
                 ANSWERED: "Đã trả lời"}
PENDING = (RECEIVED, HANDLING)  # still the unit's: these can be overdue


def open_in(writer: Writer, times: FollowUpTimes, visit: dict, handler_id: str | None) -> dict | None:
    """A followed kind's case, opened inside the visit's own transaction."""
    if visit["kind"] not in FOLLOWED_KINDS:
        return None
    return repo.insert(writer, {"visit_id": visit["id"], "kind": visit["kind"], "status": RECEIVED,
                                "handler_id": handler_id, "received_at": visit["at"],
                                "due_at": times.visit_due(visit["kind"], visit["at"])})


class VisitFollowUpService:
    """desk.visit_follow_ups."""

    def __init__(self, store: Store):
        self.store = store

    def listed(self, open_only: bool = False) -> list[dict]:
        """Each with `overdue`: still the unit's (received or handling) past its deadline."""
        return [self._marked(row) for row in repo.listed(self.store, open_only)]

    def _marked(self, row: dict) -> dict:
        return {**row, "overdue": row["status"] in PENDING and row["due_at"] < to_text(self.store.clock())}

    def counts(self) -> tuple[int, int]:
        """(still the unit's to handle, of which overdue), for the tiles."""
        return repo.pending_counts(self.store, to_text(self.store.clock()))

    def find(self, text: str) -> str:
        return find_id(self.store, text, repo.ids_starting, "việc phản ánh, kiến nghị, tin báo")

    def get(self, follow_up_id: str) -> dict:
        row = repo.get(self.store, follow_up_id)
        if row is None:
            raise FollowUpError("Không có việc phản ánh, kiến nghị, tin báo này.")
        return self._marked(row)

    def update(self, follow_up_id: str, officer_id: str | None, *, status: str | None = None,
               handler_id: str | None = None, forwarded_to: str = "", answer: str = "") -> dict:
        """A step of the handling: another handler, "handling", "forwarded" (to whom), or
        "answered" with the answer (required then). An answered case stays answered."""
        row = self.get(follow_up_id)
        values: dict = {}
        if handler_id:
            if officer_repo.get(self.store, handler_id) is None:
                raise FollowUpError("Không có cán bộ xử lý này.")
            values["handler_id"] = handler_id
        if status is not None:
            if status not in STATUS_LABELS:
                raise FollowUpError("Trạng thái không hợp lệ: received, handling, forwarded hoặc answered.")
            if row["status"] == ANSWERED and status != ANSWERED:
                raise FollowUpError("Việc này đã trả lời: không đổi lại trạng thái.")
            values["status"] = status
        if status == FORWARDED:
            values["forwarded_to"] = checked_text(forwarded_to, "nơi chuyển đến", required=True)
        if status == ANSWERED:
            values["answer"] = checked_text(answer, "nội dung trả lời", required=True)
        if not values:
            raise FollowUpError("Chưa có gì thay đổi.")
        with self.store.transaction(officer_id) as writer:
            if status == ANSWERED:
                values["answered_at"] = writer.now
            repo.update(writer, follow_up_id, values)
        return self.get(follow_up_id)

    def close(self, follow_up_id: str, answer: str, officer_id: str | None) -> dict:
        return self.update(follow_up_id, officer_id, status=ANSWERED, answer=answer)
