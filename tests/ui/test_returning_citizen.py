"""A citizen who comes back is recognised from the ID number: the officer continues the open
dossier instead of opening a duplicate, and the same procedure twice asks first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desk_app.ui.shell.main_window import DOSSIERS, RECEIVE
from tests.ui.forms_helpers import CARD_QR, scan
from tests.ui.shell_helpers import open_window, register

ID_NUMBER = CARD_QR.split("|")[0]


def waiting_for_supplement(desk, commander, clock):
    code = register(desk, commander["id"], "Nguyễn Thị Bích Ngọc", ID_NUMBER, clock.now).code  # Đăng ký tạm trú
    desk.dossiers.apply(code, "supplement", commander["id"], "Thiếu hợp đồng thuê nhà", None, {})
    return code


def test_a_scanned_returning_citizen_is_shown_her_open_dossier_and_continues_it(qtbot, desk, commander, clock):
    code = waiting_for_supplement(desk, commander, clock)
    window = open_window(qtbot, desk, commander)
    scan(qtbot, CARD_QR)
    panel = window.receive_form.returning
    assert window.current_page() == RECEIVE and panel.isVisible()
    text = panel.findChildren(type(window.officer_label))[0].text()
    assert text.startswith("Đang có hồ sơ Đăng ký tạm trú chờ bổ sung") and code in text and "mở hồ sơ?" in text

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # "&Mở hồ sơ"
    qtbot.waitUntil(lambda: window.current_page() == DOSSIERS)
    assert window.queue_view.selected_code() == code and window.detail.dossier["code"] == code
    assert window.detail.enabled_actions() >= {"resume"}  # "Đã bổ sung đủ" is at hand
    window.detail.action_buttons["resume"].click()
    window.detail.dialog.accept()
    assert desk.dossiers.get(code)["status"] == "in_progress"


def test_a_typed_id_number_is_recognised_too_and_a_finished_dossier_is_not_offered(qtbot, desk, commander, clock):
    code = waiting_for_supplement(desk, commander, clock)
    window = open_window(qtbot, desk, commander)
    edit = window.receive_form.citizen.edits["id_number"]
    edit.setText(ID_NUMBER[:11])
    assert not window.receive_form.returning.isVisible()
    edit.setText(ID_NUMBER)
    assert [row["code"] for row in window.receive_form.returning.rows] == [code]
    desk.dossiers.apply(code, "refuse", commander["id"], "Không đủ điều kiện", None, {})
    edit.setText("")
    edit.setText(ID_NUMBER)
    assert not window.receive_form.returning.isVisible()  # refused: nothing left to continue


def test_the_same_procedure_twice_for_one_person_asks_before_saving(qtbot, desk, commander, clock, monkeypatch):
    waiting_for_supplement(desk, commander, clock)
    window = open_window(qtbot, desk, commander)
    form = window.receive_form
    asked = []
    answer = [QMessageBox.StandardButton.No]

    def question(_parent, _title, text, _buttons, default):
        asked.append((text, default))
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    scan(qtbot, CARD_QR)
    form.picker.set_code("1.004194")  # Đăng ký tạm trú again
    before = len(desk.dossiers.find(ID_NUMBER))
    assert form.save() is None
    assert len(asked) == 1 and "Đăng ký tạm trú" in asked[0][0] and asked[0][1] == QMessageBox.StandardButton.No
    assert len(desk.dossiers.find(ID_NUMBER)) == before  # nothing saved
    assert "Chưa lưu" in form.result_label.text()

    form.picker.set_code("1.004222")  # another procedure: no question
    assert form.save() is not None and len(asked) == 1

    scan(qtbot, CARD_QR)
    form.picker.set_code("1.004194")
    answer[0] = QMessageBox.StandardButton.Yes  # the officer means it
    assert form.save() is not None and len(asked) == 2
    assert len(desk.dossiers.find(ID_NUMBER)) == before + 2


def test_sex_is_taken_from_the_id_number_when_it_says_it(qtbot, desk, commander):
    window = open_window(qtbot, desk, commander)
    fields = window.receive_form.citizen
    fields.edits["id_number"].setText("001090012345")  # 4th digit 0: a man born in the 1900s
    assert fields.edits["sex"].currentText() == "Nam"
    fields.edits["id_number"].setText("")
    fields.edits["sex"].setCurrentIndex(fields.edits["sex"].findText("Nữ"))
    fields.edits["id_number"].setText("001090012345")  # what the officer chose is not overwritten
    assert fields.edits["sex"].currentText() == "Nữ"
