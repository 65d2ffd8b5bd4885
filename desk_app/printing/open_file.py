"""Open a file (a PDF) with the system's viewer, which can also print it on the A4 printer."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


class OpenFileError(OSError):
    """The system has no viewer for the file; the message is for the officer."""


def viewer_command(path: Path, platform: str = sys.platform) -> list[str] | None:
    """The command that opens path on this platform (None on Windows: os.startfile)."""
    if platform.startswith("win"):
        return None
    if platform == "darwin":
        return ["open", str(path)]
    return ["xdg-open", str(path)]


def open_with_system(path: str | os.PathLike) -> None:
    """Hand the file to the system viewer and return at once (the viewer runs on its own)."""
    target = Path(path)
    if not target.is_file():
        raise OpenFileError(f"Không tìm thấy tệp “{target}”.")
    command = viewer_command(target)
    try:
        if command is None:
            os.startfile(str(target))  # type: ignore[attr-defined]  # Windows only
        else:
            subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    except OSError as exc:
        raise OpenFileError(f"Không mở được “{target.name}”: máy chưa có chương trình xem PDF ({exc.strerror or exc}).") \
            from exc
