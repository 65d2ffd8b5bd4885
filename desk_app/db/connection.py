"""Open the desk database: WAL, foreign keys, a busy timeout, migrations applied."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from desk_app import owner_only, paths
from desk_app.db.file_copy import BackupError, copy_database, stamped_path
from desk_app.db.database import Database
from desk_app.db.file_check import DatabaseDamaged, check_file, damaged_message, is_damage
from desk_app.db.migrations import MIGRATIONS
from desk_app.db.store import StorageError


class DatabaseTooNew(RuntimeError):
    """The file was written by a newer desk_app: opening it could lose data."""


def connect(path: Path | str) -> Database:
    """A connection with our pragmas; no migrations (see open_database)."""
    return Database.connect(path)


def open_database(path: Path | str) -> Database:
    """Open (creating if needed) and migrate; back the file up first (into the backups folder
    beside it) when it has data to migrate."""
    path = Path(path)
    check_file(path)  # a damaged file is refused before anything is written to it
    existed = path.exists() and path.stat().st_size > 0
    owner_only.create_file(path)  # SQLite gives -wal and -shm the database file's mode
    owner_only.restrict(path, *(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")))
    db = None
    try:
        db = connect(path)
        unknown = MIGRATIONS.unknown(db)
    except sqlite3.DatabaseError as exc:
        if db is not None:
            db.close()
        if is_damage(exc):
            raise DatabaseDamaged(damaged_message(path)) from exc
        raise
    if unknown:
        db.close()
        raise DatabaseTooNew(
            "Cơ sở dữ liệu được tạo bởi phiên bản desk_app mới hơn "
            f"({', '.join(sorted(map(str, unknown)))}). Hãy cập nhật phần mềm; dữ liệu không bị thay đổi."
        )
    pending = MIGRATIONS.pending(db)
    if pending and db.full_disk:
        db.close()  # a new or older database cannot be made ready without writing
        raise StorageError("Ổ đĩa đã đầy: chưa mở được cơ sở dữ liệu (cần ghi để chuẩn bị). "
                           "Hãy xóa bớt tệp hoặc dọn ổ đĩa rồi mở lại.")
    if pending and existed and MIGRATIONS.applied(db):
        try:
            _backup(path, paths.backups_dir(path.parent))
        except BackupError:
            db.close()  # not migrated: no change without its copy
            raise
    if pending:
        MIGRATIONS.apply(db)
    return db


def _backup(path: Path, folder: Path) -> Path:
    return copy_database(path, stamped_path(folder, datetime.now(), "before-migration"))
