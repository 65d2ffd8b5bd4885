"""Write a file so that it either exists complete or not at all (full disk, pulled USB stick).

The bytes go to a hidden `.NAME.part` file in the same folder, are flushed to the device
(fsync), and only then renamed onto the final name (os.replace is atomic on one volume).
A failure removes the temporary file when it still can; if it cannot (the stick is gone),
what is left is named `.part`, never the final name, and is truncated, which the importer
detects anyway.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import BinaryIO, Callable, TypeVar

from desk_app import owner_only

T = TypeVar("T")


def temp_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.part")


def write_atomically(path: Path, write: Callable[[BinaryIO], T]) -> T:
    temp = temp_path(path)
    try:
        with owner_only.open_new(temp) as handle:  # the file may hold citizens' data
            result = write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _fsync_folder(path.parent)
    return result


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles for this."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
