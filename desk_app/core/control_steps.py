"""The hand-overs of a dossier as the control sheet (Mẫu 06, Phiếu kiểm soát quá trình giải
quyết hồ sơ) lists them, from the dossier's events (`DossierService.get`).

Each step: who handed the dossier over and who took it, when, the due time it is measured
against, early / on time / late, and a note. The rule, by day as the statistics count:
before the due time's day is early, on that day on time, after it late.
- Receipt (citizen → the counter): no verdict; its due time is the appointment given.
- Start (the counter → the officer handling it), supplement request, apology and new date,
  refusal, stop (the officer → the citizen): against the due time in force before the step.
- Result ready (the handling officer → the counter): against the ORIGINAL due time, as
  Biểu 06 counts it (an extension moves the citizen's appointment, not the count).
- Supplement done (citizen → officer): no verdict; its due time is the one pushed by the pause.
- Result returned (the counter → the citizen): no verdict (the citizen chooses the day; the
  result's step already says whether the unit was late).
A correction (amend) is not a hand-over: not a step, though a due time it moved is followed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desk_app.core.lifecycle import STATUS_LABELS, event_details
from desk_app.core.text import clean
from desk_app.db.store import from_text

EARLY, ON_TIME, LATE = "Trước hạn", "Đúng hạn", "Quá hạn"
COUNTER = "Bộ phận Một cửa"
NO_OFFICER = "(không ghi cán bộ)"
# The step each action is, as the sheet names it.
STEP_LABELS = {"receive": "Tiếp nhận hồ sơ", "start": "Chuyển giải quyết", "supplement": "Yêu cầu bổ sung",
               "resume": "Nhận hồ sơ đã bổ sung", "extend": "Xin lỗi, hẹn lại", "refuse": "Từ chối",
               "stop": "Dừng giải quyết", "result_ready": "Có kết quả, chuyển Bộ phận Một cửa",
               "return": "Trả kết quả"}
MEASURED_BEFORE = ("start", "supplement", "extend", "refuse", "stop")


@dataclass
class Step:
    action: str
    label: str
    giver: str
    taker: str
    at: datetime
    due: datetime
    verdict: str  # EARLY / ON_TIME / LATE, or "" when the step is not measured
    note: str


def verdict(at: datetime, due: datetime) -> str:
    if at.date() < due.date():
        return EARLY
    return ON_TIME if at.date() == due.date() else LATE


def steps(dossier: dict) -> list[Step]:
    """The dossier's hand-overs in order (its events but corrections)."""
    events = dossier.get("events", [])
    dues = _dues_in_force(dossier, events)
    citizen = f"Ông/Bà {clean(dossier.get('full_name')) or '…………'}"
    original = from_text(dossier["original_due_at"])
    out: list[Step] = []
    handler = ""  # the officer handling the dossier: who received it, then who took it to handle
    for event, (before, after) in zip(events, dues):
        action = event["action"]
        if action not in STEP_LABELS:
            continue
        at = from_text(event["at"])
        officer = clean(event.get("officer_name")) or NO_OFFICER
        giver, taker = _parties(action, officer, handler or officer, citizen, event)
        due, measured = _due_of(action, before, after, original)
        out.append(Step(action, STEP_LABELS[action], giver, taker, at, due,
                        verdict(at, due) if measured else "", _note(action, event, after, original)))
        if action in ("receive", "start"):
            handler = officer
    return out


def _parties(action: str, officer: str, handler: str, citizen: str, event: dict) -> tuple[str, str]:
    """(who handed over, who took it): `officer` recorded the step, `handler` has the dossier."""
    if action == "receive":
        return citizen, f"{officer} ({COUNTER})"
    if action == "resume":
        return citizen, officer
    if action == "start":
        return f"{handler} ({COUNTER})", officer
    if action == "result_ready":
        return handler, COUNTER + (f" ({officer})" if officer != handler else "")
    if action == "return":
        collected = clean(event_details(event).get("collected_by"))
        return f"{officer} ({COUNTER})", citizen + (f" (người nhận: {collected})" if collected else "")
    return officer, citizen


def _due_of(action: str, before: datetime, after: datetime, original: datetime) -> tuple[datetime, bool]:
    """(the due time shown, whether the step is measured against it)."""
    if action == "result_ready":
        return original, True
    if action in MEASURED_BEFORE:
        return before, True
    return after, False


def _note(action: str, event: dict, after: datetime, original: datetime) -> str:
    reason = clean(event.get("reason"))
    details = event_details(event)
    parts = []
    if action == "receive" and details.get("missing"):
        parts.append("Chưa nộp: " + "; ".join(clean(m) for m in details["missing"]))
    if action == "extend":
        parts.append(f"Hẹn lại: {after:%H:%M %d/%m/%Y}")
    if action == "resume" and details.get("old_due_at"):
        parts.append(f"Hẹn trả dời đến {after:%H:%M %d/%m/%Y}")
    if action == "result_ready" and after != original:
        parts.append(f"Đã hẹn lại {after:%H:%M %d/%m/%Y}; tính theo hạn ban đầu")
    if reason and action != "return":
        parts.append(reason)
    return ". ".join(parts)


def _old_due(event: dict, earlier: list[dict], original: str) -> str | None:
    """The due time an event replaced, or None when it moved none. An apology written before
    the desk kept the old time takes the time the change before it gave, else the original."""
    details = event_details(event)
    if event["action"] == "extend":
        if details.get("old_due_at"):
            return details["old_due_at"]
        given = [_new_due(e) for e in earlier if _new_due(e)]
        return given[-1] if given else original
    if event["action"] == "amend":
        change = (details.get("changes") or {}).get("due_at")
        return change[0] if isinstance(change, list) and change else None
    return details.get("old_due_at") if event["action"] == "resume" else None


def _new_due(event: dict) -> str | None:
    details = event_details(event)
    if event["action"] == "amend":
        change = (details.get("changes") or {}).get("due_at")
        return change[1] if isinstance(change, list) and len(change) > 1 else None
    return details.get("new_due_at") if event["action"] in ("extend", "resume") else None


def _dues_in_force(dossier: dict, events: list[dict]) -> list[tuple[datetime, datetime]]:
    """For each event, (the due time before it, after it): walked back from today's due time."""
    due = dossier["due_at"]
    out = []
    for n in range(len(events) - 1, -1, -1):
        after = due
        due = _old_due(events[n], events[:n], dossier["original_due_at"]) or due
        out.append((from_text(due), from_text(after)))
    return out[::-1]


def status_line(dossier: dict, now: datetime) -> str:
    """Where the dossier stands when the sheet is drawn up."""
    return f"Tình trạng đến {now:%H:%M} ngày {now:%d/%m/%Y}: {STATUS_LABELS.get(dossier['status'], dossier['status'])}"
