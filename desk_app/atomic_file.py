"""Write a file so that it either exists complete or not at all (a full disk, a pulled USB stick,
a power cut): the one way the program writes a file another step reads back.

The content goes to an owner-only temporary file in the same folder (hidden, `.NAME.….part`,
unless the caller names it), is flushed to the device (fsync), and only then renamed onto the
final name (os.replace is atomic on one volume); the folder is flushed too, so the rename
itself survives a power cut (POSIX). A failure removes the temporary file when it still can; if
it cannot (the stick is gone), what is left never bears the final name.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import BinaryIO, Callable, TypeVar

from desk_app import owner_only

T = TypeVar("T")


def replace_atomically(path: str | os.PathLike, build: Callable[[Path], T], temp: Path | None = None) -> T:
    """build(temp) writes the whole file at `temp`, an empty owner-only file beside `path`
    (by its name, for a library that wants one); the file then takes `path`'s place."""
    path = Path(path)
    temp = _fresh(path, temp)
    try:
        result = build(temp)
        owner_only.restrict(temp)  # a library may have made the file anew with the umask's mode
        with open(temp, "rb+") as written:  # (Windows flushes only a handle open for writing)
            os.fsync(written.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _fsync_folder(path.parent)
    return result


def write_atomically(path: str | os.PathLike, write: Callable[[BinaryIO], T], temp: Path | None = None) -> T:
    """write(handle) writes the whole file through a binary handle; as replace_atomically."""
    def through_handle(at: Path) -> T:
        with open(at, "wb") as handle:
            return write(handle)

    return replace_atomically(path, through_handle, temp)


def _fresh(path: Path, temp: Path | None) -> Path:
    """An empty temporary file only the owner can open: the one named, or a new hidden one."""
    if temp is None:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)  # mode 0600
        os.close(fd)
        return Path(name)
    temp.unlink(missing_ok=True)  # a leftover may have an older, wider mode
    owner_only.create_file(temp)
    return temp


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
