"""Copies of the database file as SQLite makes and reads them, and their names in the data
folder's backups/. The copy made before a migration (connection.py) is one of these, kept plain;
the damaged-file message (file_check.py) names the newest copy of any kind. The sealed backups
made from such a copy, and the restore, are desk_app/backups/.

A copy is read through its own connection (WAL lets the desk keep writing meanwhile), written
under a temporary name, checked, then renamed: a file named like a backup is always a whole one.
"""

from __future__ import annotations

import errno
import sqlite3
from datetime import datetime
from pathlib import Path

from desk_app import owner_only
from desk_app.atomic_file import replace_atomically

PARTIAL_SUFFIX = ".partial"
SEALED = ".deskbak"  # a sealed backup (desk_app/backups/sealed_file.py)


class BackupError(RuntimeError):
    """The copy could not be made; the message is for the officer. The database is untouched."""


def stamped_path(folder: Path, when: datetime, why: str = "", suffix: str = ".sqlite3") -> Path:
    """A copy made on request or before a migration (never removed by the daily rotation)."""
    return folder / f"desk-{when:%Y%m%d-%H%M%S}{'-' + why if why else ''}{suffix}"


def latest_backup(folder: Path) -> Path | None:
    """The newest whole copy of any kind (daily, on request, before a migration), or None."""
    if not folder.is_dir():
        return None
    copies = [p for p in (*folder.glob("desk-*.sqlite3"), *folder.glob(f"desk-*{SEALED}")) if p.is_file()]
    return max(copies, key=lambda p: p.stat().st_mtime, default=None)


def copy_database(source: Path, target: Path) -> Path:
    """A checked, consistent copy of `source` at `target` (replaced if it exists)."""
    try:
        owner_only.make_dir(target.parent)
        # The copy is as private as the database (an owner-only file from its first byte).
        replace_atomically(target, lambda partial: _copy_checked(source, partial),
                           temp=target.with_name(target.name + PARTIAL_SUFFIX))
        return target
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(f"Chưa sao lưu được vào “{target.parent}”: {reason(exc)}. "
                          "Dữ liệu đang dùng không bị ảnh hưởng.") from exc


def _copy_checked(source: Path, partial: Path) -> None:
    src = sqlite3.connect(source)  # (a plain path: a file: URI breaks on some Windows paths)
    dest = sqlite3.connect(partial)
    try:
        src.backup(dest)
        healthy = dest.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    finally:
        dest.close()
        src.close()
    if not healthy:
        raise BackupError("Bản sao lưu vừa tạo không đọc lại được: cơ sở dữ liệu có thể bị hỏng. "
                          "Hãy báo cán bộ kỹ thuật.")


def counts(database: Path) -> dict:
    """What a copy holds, as a restore reports it."""
    conn = sqlite3.connect(database)
    try:
        return {table: conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]  # noqa: S608 (fixed names)
                for table in ("dossiers", "citizens", "officers", "procedures")}
    finally:
        conn.close()


_OS_REASONS = {
    errno.ENOSPC: "ổ đĩa đã đầy",
    errno.EACCES: "không có quyền ghi",
    errno.EPERM: "không có quyền ghi",
    errno.EROFS: "ổ đĩa chỉ cho đọc",
    errno.ENOENT: "không tìm thấy thư mục (ổ đĩa ngoài đã rút ra?)",
    errno.ENOTDIR: "đường dẫn không phải là thư mục",
    errno.EEXIST: "đường dẫn là một tệp, không phải thư mục",
    errno.EIO: "lỗi đọc/ghi ổ đĩa",
}


def reason(exc: Exception) -> str:
    """Why a copy failed, in the officer's words (a full disk, a folder that is a file, …)."""
    if isinstance(exc, OSError) and exc.errno in _OS_REASONS:
        return _OS_REASONS[exc.errno]
    if isinstance(exc, sqlite3.Error) and "full" in str(exc).lower():
        return "ổ đĩa đã đầy"
    return getattr(exc, "strerror", None) or str(exc)
