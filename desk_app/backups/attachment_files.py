"""The attachments' files in a sealed backup: each under its hash-name with a prefix (the
backup holds files side by side, no folders), put back into the data folder's attachments/
on restore. A file already there under its hash is the same file and stays."""

from __future__ import annotations

import os
import re
from pathlib import Path

from desk_app import owner_only, paths

PREFIX = "attachment-"
_NAME = re.compile(r"[0-9a-f]{64}\.pdf")


def to_seal(data_dir: Path) -> list[tuple[str, Path]]:
    folder = paths.attachments_dir(Path(data_dir))
    if not folder.is_dir():
        return []
    return [(PREFIX + path.name, path) for path in sorted(folder.iterdir()) if _NAME.fullmatch(path.name)]


def put_back(work: Path, data_dir: Path) -> int:
    """The attachments opened from a backup into `work`, moved into the data folder; how many."""
    found = [path for path in Path(work).glob(PREFIX + "*") if _NAME.fullmatch(path.name[len(PREFIX):])]
    if not found:
        return 0
    folder = owner_only.make_dir(paths.attachments_dir(Path(data_dir)))
    for path in found:
        os.replace(path, folder / path.name[len(PREFIX):])
    return len(found)
