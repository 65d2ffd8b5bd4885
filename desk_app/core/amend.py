"""Correcting a saved dossier: a typo in the applicant, the wrong procedure, a document
ticked wrongly, a wrong appointment. A reason is required; the receiving officer may amend on the day of receipt, a
commander any time. The event keeps every field's value before and after."""

from __future__ import annotations

import json
from datetime import datetime

from desk_app.core.registration import ValidationError, check_citizen
from desk_app.core.text import clean, fold
from desk_app.db import citizens as citizen_repo
from desk_app.db import officers as officer_repo
from desk_app.db import procedures as procedure_repo
from desk_app.db.store import from_text, to_text

# What an amendment may change on the applicant (a citizen field each).
APPLICANT_CHANGES = ("full_name", "id_number", "birth_date", "sex", "address", "phone")
FIELD_LABELS = {"full_name": "họ tên", "id_number": "số định danh", "birth_date": "ngày sinh", "sex": "giới tính",
                "address": "nơi cư trú", "phone": "điện thoại", "procedure": "thủ tục", "due_at": "hẹn trả",
                "fee": "lệ phí", "original_due_at": "hẹn trả ban đầu", "documents": "giấy tờ"}


class AmendRefused(ValueError):
    """Who may not amend, or what cannot be amended; the message is for the officer."""


def check_permission(officer: dict | None, dossier: dict, today) -> None:
    if officer is None:
        raise AmendRefused("Sửa hồ sơ cần cán bộ thực hiện (đăng nhập, hoặc --officer).")
    if officer["role"] == "commander":
        return
    if dossier.get("received_by") != officer["id"]:
        raise AmendRefused("Chỉ cán bộ đã tiếp nhận hồ sơ (trong ngày tiếp nhận) hoặc chỉ huy được sửa hồ sơ này.")
    if dossier["received_at"][:10] != today.isoformat():
        raise AmendRefused(f"Hồ sơ tiếp nhận ngày {dossier['received_at'][8:10]}/{dossier['received_at'][5:7]}/"
                           f"{dossier['received_at'][:4]}: sau ngày tiếp nhận chỉ chỉ huy được sửa.")


def _checked_applicant(current: dict, given: dict) -> dict:
    """The applicant after the change, through the same checks as a registration."""
    merged = {f: current.get(f) or "" for f in APPLICANT_CHANGES}
    merged.update({k: v for k, v in given.items() if v is not None})
    errors: dict[str, str] = {}
    citizen = check_citizen(dict(merged), errors)
    if errors or citizen is None:
        raise ValidationError(errors)
    return {f: getattr(citizen, f) for f in APPLICANT_CHANGES}


def amend(service, code: str, officer_id: str | None, reason: str, applicant: dict | None = None,
          procedure_code: str | None = None, new_due: datetime | None = None,
          received: list[str] | None = None) -> dict:
    """Apply the corrections; returns the dossier as get() reads it after them. `received`: the
    names of the documents received (ticked), the others unticked; None keeps the ticks."""
    reason = clean(reason)
    if not reason:
        raise ValidationError({"reason": "Sửa hồ sơ cần ghi rõ lý do."})
    store = service.store
    dossier = service.get(code, look=False)
    officer = officer_repo.get(store, officer_id) if officer_id else None
    check_permission(officer, dossier, store.clock().date())

    changes: dict[str, list] = {}
    values: dict = {}
    new_procedure = None
    given = {k: v for k, v in (applicant or {}).items() if v is not None and k in APPLICANT_CHANGES}
    if given:
        after = _checked_applicant(dossier, given)
        for field in APPLICANT_CHANGES:
            if (dossier.get(field) or "") != (after[field] or ""):
                changes[field] = [dossier.get(field), after[field]]
                values[f"applicant_{field}"] = after[field]
    if procedure_code and procedure_code != dossier["procedure_code"]:
        procedure = procedure_repo.by_code(store, procedure_code)
        if procedure is None or not procedure["active"]:
            raise ValidationError({"procedure": f"Không có thủ tục mã “{procedure_code}” trong danh mục đang dùng."})
        new_procedure = procedure
        changes["procedure"] = [dossier["procedure_code"], procedure["code"]]
        values["procedure_id"] = procedure["id"]
        fee = procedure["fee_online"] if dossier["channel"] == "online" else procedure["fee_in_person"]
        if fee != dossier["fee"]:
            changes["fee"] = [dossier["fee"], fee]
            values["fee"] = fee
        if new_due is None:  # the new procedure's time limit from the moment of receipt
            new_due = service.due_for(procedure, from_text(dossier["received_at"]))
            if to_text(new_due) != dossier["original_due_at"]:
                changes["original_due_at"] = [dossier["original_due_at"], to_text(new_due)]
                values["original_due_at"] = to_text(new_due)
    if new_due is not None and to_text(new_due) != dossier["due_at"]:
        if new_due <= from_text(dossier["received_at"]):
            raise ValidationError({"due_at": "Hẹn trả phải sau thời điểm tiếp nhận."})
        changes["due_at"] = [dossier["due_at"], to_text(new_due)]
        values["due_at"] = to_text(new_due)
    documents = documents_after(dossier["documents"], new_procedure, received)
    ticked_before = [d["name"] for d in dossier["documents"] if d["received"]]
    ticked_after = [d["name"] for d in documents if d["received"]]
    if ticked_before != ticked_after:
        changes["documents"] = [ticked_before, ticked_after]
    if not changes:
        raise ValidationError({"amend": "Không có gì thay đổi so với hồ sơ đã lưu."})

    with store.transaction(officer_id) as writer:
        if values:
            writer.update("dossiers", dossier["id"], values)
        _write_documents(writer, dossier, documents, replace=new_procedure is not None)
        _follow_citizen(writer, store, dossier, changes)
        service.write_event(writer, dossier["id"], "amend", dossier["status"], dossier["status"], reason,
                       {"changes": changes})
    return service.get(code, look=False)


