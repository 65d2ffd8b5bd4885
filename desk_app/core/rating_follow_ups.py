"""Every unsatisfied citizen answered: each "Không hài lòng" (citizen screen, visit form,
paper survey, CLI) opened a follow-up (core.ratings.keep_follow_up); the commander records
the contact made with the citizen and the answer, within the working days set in Settings."""

from __future__ import annotations

from desk_app.core import ratings
from desk_app.core.roles import require_commander
from desk_app.core.text import clean
from desk_app.db import rating_follow_ups as repo
from desk_app.db.store import Store, to_text

OPEN, ANSWERED, WITHDRAWN = "open", "answered", "withdrawn"
STATUS_LABELS = {OPEN: "Chưa trả lời", ANSWERED: "Đã trả lời", WITHDRAWN: "Đã rút (đánh giá được thay)"}
MAX_TEXT = 2000
SHORT_ID = 8  # the lists print this much of an id; any unique start of it is accepted


class FollowUpError(ValueError):
    """Bad input for a follow-up; the message is for the officer."""


def find_id(store: Store, text: str, ids_starting, what: str) -> str:
    """The one id that `text` (a whole id, or its start as the lists print it) names."""
    prefix = clean(text).lower()
    found = ids_starting(store, prefix) if len(prefix) >= 4 else []
    if not found:
        raise FollowUpError(f"Không có {what} mã “{clean(text)}”.")
    if len(found) > 1:
        raise FollowUpError(f"Mã “{clean(text)}” trùng phần đầu của nhiều {what}: gõ thêm vài ký tự.")
    return found[0]


def checked_text(text: str, what: str, required: bool) -> str:
    value = clean(text)
    if required and not value:
        raise FollowUpError(f"Chưa ghi {what}.")
    if len(value) > MAX_TEXT:
        raise FollowUpError(f"{what.capitalize()} dài tối đa {MAX_TEXT} ký tự.")
    return value


class RatingFollowUpService:
    """desk.rating_follow_ups."""

    def __init__(self, store: Store):
        self.store = store

    def listed(self, open_only: bool = False) -> list[dict]:
        """Each with `overdue` (open past its due time) and `reason_label`."""
        now = to_text(self.store.clock())
        return [{**row, "overdue": row["status"] == OPEN and row["due_at"] < now,
                 "reason_label": ratings.REASONS.get(row["reason"], row["reason"])}
                for row in repo.listed(self.store, open_only)]

    def counts(self) -> tuple[int, int]:
        """(open, of which overdue), for the commander's tiles."""
        return repo.open_counts(self.store, to_text(self.store.clock()))

    def find(self, text: str) -> str:
        return find_id(self.store, text, repo.ids_starting, "phản hồi đánh giá")

    def answer(self, follow_up_id: str, answer: str, officer_id: str | None, contact: str = "") -> dict:
        """The commander's answer closes the follow-up (an answered one may be answered again:
        the earlier words stay in the audit log)."""
        require_commander(self.store, officer_id, "answer_rating")
        answer = checked_text(answer, "nội dung trả lời", required=True)
        contact = checked_text(contact, "nội dung liên hệ", required=False)
        row = repo.get(self.store, follow_up_id)
        if row is None:
            raise FollowUpError("Không có phản hồi đánh giá này.")
        if row["status"] == WITHDRAWN:
            raise FollowUpError("Đánh giá này đã được người dân thay bằng mức khác: không cần trả lời.")
        with self.store.transaction(officer_id) as writer:
            repo.update(writer, follow_up_id, {"status": ANSWERED, "answer": answer,
                                               "contact": contact or row["contact"],
                                               "answered_at": writer.now, "answered_by": officer_id})
        return repo.get(self.store, follow_up_id)
