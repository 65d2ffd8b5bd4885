"""Helpers for the form tests: typing Vietnamese as real key events (qtbot.keyClicks
aborts on non-ASCII), at a scanner's speed or a person's, in the order a real keyboard (or
keyboard-wedge scanner) produces them: a shortcut check before each press, and Shift pressed
on its own before '|' and capitals."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from desk_app.ui.shell.scanner import ScanFilter
from desk_app.ui.session import Session

# A card of a woman born 15/03/1990 (001 Hà Nội, 4th digit 1 = 1900s female).
CARD_QR = "001190012345|123456789|Nguyễn Thị Bích Ngọc|15031990|Nữ|Thôn Đông, xã Tân Tiến, tỉnh Bắc Ninh|01012021"


def key_for(ch: str):
    if ch.isdigit():
        return Qt.Key(Qt.Key_0.value + int(ch))
    if "a" <= ch.lower() <= "z":
        return Qt.Key(Qt.Key_A.value + ord(ch.lower()) - ord("a"))
    if ch == " ":
        return Qt.Key_Space
    if ch == "|":
        return Qt.Key_Bar
    return Qt.Key_unknown


SHIFTED = set('|~!@#$%^&*()_+{}:"<>?')


def press(key, text: str = "", modifiers=Qt.NoModifier, target=None) -> None:
    """One key press and release, sent where a real keyboard would send it (the focus)."""
    widget = target or QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    QApplication.sendEvent(widget, QKeyEvent(QEvent.ShortcutOverride, key, modifiers, text))
    QApplication.sendEvent(widget, QKeyEvent(QEvent.KeyPress, key, modifiers, text))
    widget = target or QApplication.focusWidget()
    QApplication.sendEvent(widget, QKeyEvent(QEvent.KeyRelease, key, modifiers, text))


def type_text(qtbot, text: str, interval_ms: int = 0) -> None:
    """Type text key by key; interval_ms=0 is a scanner's burst, ~100 ms a person."""
    for ch in text:
        if ch in SHIFTED or ch.isupper():
            press(Qt.Key_Shift, "", Qt.ShiftModifier)  # as a real keyboard: Shift on its own first
            press(key_for(ch), ch, Qt.ShiftModifier)
        else:
            press(key_for(ch), ch)
        if interval_ms:
            qtbot.wait(interval_ms)


def scan(qtbot, payload: str = CARD_QR, end_key=Qt.Key_Return) -> None:
    type_text(qtbot, payload)
    if end_key is not None:
        press(end_key, "\r" if end_key == Qt.Key_Return else "\t")


def show_and_focus(qtbot, widget, focus=None) -> None:
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())
    target = focus or widget
    target.setFocus(Qt.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is target)


@pytest.fixture
def session(commander):
    return Session(commander)


@pytest.fixture
def scan_filter(qapp):
    filt = ScanFilter(qapp)
    qapp.installEventFilter(filt)
    yield filt
    qapp.removeEventFilter(filt)
    filt.deleteLater()
