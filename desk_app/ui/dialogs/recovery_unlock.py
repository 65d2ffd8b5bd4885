"""A locked commander lifts their own lock with the unit's recovery passphrase (typed hidden);
the core checks it, counts the wrong ones and writes the unlock in the audit log."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QVBoxLayout

from desk_app.backups.key import PassphraseError
from desk_app.ui.i18n import arg
from desk_app.ui.widgets.dialog_parts import error_label, ok_cancel


class RecoveryUnlockDialog(QDialog):
    def __init__(self, desk, officer: dict, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.officer = officer
        self.lifted = False
        self.setWindowTitle(self.tr("Mở khóa bằng cụm mật khẩu khôi phục"))
        text = QLabel(arg(self.tr("%1 đang tạm khóa vì nhập sai mã PIN. Nhập cụm mật khẩu khôi phục của đơn vị "
                                  "(cụm mật khẩu niêm phong mở các bản sao lưu) để tự mở khóa."),
                          officer["full_name"]))
        text.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, self.tr("Mở khóa"), self.tr("Đóng")))
        self.passphrase.setFocus()
        self.resize(440, 160)

    def accept(self) -> None:
        """Checked as a backup's key is opened (Argon2id: a moment); a wrong one keeps the dialog."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.lifted = self.desk.pin_recovery.unlock(self.officer["id"], self.passphrase.text(), place="window")
        except PassphraseError as exc:
            self.error.setText(str(exc))
            self.passphrase.clear()
            self.passphrase.setFocus()
            return
        finally:
            QApplication.restoreOverrideCursor()
        super().accept()
