"""Copies of the database in the data folder's backups/: one a day (the newest DAILY_KEEP kept)
and one before each migration (all kept). The end-of-day file carries only what the upper level
needs; these copies are what a unit restores from when its disk or file fails.

A copy is read through its own connection (WAL lets the desk keep writing meanwhile), written
under a temporary name, checked, then renamed: a file named like a backup is always a whole one.
The daily copies and those made on request are sealed (backup_file.py: encrypted with the data
folder's backup key, the unit's sync key inside); only the copy made before a migration, which
never leaves the data folder, is a plain database. `desk-app restore FILE` puts one back.
"""

from __future__ import annotations

import contextlib
import errno
import sqlite3
from datetime import date, datetime
from pathlib import Path

from desk_app import owner_only, paths
from desk_app.atomic_file import replace_atomically

DAILY_KEEP = 14
DAILY_PREFIX = "desk-daily-"
PARTIAL_SUFFIX = ".partial"
SEALED = ".deskbak"


class BackupError(RuntimeError):
    """The copy could not be made; the message is for the officer. The database is untouched."""


def stamped_path(folder: Path, when: datetime, why: str = "", suffix: str = ".sqlite3") -> Path:
    """A copy made on request or before a migration (never removed by the daily rotation)."""
    return folder / f"desk-{when:%Y%m%d-%H%M%S}{'-' + why if why else ''}{suffix}"


def daily_path(folder: Path, day: date) -> Path:
    return folder / f"{DAILY_PREFIX}{day.isoformat()}{SEALED}"


def counts(database: Path) -> dict:
    """What a copy holds, as a restore reports it."""
    conn = sqlite3.connect(database)
    try:
        return {table: conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]  # noqa: S608 (fixed names)
                for table in ("dossiers", "citizens", "officers", "procedures")}
    finally:
        conn.close()


def make_sealed(data_dir: Path, target: Path, now: datetime) -> Path:
    """A sealed backup of the data folder's database (and the unit's sync key) at `target`.
    The plain copy it is made from stays in the data folder, beside the database, and is removed."""
    from desk_app.db import backup_file, backup_key

    plain = data_dir / f"backup-copy{PARTIAL_SUFFIX}"
    try:
        copy_database(paths.db_path(data_dir), plain)
        files = [("desk.sqlite3", plain)]
        if paths.unit_key_path(data_dir).exists():
            files.append(("unit.key", paths.unit_key_path(data_dir)))
        return backup_file.seal(files, target, backup_key.load_or_create(data_dir), f"{now:%Y-%m-%d %H:%M:%S}",
                                {"counts": counts(plain)})
    except OSError as exc:
        raise BackupError(f"Chưa sao lưu được vào “{target.parent}”: {_reason(exc)}. "
                          "Dữ liệu đang dùng không bị ảnh hưởng.") from exc
    finally:
        with contextlib.suppress(OSError):
            plain.unlink(missing_ok=True)


def copy_database(source: Path, target: Path) -> Path:
    """A checked, consistent copy of `source` at `target` (replaced if it exists)."""
    try:
        owner_only.make_dir(target.parent)
        # The copy is as private as the database (an owner-only file from its first byte).
        replace_atomically(target, lambda partial: _copy_checked(source, partial),
                           temp=target.with_name(target.name + PARTIAL_SUFFIX))
        return target
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(f"Chưa sao lưu được vào “{target.parent}”: {_reason(exc)}. "
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


def make_daily_backup(data_dir: Path, folder: Path, now: datetime, keep: int = DAILY_KEEP) -> Path | None:
    """Today's sealed copy if there is none yet (else None); older daily copies beyond `keep` are removed."""
    target = daily_path(folder, now.date())
    if target.exists():
        return None
    make_sealed(data_dir, target, now)
    for old in daily_backups(folder)[keep:]:
        old.unlink(missing_ok=True)
    for cut_short in folder.glob(f"{DAILY_PREFIX}*{PARTIAL_SUFFIX}"):  # a copy the window's closing interrupted
        cut_short.unlink(missing_ok=True)
    return target


def daily_backups(folder: Path) -> list[Path]:
    """The daily copies, newest first (their names sort by date)."""
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{DAILY_PREFIX}????-??-??{SEALED}"), reverse=True)


def latest_backup(folder: Path) -> Path | None:
    """The newest whole copy of any kind (daily, on request, before a migration), or None."""
    if not folder.is_dir():
        return None
    copies = [p for p in (*folder.glob("desk-*.sqlite3"), *folder.glob(f"desk-*{SEALED}")) if p.is_file()]
    return max(copies, key=lambda p: p.stat().st_mtime, default=None)


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


def _reason(exc: Exception) -> str:
    if isinstance(exc, OSError) and exc.errno in _OS_REASONS:
        return _OS_REASONS[exc.errno]
    if isinstance(exc, sqlite3.Error) and "full" in str(exc).lower():
        return "ổ đĩa đã đầy"
    return getattr(exc, "strerror", None) or str(exc)
