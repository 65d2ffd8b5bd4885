"""The single write path: a transaction that stamps every record with who, when and the
change sequence, so audit and the sync export can never be forgotten by a caller."""

from __future__ import annotations

import sqlite3
import threading
from contextlib import contextmanager
from datetime import datetime
from typing import Callable, Iterator

from desk_app.db.database import FULL_READ_ONLY, Database

TIME_FORMAT = "%Y-%m-%d %H:%M:%S"


def new_id() -> str:
    import uuid  # loaded at the first write (it brings `platform` along), not at every start

    return str(uuid.uuid4())


def to_text(moment: datetime) -> str:
    return moment.strftime(TIME_FORMAT)


def from_text(text: str | None) -> datetime | None:
    return datetime.strptime(text, TIME_FORMAT) if text else None


def system_now() -> datetime:
    return datetime.now().replace(microsecond=0)


class StorageError(RuntimeError):
    """The disk, not the input: the write was undone as a whole; the message is for the officer."""


class DiskFull(StorageError):
    """The disk is full: nothing can be written, though everything can still be read."""


# SQLite's primary result codes that mean the machine, not the data, stopped a write.
_STORAGE_MESSAGES = {
    13: "Ổ đĩa đã đầy: chưa lưu được. Hãy xóa bớt tệp hoặc dọn ổ đĩa rồi lưu lại; thông tin đang nhập vẫn còn.",
    5: "Cơ sở dữ liệu đang bận (một chương trình khác đang ghi): chưa lưu được. Đợi giây lát rồi lưu lại.",
    6: "Cơ sở dữ liệu đang bận (một chương trình khác đang ghi): chưa lưu được. Đợi giây lát rồi lưu lại.",
    8: "Không có quyền ghi vào thư mục dữ liệu: chưa lưu được. Kiểm tra quyền ghi của thư mục.",
    10: "Lỗi đọc/ghi ổ đĩa: chưa lưu được. Kiểm tra ổ đĩa rồi lưu lại.",
    11: "Tệp cơ sở dữ liệu bị hỏng: chưa lưu được. Hãy báo cán bộ kỹ thuật (có bản sao lưu trong thư mục backups).",
    14: "Không mở được tệp cơ sở dữ liệu: chưa lưu được. Kiểm tra thư mục dữ liệu.",
    26: "Tệp cơ sở dữ liệu bị hỏng: chưa lưu được. Hãy báo cán bộ kỹ thuật (có bản sao lưu trong thư mục backups).",
}


def storage_error(exc: sqlite3.Error) -> StorageError | None:
    """The officer's message for an SQLite error caused by the machine; None for anything else."""
    code = getattr(exc, "sqlite_errorcode", None)
    message = _STORAGE_MESSAGES.get(code & 0xFF) if isinstance(code, int) else None
    if message is None:
        return None
    return DiskFull(message) if code & 0xFF == 13 else StorageError(message)


