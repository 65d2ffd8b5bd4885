"""What ties the citizen screen to the desk window: a saved dossier shows its code and
appointment; a returned result and a reception-log visit ask for a rating, which is recorded
against the dossier or visit and the officer on duty; F10 calls the next queue number.

Attached with one line in the main window; it follows the desk's events (ui/desk_events.py)
and says a recorded rating there, and the officer's window never waits for the citizen
(signals only)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from desk_app.core import lifecycle, ratings
from desk_app.core.ratings import RatingError
from desk_app.core.text import vn_datetime
from desk_app.db.store import StorageError, from_text
from desk_app.ui.desk_events import DeskEvents
from desk_app.ui.i18n import arg, core_term
from desk_app.ui.citizen.answer_keys import AnswerKeys
from desk_app.ui.citizen.window import CitizenWindow

CALL_NEXT_KEY = "F10"
DEFAULT_BOARD_URL = "https://dichvucong.gov.vn"


class CitizenLink(QObject):
    def __init__(self, window, events: DeskEvents, clock=None):
        super().__init__(window)
        self.window = window
        self.desk = window.desk
        self.events = events
        self.citizen = CitizenWindow(window, clock)
        self.screen = self.citizen.screen_page
        self.pending: dict | None = None  # what the question on screen rates
        self.screen.answered.connect(self._answered)
        self.screen.timed_out.connect(self._timed_out)
        events.dossier_saved.connect(self.dossier_saved)
        events.visit_logged.connect(self.visit_saved)
        events.dossier_changed.connect(self.dossier_changed)
        events.settings_changed.connect(self.refresh)
        self.call_shortcut = QShortcut(QKeySequence(CALL_NEXT_KEY), window,
                                       context=Qt.ShortcutContext.WindowShortcut)
        self.call_shortcut.activated.connect(self.call_next)
        self.keys = AnswerKeys(self.screen, window)
        self.refresh()

    def refresh(self) -> None:
        """Unit name, QR codes and the screen it goes on, from the desk's settings."""
        unit = self.desk.unit or {}
        settings = self.desk.settings
        self.screen.set_unit(unit.get("name", ""), settings.board_url or DEFAULT_BOARD_URL, unit.get("survey_url", ""))
        self.screen.set_serving(str(self.desk.queue.last_called() or ""))
        self.citizen.place(settings.citizen_screen)

    # -- what the desk did -------------------------------------------------------------------

    def dossier_saved(self, code: str) -> None:
        if not self.citizen.enabled:
            return
        dossier = self.desk.dossiers.get(code)
        self._drop_question()
        self.screen.show_saved(code, vn_datetime(from_text(dossier["due_at"])), self.desk.fees.transfer_payload(dossier))

    def dossier_changed(self, code: str) -> None:
        dossier = self.desk.dossiers.get(code)
        if dossier["status"] == lifecycle.RETURNED:
            self.ask({"dossier_id": dossier["id"], "step": "return"})

    def visit_saved(self, visit_id: str) -> None:
        self.ask({"visit_id": visit_id, "step": "visit"})

    def ask(self, target: dict) -> None:
        if not self.citizen.enabled:
            return
        self._drop_question()
        self.pending = {**target, "officer_id": self.window.session.officer_id}
        self.screen.ask()
        # Short: the status bar's right side is taken by the officer's name and warnings.
        self.window.statusBar().showMessage(self.tr("Người dân đánh giá: bấm 1 Rất hài lòng · 2 Hài lòng · 3 Không hài lòng"),
                                            ratings.TIMEOUT_SECONDS * 1000)

    def _drop_question(self) -> None:
        """A question left unanswered when the next citizen's turn comes counts as not rated."""
        if self.pending is not None and self.screen.is_asking:
            self._timed_out()

    # -- what the citizen did ----------------------------------------------------------------

    def _answered(self, level: str, reason: str) -> None:
        target, self.pending = self.pending, None
        if target:
            recorded = self._record(lambda: self.desk.ratings.add(
                level, target["officer_id"], dossier_id=target.get("dossier_id"), visit_id=target.get("visit_id"),
                step=target["step"], reason=reason, source="screen"))
            if recorded:
                self.window.statusBar().showMessage(arg(self.tr("Đã ghi đánh giá của người dân: %1."),
                                                        core_term(ratings.LEVELS[level])), 8000)

    def _timed_out(self) -> None:
        target, self.pending = self.pending, None
        if target:
            self._record(lambda: self.desk.ratings.not_rated(
                target["officer_id"], dossier_id=target.get("dossier_id"), visit_id=target.get("visit_id"),
                step=target["step"]))

    def _record(self, write) -> bool:
        try:
            write()
        except (RatingError, StorageError) as exc:
            self.window.statusBar().showMessage(self.tr("Chưa ghi được đánh giá: %1").replace("%1", str(exc)), 10000)
            return False
        self.events.rating_given.emit()
        return True

    # -- the queue ----------------------------------------------------------------------------

    def call_next(self) -> None:
        """The next number onto the screen, with a short beep (no sound files: Qt's beep).
        The day's count is kept in the database, so a restart does not call 1 again."""
        try:
            number = str(self.desk.queue.call_next(self.window.session.officer_id))
        except StorageError as exc:
            self.window.statusBar().showMessage(self.tr("Chưa gọi được số tiếp theo: %1").replace("%1", str(exc)),
                                                10000)
            return
        self.screen.set_serving(number)
        QApplication.beep()
        self.window.statusBar().showMessage(self.tr("Mời số %1").replace("%1", number), 8000)
        self.events.number_called.emit(number)  # the forms fill their queue number
