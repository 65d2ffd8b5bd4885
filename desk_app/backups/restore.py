"""Putting a sealed backup back: checked whole first (in a folder beside the database), the
current database kept as a sealed copy, then each file replaced by a rename, which is atomic:
a restore cut off before the database's rename leaves the previous database as it was."""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable

from desk_app import owner_only, paths
from desk_app.backups import attachment_files, copies, sealed_file
from desk_app.backups import key as backup_key
from desk_app.backups.sealed_file import BackupFileError
from desk_app.db.file_check import is_desk_database
from desk_app.db.file_copy import SEALED, counts, stamped_path

WORK_FOLDER = "restore.partial"


class PassphraseNeeded(BackupFileError):
    """The backup was sealed with a key this data folder does not hold: ask for the passphrase."""


@dataclass
class Checked:
    created_at: str
    counts: dict
    has_unit_key: bool


@dataclass
class Restored(Checked):
    kept: Path | None  # the sealed copy of the database it replaced


def _key(header: dict, data_dir: Path, passphrase: str | None) -> tuple[bytes, bool]:
    """The key that opens this backup, and whether it came from the passphrase (a new PC)."""
    local = backup_key.load(data_dir)
    if local is not None and local.key_id() == header.get("key_id"):
        return local.key, False
    wrapped = header.get("wrapped_key")
    if not wrapped:
        raise BackupFileError("Bản sao lưu này được tạo khi đơn vị chưa đặt cụm mật khẩu khôi phục: chỉ mở được "
                              "trên máy đã tạo ra nó (thư mục dữ liệu có khóa sao lưu).")
    if not passphrase:
        raise PassphraseNeeded("Máy này không có khóa của bản sao lưu: cần cụm mật khẩu khôi phục của đơn vị.")
    key = backup_key.unwrap(wrapped, passphrase)
    if backup_key.BackupKey(key, None).key_id() != header.get("key_id"):
        raise BackupFileError("Khóa bọc trong bản sao lưu không khớp (tệp bị sửa?): không dùng được.")
    return key, True


def _open_into(path: Path, data_dir: Path, passphrase: str | None, into: Path) -> tuple[Checked, bytes, bool]:
    header = sealed_file.read_header(path).header
    key, from_passphrase = _key(header, data_dir, passphrase)
    sealed_file.open_sealed(path, key, into)
    database = into / "desk.sqlite3"
    if not database.exists():
        raise BackupFileError("Bản sao lưu không có cơ sở dữ liệu bên trong.")
    if not is_desk_database(database):
        raise BackupFileError("Cơ sở dữ liệu trong bản sao lưu không đọc được: không dùng được.")
    checked = Checked(str(header.get("created_at", "")), counts(database), (into / "unit.key").exists())
    return checked, key, from_passphrase


def verify(path: Path, data_dir: Path, passphrase: str | None = None) -> Checked:
    """Open the whole backup and check it, keeping nothing (BackupFileError says what is wrong)."""
    work = Path(data_dir) / WORK_FOLDER
    shutil.rmtree(work, ignore_errors=True)
    try:
        return _open_into(Path(path), Path(data_dir), passphrase, work)[0]
    finally:
        shutil.rmtree(work, ignore_errors=True)


def restore(path: Path, data_dir: Path, passphrase: str | None, now: datetime,
            close_database: Callable[[], None]) -> Restored:
    """Check the backup whole, keep the current database as a sealed copy, close it, then
    replace the database and the unit's sync key by renames. Nothing changes if the backup is refused."""
    data_dir = Path(data_dir)
    work = data_dir / WORK_FOLDER
    shutil.rmtree(work, ignore_errors=True)
    try:
        checked, key, from_passphrase = _open_into(Path(path), data_dir, passphrase, work)
        database = paths.db_path(data_dir)
        kept = None
        if database.exists():
            kept = copies.make_sealed(data_dir, stamped_path(paths.backups_dir(data_dir), now, "before-restore", SEALED),
                                      now, attachments=False)  # the files stay where they are
        close_database()
        for leftover in (database.with_name(database.name + "-wal"), database.with_name(database.name + "-shm")):
            leftover.unlink(missing_ok=True)  # the closed database's: never to be read with the new one
        os.replace(work / "desk.sqlite3", database)
        if checked.has_unit_key:
            owner_only.make_dir(paths.unit_key_path(data_dir).parent)
            os.replace(work / "unit.key", paths.unit_key_path(data_dir))
        for opened, place in attachment_files.opened(work, data_dir):  # the scans, named by their hash
            os.replace(opened, place)
        if from_passphrase:  # a new PC: its backups go on with the unit's key and passphrase
            header = sealed_file.read_header(Path(path)).header
            backup_key.save(data_dir, backup_key.BackupKey(key, header.get("wrapped_key")))
        return Restored(checked.created_at, checked.counts, checked.has_unit_key, kept)
    finally:
        with contextlib.suppress(OSError):
            shutil.rmtree(work, ignore_errors=True)
