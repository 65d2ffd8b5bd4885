"""The text of attachments read behind the window, for the dossier search (OCR, where
Tesseract with its Vietnamese data is installed): soon after the window opens (files attached
from the command line, or brought back by a restore, wait for it) and after each attachment.
One attachment at a time on a runner of its own, so a long read never holds up printing."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from desk_app.ui.background import Background

START_AFTER_MS = 3_000  # the window is up and the officer at work before Tesseract starts


def read_waiting(desk, _report) -> int:
    """Every attachment waiting for its text, one by one; how many were read."""
    from desk_app.core import ocr

    if not ocr.available():
        return 0
    total = 0
    while read := desk.attachments.recognise_waiting(ocr.read_pdf, limit=1):
        total += read
    return total


class TextReader(QObject):
    read = Signal(int)  # how many attachments a round has just read

    def __init__(self, desk, events, parent=None, start_after_ms: int = START_AFTER_MS):
        super().__init__(parent)
        self.desk = desk
        self.runner = Background(desk, self)
        self.again = False  # something was attached while a round was going
        if events is not None:
            events.attachment_added.connect(lambda _code: self.run())
        self.start = QTimer(self, singleShot=True, interval=start_after_ms)  # (stopped with the window's)
        self.start.timeout.connect(self.run)
        self.start.start()

    def run(self) -> None:
        if self.desk.read_only:  # a full disk: the text could not be saved
            return
        if self.runner.busy:
            self.again = True
            return
        self.again = False
        self.runner.run(read_waiting, self._finished)

    def _finished(self, count, error) -> None:
        self.read.emit(0 if error is not None else count)
        if self.again:
            self.run()
