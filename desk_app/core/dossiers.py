"""The dossier service: register, move through the lifecycle, find. Used by CLI and window alike."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime

from desk_app.core import lifecycle
from desk_app.core.channels import CHANNEL_COLUMNS, channel_record, post_return
from desk_app.core.catalog import Procedure
from desk_app.core.codes import render, scope
from desk_app.core.registration import DocumentEntry, DossierInput
from desk_app.core.text import clean, digits, fold, vn_date
from desk_app.core.workdays import WorkCalendar
from desk_app.db import attachments as attachment_repo
from desk_app.db import citizens as citizen_repo
from desk_app.db import dossiers as repo
from desk_app.db import officers as officer_repo
from desk_app.db import procedures as procedure_repo
from desk_app.db.store import Store, from_text, to_text

# A guard against a pattern change that lands on codes already used (they are then skipped
# over, never reused); a real desk never gets near it.
MAX_CODE_ATTEMPTS = 10_000


class NotFound(LookupError):
    """The message is for the officer."""


# The applicant as received, kept on the dossier (db column -> citizen field).
APPLICANT_FIELDS = {
    "applicant_full_name": "full_name", "applicant_id_number": "id_number",
    "applicant_old_id_number": "old_id_number", "applicant_birth_date": "birth_date",
    "applicant_sex": "sex", "applicant_address": "address", "applicant_phone": "phone",
}
# A known ID number with another of these is most often a mistyped number: asked, not assumed.
IDENTITY_FIELDS = ("full_name", "birth_date", "sex")
IDENTITY_LABELS = {"full_name": "họ tên", "birth_date": "ngày sinh", "sex": "giới tính"}


class CitizenConflict(ValueError):
    """The ID number is known under another name, birth date or sex."""

    def __init__(self, known: dict, typed: dict, fields: list[str]):
        self.known, self.typed, self.fields = known, typed, fields
        def shown(person: dict, field: str) -> str:
            value = person.get(field) or "(trống)"
            return vn_date(value) if field == "birth_date" else value
        differences = "; ".join(f"{IDENTITY_LABELS[f]}: đã lưu “{shown(known, f)}”, "
                                f"vừa nhập “{shown(typed, f)}”" for f in fields)
        super().__init__(
            f"Số định danh {known.get('id_number')} đã có của công dân {known.get('full_name')} "
            f"(sinh {vn_date(known.get('birth_date')) or '?'}): {differences}. Hãy kiểm tra lại số định danh; "
            "nếu đúng là cùng một người và thông tin cũ sai, xác nhận cập nhật công dân.")


def identity_conflicts(known: dict | None, typed: dict) -> list[str]:
    """The identity fields where what was typed disagrees with the known citizen (blank never does)."""
    if known is None:
        return []
    def same(a, b) -> bool:
        return clean(a or "").casefold() == clean(b or "").casefold()
    return [f for f in IDENTITY_FIELDS if typed.get(f) and known.get(f) and not same(known[f], typed[f])]


def applicant_snapshot(citizen: dict) -> dict:
    """The dossier's applicant columns from citizen details."""
    return {column: citizen.get(field) if field == "id_number" else (citizen.get(field) or "")
            for column, field in APPLICANT_FIELDS.items()}


@dataclass
class Registered:
    id: str
    code: str
    citizen_id: str
    received_at: datetime
    due_at: datetime
    fee: int
    citizen_reused: bool
    dossier: dict = field(default_factory=dict, repr=False)  # as get() reads it: the slip needs no read back


SEQUENCE_DIGITS = 5  # a number this short is a slip's sequence, not an ID number or a phone


