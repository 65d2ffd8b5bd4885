"""Wrong PINs lock, at the login dialog and the lock screen alike: five wrong ones make the
officer wait a minute, then twice as long after each further one (at most an hour). The wait
is shown; a commander lifts it in Settings › Cán bộ. The desk's clock is the test's."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desk_app.ui.dialogs.login import LoginDialog
from desk_app.ui.pages.settings.settings_dialog import SettingsDialog
from desk_app.ui.session import Session
from desk_app.ui.shell.main_window import MainWindow


@pytest.fixture
def mai(desk, commander):
    return desk.officers.add("Vũ Thị Mai", "officer", "3917", commander["id"])


def _type(qtbot, fields, pin: str) -> None:
    qtbot.keyClicks(fields.pin, pin)
    qtbot.keyClick(fields.pin, Qt.Key.Key_Return)


def test_five_wrong_pins_make_the_officer_wait_then_twice_as_long(qtbot, desk, mai, clock):
    dialog = LoginDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fields.select(mai["id"])
    for _ in range(4):
        _type(qtbot, dialog.fields, "1470")
    assert "Còn 1 lần thử" in dialog.fields.error.text()
    _type(qtbot, dialog.fields, "1470")
    assert "tạm khóa" in dialog.fields.error.text() and "1 phút" in dialog.fields.error.text()
    _type(qtbot, dialog.fields, "3917")  # the right PIN, but too early: not even checked
    assert dialog.session is None and "tạm khóa" in dialog.fields.error.text()
    clock.now += timedelta(seconds=30)
    _type(qtbot, dialog.fields, "3917")
    assert dialog.session is None and "30 giây" in dialog.fields.error.text()
    clock.now += timedelta(seconds=31)
    _type(qtbot, dialog.fields, "1470")  # the sixth wrong one: two minutes
    assert "2 phút" in dialog.fields.error.text()
    clock.now += timedelta(minutes=2, seconds=1)
    _type(qtbot, dialog.fields, "3917")
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.session.officer["id"] == mai["id"]


def test_the_wait_stops_at_an_hour_and_every_attempt_is_recorded(desk, mai, commander, clock):
    for _ in range(12):
        assert not desk.officers.attempt(mai["id"], "1470").ok
        until = desk.officers.locked_until(mai["id"])
        if until:
            clock.now = until
    assert desk.officers.attempt(mai["id"], "1470").locked_until - clock.now == timedelta(hours=1)
    history = desk.officers.pin_history(commander["id"], mai["id"])
    assert sum(r["event"] == "failure" for r in history) == 13
    assert sum(r["event"] == "lockout" for r in history) == 9
    assert {r["place"] for r in history} == {"window"}


def test_the_lock_screen_locks_too(qtbot, desk, commander, mai, clock):
    window = MainWindow(desk, Session(commander))
    qtbot.addWidget(window)
    window.show()
    window.lock()
    lock = window.lock_screen
    lock.fields.select(mai["id"])
    for _ in range(5):
        _type(qtbot, lock.fields, "1470")
    assert "tạm khóa" in lock.fields.error.text()
    _type(qtbot, lock.fields, "3917")
    assert window.is_locked()
    clock.now += timedelta(minutes=1)
    _type(qtbot, lock.fields, "3917")
    assert not window.is_locked()


def test_a_commander_lifts_the_lock_in_settings(qtbot, desk, commander, mai, clock):
    for _ in range(5):
        desk.officers.attempt(mai["id"], "1470")
    dialog = SettingsDialog(desk, Session(commander))
    qtbot.addWidget(dialog)
    page = dialog.pages["officers"]
    page.select("Vũ Thị Mai")
    row = [r for r in range(page.model.rowCount()) if page.model.rows[r]["id"] == mai["id"]][0]
    assert "Tạm khóa" in page.model.index(row, 3).data()
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert "Đã mở khóa Vũ Thị Mai" in page.status.text()
    assert desk.officers.locked_until(mai["id"]) is None
    came_in = desk.officers.attempt(mai["id"], "3917")
    assert came_in.ok and came_in.notice.startswith("Có 5 lần nhập sai mã PIN từ lần đăng nhập trước")
    assert [r["event"] for r in desk.officers.pin_history(commander["id"], mai["id"])[:2]] == ["success", "unlock"]


def test_weak_pins_are_refused_when_set(qtbot, desk, commander):
    dialog = SettingsDialog(desk, Session(commander))
    qtbot.addWidget(dialog)
    page = dialog.pages["officers"]
    for weak in ("1111", "1234", "4321", "0123", "7890"):
        assert not page.add_officer("Lê Văn Nam", "officer", weak)
        assert "dễ đoán" in page.add_error.text(), weak
    for common in ("1212", "2580", "6969", "1122", "1004", "2468"):
        assert not page.add_officer("Lê Văn Nam", "officer", common)
        assert "phổ biến nhất" in page.add_error.text(), common
    for year in ("1993", "2007"):  # not among the most common, but a birth year
        assert not page.add_officer("Lê Văn Nam", "officer", year)
        assert "năm sinh" in page.add_error.text(), year
    assert page.add_officer("Lê Văn Nam", "officer", "6284")
    page.select("Lê Văn Nam")
    assert not page.change_pin("9876") and "dễ đoán" in page.selected_error.text()
    assert not page.change_pin("1990") and "phổ biến nhất" in page.selected_error.text()
    assert not page.change_pin("2009") and "năm sinh" in page.selected_error.text()


def test_the_window_words_each_refusal_as_the_core_does(qtbot, desk, mai, clock):
    """Vietnamese at the window is the command line's Vietnamese, from the attempt's fields."""
    from desk_app.ui.dialogs.pin_texts import PinTexts

    texts = PinTexts()
    for _ in range(7):
        attempt = desk.officers.attempt(mai["id"], "1470")
        assert texts.refusal(attempt, mai) == attempt.message
        clock.now += timedelta(minutes=70)  # past any wait: the next one is checked
    clock.now -= timedelta(minutes=70)
    still = desk.officers.attempt(mai["id"], "3917")
    assert still.reason == "locked" and texts.refusal(still, mai) == still.message
    commander = desk.officers.commanders()[0]
    for _ in range(5):
        attempt = desk.officers.attempt(commander["id"], "1470")
    assert "cụm mật khẩu khôi phục" in attempt.message and texts.refusal(attempt, commander) == attempt.message


def test_an_english_window_says_wrong_pins_and_locks_in_english(qtbot, desk, mai, clock):
    from PySide6.QtWidgets import QApplication

    from desk_app.ui.i18n import install_translator

    app = QApplication.instance()
    translator = install_translator(app, "en")
    try:
        dialog = LoginDialog(desk)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.fields.select(mai["id"])
        _type(qtbot, dialog.fields, "1470")
        assert dialog.fields.error.text() == "Wrong PIN. Try again."
        for _ in range(4):
            _type(qtbot, dialog.fields, "1470")
        error = dialog.fields.error.text()
        assert error.startswith("Wrong PIN 5 times in a row.") and "Vũ Thị Mai" in error and "1 min" in error
        assert "Sai" not in error and "phút" not in error
        clock.now += timedelta(minutes=2)
        _type(qtbot, dialog.fields, "3917")
        assert dialog.session is not None
        notice = dialog.session.notice
        assert notice.startswith("5 wrong PINs were typed for you") and "today" in notice and "hôm nay" not in notice
    finally:
        app.removeTranslator(translator)


def test_the_wrong_pins_notice_at_the_window_is_the_cores(qtbot, desk, mai, clock):
    from desk_app.ui.dialogs.pin_texts import PinTexts

    desk.officers.attempt(mai["id"], "1470", place="cli")
    clock.now += timedelta(days=1)
    desk.officers.attempt(mai["id"], "1470")
    came_in = desk.officers.attempt(mai["id"], "3917")
    assert came_in.ok and "(dòng lệnh) hôm qua" in came_in.notice
    assert PinTexts().notice(came_in) == came_in.notice