class Store:
    """Reads as dicts; writes through `transaction()` only.

    A connection is never used by two threads: the thread that opened the Store uses the
    connection it was given; any other thread (the window's background work) gets its own to
    the same file, opened at its first query and kept until the Store closes. WAL lets them
    read while one writes; SQLite queues the writers."""

    def __init__(self, db: Database, clock: Callable[[], datetime] = system_now, auditor=None):
        """`auditor`: called inside each write transaction, before COMMIT, with the Writer
        (core.audit.AuditLog chains what it wrote); None writes no audit entries."""
        self.auditor = auditor
        self._main = db
        self._owner = threading.get_ident()
        self._others: dict[int, Database] = {}
        self._lock = threading.Lock()
        self.clock = clock
        self.unwritten_looks = 0  # looks at personal data a full disk kept out of the audit log

    @property
    def read_only(self) -> bool:
        """Opened on a full disk: everything reads, nothing can be written."""
        return self._main.full_disk

    @property
    def db(self) -> Database:
        ident = threading.get_ident()
        if ident == self._owner or self.read_only:  # the read-only connection holds the lock: one for all
            return self._main
        with self._lock:
            db = self._others.get(ident)
            if db is None:
                db = self._others[ident] = Database.connect(self._main.path)
        return db

    def one(self, sql: str, params=()) -> dict | None:
        return self.db.query_one(sql, params)

    def all(self, sql: str, params=()) -> list[dict]:
        return list(self.db.query(sql, params))

    def scalar(self, sql: str, params=()):
        row = self.db.execute(sql, params).fetchone()
        return row[0] if row else None

    @contextmanager
    def transaction(self, officer_id: str | None) -> Iterator["Writer"]:
        """BEGIN IMMEDIATE: take the write lock first, so two processes queue instead of failing.
        A full disk, a lock held too long or an I/O error undoes the whole write and becomes a
        StorageError the officer can read."""
        if self.read_only:
            raise DiskFull(FULL_READ_ONLY)
        conn = self.db.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                writer = Writer(conn, officer_id, to_text(self.clock()))
                yield writer
                if self.auditor is not None and writer.pending:
                    self.auditor.record(writer)  # in the same transaction: the log never misses a write
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:  # SQLite may have rolled back already (a full disk does)
                    conn.execute("ROLLBACK")
                raise
            for committed in writer.on_commit:
                committed()
        except sqlite3.Error as exc:
            translated = storage_error(exc)
            if translated is None:
                raise
            raise translated from exc

    @contextmanager
    def snapshot(self) -> Iterator["Store"]:
        """One read transaction: every query inside sees the same moment while writers go on (WAL).
        Read-only on a full disk, no one can write (this process holds the lock) and the one
        connection is shared by the threads: no transaction is needed, nor could two be open."""
        if self.read_only:
            yield self
            return
        conn = self.db.conn
        conn.execute("BEGIN")
        try:
            yield self
        finally:
            conn.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            for db in self._others.values():
                db.close()
            self._others.clear()
        self._main.close()


class Writer:
    def __init__(self, conn, officer_id: str | None, now_text: str):
        self.conn = conn
        self.officer_id = officer_id
        self.now = now_text
        # What this transaction wrote or showed, for the audit log: (action, table, record id,
        # dossier id, detail).
        self.pending: list[tuple] = []
        # Records the audit log is handed as they are (a baseline's), not read back.
        self.rows: dict[tuple[str, str], dict] = {}
        self.on_commit: list[Callable[[], None]] = []  # run once the transaction is committed

    def _stamp(self, table: str, record_id: str) -> int:
        cursor = self.conn.execute(
            "INSERT INTO changes (table_name, record_id, at, officer_id) VALUES (?, ?, ?, ?)",
            (table, record_id, self.now, self.officer_id),
        )
        return cursor.lastrowid

    def insert(self, table: str, row: dict) -> dict:
        row = dict(row)
        row.setdefault("id", new_id())
        row["updated_at"] = self.now
        row["updated_by"] = self.officer_id
        row["change_seq"] = self._stamp(table, row["id"])
        columns = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        self.conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(row.values()))
        self.pending.append(("insert", table, row["id"], None, ""))
        return row

    def update(self, table: str, record_id: str, values: dict) -> None:
        values = dict(values, updated_at=self.now, updated_by=self.officer_id,
                      change_seq=self._stamp(table, record_id))
        assignments = ", ".join(f"{column} = ?" for column in values)
        cursor = self.conn.execute(
            f"UPDATE {table} SET {assignments} WHERE id = ?", (*values.values(), record_id)
        )
        if cursor.rowcount != 1:
            raise LookupError(f"{table}: no record {record_id}")
        self.pending.append(("update", table, record_id, None, ""))

    def delete(self, table: str, record_id: str) -> None:
        """Deletion is a change too: the stamp without a row tells the export it is gone."""
        self._stamp(table, record_id)
        self.conn.execute(f"DELETE FROM {table} WHERE id = ?", (record_id,))
        self.pending.append(("delete", table, record_id, None, ""))

    def baseline(self, table: str, row: dict) -> None:
        """A record written before the log existed, as read from its table: its first entry."""
        self.rows[(table, row["id"])] = row
        self.pending.append(("baseline", table, row["id"], None, ""))

    def look(self, action: str, dossier_id: str | None = None, detail: str = "") -> None:
        """A look at personal data (a view, a print, an export, a search) for the audit log."""
        self.pending.append((action, None, None, dossier_id, detail))

    def execute(self, sql: str, params=()):
        """For rows outside the audit (counters, settings)."""
        return self.conn.execute(sql, params)
