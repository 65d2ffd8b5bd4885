"""The citizen page in its own window: full screen on a second monitor, or, with one screen,
a panel in a corner of the officer's screen that the officer turns toward the citizen
(shown only while there is something to see).

Either way it never takes the keyboard: the officer types on while the citizen reads or
touches it. The panel stays above the officer's (maximised) window, has no frame, and is
moved by dragging it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLayout, QVBoxLayout, QWidget

from desk_app.ui.citizen.placement import OFF, panel_rect, pick_screen
from desk_app.ui.citizen.screen import IDLE, CitizenScreen
from desk_app.ui.theme import CITIZEN

# Never the keyboard's window: the rating keypad's digits reach the question through the
# application (see CitizenLink.eventFilter); touches and clicks still land.
_NO_FOCUS = Qt.WindowType.WindowDoesNotAcceptFocus
SCREEN_FLAGS = Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint | _NO_FOCUS
PANEL_FLAGS = (Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
               | _NO_FOCUS)
PANEL_SCALE = 0.42  # the panel's texts and buttons against the full screen's
PANEL_BORDER = 4  # a coloured edge: the panel is not mistaken for part of the officer's window


class CitizenWindow(QWidget):
    def __init__(self, parent=None, clock=None):
        super().__init__(parent, SCREEN_FLAGS)
        self.setWindowTitle(self.tr("Màn hình người dân"))
        self.setObjectName("citizen_window")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(f"#citizen_window {{ background:{CITIZEN['frame']}; }}")
        # Closing the officer's window ends the program even while this one is showing.
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.screen_page = CitizenScreen(clock) if clock else CitizenScreen()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.screen_page)
        self.choice = OFF
        self.full_screen_on: int | None = None  # the screen's index when it has one of its own
        self.moved_by_hand = False  # the officer dragged the panel: it stays where it was put
        self._drag_from: QPoint | None = None
        self.screen_page.state_changed.connect(self._follow_state)

    @property
    def enabled(self) -> bool:
        return self.choice != OFF

    @property
    def is_panel(self) -> bool:
        return self.enabled and self.full_screen_on is None

    def place(self, choice: str) -> None:
        """Put the page where Settings say; called at start and when settings or screens change."""
        self.choice = choice
        if choice == OFF:
            self.full_screen_on = None
            self.hide()
            self._edge_to_edge()
            return
        screens = QGuiApplication.screens()
        primary = QGuiApplication.primaryScreen()
        index = pick_screen(choice, [s.name() for s in screens], screens.index(primary) if primary in screens else 0)
        self.full_screen_on = index
        if index is None:
            self._as_panel()
        else:
            self._full_screen(screens[index])

    def _full_screen(self, target) -> None:
        """(Not showFullScreen(): it asks to activate the window, which takes no focus.)"""
        self._set_flags(SCREEN_FLAGS)
        self._edge_to_edge()
        self.setScreen(target)
        self.setGeometry(target.geometry())
        self.setWindowState(Qt.WindowState.WindowFullScreen)
        self.show()

    def _edge_to_edge(self) -> None:
        """The page at its full size, filling the window (a monitor of its own)."""
        self.layout().setContentsMargins(0, 0, 0, 0)
        self.layout().setSizeConstraint(QLayout.SizeConstraint.SetDefaultConstraint)
        self.screen_page.set_scale(1.0)

    def _as_panel(self) -> None:
        self.hide()
        self._set_flags(PANEL_FLAGS)
        self.setWindowState(Qt.WindowState.WindowNoState)
        self.layout().setContentsMargins(*(PANEL_BORDER,) * 4)
        # Its size is set for each page it shows (_to_corner), not held at the largest page's.
        self.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(0, 0)
        self.screen_page.set_scale(PANEL_SCALE)
        self.moved_by_hand = False
        self._to_corner()
        self._follow_state(self.screen_page.state)

    def _set_flags(self, flags) -> None:
        if self.windowFlags() != flags:
            self.setWindowFlags(flags)  # (hides the window; whoever called shows it again)

    def _officer_area(self) -> QRect:
        """The free part of the officer's screen (the one the officer's window is on)."""
        owner = self.parentWidget()
        screen = owner.screen() if owner is not None else QGuiApplication.primaryScreen()
        return screen.availableGeometry()

    def _to_corner(self) -> None:
        """Sized for the page now showing (the question is smaller than a saved dossier's
        appointment), in the corner of the officer's screen."""
        area = self._officer_area()
        free = (area.x(), area.y(), area.width(), area.height())
        page = self.screen_page.stack.currentWidget()
        margins = self.screen_page.layout().contentsMargins()
        extra_width = margins.left() + margins.right() + 2 * PANEL_BORDER
        extra_height = margins.top() + margins.bottom() + 2 * PANEL_BORDER
        least = page.minimumSizeHint()
        rect = panel_rect(free, (least.width() + extra_width, least.height() + extra_height))
        wrapped = page.heightForWidth(rect[2] - extra_width) + extra_height  # long lines wrap at this width
        if wrapped > rect[3]:
            rect = panel_rect(free, (least.width() + extra_width, wrapped))
        self.setGeometry(QRect(*rect))

    def _follow_state(self, state: str) -> None:
        """Without a screen of its own the panel shows only while it has something to say,
        above the officer's window, which keeps the keyboard (the panel is never activated)."""
        if not self.is_panel:
            return
        if state == IDLE:
            self.hide()
            return
        if not self.moved_by_hand:
            self._to_corner()  # (the officer's window may have moved to another screen)
        self.show()
        self.raise_()

    def event(self, event) -> bool:
        """A platform that activates every window shown, whatever its flags (Qt's offscreen
        one does): the keyboard goes back to the officer's window at once."""
        if event.type() == QEvent.Type.WindowActivate and self.parentWidget() is not None:
            self.parentWidget().activateWindow()
        return super().event(event)

    # -- dragging the frameless panel ----------------------------------------------------------

    def mousePressEvent(self, event) -> None:
        """A press on the panel's background (not on an answer) starts moving it with the mouse."""
        if not self.is_panel or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.moved_by_hand = True
        self._drag_from = event.globalPosition().toPoint() - self.pos()

    def mouseMoveEvent(self, event) -> None:
        if self._drag_from is not None:
            self.move(event.globalPosition().toPoint() - self._drag_from)
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        self._drag_from = None
        super().mouseReleaseEvent(event)
