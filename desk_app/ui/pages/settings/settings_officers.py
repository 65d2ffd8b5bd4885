"""Settings page: officers of the unit: add, change PIN, deactivate."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton)

from desk_app.core.officers import ROLES
from desk_app.core.roles import PermissionDenied
from desk_app.ui.i18n import arg, core_term
from desk_app.ui.widgets.forms_common import error_label
from desk_app.ui.widgets.list_page import ListPage


def pin_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.Password)
    edit.setMaxLength(8)
    edit.setPlaceholderText(QCoreApplication.translate("OfficersPage", "4–8 chữ số"))
    return edit


class OfficersPage(ListPage):
    stretch = 0

    def __init__(self, desk, session, parent=None):
        super().__init__(desk, session, parent)
        self.show_inactive = QCheckBox(self.tr("Hiện cả cán bộ đã ngừng hoạt động"))
        self.show_inactive.toggled.connect(self.load)
        self.selected_error = self.error  # under the box of the chosen officer; the add box has its own
        self.add_error = error_label()
        self.stack(self.view, self.show_inactive, self._chosen_box(), self.selected_error, self._add_box(),
                   self.status)
        self.load()

    def _add_box(self) -> QGroupBox:
        self.name = QLineEdit()
        self.rank = QLineEdit()
        self.rank.setPlaceholderText(self.tr("Ví dụ: Thượng úy"))
        self.role = QComboBox()
        for key, label in ROLES.items():
            self.role.addItem(core_term(label), key)
        self.role.setCurrentIndex(self.role.findData("officer"))
        self.pin = pin_edit()
        self.add_button = QPushButton(self.tr("Thêm cán bộ"))
        box = QGroupBox(self.tr("Thêm cán bộ"))
        form = QFormLayout(box)
        form.addRow(self.tr("Họ tên"), self.name)
        form.addRow(self.tr("Chức danh"), self.rank)
        form.addRow(self.tr("Vai trò"), self.role)
        form.addRow(self.tr("Mã PIN"), self.pin)
        form.addRow(self.add_button, self.add_error)
        self.add_button.clicked.connect(self._add_clicked)
        self.pin.returnPressed.connect(self._add_clicked)
        return box

    def _chosen_box(self) -> QGroupBox:
        self.new_pin = pin_edit()
        self.pin_button = QPushButton(self.tr("Đổi PIN"))
        self.deactivate_button = QPushButton(self.tr("Ngừng hoạt động", "button"))
        self.unlock_button = QPushButton(self.tr("Mở khóa"))
        self.unlock_button.setToolTip(self.tr("Cho cán bộ bị tạm khóa vì nhập sai mã PIN thử lại ngay"))
        box = QGroupBox(self.tr("Cán bộ đang chọn"))
        row = QHBoxLayout(box)
        row.addWidget(QLabel(self.tr("PIN mới")))
        row.addWidget(self.new_pin)
        row.addWidget(self.pin_button)
        row.addWidget(self.deactivate_button)
        row.addWidget(self.unlock_button)
        self.pin_button.clicked.connect(self._pin_clicked)
        self.new_pin.returnPressed.connect(self._pin_clicked)
        self.deactivate_button.clicked.connect(self._deactivate_clicked)
        self.unlock_button.clicked.connect(self.unlock)
        return box

    def columns(self) -> list:
        return [(self.tr("Họ tên"), lambda o: o["full_name"]), (self.tr("Chức danh"), lambda o: o["rank_title"]),
                (self.tr("Vai trò"), lambda o: core_term(ROLES.get(o["role"], o["role"]))),
                (self.tr("Trạng thái"), self._status)]

    def rows(self) -> list:
        return self.desk.officers.list(active_only=not self.show_inactive.isChecked())

    def select(self, full_name: str) -> None:
        for row, officer in enumerate(self.model.rows):
            if officer["full_name"] == full_name:
                self.view.setCurrentIndex(self.model.index(row, 0))

    def _done(self, message: str) -> bool:
        return self.done(message, self.add_error, self.selected_error)

    # -- actions (also called directly by tests and by the buttons) ----------------------

    def add_officer(self, name: str, role: str, pin: str, rank: str = "") -> bool:
        try:
            officer = self.desk.officers.add(name, role, pin, self.session.officer_id, rank_title=rank)
        except ValueError as exc:
            return self.fail(str(exc), self.add_error)
        for edit in (self.name, self.rank, self.pin):
            edit.clear()
        return self._done(arg(self.tr("Đã thêm cán bộ %1."), officer["full_name"]))

    def change_pin(self, pin: str) -> bool:
        officer = self.selected(self.tr("Chọn một cán bộ trong danh sách trước."))
        if officer is None:
            return False
        try:
            self.desk.officers.update(officer["id"], self.session.officer_id, pin=pin)
        except ValueError as exc:
            return self.fail(str(exc))
        self.new_pin.clear()
        return self._done(arg(self.tr("Đã đổi PIN của %1."), officer["full_name"]))

    def deactivate(self) -> bool:
        officer = self.selected(self.tr("Chọn một cán bộ trong danh sách trước."))
        if officer is None:
            return False
        if officer["id"] == self.session.officer_id:
            return self.fail(self.tr("Không thể tự ngừng hoạt động tài khoản đang trực."))
        commanders = [o for o in self.desk.officers.list() if o["role"] == "commander"]
        if officer["role"] == "commander" and len(commanders) <= 1:
            return self.fail(self.tr("Đơn vị phải còn ít nhất một chỉ huy đang hoạt động."))
        try:
            self.desk.officers.update(officer["id"], self.session.officer_id, active=0)
        except PermissionDenied as exc:
            return self.fail(str(exc))
        return self._done(arg(self.tr("%1 đã ngừng hoạt động (lịch sử vẫn giữ nguyên)."), officer["full_name"]))

    def _status(self, officer: dict) -> str:
        if not officer["active"]:
            return self.tr("Ngừng hoạt động", "status")
        until = self.desk.officers.locked_until(officer["id"])
        return arg(self.tr("Tạm khóa đến %1"), f"{until:%H:%M}") if until else self.tr("Đang làm việc")

    def unlock(self) -> bool:
        officer = self.selected(self.tr("Chọn một cán bộ trong danh sách trước."))
        if officer is None:
            return False
        try:
            lifted = self.desk.officers.unlock(officer["id"], self.session.officer_id)
        except PermissionDenied as exc:
            return self.fail(str(exc))
        self._done(arg(self.tr("Đã mở khóa %1."), officer["full_name"]) if lifted
                   else arg(self.tr("%1 không bị khóa."), officer["full_name"]))
        return lifted

    def _add_clicked(self) -> None:
        self.add_officer(self.name.text(), self.role.currentData(), self.pin.text(), self.rank.text())

    def _pin_clicked(self) -> None:
        self.change_pin(self.new_pin.text())

    def _deactivate_clicked(self) -> None:
        self.deactivate()
