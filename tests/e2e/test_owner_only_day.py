"""After a day's use every folder and file the program made in the data folder is its owner's
only (0700 folders, 0600 files), whatever the user's umask: slips, forms, exports, backups,
drafts and the error log hold names and ID numbers."""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

import pytest

from desk_app.core.drafts import DraftStore
from tests.conftest import run_cli

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes; on Windows the profile's ACL guards the folder")


@pytest.fixture
def open_umask():
    """The common umask (022: others may read what is made) for this test and its subprocesses."""
    before = os.umask(0o022)
    yield
    os.umask(before)


def loose_modes(folder: Path) -> list[str]:
    """Everything under `folder` that group or others could open, with its mode."""
    found = []
    for path in [folder, *folder.rglob("*")]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        if mode & 0o077:
            found.append(f"{path.relative_to(folder)} {mode:o}")
    return found


def test_a_days_files_are_owner_only(open_umask, tmp_path, isolated_data_dir):
    data = isolated_data_dir

    def cli(*args, **kwargs):
        result = run_cli(*args, data_dir=data, **kwargs)
        assert result.returncode == 0, result.stderr
        return result

    upper = run_cli("district", "init", "--name", "Công an tỉnh Bắc Ninh", data_dir=tmp_path / "district")
    district_key = upper.stdout.splitlines()[0]
    cli("setup", "--unit-code", "CAXTT", "--unit-name", "Công an xã Tân Tiến", "--commander", "Nguyễn Văn Hùng",
        "--district-key", district_key)
    person = {"full_name": "Lê Thị Ánh", "id_number": "001190000321", "procedure": "1.004194"}
    code = json.loads(cli("--json", "register", input=json.dumps(person, ensure_ascii=False)).stdout)["code"]
    cli("print", "slip", code)                                    # print-preview/
    cli("export")                                                 # exports/
    cli("backup")                                                 # backups/
    cli("export-list", "--out", str(data / "danh-sach.xlsx"))     # a spreadsheet the officer saved here
    cli("print", "form", code, "--pdf", str(data / "phieu.pdf"))  # a PDF the officer saved here
    DraftStore(data).save("receive", {"full_name": "Lê Thị Ánh"})  # drafts/

    assert {p.name for p in data.iterdir()} >= {"print-preview", "exports", "backups", "drafts", "keys",
                                                "danh-sach.xlsx", "phieu.pdf"}
    assert loose_modes(data) == []


def test_the_windows_forms_and_error_log_are_owner_only(open_umask, qtbot, desk, commander, clock, monkeypatch):
    from desk_app.printing import open_file
    from desk_app.ui.pages.detail import DetailView
    from desk_app.ui.session import Session
    from desk_app.ui.shell.error_report import ErrorReporter
    from tests.ui.shell_helpers import register

    code = register(desk, commander["id"], "Đỗ Thị Lan", "001190000011", clock.now).code
    monkeypatch.setattr(open_file, "open_with_system", lambda path: None)
    view = DetailView(desk, Session(commander))
    qtbot.addWidget(view)
    view.load(code)
    form = view.print_actions.write_form("receipt")                # forms/
    assert form is not None and form.parent.name == "forms"
    reporter = ErrorReporter(desk.data_dir)
    assert reporter._log("Traceback: Đỗ Thị Lan 001190000011")    # logs/
    assert loose_modes(desk.data_dir) == []
