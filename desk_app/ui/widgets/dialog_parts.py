"""Small pieces the shell's dialogs share."""

from __future__ import annotations

import shiboken6
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QWidget

from desk_app.ui import style


def ok_cancel(dialog: QDialog, ok_text: str, cancel_text: str) -> QDialogButtonBox:
    """OK/Cancel with Vietnamese labels, wired to the dialog's accept and reject; Ctrl+Enter
    confirms from any field (Enter alone is a new line in a reason box)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    style.set_role(buttons.button(QDialogButtonBox.StandardButton.Ok), "primary")
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    confirm_with_ctrl_enter(dialog)
    return buttons


def confirm_with_ctrl_enter(dialog: QDialog) -> None:
    for key in ("Ctrl+Return", "Ctrl+Enter"):
        QShortcut(QKeySequence(key), dialog, activated=dialog.accept)


def open_dialog(dialog: QDialog, first_field: QWidget | None = None) -> None:
    """Window-modal, with the cursor in its first field; when it closes, the focus goes back
    where it was, so the officer's next key lands where they expect."""
    previous = QApplication.focusWidget()

    def give_focus_back(_result: int) -> None:
        if dialog.parentWidget() is not None:
            dialog.parentWidget().window().activateWindow()
        if previous is not None and shiboken6.isValid(previous) and previous.isVisible() and previous.isEnabled():
            previous.setFocus()

    dialog.finished.connect(give_focus_back)
    dialog.open()
    dialog.activateWindow()
    if first_field is not None:
        first_field.setFocus()


def error_label() -> QLabel:
    """Where a message for the officer appears, next to what it is about."""
    label = QLabel()
    style.set_tone(label, "error")
    label.setWordWrap(True)
    return label
