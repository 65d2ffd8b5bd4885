"""The receive form asks when a known ID number comes with another name: the known person
beside what was typed; No saves nothing, Yes updates the citizen."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from desk_app.core.registration import dossier_input_from_dict
from tests.ui.forms_helpers import CARD_QR, scan_filter, session  # noqa: F401
from tests.ui.test_receive_form import form, pick  # noqa: F401


def test_a_known_id_with_another_name_shows_both_and_asks(qtbot, form, desk, commander, monkeypatch):
    desk.dossiers.register(dossier_input_from_dict({"cccd_qr": CARD_QR, "procedure": "1.004194"}), commander["id"])
    asked = []
    answer = [QMessageBox.StandardButton.No]

    def question(_parent, title, text, *args):
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    edits = form.citizen.edits
    edits["id_number"].setText("001190012345")
    edits["full_name"].setText("Nguyễn Thị Bích Ngà")
    pick(qtbot, form, "xac nhan thong tin")
    assert form.save() is None
    assert "Nguyễn Thị Bích Ngọc" in asked[0] and "Nguyễn Thị Bích Ngà" in asked[0]
    assert desk.store.scalar("SELECT COUNT(*) FROM dossiers") == 1
    answer[0] = QMessageBox.StandardButton.Yes
    code = form.save()
    assert code and len(asked) == 2
    assert desk.dossiers.get(code)["full_name"] == "Nguyễn Thị Bích Ngà"
    assert desk.store.scalar("SELECT full_name FROM citizens") == "Nguyễn Thị Bích Ngà"
    first = desk.dossiers.get("CAXTT-261123-0001")
    assert first["full_name"] == "Nguyễn Thị Bích Ngọc"  # the first dossier keeps its applicant


def test_the_question_lists_only_what_differs_with_dates_day_first(qtbot, form, desk, commander, monkeypatch):
    desk.dossiers.register(dossier_input_from_dict({"cccd_qr": CARD_QR, "procedure": "1.004194"}), commander["id"])
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.No)
    edits = form.citizen.edits
    edits["id_number"].setText("001190012345")
    edits["full_name"].setText("Nguyễn Thị Bích Ngọc")
    edits["birth_date"].setText("16/03/1990")
    edits["sex"].setCurrentIndex(edits["sex"].findData("Nữ"))
    pick(qtbot, form, "xac nhan thong tin")
    assert form.save() is None
    assert "Ngày sinh: đã lưu “15/03/1990” – vừa nhập “16/03/1990”" in asked[0]
    assert "1990-03-1" not in asked[0]
    assert "Họ và tên:" not in asked[0] and "Giới tính" not in asked[0]  # the same name and sex are not listed
