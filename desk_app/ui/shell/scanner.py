"""Recognise a keyboard-wedge QR scan wherever the focus is.

A USB scanner "types" the card payload as a burst of keys a few milliseconds apart, ended
by Enter/Tab or simply by stopping. Riding on the focused widget (see focus_filters),
ScanFilter holds back keys that could be the start of a card payload (12 digits then '|'),
keeps holding while they come faster than a person types, and then either emits
`scanned(payload)` and drops the keys (so they never land in the focused field), or replays
them unchanged to the widget they were meant for. Keys that cannot start a payload pass
straight through. A scan that pauses mid-way lands in the field as text; its Enter or Tab then
takes it back out and reports it all the same.
"""

from __future__ import annotations

import re
import time

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from desk_app.core.cccd import looks_like_card_qr

GAP_MS = 40  # longest pause between two keys of one scan
PAUSE_MS = 60  # a burst (scan or not) is over after this pause: held keys are given back
_PREFIX = re.compile(r"\d{1,12}$|\d{12}\|")
_PAYLOAD_START = re.compile(r"(?<!\d)\d{12}\|")
_END_KEYS = (Qt.Key_Return, Qt.Key_Enter, Qt.Key_Tab)
_MODIFIER_KEYS = (Qt.Key_Shift, Qt.Key_Control, Qt.Key_Alt, Qt.Key_AltGr, Qt.Key_Meta, Qt.Key_CapsLock)


def part_of_a_character(event: QKeyEvent) -> bool:
    """A press that carries no character of its own but belongs to typing one: it neither ends
    nor extends a burst. A scanner, like a keyboard, presses Shift alone before '|' and every
    capital; on Windows a scanner in Alt-code mode types keypad digits with Alt held before
    the character arrives; X11 sends a key without a symbol while it remaps the keyboard."""
    if event.key() in _MODIFIER_KEYS or event.key() == 0:
        return True
    alt_code = Qt.AltModifier | Qt.KeypadModifier
    return not event.text() and (event.modifiers() & alt_code) == alt_code


def could_start_payload(text: str) -> bool:
    """True while `text` may still grow into a card payload ('012345678901|...')."""
    return bool(_PREFIX.match(text))


class ScanFilter(QObject):
    scanned = Signal(str)

    def __init__(self, parent: QObject | None = None, clock=time.monotonic):
        super().__init__(parent)
        self.clock = clock
        self.gap_ms = GAP_MS
        self._held: list[QKeyEvent] = []
        self._target: QWidget | None = None
        self._text = ""
        self._last = 0.0
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self.finish)

    # -- the filter ----------------------------------------------------------------------

    def eventFilter(self, obj, event) -> bool:
        if self._replaying or not isinstance(obj, QWidget):
            return False
        if event.type() in (QEvent.ShortcutOverride, QEvent.KeyPress) and part_of_a_character(event):
            return False
        if event.type() == QEvent.ShortcutOverride:
            # A shortcut (Ctrl+Enter saves) is looked up before the key press reaches us:
            # give back held keys first, so the form saves what was typed.
            if self._held and event.modifiers() & ~(Qt.ShiftModifier | Qt.KeypadModifier):
                self.finish()
            return False
        if event.type() != QEvent.KeyPress:
            return False
        focus = QApplication.focusWidget()
        if focus is not None and obj is not focus:
            return False  # the same key propagating to a parent, or a window forwarding it
        now = self.clock()
        if self._held and (now - self._last) * 1000 > self.gap_ms:
            self.finish()
        if event.modifiers() & ~(Qt.ShiftModifier | Qt.KeypadModifier):
            self.finish()
            return False
        if event.key() in _END_KEYS:
            if self._held and looks_like_card_qr(self._text):
                self._emit()
                return True
            self.finish()
            return self._take_payload_typed_into(obj)
        text = event.text()
        if not text or not could_start_payload(self._text + text):
            self.finish()
            if not text or not could_start_payload(text):
                return False
        if not self._held:
            self._target = obj
        self._held.append(QKeyEvent(event.type(), event.key(), event.modifiers(), text,
                                    event.isAutoRepeat(), event.count()))
        self._text += text
        self._last = now
        self._timer.start()
        return True

    def _take_payload_typed_into(self, widget: QWidget) -> bool:
        """A scan that paused mid-way (a slow scanner, an input method) has landed in a line
        edit as text: at its Enter/Tab it is taken out of the field and reported as a scan."""
        if not isinstance(widget, QLineEdit):
            return False
        text = widget.text()
        start = _PAYLOAD_START.search(text)
        if start is None or not looks_like_card_qr(text[start.start():]):
            return False
        widget.setText(text[:start.start()])
        self.scanned.emit(text[start.start():])
        return True

    # -- ending a burst ------------------------------------------------------------------

    def finish(self) -> None:
        """The burst is over: a card payload is reported, anything else is typed as it was."""
        self._timer.stop()
        if not self._held:
            return
        if looks_like_card_qr(self._text):
            self._emit()
            return
        held, target = self._held, self._target
        self._reset()
        if target is None or not shiboken6.isValid(target):
            return
        self._replaying = True
        try:
            for key_event in held:
                QApplication.sendEvent(target, key_event)
        finally:
            self._replaying = False

    def _emit(self) -> None:
        payload = self._text
        self._reset()
        self.scanned.emit(payload)

    def _reset(self) -> None:
        self._timer.stop()
        self._held, self._text, self._target = [], "", None
