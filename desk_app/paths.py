"""Where files live: one module owns every path, with a dev/test override."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desk_app import owner_only

APP_NAME = "desk-app"
ENV_DATA_DIR = "DESK_APP_DATA_DIR"
DB_FILENAME = "desk.sqlite3"

# The repository root (editable install) or the bundle root (frozen build).
PROJECT_ROOT = Path(__file__).resolve().parent.parent


def data_dir(override: str | os.PathLike | None = None) -> Path:
    """The data folder: --data-dir, else $DESK_APP_DATA_DIR, else the user data folder."""
    chosen = override or os.environ.get(ENV_DATA_DIR)
    path = Path(chosen) if chosen else user_data_folder()
    return owner_only.make_dir(path)


def user_data_folder(platform: str = sys.platform, env=os.environ, home: Path | None = None) -> Path:
    """The per-user data folder the system expects (the same places platformdirs uses):
    %LOCALAPPDATA%\\desk-app on Windows, ~/Library/Application Support/desk-app on macOS,
    $XDG_DATA_HOME/desk-app or ~/.local/share/desk-app elsewhere."""
    home = home or Path.home()
    if platform == "win32":
        return Path(env.get("LOCALAPPDATA") or home / "AppData" / "Local") / APP_NAME
    if platform == "darwin":
        return home / "Library" / "Application Support" / APP_NAME
    xdg = env.get("XDG_DATA_HOME", "").strip()
    return (Path(xdg) if xdg and os.path.isabs(xdg) else home / ".local" / "share") / APP_NAME


def db_path(folder: Path) -> Path:
    return folder / DB_FILENAME


def backups_dir(folder: Path) -> Path:
    """Where copies of the database go; made by the first copy (db/file_copy.py, backups/copies.py), not before."""
    return folder / "backups"


def attachments_dir(folder: Path) -> Path:
    """The scans and PDFs attached to dossiers, named by their SHA-256 (core/attachment_files.py)."""
    return folder / "attachments"


def unit_key_path(folder: Path) -> Path:
    """The unit's sync key pair (sync/keys.py); a backup carries it along."""
    return folder / "keys" / "unit.key"


def assets_dir() -> Path:
    """The checkout's (or the bundle's) assets/, else the copy a wheel installs under the prefix."""
    beside = PROJECT_ROOT / "assets"
    if beside.is_dir():
        return beside
    return Path(sys.prefix) / "share" / APP_NAME / "assets"


def asset(*parts: str) -> Path:
    return assets_dir().joinpath(*parts)
