"""The window says what happened in words an officer understands, and never acts behind
their back: no raw identifiers, no edits dropped without a question, no wizard finished by
an Enter in a PIN field, the procedure the officer means first in the list."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from desk_app.app import Desk
from desk_app.ui.dialogs.first_run import FirstRunWizard
from desk_app.ui.shell.main_window import RECEIVE, SETTINGS, VISITS
from desk_app.ui.widgets.procedure_picker import ProcedurePicker
from tests.ui.shell_helpers import open_window

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def test_the_picker_puts_the_procedure_meant_first(qtbot, desk):
    picker = ProcedurePicker(desk.catalog.list_procedures(active_only=True))
    qtbot.addWidget(picker)
    picker.proxy.set_query("thuong tru")
    names = [desk.catalog.get(code).name for code in picker.matches()]
    assert names.index("Đăng ký thường trú") < names.index("Xóa đăng ký thường trú")
    assert names[0] == "Đăng ký thường trú"


def test_saving_a_visit_shows_no_raw_identifier(qtbot, desk, commander):
    window = open_window(qtbot, desk, commander)
    window.go(VISITS)
    form = window.visit_form
    form.citizen.edits["full_name"].setText("Ngô Văn Tám")
    form.kind.setCurrentIndex(1)
    form.summary.setPlainText("Hỏi thủ tục đăng ký tạm trú cho con")
    form.outcome.setPlainText("Đã hướng dẫn")
    assert form.save()
    message = window.statusBar().currentMessage()
    assert message and not UUID.search(message), message


def test_leaving_settings_with_unsaved_edits_asks_and_no_stays(qtbot, desk, commander, monkeypatch):
    window = open_window(qtbot, desk, commander)
    window.go(SETTINGS)
    general = window.settings_page.pages["general"]
    asked, answer = [], [QMessageBox.StandardButton.No]

    def question(_parent, _title, text, _buttons, default):
        asked.append((text, default))
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    window.go(RECEIVE)  # nothing edited: no question
    assert window.current_page() == RECEIVE and asked == []

    window.go(SETTINGS)
    general.code_pattern.setFocus()
    general.code_pattern.selectAll()
    general.code_pattern.insert("{unit_code}/{yyyy}/{seq:05}")  # typed, not saved
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert len(asked) == 1 and "Giờ làm việc, mã hồ sơ" in asked[0][0]
    assert asked[0][1] == QMessageBox.StandardButton.No  # staying is the default
    assert window.current_page() == SETTINGS and window.nav.currentRow() == window.page_keys.index(SETTINGS)
    assert general.code_pattern.text() == "{unit_code}/{yyyy}/{seq:05}"  # nothing lost

    answer[0] = QMessageBox.StandardButton.Yes  # leave and drop it
    window.go(RECEIVE)
    assert window.current_page() == RECEIVE
    assert general.code_pattern.text() == desk.settings.code_pattern  # back to what is saved

    window.go(SETTINGS)
    general.code_pattern.insert("-X")
    general.code_pattern.setText("{unit_code}-{yymmdd}-{seq:05}")
    general.save_button.click()  # saved: leaving asks nothing
    window.go(RECEIVE)
    assert len(asked) == 2 and window.current_page() == RECEIVE


def test_enter_in_a_wizard_pin_field_never_finishes_the_wizard(qtbot, isolated_data_dir, clock):
    desk = Desk.open(isolated_data_dir, clock=clock)
    wizard = FirstRunWizard(desk)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    for key, value in {"name": "Công an xã Tân Tiến", "code": "CAXTT", "upper_name": "Công an tỉnh Bắc Ninh"}.items():
        wizard.unit_page.edits[key].setText(value)
    wizard.next()
    page = wizard.officers_page
    page.commander.setText("Trương Công Định")
    page.commander_pin.setText("6284")
    page.commander_pin.setFocus()
    qtbot.keyClick(page.commander_pin, Qt.Key.Key_Return)
    assert wizard.isVisible() and QApplication.focusWidget() is page.commander_pin2  # moved on
    page.commander_pin2.setText("6284")
    page.officer_name.setText("Lý Thị Ngọc Ánh")
    page.officer_pin.setText("7291")
    page.officer_pin.setFocus()
    qtbot.keyClick(page.officer_pin, Qt.Key.Key_Return)  # adds the officer, nothing more
    assert wizard.isVisible() and wizard.result() != QWizard.DialogCode.Accepted
    assert page.officer_list.count() == 1 and desk.unit is None
    wizard.reject()
    desk.close()
