"""First-run page: the unit's recovery passphrase, which opens its backups on another PC.
It may be left empty (backups are still encrypted; the window then reminds the commander)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWizardPage

from desk_app.backups.key import check_passphrase
from desk_app.ui.widgets.forms_common import error_label


class RecoveryPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Cụm mật khẩu khôi phục bản sao lưu"))
        self.setSubTitle(self.tr("Mọi bản sao lưu đều được mã hóa. Cụm mật khẩu này mở được chúng trên máy khác khi "
                                 "máy này hỏng: ghi ra giấy, niêm phong, chỉ huy cất giữ. Có thể đặt sau trong Cài đặt."))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase2 = QLineEdit()
        self.passphrase2.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("Cụm mật khẩu"), self.passphrase)
        form.addRow(self.tr("Nhập lại"), self.passphrase2)
        form.addRow(QLabel(self.tr("Để trống nếu muốn đặt sau.")))
        form.addRow(self.error)

    def value(self) -> str:
        return self.passphrase.text()

    def validatePage(self) -> bool:
        try:
            if self.passphrase.text() or self.passphrase2.text():
                check_passphrase(self.passphrase.text())
                if self.passphrase.text() != self.passphrase2.text():
                    raise ValueError(self.tr("Hai lần nhập cụm mật khẩu không khớp."))
        except ValueError as exc:
            self.error.setText(str(exc))
            return False
        self.error.clear()
        return True
