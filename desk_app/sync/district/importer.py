"""Import units' files: verify everything first (outer hash, name, unit, recipient,
signature, every part's hash and count), then apply the whole file in one transaction.

Each record's newest version wins by its change_seq, so files apply correctly in any
order; a byte-identical file already imported is recognised by its SHA-256 and skipped
without decrypting.
"""

from __future__ import annotations

import json
import sqlite3
from operator import itemgetter
from dataclasses import dataclass, field
from pathlib import Path

from desk_app.db import district as repo
from desk_app.sync import attachment_files
from desk_app.sync import format as fmt
from desk_app.sync.district.audit_check import check_audit
from desk_app.sync.district.store import District
from desk_app.sync.keys import parse_public
from desk_app.db.sync_parts import PART_COLUMNS, columns

IMPORTED, ALREADY, REFUSED = "imported", "already", "refused"
_BATCH = 5000
# A record SQLite cannot take (an object or a huge number in a column, a line that is not an
# object, a tombstone without id): found while applying, undone with the whole file. Rows are
# not checked one by one beforehand: a million-record import must stay fast.
_BAD_RECORD = (AttributeError, KeyError, TypeError, ValueError, OverflowError, RecursionError,
               sqlite3.InterfaceError, sqlite3.ProgrammingError, sqlite3.IntegrityError)


@dataclass
class Outcome:
    file: str
    status: str
    message: str
    unit: str = ""
    export_seq: int = 0
    records: int = 0
    applied: int = 0
    kind: str = ""  # the refusal kind (format.*) when refused
    counts: dict = field(default_factory=dict)


def _verify(district: District, path: Path) -> tuple[fmt.Envelope, dict, str, Outcome | None]:
    """Every check that needs no write. Returns (envelope, unit, manifest_sha, early outcome)."""
    envelope = fmt.open_envelope(path)
    seen = repo.imported_at(district.db, envelope.sha256)
    if seen:
        return envelope, {}, "", Outcome(
            path.name, ALREADY, f"Tệp “{path.name}” (đơn vị {envelope.unit}, số {envelope.export_seq}) đã được nhập "
            f"lúc {seen}: không thay đổi gì.", envelope.unit, envelope.export_seq)
    fmt.check_name(envelope)
    unit = district.unit(envelope.unit)
    if unit is None:
        raise fmt.SyncFileError(fmt.UNKNOWN_UNIT, (
            f"Tệp “{path.name}” của đơn vị {envelope.unit}, đơn vị này chưa được khai báo ở cấp trên. Hãy lấy khóa "
            f"của đơn vị rồi chạy “desk-app district add-unit --code {envelope.unit} --name … --key …”."))
    if envelope.header.get("recipient") != district.keys.public.fingerprint():
        raise fmt.SyncFileError(fmt.WRONG_RECIPIENT, (
            f"Tệp “{path.name}” được mã hóa cho một cấp trên khác, không phải cho nơi này. Hãy kiểm tra khóa cấp "
            f"trên đã nhập ở đơn vị {envelope.unit} (khóa đúng: “desk-app district init” in ra)."))
    if envelope.header.get("sender") != unit["fingerprint"]:
        raise fmt.SyncFileError(fmt.BAD_SIGNATURE, (
            f"Tệp “{path.name}” được ký bằng khóa khác với khóa đã đăng ký của đơn vị {envelope.unit} (đơn vị cài "
            "lại máy, hoặc tệp giả mạo). Không nhập gì. Hãy đối chiếu khóa với đơn vị rồi chạy lại add-unit."))
    with open(path, "rb") as handle:
        opened = fmt.open_contents(envelope, handle, district.keys.box, parse_public(unit["public_key"]))
        manifest = opened.manifest
        if manifest.get("unit", {}).get("code") != envelope.unit or manifest.get("export_seq") != envelope.export_seq:
            raise fmt.SyncFileError(fmt.CORRUPT, f"Bảng kê của tệp “{path.name}” không khớp phần đầu tệp.")
        unknown = [p["name"] for p in manifest["parts"]
                   if p["name"] not in PART_COLUMNS and p["name"] != attachment_files.PART]
        if unknown:
            raise fmt.SyncFileError(fmt.TOO_NEW, f"Tệp “{path.name}” có phần dữ liệu mới ({', '.join(unknown)}): "
                                                 "hãy cập nhật phần mềm ở cấp trên.")
        fmt.verify_parts(opened, path.name)
    return envelope, unit, opened.manifest_sha256, None


def _batches(lines, size: int = _BATCH):
    """Lines parsed a batch at a time: one JSON array per batch is one C call, not thousands."""
    batch = []
    for line in lines:
        if line:
            batch.append(line)
        if len(batch) >= size:
            yield json.loads(b"[" + b",".join(batch) + b"]")
            batch = []
    if batch:
        yield json.loads(b"[" + b",".join(batch) + b"]")


def _rows(part: str, lines, unit: str):
    """(records, tombstones) as tuples in the table's column order, by name (not position)."""
    wanted = columns(part)
    pick = itemgetter(*wanted)
    for values in _batches(lines):
        records, tombstones = [], []
        for value in values:
            if value.get("deleted"):
                tombstones.append((unit, value["id"], value["change_seq"]))
                continue
            try:
                records.append((unit, *pick(value), 0))
            except KeyError:  # a writer that leaves out empty columns
                records.append((unit, *[value.get(c) for c in wanted], 0))
        yield records, tombstones


