"""The tamper-evident audit log: every write (each record as written) and every look at
personal data, chained so that an entry changed, removed or added afterwards, or a record
edited outside the program, is found by `verify`.

Each entry's hash is BLAKE2b-256 over the previous entry's hash and the entry's fields
(ENTRY_FIELDS joined by 0x1F, None as empty); a write's `content_hash` is BLAKE2b-256 over
the record's canonical text (the repr of its values in column order, trailing empty and
NULL values left out so a column added later with an empty default changes no hash). The first entry chains from GENESIS.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from hashlib import blake2b

from desk_app.db import audit as repo
from desk_app.db.store import DiskFull

GENESIS = "0" * 64
WRITE_ACTIONS = ("insert", "update", "delete", "baseline")
LOOK_ACTIONS = {"view": "xem hồ sơ", "print": "in", "export": "xuất dữ liệu", "search": "tìm kiếm",
                "citizen": "xem công dân"}
ACTION_LABELS = {"insert": "thêm", "update": "sửa", "delete": "xóa", "baseline": "mốc ban đầu", **LOOK_ACTIONS}


def canonical(values: tuple) -> bytes:
    """A record's values in the table's column order (stable: SQLite only appends columns),
    trailing empty and NULL values left out so a column added later with an empty default
    changes no hash; Python's repr of str/int/float/None is exact and fixed."""
    end = len(values)
    while end and (values[end - 1] is None or values[end - 1] == ""):
        end -= 1
    return repr(values[:end]).encode()


def content_hash(row: dict) -> str:
    return values_hash(tuple(row.values()))


def values_hash(values: tuple) -> str:
    return blake2b(canonical(values), digest_size=32).hexdigest()


def entry_hash(prev: str, entry: tuple) -> str:
    """`entry`: the stored columns seq … content_hash (db.audit.ENTRY_COLUMNS without entry_hash)."""
    seq, at, officer, action, table, record, dossier, detail, content = entry
    text = (f"{prev}\x1f{seq}\x1f{at}\x1f{'' if officer is None else officer}\x1f{action}\x1f"
            f"{'' if table is None else table}\x1f{'' if record is None else record}\x1f"
            f"{'' if dossier is None else dossier}\x1f{detail}\x1f{content}")
    return blake2b(text.encode(), digest_size=32).hexdigest()


def _last(conn) -> tuple[int, str]:
    seq, digest = repo.last_entry(conn)
    return seq, digest or GENESIS


def _chained(head: tuple[int, str], writes: list[tuple]) -> list[tuple]:
    """Entries (ENTRY_COLUMNS) for `writes`, numbered and hashed on from `head`."""
    seq, prev = head
    entries = []
    for write in writes:
        seq += 1
        entry = (seq, *write)
        prev = entry_hash(prev, entry)
        entries.append((*entry, prev))
    return entries


def _written_rows(conn, writer) -> dict[tuple[str, str], dict]:
    """Every record the transaction wrote, as the file holds it before the commit (a record
    written twice is hashed as it ends up), read back once per table."""
    rows = dict(writer.rows)
    wanted: dict[str, list[str]] = {}
    for action, table, record_id, _dossier, _detail in writer.pending:
        if table is not None and action != "delete" and (table, record_id) not in rows:
            wanted.setdefault(table, []).append(record_id)
    for table, ids in wanted.items():
        for record_id, row in repo.read_rows(conn, table, list(dict.fromkeys(ids))).items():
            rows[(table, record_id)] = row
    return rows


def _write(rows: dict, writer, action, table, record_id, dossier_id, detail) -> tuple:
    """(at, officer, action, table, record, dossier, detail, content hash) of one pending write or look."""
    digest = ""
    if table is not None and action != "delete":
        row = rows.get((table, record_id))
        digest = content_hash(row) if row else ""
        if table == "dossiers":
            dossier_id = record_id
        elif row is not None:
            dossier_id = row.get("dossier_id")
            if table == "print_jobs":
                detail = row.get("subject") or ""
    return writer.now, writer.officer_id, action, table, record_id, dossier_id, detail, digest


