"""The first-run wizard: unit details, officers with PINs, then the desk is set up."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from desk_app.app import Desk
from desk_app.ui.dialogs.first_run import FirstRunWizard
from tests.ui.shell_helpers import type_text


def test_wizard_sets_up_the_unit_and_officers(qtbot, isolated_data_dir, clock):
    desk = Desk.open(isolated_data_dir, clock=clock)
    assert desk.unit is None
    wizard = FirstRunWizard(desk)
    qtbot.addWidget(wizard)
    wizard.show()
    unit = wizard.unit_page
    wizard.next()
    assert wizard.currentPage() is unit and "tên đơn vị" in unit.error.text()  # nothing typed yet
    type_text(unit.edits["name"], "Công an phường Đông Ngàn")
    unit.edits["code"].setText("CAPDN")
    type_text(unit.edits["address"], "Số 1 đường Lý Thái Tổ")
    unit.edits["hotline"].setText("0222 3840 113")
    type_text(unit.edits["upper_name"], "Công an tỉnh Bắc Ninh")
    wizard.next()
    page = wizard.officers_page
    assert wizard.currentPage() is page
    type_text(page.commander, "Trương Công Định")
    page.commander_pin.setText("1234")
    page.commander_pin2.setText("1234")
    wizard.next()
    assert "dễ đoán" in page.error.text() and wizard.currentPage() is page
    page.commander_pin.setText("6284")
    page.commander_pin2.setText("2469")
    wizard.next()
    assert "không khớp" in page.error.text() and wizard.currentPage() is page
    page.commander_pin2.setText("6284")
    type_text(page.officer_name, "Lý Thị Ngọc Ánh")
    page.officer_pin.setText("12")
    assert not page.add_officer() and "PIN" in page.error.text()
    page.officer_pin.setText("5555")  # weak PINs are refused here too
    assert not page.add_officer() and "dễ đoán" in page.error.text()
    page.officer_pin.setText("7291")
    assert page.add_officer() and page.officer_list.count() == 1
    type_text(page.officer_name, "Đinh Văn Bảo")  # typed but not added: finishing adds it
    page.officer_pin.setText("9753")
    wizard.next()
    recovery = wizard.recovery_page
    assert wizard.currentPage() is recovery and desk.unit is None
    recovery.passphrase.setText("ngắn")
    recovery.passphrase2.setText("ngắn")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert "ít nhất" in recovery.error.text() and desk.unit is None
    recovery.passphrase.setText("trâu vàng gặm cỏ bên sông")
    recovery.passphrase2.setText("trâu vàng gặm cỏ bên sông")
    wizard.button(QWizard.WizardButton.FinishButton).click()

    assert wizard.result() == QWizard.DialogCode.Accepted
    saved = desk.unit
    assert (saved["name"], saved["code"], saved["upper_name"]) == ("Công an phường Đông Ngàn", "CAPDN", "Công an tỉnh Bắc Ninh")
    officers = {o["full_name"]: o for o in desk.officers.list()}
    assert set(officers) == {"Trương Công Định", "Lý Thị Ngọc Ánh", "Đinh Văn Bảo"}
    assert officers["Trương Công Định"]["role"] == "commander"
    assert desk.officers.login(officers["Lý Thị Ngọc Ánh"]["id"], "7291") is not None
    assert wizard.session.is_commander and wizard.session.officer["full_name"] == "Trương Công Định"
    assert desk.backups.recovery_passphrase_set
    assert desk.store.scalar("SELECT COUNT(*) FROM procedures") > 5  # the built-in catalog came with it
    desk.close()


def test_unit_code_with_spaces_is_refused_next_to_the_field(qtbot, isolated_data_dir):
    desk = Desk.open(isolated_data_dir)
    wizard = FirstRunWizard(desk)
    qtbot.addWidget(wizard)
    wizard.show()
    type_text(wizard.unit_page.edits["name"], "Công an xã Yên Phụ")
    wizard.unit_page.edits["code"].setText("CA YP")
    wizard.next()
    assert wizard.currentPage() is wizard.unit_page
    assert "Mã đơn vị" in wizard.unit_page.error.text()
    desk.close()


def test_the_officers_page_moves_on_with_enter_and_ctrl_enter(qtbot, isolated_data_dir):
    from PySide6.QtCore import Qt

    desk = Desk.open(isolated_data_dir)
    wizard = FirstRunWizard(desk)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    type_text(wizard.unit_page.edits["name"], "Công an xã Yên Phụ")
    wizard.unit_page.edits["code"].setText("CAYP")
    wizard.next()
    page = wizard.officers_page
    type_text(page.commander, "Trương Công Định")
    page.commander_pin.setText("6284")
    page.commander_pin2.setText("6284")
    page.commander_pin2.setFocus()
    qtbot.keyClick(page.commander_pin2, Qt.Key.Key_Return)  # on to the officer's name
    assert page.officer_name.hasFocus()
    qtbot.keyClick(page.officer_name, Qt.Key.Key_Return)  # no officer to add: the next page
    assert wizard.currentPage() is wizard.recovery_page
    wizard.back()
    type_text(page.officer_name, "Lý Thị Ngọc Ánh")
    page.officer_pin.setText("7291")
    qtbot.keyClick(page.officer_pin, Qt.Key.Key_Return)  # adds her, stays for another
    assert page.officer_list.count() == 1 and wizard.currentPage() is page
    qtbot.keyClick(page.commander, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert wizard.currentPage() is wizard.recovery_page
    assert desk.unit is None  # nothing is finished behind the officer's back
    desk.close()
