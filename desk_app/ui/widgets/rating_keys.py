"""Digits on a row of rating choices: with the focus on the row, 1, 2, 3 choose the first,
second, third level and 0 (or Delete, Backspace) takes the choice back. Alt+1/2/3 (the
buttons' own "&1" … mnemonics) choose from anywhere in the form; plain digits act only here,
where nothing is typed, so a name, a number or a note keeps every digit typed into it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QButtonGroup

_CLEAR = (Qt.Key.Key_0, Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


class RatingKeys(QObject):
    def __init__(self, group: QButtonGroup, buttons: list[QAbstractButton]):
        super().__init__(group)
        self.group = group
        self.buttons = buttons
        for button in buttons:
            button.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.Type.KeyPress or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        key = event.key()
        if key in _CLEAR:
            self.clear()
            return True
        position = key - Qt.Key.Key_1
        if 0 <= position < len(self.buttons):
            self.buttons[position].setChecked(True)
            self.buttons[position].setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False

    def clear(self) -> None:
        """No level chosen (an exclusive group cannot be emptied by a click)."""
        self.group.setExclusive(False)
        for button in self.buttons:
            button.setChecked(False)
        self.group.setExclusive(True)