class AuditLog:
    """Installed on the Store (Store.auditor): chains what each transaction wrote or showed.
    `actor` is who looks (the window's officer, the CLI's --officer) for looks without a write:
    an id, or a callable giving the id of whoever is on duty now."""

    def __init__(self, store):
        self.store = store
        self.actor: str | None = None
        # (seq, hash) of the last entry this process wrote; None: read it from the file.
        self._head: tuple[int, str] | None = None
        store.auditor = self

    def record(self, writer) -> None:
        conn = writer.conn
        rows = _written_rows(conn, writer)
        writes = [_write(rows, writer, *pending) for pending in writer.pending]
        head = self._head or _last(conn)
        entries = _chained(head, writes)
        try:
            repo.append(conn, entries)
        except repo.SeqTaken:  # another connection appended since: chain on from the file's last entry
            entries = _chained(_last(conn), writes)
            repo.append(conn, entries)
        if entries:
            writer.on_commit.append(lambda: self._remember(entries[-1][0], entries[-1][-1]))
        writer.pending.clear()

    def forget_head(self) -> None:
        """Entries were appended without this object (chain_unchained): read the head anew."""
        self._head = None

    def _remember(self, seq: int, digest: str) -> None:
        """The last entry, once committed: the next write chains from it without reading it.
        Another connection's later entries take the next seq first (append raises, and the
        chain goes on from theirs); a log cut short behind this process's back is left with the
        gap verify reports, rather than continued as if whole."""
        self._head = (seq, digest)

    def look(self, action: str, dossier_id: str | None = None, detail: str = "", officer_id: str | None = None) -> None:
        """Write down a look at personal data, in its own short transaction. On a full disk
        (the database opened read-only) nothing can be written: the look is shown unrecorded,
        and the window and the command line say so."""
        actor = self.actor() if callable(self.actor) else self.actor
        try:
            with self.store.transaction(officer_id or actor) as writer:
                writer.look(action, dossier_id, detail)
        except DiskFull:
            self.store.unwritten_looks += 1

    def verify(self, held_head: tuple[int, str] | None = None) -> "Verification":
        return verify(self.store, held_head)

    def head(self) -> tuple[int, str]:
        seq, digest = repo.last_entry(self.store.db.conn)
        return seq, digest or GENESIS

    def entries(self, officer_id: str | None = None, start: str | None = None, end=None,
                code: str | None = None, limit: int = 200) -> list[dict]:
        """Newest first; `start` a day 'YYYY-MM-DD' (from its start), `end` a date (to its end)."""
        from datetime import timedelta

        end_text = (end + timedelta(days=1)).isoformat() if end else None
        dossier_id = None
        if code:
            dossier_id = repo.dossier_id_for(self.store, code.strip().upper())
            if dossier_id is None:
                return []
        return repo.list_entries(self.store, officer_id, start, end_text, dossier_id, limit)

    def baseline(self) -> int:
        """A database from before the log: one entry per existing record, so that later edits
        outside the program are told apart from what was there. Once, when the log is empty."""
        if not repo.is_empty(self.store):
            return 0
        count = 0
        with self.store.transaction(None) as writer:
            for table in repo.AUDITED_TABLES:
                for row in repo.all_rows(self.store, table):
                    writer.baseline(table, row)
                    count += 1
            if not count:
                writer.pending.clear()
        return count


@dataclass
class Finding:
    kind: str  # edited / deleted / inserted
    table: str
    record_id: str
    dossier_code: str = ""
    seq: int | None = None

    def text(self) -> str:
        what = {"edited": "bị sửa ngoài chương trình", "deleted": "bị xóa ngoài chương trình",
                "inserted": "được thêm ngoài chương trình"}[self.kind]
        subject = f"hồ sơ {self.dossier_code}" if self.dossier_code else f"bản ghi {self.record_id}"
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


# -- rows written in bulk (the year demo): chained after their chunk commits ----------------

