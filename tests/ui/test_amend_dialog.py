"""“Sửa hồ sơ” from the detail pane: the dialog, the reason it needs, the history after."""

from __future__ import annotations

from tests.ui.test_detail import code, detail, ok  # noqa: F401


def test_amend_from_the_detail_shows_before_and_after(detail, code, desk):
    detail.load(code)
    assert detail.amend_button.isEnabled()
    dialog = detail.open_amend()
    dialog.edits["full_name"].setText("Đỗ Thị Lành")
    ok(dialog)
    assert "lý do" in dialog.error.text() and dialog.isVisible()
    dialog.reason.setText("Gõ sai tên")
    ok(dialog)
    assert not dialog.isVisible()
    assert desk.dossiers.get(code)["full_name"] == "Đỗ Thị Lành"
    assert "Đỗ Thị Lan → Đỗ Thị Lành" in detail.timeline.toPlainText()
    assert "Đỗ Thị Lành" in detail.citizen.text()


def test_an_empty_pane_cannot_amend(detail):
    detail.clear()
    assert not detail.amend_button.isEnabled()


PROOF = "Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp"


def test_a_document_ticked_wrongly_is_unticked_in_the_dialog(detail, code, desk, qtbot):
    from PySide6.QtCore import Qt

    detail.load(code)
    dialog = detail.open_amend()
    table = dialog.table
    assert [r["name"] for r in dialog.documents.rows][1] == PROOF
    kind = dialog.documents.rows[1]["kind"]
    table.setFocus()
    table.setCurrentIndex(dialog.documents.index(1, 1))
    qtbot.keyClick(table, Qt.Key.Key_Space)  # Space unticks, as on the receive form
    qtbot.keyClick(table, Qt.Key.Key_1 if kind != "original" else Qt.Key.Key_2)  # the kind stays as received: only the ticks are corrected
    assert dialog.documents.rows[1]["received"] is False and dialog.documents.rows[1]["kind"] == kind
    dialog.reason.setText("Công dân chưa nộp giấy chứng minh chỗ ở")
    ok(dialog)
    assert not dialog.isVisible(), dialog.error.text()
    documents = desk.dossiers.get(code)["documents"]
    assert [(d["name"], d["received"]) for d in documents][1] == (PROOF, 0)
    assert f"giấy tờ: bỏ {PROOF}" in detail.timeline.toPlainText()


def test_a_changed_procedure_offers_its_own_documents(detail, code, desk):
    detail.load(code)
    dialog = detail.open_amend()
    dialog.procedure.setText("1.010041")
    assert [r["name"] for r in dialog.documents.rows] == ["Tờ khai thay đổi thông tin cư trú (mẫu CT01)"]
    dialog.procedure.setText("1.004194")  # back to the dossier's own: its own list again
    assert len(dialog.documents.rows) == 2
    dialog.procedure.setText("1.010041")
    dialog.reason.setText("Chọn nhầm thủ tục")
    ok(dialog)
    assert not dialog.isVisible(), dialog.error.text()
    row = desk.dossiers.get(code)
    assert row["procedure_code"] == "1.010041" and [d["name"] for d in row["documents"]] == [
        "Tờ khai thay đổi thông tin cư trú (mẫu CT01)"]
