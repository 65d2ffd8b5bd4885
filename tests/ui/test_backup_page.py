"""Settings › Sao lưu, khôi phục and the status bar's reminder: the recovery passphrase set in
the window, a backup restored from the window (checked, asked, the old data kept)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from desk_app.core.registration import CitizenInput, DossierInput
from desk_app.ui.pages.settings.settings_dialog import SettingsDialog
from desk_app.ui.session import Session
from desk_app.ui.shell.main_window import MainWindow

PASSPHRASE = "trâu vàng gặm cỏ bên sông"


@pytest.fixture
def page(qtbot, desk, commander):
    dialog = SettingsDialog(desk, Session(commander))
    qtbot.addWidget(dialog)
    yield dialog.pages["backup"]  # (the dialog is held until the test ends)
    dialog.close()


def test_the_reminder_shows_to_a_commander_until_a_passphrase_is_set(qtbot, desk, commander):
    officer = desk.officers.add("Vũ Thị Mai", "officer", "3917", commander["id"])
    window = MainWindow(desk, Session(commander))
    qtbot.addWidget(window)
    window.show()
    assert window.recovery_reminder.isVisible()
    window.session = Session(officer)
    window._show_officer()
    assert not window.recovery_reminder.isVisible()  # a receiving officer cannot set it
    window.session = Session(commander)
    window.go("settings")
    window.settings_page.pages["backup"].set_passphrase(PASSPHRASE, PASSPHRASE)
    assert desk.recovery_passphrase_set and not window.recovery_reminder.isVisible()


def test_a_passphrase_too_short_or_mistyped_is_refused(page, desk):
    assert not page.set_passphrase("ngắn", "ngắn") and "ít nhất" in page.passphrase_error.text()
    assert not page.set_passphrase(PASSPHRASE, PASSPHRASE + "x") and "không khớp" in page.passphrase_error.text()
    assert not desk.recovery_passphrase_set
    assert page.set_passphrase(PASSPHRASE, PASSPHRASE) and "Đã đặt" in page.state.text()


def test_restore_from_the_window_checks_asks_and_keeps_the_old_data(page, desk, commander, tmp_path, monkeypatch):
    first = desk.dossiers.register(DossierInput(CitizenInput("Lê Văn An"), "1.004194"), commander["id"]).code
    backup = desk.back_up(tmp_path / "usb")
    desk.dossiers.register(DossierInput(CitizenInput("Trần Thị Bình"), "1.004194"), commander["id"])
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    assert page.restore_from(backup)
    assert "1 hồ sơ" in asked[0]
    assert "Đã khôi phục" in page.status.text()
    assert [r["code"] for r in desk.dossiers.find("Bình")] == [] and desk.dossiers.get(first)["code"] == first


def test_a_backup_from_another_pc_asks_the_passphrase_and_a_wrong_one_changes_nothing(page, desk, commander,
                                                                                     tmp_path, monkeypatch):
    from desk_app.app import Desk

    other = Desk.open(tmp_path / "other")
    other.first_run({"code": "CAXTT", "name": "Công an xã Tân Tiến"}, "Nguyễn Văn Hùng", "4826")
    other.set_recovery_passphrase(PASSPHRASE, other.officers.resolve(None)["id"])
    backup = other.back_up(tmp_path / "usb")
    other.close()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("không phải cụm này", True))
    before = desk.dossiers.find("")
    assert not page.restore_from(backup) and "không đúng" in page.restore_error.text()
    assert desk.dossiers.find("") == before
