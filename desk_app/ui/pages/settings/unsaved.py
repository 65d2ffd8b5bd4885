"""Which settings tabs hold edits the commander has not saved: leaving Settings then asks,
instead of dropping them without a word."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QWidget


class UnsavedEdits:
    """Watches the fields of one settings tab for what the officer changes by hand (not what
    loading the tab puts there); a save of the tab (its `changed` signal) clears it."""

    def __init__(self, page: QWidget):
        self.page = page
        self.dirty = False
        for edit in page.findChildren(QLineEdit):
            if not isinstance(edit.parent(), (QAbstractSpinBox, QComboBox)):
                edit.textEdited.connect(self.touch)
        for box in page.findChildren(QComboBox):
            box.activated.connect(self.touch)
        for spin in page.findChildren(QAbstractSpinBox):
            spin.editingFinished.connect(lambda spin=spin: spin.hasFocus() and self.touch())
            spin.lineEdit().textEdited.connect(self.touch)
        for button in page.findChildren(QAbstractButton):
            if button.isCheckable():
                button.clicked.connect(self.touch)
        page.changed.connect(self.clear)

    def touch(self, *_args) -> None:
        self.dirty = True

    def clear(self) -> None:
        self.dirty = False

    def discard(self) -> None:
        """Back to what is saved."""
        if hasattr(self.page, "load"):
            self.page.load()
        self.dirty = False
