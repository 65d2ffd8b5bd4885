"""The desk side: build the end-of-day file from the `changes` sequence.

A new export covers every change after the previous export's last one, so a day missed is
never a day lost. `again(N)` produces export N again: same number, same range of changes,
each record as it is now (a record changed since carries its newer change_seq, which the
district's newest-wins rule accepts). `from_seq` starts a new export at an earlier change
when the district reports a missing file.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from desk_app.core import audit_verify
from desk_app.core.unit import get_unit, upper_level_name
from desk_app.db import officers as officer_repo
from desk_app.db import sync_exports as repo
from desk_app.db import unit as unit_repo
from desk_app import owner_only
from desk_app.atomic_file import write_atomically
from desk_app.db.store import Store, to_text
from desk_app import settings as settings_module
from desk_app.sync import attachment_files
from desk_app.sync import format as fmt
from desk_app.sync.keys import KeyFormatError, parse_public, unit_keys
from desk_app.db.sync_parts import PART_COLUMNS, columns

_SPOOL_IN_MEMORY = 16 << 20  # parts larger than this spill to a temporary file


class ExportError(ValueError):
    """Export cannot start (no unit, no district key, unknown export number); message for the officer."""


@dataclass
class ExportResult:
    path: Path
    export_seq: int
    kind: str
    from_seq: int
    to_seq: int
    counts: dict[str, int]
    tombstones: int
    bytes: int
    sha256: str
    period: dict = field(default_factory=dict)
    audit: dict | None = None  # the log's head and the desk's verification, as the file carries them

    @property
    def records(self) -> int:
        return sum(self.counts.values())


@dataclass
class _Spooled:
    name: str
    handle: object
    records: int = 0
    tombstones: int = 0
    size: int = 0
    sha: object = field(default_factory=hashlib.sha256)

    def add(self, record: dict) -> None:
        line = json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"
        self.handle.write(line)
        self.sha.update(line)
        self.size += len(line)
        self.records += 1

    def entry(self) -> dict:
        names = attachment_files.COLUMNS if self.name == attachment_files.PART else columns(self.name)
        return {"name": self.name, "records": self.records, "tombstones": self.tombstones, "bytes": self.size,
                "sha256": self.sha.hexdigest(), "columns": list(names)}


def district_key(store: Store):
    text = settings_module.load(store).district_public_key
    if not text:
        upper = upper_level_name(get_unit(store))
        raise ExportError(f"Chưa có khóa công khai của {upper}: nhập trong Cài đặt hoặc chạy "
                          "“desk-app setup --district-key KHÓA”.")
    try:
        return parse_public(text)
    except KeyFormatError as exc:
        raise ExportError(f"Khóa cấp trên đã lưu không dùng được: {exc}") from None


def _spool_part(store: Store, part: str, from_seq: int, to_seq: int) -> _Spooled:
    spooled = _Spooled(part, tempfile.SpooledTemporaryFile(max_size=_SPOOL_IN_MEMORY))
    for record in repo.changed_records(store, part, from_seq, to_seq):
        spooled.add(record)
    # Records changed in the range that no longer exist were deleted: a tombstone, with the
    # sequence of the deletion (the record's last change), so an older copy cannot come back.
    for record_id, seq in repo.deleted_records(store, part, from_seq, to_seq):
        spooled.add({"id": record_id, "change_seq": seq, "deleted": True})
        spooled.tombstones += 1
    return spooled


def _build(store: Store, data_dir: Path, out_dir: Path, officer_id: str | None, export_seq: int, kind: str,
           from_seq: int, to_seq: int | None, day: str | None, progress=None) -> ExportResult:
    tell = progress or (lambda _part: None)
    unit = unit_repo.code_and_name(store)
    if unit is None:
        raise ExportError("Chưa cài đặt đơn vị: chưa thể xuất tệp đồng bộ.")
    recipient = district_key(store)
    sender = unit_keys(data_dir)
    now = to_text(store.clock())
    day = day or now[:10]
    with store.snapshot():  # one moment: every part sees the same changes
        if to_seq is None:
            to_seq = repo.newest_change(store)
        period = repo.period(store, from_seq, to_seq)
        parts = []
        for part in PART_COLUMNS:
            tell(part)  # the part being read (a table name: the window words it)
            parts.append(_spool_part(store, part, from_seq, to_seq))
        if settings_module.load(store).sync_attachment_files:  # the unit sends the scans themselves
            spooled = _Spooled(attachment_files.PART, tempfile.SpooledTemporaryFile(max_size=_SPOOL_IN_MEMORY))
            for record in attachment_files.records(store, data_dir, from_seq, to_seq):
                spooled.add(record)
            parts.append(spooled)
        officer = officer_repo.get(store, officer_id) if officer_id else None
    name = fmt.file_name(unit["code"], day, export_seq)
    audit = audit_verify.export_section(store, officer_id, name)  # after the parts: its head covers them
    manifest = {
        "format": fmt.FORMAT_VERSION, "unit": {"code": unit["code"], "name": unit["name"]},
        "export_seq": export_seq, "kind": kind, "created_at": now, "day": day,
        "exported_by": {"id": officer_id, "name": officer["full_name"] if officer else None},
        "changes": {"from_seq": from_seq, "to_seq": to_seq},
        "period": {"from": period[0], "to": period[1]},
        "records": sum(p.records for p in parts),
        "parts": [p.entry() for p in parts],
    }
    if audit is not None:
        manifest["audit"] = audit
    header = {"unit": unit["code"], "export_seq": export_seq, "file_name": name, "created_at": now}
    path = out_dir / name
    try:
        owner_only.make_dir(out_dir)  # inside the try: a bad folder must still close the parts
        digest = write_atomically(path, lambda handle: fmt.write_container(
            handle, header, manifest, [fmt.Part(p.name, p.handle, p.size) for p in parts], sender, recipient))
    finally:
        for p in parts:
            p.handle.close()
    result = ExportResult(path, export_seq, kind, from_seq, to_seq, {p.name: p.records for p in parts},
                          sum(p.tombstones for p in parts), path.stat().st_size, digest, manifest["period"])
    result.audit = audit
    _record(store, officer_id, result, day, recipient.fingerprint(), audit)
    return result


def _record(store: Store, officer_id: str | None, result: ExportResult, day: str, recipient: str,
            audit: dict | None = None) -> None:
    with store.transaction(officer_id) as writer:
        repo.record(writer, {
            "export_seq": result.export_seq, "kind": result.kind, "day": day, "from_seq": result.from_seq,
            "to_seq": result.to_seq, "period_from": result.period.get("from"), "period_to": result.period.get("to"),
            "file_name": result.path.name, "folder": str(result.path.parent.resolve()), "records": result.records,
            "counts": result.counts, "bytes": result.bytes, "sha256": result.sha256, "recipient": recipient,
            "audit_seq": audit["head"]["seq"] if audit else None, "audit_hash": audit["head"]["hash"] if audit else None})


def export_new(store: Store, data_dir: Path, out_dir: Path, officer_id: str | None,
               from_seq: int | None = None, progress=None) -> ExportResult | None:
    """The next export: changes after the last export (or from `from_seq`); None if nothing waits."""
    start = repo.last_exported_seq(store) + 1 if from_seq is None else from_seq
    if start < 1:
        raise ExportError("Số thứ tự thay đổi bắt đầu phải ≥ 1.")
    newest = repo.newest_change(store)
    if start > newest:
        return None
    return _build(store, data_dir, out_dir, officer_id, repo.next_export_seq(store), "new", start, None, None,
                  progress)


def export_again(store: Store, data_dir: Path, out_dir: Path, officer_id: str | None,
                 export_seq: int, progress=None) -> ExportResult:
    """Export number N once more (the district lost it): same number, range and day."""
    row = repo.numbered(store, export_seq)
    if row is None:
        raise ExportError(f"Chưa có lần xuất số {export_seq}.")
    return _build(store, data_dir, out_dir, officer_id, export_seq, "again", row["from_seq"], row["to_seq"],
                  row["day"], progress)


def exports_of_day(store: Store, day: str) -> list[int]:
    return repo.numbers_of_day(store, day)
