"""One window per data folder: a second start brings the open window forward and quits, without
opening the database; a lock left by a program that died does not stop the next start."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtWidgets import QMessageBox

from desk_app.ui import main
from desk_app.ui.shell.single_instance import LOCK_NAME, SingleInstance

QT_ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def test_a_folder_has_one_holder_until_it_lets_go(qtbot, tmp_path):
    first, second = SingleInstance(tmp_path / "a"), SingleInstance(tmp_path / "a")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert first.acquire()
    assert not second.acquire()
    assert SingleInstance(tmp_path / "b").acquire()  # another data folder is another desk
    first.release()
    assert second.acquire()
    second.release()


def test_a_lock_left_by_a_program_that_died_does_not_stop_the_next_start(qtbot, tmp_path):
    script = ("import os, sys\nfrom desk_app.ui.shell.single_instance import SingleInstance\n"
              "held = SingleInstance(sys.argv[1])\nassert held.acquire()\nos._exit(3)  # no clean-up, as in a crash\n")
    died = subprocess.run([sys.executable, "-c", script, str(tmp_path)], env=QT_ENV, timeout=60)
    assert died.returncode == 3
    assert (tmp_path / LOCK_NAME).exists()
    assert SingleInstance(tmp_path).acquire()


def test_a_second_start_while_nothing_answers_says_the_desk_is_open_and_opens_nothing(qtbot, tmp_path, monkeypatch):
    messages = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text, *a, **k: messages.append(text))
    holder = SingleInstance(tmp_path)
    assert holder.acquire()  # a window still at its login: it does not listen yet
    assert main.run(str(tmp_path), login=lambda desk, app: messages.append("login asked")) == 0
    assert len(messages) == 1 and "đang mở trên máy này" in messages[0]
    assert not (tmp_path / "desk.sqlite3").exists()
    holder.release()


FIRST_WINDOW = """
import sys
from desk_app.__main__ import open_window

def on_duty(desk, app):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from desk_app.ui.shell.main_window import MainWindow
    from desk_app.ui.session import Session

    def minimise():
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        window.showMinimized()
        print("minimised:", window.isMinimized(), flush=True)

        def watch():
            if not window.isMinimized():
                print("brought forward", flush=True)
                app.quit()
        timer = QTimer(window, interval=20)
        timer.timeout.connect(watch)
        timer.start()
    QTimer.singleShot(200, minimise)
    return Session(desk.officers.resolve(None))

sys.exit(open_window(sys.argv[1], login=on_duty))
"""


def test_starting_the_program_again_brings_the_open_window_forward(desk, commander):
    folder = str(desk.data_dir)
    desk.close()
    with subprocess.Popen([sys.executable, "-c", FIRST_WINDOW, folder], stdout=subprocess.PIPE, text=True,
                          env=QT_ENV) as first:
        try:
            assert first.stdout.readline().strip() == "minimised: True"
            again = subprocess.run([sys.executable, "-m", "desk_app", "--data-dir", folder], env=QT_ENV,
                                   capture_output=True, text=True, timeout=60)
            assert again.returncode == 0, again.stderr
            assert first.stdout.readline().strip() == "brought forward"
            assert first.wait(timeout=60) == 0
        finally:
            first.kill()
    assert SingleInstance(folder).acquire()  # let go when the window closed
