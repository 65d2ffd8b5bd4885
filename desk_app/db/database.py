"""A thin SQLite handle: what the desk reads and writes through, without loading sqlite-utils.

sqlite-utils (and click, dateutil, pluggy behind it) costs ~60 ms to import; the window
opens on every start, so plain queries go straight to sqlite3 and the sqlite-utils view of
the same connection is built only when a migration needs it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Iterator


class Database:
    def __init__(self, conn: sqlite3.Connection, path: Path | str | None = None):
        self.conn = conn
        self.path = path
        self._utils = None

    @classmethod
    def connect(cls, path: Path | str) -> "Database":
        """A connection with our pragmas: WAL, durable commits, foreign keys, a busy timeout."""
        conn = sqlite3.connect(str(path), timeout=30, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA journal_mode = WAL")
        # FULL: each commit is on the disk (the WAL fsynced) before it returns, so a power cut
        # after a slip printed cannot undo its dossier and give its code to someone else.
        # NORMAL survived a killed process but not a power cut. Costs one fsync per commit.
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 30000")
        return cls(conn, path)

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
