"""A thin SQLite handle: what the desk reads and writes through, without loading sqlite-utils.

sqlite-utils (and click, dateutil, pluggy behind it) costs ~60 ms to import; the window
opens on every start, so plain queries go straight to sqlite3 and the sqlite-utils view of
the same connection is built only when a migration needs it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Iterator

# SQLite's codes for "the WAL index (-shm) could not be made or grown", and "disk full": a
# full disk stops the first connection before it reads anything.
FULL_AT_OPEN = {13, 10 | (18 << 8), 10 | (19 << 8), 10 | (21 << 8), 10 | (3 << 8), 10 | (6 << 8)}

FULL_READ_ONLY = ("Ổ đĩa đã đầy: chỉ xem, tìm và in được; chưa lưu được gì (kể cả nhật ký xem hồ sơ). "
                  "Hãy xóa bớt tệp hoặc dọn ổ đĩa rồi làm lại; thông tin đang nhập vẫn còn.")


def full_at_open(exc: sqlite3.Error) -> bool:
    """Whether opening failed because the disk is full (see Database.connect_full_disk)."""
    return getattr(exc, "sqlite_errorcode", None) in FULL_AT_OPEN


class Database:
    def __init__(self, conn: sqlite3.Connection, path: Path | str | None = None, full_disk: bool = False):
        self.conn = conn
        self.path = path
        self.full_disk = full_disk  # opened read-only because the disk is full (see connect)
        self._utils = None

    @classmethod
    def connect(cls, path: Path | str) -> "Database":
        """A connection with our pragmas; on a full disk that stops the WAL index from being
        made, a read-only one (see connect_full_disk)."""
        try:
            return cls._connect(path)
        except sqlite3.OperationalError as exc:
            if not full_at_open(exc):
                raise
            try:
                return cls.connect_full_disk(path)
            except sqlite3.Error:
                raise exc from None

    @classmethod
    def connect_full_disk(cls, path: Path | str) -> "Database":
        """Reading on a full disk. WAL's shared index (-shm) must be created and grown when the
        first connection opens, which a full disk refuses (mode=ro fails the same way). In
        EXCLUSIVE locking mode SQLite keeps the index in memory instead and still reads what the
        -wal holds; query_only refuses every write. The price: this connection holds the
        database's lock while it is open, so another process waits for it (its busy timeout)."""
        conn = sqlite3.connect(str(path), timeout=30, isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            conn.execute("PRAGMA query_only = ON")
            conn.execute("PRAGMA busy_timeout = 30000")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the lock and the index, now
        except sqlite3.Error:
            conn.close()
            raise
        return cls(conn, path, full_disk=True)

    @classmethod
    def _connect(cls, path: Path | str) -> "Database":
        """WAL, durable commits, foreign keys, a busy timeout."""
        conn = sqlite3.connect(str(path), timeout=30, isolation_level=None, check_same_thread=False)
        try:
            cls._pragmas(conn)
        except sqlite3.Error:
            conn.close()  # a half-open connection would hold a lock the read-only one needs
            raise
        return cls(conn, path)

    @staticmethod
    def _pragmas(conn: sqlite3.Connection) -> None:
        conn.execute("PRAGMA journal_mode = WAL")
        # FULL: each commit is on the disk (the WAL fsynced) before it returns, so a power cut
        # after a slip printed cannot undo its dossier and give its code to someone else.
        # NORMAL survived a killed process but not a power cut. Costs one fsync per commit.
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 30000")

    @classmethod
    def connect_read_only(cls, path: Path | str) -> "Database":
        """A connection that cannot write (for work in another process beside the desk's own)."""
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, timeout=30, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA busy_timeout = 30000")
        return cls(conn, path)

    def execute(self, sql: str, params=()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def query(self, sql: str, params=()) -> Iterator[dict]:
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description or ()]
        for row in cursor:
            yield dict(zip(names, row))

    def query_one(self, sql: str, params=()) -> dict | None:
        """The first row, the statement closed at once (an open one would hold a read snapshot)."""
        cursor = self.conn.execute(sql, params)
        try:
            row = cursor.fetchone()
            return dict(zip([d[0] for d in cursor.description], row)) if row is not None else None
        finally:
            cursor.close()

    def has_table(self, name: str) -> bool:
        return self.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                                 (name,)).fetchone() is not None

    def columns(self, table: str) -> list[str]:
        return [r[1] for r in self.conn.execute(f"PRAGMA table_info({table})")]

    def utils(self):
        """The sqlite-utils Database on this same connection (imported on first use)."""
        if self._utils is None:
            import sqlite_utils

            # No plugins: nothing installed beside us may hook our connection.
            self._utils = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._utils

    def close(self) -> None:
        self.conn.close()
