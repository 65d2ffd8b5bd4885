"""The data folder: an explicit choice wins, else the user data folder of each system."""

from __future__ import annotations

import sys
from pathlib import Path

from desk_app import paths


def test_user_data_folder_on_each_system():
    home = Path("/home/an")
    assert paths.user_data_folder("linux", {}, home) == home / ".local/share/desk-app"
    assert paths.user_data_folder("linux", {"XDG_DATA_HOME": "/data/xdg"}, home) == Path("/data/xdg/desk-app")
    assert paths.user_data_folder("linux", {"XDG_DATA_HOME": "relative"}, home) == home / ".local/share/desk-app"
    assert paths.user_data_folder("darwin", {}, home) == home / "Library/Application Support/desk-app"
    assert paths.user_data_folder("win32", {"LOCALAPPDATA": "/c/Users/an/AppData/Local"}, home) == \
        Path("/c/Users/an/AppData/Local/desk-app")
    assert paths.user_data_folder("win32", {}, home) == home / "AppData/Local/desk-app"


def test_explicit_folder_wins_and_is_created(tmp_path, monkeypatch):
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(tmp_path / "from-env"))
    assert paths.data_dir() == tmp_path / "from-env" and (tmp_path / "from-env").is_dir()
    assert paths.data_dir(tmp_path / "given") == tmp_path / "given"
    monkeypatch.delenv(paths.ENV_DATA_DIR)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    if sys.platform.startswith("linux"):
        assert paths.data_dir() == tmp_path / "xdg" / "desk-app"
