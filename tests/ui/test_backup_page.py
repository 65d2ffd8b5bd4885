"""Settings › Sao lưu, khôi phục and the status bar's reminder: the recovery passphrase set in
the window, a backup restored from the window (checked, asked, the old data kept)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from desk_app.core.registration import CitizenInput, DossierInput
from desk_app.ui.pages.settings.settings_dialog import SettingsDialog
from desk_app.ui.session import Session
from desk_app.ui.shell.main_window import MainWindow

PASSPHRASE = "trâu vàng gặm cỏ bên sông"


def answer(act) -> None:
    """Act on the next question the page asks, once it is on screen (its own event loop)."""
    def when_shown():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, when_shown)
            return
        act(box)

    QTimer.singleShot(0, when_shown)


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
    assert desk.backups.recovery_passphrase_set and not window.recovery_reminder.isVisible()


def test_a_passphrase_too_short_or_mistyped_is_refused(page, desk):
    assert not page.set_passphrase("ngắn", "ngắn") and "ít nhất" in page.passphrase_error.text()
    assert not page.set_passphrase(PASSPHRASE, PASSPHRASE + "x") and "không khớp" in page.passphrase_error.text()
    assert not desk.backups.recovery_passphrase_set
    assert page.set_passphrase(PASSPHRASE, PASSPHRASE) and "Đã đặt" in page.state.text()


def test_restore_from_the_window_checks_asks_and_keeps_the_old_data(page, desk, commander, tmp_path, monkeypatch):
    first = desk.dossiers.register(DossierInput(CitizenInput("Lê Văn An"), "1.004194"), commander["id"]).code
    backup = desk.backups.make(tmp_path / "usb")
    desk.dossiers.register(DossierInput(CitizenInput("Trần Thị Bình"), "1.004194"), commander["id"])
    asked = []
    answer(lambda box: (asked.append(box.text()), box.button(QMessageBox.StandardButton.Yes).click()))
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
    other.backups.set_recovery_passphrase(PASSPHRASE, other.officers.resolve(None)["id"])
    backup = other.backups.make(tmp_path / "usb")
    other.close()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("không phải cụm này", True))
    before = desk.dossiers.find("")
    assert not page.restore_from(backup) and "không đúng" in page.restore_error.text()
    assert desk.dossiers.find("") == before


def test_restore_asks_with_no_as_the_default_naming_the_date_and_the_dossiers(page, desk, commander, tmp_path,
                                                                              monkeypatch):
    """One Enter on the question must not replace the whole database."""
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    desk.dossiers.register(DossierInput(CitizenInput("Lê Văn An"), "1.004194"), commander["id"])
    backup = desk.backups.make(tmp_path / "usb")
    second = desk.dossiers.register(DossierInput(CitizenInput("Trần Thị Bình"), "1.004194"), commander["id"]).code
    asked = []
    answer(lambda box: (asked.append((box.text(), box.defaultButton().text())),
                        QTest.keyClick(box, Qt.Key.Key_Return)))
    assert not page.restore_from(backup)
    text, default = asked[0]
    assert "23/11/2026 09:00" in text and "1 hồ sơ" in text
    assert default == "Không"
    assert desk.dossiers.get(second)["code"] == second  # nothing replaced


def test_back_up_now_into_a_chosen_folder(qtbot, page, desk, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    assert page.back_up_to(usb)
    qtbot.waitUntil(lambda: "Đã sao lưu vào" in page.status.text(), timeout=20000)
    written = list(usb.glob("*.deskbak"))
    assert len(written) == 1 and str(written[0]) in page.status.text()
    assert desk.backups.verify(written[0]).counts["officers"] == 1
    assert page.backup_button.isEnabled()


def test_back_up_now_refuses_a_folder_it_cannot_write(qtbot, page, tmp_path):
    assert not page.back_up_to(tmp_path / "khong-co")
    assert "không ghi được vào thư mục" in page.restore_error.text()
    if sys.platform != "linux":
        return
    stick = tmp_path / "ro"
    stick.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(stick)],
                      capture_output=True).returncode != 0:
        pytest.skip("a read-only filesystem needs root to mount")
    try:
        assert not page.back_up_to(stick)
        assert "Chưa sao lưu" in page.restore_error.text() and str(stick) in page.restore_error.text()
    finally:
        subprocess.run(["umount", "-l", str(stick)], check=False)


def test_back_up_now_on_a_full_stick_says_so(qtbot, page, tmp_path):
    stick = tmp_path / "full"
    stick.mkdir()
    if sys.platform != "linux" or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(stick)],
                                                 capture_output=True).returncode != 0:
        pytest.skip("a small full filesystem needs Linux and root to mount")
    try:
        assert page.back_up_to(stick)
        qtbot.waitUntil(lambda: page.backup_button.isEnabled(), timeout=20000)
        assert "ổ đĩa đã đầy" in page.restore_error.text() and str(stick) in page.restore_error.text()
        assert list(stick.iterdir()) == []  # no half backup left on the stick
    finally:
        subprocess.run(["umount", "-l", str(stick)], check=False)
