"""A file's audit log at the district: checked against the head held for its unit, the
unit's record memory kept up to date, and, when the log was rewritten, the dossiers whose
content differs from what the district holds named by code (core/audit_anchor.py). The
data is imported either way (the district needs it); a file that is not clean is marked."""

from __future__ import annotations

from collections import Counter

from desk_app.core.audit_verify import Extension, check_extension
from desk_app.core.audit_anchor import Difference, compare, record_states, restates_everything
from desk_app.db import district as repo

UNREADABLE = "phần nhật ký của tệp không đọc được"
# The unit's record memory left as it was.
_KEPT = {"records": None, "records_from": None, "replace": False}


def check_audit(district, code: str, envelope, manifest: dict) -> str:
    """The warning for the import's output ('' when clean); the mark and the memory are saved."""
    section = manifest.get("audit")
    if not isinstance(section, dict):  # a desk from before the log
        return ""
    db = district.db
    kept = repo.held_audit(db, code)
    held = (kept["seq"], kept["hash"]) if kept else None
    later = kept is not None and envelope.export_seq > kept["export_seq"]
    codes = set((section.get("verified") or {}).get("dossier_codes") or [])
    memory: dict = _KEPT
    try:
        extension = check_extension(section, held, later)
        problems = list(extension.problems)
        if extension.rewritten:
            problems += _name_rewritten(db, code, section, held, codes)
        memory = _memory(section, extension, kept)
        head = (section["head"]["seq"], section["head"]["hash"]) if memory["replace"] else extension.head
    except (KeyError, TypeError, ValueError, IndexError):
        problems, head = [UNREADABLE], None
    named = ", ".join(sorted(codes))
    mark = {"file_name": envelope.path.name, "problems": "; ".join(problems), "dossier_codes": named} if problems else None
    repo.save_audit(db, code, envelope.export_seq, head, district.now(), mark, **memory)
    if not problems:
        return ""
    return (f"\nCẢNH BÁO: đơn vị {code}, tệp số {envelope.export_seq}: {'; '.join(problems)}"
            + (f" — hồ sơ: {named}" if named else "") + ". Dữ liệu vẫn được nhập và được đánh dấu.")


def _memory(section: dict, extension: Extension, kept: dict | None) -> dict:
    """What to keep of the file's log: an intact extension adds its writes (the newest of each
    record wins, so files may come in any order); a rewritten log read from its start replaces
    the memory (the unit's log is that one now, marked); anything else leaves it as it was."""
    if not extension.intact:
        return _KEPT
    if extension.rewritten:
        if restates_everything(section):
            return {"records": record_states(section["entries"]), "records_from": 0, "replace": True}
        return _KEPT
    start = section["from"]["seq"]
    fresh = kept is None or kept["records_from"] is None
    return {"records": record_states(section["entries"]), "records_from": start if fresh else None, "replace": False}


def _name_rewritten(db, code: str, section: dict, held, codes: set[str]) -> list[str]:
    """What the district can say of a rewritten log: the dossiers whose content differs from
    what it holds, or plainly why it cannot say."""
    held_seq = held[0] if held else 0
    if not restates_everything(section):
        return [f"không xác định được hồ sơ nào bị sửa: tệp của đơn vị {code} không gửi lại nhật ký từ đầu "
                f"(chỉ từ mục số {section['from']['seq'] + 1}), nên không so được với nội dung cấp trên đã giữ "
                f"tới mục số {held_seq}"]
    memory = repo.audit_records(db, code)
    if not memory:
        return [f"không xác định được hồ sơ nào bị sửa: cấp trên chưa giữ nội dung từng bản ghi của đơn vị "
                f"{code} (các tệp trước được nhận bằng phiên bản cũ)"]
    differences = compare(section["entries"], memory)
    if not differences:
        return [f"nhật ký làm lại nêu mọi bản ghi đúng như nội dung cấp trên đã giữ tới mục số {held_seq}"]
    codes.update(_codes_of(db, code, differences))  # named once, after the problems
    return [f"so với nội dung cấp trên đã giữ tới mục số {held_seq}, {_summary(differences)}"]


def _codes_of(db, code: str, differences: list[Difference]) -> set[str]:
    """The dossier codes the differing records belong to (a citizen's: all of that citizen's dossiers)."""
    by_dossier = repo.dossier_codes(db, code, {d.dossier_id for d in differences if d.dossier_id})
    citizens = repo.citizens_dossier_codes(db, code, {d.record_id for d in differences if d.table == "citizens"})
    named = {by_dossier.get(d.dossier_id, "") for d in differences if d.dossier_id}
    named.update(c for d in differences if d.table == "citizens" for c in citizens.get(d.record_id, []))
    return {c for c in named if c}


def _summary(differences: list[Difference]) -> str:
    edited = sum(d.kind == "edited" for d in differences)
    missing = len(differences) - edited
    parts = [f"{edited} bản ghi đã bị sửa ngoài chương trình"] if edited else []
    parts += [f"{missing} bản ghi không còn trong nhật ký"] if missing else []
    text = " và ".join(parts)
    others = Counter(d.table for d in differences if not d.dossier_id and d.table != "citizens")
    if others:
        text += "; ngoài hồ sơ: " + ", ".join(f"bảng {t} ({n})" for t, n in sorted(others.items()))
    return text
