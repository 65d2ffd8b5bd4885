"""The citizen screen on a second monitor: Qt's offscreen platform given two screens (a JSON
screen configuration), in a subprocess since the platform is chosen when Qt starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from tests.conftest import REPO_ROOT

SCREENS = {"screens": [
    {"name": "DISPLAY1", "x": 0, "y": 0, "width": 1280, "height": 800, "logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1},
    {"name": "DISPLAY2", "x": 1280, "y": 0, "width": 1920, "height": 1080, "logicalDpiX": 96, "logicalDpiY": 96,
     "dpr": 1},
]}

SCRIPT = textwrap.dedent("""
    import json, sys
    from datetime import datetime
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from desk_app.app import Desk
    from desk_app.core.registration import dossier_input_from_dict
    from desk_app.ui.session import Session
    from desk_app.ui.shell.main_window import MainWindow

    app = QApplication([])
    desk = Desk.open(sys.argv[1], clock=lambda: datetime(2026, 11, 23, 9, 0))
    desk.first_run({"code": "CAXTT", "name": "Công an xã Tân Tiến", "survey_url": "https://khaosat.example.vn"},
                   commander_name="Nguyễn Văn Hùng", commander_pin="4826")
    officer = desk.officers.resolve(None)
    window = MainWindow(desk, Session(officer))
    window.show()
    link = window.citizen_link
    app.processEvents()
    out = {"screens": [s.name() for s in app.screens()], "primary": app.primaryScreen().name(),
           "window_screen": window.screen().name(), "citizen_screen": link.citizen.screen().name(),
           "full_screen": link.citizen.isFullScreen(), "visible_idle": link.citizen.isVisible(),
           "geometry": list(link.citizen.geometry().getRect()),
           "survey_qr": link.screen.survey_qr.isVisibleTo(link.screen)}
    visit = desk.visits.record({"full_name": "Lê Thị Hoa", "kind": "inquiry", "summary": "Hỏi"}, officer["id"])
    window.go("visits")
    window.visit_form.saved.emit(visit["id"])
    app.processEvents()
    QTest.mouseClick(link.screen.level_buttons["unsatisfied"], Qt.MouseButton.LeftButton)
    QTest.mouseClick(link.screen.reason_buttons["attitude"], Qt.MouseButton.LeftButton)
    out["ratings"] = [(r["level"], r["reason"], r["step"]) for r in desk.ratings.of_visit(visit["id"])]
    out["state"] = link.screen.state
    print(json.dumps(out))
    window.stop_work()
    window.deleteLater()
    app.processEvents()
    desk.close()
""")


def test_full_screen_on_the_second_monitor(tmp_path):
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "data")], capture_output=True, text=True,
                            encoding="utf-8", env=env, cwd=REPO_ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "requestActivate" not in result.stderr  # the citizen's window is never asked to take the keyboard
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["screens"] == ["DISPLAY1", "DISPLAY2"] and out["primary"] == "DISPLAY1"
    assert out["window_screen"] == "DISPLAY1" and out["citizen_screen"] == "DISPLAY2"
    assert out["full_screen"] and out["visible_idle"]  # its own screen: shown even when idle
    assert out["geometry"] == [1280, 0, 1920, 1080] and out["survey_qr"]
    assert out["ratings"] == [["unsatisfied", "attitude", "visit"]] and out["state"] == "thanks"
