"""Settings page: the recovery passphrase that lets a backup open on another PC, and restoring
the desk from a backup (checked whole first; the current data kept as a copy)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QFileDialog, QFormLayout, QGroupBox, QInputDialog, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QVBoxLayout, QWidget)

from desk_app.core.roles import PermissionDenied
from desk_app.db.backup_file import BackupFileError
from desk_app.db.backup_key import PassphraseError
from desk_app.db.restore import PassphraseNeeded
from desk_app.ui.i18n import arg
from desk_app.ui.widgets.forms_common import ERROR_STYLE, NOTICE_STYLE, error_label, show_error


def _secret_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class BackupPage(QWidget):
    changed = Signal()
    restored = Signal(str)  # what was restored; the window then starts again on the restored data

    def __init__(self, desk, session, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.session = session
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.passphrase = _secret_edit()
        self.passphrase2 = _secret_edit()
        self.passphrase_button = QPushButton(self.tr("Đặt cụm mật khẩu khôi phục"))
        self.passphrase_button.clicked.connect(lambda: self.set_passphrase(self.passphrase.text(),
                                                                           self.passphrase2.text()))
        self.passphrase_error = error_label()
        box = QGroupBox(self.tr("Cụm mật khẩu khôi phục"))
        form = QFormLayout(box)
        form.addRow(self.state)
        form.addRow(self.tr("Cụm mật khẩu"), self.passphrase)
        form.addRow(self.tr("Nhập lại"), self.passphrase2)
        form.addRow(self.passphrase_button, self.passphrase_error)
        hint = QLabel(self.tr("Mọi bản sao lưu đều được mã hóa. Cụm mật khẩu này mở được bản sao lưu trên máy "
                              "khác (khi máy này hỏng): ghi ra giấy, niêm phong, chỉ huy cất giữ."))
        hint.setWordWrap(True)
        form.addRow(hint)
        self.restore_button = QPushButton(self.tr("Khôi phục từ bản sao lưu…"))
        self.restore_button.clicked.connect(self._restore_clicked)
        self.restore_error = error_label()
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.restore_error)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.load()

    def load(self) -> None:
        if self.desk.recovery_passphrase_set:
            self.state.setStyleSheet(NOTICE_STYLE)
            self.state.setText(self.tr("Đã đặt cụm mật khẩu khôi phục. Đặt lại nếu nghi bị lộ."))
        else:
            self.state.setStyleSheet(ERROR_STYLE)
            self.state.setText(self.tr("Chưa đặt: bản sao lưu hiện chỉ mở được trên máy này."))

    def set_passphrase(self, passphrase: str, again: str) -> bool:
        try:
            if passphrase != again:
                raise ValueError(self.tr("Hai lần nhập cụm mật khẩu không khớp."))
            self.desk.set_recovery_passphrase(passphrase, self.session.officer_id)
        except (PassphraseError, PermissionDenied, ValueError) as exc:
            show_error(self.passphrase_error, str(exc))
            return False
        show_error(self.passphrase_error, "")
        self.passphrase.clear()
        self.passphrase2.clear()
        self.load()
        self.changed.emit()
        return True

    def _restore_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn bản sao lưu"), "",
                                              self.tr("Bản sao lưu (*.deskbak)"))
        if path:
            self.restore_from(Path(path))

    def _ask_passphrase(self) -> str | None:
        text, ok = QInputDialog.getText(self, self.tr("Cụm mật khẩu khôi phục"),
                                        self.tr("Máy này không có khóa của bản sao lưu. Nhập cụm mật khẩu "
                                                "khôi phục của đơn vị:"), QLineEdit.EchoMode.Password)
        return text if ok and text else None

    def restore_from(self, path: Path) -> bool:
        """Check the backup, say what it holds and ask; then restore (a commander's act)."""
        passphrase = None
        try:
            try:
                checked = self.desk.verify_backup(path)
            except PassphraseNeeded:
                passphrase = self._ask_passphrase()
                if passphrase is None:
                    return False
                checked = self.desk.verify_backup(path, passphrase)
            c = checked.counts
            summary = arg(self.tr("Bản sao lưu lúc %1: %2 hồ sơ, %3 công dân, %4 cán bộ."),
                          checked.created_at, c["dossiers"], c["citizens"], c["officers"])
            answer = QMessageBox.question(
                self, self.tr("Khôi phục dữ liệu"),
                summary + "\n\n" + self.tr("Thay dữ liệu hiện tại bằng bản sao lưu này? Dữ liệu hiện tại được "
                                           "giữ lại thành một bản sao lưu trong thư mục backups."))
            if answer != QMessageBox.StandardButton.Yes:
                return False
            restored = self.desk.restore_backup(path, self.session.officer_id, passphrase)
        except (BackupFileError, PassphraseError, PermissionDenied, OSError) as exc:
            show_error(self.restore_error, str(exc))
            return False
        show_error(self.restore_error, "")
        message = arg(self.tr("Đã khôi phục. %1 Dữ liệu trước đó giữ trong %2."), summary, restored.kept or "")
        self.status.setStyleSheet(NOTICE_STYLE)
        self.status.setText(message)
        self.restored.emit(message)
        QMessageBox.information(self, self.tr("Khôi phục dữ liệu"),
                                message + "\n\n" + self.tr("Phần mềm sẽ đóng lại; hãy mở lại để làm việc tiếp."))
        self.window().close()  # every page still shows the data it replaced: start again on the restored one
        return True
