"""What the A4 forms print, gathered from a dossier, its events and the unit.

The supplement / refusal / extension / stop details live in the dossier's events (details
JSON: "missing", "new_due_at"; the event's reason). A form asked for before such an event
exists still prints, with blanks to fill by hand, but for the stop notice (Mẫu 05): it tells
the citizen a decision, so only a stopped dossier has one. The control sheet (Mẫu 06) lists
the hand-overs so far (core/control_steps.py) and prints at any moment.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from desk_app.core import control_steps
from desk_app.core.lifecycle import STATUS_LABELS, STOPPED, event_details
from desk_app.db.store import from_text
from desk_app.printing.pdf_fonts import nfc

KINDS = ("receipt", "supplement", "refusal", "extension", "stop", "control")
EVENT_FOR_KIND = {"supplement": "supplement", "refusal": "refuse", "extension": "extend", "stop": "stop"}


class FormUnavailable(ValueError):
    """A form the dossier cannot have (a stop notice for a dossier not stopped); the message
    is for the officer."""


@dataclass
class FormData:
    kind: str
    unit: dict
    dossier: dict
    received_at: datetime
    due_at: datetime
    receiver: str = ""            # the officer who received the dossier
    signer: str = ""              # the officer who recorded the event (supplement) or the head
    head: str = ""                # the unit's commander, who signs refusals and letters
    event_at: datetime | None = None
    reason: str = ""
    missing: list[str] = field(default_factory=list)
    previous_due: datetime | None = None
    new_due: datetime | None = None
    reprint: int = 0                  # forms of this kind printed before for the dossier
    replaces: datetime | None = None  # the amendment that made the earlier prints out of date
    steps: list[control_steps.Step] = field(default_factory=list)  # the control sheet's hand-overs
    as_of: datetime | None = None     # when the control sheet was drawn up


def reprint_mark(dossier: dict, earlier: list[str]) -> tuple[int, datetime | None]:
    """(which reprint, the amendment after the first print or None) from the times the form
    was printed before: a reprint says so, and after an amendment what it replaces."""
    if not earlier:
        return 0, None
    amended = _last(dossier.get("events", []), "amend")
    replaces = from_text(amended["at"]) if amended and min(earlier) <= amended["at"] else None
    return len(earlier), replaces


def _last(events: list[dict], action: str) -> dict | None:
    found = [e for e in events if e["action"] == action]
    return found[-1] if found else None


def form_data(kind: str, dossier: dict, unit: dict, head: str = "", now: datetime | None = None) -> FormData:
    """kind: receipt | supplement | refusal | extension | stop | control; `now`: when the
    control sheet is drawn up."""
    if kind not in KINDS:
        raise ValueError(f"Loại biểu mẫu “{kind}” không có; chọn: {', '.join(KINDS)}.")
    if kind == "stop" and dossier["status"] != STOPPED:
        raise FormUnavailable(
            f"Hồ sơ {dossier['code']} đang ở trạng thái “{STATUS_LABELS.get(dossier['status'], dossier['status'])}”, "
            "không phải “Dừng giải quyết”: chỉ hồ sơ đã dừng giải quyết mới có Thông báo dừng giải quyết hồ sơ "
            "(Mẫu 05).")
    events = dossier.get("events", [])
    receive = _last(events, "receive")
    data = FormData(kind=kind, unit=unit, dossier=dossier, received_at=from_text(dossier["received_at"]),
                    due_at=from_text(dossier["due_at"]), head=nfc(head),
                    receiver=nfc(receive.get("officer_name") or "") if receive else "")
    data.signer = data.receiver
    if kind == "control":
        data.steps, data.as_of = control_steps.steps(dossier), now
    if kind in ("receipt", "control"):
        return data
    event = _last(events, EVENT_FOR_KIND[kind])
    if kind == "supplement" and event is None and receive and event_details(receive).get("missing"):
        # Documents marked "not received" at the counter are already a supplement list.
        data.missing = [nfc(m) for m in event_details(receive)["missing"]]
    if event is None:
        return data
    details = event_details(event)
    data.event_at = from_text(event["at"])
    data.reason = nfc(event.get("reason", ""))
    data.signer = nfc(event.get("officer_name") or "") or data.receiver
    data.missing = [nfc(m) for m in details.get("missing", [])] or data.missing
    if kind == "extension":
        data.new_due = from_text(details.get("new_due_at"))
        earlier = [e for e in events if e["action"] == "extend" and e["at"] < event["at"]]
        previous = details.get("old_due_at") or (event_details(earlier[-1]).get("new_due_at") if earlier else None)
        data.previous_due = from_text(previous) if previous else from_text(dossier["original_due_at"])
    return data
