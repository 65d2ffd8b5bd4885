"""The demo's private file: the desk held by this process alone for the length of the demo,
copied into a folder beside it, written there, and put in the desk's place by one rename (as
a restore does, backups/restore.py). A demo cut short (an error, Ctrl+C, kill -9, a power cut)
leaves the desk as it was; what it had written is thrown away at the next demo."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from desk_app import owner_only

WORK_FOLDER = "demo.partial"
# How long to wait for a command that has the desk open for a moment, before refusing.
WAIT_SECONDS = 2


class DeskInUse(RuntimeError):
    """Another program (the window, another command) has the desk open."""


IN_USE = ("Bộ phận một cửa đang mở trên máy này (cửa sổ chương trình hoặc một lệnh khác đang dùng dữ liệu). "
          "Hãy đóng chương trình rồi chạy lại lệnh tạo dữ liệu mẫu. Chưa tạo gì, dữ liệu không thay đổi.")


@contextmanager
def held_alone(database: Path) -> Iterator[sqlite3.Connection]:
    """The desk's file locked for this connection alone (SQLite's exclusive locking mode): no
    other program can read or write it until the block ends. DeskInUse when one has it open."""
    conn = sqlite3.connect(str(database), timeout=WAIT_SECONDS, isolation_level=None)
    try:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")  # kept after the COMMIT, in this locking mode
        conn.execute("COMMIT")
    except sqlite3.OperationalError as exc:
        conn.close()
        raise DeskInUse(IN_USE) from exc
    try:
        yield conn
    finally:
        conn.close()  # (the last connection: SQLite folds the WAL back into the file and removes it)


def private_copy(conn: sqlite3.Connection, data_dir: Path) -> Path:
    """A copy of the held desk in the work folder (what an earlier demo left there is removed)."""
    work = Path(data_dir) / WORK_FOLDER
    shutil.rmtree(work, ignore_errors=True)
    owner_only.make_dir(work)
    target = work / "desk.sqlite3"
    owner_only.create_file(target)  # the copy is as private as the desk
    copy = sqlite3.connect(str(target))
    try:
        conn.backup(copy)
    finally:
        copy.close()
    return target


def discard(data_dir: Path) -> None:
    shutil.rmtree(Path(data_dir) / WORK_FOLDER, ignore_errors=True)


def put_in_place(private: Path, database: Path) -> None:
    """The written copy on the disk, then renamed onto the desk's file (atomic on one volume).
    The desk's WAL files are removed first: never to be read with the new file."""
    with open(private, "rb+") as handle:
        os.fsync(handle.fileno())
    for leftover in (database.with_name(database.name + "-wal"), database.with_name(database.name + "-shm")):
        leftover.unlink(missing_ok=True)
    os.replace(private, database)
    _fsync_folder(database.parent)
    discard(database.parent)


def _fsync_folder(folder: Path) -> None:
    """The rename itself on the disk (POSIX); Windows has no folder handles for this."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
