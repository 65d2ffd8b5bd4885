"""The last line of defence: an error nobody expected is written to a log in the data folder
and told to the officer in Vietnamese, instead of vanishing into a console nobody sees."""

from __future__ import annotations

import sys
import traceback
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from desk_app import owner_only

LOG_NAME = "desk-app-errors.log"
CRASH_LOG_NAME = "desk-app-crash.log"  # a crash of Qt or a library: no Python exception to catch


class ErrorReporter:
    def __init__(self, data_dir: Path):
        self.log_path = Path(data_dir) / "logs" / LOG_NAME
        self.box: QMessageBox | None = None

    def install(self) -> "ErrorReporter":
        sys.excepthook = self.report
        self.crash_log = self._catch_crashes()
        return self

    def _catch_crashes(self):
        """A crash inside native code (Qt, a driver) writes every thread's Python stack to the crash
        log in the data folder: the windowed program on Windows has no console to show it."""
        import faulthandler

        path = self.log_path.parent / CRASH_LOG_NAME
        try:
            owner_only.make_dir(path.parent)
            owner_only.create_file(path)
            log = path.open("a", encoding="utf-8")
        except OSError:
            return None
        log.write(f"--- {datetime.now():%Y-%m-%d %H:%M:%S} desk-app started\n")
        log.flush()
        faulthandler.enable(file=log, all_threads=True)
        return log  # kept open for as long as the program runs

    def report(self, kind, error, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        written = self._log("".join(traceback.format_exception(kind, error, tb)))
        where = (QApplication.translate("ErrorReporter", "Chi tiết đã ghi vào %1.").replace("%1", str(self.log_path))
                 if written else QApplication.translate("ErrorReporter", "Không ghi được tệp nhật ký lỗi."))
        text = QApplication.translate(
            "ErrorReporter", "Có lỗi ngoài dự kiến: %1\n\nThao tác vừa rồi có thể chưa xong; các hồ sơ đã lưu không bị "
            "ảnh hưởng và thông tin đang nhập vẫn còn trong bản nháp. %2").replace("%1", f"{kind.__name__}: {error}")
        self._show(text.replace("%2", where))

    def _log(self, details: str) -> bool:
        try:
            owner_only.make_dir(self.log_path.parent)  # a traceback may quote a citizen's data
            owner_only.create_file(self.log_path)
            with self.log_path.open("a", encoding="utf-8") as log:
                log.write(f"--- {datetime.now():%Y-%m-%d %H:%M:%S}\n{details}\n")
            return True
        except OSError:
            return False

    def _show(self, text: str) -> None:
        if QApplication.instance() is None:
            print(text, file=sys.stderr)
            return
        # Not modal-blocking: an error inside an event handler must not start a nested loop.
        self.box = QMessageBox(QMessageBox.Icon.Critical, QApplication.translate("ErrorReporter", "Lỗi"), text,
                               QMessageBox.StandardButton.Ok, QApplication.activeWindow())
        self.box.open()
