"""The window program closes cleanly. Qt objects left to the interpreter's exit are destroyed
in no set order, some after QApplication, and a focused widget deleted while Python still
follows the focus is handed to Python half-destroyed: either crashed the program as it closed
(a segmentation fault, seen in CI and at every start of the launch benchmark)."""

from __future__ import annotations

import os
import subprocess
import sys

QUIT_AS_SOON_AS_SHOWN = """
import gc
import sys

import shiboken6
from PySide6.QtCore import QObject, QTimer

from desk_app.__main__ import open_window

def on_duty(desk, app):
    from desk_app.ui.session import Session

    QTimer.singleShot(0, app.quit)  # as the launch benchmark does: the focus is still in the form
    return Session(desk.officers.resolve(None))

code = open_window(sys.argv[1], login=on_duty)
left = sorted(type(o).__name__ for o in gc.get_objects() if isinstance(o, QObject) and shiboken6.isValid(o))
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
