"""A wheel (pip install without -e) carries what the app reads from assets/."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from desk_app import paths

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.skipif(os.name == "nt", reason="Windows ships the PyInstaller bundle, not a wheel (and its embeddable Python has no pip)")
def test_the_wheel_carries_every_asset_the_app_reads(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(tmp_path), str(ROOT)],
                   check=True, capture_output=True)
    wheel = next(tmp_path.glob("desk_app-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    shared = {n.split("/share/desk-app/assets/", 1)[1] for n in names if "/share/desk-app/assets/" in n}
    needed = {"catalog/procedures.json", "calendar/holiday_overrides.json", "translations/desk_app_en.qm", "translations/qt_vi.qm",
              "fonts/OFL.txt", *(f"fonts/{f.name}" for f in (ROOT / "assets" / "fonts").glob("*.ttf")),
              "icons/LICENSE-phosphor.txt", *(f"icons/{f.name}" for f in (ROOT / "assets" / "icons").glob("*.svg"))}
    assert needed <= shared
    assert "desk_app/paths.py" in names


def test_installed_assets_are_found_under_the_prefix(tmp_path, monkeypatch):
    assert paths.assets_dir() == ROOT / "assets"  # a checkout uses its own folder
    monkeypatch.setattr(paths, "PROJECT_ROOT", tmp_path / "site-packages")
    monkeypatch.setattr(sys, "prefix", str(tmp_path / "venv"))
    assert paths.asset("catalog", "procedures.json") == tmp_path / "venv/share/desk-app/assets/catalog/procedures.json"
