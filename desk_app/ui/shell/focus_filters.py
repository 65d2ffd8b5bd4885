"""Event filters that ride on the keyboard focus instead of watching the whole application.

The scanner and the idle lock need the keys wherever the focus is. On the QApplication a
Python filter is called for every event of every object, and PySide6 must give each object
its Python type first, Qt's private classes included: that cost ~40 ms at every start and a
Python call per event all day. Keys go to the focus widget, or to the window when nothing
has the focus, so filters kept there see every key the officer types.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget


class FocusFilters(QObject):
    focus_moved = Signal()

    def __init__(self, window: QWidget, filters: list[QObject]):
        super().__init__(window)
        self.window = window
        self.filters = filters
        for event_filter in filters:
            window.installEventFilter(event_filter)
        self._focus: QWidget | None = None
        app = QApplication.instance()
        app.focusChanged.connect(self._follow)
        self.following = True
        self._follow(None, app.focusWidget())

    def stop(self) -> None:
        """Before the window is deleted: Qt reports the focus leaving a widget from inside its
        destructor, and PySide6 handing that half-deleted widget to Python crashes the program."""
        if self.following:
            QApplication.instance().focusChanged.disconnect(self._follow)
            self.following = False

    def _follow(self, _old, new: QWidget | None) -> None:
        old, self._focus = self._focus, new
        if old is not None and old is not self.window and shiboken6.isValid(old):
            for event_filter in self.filters:
                old.removeEventFilter(event_filter)
        if new is not None:
            for event_filter in self.filters:
                new.installEventFilter(event_filter)
            self.focus_moved.emit()
