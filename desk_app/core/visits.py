"""Citizen reception log: visits that are not dossiers (inquiry, result pickup,
complaint / denunciation, report), with the citizen found or added by ID number."""

from __future__ import annotations

from datetime import date
from typing import Callable

from desk_app.core import ratings, visit_follow_ups
from desk_app.core.follow_up_times import FollowUpTimes
from desk_app.core.cccd import normalise_id_number
from desk_app.core.registration import ValidationError, check_citizen, check_queue_number
from desk_app.core.text import clean
from desk_app.db import citizens as citizen_repo
from desk_app.db import visits as repo
from desk_app.db.store import Store

KINDS = {
    "inquiry": "Hỏi / hướng dẫn",
    "result_pickup": "Nhận kết quả",
    "complaint": "Khiếu nại / tố cáo",
    "proposal": "Kiến nghị",
    "report": "Tin báo",
}
# The same three levels as the citizen screen and the paper survey (core.ratings).
SATISFACTION = dict(ratings.LEVELS)
MAX_TEXT = 2000


class VisitService:
    """The reception log (desk.visits)."""

    def __init__(self, store: Store, times: Callable[[], FollowUpTimes]):
        self.store = store
        self.times = times  # read at each visit: Settings and the calendar may change

    def find_citizen(self, id_number: str) -> dict | None:
        """A citizen already in the book, by 12-digit ID number (a look at personal data: logged)."""
        number = normalise_id_number(id_number)
        citizen = citizen_repo.by_id_number(self.store, number) if number else None
        if citizen is not None and self.store.auditor is not None:
            self.store.auditor.look("citizen", None, citizen["id"])
        return citizen

    def record(self, data: dict, officer_id: str | None) -> dict:
        """Check and save one visit; ValidationError(field -> message) lists every bad field."""
        errors: dict[str, str] = {}
        citizen = check_citizen(data, errors)
        kind = clean(data.get("kind"))
        if kind not in KINDS:
            errors["kind"] = "Chưa chọn loại việc (hỏi/hướng dẫn, nhận kết quả, khiếu nại/tố cáo, kiến nghị, tin báo)."
        summary = clean(data.get("summary"))
        if not summary:
            errors["summary"] = "Chưa ghi nội dung làm việc."
        elif len(summary) > MAX_TEXT:
            errors["summary"] = f"Nội dung dài tối đa {MAX_TEXT} ký tự."
        outcome = clean(data.get("outcome"))
        if len(outcome) > MAX_TEXT:
            errors["outcome"] = f"Kết quả dài tối đa {MAX_TEXT} ký tự."
        satisfaction = clean(data.get("satisfaction"))
        if satisfaction and satisfaction not in SATISFACTION:
            errors["satisfaction"] = "Mức độ hài lòng không hợp lệ."
        queue_number = check_queue_number(data.get("queue_number"), errors)
        if errors:
            raise ValidationError(errors)
        times = self.times()
        with self.store.transaction(officer_id) as writer:
            existing = citizen_repo.by_id_number(self.store, citizen.id_number) if citizen.id_number else None
            saved = citizen_repo.save(writer, existing, citizen.record())
            visit = writer.insert("visits", {
                "citizen_id": saved["id"], "kind": kind, "at": writer.now, "officer_id": officer_id,
                "summary": summary, "outcome": outcome, "satisfaction": satisfaction,
                "queue_number": queue_number,
            })
            if satisfaction:  # the officer noted it on the form: a rating like any other
                ratings.record_in(writer, times, level=satisfaction, step="visit", officer_id=officer_id,
                                  visit_id=visit["id"], source="visit_form")
            # A complaint, proposal or tip-off is followed to the end; its handler is the officer
            # who took it unless the form names another.
            case = visit_follow_ups.open_in(writer, times, visit, clean(data.get("handler_id")) or officer_id)
        return {**visit, "citizen_reused": existing is not None, "follow_up": case}

    def on_day(self, day: date) -> list[dict]:
        """Every visit of a day (dossier receptions included), with citizen and officer names."""
        return repo.on_day(self.store, day.isoformat())
