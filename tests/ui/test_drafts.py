"""Unsaved drafts survive a crash or a close, and go away once saved."""

from __future__ import annotations

import json

import shiboken6
from PySide6.QtCore import Qt

from desk_app.core.drafts import DraftStore
from desk_app.ui.pages.receive_form import ReceiveForm
from desk_app.ui.pages.visit_form import VisitForm
from tests.ui.forms_helpers import press, session, show_and_focus, type_text  # noqa: F401


def test_draft_store_writes_atomically_and_keeps_a_damaged_file(tmp_path):
    drafts = DraftStore(tmp_path)
    drafts.save("receive", {"citizen": {"full_name": "Đỗ Thị Lan"}})
    drafts.save("receive", {"citizen": {"full_name": "Đỗ Thị Lan Anh"}})
    assert [p.name for p in drafts.folder.iterdir()] == ["receive.json"]  # no temp file left
    assert drafts.load("receive") == {"citizen": {"full_name": "Đỗ Thị Lan Anh"}}
    drafts.path("receive").write_text('{"citizen": ', encoding="utf-8")  # a crash mid-write elsewhere
    assert drafts.load("receive") is None
    assert drafts.path("receive").with_suffix(".damaged").exists()
    drafts.clear("receive")
    drafts.clear("receive")  # clearing twice is fine
    assert drafts.load("receive") is None


def test_receive_draft_restored_after_the_form_is_destroyed(qtbot, desk, session):
    form = ReceiveForm(desk, session)
    show_and_focus(qtbot, form, form.citizen.edits["full_name"])
    type_text(qtbot, "Hoàng Văn Thái")
    form.citizen.edits["phone"].setText("0901234567")
    form.picker.setFocus()
    type_text(qtbot, "tam vang")
    press(Qt.Key_Escape, target=form.picker)
    press(Qt.Key_Return, "\r", target=form.picker)
    form.documents.setData(form.documents.index(0, 0), Qt.Unchecked, Qt.CheckStateRole)
    form.fee.setValue(3000)
    path = DraftStore(desk.data_dir).path("receive")
    qtbot.waitUntil(lambda: path.exists() and json.loads(path.read_text("utf-8"))["fee"] == 3000, timeout=3000)
    form.deleteLater()  # gone without saving, as in a crash
    qtbot.waitUntil(lambda: not shiboken6.isValid(form), timeout=2000)

    again = ReceiveForm(desk, session)
    qtbot.addWidget(again)
    assert again.citizen.edits["full_name"].text() == "Hoàng Văn Thái"
    assert again.citizen.edits["phone"].text() == "0901234567"
    assert again.picker.code == "1.003677"
    assert again.documents.documents()[0]["received"] is False
    assert again.fee.value() == 3000
    assert "khôi phục" in again.banner.text()
    assert again.save()
    assert not path.exists()


def test_visit_draft_flushed_on_close(qtbot, desk, session):
    form = VisitForm(desk, session)
    show_and_focus(qtbot, form, form.citizen.edits["full_name"])
    type_text(qtbot, "Vũ Thị Mai")
    form.kind.setCurrentIndex(form.kind.findData("complaint"))
    form.summary.setPlainText("Tố cáo hành vi lấn chiếm lối đi chung")
    form.close()  # closed before the debounce fired: written at once
    assert DraftStore(desk.data_dir).load("visit")["summary"] == "Tố cáo hành vi lấn chiếm lối đi chung"
    form.deleteLater()
    again = VisitForm(desk, session)
    qtbot.addWidget(again)
    assert again.citizen.edits["full_name"].text() == "Vũ Thị Mai"
    assert again.kind.currentData() == "complaint"
    assert again.summary.toPlainText() == "Tố cáo hành vi lấn chiếm lối đi chung"
