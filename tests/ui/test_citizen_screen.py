"""The citizen screen: touch/mouse and keypad answers, the 60 s timeout with an injected
clock, and the ratings it records through the desk window (which never waits for it)."""

from __future__ import annotations

import json
from datetime import timedelta

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desk_app.app import Desk
from desk_app.core.registration import dossier_input_from_dict
from desk_app.ui.citizen import screen as citizen
from desk_app.ui.citizen.placement import pick_screen
from tests.ui.shell_helpers import open_window, type_text


class Ticks:
    """An injected monotonic clock."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _screen(qtbot, ticks):
    page = citizen.CitizenScreen(ticks)
    qtbot.addWidget(page)
    page.show()
    return page


def test_mouse_answers_and_unsatisfied_asks_one_reason(qtbot):
    ticks = Ticks()
    page = _screen(qtbot, ticks)
    page.ask()
    assert page.state == citizen.ASKING and page.countdown.text() == "Còn 60 giây"
    with qtbot.waitSignal(page.answered) as answer:
        qtbot.mouseClick(page.level_buttons["very_satisfied"], Qt.MouseButton.LeftButton)
    assert answer.args == ["very_satisfied", ""] and page.state == citizen.THANKS
    page.ask()
    qtbot.mouseClick(page.level_buttons["unsatisfied"], Qt.MouseButton.LeftButton)
    assert page.state == citizen.REASON
    with qtbot.waitSignal(page.answered) as answer:
        qtbot.mouseClick(page.reason_buttons["late"], Qt.MouseButton.LeftButton)
    assert answer.args == ["unsatisfied", "late"]
    ticks.now += citizen.THANKS_SECONDS
    page.check_time()
    assert page.state == citizen.IDLE


def test_keys_1_2_3_then_a_reason_by_number(qtbot):
    page = _screen(qtbot, Ticks())
    page.ask()
    with qtbot.waitSignal(page.answered) as answer:
        qtbot.keyClick(page, Qt.Key.Key_2)
    assert answer.args == ["satisfied", ""]
    page.ask()
    qtbot.keyClick(page, Qt.Key.Key_3)
    with qtbot.waitSignal(page.answered) as answer:
        qtbot.keyClick(page, Qt.Key.Key_2)  # the second reason: thời gian chờ
    assert answer.args == ["unsatisfied", "waiting"]
    assert not page.handle_key(Qt.Key.Key_1)  # thanked: a stray key answers nothing


def test_no_answer_in_60_seconds_is_not_rated(qtbot):
    ticks = Ticks()
    page = _screen(qtbot, ticks)
    page.ask()
    ticks.now += 59
    page.check_time()
    assert page.state == citizen.ASKING and page.countdown.text() == "Còn 1 giây"
    ticks.now += 1
    with qtbot.waitSignal(page.timed_out):
        page.check_time()
    assert page.state == citizen.IDLE
    # "Không hài lòng" chosen but no reason before the time is up: kept, as "khác".
    page.ask()
    page.handle_key(Qt.Key.Key_3)
    ticks.now += 60
    with qtbot.waitSignal(page.answered) as answer:
        page.check_time()
    assert answer.args == ["unsatisfied", "other"]


def test_pick_screen():
    assert pick_screen("auto", ["DISPLAY1"]) is None
    assert pick_screen("auto", ["DISPLAY1", "DISPLAY2"]) == 1
    assert pick_screen("auto", ["DISPLAY1", "DISPLAY2"], primary=1) == 0
    assert pick_screen("dialog", ["DISPLAY1", "DISPLAY2"]) is None
    assert pick_screen("DISPLAY3", ["DISPLAY1", "DISPLAY2", "DISPLAY3"]) == 2
    assert pick_screen("DISPLAY1", ["DISPLAY1", "DISPLAY2"]) == 1  # never the officer's own screen


def _keypad(key: Qt.Key) -> None:
    target = QApplication.focusWidget()
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(target, QKeyEvent(kind, key, Qt.KeyboardModifier.KeypadModifier, chr(key)))


def test_window_records_return_and_visit_ratings_and_timeouts(qtbot, desk, commander, clock):
    clerk = desk.officers.add("Trần Thị Lan", "officer", "3917", commander["id"])
    code = desk.dossiers.register(dossier_input_from_dict({"full_name": "Lê Thị Hoa", "procedure": "1.004194"}),
                                  commander["id"]).code
    for action in ("start", "result_ready"):
        desk.dossiers.apply(code, action, commander["id"])
    window = open_window(qtbot, desk, clerk)
    link = window.citizen_link
    ticks = Ticks()
    link.screen.clock = ticks
    window.go("dossiers")
    window.open_dossier(code)
    desk.dossiers.apply(code, "return", clerk["id"], details={"collected_by": "Lê Thị Hoa"})
    window.detail.changed.emit(code)  # as the detail pane does after its action
    assert link.screen.state == citizen.ASKING and window.isActiveWindow()  # the officer's window keeps working
    assert link.citizen.isVisible()  # one screen: the window turned toward the citizen
    _keypad(Qt.Key.Key_1)  # the rating keypad, wherever the officer's focus is
    dossier_id = desk.dossiers.get(code)["id"]
    [rating] = desk.ratings.of_dossier(dossier_id)
    assert (rating["level"], rating["step"], rating["officer_id"], rating["source"]) == (
        "very_satisfied", "return", clerk["id"], "screen")

    visit = desk.visits.record({"full_name": "Phạm Văn Đức", "kind": "complaint", "summary": "Khiếu nại"},
                               clerk["id"])
    link.visit_saved(visit["id"])
    ticks.now += 61
    link.screen.check_time()
    assert [(r["level"], r["step"]) for r in desk.ratings.of_visit(visit["id"])] == [("not_rated", "visit")]
    assert not link.citizen.isVisible()  # idle again: the window goes away


def test_saved_dossier_shows_code_and_appointment_and_f10_calls_the_next_number(qtbot, desk, commander):
    window = open_window(qtbot, desk, commander)
    link = window.citizen_link
    code = desk.dossiers.register(dossier_input_from_dict({"full_name": "Lê Thị Hoa", "procedure": "1.004194"}),
                                  commander["id"]).code
    window.receive_form.saved.emit(code)
    assert link.screen.state == citizen.SAVED and link.screen.saved_code.text() == code
    assert link.screen.saved_due.text().endswith("năm 2026")
    link.call_next()
    link.call_next()
    assert link.screen.serving.text() == "2"


def test_off_shows_nothing_and_asks_nothing(qtbot, desk, commander):
    settings = desk.settings
    settings.citizen_screen = "off"
    desk.save_settings(settings)
    window = open_window(qtbot, desk, commander)
    window.citizen_link.visit_saved("anything")
    assert window.citizen_link.pending is None and not window.citizen_link.citizen.isVisible()


def test_f10_fills_the_queue_number_and_it_is_stored_with_the_visit(qtbot, desk, commander):
    window = open_window(qtbot, desk, commander)
    window.go("visits")
    form = window.visit_form
    window.citizen_link.call_next()
    assert form.queue_number.text() == "1" and window.receive_form.queue_number.text() == "1"
    form.citizen.edits["full_name"].setText("Lê Thị Hoa")
    form.kind.setCurrentIndex(form.kind.findData("inquiry"))
    form.summary.setPlainText("Hỏi thủ tục")
    visit_id = form.save()
    assert desk.store.scalar("SELECT queue_number FROM visits WHERE id = ?", (visit_id,)) == "1"
    assert form.queue_number.text() == ""  # cleared with the rest of the form
    qtbot.keyClicks(form.queue_number, "A 12!")  # the field takes only letters, digits, '.' and '-'
    assert form.queue_number.text() == "A12"


def test_queue_numbers_go_on_after_a_restart_and_start_at_1_the_next_day(qtbot, desk, commander, clock):
    first = open_window(qtbot, desk, commander)
    first.citizen_link.call_next()
    first.citizen_link.call_next()
    assert first.citizen_link.screen.serving.text() == "2"
    first.stop_work()
    first.close()
    restarted_desk = Desk.open(desk.data_dir, clock=clock)  # the program started again on the same data
    try:
        window = open_window(qtbot, restarted_desk, restarted_desk.officers.resolve(None))
        link = window.citizen_link
        assert link.screen.serving.text() == "2"  # the idle screen shows the number being served
        link.call_next()
        assert link.screen.serving.text() == "3" and window.receive_form.queue_number.text() == "3"
        clock.now += timedelta(days=1)
        link.call_next()
        assert link.screen.serving.text() == "1"
        window.stop_work()
    finally:
        restarted_desk.close()


def _visit_saved(form) -> str:
    form.citizen.edits["full_name"].setText("Lê Thị Hoa")
    form.kind.setCurrentIndex(form.kind.findData("inquiry"))
    form.summary.setPlainText("Hỏi thủ tục")
    return form.save()


def test_one_screen_asks_in_a_panel_above_the_officers_window_and_the_officer_answers_by_key(
        qtbot, qtlog, desk, commander):
    """One monitor: the question shows in a panel that stays on top without taking the
    keyboard; the citizen answers aloud and the officer presses 2."""
    window = open_window(qtbot, desk, commander)
    link = window.citizen_link
    window.go("visits")
    form = window.visit_form
    visit_id = _visit_saved(form)
    panel = link.citizen
    assert link.screen.state == citizen.ASKING and panel.isVisible()
    flags = panel.windowFlags()
    assert flags & Qt.WindowType.WindowStaysOnTopHint and flags & Qt.WindowType.WindowDoesNotAcceptFocus
    area = window.screen().availableGeometry()
    corner = area.bottomRight() - panel.geometry().bottomRight()
    assert area.contains(panel.geometry()) and 0 <= corner.x() <= 20 and 0 <= corner.y() <= 20
    assert panel.width() * panel.height() <= area.width() * area.height() / 4  # a corner, not a second window
    assert QApplication.activeWindow() is window and form.citizen.edits["full_name"].hasFocus()
    assert "bấm 1 Rất hài lòng · 2 Hài lòng" in window.statusBar().currentMessage()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)  # the officer's first key after the question
    assert [(r["level"], r["source"]) for r in desk.ratings.of_visit(visit_id)] == [("satisfied", "screen")]
    assert form.citizen.edits["full_name"].text() == "" and link.screen.state == citizen.THANKS
    assert "Hài lòng" in window.statusBar().currentMessage()
    assert not [r for r in qtlog.records if "requestActivate" in r.message]


def test_the_officers_digits_stay_in_a_field_being_typed_in_and_a_scan_is_no_answer(qtbot, desk, commander):
    window = open_window(qtbot, desk, commander)
    link = window.citizen_link
    window.go("visits")
    form = window.visit_form
    visit_id = _visit_saved(form)
    phone = form.citizen.edits["phone"]
    qtbot.mouseClick(phone, Qt.MouseButton.LeftButton)  # the officer starts on the next citizen
    qtbot.keyClick(phone, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: phone.text() == "1")  # (after the scanner check has let it through)
    assert link.screen.state == citizen.ASKING
    form.save_button.setFocus()  # out of the fields: digits answer again
    type_text(form.save_button, "001190012345")  # a card scanned meanwhile: keys at a scanner's pace
    assert link.screen.state == citizen.ASKING
    qtbot.wait(200)  # (the scanner check gives the keys back; the officer answers a moment later)
    qtbot.keyClick(form.save_button, Qt.Key.Key_3)
    assert link.screen.state == citizen.REASON
    qtbot.wait(100)  # (a person's pace: keys 3 ms apart would be a scanner's)
    qtbot.keyClick(form.save_button, Qt.Key.Key_4)
    assert [(r["level"], r["reason"]) for r in desk.ratings.of_visit(visit_id)] == [("unsatisfied", "late")]
    [follow_up] = desk.rating_follow_ups.listed()  # the citizen's own "Không hài lòng": the commander answers
    assert (follow_up["source"], follow_up["visit_id"], follow_up["reason"]) == ("screen", visit_id, "late")


def test_the_panel_is_moved_by_dragging_and_stays_where_it_was_put(qtbot, desk, commander):
    window = open_window(qtbot, desk, commander)
    link = window.citizen_link
    window.go("visits")
    _visit_saved(window.visit_form)
    panel = link.citizen
    start = panel.pos()
    qtbot.mousePress(panel, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))  # its edge, not an answer
    QTest.mouseMove(panel, QPoint(-98, -78))
    qtbot.mouseRelease(panel, Qt.MouseButton.LeftButton, pos=QPoint(-98, -78))
    assert panel.pos() == start - QPoint(100, 80) and link.screen.state == citizen.ASKING
    link.screen.handle_key(Qt.Key.Key_1)
    link.screen.show_idle()
    assert not panel.isVisible()
    _visit_saved(window.visit_form)
    assert panel.isVisible() and panel.pos() == start - QPoint(100, 80)
