"""The follow-ups page and tile: the commander answers an unsatisfied citizen from the window,
an officer is refused; a complaint's handler, status and answer saved; the tile counts what
waits (a commander's count holds the unsatisfied citizens, an officer's does not) and tells
the overdue ones; a click on it opens the page."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from desk_app.core.registration import dossier_input_from_dict
from desk_app.ui.pages.follow_ups_page import FollowUpsPage
from desk_app.ui.session import Session
from desk_app.ui.shell.count_tiles import FOLLOW_UPS
from tests.ui.shell_helpers import open_window


def _unsatisfied(desk, officer_id, name="Lê Thị Hoa"):
    code = desk.dossiers.register(dossier_input_from_dict({"full_name": name, "procedure": "1.004194",
                                                           "phone": "0912000111"}), officer_id).code
    desk.ratings.add("unsatisfied", officer_id, code=code, reason="trễ hẹn")
    return code


def test_the_commander_answers_from_the_page_and_an_officer_is_refused(qtbot, desk, commander):
    clerk = desk.officers.add("Trần Thị Lan", "officer", "3917", commander["id"])
    code = _unsatisfied(desk, clerk["id"])
    refused = FollowUpsPage(desk, Session(clerk))
    qtbot.addWidget(refused)
    refused.ratings.answer.setPlainText("Xin lỗi chị")
    assert refused.ratings.save() is False and "Chỉ chỉ huy" in refused.ratings.message.text()

    page = FollowUpsPage(desk, Session(commander))
    qtbot.addWidget(page)
    rows = page.ratings.model.rows
    assert [(r["dossier_code"], r["full_name"]) for r in rows] == [(code, "Lê Thị Hoa")]
    assert page.ratings.model.data(page.ratings.model.index(0, 6)) == "Trễ hẹn"
    assert page.ratings.save() is False and "Chưa ghi nội dung trả lời" in page.ratings.message.text()
    page.ratings.contact.setText("Gọi điện 0912000111")
    page.ratings.answer.setPlainText("Đã xin lỗi, hẹn trả kết quả sáng mai")
    with qtbot.waitSignal(page.answered):
        assert page.ratings.save() is True
    assert page.ratings.model.rows == []  # only what still waits
    page.ratings.only_open.setChecked(False)
    assert [r["status"] for r in page.ratings.model.rows] == ["answered"]
    assert page.ratings.answer.toPlainText() == "Đã xin lỗi, hẹn trả kết quả sáng mai"


def test_a_complaint_gets_its_handler_status_and_answer(qtbot, desk, commander):
    clerk = desk.officers.add("Trần Thị Lan", "officer", "3917", commander["id"])
    desk.visits.record({"full_name": "Vũ Văn Khiếu", "kind": "complaint", "summary": "Tiếng ồn"}, commander["id"])
    page = FollowUpsPage(desk, Session(commander))
    qtbot.addWidget(page)
    feedback = page.feedback
    assert feedback.handler.currentData() == commander["id"]
    feedback.handler.setCurrentIndex(feedback.handler.findData(clerk["id"]))
    feedback.status.setCurrentIndex(feedback.status.findData("forwarded"))
    assert feedback.save() is False and "nơi chuyển đến" in feedback.message.text()
    feedback.forwarded_to.setText("Công an tỉnh Bắc Ninh")
    assert feedback.save() is True
    row = desk.visit_follow_ups.listed()[0]
    assert (row["status"], row["handler_name"], row["forwarded_to"]) == ("forwarded", "Trần Thị Lan",
                                                                        "Công an tỉnh Bắc Ninh")
    feedback.status.setCurrentIndex(feedback.status.findData("answered"))
    feedback.answer.setPlainText("Cấp trên đã xử lý, báo lại người dân")
    assert feedback.save() is True and feedback.model.rows == []


def test_the_tile_counts_what_waits_and_opens_the_page(qtbot, desk, commander, clock):
    clerk = desk.officers.add("Trần Thị Lan", "officer", "3917", commander["id"])
    _unsatisfied(desk, clerk["id"])
    desk.visits.record({"full_name": "Ngô Văn Khang", "kind": "report", "summary": "Báo có người lạ"}, clerk["id"])
    clock.now = datetime(2026, 11, 30, 9, 0)  # the tip (3 working days) is late, the rating (5) not yet
    window = open_window(qtbot, desk, commander)
    tile = window.tiles[FOLLOW_UPS]
    assert tile.value == 2 and tile.caption.text() == "chờ trả lời · 1 QUÁ HẠN"
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert window.current_page() == "follow_ups"
    page = window.follow_ups_page
    page.ratings.answer.setPlainText("Đã xin lỗi")
    page.ratings.save()
    assert tile.value == 1  # the page's save is announced: the tile counts again
    officer_window = open_window(qtbot, desk, clerk)
    assert officer_window.tiles[FOLLOW_UPS].value == 1  # the tip only: ratings are the commander's