def _apply(district: District, envelope: fmt.Envelope, unit: dict, manifest_sha: str) -> tuple[dict, int, int]:
    """Second pass: decrypt again and upsert, all in one transaction with the import record."""
    code = unit["code"]
    with open(envelope.path, "rb") as handle:
        opened = fmt.open_contents(envelope, handle, district.keys.box, parse_public(unit["public_key"]))
        manifest = opened.manifest
        with repo.importing(district.db) as writer:
            for entry, blocks in opened.parts():
                if entry["name"] == attachment_files.PART:  # files, kept in the district's folder
                    attachment_files.keep(district.folder, fmt.iter_lines(blocks))
                    continue
                for records, tombstones in _rows(entry["name"], fmt.iter_lines(blocks), code):
                    writer.apply(entry["name"], records, tombstones)
            applied = writer.applied
            writer.record_import({
                "unit": code, "export_seq": manifest["export_seq"], "kind": manifest.get("kind", "new"),
                "file_name": envelope.path.name, "file_sha256": envelope.sha256, "manifest_sha256": manifest_sha,
                "from_seq": manifest["changes"]["from_seq"], "to_seq": manifest["changes"]["to_seq"],
                "day": manifest["day"], "created_at": manifest["created_at"], "imported_at": district.now(),
                "records": manifest["records"], "applied": applied})
    attachment_files.forget_unheld(district.folder, repo.held_attachment_files(district.db))
    return manifest, manifest["records"], applied


def import_file(district: District, path: Path | str) -> Outcome:
    path = Path(path)
    try:
        envelope, unit, manifest_sha, early = _verify(district, path)
    except fmt.SyncFileError as exc:
        return Outcome(path.name, REFUSED, str(exc), kind=exc.kind)
    except FileNotFoundError:
        return Outcome(path.name, REFUSED, f"Không tìm thấy tệp “{path}”.", kind="missing")
    except (IsADirectoryError, PermissionError) as exc:
        return Outcome(path.name, REFUSED, f"Không đọc được “{path}”: {exc.strerror}.", kind="unreadable")
    if early:
        return early
    earlier = repo.times_imported(district.db, unit["code"], envelope.export_seq)
    try:
        manifest, records, applied = _apply(district, envelope, unit, manifest_sha)
    except fmt.SyncFileError as exc:
        return Outcome(path.name, REFUSED, str(exc), kind=exc.kind)
    except _BAD_RECORD as exc:
        return Outcome(path.name, REFUSED, (
            f"Tệp “{path.name}” của đơn vị {unit['code']} có bản ghi không hợp lệ ({type(exc).__name__}): không "
            "nhập gì. Hãy báo đơn vị cập nhật phần mềm và xuất lại tệp."), kind=fmt.CORRUPT)
    counts = {p["name"]: p["records"] for p in manifest["parts"]}
    warning = check_audit(district, unit["code"], envelope, manifest)
    again = (f" Tệp số {envelope.export_seq} đã nhập trước đây; bản này được xuất lại: chỉ bản ghi mới hơn được "
             "cập nhật.") if earlier else ""
    return Outcome(path.name, IMPORTED, (
        f"Đã nhập “{path.name}”: đơn vị {unit['code']}, tệp số {envelope.export_seq}, {records} bản ghi "
        f"(cập nhật {applied}, bỏ qua {records - applied} đã có bản mới hơn hoặc bằng).{again}{warning}"),
        unit["code"], envelope.export_seq, records, applied, counts=counts)


def _sort_key(path: Path):
    """Apply a unit's files in number order when the names tell it (it reads better; any order works)."""
    match = fmt.FILE_NAME.match(path.name)
    return (match["unit"].upper(), int(match["seq"]), "") if match else ("~", 0, path.name)


def import_files(district: District, paths: list[Path | str]) -> list[Outcome]:
    return [import_file(district, p) for p in sorted((Path(p) for p in paths), key=_sort_key)]


def missing_files(district: District, unit: str | None = None) -> dict[str, list[int]]:
    """Per unit, the export numbers whose changes no imported file covers.

    Coverage is counted in the unit's change sequence, so a later file that started from an
    earlier change (export --from-seq) fills the hole left by a lost one."""
    rows = repo.coverage(district.db, unit)
    missing: dict[str, list[int]] = {}
    state: dict[str, tuple[int, int]] = {}  # unit -> (covered up to change, export number that reached it)
    for code, export_seq, from_seq, to_seq in rows:
        covered, last_number = state.get(code, (0, 0))
        if from_seq > covered + 1:
            missing.setdefault(code, []).extend(range(last_number + 1, export_seq))
        if to_seq > covered:
            covered, last_number = to_seq, export_seq
        state[code] = (covered, last_number)
    return {code: sorted(set(numbers)) for code, numbers in missing.items() if numbers}


def gap_messages(gaps: dict[str, list[int]]) -> list[str]:
    return [f"Đơn vị {code}: thiếu tệp số {', '.join(str(n) for n in numbers)}" for code, numbers in gaps.items()]