BULK_DETAIL = "dữ liệu mẫu"


def _bulk_writes(conn, table: str, after: int, upto: int, officer_id, now_text: str) -> list:
    """The writes `record` would make of a bulk-written range of rows, each hashed from all
    its columns as read."""
    names, rows = repo.rows_between(conn, table, after, upto)
    at_id = names.index("id")
    at_dossier = names.index("dossier_id") if "dossier_id" in names else None
    writes = []
    for values in rows:
        dossier_id = values[at_id] if table == "dossiers" else (values[at_dossier] if at_dossier is not None else None)
        writes.append((now_text, officer_id, "insert", table, values[at_id], dossier_id, BULK_DETAIL,
                       values_hash(values)))
    return writes


def chain_unchained(conn, officer_id: str | None, now_text: str) -> int:
    """Chain the rows written in bulk that have no entry yet, a range at a time, each in its
    own write transaction. The rows are read and hashed before it, outside the write lock:
    committed, they no longer change. How many entries were added."""
    added = 0
    for range_id, table, after, upto in repo.unchained(conn):
        writes = _bulk_writes(conn, table, after, upto, officer_id, now_text)
        with repo.appending(conn, [range_id]) as still_unchained:
            if still_unchained:
                repo.append(conn, _chained(_last(conn), writes))
                added += len(writes)
    return added


class BulkChainer:
    """The year demo's second process, in two steps the demo calls in turn. `hash` reads the
    ranges a chunk wrote, hashes them and stages their entries, chained on from the last ones
    staged, in a table of its own connection, while the demo writes its next chunk (none of it
    takes the write lock). `append` copies the staged entries into the log in one statement
    while the demo makes the chunk after, so the write lock is held for the copy alone. Its
    connection stays open between calls."""

    def __init__(self, path: str, officer_id: str | None, now_text: str):
        self.db = repo.connect_for_bulk(path)
        self.officer_id, self.now_text = officer_id, now_text
        self.staged: list[int] = []  # range ids whose entries are staged, in order
        self.from_head: tuple[int, str] | None = None  # the entry the staged ones chain from
        self.head: tuple[int, str] | None = None  # the last one staged (or appended)

    def hash(self) -> int:
        conn = self.db.conn
        if self.head is None:
            self.head = self.from_head = _last(conn)
        for range_id, table, after, upto in repo.unchained(conn):
            if range_id not in self.staged:
                entries = _chained(self.head, _bulk_writes(conn, table, after, upto, self.officer_id,
                                                           self.now_text))
                repo.stage(conn, entries)
                self.staged.append(range_id)
                if entries:
                    self.head = (entries[-1][0], entries[-1][-1])
        return len(self.staged)

    def append(self) -> int:
        """Every staged range chained, in one write transaction; how many entries. When another
        connection appended or chained meanwhile, the staged entries no longer fit: the ranges
        still unchained are read and chained again from the log's real last entry."""
        if not self.staged:
            return 0
        conn = self.db.conn
        with repo.appending(conn, self.staged) as still_unchained:
            if still_unchained == self.staged and _last(conn) == self.from_head:
                added = repo.append_staged(conn)
            else:
                writes = [write for range_id, table, after, upto in repo.unchained(conn)
                          if range_id in still_unchained
                          for write in _bulk_writes(conn, table, after, upto, self.officer_id, self.now_text)]
                repo.append(conn, _chained(_last(conn), writes))
                added = len(writes)
        repo.clear_staged(conn)
        self.staged = []
        self.from_head = self.head = _last(conn)
        return added

    def close(self) -> None:
        self.db.close()


def entry_line(row: dict) -> str:
    what = ACTION_LABELS.get(row["action"], row["action"])
    subject = row.get("dossier_code") or row.get("detail") or ""
    table = f" {row['table_name']}" if row.get("table_name") else ""
    return (f"#{row['seq']}  {row['at']}  {row.get('officer_name') or '(không rõ)'}  {what}{table}  {subject}"
            .rstrip())


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
