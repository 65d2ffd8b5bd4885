"""The notices sent behind the window: after each step on a dossier, and every minute, the
messages its life calls for are queued and, with a modem set, sent through the window's one
background runner. The window never waits for the modem; a note in the status bar says when
the modem is in trouble or messages wait to be sent by hand."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from desk_app.ui import theme
from desk_app.ui.background import Background

SEND_EVERY_MS = 60_000
NOTE_STYLE = f"QLabel {{ background: {theme.WARN_BG}; color: {theme.WARN}; padding: 2px {theme.GRID}px; }}"


def _work(desk, report) -> dict:
    desk.notices.collect()
    if not desk.settings.modem_port:
        return {"error": "", "state": "off", "queued": desk.notices.counts().get("queued", 0)}
    result = desk.sms.send_queued(30.0, wait_reports=desk.sms.listen_seconds(), report=report)
    return {**result, "queued": desk.notices.counts().get("queued", 0)}


class NoticeSender(QObject):
    done = Signal(dict)  # what the last round did (send_queued's counts, and how many still wait)

    def __init__(self, desk, events, status_bar, parent=None, interval_ms: int = SEND_EVERY_MS):
        super().__init__(parent)
        self.desk = desk
        self.runner = Background(desk, self)
        self.label = QLabel()
        self.label.setStyleSheet(NOTE_STYLE)
        self.label.hide()
        status_bar.insertPermanentWidget(0, self.label)
        self.last: dict = {}
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.run)
        self.timer.start()
        if events is not None:
            events.dossier_changed.connect(lambda _code: self.run())
            events.settings_changed.connect(self.run)

    def run(self) -> bool:
        """One round, unless one is still going (the modem can take its time)."""
        if self.runner.busy or self.desk.read_only:  # a full disk: nothing can be queued or marked
            return False
        return self.runner.run(_work, self._finished)

    def _finished(self, result, error) -> None:
        if error is not None:  # a database or port trouble: said, and tried again next round
            result = {"error": str(error), "state": "error", "queued": 0}
        self.last = result
        if result["error"] and result["state"] != "off":
            text = self.tr("Tin nhắn chưa gửi được: %1").replace("%1", result["error"].splitlines()[0])
        elif result["queued"] and result["state"] == "off":
            text = self.tr("%1 tin nhắn chờ gửi bằng điện thoại (mở hồ sơ để quét mã)").replace(
                "%1", str(result["queued"]))
        else:
            text = ""
        self.label.setText(text)
        self.label.setVisible(bool(text))
        self.done.emit(result)
