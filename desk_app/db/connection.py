"""Open the desk database: WAL, foreign keys, a busy timeout, migrations applied."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import sqlite_utils

from desk_app.db.migrations import MIGRATIONS, known_names


class DatabaseTooNew(RuntimeError):
    """The file was written by a newer desk_app: opening it could lose data."""


def connect(path: Path | str) -> sqlite_utils.Database:
    """A connection with our pragmas; no migrations (see open_database)."""
    conn = sqlite3.connect(str(path), timeout=30, isolation_level=None, check_same_thread=False)
    # No sqlite-utils plugins: nothing installed beside us may hook our connection (and
    # scanning for them costs ~30 ms at every start).
    db = sqlite_utils.Database(conn, execute_plugins=False)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA busy_timeout = 30000")
    return db


def open_database(path: Path | str, backups: Path | None = None) -> sqlite_utils.Database:
    """Open (creating if needed) and migrate; back the file up first when it has data to migrate."""
    path = Path(path)
    existed = path.exists() and path.stat().st_size > 0
    db = connect(path)
    applied = {m.name for m in MIGRATIONS.applied(db)}
    unknown = applied - known_names()
    if unknown:
        db.close()
        raise DatabaseTooNew(
            "Cơ sở dữ liệu được tạo bởi phiên bản desk_app mới hơn "
            f"({', '.join(sorted(unknown))}). Hãy cập nhật phần mềm; dữ liệu không bị thay đổi."
        )
    pending = MIGRATIONS.pending(db)
    if pending and existed and applied:
        _backup(db, path, backups or path.parent / "backups")
    if pending:
        MIGRATIONS.apply(db)
    return db


def _backup(db: sqlite_utils.Database, path: Path, folder: Path) -> Path:
    """A consistent copy via SQLite's backup API (safe with WAL), named by time."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{path.stem}-{datetime.now():%Y%m%d-%H%M%S}-before-migration.sqlite3"
    dest = sqlite3.connect(str(target))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    return target


