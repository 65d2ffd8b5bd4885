"""An unexpected error is logged in the data folder and told to the officer in Vietnamese."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer

from desk_app.ui.shell.error_report import ErrorReporter


def test_an_error_in_a_slot_is_logged_and_shown(qtbot, tmp_path, monkeypatch):
    reporter = ErrorReporter(tmp_path)
    monkeypatch.setattr(sys, "excepthook", reporter.report)

    def broken():
        raise LookupError("không có bản ghi x")

    QTimer.singleShot(0, broken)
    qtbot.waitUntil(lambda: reporter.box is not None and reporter.box.isVisible(), timeout=3000)
    assert "Có lỗi ngoài dự kiến: LookupError: không có bản ghi x" in reporter.box.text()
    assert str(reporter.log_path) in reporter.box.text()
    log = reporter.log_path.read_text(encoding="utf-8")
    assert "Traceback" in log and "in broken" in log and "LookupError: không có bản ghi x" in log
    reporter.box.close()


def test_a_log_that_cannot_be_written_is_said(qtbot, tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the logs folder should be")
    reporter = ErrorReporter(blocked)
    try:
        raise RuntimeError("hỏng")
    except RuntimeError as exc:
        reporter.report(type(exc), exc, exc.__traceback__)
    assert "Không ghi được tệp nhật ký lỗi" in reporter.box.text()
    reporter.box.close()
