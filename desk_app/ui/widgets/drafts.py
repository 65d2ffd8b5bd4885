"""Keep a form's unsaved draft on disk: written a moment after each change (debounced),
restored when the form opens, cleared when the form is saved."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QTimer

from desk_app.core.drafts import DraftStore

DEBOUNCE_MS = 400


class DraftKeeper(QObject):
    def __init__(self, drafts: DraftStore, name: str, collect: Callable[[], dict],
                 is_empty: Callable[[dict], bool], parent: QObject | None = None):
        super().__init__(parent)
        self.drafts = drafts
        self.name = name
        self.collect = collect
        self.is_empty = is_empty
        self.paused = False
        self.last_error = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)

    def schedule(self) -> None:
        if not self.paused:
            self._timer.start()

    def flush(self) -> None:
        """Write now (an empty form removes the draft)."""
        self._timer.stop()
        data = self.collect()
        try:
            if self.is_empty(data):
                self.drafts.clear(self.name)
            else:
                self.drafts.save(self.name, data)
            self.last_error = ""
        except OSError as exc:  # a full disk must not take the form down with it
            self.last_error = f"Không lưu được bản nháp: {exc.strerror or exc}"

    def load(self) -> dict | None:
        return self.drafts.load(self.name)

    def clear(self) -> None:
        self._timer.stop()
        self.drafts.clear(self.name)
