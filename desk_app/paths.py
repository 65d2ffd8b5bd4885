"""Where files live: one module owns every path, with a dev/test override."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "desk-app"
ENV_DATA_DIR = "DESK_APP_DATA_DIR"
DB_FILENAME = "desk.sqlite3"

# The repository root (editable install) or the bundle root (frozen build).
PROJECT_ROOT = Path(__file__).resolve().parent.parent


def data_dir(override: str | os.PathLike | None = None) -> Path:
    """The data folder: --data-dir, else $DESK_APP_DATA_DIR, else the user data folder."""
    chosen = override or os.environ.get(ENV_DATA_DIR)
    path = Path(chosen) if chosen else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def db_path(folder: Path) -> Path:
    return folder / DB_FILENAME


def backups_dir(folder: Path) -> Path:
    path = folder / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def assets_dir() -> Path:
    return PROJECT_ROOT / "assets"


def asset(*parts: str) -> Path:
    return assets_dir().joinpath(*parts)
