"""Who is on duty: login with a PIN, lock on idle, unlock, actions recorded under the officer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desk_app.ui.dialogs.login import IdleWatcher, LoginDialog
from desk_app.ui.shell.main_window import MainWindow
from desk_app.ui.session import Session
from tests.ui.shell_helpers import register


def test_login_rejects_a_wrong_pin_and_accepts_the_right_one(qtbot, desk, commander):
    desk.officers.add("Vũ Thị Mai", "officer", "3917", commander["id"])
    dialog = LoginDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fields.select(desk.officers.resolve("Vũ Thị Mai")["id"])
    qtbot.keyClicks(dialog.fields.pin, "4826")
    qtbot.keyClick(dialog.fields.pin, Qt.Key.Key_Return)
    assert dialog.session is None and "Sai mã PIN" in dialog.fields.error.text()
    assert dialog.fields.pin.text() == ""
    qtbot.keyClicks(dialog.fields.pin, "3917")
    qtbot.keyClick(dialog.fields.pin, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.session.officer["full_name"] == "Vũ Thị Mai" and not dialog.session.is_commander


def test_idle_watcher_fires_after_quiet_time_and_activity_restarts_it(qtbot):
    watcher = IdleWatcher(1)
    watcher.timer.setInterval(200)
    watcher.restart()
    with qtbot.waitSignal(watcher.idle, timeout=2000):
        pass
    off = IdleWatcher(0)
    assert not off.timer.isActive()


def test_window_locks_on_idle_and_a_new_officer_takes_over(qtbot, desk, commander, clock):
    officer = desk.officers.add("Vũ Thị Mai", "officer", "3917", commander["id"])
    code = register(desk, commander["id"], "Hà Văn Tú", "001190000021", clock.now).code
    window = MainWindow(desk, Session(commander))
    qtbot.addWidget(window)
    window.show()
    window.idle.timer.setInterval(150)
    window.idle.restart()
    qtbot.waitUntil(window.is_locked, timeout=2000)
    window.go("dossiers")  # nothing moves while locked
    assert window.is_locked()
    lock = window.lock_screen
    lock.fields.select(officer["id"])
    qtbot.keyClicks(lock.fields.pin, "0000")
    qtbot.keyClick(lock.fields.pin, Qt.Key.Key_Return)
    assert window.is_locked() and "Sai mã PIN" in lock.fields.error.text()
    qtbot.keyClicks(lock.fields.pin, "3917")
    qtbot.keyClick(lock.fields.pin, Qt.Key.Key_Return)
    assert not window.is_locked()
    assert "Vũ Thị Mai" in window.officer_label.text()
    settings_item = window.nav.item(window.page_keys.index("settings"))
    assert settings_item.isHidden()
    # The next action is recorded under the officer now on duty.
    window.open_dossier(code)
    window.detail.open_action("start").accept()
    events = desk.dossiers.get(code)["events"]
    assert events[-1]["officer_name"] == "Vũ Thị Mai"
    assert desk.store.scalar("SELECT updated_by FROM dossiers WHERE code = ?", (code,)) == officer["id"]
    window.idle.set_minutes(0)


def test_ctrl_l_locks(qtbot, desk, commander):
    window = MainWindow(desk, Session(commander))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.shortcuts["Ctrl+L"].activated.emit()
    assert window.is_locked()
