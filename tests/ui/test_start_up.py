"""Starting the window program: a desk that cannot open says why in a message box (a windowed
program has no console) and leaves the file as it was; the collector is back on however it ends."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QMessageBox

from desk_app.ui import main


def shown_messages(monkeypatch) -> list[str]:
    messages = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text, *a, **k: messages.append(text))
    return messages


def test_a_corrupt_database_is_explained_and_left_untouched(qtbot, tmp_path, monkeypatch):
    messages = shown_messages(monkeypatch)
    damaged = tmp_path / "desk.sqlite3"
    damaged.write_bytes(b"not a database, a half-copied file " * 100)
    before = damaged.read_bytes()
    assert main.run(str(tmp_path)) == 1
    assert len(messages) == 1 and "bị hỏng" in messages[0] and "không bị thay đổi" in messages[0]
    from desk_app.db.file_check import damaged_message

    assert messages[0].startswith(damaged_message(damaged))  # the same text as the CLI's
    assert damaged.read_bytes() == before


def test_another_programs_database_is_explained_and_left_untouched(qtbot, tmp_path, monkeypatch):
    messages = shown_messages(monkeypatch)
    foreign = tmp_path / "desk.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    before = foreign.read_bytes()
    assert main.run(str(tmp_path)) == 1
    assert len(messages) == 1 and "chương trình khác" in messages[0]
    assert foreign.read_bytes() == before


def test_a_database_from_a_newer_version_is_explained(qtbot, tmp_path, monkeypatch):
    messages = shown_messages(monkeypatch)
    from desk_app.db.connection import open_database

    open_database(tmp_path / "desk.sqlite3").close()
    conn = sqlite3.connect(tmp_path / "desk.sqlite3")
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('desk_app', '9999_x', 'x')")
    conn.commit()
    conn.close()
    assert main.run(str(tmp_path)) == 1
    assert "phiên bản desk_app mới hơn" in messages[0]


def test_the_collector_is_back_on_whatever_way_the_window_program_ends(qtbot, tmp_path, monkeypatch):
    import gc

    from desk_app.__main__ import open_window

    shown_messages(monkeypatch)
    assert open_window(str(tmp_path), login=lambda desk, app: None) == 0  # the officer quits at login
    assert gc.isenabled()
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "desk.sqlite3").write_bytes(b"not a database " * 100)
    assert open_window(str(tmp_path / "broken")) == 1
    assert gc.isenabled()


def test_the_desk_opens_through_the_program_and_collecting_resumes_once_it_is_shown(desk, commander):
    """The whole window program, in its own process (its event loop ends the application)."""
    import os
    import subprocess
    import sys

    script = """
import gc, sys
from desk_app.__main__ import open_window

def on_duty(desk, app):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from desk_app.ui.shell.main_window import MainWindow
    from desk_app.ui.session import Session
    print("collecting during start-up:", gc.isenabled())
    def look():
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        print("collecting once shown:", gc.isenabled(), "windows:", len(shown), shown[0].windowTitle())
        app.quit()
    QTimer.singleShot(100, look)
    return Session(desk.officers.resolve(None))

code = open_window(sys.argv[1], login=on_duty)
print("exit:", code, "collecting after:", gc.isenabled())
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", script, str(desk.data_dir)], capture_output=True, text=True,
                         env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == [
        "collecting during start-up: False",
        "collecting once shown: True windows: 1 Công an xã Tân Tiến",
        "exit: 0 collecting after: True",
    ]
