"""How satisfied the citizen was: one rating per step (reception, return of the result, a
reception-log visit), tied to the dossier or the visit and to the officer who served.

Ratings come from the citizen screen (with "not rated" when nobody answers in time), from
the visit form, from paper survey forms a commander enters in bulk, and from the CLI.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Callable

from desk_app.core.follow_up_times import FollowUpTimes
from desk_app.core.text import clean
from desk_app.db import dossiers as dossier_repo
from desk_app.db import rating_follow_ups as follow_up_repo
from desk_app.db import ratings as repo
from desk_app.db import visits as visit_repo
from desk_app.db.store import Store, Writer, to_text

VERY_SATISFIED, SATISFIED, UNSATISFIED, NOT_RATED = "very_satisfied", "satisfied", "unsatisfied", "not_rated"
LEVELS = {VERY_SATISFIED: "Rất hài lòng", SATISFIED: "Hài lòng", UNSATISFIED: "Không hài lòng"}
LEVEL_LABELS = {**LEVELS, NOT_RATED: "Không đánh giá"}
REASONS = {
    "attitude": "Thái độ",
    "waiting": "Thời gian chờ",
    "repeat_trips": "Phải đi lại nhiều lần",
    "late": "Trễ hẹn",
    "other": "Khác",
}
STEPS = {"reception": "Tiếp nhận", "return": "Trả kết quả", "visit": "Tiếp công dân"}
SOURCES = ("screen", "visit_form", "paper", "cli")
TIMEOUT_SECONDS = 60  # the citizen screen records "not rated" after this long without an answer


class RatingError(ValueError):
    """Bad input for a rating; the message is for the officer."""


@dataclass(frozen=True)
class Shares:
    counts: dict[str, int]

    @property
    def rated(self) -> int:
        return sum(self.counts.get(level, 0) for level in LEVELS)

    def percent(self, level: str) -> float:
        """Share of the rated answers ("not rated" is counted apart, not in the base)."""
        return round(100 * self.counts.get(level, 0) / self.rated, 1) if self.rated else 0.0


def parse_level(text: str) -> str:
    value = clean(text).lower()
    for key, label in LEVEL_LABELS.items():
        if value in (key, label.lower()):
            return key
    raise RatingError(f"Mức đánh giá “{text}” không hợp lệ: dùng very_satisfied (Rất hài lòng), "
                      "satisfied (Hài lòng) hoặc unsatisfied (Không hài lòng).")


def parse_reason(text: str) -> str:
    """A reason key from its key or its Vietnamese words ("thái độ", "Trễ hẹn"…)."""
    value = clean(text).lower()
    if not value:
        return ""
    for key, label in REASONS.items():
        if value in (key, label.lower()):
            return key
    raise RatingError(f"Lý do “{text}” không có trong danh sách: " + ", ".join(
        f"{key} ({label.lower()})" for key, label in REASONS.items()) + ".")


def check(level: str, reason: str, step: str) -> tuple[str, str, str]:
    """(level, reason, step) checked: a reason only for "Không hài lòng", and one is required."""
    level = parse_level(level)
    reason = parse_reason(reason)
    if step not in STEPS:
        raise RatingError(f"Bước “{step}” không hợp lệ: dùng reception (tiếp nhận), return (trả kết quả) hoặc visit.")
    if level == UNSATISFIED and not reason:
        raise RatingError("Đánh giá “Không hài lòng” cần một lý do: " + ", ".join(
            label.lower() for label in REASONS.values()) + ".")
    if level != UNSATISFIED and reason:
        raise RatingError("Chỉ đánh giá “Không hài lòng” mới ghi lý do.")
    return level, reason, step


def record_in(writer: Writer, times: FollowUpTimes, *, level: str, step: str, officer_id: str | None,
              dossier_id: str | None = None, visit_id: str | None = None, reason: str = "", source: str = "screen",
              at: str | None = None) -> dict:
    """Write one checked rating inside a caller's transaction (the visit form's save); the
    rating kept, with `replaced`: the level it replaced, or None.

    One rating per dossier (or visit) and step: a citizen rated on the visit form by the
    officer and again on the citizen screen is one citizen, counted once. The later answer
    replaces the earlier (the citizen's own word on the screen, or a paper form entered later,
    is their last say; the replaced one stays in the audit log), and "not rated" never
    replaces an answer. The row is updated in place, so the district's copy is replaced too.

    A "Không hài lòng" opens the commander's follow-up (due `times.rating_days` working days
    on); replaced by a better answer, its follow-up not yet answered is withdrawn."""
    values = {"dossier_id": dossier_id, "visit_id": visit_id, "step": step, "level": level, "reason": reason,
              "officer_id": officer_id, "at": at or writer.now, "source": source}
    kept = repo.current(writer, dossier_id, visit_id, step)
    if kept is None:
        saved = {**repo.insert(writer, values), "replaced": None}
    elif level == NOT_RATED and kept["level"] != NOT_RATED:
        return {**values, **kept, "replaced": None}
    else:
        repo.replace(writer, kept["id"], values)
        saved = {**values, "id": kept["id"], "replaced": kept["level"]}
    return {**saved, "follow_up_id": keep_follow_up(writer, saved["id"], level, reason, times.rating_due)}


def keep_follow_up(writer: Writer, rating_id: str, level: str, reason: str,
                   due: Callable[[str], str]) -> str | None:
    """The rating's follow-up in step with its level: opened (or opened again) for "Không hài
    lòng", withdrawn while still open when the citizen's last say is better; its id, or None."""
    kept = follow_up_repo.of_rating(writer, rating_id)
    if level == UNSATISFIED:
        if kept is None:
            return follow_up_repo.insert(writer, {"rating_id": rating_id, "reason": reason, "status": "open",
                                                  "opened_at": writer.now, "due_at": due(writer.now)})["id"]
        if kept["status"] == "withdrawn":
            follow_up_repo.update(writer, kept["id"], {"status": "open", "reason": reason, "opened_at": writer.now,
                                                       "due_at": due(writer.now)})
        elif kept["status"] == "open" and kept["reason"] != reason:
            follow_up_repo.update(writer, kept["id"], {"reason": reason})
        return kept["id"]
    if kept is not None and kept["status"] == "open":
        follow_up_repo.update(writer, kept["id"], {"status": "withdrawn"})
    return None


