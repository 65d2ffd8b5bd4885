"""Unsaved form drafts: a JSON file per form in the data folder, so a crash or a closed
window never loses what the officer typed. Written atomically (temp file + os.replace)."""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

from desk_app import owner_only

DRAFTS_FOLDER = "drafts"


class DraftStore:
    def __init__(self, data_dir: str | os.PathLike):
        self.folder = Path(data_dir) / DRAFTS_FOLDER

    def path(self, name: str) -> Path:
        if not re.fullmatch(r"[a-z0-9_-]+", name):
            raise ValueError(f"bad draft name {name!r}")
        return self.folder / f"{name}.json"

    def save(self, name: str, data: dict) -> None:
        owner_only.make_dir(self.folder)  # drafts hold what an officer typed: names, ID numbers
        target = self.path(name)
        fd, temp = tempfile.mkstemp(prefix=f".{name}-", suffix=".tmp", dir=self.folder)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle, ensure_ascii=False)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise

    def load(self, name: str) -> dict | None:
        """The draft, or None; a damaged file is kept aside (never silently deleted)."""
        target = self.path(name)
        try:
            data = json.loads(target.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            target.replace(target.with_suffix(".damaged"))
            return None
        return data if isinstance(data, dict) else None

    def clear(self, name: str) -> None:
        self.path(name).unlink(missing_ok=True)
