"""The desk window: receive, visits, the dossier queue with its detail, settings; keyboard first."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from desk_app.core.queue import DUE_TODAY, OVERDUE, TODAY
from desk_app.ui.background import stop_all
from desk_app.ui.desk_events import DeskEvents
from desk_app.ui.shell.count_tiles import CountTiles, FollowUpCounts
from desk_app.ui.shell.focus_filters import FocusFilters
from desk_app.ui.shell.sidebar import Sidebar
from desk_app.ui.widgets.cards import page_scroller
from desk_app.ui import theme
from desk_app.ui.shell.pages import (AUDIT, DOSSIERS, FOLLOW_UPS, HANDOVER, PAGES, PRINT_JOBS, RECEIVE, SETTINGS,
                                     STATS, SYNC, VISITS, Page, anyone)
from desk_app.ui.i18n import arg
from desk_app.ui.dialogs.login import IdleWatcher, LockScreen
from desk_app.ui.session import Session

__all__ = ["AUDIT", "DOSSIERS", "HANDOVER", "PRINT_JOBS", "RECEIVE", "SETTINGS", "STATS", "SYNC", "VISITS", "MainWindow"]


def built_page(key: str, part: str | None = None) -> property:
    """The page of `key` (or one of its parts) once built, else None: `window.receive_form`."""
    def get(window: MainWindow):
        page = window.built.get(key)
        return page if part is None or page is None else getattr(page, part)

    return property(get)


class MainWindow(QMainWindow):
    # The pages and their parts, once built (None before): what the shell and tests reach.
    receive_form = built_page(RECEIVE)
    visit_form = built_page(VISITS)
    dossiers_page = built_page(DOSSIERS)
    queue_view = built_page(DOSSIERS, "queue_view")
    detail = built_page(DOSSIERS, "detail")
    list_exports = built_page(DOSSIERS, "list_exports")
    sync_page = built_page(SYNC)
    print_jobs_page = built_page(PRINT_JOBS)
    stats_page = built_page(STATS)
    settings_page = built_page(SETTINGS)
    follow_ups_page = built_page(FOLLOW_UPS)

    def __init__(self, desk, session: Session, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.session = session
        if desk.audit is not None:  # looks at personal data are logged under whoever is on duty
            desk.audit.actor = lambda: self.session.officer_id
        self.queue_service = desk.queue
        self.language = desk.settings.language
        self.events = DeskEvents(self)  # what changed: the pages say it, the rest follows
        unit = desk.unit or {}
        self.setWindowTitle(unit.get("name", ""))  # Qt adds " — Bộ phận một cửa", the app's name
        self._build_nav()
        desk_page = QWidget()
        body = QVBoxLayout()  # the tiles over the current page, right of the sidebar
        body.setContentsMargins(theme.GRID, theme.GRID, theme.GRID, theme.GRID)
        body.setSpacing(theme.GRID)
        self.counts = CountTiles(self.queue_service, self.events, self.show_queue, self,
                                 FollowUpCounts(desk, lambda: self.session.is_commander, lambda: self.go(FOLLOW_UPS)))
        self.tiles = self.counts.tiles
        body.addLayout(self.counts.row)
        body.addWidget(self.pages, 1)
        outer = QHBoxLayout(desk_page)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.nav)
        outer.addLayout(body, 1)
        self.lock_screen = None  # built at the first lock
        self.root = QStackedWidget()
        self.root.addWidget(desk_page)
        self.setCentralWidget(self.root)
        self._status_bar()
        self.idle = IdleWatcher(desk.settings.idle_lock_minutes, self)
        self.idle.idle.connect(self.lock)
        self._install_focus_filters()
        self._shortcuts()
        self._follow_events()
        from desk_app.ui.citizen.link import CitizenLink

        self.citizen_link = CitizenLink(self, self.events)  # the citizen's screen follows the desk's events
        self.resize(1280, 800)
        self.go(RECEIVE)

    def _build_nav(self) -> None:
        """The page list on the left, from the table of pages (shell/pages.py); each page is
        built when first shown, so the window opens as fast as the landing page allows."""
        self.pages = QStackedWidget()
        self.table: dict[str, Page] = {page.key: page for page in PAGES}
        self.page_keys: list[str] = list(self.table)
        self.built: dict[str, QWidget] = {}
        self.nav = Sidebar()
        self.nav.currentRowChanged.connect(self._show_row)
        for page in PAGES:
            self.pages.addWidget(QWidget())  # stands in until the page is first shown
            self.nav.add_page(page.key, self.tr(page.title), page.shortcut, page.group, page.may_open is not anyone)
        self._list_role_pages()

    def _list_role_pages(self) -> None:
        """A page is in the list while the officer on duty may open it (a commander's pages
        while a commander is on duty, whoever logged in)."""
        for row, key in enumerate(self.page_keys):
            self.nav.item(row).setHidden(not self.may_open(key))
        self.nav.relayout()

    def may_open(self, key: str) -> bool:
        return self.table[key].may_open(self.session)

    def _status_bar(self) -> None:
        """Who is on duty, the day-end reminder, a failed daily backup."""
        self.officer_label = QLabel()
        self.statusBar().addPermanentWidget(self.officer_label)
        self._show_officer()
        from desk_app.ui.shell.day_end_reminder import DayEndReminder

        self.reminder = DayEndReminder(self.desk, self.statusBar(),
                                       lambda: self.nav.item(self.page_keys.index(SYNC)), self)

        from desk_app.ui.shell.daily_backup import BackupWarning, DailyBackup, FullDiskWarning, RecoveryReminder

        self.backup = DailyBackup(self.desk, self)
        self.backup_warning = BackupWarning(self.backup)
        self.statusBar().insertPermanentWidget(0, self.backup_warning)
        self.recovery_reminder = RecoveryReminder(self.desk)
        self.statusBar().insertPermanentWidget(1, self.recovery_reminder)
        self.recovery_reminder.refresh(self.session)
        self.full_disk_warning = FullDiskWarning(self.desk)  # opened read-only on a full disk
        self.statusBar().insertPermanentWidget(0, self.full_disk_warning)
        from desk_app.ui.shell.notice_sender import NoticeSender

        self.notice_sender = NoticeSender(self.desk, self.events, self.statusBar(), self)  # SMS in the background
        from desk_app.ui.shell.text_reader import TextReader

        self.text_reader = TextReader(self.desk, self.events, self)  # the attachments' text, for the search

    def say(self, text: str, ms: int = 8000) -> None:
        """What just happened, in the status bar for a while."""
        self.statusBar().showMessage(text, ms)

    # -- pages ---------------------------------------------------------------------------

    def ensure_page(self, key: str) -> QWidget:
        index = self.page_keys.index(key)
        if key not in self.built:
            page = self.built[key] = self.table[key].build(self)
            placeholder = self.pages.widget(index)
            self.pages.insertWidget(index, page_scroller(page))  # a short screen scrolls, never cuts
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
        return self.built[key]

    def _show_row(self, row: int) -> None:
        if not (0 <= row < len(self.page_keys)):
            return
        if not self.may_open(self.page_keys[row]):
            self._select_row_quietly(self.pages.currentIndex())
            return
        if self.page_keys[row] != SETTINGS and not self._may_leave_settings():
            self._select_row_quietly(self.page_keys.index(SETTINGS))  # stay: the list goes back to Settings too
            return
        self.ensure_page(self.page_keys[row])
        self.pages.setCurrentIndex(row)

    def _select_row_quietly(self, row: int) -> None:
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(row)
        self.nav.blockSignals(False)

    def _may_leave_settings(self) -> bool:
        """Leaving Settings with edits not saved asks first (No, the default, stays)."""
        if self.settings_page is None or self.current_page() != SETTINGS:
            return True
        tabs = self.settings_page.unsaved_tabs()
        if not tabs:
            return True
        answer = QMessageBox.question(
            self, self.tr("Thay đổi chưa lưu"),
            arg(self.tr("Cài đặt còn thay đổi chưa lưu ở: %1.\n\nBỏ các thay đổi đó và rời trang?"), ", ".join(tabs)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.settings_page.discard_unsaved()
        return True

    def current_page(self) -> str:
        return self.page_keys[self.pages.currentIndex()]

    def go(self, key: str) -> None:
        if key not in self.page_keys or self.is_locked():
            return
        if not self.may_open(key):
            self.say(self.tr(self.table[key].refused), 5000)
            return
        row = self.page_keys.index(key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)  # shows the page (see _show_row)
        else:
            self._show_row(row)
        if self.current_page() != key:
            return  # stayed in Settings to save first
        self.focus_page(key)

    def focus_page(self, key: str) -> None:
        """Every page opens with the cursor in its first field: what the officer types next
        never vanishes or lands elsewhere."""
        self.table[key].first_field(self.ensure_page(key))

    def show_queue(self, view: str) -> None:
        self.go(DOSSIERS)
        self.queue_view.search.clear()
        self.queue_view.set_view(view)
        self.dossiers_page.show_list()

    def open_dossier(self, code: str) -> None:
        """Show one dossier selected in the list (searched for by its code if the list's
        filters hide it): the detail pane only ever shows the selected row."""
        self.go(DOSSIERS)
        if not self.queue_view.select_code(code):
            self.queue_view.search.setText(code)
            self.queue_view.run_search()
            self.queue_view.select_code(code)
        self.dossiers_page.show_detail()

    def _shortcuts(self) -> None:
        keys = {page.shortcut: (lambda key=page.key: self.go(key)) for page in PAGES if page.shortcut}
        keys.update({
            "F5": self.refresh,
            "Ctrl+L": self.lock,
            "Ctrl+1": lambda: self.show_queue(TODAY),
            "Ctrl+2": lambda: self.show_queue(DUE_TODAY),
            "Ctrl+3": lambda: self.show_queue(OVERDUE),
        })
        self.shortcuts = {}
        for key, slot in keys.items():
            shortcut = QShortcut(QKeySequence(key), self, context=Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
            self.shortcuts[key] = shortcut

    # -- scans, what changed --------------------------------------------------------------

    def _install_focus_filters(self) -> None:
        from desk_app.ui.shell.scanner import ScanFilter

        self.scan_filter = ScanFilter(self)
        self.scan_filter.scanned.connect(self.route_scan)
        self.focus_filters = FocusFilters(self, [self.idle, self.scan_filter])
        self.focus_filters.focus_moved.connect(self.idle.restart)  # a click that moves the focus is activity

    def route_scan(self, payload: str) -> None:
        """A card scanned anywhere goes to the visit form if the officer is there, else to receiving."""
        if self.is_locked():
            return
        if self.current_page() == VISITS:
            self.visit_form.handle_scan(payload)
        else:
            self.go(RECEIVE)
            self.receive_form.handle_scan(payload)

    def _follow_events(self) -> None:
        """What the window itself does when the desk changes; the pages follow in their
        builders (shell/pages.py), the tiles and the citizen's screen in their own."""
        events = self.events
        events.dossier_saved.connect(lambda code: self.say(self.tr("Đã lưu %1").replace("%1", code)))
        events.visit_logged.connect(lambda _visit_id: self.say(self.tr("Đã ghi vào sổ tiếp công dân.")))
        events.dossier_changed.connect(lambda code: self.say(self.tr("Đã cập nhật hồ sơ %1").replace("%1", code)))
        events.settings_changed.connect(self._after_settings)
        for event in (events.dossier_saved, events.visit_logged, events.dossier_changed, events.settings_changed,
                      events.day_exported):
            event.connect(self.reminder.check)
        events.officer_changed.connect(self._follow_officer)
        events.handed_over.connect(self._take_over)

    def _after_settings(self) -> None:
        """Settings take effect from the next action (lock time, catalog, unit name); the
        language from the next start, as the page says."""
        settings = self.desk.settings
        self.idle.set_minutes(settings.idle_lock_minutes)
        self.recovery_reminder.refresh(self.session)  # a recovery passphrase may have been set
        unit = self.desk.unit or {}
        self.setWindowTitle(unit.get("name", ""))
        if settings.language != self.language:
            self.say(self.tr("Ngôn ngữ mới có hiệu lực từ lần mở phần mềm sau."), 10000)

    def refresh(self) -> None:
        """F5: the list, the counts and the day-end reminder read again."""
        if self.queue_view is not None:
            self.queue_view.refresh()
        self.counts.refresh()
        self.reminder.check()

    # -- who is on duty ------------------------------------------------------------------

    def _show_officer(self) -> None:
        if hasattr(self, "recovery_reminder"):  # (a new officer on duty: shown to commanders only)
            self.recovery_reminder.refresh(self.session)
        role = self.tr("chỉ huy") if self.session.is_commander else self.tr("cán bộ tiếp nhận")
        # Short: on a 1024-pixel screen the status bar must keep room for what just happened.
        self.officer_label.setText(arg(self.tr("Cán bộ trực: %1 (%2)"), self.session.officer["full_name"], role))
        self.officer_label.setToolTip(self.tr("Ctrl+L khóa màn hình"))

    def is_locked(self) -> bool:
        return self.lock_screen is not None and self.root.currentWidget() is self.lock_screen

    def lock(self) -> None:
        if self.is_locked():
            return
        if self.lock_screen is None:
            self.lock_screen = LockScreen(self.desk)
            self.lock_screen.unlocked.connect(self.unlock)
            self.lock_screen.taken_over.connect(self.offer_handover)
            self.root.addWidget(self.lock_screen)
        self.lock_screen.prepare(self.session.officer_id)
        self.root.setCurrentWidget(self.lock_screen)
        self.lock_screen.fields.pin.setFocus()

    def unlock(self, session: Session) -> None:
        self.put_on_duty(session.officer)
        self.root.setCurrentIndex(0)
        self.idle.restart()

    def offer_handover(self, outgoing_officer_id: str) -> None:
        """Another officer opened the lock screen: the handover page, ready for their PIN."""
        if outgoing_officer_id == self.session.officer_id or not self.may_open(HANDOVER):
            return
        self.go(HANDOVER)
        self.ensure_page(HANDOVER).offer_to(self.session.officer_id, outgoing_officer_id)

    def _take_over(self, saved: dict) -> None:
        """The incoming officer proved it with their PIN: from now on the desk is theirs."""
        if saved["to_officer_id"] != self.session.officer_id:
            self.put_on_duty(self.desk.officers.resolve(saved["to_officer_id"]))

    def put_on_duty(self, officer: dict) -> None:
        """From now on every write, look, print and rating is this officer's, and the pages and
        keys are those of their role. The pages share this session object and read it at each
        action, never keep a copy; what shows the officer follows `events.officer_changed`."""
        self.session.officer = officer
        self.events.officer_changed.emit(officer)

    def _follow_officer(self, _officer: dict) -> None:
        self._show_officer()
        self._list_role_pages()
        if not self.may_open(self.current_page()):
            # Away from a commander's page without asking: its unsaved edits wait for the commander.
            self._select_row_quietly(0)
            self.ensure_page(self.page_keys[0])
            self.pages.setCurrentIndex(0)

    def closeEvent(self, event) -> None:
        self.stop_work()
        super().closeEvent(event)

    def stop_work(self) -> None:
        """A closed window does no more work: its checks would read a desk that is closing, and
        it no longer follows the focus (see FocusFilters.stop)."""
        for timer in self.findChildren(QTimer):
            timer.stop()
        stop_all(self)  # background work: nothing is delivered to a window that is going
        self.focus_filters.stop()

    def fit_to_screen(self) -> None:
        """1280×800 where that fits; maximised on a smaller screen (1024×768, 1366×768), where a
        window of that size would run off the edges."""
        screen = self.screen().availableGeometry()
        if screen.width() < self.width() or screen.height() < self.height():
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def bring_to_front(self) -> None:
        """The program was started again: this window comes forward instead (still locked, if
        it was)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
