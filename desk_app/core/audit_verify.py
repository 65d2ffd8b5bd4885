"""Checking the audit log (core/audit.py makes it): the chain walked from GENESIS, every
audited record against its last write, the heads the exports carried and the district holds;
what an export carries of the log with this desk's own verification; and the district's check
of a file's log against the head it holds."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from desk_app.core.audit import GENESIS, entry_hash, values_hash
from desk_app.db import audit as repo


@dataclass
class Finding:
    kind: str  # edited / deleted / inserted; file_edited / file_deleted (an attachment's file)
    table: str
    record_id: str
    dossier_code: str = ""
    seq: int | None = None

    def text(self) -> str:
        what = {"edited": "bị sửa ngoài chương trình", "deleted": "bị xóa ngoài chương trình",
                "inserted": "được thêm ngoài chương trình"}[self.kind.removeprefix("file_")]
        subject = f"hồ sơ {self.dossier_code}" if self.dossier_code else f"bản ghi {self.record_id}"
        if self.kind.startswith("file_"):
            return f"{subject}: tệp đính kèm {self.record_id[:8]} {what}"
        return f"{subject}: một dòng của bảng {self.table} {what}"


@dataclass
class Verification:
    entries: int = 0
    head_seq: int = 0
    head_hash: str = GENESIS
    first_broken: int | None = None
    broken_reason: str = ""
    findings: list[Finding] = field(default_factory=list)
    head_mismatch: str = ""  # the chain does not pass through a head held elsewhere

    @property
    def ok(self) -> bool:
        return self.first_broken is None and not self.findings and not self.head_mismatch

    def codes(self) -> list[str]:
        return sorted({f.dossier_code for f in self.findings if f.dossier_code})

    def as_dict(self) -> dict:
        return {"ok": self.ok, "entries": self.entries, "head": {"seq": self.head_seq, "hash": self.head_hash},
                "first_broken": self.first_broken, "broken_reason": self.broken_reason,
                "head_mismatch": self.head_mismatch, "dossier_codes": self.codes(),
                "findings": [f.__dict__ for f in self.findings]}

    def lines(self) -> list[str]:
        if self.ok:
            return [f"Nhật ký toàn vẹn: {self.entries} mục, mọi bản ghi khớp với lần ghi cuối của chương trình."]
        out = []
        if self.first_broken is not None:
            out.append(f"Chuỗi nhật ký đứt tại mục số {self.first_broken} ({self.broken_reason}).")
        if self.head_mismatch:
            out.append(self.head_mismatch)
        out += [f.text() for f in self.findings]
        return out


def verify_chain(store, result: Verification) -> None:
    prev, expected = GENESIS, 1
    for row in repo.iter_entries(store):
        seq, stored = row[0], row[-1]
        if result.first_broken is None:
            if seq != expected:
                result.first_broken, result.broken_reason = expected, "thiếu mục"
            elif entry_hash(prev, row[:-1]) != stored:
                result.first_broken, result.broken_reason = seq, "nội dung mục không khớp mã băm"
        prev, expected = stored, seq + 1
        result.entries += 1
    result.head_seq, result.head_hash = expected - 1, prev


def table_findings(store, table: str) -> list[Finding]:
    """A table's rows (by id) merged with each record's last write (by record id), each
    finding naming its dossier by id (name_findings turns ids into codes)."""
    found: list[Finding] = []
    names, rows = repo.rows_by_id(store, table)
    at_id = names.index("id")
    writes = repo.last_writes(store, table)
    write = next(writes, None)
    for values in rows:
        record_id = values[at_id]
        while write is not None and write[0] < record_id:
            _gone(store, found, table, write)
            write = next(writes, None)
        if write is None or write[0] != record_id or write[1] == "delete":
            row = dict(zip(names, values))
            found.append(Finding("inserted", table, record_id, _dossier_of(table, row)))
        elif write[2] != values_hash(values):
            row = dict(zip(names, values))
            found.append(Finding("edited", table, record_id, _dossier_of(table, row)))
        if write is not None and write[0] == record_id:
            write = next(writes, None)
    while write is not None:
        _gone(store, found, table, write)
        write = next(writes, None)
    return found


def name_findings(store, result: Verification) -> None:
    """Dossier ids to codes, and a citizen's finding named by the citizen's dossiers."""
    ids = {f.dossier_code for f in result.findings if f.dossier_code}
    codes = repo.dossier_codes(store, ids)
    for finding in result.findings:
        if finding.table == "citizens":
            finding.dossier_code = ", ".join(repo.citizen_dossier_codes(store, finding.record_id))
        else:
            finding.dossier_code = codes.get(finding.dossier_code, finding.dossier_code)


def _gone(store, found: list[Finding], table: str, write: tuple) -> None:
    """A record whose last write says it exists, missing from its table."""
    if write[1] == "delete":
        return
    entry = repo.last_write_of(store, table, write[0]) or {}
    found.append(Finding("deleted", table, write[0], entry.get("dossier_id") or "", entry.get("seq")))


def _dossier_of(table: str, row: dict) -> str:
    if table == "dossiers":
        return row["id"]
    return row.get("dossier_id") or ""


def check_head(store, result: Verification, seq: int, expected_hash: str, where: str) -> None:
    """The chain must pass through a head held elsewhere (the district's, an export's)."""
    entry = repo.entry_at(store, seq)
    if entry is None or entry["entry_hash"] != expected_hash:
        result.head_mismatch = (f"Lịch sử đã bị viết lại: mục số {seq} không còn là mục {where} đã giữ "
                                f"({expected_hash[:16]}…).")


# From this many entries verify shares its work with a second process (its own read-only
# connection): the tables there, the chain here and then the tables it has not begun.
# Below it, starting that process (~0.2 s) costs more than it saves.
PARALLEL_FROM = 100_000


def verify(store, held_head: tuple[int, str] | None = None, parallel_from: int = PARALLEL_FROM) -> Verification:
    """The chain, every audited record against its last write, and the heads the exports
    carried (and `held_head`, the district's, when given)."""
    tasks = [*repo.AUDITED_TABLES, "chain"]
    done = _check_shared(store, tasks) if _worth_sharing(store, parallel_from) else None
    if done is None:
        done = {task: _check(store, task) for task in tasks}
    result = done["chain"]
    for table in repo.AUDITED_TABLES:  # the same order whoever checked which table
        result.findings += done[table]
    name_findings(store, result)
    for seq, digest in repo.exported_heads(store):
        check_head(store, result, seq, digest, "tệp đồng bộ đã gửi")
    if held_head is not None:
        check_head(store, result, held_head[0], held_head[1], "cấp trên")
    return result


def _check(store, task: str):
    """One part of verify: "chain" (a Verification without findings) or a table's findings."""
    if task != "chain":
        return table_findings(store, task)
    result = Verification()
    verify_chain(store, result)
    return result


def check_in_file(path: str, task: str):
    """_check in the second process, on a read-only connection of its own."""
    store = repo.read_only_store(path)
    try:
        return _check(store, task)
    finally:
        store.close()


def _worth_sharing(store, parallel_from: int) -> bool:
    path = store.db.path
    if path is None or str(path) == ":memory:" or (os.cpu_count() or 1) < 2:
        return False
    return repo.entry_count(store) >= parallel_from


def _check_shared(store, tasks: list[str]) -> dict | None:
    """The chain walked here while a second process (spawned: the same on Windows as
    elsewhere) checks the tables from the start; then this one takes from the end each table
    the other has not begun. None when no process could be started; a task the process
    failed is done here."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    path, tables = str(store.db.path), [task for task in tasks if task != "chain"]
    try:
        pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
    except (OSError, RuntimeError):
        return None
    with pool:
        try:
            sent = {table: pool.submit(check_in_file, path, table) for table in tables}
        except (OSError, RuntimeError):  # no process could be started
            pool.shutdown(cancel_futures=True)
            return None
        done = {"chain": _check(store, "chain")}
        for table in reversed(tables):
            if sent[table].cancel():  # not begun there: done here
                done[table] = _check(store, table)
        for table in tables:
            if table not in done:
                try:
                    done[table] = sent[table].result()
                except (OSError, BrokenProcessPool, repo.ReadError):  # that process failed: done here
                    done[table] = _check(store, table)
    return done


def export_section(store, officer_id: str | None, file_name: str) -> dict | None:
    """What an export carries of the log: the entries since the previous export's head, the
    head now, and this desk's own verification (None when the store keeps no log)."""
    auditor = store.auditor
    if auditor is None:
        return None
    auditor.look("export", None, file_name, officer_id)
    heads = repo.exported_heads(store)
    start_seq, start_hash = heads[-1] if heads else (0, GENESIS)
    result = verify(store)
    last = repo.entry_at(store, start_seq) if start_seq else None
    if start_seq and (last is None or last["entry_hash"] != start_hash):
        # The log no longer passes through the head last sent (emptied and begun again, or
        # rewritten): all of it goes, so the district can compare it record by record.
        start_seq, start_hash = 0, GENESIS
    entries = [list(e) for e in repo.entries_after(store, start_seq)]
    return {"from": {"seq": start_seq, "hash": start_hash}, "head": {"seq": result.head_seq, "hash": result.head_hash},
            "entries": entries, "columns": list(repo.ENTRY_COLUMNS),
            "verified": {"ok": result.ok, "first_broken": result.first_broken, "head_mismatch": result.head_mismatch,
                         "dossier_codes": result.codes(), "findings": len(result.findings)}}


@dataclass
class Extension:
    """The district's reading of a file's log against the head it holds for the unit."""
    problems: list[str]
    head: tuple[int, str] | None  # the head to hold now
    intact: bool = True  # the file's entries chain from its `from` to its head
    rewritten: bool = False  # the chain does not pass through the held head (or is shorter)


def check_extension(section: dict, held: tuple[int, str] | None, later_file: bool = False) -> Extension:
    """The district's check of a file's log: its entries chain from `from` to `head`, and the
    head the district holds for the unit lies on that chain. `later_file`: the file was
    exported after the one whose head is held (its log cannot end before that head)."""
    problems: list[str] = []
    start, head = section["from"], section["head"]
    prev, passed, intact = start["hash"], {}, True
    for entry in section["entries"]:
        digest = entry_hash(prev, tuple(entry[:-1]))
        if digest != entry[-1]:
            intact = False
            break
        prev = passed[entry[0]] = digest
    if not intact or (section["entries"] and prev != head["hash"]):
        intact = False
        problems.append("nhật ký trong tệp không liền mạch (bị sửa sau khi ghi)")
    rewritten = False
    if held is not None:
        held_seq, held_hash = held
        differs = ((start["seq"] == held_seq and start["hash"] != held_hash)
                   or (start["seq"] < held_seq <= head["seq"] and passed.get(held_seq) != held_hash))
        # (an older file imported late ends before the held head too: only a later one may not)
        shorter = not differs and head["seq"] < held_seq and (start["seq"] >= held_seq or later_file)
        if differs:
            problems.append(f"lịch sử đã bị viết lại: mục số {held_seq} khác với mục cấp trên đã giữ")
        elif shorter:
            problems.append("nhật ký ngắn hơn lần nhận trước (bị xóa bớt hoặc làm lại từ đầu)")
        rewritten = differs or shorter
    verified = section.get("verified") or {}
    if not verified.get("ok", True):
        problems.append("tự kiểm tra tại đơn vị báo sai lệch")
    newer = held is None or head["seq"] > held[0]
    return Extension(problems, (head["seq"], head["hash"]) if newer else held, intact, rewritten)
