"""The citizen page in its own window: full screen on a second monitor, or, with one screen,
a window the officer turns toward the citizen (shown only while there is something to see)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from desk_app.ui.citizen.placement import OFF, pick_screen
from desk_app.ui.citizen.screen import IDLE, CitizenScreen

DIALOG_SIZE = (960, 640)


class CitizenWindow(QWidget):
    def __init__(self, parent=None, clock=None):
        # Never the keyboard's window: the officer types on; the rating keypad's digits reach
        # the question through the application (see CitizenLink.eventFilter), touches still land.
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setWindowTitle(self.tr("Màn hình người dân"))
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        # Closing the officer's window ends the program even while this one is showing.
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.screen_page = CitizenScreen(clock) if clock else CitizenScreen()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.screen_page)
        self.choice = OFF
        self.full_screen_on: int | None = None  # the screen's index when it has one of its own
        self.screen_page.state_changed.connect(self._follow_state)

    @property
    def enabled(self) -> bool:
        return self.choice != OFF

    def place(self, choice: str) -> None:
        """Put the page where Settings say; called at start and when settings or screens change."""
        self.choice = choice
        if choice == OFF:
            self.full_screen_on = None
            self.hide()
            return
        screens = QGuiApplication.screens()
        primary = QGuiApplication.primaryScreen()
        index = pick_screen(choice, [s.name() for s in screens], screens.index(primary) if primary in screens else 0)
        self.full_screen_on = index
        if index is None:
            self.hide()
            self.setWindowState(Qt.WindowState.WindowNoState)
            self.resize(*DIALOG_SIZE)
            self._follow_state(self.screen_page.state)
            return
        target = screens[index]
        self.setScreen(target)
        self.setGeometry(target.geometry())
        self.showFullScreen()

    def _follow_state(self, state: str) -> None:
        """Without a screen of its own the window shows only while it has something to say."""
        if self.choice == OFF or self.full_screen_on is not None:
            return
        if state == IDLE:
            self.hide()
        elif not self.isVisible():
            # Some platforms activate any window shown: the officer's window gets its keyboard back.
            officer_window = QApplication.activeWindow()
            self.show()
            if officer_window is not None and officer_window is not self:
                officer_window.activateWindow()
