"""The window program closes cleanly. Qt objects left to the interpreter's exit are destroyed
in no set order, some after QApplication, and a focused widget deleted while Python still
follows the focus is handed to Python half-destroyed: either crashed the program as it closed
(a segmentation fault, seen in CI and at every start of the launch benchmark)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import REPO_ROOT

QUIT_AS_SOON_AS_SHOWN = """
import gc
import sys

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer

from desk_app.__main__ import open_window

def on_duty(desk, app):
    from desk_app.ui.session import Session

    QTimer.singleShot(0, app.quit)  # as the launch benchmark does: the focus is still in the form
    return Session(desk.officers.resolve(None))

code = open_window(sys.argv[1], login=on_duty)
app = QCoreApplication.instance()
# (the translators are the application's children: Qt deletes them with it, in its own order)
left = sorted(type(o).__name__ for o in gc.get_objects()
              if isinstance(o, QObject) and shiboken6.isValid(o) and o.parent() is not app)
print("left:", " ".join(left), flush=True)
sys.exit(code)
"""


def test_the_program_closes_cleanly_with_nothing_but_the_application_left(desk, commander):
    folder = str(desk.data_dir)
    desk.close()
    for _ in range(3):
        ran = subprocess.run([sys.executable, "-c", QUIT_AS_SOON_AS_SHOWN, folder], capture_output=True, text=True,
                             env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=60)
        assert ran.returncode == 0, ran.stderr[-2000:]
        assert ran.stdout.strip() == "left: QApplication"


CLOSES = 30
AT_ONCE = 3  # programs running side by side: 30 sessions in well under a minute on two cores


@pytest.mark.slow
def test_after_a_working_session_the_program_closes_cleanly_30_times_in_a_row(desk, tmp_path):
    """Receive a dossier (its slip printed to the preview printer), search, open it, print it
    again, lock and unlock, move the focus about, then close: every close ends with exit code 0.
    Closes used to abort with "Fatal Python error: bool_dealloc" (see test_binding_references)."""
    desk.close()
    folders = []
    for number in range(CLOSES):  # each session on its own copy of the set-up desk
        folders.append(tmp_path / f"session{number}")
        shutil.copytree(desk.data_dir, folders[-1])
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    failures = []
    for start in range(0, CLOSES, AT_ONCE):
        sessions = [subprocess.Popen([sys.executable, "-m", "tests.ui.working_session", str(folder)], cwd=REPO_ROOT,
                                     env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                    for folder in folders[start:start + AT_ONCE]]
        for number, session in enumerate(sessions, start):
            out, err = session.communicate(timeout=120)
            if session.returncode != 0 or "Fatal Python error" in err or "moved the focus" not in out:
                said = "".join(line for line in err.splitlines(keepends=True) if not line.startswith("This plugin"))
                failures.append(f"close {number + 1}: exit code {session.returncode}\n{out}{said[-1500:]}")
    assert not failures, f"{len(failures)} of {CLOSES} closes failed; the first:\n" + "\n".join(failures[:2])
