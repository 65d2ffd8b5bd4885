"""Today's copy of the database, made in the background while the window is open: a few
seconds after the start, then checked every hour (the window may stay open past midnight).
The copy runs in a thread on its own connection, so the officer keeps working meanwhile.
A copy that failed stays in sight in the status bar until a later one succeeds."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton

from desk_app import paths
from desk_app.db.backups import BackupError, make_daily_backup

FIRST_CHECK_MS = 5_000
CHECK_MS = 3_600_000
WARNING_STYLE = ("QPushButton { background: #fde7e5; color: #b3261e; border: none; padding: 2px 8px; "
                 "font-weight: 600; }")


class DailyBackup(QObject):
    made = Signal(str)  # the path of today's new copy
    failed = Signal(str)  # what to tell the officer; the data in use is untouched

    def __init__(self, desk, parent=None, first_check_ms: int = FIRST_CHECK_MS):
        super().__init__(parent)
        self.desk = desk
        self._thread: threading.Thread | None = None
        self.timer = QTimer(self, interval=CHECK_MS)
        self.timer.timeout.connect(self.start)
        self.timer.start()
        self.first_check = QTimer(self, singleShot=True, interval=first_check_ms)
        self.first_check.timeout.connect(self.start)
        self.first_check.start()

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        source = paths.db_path(self.desk.data_dir)
        folder = paths.backups_dir(self.desk.data_dir)
        today = self.desk.now().date()
        # A daemon thread: closing the window never waits for a copy; a half-written one is
        # only ever a .partial file, replaced by the next copy.
        self._thread = threading.Thread(target=self._copy, args=(source, folder, today), name="daily-backup",
                                        daemon=True)
        self._thread.start()

    def _copy(self, source, folder, today) -> None:
        try:
            made = make_daily_backup(source, folder, today)
        except BackupError as exc:
            self._tell(self.failed, str(exc))
        else:
            if made is not None:
                self._tell(self.made, str(made))

    def _tell(self, signal, text: str) -> None:
        if shiboken6.isValid(self):  # the window may have closed during the copy
            signal.emit(text)


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
