"""Unsaved form drafts: a JSON file per form in the data folder, so a crash or a closed
window never loses what the officer typed. Written atomically (desk_app/atomic_file.py)."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from desk_app import owner_only
from desk_app.atomic_file import write_atomically

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
        text = json.dumps(data, ensure_ascii=False)
        write_atomically(self.path(name), lambda handle: handle.write(text.encode("utf-8")))

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
