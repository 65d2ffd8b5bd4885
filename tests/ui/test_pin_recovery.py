"""At the login dialog and the lock screen (issue 27.3): a commander locked out by wrong PINs is
offered "Mở khóa bằng cụm mật khẩu khôi phục…", which asks the unit's passphrase (hidden) and
lifts the lock; whoever comes in next is told how many wrong PINs were typed for them, and when."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox

from desk_app.ui import main
from desk_app.ui.dialogs.login import LoginDialog
from desk_app.ui.session import Session
from desk_app.ui.shell.main_window import MainWindow
from tests.conftest import COMMANDER_PIN
from tests.ui.test_pin_lockout import _type, mai  # noqa: F401 (mai: the fixture)

PASSPHRASE = "cây đa đầu làng bến nước sân đình"


def _lock_out(desk, officer_id: str, place: str = "window") -> None:
    for _ in range(5):
        assert not desk.officers.attempt(officer_id, "7013", place).ok


def test_a_locked_commander_lifts_the_lock_with_the_passphrase_then_is_told(qtbot, desk, commander, mai, clock):
    desk.backups.set_recovery_passphrase(PASSPHRASE, commander["id"])
    _lock_out(desk, commander["id"])
    dialog = LoginDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    fields = dialog.fields
    fields.select(mai["id"])
    assert not fields.recovery.isVisible()  # not a commander, and not locked
    fields.select(commander["id"])
    assert fields.recovery.isVisible()
    _type(qtbot, fields, COMMANDER_PIN)
    assert dialog.session is None and "tạm khóa" in fields.error.text()

    qtbot.mouseClick(fields.recovery, Qt.MouseButton.LeftButton)
    asked = fields.recovery_dialog
    assert asked.isVisible() and asked.passphrase.echoMode() == QLineEdit.EchoMode.Password
    asked.passphrase.setText("mật khẩu đoán bừa")
    asked.accept()
    assert asked.isVisible() and "không đúng" in asked.error.text() and asked.passphrase.text() == ""
    asked.passphrase.setText(PASSPHRASE)
    asked.accept()
    assert asked.result() == QDialog.DialogCode.Accepted
    assert "Đã mở khóa Nguyễn Văn Hùng" in fields.status.text() and not fields.recovery.isVisible()
    assert desk.officers.locked_until(commander["id"]) is None
    assert [e["action"] for e in desk.audit.entries(commander["id"])][0] == "recovery_unlock"

    clock.now += timedelta(minutes=3)
    _type(qtbot, fields, COMMANDER_PIN)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.session.notice.startswith("Có 5 lần nhập sai mã PIN từ lần đăng nhập trước: 09:00")
    assert "hôm nay" in dialog.session.notice


def test_no_recovery_without_a_passphrase_or_for_an_officer(qtbot, desk, commander, mai):
    _lock_out(desk, commander["id"])
    _lock_out(desk, mai["id"])
    dialog = LoginDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fields.select(commander["id"])
    assert not dialog.fields.recovery.isVisible()  # the unit has not set one
    desk.backups.set_recovery_passphrase(PASSPHRASE, commander["id"])
    dialog.fields.select(mai["id"])
    assert not dialog.fields.recovery.isVisible()  # an officer asks a commander
    dialog.fields.select(commander["id"])
    assert dialog.fields.recovery.isVisible()


def test_the_lock_screen_tells_who_comes_in_of_the_wrong_pins(qtbot, desk, commander, mai, clock):
    window = MainWindow(desk, Session(commander))
    qtbot.addWidget(window)
    window.show()
    assert desk.officers.attempt(mai["id"], "3917").ok  # Mai was in this morning
    clock.now += timedelta(hours=5, minutes=2)
    assert not desk.officers.attempt(mai["id"], "7013", place="cli").ok
    clock.now += timedelta(minutes=1)
    assert not desk.officers.attempt(mai["id"], "7014").ok
    window.lock()
    lock = window.lock_screen
    lock.fields.select(mai["id"])
    _type(qtbot, lock.fields, "3917")
    assert not window.is_locked()
    box = lock.notice_box
    assert box.isVisible() and box.windowModality() == Qt.WindowModality.WindowModal  # open(), not exec()
    assert box.text().startswith("Có 2 lần nhập sai mã PIN từ lần đăng nhập trước: 14:02 (dòng lệnh), 14:03 hôm nay")
    window.lock()
    _type(qtbot, lock.fields, "3917")
    assert lock.notice_box is None  # told once


def open_window_with_a_notice(folder: str) -> list[str]:
    """The real program's start (main.run) after a login with wrong PINs since the last one:
    the texts of the message boxes over the window."""
    told = []

    def login(desk, app):
        desk.first_run({"code": "CAXTT", "name": "Công an xã Tân Tiến"}, "Nguyễn Văn Hùng", COMMANDER_PIN)
        commander = desk.officers.resolve(None)
        _lock_out(desk, commander["id"], "cli")
        desk.officers.unlock(commander["id"], commander["id"])  # (as another commander would)
        came_in = desk.officers.attempt(commander["id"], COMMANDER_PIN)

        def look() -> None:
            told.extend(w.text() for w in QApplication.topLevelWidgets()
                        if isinstance(w, QMessageBox) and w.isVisible())
            app.quit()

        QTimer.singleShot(300, look)
        return Session(came_in.officer, notice=came_in.notice)

    assert main.run(folder, login=login) == 0
    return told


def test_the_window_opens_with_the_notice_over_it(tmp_path):
    # In a process of its own: the program's start installs its translators and application state.
    script = ("import json, sys; from tests.ui.test_pin_recovery import open_window_with_a_notice; "
              "print(json.dumps(open_window_with_a_notice(sys.argv[1])))")
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parents[2], env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                          timeout=120)
    assert done.returncode == 0, done.stderr
    told = json.loads(done.stdout.strip().splitlines()[-1])
    assert len(told) == 1 and told[0].startswith("Có 5 lần nhập sai mã PIN từ lần đăng nhập trước")
