"""The day's counts over the pages (received, returned, due today, overdue), what waits for an
answer (complaints, proposals and tip-offs; and while a commander is on duty, the unsatisfied
citizens they answer), with the overdue ones, and the clock: they follow every change the desk
announces (DeskEvents), and are read again each minute."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout

from desk_app.core.queue import DUE_TODAY, OVERDUE, TILE_CAP, TODAY
from desk_app.ui import theme
from desk_app.ui.desk_events import DeskEvents

COUNTS_REFRESH_MS = 60_000


class CountTile(QFrame):
    """A big count over its caption. Two plain labels: a rich-text label costs ~60 ms at start."""

    def __init__(self, caption: str, colours: tuple[str, str], parent=None):
        super().__init__(parent)
        self.setObjectName("tile")
        colours = colours or theme.RECEIVED
        style = theme.css_colours(colours)  # the status family's, as in the list's chips
        self.setStyleSheet(f"QFrame#tile {{ border-radius: {theme.RADIUS}px; {style} }} "
                           f"QLabel {{ color: {colours[0]}; background: transparent; }}")
        self.number = QLabel()
        font = self.number.font()
        font.setPointSize(theme.NUMBER)
        font.setBold(True)
        self.number.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.GRID, theme.HALF, theme.GRID, theme.HALF)
        layout.setSpacing(0)
        layout.addWidget(self.number)
        self.caption = QLabel(caption)
        layout.addWidget(self.caption)
        self.value = 0

    def set_count(self, value: int) -> None:
        self.value = value
        self.number.setText(f"{TILE_CAP}+" if value > TILE_CAP else str(value))


FOLLOW_UPS = "follow_ups"


class FollowUpCounts:
    """What the follow-up tiles read: the desk's two follow-up services, and who is on duty."""

    def __init__(self, desk, is_commander: Callable[[], bool], show: Callable[[], None]):
        self.desk = desk
        self.is_commander = is_commander
        self.show = show  # a click on a follow-up tile: the page where they are answered

    def counts(self) -> tuple[int, int]:
        """(waiting for an answer, of which overdue): complaints, proposals and tip-offs still the
        unit's, and, while a commander is on duty, the unsatisfied citizens they answer."""
        waiting, late = self.desk.visit_follow_ups.counts()
        if self.is_commander():
            ratings_waiting, ratings_late = self.desk.rating_follow_ups.counts()
            waiting, late = waiting + ratings_waiting, late + ratings_late
        return waiting, late


class CountTiles(QObject):
    """`row`: the tiles and the clock, for the window's layout; a click on a tile (or
    `show_queue(view)`) opens the list of that view."""

    def __init__(self, queue, events: DeskEvents, show_queue: Callable[[str], None], parent=None,
                 follow_ups: FollowUpCounts | None = None):
        super().__init__(parent)
        self.queue = queue
        self.follow_ups = follow_ups
        translate = QCoreApplication.translate  # (the window's words, in the window's context)
        self.tiles = {
            TODAY: CountTile(translate("MainWindow", "nhận hôm nay"), theme.RECEIVED),
            "returned": CountTile(translate("MainWindow", "đã trả hôm nay"), theme.RETURNED),
            DUE_TODAY: CountTile(translate("MainWindow", "đến hạn hôm nay"), theme.DUE_TODAY),
            OVERDUE: CountTile(translate("MainWindow", "QUÁ HẠN"), theme.OVERDUE),
        }
        if follow_ups is not None:
            self.tiles[FOLLOW_UPS] = CountTile(translate("MainWindow", "chờ trả lời"), theme.IN_PROGRESS)
        self.row = QHBoxLayout()
        self.row.setSpacing(theme.GRID)
        for key, tile in self.tiles.items():
            self.row.addWidget(tile)
            if key in (TODAY, DUE_TODAY, OVERDUE):
                tile.mousePressEvent = lambda _e, view=key: show_queue(view)
            elif key == FOLLOW_UPS:
                tile.mousePressEvent = lambda _e: follow_ups.show()
        self.row.addStretch(1)
        self.clock_label = QLabel()
        self.row.addWidget(self.clock_label)
        for event in (events.dossier_saved, events.dossier_changed, events.visit_logged, events.settings_changed,
                      events.officer_changed, events.rating_given, events.follow_up_answered):
            event.connect(self.refresh)
        self.timer = QTimer(self, interval=COUNTS_REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def refresh(self) -> None:
        counts = self.queue.today_counts()
        self.tiles[TODAY].set_count(counts.received)
        self.tiles["returned"].set_count(counts.returned)
        self.tiles[DUE_TODAY].set_count(counts.due_today)
        self.tiles[OVERDUE].set_count(counts.overdue)
        if self.follow_ups is not None:
            self._follow_up_counts()
        self.clock_label.setText(self.queue.now().strftime("%H:%M  %d/%m/%Y"))

    def _follow_up_counts(self) -> None:
        """Feedback not answered yet (and, for a commander, unsatisfied citizens), the overdue
        ones told in the caption."""
        waiting, late = self.follow_ups.counts()
        tile = self.tiles[FOLLOW_UPS]
        tile.set_count(waiting)
        tile.caption.setText(QCoreApplication.translate("MainWindow", "chờ trả lời") + (
            QCoreApplication.translate("MainWindow", " · %1 QUÁ HẠN").replace("%1", str(late)) if late else ""))
