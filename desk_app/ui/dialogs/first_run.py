"""First start: the unit's details, then its officers with a PIN each; lands on the desk."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QVBoxLayout, QWizard, QWizardPage,
)

from desk_app.core import unit as unit_module
from desk_app.core.officers import check_pin
from desk_app.ui.dialogs.recovery_page import RecoveryPage
from desk_app.core.text import clean
from desk_app.ui.widgets.dialog_parts import error_label
from desk_app.ui.widgets.forms_common import EnterRuns, install_enter_moves_on
from desk_app.ui.session import Session


def _pin_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(8)
    return edit


class UnitPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Đơn vị"))
        self.setSubTitle(self.tr("Thông tin in trên phiếu hẹn và gửi lên cấp trên. Có thể sửa sau trong Cài đặt."))
        self.edits = {key: QLineEdit() for key in ("name", "code", "address", "hotline", "upper_name", "upper_code")}
        self.edits["name"].setPlaceholderText(self.tr("VD: Công an xã Tân Tiến"))
        self.edits["code"].setPlaceholderText(self.tr("VD: CAXTT (dùng trong mã hồ sơ)"))
        self.edits["upper_name"].setPlaceholderText(self.tr("VD: Công an tỉnh Bắc Ninh"))
        self.error = error_label()
        form = QFormLayout(self)
        labels = {"name": self.tr("Tên đơn vị *"), "code": self.tr("Mã đơn vị *"), "address": self.tr("Địa chỉ"),
                  "hotline": self.tr("Đường dây nóng"), "upper_name": self.tr("Cấp trên nhận báo cáo"),
                  "upper_code": self.tr("Mã cấp trên")}
        for key, edit in self.edits.items():
            form.addRow(labels[key], edit)
        form.addRow(self.error)

    def values(self) -> dict:
        return {key: edit.text() for key, edit in self.edits.items()}

    def validatePage(self) -> bool:
        try:
            unit_module.check_unit(self.values())
        except ValueError as error:
            self.error.setText(str(error))
            return False
        self.error.clear()
        return True


class OfficersPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Cán bộ"))
        self.setSubTitle(self.tr("Chỉ huy quản lý cài đặt; cán bộ trực tiếp nhận hồ sơ. Mỗi người một mã PIN 4–8 chữ số."))
        self.commander = QLineEdit()
        self.commander_pin = _pin_edit()
        self.commander_pin2 = _pin_edit()
        self.officer_name = QLineEdit()
        self.officer_pin = _pin_edit()
        self.add_button = QPushButton(self.tr("Thêm cán bộ"))
        self.add_button.clicked.connect(self.add_officer)
        # Enter moves on through the fields and adds the officer at the PIN; with no officer
        # name typed it goes to the next page, as Ctrl+Enter does from any field. It never
        # finishes the wizard from a PIN field.
        self._enter_keys = [install_enter_moves_on(self, [self.commander, self.commander_pin, self.commander_pin2]),
                            EnterRuns(self.officer_name, self._name_entered),
                            EnterRuns(self.officer_pin, self._pin_entered)]
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.next_page)
        self.officers: list[tuple[str, str]] = []
        self.officer_list = QListWidget()
        self.officer_list.setMaximumHeight(110)
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Chỉ huy (họ tên) *"), self.commander)
        form.addRow(self.tr("PIN của chỉ huy *"), self.commander_pin)
        form.addRow(self.tr("Nhập lại PIN *"), self.commander_pin2)
        row = QHBoxLayout()
        row.addWidget(self.officer_name, 2)
        row.addWidget(QLabel(self.tr("PIN")))
        row.addWidget(self.officer_pin, 1)
        row.addWidget(self.add_button)
        form.addRow(self.tr("Cán bộ trực"), row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.officer_list)
        layout.addWidget(self.error)

    def next_page(self) -> None:
        if self.wizard() is not None:
            self.wizard().next()

    def _name_entered(self) -> None:
        if clean(self.officer_name.text()):
            self.officer_pin.setFocus()
        else:
            self.next_page()

    def _pin_entered(self) -> None:
        if clean(self.officer_name.text()):
            self.add_officer()
        else:
            self.next_page()

    def add_officer(self) -> bool:
        name = clean(self.officer_name.text())
        try:
            if not name:
                raise ValueError(self.tr("Chưa nhập họ tên cán bộ."))
            check_pin(self.officer_pin.text())
            if name in {n for n, _ in self.officers} or name == clean(self.commander.text()):
                raise ValueError(self.tr("Đã có cán bộ tên này."))
        except ValueError as error:
            self.error.setText(str(error))
            return False
        self.officers.append((name, self.officer_pin.text()))
        self.officer_list.addItem(name)
        self.officer_name.clear()
        self.officer_pin.clear()
        self.officer_name.setFocus()
        self.error.clear()
        return True

    def validatePage(self) -> bool:
        try:
            if not clean(self.commander.text()):
                raise ValueError(self.tr("Chưa nhập họ tên chỉ huy."))
            check_pin(self.commander_pin.text())
            if self.commander_pin.text() != self.commander_pin2.text():
                raise ValueError(self.tr("Hai lần nhập PIN của chỉ huy không khớp."))
        except ValueError as error:
            self.error.setText(str(error))
            return False
        if self.officer_name.text().strip() and not self.add_officer():
            return False  # a name typed but not added yet: add it rather than lose it
        self.error.clear()
        return True


class FirstRunWizard(QWizard):
    """Sets the desk up when it finishes; `session` is then the commander on duty."""

    def __init__(self, desk, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.session: Session | None = None
        self.setWindowTitle(self.tr("Cài đặt lần đầu – Bộ phận một cửa"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.unit_page = UnitPage()
        self.officers_page = OfficersPage()
        self.addPage(self.unit_page)
        self.addPage(self.officers_page)
        self.recovery_page = RecoveryPage()
        self.addPage(self.recovery_page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Tiếp >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Quay lại"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Hoàn tất"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Hủy"))
        self.resize(640, 460)

    def accept(self) -> None:
        page = self.officers_page
        if not self.validateCurrentPage():
            return
        try:
            result = self.desk.first_run(self.unit_page.values(),
                                         clean(page.commander.text()), page.commander_pin.text())
            commander = result.commander
            for name, pin in page.officers:
                self.desk.officers.add(name, "officer", pin, commander["id"])
            if self.recovery_page.value():
                self.desk.backups.set_recovery_passphrase(self.recovery_page.value(), commander["id"])
        except ValueError as error:
            page.error.setText(str(error))
            return
        self.session = Session(commander)
        super().accept()
