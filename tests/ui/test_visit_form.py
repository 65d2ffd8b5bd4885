"""The reception log form: scan, kind, summary, rating; saved through the core."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desk_app.core.registration import dossier_input_from_dict
from desk_app.ui.pages.visit_form import VisitForm
from tests.ui.forms_helpers import CARD_QR, press, scan, scan_filter, session, show_and_focus, type_text  # noqa: F401


@pytest.fixture
def form(qtbot, desk, session, scan_filter):
    widget = VisitForm(desk, session)
    qtbot.addWidget(widget)
    scan_filter.scanned.connect(widget.handle_scan)
    show_and_focus(qtbot, widget, widget.citizen.edits["full_name"])
    return widget


def test_scan_then_log_an_inquiry_with_a_rating(qtbot, form, desk, clock):
    scan(qtbot)
    assert form.citizen.edits["full_name"].text() == "Nguyễn Thị Bích Ngọc"
    assert form.kind.hasFocus()
    form.kind.setCurrentIndex(form.kind.findData("inquiry"))
    form.summary.setFocus()
    type_text(qtbot, "Hỏi thủ tục đăng ký tạm trú cho con")
    form.outcome.setPlainText("Đã hướng dẫn, phát tờ khai CT01")
    form.rating_buttons["satisfied"].setChecked(True)
    with qtbot.waitSignal(form.saved, timeout=2000) as signal:
        press(Qt.Key_Return, "\r", Qt.ControlModifier)
    visits = desk.visits.on_day(clock.now.date())
    assert [v["id"] for v in visits] == signal.args
    visit = visits[0]
    assert visit["kind"] == "inquiry" and visit["satisfaction"] == "satisfied"
    assert visit["summary"] == "Hỏi thủ tục đăng ký tạm trú cho con"
    assert visit["full_name"] == "Nguyễn Thị Bích Ngọc" and visit["officer_name"] == "Nguyễn Văn Hùng"
    assert form.summary.toPlainText() == "" and form.rating.checkedButton() is None
    assert "Hỏi / hướng dẫn" in form.result_label.text()


def test_a_known_citizen_is_reused(qtbot, form, desk, commander):
    desk.dossiers.register(dossier_input_from_dict({"cccd_qr": CARD_QR, "procedure": "1.004194"}), commander["id"])
    scan(qtbot)
    assert "Công dân đã có trong sổ" in form.banner.text()
    form.kind.setCurrentIndex(form.kind.findData("result_pickup"))
    form.summary.setPlainText("Nhận kết quả đăng ký tạm trú")
    assert form.save()
    assert desk.store.scalar("SELECT COUNT(*) FROM citizens") == 1
    assert desk.store.scalar("SELECT COUNT(*) FROM visits WHERE kind = 'result_pickup'") == 1


def test_missing_kind_and_summary_are_shown_by_the_fields(qtbot, form, desk):
    type_text(qtbot, "Phạm Văn Tư")
    assert form.save() is None
    assert form.kind_error.isVisible() and "Chưa chọn loại việc" in form.kind_error.text()
    assert form.summary_error.isVisible() and "Chưa ghi nội dung" in form.summary_error.text()
    assert not form.citizen.errors["full_name"].isVisible()
    assert form.kind.hasFocus()
    assert form.citizen.edits["full_name"].text() == "Phạm Văn Tư"
    assert desk.store.scalar("SELECT COUNT(*) FROM visits") == 0


def test_keys_1_2_3_choose_the_rating_on_its_row_and_0_takes_it_back(qtbot, form, desk, clock):
    form.citizen.edits["full_name"].setText("Lê Thị Hoa")
    form.kind.setCurrentIndex(form.kind.findData("inquiry"))
    form.summary.setPlainText("Hỏi thủ tục")
    form.outcome.setFocus()
    press(Qt.Key_1, "1")
    qtbot.waitUntil(lambda: form.outcome.toPlainText() == "1")  # a note keeps its digits (after the scan check)
    assert form.rating.checkedButton() is None
    press(Qt.Key_Tab, "\t")
    assert QApplication.focusWidget() in form.rating_buttons.values()  # Tab from the result reaches the rating row
    press(Qt.Key_2, "2")
    qtbot.waitUntil(lambda: form.rating.checkedButton() is form.rating_buttons["satisfied"])
    press(Qt.Key_0, "0")
    qtbot.waitUntil(lambda: form.rating.checkedButton() is None)
    press(Qt.Key_1, "1")
    qtbot.waitUntil(lambda: form.rating.checkedButton() is form.rating_buttons["very_satisfied"])
    assert form.rating_buttons["very_satisfied"].hasFocus()
    with qtbot.waitSignal(form.saved, timeout=2000):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return, Qt.ControlModifier)
    [visit] = desk.visits.on_day(clock.now.date())
    assert visit["satisfaction"] == "very_satisfied" and visit["outcome"] == "1"


def test_a_proposal_rated_unsatisfied_opens_both_follow_ups(qtbot, form, desk, commander):
    """F4: the proposal gets its deadline (10 working days: 8/12 from Monday 23/11, 24/11 off),
    the officer's "Không hài lòng" on the form opens the commander's follow-up."""
    form.citizen.edits["full_name"].setText("Bùi Thị Hà")
    form.kind.setCurrentIndex(form.kind.findData("proposal"))
    form.summary.setPlainText("Đề nghị lắp đèn đường thôn Đông")
    form.rating_buttons["unsatisfied"].setChecked(True)
    assert form.save()
    assert "Kiến nghị" in form.result_label.text() and "Hạn trả lời: 08/12/2026." in form.result_label.text()
    [case] = desk.visit_follow_ups.listed()
    assert (case["kind"], case["status"], case["handler_id"]) == ("proposal", "received", commander["id"])
    [follow_up] = desk.rating_follow_ups.listed()
    assert (follow_up["source"], follow_up["full_name"], follow_up["due_at"]) == (
        "visit_form", "Bùi Thị Hà", "2026-12-01 09:00:00")  # 5 working days: 25, 26, 27, 30/11, 1/12
