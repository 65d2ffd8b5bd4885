"""Settings page: the recovery passphrase that lets a backup open on another PC, a backup now
into a chosen folder (a USB stick), and restoring the desk from a backup (checked whole first,
asked with No as the default; the current data kept as a copy)."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QVBoxLayout, QWidget)

from desk_app.backups.key import PassphraseError
from desk_app.backups.restore import PassphraseNeeded
from desk_app.backups.sealed_file import BackupFileError
from desk_app.core.roles import PermissionDenied
from desk_app.db.file_copy import BackupError
from desk_app.ui.background import Background
from desk_app.ui.i18n import arg
from desk_app.ui.widgets import file_dialogs
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
        self.runner = Background(desk, self)
        self.backup_folder: Path | None = None  # the last folder chosen (the USB stick), else backups/
        self.backup_button = QPushButton(self.tr("Sao lưu ngay…"))
        self.backup_button.setToolTip(self.tr("Một bản sao lưu (mã hóa) vào thư mục bạn chọn, ví dụ ổ USB"))
        self.backup_button.clicked.connect(self._backup_clicked)
        self.restore_button = QPushButton(self.tr("Khôi phục từ bản sao lưu…"))
        self.restore_button.clicked.connect(self._restore_clicked)
        self.restore_error = error_label()
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addLayout(buttons)
        layout.addWidget(self.restore_error)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.load()

    def load(self) -> None:
        if self.desk.backups.recovery_passphrase_set:
            self.state.setStyleSheet(NOTICE_STYLE)
            self.state.setText(self.tr("Đã đặt cụm mật khẩu khôi phục. Đặt lại nếu nghi bị lộ."))
        else:
            self.state.setStyleSheet(ERROR_STYLE)
            self.state.setText(self.tr("Chưa đặt: bản sao lưu hiện chỉ mở được trên máy này."))

    def set_passphrase(self, passphrase: str, again: str) -> bool:
        try:
            if passphrase != again:
                raise ValueError(self.tr("Hai lần nhập cụm mật khẩu không khớp."))
            self.desk.backups.set_recovery_passphrase(passphrase, self.session.officer_id)
        except (PassphraseError, PermissionDenied, ValueError) as exc:
            show_error(self.passphrase_error, str(exc))
            return False
        show_error(self.passphrase_error, "")
        self.passphrase.clear()
        self.passphrase2.clear()
        self.load()
        self.changed.emit()
        return True

    # -- a backup now ------------------------------------------------------------------------

    def _backup_clicked(self) -> None:
        start = self.backup_folder or file_dialogs.place(self.desk.data_dir, file_dialogs.BACKUPS)
        folder = file_dialogs.ask_folder(self, self.tr("Chọn thư mục để sao lưu (ví dụ ổ USB)"), start)
        if folder:
            self.back_up_to(Path(folder))

    def back_up_to(self, folder: Path) -> bool:
        """Write a backup into `folder` on the background runner; False if refused at once (the
        folder cannot be written) or a backup is already being made."""
        if self.runner.busy:
            return False
        if not folder.is_dir() or not os.access(folder, os.W_OK):
            self._tell(arg(self.tr("Chưa sao lưu: không ghi được vào thư mục “%1” (không có, chỉ cho đọc hoặc "
                                   "không có quyền ghi). Hãy chọn thư mục khác."), folder), error=True)
            return False
        self.backup_folder = folder
        self.backup_button.setEnabled(False)
        self._tell(arg(self.tr("Đang sao lưu vào “%1”…"), folder))
        self.runner.run(lambda desk, _report: desk.backups.make(folder), self._backed_up)
        return True

    def _backed_up(self, written, error) -> None:
        self.backup_button.setEnabled(True)
        if isinstance(error, (BackupError, OSError)):
            self._tell(str(error), error=True)  # says the folder and why: full, read-only, unplugged
        elif error is not None:
            raise error
        else:
            self._tell(arg(self.tr("Đã sao lưu vào %1 (%2 KB). Cất giữ ổ USB ở nơi an toàn."), written,
                           max(1, round(Path(written).stat().st_size / 1024))))

    def _tell(self, text: str, error: bool = False) -> None:
        show_error(self.restore_error, text if error else "")
        self.status.setStyleSheet(NOTICE_STYLE)
        self.status.setText("" if error else text)

    # -- restoring ------------------------------------------------------------------------------

    def _restore_clicked(self) -> None:
        path = file_dialogs.ask_open(self, self.tr("Chọn bản sao lưu"), self.desk.data_dir, file_dialogs.BACKUPS,
                                     self.tr("Bản sao lưu (*.deskbak)"))
        if path:
            self.restore_from(Path(path))

    def _confirm_restore(self, summary: str) -> bool:
        """Asked with No as the default: one Enter must never replace the whole database."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Khôi phục dữ liệu"),
                          summary + "\n\n" + self.tr("Thay dữ liệu hiện tại bằng bản sao lưu này? Dữ liệu hiện tại "
                                                      "được giữ lại thành một bản sao lưu trong thư mục backups."),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Khôi phục"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Không"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        self.confirm_box = box  # (a test answers it)
        return box.exec() == QMessageBox.StandardButton.Yes

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
                checked = self.desk.backups.verify(path)
            except PassphraseNeeded:
                passphrase = self._ask_passphrase()
                if passphrase is None:
                    return False
                checked = self.desk.backups.verify(path, passphrase)
            c = checked.counts
            summary = arg(self.tr("Bản sao lưu lúc %1: %2 hồ sơ, %3 công dân, %4 cán bộ."),
                          _when(checked.created_at), c["dossiers"], c["citizens"], c["officers"])
            if not self._confirm_restore(summary):
                return False
            restored = self.desk.backups.restore(path, self.session.officer_id, passphrase)
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


def _when(created_at: str) -> str:
    """'2026-11-23 17:00:00' as an officer reads it: '23/11/2026 17:00'."""
    try:
        moment = datetime.fromisoformat(created_at)
    except ValueError:
        return created_at
    return f"{moment:%d/%m/%Y %H:%M}"
