"""The whole window at 125 % (Windows' usual setting on a small laptop): on a 1366×768 screen Qt
gives it 1093×614 of its own pixels. No page, nor an open dossier, cuts a label, a button, a tab,
a page's name or a code there, in either language; every page fits (it scrolls where short).
QT_SCALE_FACTOR is read when the application starts: the check runs in a process of its own."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta

from tests.conftest import REPO_ROOT
from tests.ui.shell_helpers import register

AT_125 = """
import sys
from PySide6.QtWidgets import QApplication

from desk_app.app import Desk
from desk_app.ui.i18n import install_translator
from desk_app.ui.qt_app import delete_now, make_app
from desk_app.ui.session import Session
from desk_app.ui.shell.main_window import MainWindow
from tests.ui.clipping import clipped_texts

SCREEN = (round(1366 / 1.25), round(768 / 1.25))
app = make_app([])
desk = Desk.open(sys.argv[1])
commander = desk.officers.resolve(None)
found = []


def settle():
    for _ in range(4):
        QApplication.processEvents()


for language in ("vi", "en"):
    translator = install_translator(app, language) if language == "en" else None
    window = MainWindow(desk, Session(commander))
    window.idle.set_minutes(0)
    window.show()
    window.resize(*SCREEN)
    settle()
    for key in window.page_keys:
        window.go(key)
        settle()
        found += [f"[{language} {key}] {cut}" for cut in clipped_texts(window)]
    window.show_queue("all")
    window.queue_view.table.selectRow(0)
    window.dossiers_page.show_detail()
    settle()
    found += [f"[{language} dossier] {cut}" for cut in clipped_texts(window)]
    hint = window.minimumSizeHint()
    if hint.width() > SCREEN[0] or hint.height() > SCREEN[1]:
        found.append(f"[{language}] the window needs {hint.width()}x{hint.height()}, the screen has {SCREEN}")
    if window.width() > SCREEN[0] or window.height() > SCREEN[1]:
        found.append(f"[{language}] the window is {window.width()}x{window.height()}")
    window.stop_work()
    window.close()
    delete_now(window)
    if translator is not None:
        app.removeTranslator(translator)
desk.close()
print("\\n".join(found) or "whole", flush=True)
"""


def test_nothing_is_cut_at_125_percent_on_a_1366_screen(desk, commander, clock):
    for i in range(4):
        register(desk, commander["id"], f"Nguyễn Thị Bích Ngọc {i}", f"00119001235{i}", clock.now - timedelta(hours=i),
                 phone="0912345678")
    folder = str(desk.data_dir)
    desk.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "1.25"}
    ran = subprocess.run([sys.executable, "-c", AT_125, folder], capture_output=True, text=True, env=env,
                         cwd=REPO_ROOT, timeout=240)
    assert ran.returncode == 0, ran.stderr[-3000:]
    assert ran.stdout.strip() == "whole", ran.stdout
