"""Notices to the citizen: the consent asked at the counter, the messages the dossier's life
queues (result ready, supplement requested, appointment moved, a reminder the day before a
result waits a third day), and what an officer does by hand (the SMSTO: code their phone turns
into a ready message, marked sent). Sending through a modem is desk_app/notify/."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Callable

from desk_app.core import notice_templates as templates
from desk_app.core.lifecycle import event_details
from desk_app.core.sms_text import prepare
from desk_app.core.text import ascii_digits, vn_date, vn_datetime
from desk_app.core.workdays import WorkCalendar
from desk_app.db import dossiers as dossier_repo
from desk_app.db import notices as repo
from desk_app.db.store import Store, from_text, new_id, to_text

STATUSES = {"queued": "chờ gửi", "sending": "đang gửi", "sent": "đã gửi", "delivered": "đã đến máy",
            "failed": "gửi không được"}
EVENT_KINDS = {"result_ready": "result_ready", "supplement": "supplement", "extend": "moved"}
CONSENT_QUESTION = "Nhận tin nhắn báo kết quả?"


class NoticeError(ValueError):
    pass


def check_phone(text: str) -> str:
    """A Vietnamese mobile number as the modem dials it nationally: 0 and 9 digits (+84 accepted)."""
    digits = re.sub(r"[\s.\-()]", "", ascii_digits(text or ""))
    if digits.startswith("+84"):
        digits = "0" + digits[3:]
    elif digits.startswith("84") and len(digits) == 11:
        digits = "0" + digits[2:]
    if not re.fullmatch(r"0[35789]\d{8}", digits):
        raise NoticeError(f"Số điện thoại “{text}” không nhận được tin nhắn: cần số di động 10 chữ số (ví dụ 0912345678).")
    return digits


def consent_answer(data: dict) -> bool | None:
    """Takes `notify` out of a registration's fields: the citizen's answer (None: not asked);
    a yes needs a mobile phone in the same fields, checked before anything is written."""
    if not isinstance(data, dict):
        return None  # not fields at all: the registration says so itself
    value = data.pop("notify", None)
    if value is None:
        return None
    if not isinstance(value, bool):
        raise NoticeError("“notify” là true (nhận tin nhắn báo kết quả) hoặc false.")
    if value:
        check_phone(data.get("phone", ""))
    return value


def smsto(message: dict) -> str:
    """What a phone camera turns into a ready message: number and text filled in."""
    return f"SMSTO:{message['phone']}:{message['text']}"


class NoticeService:
    def __init__(self, store: Store, calendar: Callable[[], WorkCalendar], unit: Callable[[], dict | None],
                 settings: Callable[[], object]):
        self.store = store
        self.calendar = calendar
        self.unit = unit
        self.settings = settings

    # -- consent -----------------------------------------------------------------------------

    def set_consent(self, code: str, given: bool, officer_id: str | None, phone: str | None = None) -> dict:
        """The citizen's answer, with the phone it is for (the dossier's phone unless given)."""
        dossier = self._dossier(code)
        phone = dossier.get("phone", "") if phone is None else phone
        if given:
            phone = check_phone(phone)
        with self.store.transaction(officer_id) as writer:
            repo.put_consent(writer, dossier["id"], given, phone if given else "", officer_id)
            writer.look("notice_consent", dossier["id"], "yes" if given else "no")
        return {"code": dossier["code"], "consent": bool(given), "phone": phone if given else ""}

    def consent(self, dossier_id: str) -> dict | None:
        return repo.consent(self.store, dossier_id)

    # -- the outbox --------------------------------------------------------------------------

    def collect(self, code: str | None = None) -> list[int]:
        """Queue what the dossiers' life calls for now (one dossier, or all); a message is queued
        once, however often this runs. The new messages' ids."""
        dossier_id = self._dossier(code)["id"] if code else None
        events = repo.pending_events(self.store, dossier_id)
        wanted = []
        for event in events:
            wanted.append((EVENT_KINDS[event["action"]], event["event_id"], event))
            if event["action"] == "result_ready" and self._reminder_due(event):
                wanted.append(("reminder", f"reminder:{event['event_id']}", event))
        if not wanted:
            return []
        done = repo.queued_sources(self.store, [source for _, source, _ in wanted])
        fresh = [(kind, source, event) for kind, source, event in wanted if source not in done]
        if not fresh:
            return []
        made = []
        with self.store.transaction(None) as writer:
            for kind, source, event in fresh:
                queued = repo.enqueue(writer, self._message(kind, source, event["dossier_id"], event["phone"],
                                                            self._values(kind, event), writer.now))
                if queued:
                    made.append(queued)
        return made

    def queue_test(self, phone: str, officer_id: str | None) -> int:
        """A test message (Settings, `notify modem --test`)."""
        phone = check_phone(phone)
        with self.store.transaction(officer_id) as writer:
            return repo.enqueue(writer, self._message("test", f"test:{new_id()}", None, phone,
                                                      self._values("test", {}), writer.now))

    def list(self, status: str | None = None, code: str | None = None, limit: int = 500) -> list[dict]:
        if status and status not in STATUSES:
            raise NoticeError(f"Trạng thái “{status}” không có; chọn: {', '.join(STATUSES)}.")
        dossier_id = self._dossier(code)["id"] if code else None
        return repo.listed(self.store, status, dossier_id, limit)

    def get(self, message_id: int) -> dict:
        row = repo.get(self.store, int(message_id))
        if row is None:
            raise NoticeError(f"Không có tin nhắn số {message_id}.")
        return row

    def counts(self) -> dict[str, int]:
        return repo.counts(self.store)

    def mark_sent(self, message_id: int, officer_id: str | None) -> dict:
        """Sent by hand from the officer's phone (the SMSTO: code): recorded as sent."""
        row = self.get(message_id)
        if row["status"] in ("sent", "delivered"):
            raise NoticeError(f"Tin nhắn số {message_id} đã gửi rồi ({STATUSES[row['status']]}).")
        if row["status"] == "sending":
            raise NoticeError(f"Tin nhắn số {message_id} đang được gửi qua modem: chờ kết quả.")
        with self.store.transaction(officer_id) as writer:
            repo.update(writer, row["id"], {"status": "sent", "sent_at": writer.now, "by_hand": 1,
                                            "officer_id": officer_id, "error": ""})
            writer.look("notice_sent", row["dossier_id"], f"{row['id']} bằng tay")
        return self.get(message_id)

    def retry(self, message_id: int, officer_id: str | None) -> dict:
        """A failed message queued again now."""
        row = self.get(message_id)
        if row["status"] != "failed":
            raise NoticeError(f"Tin nhắn số {message_id} {STATUSES[row['status']]}: chỉ gửi lại tin đã hỏng.")
        with self.store.transaction(officer_id) as writer:
            repo.update(writer, row["id"], {"status": "queued", "next_try_at": None, "attempts": 0, "error": ""})
        return self.get(message_id)

    # -- the texts ---------------------------------------------------------------------------

    def _message(self, kind, source, dossier_id, phone, values, now_text) -> dict:
        settings = self.settings()
        template = getattr(settings, f"notice_{kind}", "") or templates.DEFAULTS[kind]
        sms = prepare(templates.render(template, values), bool(settings.notice_accents))
        return {"dossier_id": dossier_id, "kind": kind, "source": source, "phone": phone, "text": sms.text,
                "encoding": sms.encoding, "parts": sms.parts, "status": "queued", "created_at": now_text}

    def _values(self, kind: str, event: dict) -> dict:
        unit = self.unit() or {}
        settings = self.settings()
        details = event_details(event)
        new_due = from_text(details.get("new_due_at")) if details.get("new_due_at") else None
        return {"unit": unit.get("name", ""), "code": event.get("code", ""),
                "where": unit.get("address") or unit.get("name", ""), "hours": settings.working_hours,
                "bring": settings.notice_bring or templates.DEFAULT_BRING, "missing": event.get("reason", ""),
                "when": vn_datetime(new_due) if new_due else "", "ready": vn_date((event.get("at") or "")[:10]),
                "hotline": unit.get("hotline", "")}

    def _reminder_due(self, event: dict) -> bool:
        """The day before the result waits a third working day: the working day after it was ready."""
        ready = from_text(event["at"]).date()
        calendar, day = self.calendar(), ready + timedelta(days=1)
        while not calendar.is_working_day(day):
            day += timedelta(days=1)
        return self.store.clock().date() >= day

    def _dossier(self, code: str) -> dict:
        row = dossier_repo.get_by_code(self.store, (code or "").strip().upper())
        if row is None:
            raise NoticeError(f"Không tìm thấy hồ sơ mã “{code}”.")
        return row


def next_try(attempts: int, now: datetime) -> str:
    """Back-off after a failed try: 1, 2, 4, 8 … minutes, at most an hour."""
    return to_text(now + timedelta(minutes=min(60, 2 ** max(0, attempts - 1))))
