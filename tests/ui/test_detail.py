"""Each lifecycle action driven from the dossier detail, through its dialog."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desk_app.ui.pages.detail import DetailView
from desk_app.ui.session import Session
from tests.ui.shell_helpers import register, type_text


@pytest.fixture
def detail(qtbot, desk, commander):
    view = DetailView(desk, Session(commander))
    qtbot.addWidget(view)
    return view


@pytest.fixture
def code(desk, commander, clock):
    return register(desk, commander["id"], "Đỗ Thị Lan", "001190000011", clock.now).code


def ok(dialog):
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_detail_shows_citizen_documents_timeline_and_allowed_actions(detail, code):
    detail.load(code)
    assert code in detail.title.text()
    assert "Đỗ Thị Lan" in detail.citizen.text() and "001190000011" in detail.citizen.text()
    assert detail.documents.count() >= 1
    assert len(detail.timeline_lines) == 1 and "Nguyễn Văn Hùng" in detail.timeline.toPlainText()
    assert detail.enabled_actions() == {"start", "supplement", "refuse", "extend", "stop", "result_ready"}


def test_start_result_ready_return(qtbot, desk, detail, code):
    detail.load(code)
    with qtbot.waitSignal(detail.changed):
        ok(detail.open_action("start"))
    assert desk.dossiers.get(code)["status"] == "in_progress"
    assert "return" not in detail.enabled_actions()
    ok(detail.open_action("result_ready"))
    dialog = detail.open_action("return")
    assert dialog.collected_by.text() == "Đỗ Thị Lan"
    dialog.collected_by.clear()
    ok(dialog)
    assert dialog.isVisible() and "người nhận" in dialog.error.text()
    type_text(dialog.collected_by, "Lê Văn Ấn (chồng)")
    ok(dialog)
    dossier = desk.dossiers.get(code)
    assert dossier["status"] == "returned"
    assert '"collected_by": "Lê Văn Ấn (chồng)"' in dossier["events"][-1]["details"]
    assert detail.enabled_actions() == set()
    assert "Người nhận: Lê Văn Ấn" in detail.timeline_lines[-1]


def test_supplement_lists_what_is_missing(desk, detail, code):
    detail.load(code)
    dialog = detail.open_action("supplement")
    ok(dialog)  # nothing chosen, nothing written
    assert dialog.isVisible() and desk.dossiers.get(code)["status"] == "received"
    dialog.missing.item(0).setCheckState(Qt.CheckState.Checked)
    first_doc = dialog.missing.item(0).text()
    dialog.reason.setPlainText("Ảnh chụp sổ đỏ rõ nét")
    ok(dialog)
    dossier = desk.dossiers.get(code)
    assert dossier["status"] == "needs_supplement"
    event = dossier["events"][-1]
    assert first_doc in event["reason"] and "sổ đỏ" in event["reason"]
    assert detail.enabled_actions() == {"resume", "refuse", "stop"}


def test_refuse_needs_a_reason(desk, detail, code):
    detail.load(code)
    dialog = detail.open_action("refuse")
    ok(dialog)
    assert dialog.isVisible() and "lý do" in dialog.error.text()
    dialog.reason.setPlainText("Không thuộc thẩm quyền (Điều 5 Luật Cư trú)")
    ok(dialog)
    dossier = desk.dossiers.get(code)
    assert dossier["status"] == "refused" and dossier["events"][-1]["reason"].startswith("Không thuộc")


def test_a_full_disk_leaves_the_dialog_open_with_the_reason(desk, detail, code):
    detail.load(code)
    dialog = detail.open_action("refuse")
    dialog.reason.setPlainText("Không thuộc thẩm quyền giải quyết của Công an xã. " * 4000)
    desk.store.db.execute(f"PRAGMA max_page_count = {desk.store.scalar('PRAGMA page_count')}")
    ok(dialog)
    assert dialog.isVisible() and "Ổ đĩa đã đầy" in dialog.error.text()
    assert desk.dossiers.get(code)["status"] == "received"  # nothing half-done
    desk.store.db.execute("PRAGMA max_page_count = 1073741823")
    ok(dialog)
    assert desk.dossiers.get(code)["status"] == "refused"


def test_extend_sets_a_new_due_time_and_refuses_an_earlier_one(desk, detail, code):
    detail.load(code)
    before = desk.dossiers.get(code)["due_at"]
    dialog = detail.open_action("extend")
    dialog.reason.setPlainText("Cần xác minh thêm")
    dialog.new_due.setDateTime(datetime(2026, 11, 1, 9, 0))
    ok(dialog)
    assert dialog.isVisible() and "Gia hạn cần thời hạn mới" in dialog.error.text()
    dialog.new_due.setDateTime(datetime(2026, 12, 4, 10, 30))
    ok(dialog)
    dossier = desk.dossiers.get(code)
    assert dossier["due_at"] == "2026-12-04 10:30:00" and dossier["original_due_at"] == before
    assert "10:30 04/12/2026" in detail.state.text()


def test_stop(desk, detail, code):
    detail.load(code)
    dialog = detail.open_action("stop")
    dialog.reason.setPlainText("Công dân rút hồ sơ")
    ok(dialog)
    assert desk.dossiers.get(code)["status"] == "stopped"


def test_extend_by_keys_tab_leaves_the_date_and_a_refusal_keeps_what_was_typed(qtbot, desk, detail, code):
    """Alt+5: the date reads dd/mm/yyyy, Tab goes on to the reason (not to the date's month),
    and a refused date keeps the reason typed and puts the cursor back on the date."""
    import re

    from PySide6.QtWidgets import QApplication

    detail.show()
    detail.load(code)
    dialog = detail.open_action("extend")
    qtbot.waitUntil(dialog.new_due.hasFocus)
    assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", dialog.new_due.text()), dialog.new_due.text()
    qtbot.keyClick(dialog.new_due, Qt.Key.Key_Tab)
    qtbot.waitUntil(dialog.reason.hasFocus)
    type_text(QApplication.focusWidget(), "Cần xác minh với nơi cư trú cũ")
    dialog.new_due.setDateTime(datetime(2026, 11, 1, 9, 0))  # before the current appointment
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and "Gia hạn cần thời hạn mới" in dialog.error.text()
    assert dialog.reason.toPlainText() == "Cần xác minh với nơi cư trú cũ"  # nothing typed is lost
    qtbot.waitUntil(dialog.new_due.hasFocus)  # the cursor where the answer goes
    dialog.new_due.setDateTime(datetime(2026, 12, 4, 10, 30))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    dossier = desk.dossiers.get(code)
    assert dossier["due_at"] == "2026-12-04 10:30:00"
    assert dossier["events"][-1]["reason"] == "Cần xác minh với nơi cư trú cũ"


def test_a_refused_reason_keeps_the_dialog_and_the_cursor_on_the_reason(qtbot, desk, detail, code):
    detail.show()
    detail.load(code)
    dialog = detail.open_action("refuse")
    dialog.reason.setPlainText("   ")
    dialog.ok_button.setFocus()  # the officer tabbed on to the button
    qtbot.waitUntil(dialog.ok_button.hasFocus)
    qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Space)
    assert dialog.isVisible() and dialog.error.text() == "Cần ghi rõ lý do."
    qtbot.waitUntil(dialog.reason.hasFocus)


def test_in_a_narrow_pane_every_document_shows_whole(qtbot, detail, code):
    """Long document names take two lines at 360 px: the list is as tall as those lines."""
    detail.resize(360, 700)
    detail.show()
    qtbot.waitExposed(detail)
    detail.load(code)
    qtbot.wait(20)
    documents = detail.documents
    assert documents.count() >= 1
    last = documents.visualItemRect(documents.item(documents.count() - 1))
    assert last.bottom() <= documents.viewport().height()
    assert any(documents.visualItemRect(documents.item(i)).height() > documents.fontMetrics().height() * 1.5
               for i in range(documents.count()))  # (the names do wrap here)
