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
    dialog.procedure.set_code("1.010041")
    assert [r["name"] for r in dialog.documents.rows] == ["Tờ khai thay đổi thông tin cư trú (mẫu CT01)"]
    dialog.procedure.set_code("1.004194")  # back to the dossier's own: its own list again
    assert len(dialog.documents.rows) == 2
    dialog.procedure.set_code("1.010041")
    dialog.reason.setText("Chọn nhầm thủ tục")
    ok(dialog)
    assert not dialog.isVisible(), dialog.error.text()
    row = desk.dossiers.get(code)
    assert row["procedure_code"] == "1.010041" and [d["name"] for d in row["documents"]] == [
        "Tờ khai thay đổi thông tin cư trú (mẫu CT01)"]


def test_dates_read_and_typed_day_first_and_sex_and_procedure_are_choices(detail, code, desk):
    from PySide6.QtWidgets import QComboBox

    from desk_app.ui.widgets.procedure_picker import ProcedurePicker

    detail.load(code)
    dialog = detail.open_amend()
    sex = dialog.edits["sex"]
    assert isinstance(sex, QComboBox) and [sex.itemData(i) for i in range(sex.count())] == ["", "Nam", "Nữ"]
    assert isinstance(dialog.procedure, ProcedurePicker) and dialog.procedure.code == "1.004194"
    assert dialog.procedure.text().startswith("1.004194 – ")  # the procedure's name, not only its code
    assert "dd/mm/yyyy HH:MM" in dialog.due.placeholderText() and "YYYY" not in dialog.due.placeholderText()
    dialog.edits["birth_date"].setText("15/03/1990")
    sex.setCurrentIndex(sex.findData("Nữ"))
    dialog.reason.setText("Bổ sung ngày sinh, giới tính, hẹn lại")
    dialog.due.setText("2026-12-20 14:00")
    ok(dialog)
    assert dialog.isVisible() and "dd/mm/yyyy HH:MM" in dialog.error.text()
    assert dialog.reason.text() == "Bổ sung ngày sinh, giới tính, hẹn lại"  # nothing typed is lost
    dialog.due.setText("20/12/2026 14:00")
    ok(dialog)
    assert not dialog.isVisible(), dialog.error.text()
    row = desk.dossiers.get(code)
    assert (row["birth_date"], row["sex"], row["due_at"]) == ("1990-03-15", "Nữ", "2026-12-20 14:00:00")
    again = detail.open_amend()
    assert again.edits["birth_date"].text() == "15/03/1990" and again.edits["sex"].currentData() == "Nữ"
    assert again.applicant() == {}  # a date shown day first is not taken for a change
