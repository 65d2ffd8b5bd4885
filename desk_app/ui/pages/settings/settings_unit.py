"""Settings page: the unit's details (printed on every slip)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from desk_app.ui.widgets.forms_common import NOTICE_STYLE, error_label, show_error
from desk_app.ui.pages.settings.settings_bank import BankFields
from desk_app.ui.pages.settings.settings_keys import KeyFields

UNIT_LABELS = (
    ("code", QT_TRANSLATE_NOOP("UnitPage", "Mã đơn vị")), ("name", QT_TRANSLATE_NOOP("UnitPage", "Tên đơn vị")),
    ("address", QT_TRANSLATE_NOOP("UnitPage", "Địa chỉ")), ("hotline", QT_TRANSLATE_NOOP("UnitPage", "Đường dây nóng")),
    ("upper_name", QT_TRANSLATE_NOOP("UnitPage", "Cấp trên nhận dữ liệu")),
    ("upper_code", QT_TRANSLATE_NOOP("UnitPage", "Mã cấp trên")),
    ("survey_url", QT_TRANSLATE_NOOP("UnitPage", "Địa chỉ khảo sát hài lòng")),
)


class UnitPage(QWidget):
    changed = Signal()

    def __init__(self, desk, session, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.session = session
        self.edits: dict[str, QLineEdit] = {}
        layout = QFormLayout(self)
        for key, label in UNIT_LABELS:
            edit = QLineEdit()
            edit.setObjectName(key)
            edit.returnPressed.connect(self.save)
            self.edits[key] = edit
            layout.addRow(self.tr(label), edit)
        self.edits["code"].setToolTip(self.tr("Đổi mã đơn vị chỉ ảnh hưởng các mã hồ sơ cấp sau này."))
        self.keys = KeyFields(desk, layout)  # the district's key and this unit's, for the sync file
        self.bank = BankFields(desk, layout)  # the fee by transfer (VietQR)
        self.error = error_label()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Lưu thông tin đơn vị"))
        self.save_button.clicked.connect(self.save)
        layout.addRow("", self.error)
        layout.addRow(self.save_button, self.status)
        self.load()

    def load(self) -> None:
        unit = self.desk.unit or {}
        for key, edit in self.edits.items():
            edit.setText(unit.get(key, "") or "")
        self.keys.load()
        self.bank.load()

    def save(self) -> bool:
        if self.keys.check():  # a mistyped key is shown next to its field and nothing is saved
            self.status.setText("")
            return False
        try:
            self.desk.save_unit({k: e.text() for k, e in self.edits.items()}, self.session.officer_id)
            self.keys.save(self.session.officer_id)
            self.bank.save(self.session.officer_id)
        except ValueError as exc:
            show_error(self.error, str(exc))
            self.status.setText("")
            return False
        show_error(self.error, "")
        self.load()
        self.status.setStyleSheet(NOTICE_STYLE)
        self.status.setText(self.tr("Đã lưu thông tin đơn vị."))
        self.changed.emit()
        return True