def documents_after(current: list[dict], procedure: dict | None, received: list[str] | None) -> list[dict]:
    """The dossier's documents after the correction. A changed procedure brings its own list
    (a document of the same name keeps its tick, the others count as received, as when
    registering); `received` then names exactly the ticked ones (accents and case aside)."""
    if procedure is None:
        documents = [dict(d, received=bool(d["received"])) for d in current]
    else:
        documents = carried_ticks(current, json.loads(procedure["documents"]))
    if received is None:
        return documents
    wanted = {fold(clean(name)): clean(name) for name in received if clean(name)}
    known = {fold(d["name"]) for d in documents}
    unknown = [name for key, name in wanted.items() if key not in known]
    if unknown:
        listed = "; ".join(d["name"] for d in documents) or "(không có giấy tờ nào)"
        raise ValidationError({"documents": f"Không có giấy tờ “{unknown[0]}” trong thành phần hồ sơ. "
                                            f"Chọn trong: {listed}."})
    return [dict(d, received=fold(d["name"]) in wanted) for d in documents]


def carried_ticks(current: list[dict], listed: list[dict]) -> list[dict]:
    """Another procedure's documents ({name, kind}) with the ticks of the same-named ones on
    the dossier; the others count as received, as when registering."""
    ticks = {fold(d["name"]): bool(d["received"]) for d in current}
    return [{"name": d["name"], "kind": d.get("kind") or "original", "note": "",
             "received": ticks.get(fold(d["name"]), True)} for d in listed]


def _write_documents(writer, dossier: dict, documents: list[dict], replace: bool) -> None:
    """Ticks changed in place; a changed procedure's list replaces the old rows."""
    if not replace:
        for before, after in zip(dossier["documents"], documents):
            if bool(before["received"]) != after["received"]:
                writer.update("dossier_documents", before["id"], {"received": int(after["received"])})
        return
    for before in dossier["documents"]:
        writer.delete("dossier_documents", before["id"])
    for position, doc in enumerate(documents, start=1):
        writer.insert("dossier_documents", {"dossier_id": dossier["id"], "position": position, "name": doc["name"],
                                            "kind": doc["kind"], "received": int(doc["received"]), "note": doc["note"]})


def _follow_citizen(writer, store, dossier: dict, changes: dict) -> None:
    """The citizen record follows a correction: a corrected number links the dossier to the
    citizen with that number (added if unknown); other corrected fields fix the citizen."""
    fixed = {f: after for f, (_before, after) in changes.items() if f in APPLICANT_CHANGES}
    if not fixed:
        return
    if "id_number" in fixed and fixed["id_number"]:
        other = citizen_repo.by_id_number(store, fixed["id_number"])
        if other is None:
            current = citizen_repo.get(store, dossier["citizen_id"]) or {}
            record = {**{k: current.get(k, "") for k in citizen_repo.COLUMNS}, **fixed}
            record["name_key"] = fold(record.get("full_name") or "")
            other = writer.insert("citizens", {k: record.get(k) for k in citizen_repo.COLUMNS})
        writer.update("dossiers", dossier["id"], {"citizen_id": other["id"]})
        return
    values = dict(fixed)
    if "full_name" in values:
        values["name_key"] = fold(values["full_name"])
    writer.update("citizens", dossier["citizen_id"], values)


def change_lines(details: str | dict) -> list[str]:
    """“field: before → after” lines of an amendment event, for the history; the documents
    as “giấy tờ: bỏ X; thêm Y” (unticked, ticked)."""
    data = json.loads(details) if isinstance(details, str) else details
    lines = []
    for f, (before, after) in data.get("changes", {}).items():
        if f == "documents":
            lines.append(documents_line(before, after))
            continue
        lines.append(f"{FIELD_LABELS.get(f, f)}: {before if before not in (None, '') else '(trống)'} → "
                     f"{after if after not in (None, '') else '(trống)'}")
    return lines


def documents_line(before: list[str], after: list[str]) -> str:
    dropped = [name for name in before if name not in after]
    added = [name for name in after if name not in before]
    parts = ([f"bỏ {', '.join(dropped)}"] if dropped else []) + ([f"thêm {', '.join(added)}"] if added else [])
    return f"{FIELD_LABELS['documents']}: {'; '.join(parts) or 'sắp xếp lại'}"

