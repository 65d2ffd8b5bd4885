"""Dossiers for the shell's tests, registered through the real service."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from desk_app.core.registration import CitizenInput, DossierInput
from desk_app.ui.shell.main_window import MainWindow
from desk_app.ui.session import Session


def register(desk, officer_id, name, id_number, when: datetime, procedure="1.004194", phone=""):
    data = DossierInput(CitizenInput(full_name=name, id_number=id_number, phone=phone), procedure, received_at=when)
    return desk.dossiers.register(data, officer_id)


def type_text(widget, text: str) -> None:
    """Type any text (Vietnamese too) as key events; qtbot.keyClicks aborts on non-ASCII."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def open_window(qtbot, desk, officer):
    """The desk window shown and active, as an officer sees it after logging in."""
    window = MainWindow(desk, Session(officer))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window
