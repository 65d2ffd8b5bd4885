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

from desk_app import owner_only
from desk_app.db.store import Store, to_text
from desk_app.sync import format as fmt
from desk_app.sync.atomic import write_atomically
from desk_app.sync.keys import KeyFormatError, parse_public, unit_keys
from desk_app.sync.parts import DERIVED, PART_COLUMNS, columns

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
        return {"name": self.name, "records": self.records, "tombstones": self.tombstones, "bytes": self.size,
                "sha256": self.sha.hexdigest(), "columns": list(columns(self.name))}


def last_exported_seq(store: Store) -> int:
    return store.scalar("SELECT COALESCE(MAX(to_seq), 0) FROM sync_exports WHERE kind = 'new'") or 0


def next_export_seq(store: Store) -> int:
    return (store.scalar("SELECT MAX(export_seq) FROM sync_exports") or 0) + 1


def district_key(store: Store):
    from desk_app import settings as settings_module

    text = settings_module.load(store).district_public_key
    if not text:
        raise ExportError("Chưa có khóa công khai của cấp trên: nhập trong Cài đặt hoặc chạy "
                          "“desk-app setup --district-key KHÓA”.")
    try:
        return parse_public(text)
    except KeyFormatError as exc:
        raise ExportError(f"Khóa cấp trên đã lưu không dùng được: {exc}") from None


def _spool_part(conn, part: str, from_seq: int, to_seq: int) -> _Spooled:
    spooled = _Spooled(part, tempfile.SpooledTemporaryFile(max_size=_SPOOL_IN_MEMORY))
    cols = columns(part)
    select = ", ".join(f"{DERIVED[c]} AS {c}" if c in DERIVED else f"t.{c}" for c in cols)
    changed = "SELECT record_id FROM changes WHERE seq BETWEEN ? AND ? AND table_name = ?"
    rows = conn.execute(f"SELECT {select} FROM {part} t WHERE t.id IN ({changed}) ORDER BY t.change_seq",
                        (from_seq, to_seq, part))
    for row in rows:
        spooled.add(dict(zip(cols, row)))
    # Records changed in the range that no longer exist were deleted: a tombstone, with the
    # sequence of the deletion (the record's last change), so an older copy cannot come back.
    gone = conn.execute(
        f"SELECT c.record_id, MAX(c.seq) FROM changes c WHERE c.table_name = ? AND c.record_id IN ({changed}) "
        f"AND c.record_id NOT IN (SELECT id FROM {part}) GROUP BY c.record_id ORDER BY 2",
        (part, from_seq, to_seq, part))
    for record_id, seq in gone:
        spooled.add({"id": record_id, "change_seq": seq, "deleted": True})
        spooled.tombstones += 1
    return spooled


def _build(store: Store, data_dir: Path, out_dir: Path, officer_id: str | None, export_seq: int, kind: str,
           from_seq: int, to_seq: int | None, day: str | None) -> ExportResult:
    unit = store.one("SELECT code, name FROM unit LIMIT 1")
    if unit is None:
        raise ExportError("Chưa cài đặt đơn vị: chưa thể xuất tệp đồng bộ.")
    recipient = district_key(store)
    sender = unit_keys(data_dir)
    now = to_text(store.clock())
    day = day or now[:10]
    conn = store.db.conn
    conn.execute("BEGIN")  # one snapshot: every part sees the same moment
    try:
        if to_seq is None:
            to_seq = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM changes").fetchone()[0]
        period = conn.execute("SELECT MIN(at), MAX(at) FROM changes WHERE seq BETWEEN ? AND ?",
                              (from_seq, to_seq)).fetchone()
        parts = [_spool_part(conn, part, from_seq, to_seq) for part in PART_COLUMNS]
        officer = conn.execute("SELECT full_name FROM officers WHERE id = ?", (officer_id,)).fetchone()
    finally:
        conn.execute("COMMIT")
    name = fmt.file_name(unit["code"], day, export_seq)
    manifest = {
        "format": fmt.FORMAT_VERSION, "unit": {"code": unit["code"], "name": unit["name"]},
        "export_seq": export_seq, "kind": kind, "created_at": now, "day": day,
        "exported_by": {"id": officer_id, "name": officer[0] if officer else None},
        "changes": {"from_seq": from_seq, "to_seq": to_seq},
        "period": {"from": period[0], "to": period[1]},
        "records": sum(p.records for p in parts),
        "parts": [p.entry() for p in parts],
    }
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
    _record(store, officer_id, result, day, recipient.fingerprint())
    return result


def _record(store: Store, officer_id: str | None, result: ExportResult, day: str, recipient: str) -> None:
    with store.transaction(officer_id) as writer:
        writer.execute(
            "INSERT INTO sync_exports (export_seq, kind, created_at, day, officer_id, from_seq, to_seq, period_from, "
            "period_to, file_name, folder, records, counts, bytes, sha256, recipient) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (result.export_seq, result.kind, writer.now, day, officer_id, result.from_seq, result.to_seq,
             result.period.get("from"), result.period.get("to"), result.path.name, str(result.path.parent.resolve()),
             result.records, json.dumps(result.counts), result.bytes, result.sha256, recipient))


def export_new(store: Store, data_dir: Path, out_dir: Path, officer_id: str | None,
               from_seq: int | None = None) -> ExportResult | None:
    """The next export: changes after the last export (or from `from_seq`); None if nothing waits."""
    start = last_exported_seq(store) + 1 if from_seq is None else from_seq
    if start < 1:
        raise ExportError("Số thứ tự thay đổi bắt đầu phải ≥ 1.")
    newest = store.scalar("SELECT COALESCE(MAX(seq), 0) FROM changes")
    if start > newest:
        return None
    return _build(store, data_dir, out_dir, officer_id, next_export_seq(store), "new", start, None, None)


def export_again(store: Store, data_dir: Path, out_dir: Path, officer_id: str | None,
                 export_seq: int) -> ExportResult:
    """Export number N once more (the district lost it): same number, range and day."""
    row = store.one("SELECT * FROM sync_exports WHERE export_seq = ? AND kind = 'new'", (export_seq,))
    if row is None:
        raise ExportError(f"Chưa có lần xuất số {export_seq}.")
    return _build(store, data_dir, out_dir, officer_id, export_seq, "again", row["from_seq"], row["to_seq"],
                  row["day"])


def exports_of_day(store: Store, day: str) -> list[int]:
    return [r["export_seq"] for r in store.all(
        "SELECT export_seq FROM sync_exports WHERE day = ? AND kind = 'new' ORDER BY export_seq", (day,))]
