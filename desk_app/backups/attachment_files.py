"""The attachments' files in a sealed backup: each under its hash-name with a prefix (the
backup holds files side by side, no folders), put back into the data folder's attachments/
on restore. A file already there under its hash is the same file and stays."""

from __future__ import annotations

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


def opened(work: Path, data_dir: Path) -> list[tuple[Path, Path]]:
    """The attachments opened from a backup into `work`, each with its place in the data folder
    (made owner-only if missing) where the restore moves it."""
    found = [path for path in sorted(Path(work).glob(PREFIX + "*")) if _NAME.fullmatch(path.name[len(PREFIX):])]
    if not found:
        return []
    folder = owner_only.make_dir(paths.attachments_dir(Path(data_dir)))
    return [(path, folder / path.name[len(PREFIX):]) for path in found]
