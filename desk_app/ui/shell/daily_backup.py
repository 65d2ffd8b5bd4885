"""Today's copy of the database, made in the background while the window is open: a few
seconds after the start, then checked every hour (the window may stay open past midnight).
The copy runs off the UI thread (the window's background runner) on its own connection, so
the officer keeps working meanwhile. A copy that failed stays in sight in the status bar
until a later one succeeds."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton

from desk_app.db.file_copy import BackupError
from desk_app.ui.background import Background
from desk_app.ui.theme import ERROR, ERROR_BG, GRID

FIRST_CHECK_MS = 5_000
CHECK_MS = 3_600_000
WARNING_STYLE = (f"QPushButton {{ background: {ERROR_BG}; color: {ERROR}; border: none; padding: 2px {GRID}px; "
                 "font-weight: 600; }")


class DailyBackup(QObject):
    made = Signal(str)  # the path of today's new copy
    failed = Signal(str)  # what to tell the officer; the data in use is untouched

    def __init__(self, desk, parent=None, first_check_ms: int = FIRST_CHECK_MS):
        super().__init__(parent)
        self.desk = desk
        # Closing the window never waits for a copy: a half-made one is only a .partial file,
        # replaced by the next copy.
        self.runner = Background(desk, self, stop_wait=0)
        self.timer = QTimer(self, interval=CHECK_MS)
        self.timer.timeout.connect(self.start)
        self.timer.start()
        self.first_check = QTimer(self, singleShot=True, interval=first_check_ms)
        self.first_check.timeout.connect(self.start)
        self.first_check.start()

    def start(self) -> None:
        if not self.runner.busy:
            self.runner.run(lambda desk, _report: desk.backups.make_daily(), self._copied)

    def _copied(self, made, error) -> None:
        if isinstance(error, BackupError):
            self.failed.emit(str(error))
        elif error is not None:
            raise error  # our bug, not the disk's: the error report takes it
        elif made is not None:
            self.made.emit(str(made))


class BackupWarning(QPushButton):
    """In the status bar while today's copy has failed: a short note (the reason, with its
    folder, is too long for a status bar), the whole reason on a click or in the tooltip."""

    def __init__(self, backup: DailyBackup, parent=None):
        super().__init__(parent)
        self.setStyleSheet(WARNING_STYLE)
        self.setFlat(True)
        self.hide()
        backup.failed.connect(self.show_reason)
        backup.made.connect(self.hide)
        self.clicked.connect(self.explain)

    def show_reason(self, reason: str) -> None:
        self.setText("⚠ " + self.tr("Chưa sao lưu được dữ liệu hôm nay – bấm để xem lý do"))
        self.setToolTip(reason)
        self.show()

    def explain(self) -> None:
        QMessageBox.warning(self.window(), self.tr("Sao lưu hằng ngày"), self.toolTip())


class RecoveryReminder(QPushButton):
    """In the status bar for a commander while no recovery passphrase is set: the backups are
    encrypted but open only on this PC. A click says what to do."""

    def __init__(self, desk, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.setStyleSheet(WARNING_STYLE)
        self.setFlat(True)
        self.setText("⚠ " + self.tr("Chưa đặt cụm mật khẩu khôi phục bản sao lưu"))
        self.clicked.connect(self.explain)
        self.hide()

    def refresh(self, session) -> None:
        self.setVisible(session.is_commander and not self.desk.backups.recovery_passphrase_set)

    def explain(self) -> None:
        QMessageBox.information(self.window(), self.tr("Cụm mật khẩu khôi phục"), self.tr(
            "Bản sao lưu đã được mã hóa nhưng hiện chỉ mở được trên máy này. Nếu máy hỏng, cần cụm mật khẩu "
            "khôi phục để mở bản sao lưu trên máy mới: đặt trong Cài đặt › Sao lưu, khôi phục."))


class FullDiskWarning(QPushButton):
    """In the status bar while the desk was opened on a full disk (read-only): the officer can
    look up, search and print, and knows before the first refused save that nothing is saved."""

    def __init__(self, desk, parent=None):
        super().__init__(parent)
        self.setStyleSheet(WARNING_STYLE)
        self.setFlat(True)
        self.setText("⚠ " + self.tr("Ổ đĩa đã đầy: chỉ xem, tìm và in được; chưa lưu được gì"))
        self.clicked.connect(self.explain)
        self.setVisible(desk.read_only)

    def explain(self) -> None:
        QMessageBox.information(self.window(), self.tr("Ổ đĩa đã đầy"), self.tr(
            "Ổ đĩa chứa dữ liệu đã đầy nên phần mềm mở cơ sở dữ liệu ở chế độ chỉ đọc: xem, tìm hồ sơ và in "
            "phiếu vẫn được, nhưng chưa lưu được hồ sơ hay thay đổi nào. Hãy xóa bớt tệp hoặc dọn ổ đĩa, rồi "
            "đóng và mở lại phần mềm."))
