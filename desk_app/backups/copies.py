"""Sealed copies of the database in the data folder's backups/ (or a folder the officer
chooses): one a day (the newest DAILY_KEEP kept) and one on each request. The end-of-day file
carries only what the upper level needs; these copies are what a unit restores from when its
disk or file fails.

Each is made from a plain, checked copy of the database (db/file_copy.py) left beside the
database, then sealed (sealed_file.py: encrypted with the data folder's backup key, the unit's
sync key inside); the plain copy is removed. Only the copy made before a migration, which never
leaves the data folder, is a plain database. `desk-app restore FILE` puts one back (restore.py).
"""

from __future__ import annotations

import contextlib
from datetime import date, datetime
from pathlib import Path

from desk_app import paths
from desk_app.backups import attachment_files
from desk_app.backups import key as backup_key
from desk_app.backups import sealed_file
from desk_app.db.file_copy import PARTIAL_SUFFIX, SEALED, BackupError, copy_database, counts, reason

DAILY_KEEP = 14
DAILY_PREFIX = "desk-daily-"


def daily_path(folder: Path, day: date) -> Path:
    return folder / f"{DAILY_PREFIX}{day.isoformat()}{SEALED}"


def make_sealed(data_dir: Path, target: Path, now: datetime, attachments: bool = True) -> Path:
    """A sealed backup of the data folder's database (and the unit's sync key) at `target`.
    The plain copy it is made from stays in the data folder, beside the database, and is removed.
    `attachments`: with the scanned files. Copies kept on the same disk go without them: a file,
    named by its hash, is never rewritten, so it is still there when such a copy is put back
    (and fourteen daily copies of a year's scans would fill the disk: bench/bench_attachments.py)."""
    plain = data_dir / f"backup-copy{PARTIAL_SUFFIX}"
    try:
        copy_database(paths.db_path(data_dir), plain)
        files = [("desk.sqlite3", plain)]
        if paths.unit_key_path(data_dir).exists():
            files.append(("unit.key", paths.unit_key_path(data_dir)))
        files += attachment_files.to_seal(data_dir) if attachments else []
        return sealed_file.seal(files, target, backup_key.load_or_create(data_dir), f"{now:%Y-%m-%d %H:%M:%S}",
                                {"counts": counts(plain)})
    except OSError as exc:
        raise BackupError(f"Chưa sao lưu được vào “{target.parent}”: {reason(exc)}. "
                          "Dữ liệu đang dùng không bị ảnh hưởng.") from exc
    finally:
        with contextlib.suppress(OSError):
            plain.unlink(missing_ok=True)


def make_daily_backup(data_dir: Path, folder: Path, now: datetime, keep: int = DAILY_KEEP) -> Path | None:
    """Today's sealed copy if there is none yet (else None); older daily copies beyond `keep` are removed."""
    target = daily_path(folder, now.date())
    if target.exists():
        return None
    make_sealed(data_dir, target, now, attachments=False)
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