class DossierService:
    def __init__(self, store: Store, calendar: WorkCalendar, unit_code: str, code_pattern: str):
        self.store = store
        self.calendar = calendar
        self.unit_code = unit_code
        self.code_pattern = code_pattern

    # -- registering ---------------------------------------------------------------------

    def due_for(self, procedure: Procedure | dict, received_at: datetime) -> datetime:
        """The appointment for a procedure (the catalog's model or its stored row) received then."""
        if isinstance(procedure, dict):
            unit, value = procedure["limit_unit"], procedure["limit_value"]
        else:
            unit, value = procedure.limit_unit, procedure.limit_value
        if unit == "hours":
            return self.calendar.due(received_at, hours=value)
        return self.calendar.due(received_at, days=value)

    def conflict_for(self, citizen: dict) -> CitizenConflict | None:
        """The conflict registering these citizen details would meet, or None (the form asks first)."""
        if not citizen.get("id_number"):
            return None
        known = citizen_repo.by_id_number(self.store, citizen["id_number"])
        fields = identity_conflicts(known, citizen)
        return CitizenConflict(known, citizen, fields) if fields else None

    def register(self, data: DossierInput, officer_id: str | None, update_citizen: bool = False) -> Registered:
        """`update_citizen`: a known ID number with another name, birth date or sex replaces the
        citizen's details; without it that is a CitizenConflict and nothing is written."""
        procedure = procedure_repo.by_code(self.store, data.procedure)
        if procedure is None or not procedure["active"]:
            raise NotFound(f"Không có thủ tục mã “{data.procedure}” trong danh mục đang dùng.")
        received_at = data.received_at or self.store.clock()
        due_at = self.due_for(procedure, received_at)
        documents = data.documents
        if documents is None:
            documents = [DocumentEntry(d["name"], d["kind"]) for d in json.loads(procedure["documents"])]
        fee = data.fee if data.fee is not None else (
            procedure["fee_online"] if data.channel == "online" else procedure["fee_in_person"])
        with self.store.transaction(officer_id) as writer:
            existing = None
            if data.citizen.id_number:
                existing = citizen_repo.by_id_number(self.store, data.citizen.id_number)
            typed = data.citizen.record()
            fields = identity_conflicts(existing, typed)
            if fields and not update_citizen:
                raise CitizenConflict(existing, typed, fields)
            citizen = citizen_repo.save(writer, existing, typed)
            code = self._next_code(writer, procedure["code"], received_at)
            dossier = writer.insert("dossiers", {
                "code": code, "citizen_id": citizen["id"], "procedure_id": procedure["id"],
                "status": lifecycle.RECEIVED, "received_at": to_text(received_at),
                "due_at": to_text(due_at), "original_due_at": to_text(due_at), "fee": fee,
                "channel": data.channel, "note": data.note, "received_by": officer_id,
                **applicant_snapshot(citizen),
                "queue_number": data.queue_number,
                **channel_record(data),
            })
            stored_documents = []
            for position, doc in enumerate(documents, start=1):
                stored_documents.append(writer.insert("dossier_documents", {
                    "dossier_id": dossier["id"], "position": position, "name": doc.name,
                    "kind": doc.kind, "received": int(doc.received), "note": doc.note,
                }))
            missing = [d.name for d in documents if not d.received]
            event = self.write_event(writer, dossier["id"], "receive", None, lifecycle.RECEIVED, "",
                                {"missing": missing} if missing else {})
            writer.insert("visits", {
                "citizen_id": citizen["id"], "kind": "dossier", "at": to_text(received_at),
                "officer_id": officer_id, "dossier_id": dossier["id"],
                "summary": procedure["name"],
            })
            officer = officer_repo.get(self.store, officer_id) if officer_id else None
        record = self._as_read(dossier, citizen, procedure, stored_documents,
                               [{**event, "officer_name": officer["full_name"] if officer else None}])
        return Registered(dossier["id"], code, citizen["id"], received_at, due_at, fee, existing is not None, record)

    def _as_read(self, dossier: dict, citizen: dict, procedure: dict, documents: list[dict], events: list[dict]) -> dict:
        """A dossier just written, in the shape get() reads it (db.dossiers.SUMMARY_SELECT)."""
        record = {key: dossier.get(key) for key in (
            "id", "code", "status", "received_at", "due_at", "original_due_at", "result_ready_at", "closed_at",
            "paused_at", "fee", "channel", "note", "queue_number", *CHANNEL_COLUMNS)}
        record.update({field: dossier[column] for column, field in APPLICANT_FIELDS.items()},
                      citizen_id=citizen["id"], received_by=dossier.get("received_by"))
        record.update(procedure_code=procedure["code"], procedure_name=procedure["name"],
                      procedure_field=procedure["field"], documents=documents, events=events)
        record["timeliness"] = self.timeliness(record)
        return record

    def _next_code(self, writer, procedure_code: str, when: datetime) -> str:
        key = scope(self.code_pattern, self.unit_code, procedure_code, when)
        for _ in range(MAX_CODE_ATTEMPTS):
            code = render(self.code_pattern, self.unit_code, procedure_code, when, repo.next_sequence(writer, key))
            if not repo.code_exists(writer, code):
                return code
        raise RuntimeError("Không cấp được mã hồ sơ mới: kiểm tra mẫu mã hồ sơ trong Cài đặt.")

    @staticmethod
    def write_event(writer, dossier_id, action, from_status, to_status, reason, details) -> dict:
        return writer.insert("dossier_events", {
            "dossier_id": dossier_id, "at": writer.now, "action": action, "from_status": from_status,
            "to_status": to_status, "reason": reason, "details": json.dumps(details, ensure_ascii=False),
            "officer_id": writer.officer_id,
        })

    # -- the lifecycle -------------------------------------------------------------------

    def apply(self, code: str, action_name: str, officer_id: str | None, reason: str = "",
              new_due: datetime | None = None, details: dict | None = None) -> dict:
        """Run one lifecycle action; returns the dossier after it. TransitionError if not allowed."""
        row = self._row(code)
        action = lifecycle.check_action(row["status"], action_name)
        reason = clean(reason)
        if action.needs_reason and not reason:
            raise lifecycle.TransitionError(f"“{action.label}” cần ghi rõ lý do.")
        now = self.store.clock()
        values: dict = {}
        if action.target:
            values["status"] = action.target
        if action.name == "supplement":
            values["paused_at"] = to_text(now)
        elif action.name == "resume":
            # The clock stood still while the citizen completed the dossier: push both dues.
            paused = self.calendar.working_minutes_between(from_text(row["paused_at"]), now)
            values["paused_at"] = None
            values["due_at"] = to_text(self.calendar.push(from_text(row["due_at"]), paused))
            values["original_due_at"] = to_text(self.calendar.push(from_text(row["original_due_at"]), paused))
            if values["due_at"] != row["due_at"]:  # the citizen's slip is out of date: say so in the history
                details = {**(details or {}), "old_due_at": row["due_at"]}
                new_due = from_text(values["due_at"])
        elif action.name == "extend":
            current = from_text(row["due_at"])
            if new_due is None or new_due <= current:
                raise lifecycle.TransitionError(
                    f"Gia hạn cần thời hạn mới sau hạn hiện tại ({current:%H:%M %d/%m/%Y}).")
            values["due_at"] = to_text(new_due)
            details = {**(details or {}), "old_due_at": row["due_at"]}  # the control sheet (Mẫu 06) shows both
        elif action.name == "result_ready":
            values["result_ready_at"] = to_text(now)
        if action.target in lifecycle.TERMINAL_STATUSES:
            values["closed_at"] = to_text(now)
        details = dict(details or {})
        sent = post_return(details, action.target or row["status"], row)
        if sent:  # the result went by post: a return, with its address, tracking number and moment
            values.update(sent, post_sent_at=to_text(now))
            details.update(by_post=True, tracking=sent["post_tracking"], address=sent["post_address"])
        if new_due is not None:
            details["new_due_at"] = to_text(new_due)
        with self.store.transaction(officer_id) as writer:
            writer.update("dossiers", row["id"], values)
            self.write_event(writer, row["id"], action.name, row["status"], action.target or row["status"], reason, details)
            if action.name == "return" and not sent:  # by post, the citizen did not come to the counter
                writer.insert("visits", {
                    "citizen_id": row["citizen_id"], "kind": "result_pickup", "at": writer.now,
                    "officer_id": officer_id, "dossier_id": row["id"],
                    "summary": clean(details.get("collected_by", "")),
                })
        return self.get(code, look=False)

    def move_to(self, code: str, target: str, officer_id: str | None, reason: str = "",
                new_due: datetime | None = None, details: dict | None = None) -> dict:
        """`status CODE --to STATE`: the action that reaches the target from where the dossier is."""
        row = self._row(code)
        action = lifecycle.action_for(row["status"], target)
        return self.apply(code, action.name, officer_id, reason, new_due, details)

    # -- reading -------------------------------------------------------------------------

    def _row(self, code: str) -> dict:
        row = repo.get_row(self.store, clean(code).upper())
        if row is None:
            raise NotFound(f"Không tìm thấy hồ sơ mã “{clean(code)}”.")
        return row

    def amend(self, code: str, officer_id: str | None, reason: str, applicant: dict | None = None,
              procedure_code: str | None = None, new_due: datetime | None = None,
              received: list[str] | None = None) -> dict:
        """Correct a saved dossier (core.amend): AmendRefused, ValidationError or the dossier after.
        `received`: the names of the documents ticked as received (None keeps the ticks)."""
        from desk_app.core.amend import amend

        return amend(self, code, officer_id, reason, applicant, procedure_code, new_due, received)

    def get(self, code: str, look: bool = True) -> dict:
        """The dossier with its citizen, procedure, documents, events and timeliness.
        `look`: an officer is shown the applicant's personal data (written to the audit log)."""
        row = repo.get_by_code(self.store, clean(code).upper())
        if row is None:
            raise NotFound(f"Không tìm thấy hồ sơ mã “{clean(code)}”.")
        row["documents"] = repo.documents(self.store, row["id"])
        row["events"] = repo.events(self.store, row["id"])
        row["timeliness"] = self.timeliness(row)
        if look:
            self.look("view", row["id"], row["code"])
        return row

    def look(self, action: str, dossier_id: str | None = None, detail: str = "") -> None:
        """Personal data shown to an officer: written to the audit log when the desk keeps one."""
        if self.store.auditor is not None:
            self.store.auditor.look(action, dossier_id, detail)

    def timeliness(self, row: dict) -> str | None:
        return lifecycle.timeliness(
            row["status"], from_text(row["original_due_at"]), from_text(row["result_ready_at"]),
            from_text(row["due_at"]), self.store.clock(),
        )

    def unfinished_for(self, id_number: str) -> list[dict]:
        """The dossiers of the citizen with this 12-digit ID number that still need the desk:
        open, or with a result waiting for pickup (the citizen is back to continue one)."""
        waiting = (*lifecycle.OPEN_STATUSES, lifecycle.RESULT_READY)
        rows = repo.find_by_citizen_column(self.store, "id_number", digits(id_number), 50)
        return [row for row in rows if row["status"] in waiting]

    def find(self, query: str, limit: int = 50) -> list[dict]:
        """Dossier code, ID number (12 or old 9 digits), phone, or a name in any accent form;
        failing those, the code an online dossier has on the national portal or VNeID.
        Failing those too, the words in the text recognised in the dossiers' attachments.
        Results show ID numbers: a search that finds any is written to the audit log."""
        rows = self._find(query, limit) or self._find_portal_code(query, limit) or self._find_in_scans(query, limit)
        if rows:
            self.look("search", None, f"{len(rows)} hồ sơ")
        return rows

    def _find_in_scans(self, query: str, limit: int) -> list[dict]:
        """Every word (2 letters or more), with or without accents, in an attachment's OCR text."""
        words = [w for w in fold(query).split() if len(w) >= 2]
        return attachment_repo.find_by_text(self.store, words, limit) if words else []

    def _find_portal_code(self, query: str, limit: int) -> list[dict]:
        text = clean(query).upper()
        if not text or " " in text or not any(ch.isdigit() for ch in text):
            return []
        return repo.find_by_portal_code(self.store, text, limit)

    def _find(self, query: str, limit: int) -> list[dict]:
        text = clean(query)
        if not text:
            return []
        number = digits(text)
        if re.fullmatch(r"[\d\s.+-]+", text) and number:
            if len(number) <= SEQUENCE_DIGITS:
                # "0001": the number on today's slip, the end of its code, whatever the pattern.
                today = to_text(datetime.combine(self.store.clock().date(), datetime.min.time()))
                rows = repo.find_by_code_ending(self.store, number, today, limit)
                if rows:
                    return rows
            if len(number) == 12:
                return repo.find_by_citizen_column(self.store, "id_number", number, limit)
            if len(number) == 9:
                return repo.find_by_citizen_column(self.store, "old_id_number", number, limit)
            if number.startswith("0") and len(number) in (10, 11):
                return repo.find_by_citizen_column(self.store, "phone", number, limit)
            if number.startswith("84") and len(number) == 11:
                return repo.find_by_citizen_column(self.store, "phone", "0" + number[2:], limit)
            column = "phone" if number.startswith("0") else "id_number"
            return repo.find_by_citizen_column(self.store, column, number, limit, prefix=True)
        if " " not in text and any(ch.isdigit() for ch in text):
            # A dossier code, whatever separators the unit's pattern uses.
            return repo.find_by_code_prefix(self.store, text.upper(), limit)
        folded = fold(text)
        if not any(ch.isalnum() for ch in folded):
            return []
        rows = repo.find_by_name_prefix(self.store, folded, limit)
        if not rows:
            # Then the words anywhere in the name ("duc" finds "Nguyễn Văn Đức"). Only as a
            # fallback: a phrase of common words walks long posting lists.
            rows = repo.find_by_name_words(self.store, folded, limit)
        return rows
