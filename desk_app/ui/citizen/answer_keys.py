"""The keys that answer the citizen screen's question while it is up, whoever presses them.

- A rating keypad (a numeric keypad by the citizen): its digits answer wherever the focus is.
- The officer's digit row, when the citizen answers aloud: 1, 2, 3 (then 1 … 5 for a reason)
  answer when the focus in the officer's window is not in a field that takes typed text
  (lists, buttons, the dossier pane), and also as the officer's first key after the question
  came up, wherever the program put the focus (the reception log's cleared name field after
  a save). Once the officer types anything else or clicks, digits typed into a field stay in
  it. Never under a dialog or the lock screen: a PIN keeps its digits; never a digit that
  comes at a scanner's speed after another key: a card scanned meanwhile is not a rating.

The filter is on the application only while the question is up: a filter on every event all
day would slow the scanner's fast typing and everything else."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit,
                               QWidget)

from desk_app.ui.citizen.screen import ASKING
from desk_app.ui.shell.scanner import GAP_MS


def takes_text(widget) -> bool:
    """Whether a key typed into this widget becomes text in it."""
    if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)):
        return not widget.isReadOnly()
    return isinstance(widget, QComboBox) and widget.isEditable()


class AnswerKeys(QObject):
    def __init__(self, screen, officer_window, clock=time.monotonic):
        super().__init__(officer_window)
        self.screen = screen
        self.officer_window = officer_window
        self.clock = clock
        self.first_key_free = False  # the officer has not typed or clicked since the question came up
        self._last_key = 0.0
        screen.state_changed.connect(self._follow)

    def _follow(self, state: str) -> None:
        app = QApplication.instance()
        if state == ASKING:
            self.first_key_free = True
        if self.screen.is_asking:
            app.installEventFilter(self)  # (installing twice keeps one)
        else:
            app.removeEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and self._in_officer_window(watched):
            self.first_key_free = False  # the officer clicked somewhere: digits go where they are typed
        if kind != QEvent.Type.KeyPress or not self.screen.is_asking:
            return False
        modifiers = event.modifiers()
        if modifiers & Qt.KeyboardModifier.KeypadModifier:
            return self.screen.handle_key(event.key())
        now = self.clock()
        burst, self._last_key = (now - self._last_key) * 1000 < GAP_MS, now
        if modifiers == Qt.KeyboardModifier.NoModifier and not burst and self._officer_may_answer():
            if self.screen.handle_key(event.key()):
                return True
        self.first_key_free = False
        return False

    def _in_officer_window(self, watched) -> bool:
        return isinstance(watched, QWidget) and watched.window() is self.officer_window

    def _officer_may_answer(self) -> bool:
        window = self.officer_window
        if QApplication.activeWindow() is not window or QApplication.activeModalWidget() is not None:
            return False
        if window.is_locked():
            return False
        return self.first_key_free or not takes_text(QApplication.focusWidget())
