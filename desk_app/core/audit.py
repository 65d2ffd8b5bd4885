"""The tamper-evident audit log: every write (each record as written) and every look at
personal data, chained so that an entry changed, removed or added afterwards, or a record
edited outside the program, is found by `verify` (core/audit_verify.py).

Each entry's hash is BLAKE2b-256 over the previous entry's hash and the entry's fields
(ENTRY_FIELDS joined by 0x1F, None as empty); a write's `content_hash` is BLAKE2b-256 over
the record's canonical text (the repr of its values in column order, trailing empty and
NULL values left out so a column added later with an empty default changes no hash). The first entry chains from GENESIS.
"""

from __future__ import annotations

from hashlib import blake2b

from desk_app.db import audit as repo
from desk_app.db.store import DiskFull

GENESIS = "0" * 64
WRITE_ACTIONS = ("insert", "update", "delete", "baseline")
LOOK_ACTIONS = {"view": "xem hồ sơ", "print": "in", "export": "xuất dữ liệu", "search": "tìm kiếm",
                "citizen": "xem công dân"}
ACTION_LABELS = {"insert": "thêm", "update": "sửa", "delete": "xóa", "baseline": "mốc ban đầu", **LOOK_ACTIONS,
                 "recovery_unlock": "tự mở khóa bằng cụm mật khẩu khôi phục", "fee_paid": "thu lệ phí",
                 "notice_consent": "ghi ý kiến nhận tin nhắn", "notice_sent": "gửi tin nhắn bằng tay"}


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


def chained(head: tuple[int, str], writes: list[tuple]) -> list[tuple]:
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
        entries = chained(head, writes)
        try:
            repo.append(conn, entries)
        except repo.SeqTaken:  # another connection appended since: chain on from the file's last entry
            entries = chained(_last(conn), writes)
            repo.append(conn, entries)
        if entries:
            writer.on_commit.append(lambda: self._remember(entries[-1][0], entries[-1][-1]))
        writer.pending.clear()

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


def entry_line(row: dict) -> str:
    what = ACTION_LABELS.get(row["action"], row["action"])
    subject = row.get("dossier_code") or row.get("detail") or ""
    table = f" {row['table_name']}" if row.get("table_name") else ""
    return (f"#{row['seq']}  {row['at']}  {row.get('officer_name') or '(không rõ)'}  {what}{table}  {subject}"
            .rstrip())
