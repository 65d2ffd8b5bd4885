"""A crash in native code (no Python exception to catch) leaves the stack of every thread in
logs/desk-app-crash.log in the data folder: a real second process, crashed for real."""

from __future__ import annotations

import os
import subprocess
import sys

CRASH = """
import faulthandler, sys
from desk_app.ui.shell.error_report import ErrorReporter
reporter = ErrorReporter(sys.argv[1]).install()
def inside_the_window():
    faulthandler._sigsegv()
inside_the_window()
"""


def test_a_native_crash_is_written_to_the_data_folder(tmp_path):
    crashed = subprocess.run([sys.executable, "-c", CRASH, str(tmp_path)], capture_output=True, text=True,
                             env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=60)
    assert crashed.returncode != 0
    log = (tmp_path / "logs" / "desk-app-crash.log").read_text(encoding="utf-8")
    assert "desk-app started" in log and "Fatal Python error: Segmentation fault" in log
    assert "inside_the_window" in log  # the Python stack at the crash
    if os.name == "posix":
        assert (tmp_path / "logs" / "desk-app-crash.log").stat().st_mode & 0o077 == 0  # a stack may quote a citizen
