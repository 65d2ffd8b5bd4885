"""The dossier lifecycle: states, allowed actions, and the early / on-time / late rule.

received -> in_progress -> result_ready -> returned, with side branches: needs_supplement
(the clock stops until the citizen completes the dossier), refused and stopped (terminal),
and extend (a new due time with an apology; statistics still count the original).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

RECEIVED = "received"
IN_PROGRESS = "in_progress"
NEEDS_SUPPLEMENT = "needs_supplement"
RESULT_READY = "result_ready"
RETURNED = "returned"
REFUSED = "refused"
STOPPED = "stopped"

STATUSES = (RECEIVED, IN_PROGRESS, NEEDS_SUPPLEMENT, RESULT_READY, RETURNED, REFUSED, STOPPED)
OPEN_STATUSES = (RECEIVED, IN_PROGRESS, NEEDS_SUPPLEMENT)
FINISHED_STATUSES = (RESULT_READY, RETURNED)
TERMINAL_STATUSES = (RETURNED, REFUSED, STOPPED)

STATUS_LABELS = {
    RECEIVED: "Đã tiếp nhận",
    IN_PROGRESS: "Đang giải quyết",
    NEEDS_SUPPLEMENT: "Chờ bổ sung",
    RESULT_READY: "Có kết quả",
    RETURNED: "Đã trả kết quả",
    REFUSED: "Từ chối",
    STOPPED: "Dừng giải quyết",
}


@dataclass(frozen=True)
class Action:
    name: str
    label: str
    target: str | None  # None: the status does not change (extend)
    sources: tuple[str, ...]
    needs_reason: bool = False
    needs_due: bool = False


ACTIONS = {
    a.name: a
    for a in (
        Action("start", "Bắt đầu giải quyết", IN_PROGRESS, (RECEIVED,)),
        Action("supplement", "Yêu cầu bổ sung", NEEDS_SUPPLEMENT, (RECEIVED, IN_PROGRESS), needs_reason=True),
        Action("resume", "Đã bổ sung đủ", IN_PROGRESS, (NEEDS_SUPPLEMENT,)),
        Action("refuse", "Từ chối", REFUSED, (RECEIVED, IN_PROGRESS, NEEDS_SUPPLEMENT), needs_reason=True),
        Action("extend", "Gia hạn (xin lỗi, hẹn lại)", None, (RECEIVED, IN_PROGRESS), needs_reason=True, needs_due=True),
        Action("stop", "Dừng giải quyết", STOPPED, (RECEIVED, IN_PROGRESS, NEEDS_SUPPLEMENT), needs_reason=True),
        Action("result_ready", "Có kết quả", RESULT_READY, (RECEIVED, IN_PROGRESS)),
        Action("return", "Trả kết quả", RETURNED, (RESULT_READY,)),
    )
}

# `status CODE --to STATE` names a target; these map it to the action that reaches it.
ACTION_FOR_TARGET = {
    IN_PROGRESS: "start",
    NEEDS_SUPPLEMENT: "supplement",
    REFUSED: "refuse",
    STOPPED: "stop",
    RESULT_READY: "result_ready",
    RETURNED: "return",
    "extended": "extend",
}


RECEIVE_LABEL = "Tiếp nhận hồ sơ"  # the event that opens every dossier (not an action)
AMEND_LABEL = "Sửa hồ sơ"  # a correction of what was received (not a step of the lifecycle)
ATTACHMENT_REMOVED = "attachment_removed"  # a scan attached by mistake, taken back (core/attachments.remove)
ATTACHMENT_REMOVED_LABEL = "Gỡ tệp đính kèm"


def event_labels(event: dict) -> tuple[str, str | None]:
    """What a history line says: the action, and the status it led to when that adds
    something ("Có kết quả", never "Có kết quả → Có kết quả"; an extension keeps the status)."""
    if event["action"] == "amend":
        return AMEND_LABEL, None
    if event["action"] == ATTACHMENT_REMOVED:
        return ATTACHMENT_REMOVED_LABEL, None
    action = ACTIONS[event["action"]].label if event["action"] in ACTIONS else RECEIVE_LABEL
    status = STATUS_LABELS.get(event["to_status"], event["to_status"])
    if event.get("from_status") == event["to_status"] or status == action:
        return action, None
    return action, status


def event_details(event: dict) -> dict:
    """An event's details (a JSON object in the row): {} when empty or not an object."""
    try:
        value = json.loads(event.get("details") or "{}")
    except json.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}


class TransitionError(ValueError):
    """An action the lifecycle does not allow; the message is for the officer."""


def allowed_actions(status: str) -> list[Action]:
    return [a for a in ACTIONS.values() if status in a.sources]


def action_for(status: str, target: str) -> Action:
    """The action that takes a dossier in `status` to `target` (a status or 'extended')."""
    name = ACTION_FOR_TARGET.get(target)
    if target == IN_PROGRESS and status == NEEDS_SUPPLEMENT:
        name = "resume"
    if name is None:
        known = ", ".join([*ACTION_FOR_TARGET])
        raise TransitionError(f"Trạng thái “{target}” không có; chọn một trong: {known}.")
    return check_action(status, name)


def check_action(status: str, name: str) -> Action:
    action = ACTIONS.get(name)
    if action is None:
        raise TransitionError(f"Thao tác “{name}” không có.")
    if status not in action.sources:
        current = STATUS_LABELS.get(status, status)
        allowed = ", ".join(a.label for a in allowed_actions(status)) or "không còn thao tác nào"
        raise TransitionError(
            f"Hồ sơ đang ở trạng thái “{current}”: không thể “{action.label}”. Có thể: {allowed}."
        )
    return action


# Timeliness buckets of the statistics.
EARLY, ON_TIME, LATE, OVERDUE, PENDING = "early", "on_time", "late", "overdue", "pending"
TIMELINESS_LABELS = {EARLY: "Trước hạn", ON_TIME: "Đúng hạn", LATE: "Quá hạn", OVERDUE: "Đang quá hạn", PENDING: "Trong hạn"}


def timeliness(status: str, original_due: datetime, result_ready: datetime | None,
               due: datetime, now: datetime) -> str | None:
    """early / on_time / late for a finished dossier (by day, against the original due),
    overdue / pending for an open one (against the current due time), None when refused
    or stopped (not counted)."""
    if status in FINISHED_STATUSES and result_ready is not None:
        if result_ready.date() < original_due.date():
            return EARLY
        return ON_TIME if result_ready.date() == original_due.date() else LATE
    if status in (REFUSED, STOPPED):
        return None
    if status == NEEDS_SUPPLEMENT:
        return PENDING  # the clock is stopped
    return OVERDUE if now > due else PENDING