class RatingService:
    """desk.ratings."""

    def __init__(self, store: Store, times: Callable[[], FollowUpTimes]):
        self.store = store
        self.times = times  # read at each rating: Settings and the calendar may change

    def _target(self, code: str | None, dossier_id: str | None, visit_id: str | None) -> tuple[str | None, str | None]:
        if code:
            row = dossier_repo.get_row(self.store, clean(code).upper())
            if row is None:
                raise RatingError(f"Không có hồ sơ mã “{code}”.")
            return row["id"], visit_id
        if not dossier_id and not visit_id:
            raise RatingError("Chưa chọn hồ sơ hoặc lượt tiếp công dân được đánh giá.")
        if visit_id and visit_repo.get(self.store, visit_id) is None:
            raise RatingError("Không có lượt tiếp công dân này.")
        return dossier_id, visit_id

    def add(self, level: str, officer_id: str | None, *, code: str | None = None, dossier_id: str | None = None,
            visit_id: str | None = None, step: str | None = None, reason: str = "", source: str = "cli",
            at: datetime | None = None) -> dict:
        """One rating; the step defaults to "visit" for a visit, else "reception"."""
        dossier_id, visit_id = self._target(code, dossier_id, visit_id)
        step = step or ("visit" if visit_id and not dossier_id else "reception")
        level, reason, step = check(level, reason, step)
        with self.store.transaction(officer_id) as writer:
            return record_in(writer, self.times(), level=level, step=step, officer_id=officer_id,
                             dossier_id=dossier_id, visit_id=visit_id, reason=reason, source=source,
                             at=to_text(at) if at else None)

    def not_rated(self, officer_id: str | None, *, dossier_id: str | None = None, visit_id: str | None = None,
                  step: str = "reception") -> dict:
        """Nobody answered on the citizen screen in time: kept, so the share of answers is known."""
        dossier_id, visit_id = self._target(None, dossier_id, visit_id)
        with self.store.transaction(officer_id) as writer:
            return record_in(writer, self.times(), level=NOT_RATED, step=step, officer_id=officer_id,
                             dossier_id=dossier_id, visit_id=visit_id, source="screen")

    def add_paper_forms(self, forms: list[dict], entered_by: str | None) -> list[dict]:
        """A commander's bulk entry of paper survey forms: every form checked first, then all
        saved in one transaction (nothing saved if one is wrong; the message names its line).
        Each form: code, level, reason, step, optional day ('YYYY-MM-DD')."""
        checked = []
        for number, form in enumerate(forms, start=1):
            try:
                if not isinstance(form, dict):
                    raise RatingError("không phải một phiếu (mã hồ sơ, mức đánh giá…).")
                row = dossier_repo.get_row(self.store, clean(form.get("code")).upper())
                if row is None:
                    raise RatingError(f"không có hồ sơ mã “{clean(form.get('code'))}”.")
                level, reason, step = check(form.get("level", ""), form.get("reason", ""),
                                            form.get("step") or "reception")
                day = clean(form.get("day"))
                at = f"{date.fromisoformat(day).isoformat()} 12:00:00" if day else None
            except (RatingError, ValueError) as exc:
                raise RatingError(f"Phiếu số {number}: {exc}") from None
            # The form rates the officer who received the dossier, not the one typing it in.
            checked.append((row["id"], row["received_by"], level, reason, step, at))
        times = self.times()
        with self.store.transaction(entered_by) as writer:
            return [record_in(writer, times, level=level, step=step, dossier_id=dossier_id, reason=reason,
                              officer_id=officer_id, source="paper", at=at)
                    for dossier_id, officer_id, level, reason, step, at in checked]

    def of_dossier(self, dossier_id: str) -> list[dict]:
        return repo.of_dossier(self.store, dossier_id)

    def of_visit(self, visit_id: str) -> list[dict]:
        return repo.of_visit(self.store, visit_id)

    def between(self, start: datetime, end: datetime) -> list[dict]:
        return repo.between(self.store, to_text(start), to_text(end))

    def shares(self, start: datetime, end: datetime) -> Shares:
        return Shares(repo.counts_between(self.store, to_text(start), to_text(end)))

