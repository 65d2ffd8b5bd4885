"""Settings page: officers of the unit: add, change PIN, deactivate."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from desk_app.core.officers import ROLES
from desk_app.ui.widgets.forms_common import NOTICE_STYLE, error_label, show_error
from desk_app.ui.i18n import arg, core_term
from desk_app.ui.models.rows_model import RowsModel, rows_view, selected_row
from desk_app.core.roles import PermissionDenied


def pin_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.Password)
    edit.setMaxLength(8)
    edit.setPlaceholderText(QCoreApplication.translate("OfficersPage", "4–8 chữ số"))
    return edit


class OfficersPage(QWidget):
    changed = Signal()

    def __init__(self, desk, session, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.session = session
        self.model = RowsModel([
            (self.tr("Họ tên"), lambda o: o["full_name"]), (self.tr("Chức danh"), lambda o: o["rank_title"]),
            (self.tr("Vai trò"), lambda o: core_term(ROLES.get(o["role"], o["role"]))),
            (self.tr("Trạng thái"), self._status),
        ], self)
        self.view = rows_view(self.model, stretch=0)
        self.show_inactive = QCheckBox(self.tr("Hiện cả cán bộ đã ngừng hoạt động"))
        self.show_inactive.toggled.connect(self.load)

        self.name = QLineEdit()
        self.rank = QLineEdit()
        self.rank.setPlaceholderText(self.tr("Ví dụ: Thượng úy"))
        self.role = QComboBox()
        for key, label in ROLES.items():
            self.role.addItem(core_term(label), key)
        self.role.setCurrentIndex(self.role.findData("officer"))
        self.pin = pin_edit()
        self.add_button = QPushButton(self.tr("Thêm cán bộ"))
        self.add_error = error_label()
        add_box = QGroupBox(self.tr("Thêm cán bộ"))
        add_form = QFormLayout(add_box)
        add_form.addRow(self.tr("Họ tên"), self.name)
        add_form.addRow(self.tr("Chức danh"), self.rank)
        add_form.addRow(self.tr("Vai trò"), self.role)
        add_form.addRow(self.tr("Mã PIN"), self.pin)
        add_form.addRow(self.add_button, self.add_error)

        self.new_pin = pin_edit()
        self.pin_button = QPushButton(self.tr("Đổi PIN"))
        self.deactivate_button = QPushButton(self.tr("Ngừng hoạt động", "button"))
        self.unlock_button = QPushButton(self.tr("Mở khóa"))
        self.unlock_button.setToolTip(self.tr("Cho cán bộ bị tạm khóa vì nhập sai mã PIN thử lại ngay"))
        self.selected_error = error_label()
        chosen_box = QGroupBox(self.tr("Cán bộ đang chọn"))
        chosen_row = QHBoxLayout(chosen_box)
        chosen_row.addWidget(QLabel(self.tr("PIN mới")))
        chosen_row.addWidget(self.new_pin)
        chosen_row.addWidget(self.pin_button)
        chosen_row.addWidget(self.deactivate_button)
        chosen_row.addWidget(self.unlock_button)
        self.status = QLabel()

        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.show_inactive)
        layout.addWidget(chosen_box)
        layout.addWidget(self.selected_error)
        layout.addWidget(add_box)
        layout.addWidget(self.status)
        self.add_button.clicked.connect(self._add_clicked)
        self.pin.returnPressed.connect(self._add_clicked)
        self.pin_button.clicked.connect(self._pin_clicked)
        self.new_pin.returnPressed.connect(self._pin_clicked)
        self.deactivate_button.clicked.connect(self._deactivate_clicked)
        self.unlock_button.clicked.connect(self.unlock)
        self.load()

    def load(self) -> None:
        self.model.set_rows(self.desk.officers.list(active_only=not self.show_inactive.isChecked()))

    def select(self, full_name: str) -> None:
        for row, officer in enumerate(self.model.rows):
            if officer["full_name"] == full_name:
                self.view.setCurrentIndex(self.model.index(row, 0))

    def _done(self, message: str) -> None:
        show_error(self.add_error, "")
        show_error(self.selected_error, "")
        self.status.setStyleSheet(NOTICE_STYLE)
        self.status.setText(message)
        self.load()
        self.changed.emit()

    # -- actions (also called directly by tests and by the buttons) ----------------------

    def add_officer(self, name: str, role: str, pin: str, rank: str = "") -> bool:
        try:
            officer = self.desk.officers.add(name, role, pin, self.session.officer_id, rank_title=rank)
        except ValueError as exc:
            show_error(self.add_error, str(exc))
            return False
        for edit in (self.name, self.rank, self.pin):
            edit.clear()
        self._done(arg(self.tr("Đã thêm cán bộ %1."), officer["full_name"]))
        return True

    def change_pin(self, pin: str) -> bool:
        officer = selected_row(self.view)
        if officer is None:
            show_error(self.selected_error, self.tr("Chọn một cán bộ trong danh sách trước."))
            return False
        try:
            self.desk.officers.update(officer["id"], self.session.officer_id, pin=pin)
        except ValueError as exc:
            show_error(self.selected_error, str(exc))
            return False
        self.new_pin.clear()
        self._done(arg(self.tr("Đã đổi PIN của %1."), officer["full_name"]))
        return True

    def deactivate(self) -> bool:
        officer = selected_row(self.view)
        if officer is None:
            show_error(self.selected_error, self.tr("Chọn một cán bộ trong danh sách trước."))
            return False
        if officer["id"] == self.session.officer_id:
            show_error(self.selected_error, self.tr("Không thể tự ngừng hoạt động tài khoản đang trực."))
            return False
        commanders = [o for o in self.desk.officers.list() if o["role"] == "commander"]
        if officer["role"] == "commander" and len(commanders) <= 1:
            show_error(self.selected_error, self.tr("Đơn vị phải còn ít nhất một chỉ huy đang hoạt động."))
            return False
        try:
            self.desk.officers.update(officer["id"], self.session.officer_id, active=0)
        except PermissionDenied as exc:
            show_error(self.selected_error, str(exc))
            return False
        self._done(arg(self.tr("%1 đã ngừng hoạt động (lịch sử vẫn giữ nguyên)."), officer["full_name"]))
        return True

    def _status(self, officer: dict) -> str:
        if not officer["active"]:
            return self.tr("Ngừng hoạt động", "status")
        until = self.desk.officers.locked_until(officer["id"])
        return arg(self.tr("Tạm khóa đến %1"), f"{until:%H:%M}") if until else self.tr("Đang làm việc")

    def unlock(self) -> bool:
        officer = selected_row(self.view)
        if officer is None:
            show_error(self.selected_error, self.tr("Chọn một cán bộ trong danh sách trước."))
            return False
        try:
            lifted = self.desk.officers.unlock(officer["id"], self.session.officer_id)
        except PermissionDenied as exc:
            show_error(self.selected_error, str(exc))
            return False
        self._done(arg(self.tr("Đã mở khóa %1."), officer["full_name"]) if lifted
                   else arg(self.tr("%1 không bị khóa."), officer["full_name"]))
        return lifted

    def _add_clicked(self) -> None:
        self.add_officer(self.name.text(), self.role.currentData(), self.pin.text(), self.rank.text())

    def _pin_clicked(self) -> None:
        self.change_pin(self.new_pin.text())

    def _deactivate_clicked(self) -> None:
        self.deactivate()
