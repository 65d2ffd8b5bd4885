"""Filters that ride on the focus see the keys wherever the officer types, and nothing else."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from desk_app.ui.shell.focus_filters import FocusFilters
from desk_app.ui.dialogs.login import IdleWatcher
from tests.ui.forms_helpers import press, show_and_focus


class KeyRecorder(QObject):
    def __init__(self):
        super().__init__()
        self.keys: list[tuple[str, str]] = []

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            self.keys.append((watched.objectName(), event.text()))
        return False


def test_filters_move_with_the_focus(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    first, second = QLineEdit(objectName="first"), QLineEdit(objectName="second")
    layout = QVBoxLayout(window)
    layout.addWidget(first)
    layout.addWidget(second)
    recorder = KeyRecorder()
    followers = FocusFilters(window, [recorder])
    moves = []
    followers.focus_moved.connect(lambda: moves.append(QApplication.focusWidget()))
    show_and_focus(qtbot, window, first)
    press(Qt.Key.Key_A, "a")
    second.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is second)
    press(Qt.Key.Key_B, "b")
    QApplication.sendEvent(first, _key("c"))  # not focused any more: not seen
    assert recorder.keys == [("first", "a"), ("second", "b")]
    assert moves[-1] is second
    assert first.text() == "ac" and second.text() == "b"


def _key(text):
    from PySide6.QtGui import QKeyEvent

    return QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_C, Qt.KeyboardModifier.NoModifier, text)


def test_idle_watcher_counts_keys_and_a_moving_pointer_as_activity(qtbot):
    position = [QPoint(10, 10)]
    watcher = IdleWatcher(1, pointer=lambda: position[0])
    watcher.timer.setInterval(300)
    watcher.restart()
    watcher._check_pointer()
    qtbot.wait(200)
    position[0] = QPoint(40, 12)
    watcher._check_pointer()  # moved: the quiet time starts again
    assert watcher.timer.remainingTime() > 200
    watcher._check_pointer()  # still: nothing changes
    field = QLineEdit()
    qtbot.addWidget(field)
    field.installEventFilter(watcher)
    qtbot.wait(150)
    QApplication.sendEvent(field, _key("x"))
    assert watcher.timer.remainingTime() > 200
    with qtbot.waitSignal(watcher.idle, timeout=2000):
        pass
    off = IdleWatcher(0)
    assert not off.timer.isActive() and not off.pointer_check.isActive()
