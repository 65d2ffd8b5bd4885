"""Where the desk finds Tesseract, and what Settings is told of it."""

from __future__ import annotations

import stat
import sys

import pytest

from desk_app.core import ocr


@pytest.fixture(autouse=True)
def fresh_lookup():
    ocr.program.cache_clear()
    ocr.available.cache_clear()
    yield
    ocr.program.cache_clear()
    ocr.available.cache_clear()


def _fake_tesseract(folder, languages: list[str]):
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / "tesseract"
    script.write_text("#!/bin/sh\necho 'List of available languages (2):'\n"
                      + "".join(f"echo {lang}\n" for lang in languages))
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands in for tesseract")
def test_tesseract_without_the_vietnamese_data_is_told_apart_from_none(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    assert ocr.state() == "missing"
    ocr.program.cache_clear()
    _fake_tesseract(tmp_path / "bin", ["eng", "osd"])
    assert ocr.state() == "no_language" and not ocr.available()
    ocr.program.cache_clear()
    ocr.available.cache_clear()
    _fake_tesseract(tmp_path / "bin", ["eng", "vie"])
    assert ocr.state() == "ready"


def test_on_windows_the_setups_own_folder_is_looked_in(tmp_path, monkeypatch):
    """The UB Mannheim setup installs into Program Files without touching the PATH."""
    installed = tmp_path / "Program Files" / "Tesseract-OCR"
    installed.mkdir(parents=True)
    (installed / "tesseract.exe").write_bytes(b"MZ")
    monkeypatch.setattr(ocr.shutil, "which", lambda _name: None)
    monkeypatch.setenv("ProgramFiles", str(tmp_path / "Program Files"))
    monkeypatch.delenv("ProgramFiles(x86)", raising=False)
    assert ocr.find_program(windows=True) == str(installed / "tesseract.exe")
    assert ocr.find_program(windows=False) is None
