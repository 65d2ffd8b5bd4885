"""The desk window: receive, visits, the dossier queue with its detail, settings; keyboard first."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QListWidget, QMainWindow, QMessageBox, QStackedWidget, QVBoxLayout, QWidget,
)

from desk_app.core.queue import DUE_TODAY, OVERDUE, TILE_CAP, TODAY
from desk_app.ui.background import stop_all
from desk_app.ui.shell.focus_filters import FocusFilters
from desk_app.ui.i18n import arg
from desk_app.ui.widgets.forms_common import focus_first_field
from desk_app.ui.dialogs.login import IdleWatcher, LockScreen
from desk_app.ui.session import Session

RECEIVE, VISITS, DOSSIERS, SETTINGS = "receive", "visits", "dossiers", "settings"
SYNC, PRINT_JOBS, AUDIT = "sync", "print_jobs", "audit"
STATS = "stats"
COMMANDER_PAGES = (SETTINGS, AUDIT)  # listed and opened only while a commander is on duty
COUNTS_REFRESH_MS = 60_000


class CountTile(QFrame):
    """A big count over its caption. Two plain labels: a rich-text label costs ~60 ms at start."""

    def __init__(self, caption: str, style: str, parent=None):
        super().__init__(parent)
        self.setObjectName("tile")
        self.setStyleSheet(f"QFrame#tile {{ border-radius: 6px; {style} }} QLabel {{ {style} background: none; }}")
        self.number = QLabel()
        font = self.number.font()
        font.setPointSize(16)
        font.setBold(True)
        self.number.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 4, 14, 6)
        layout.setSpacing(0)
        layout.addWidget(self.number)
        layout.addWidget(QLabel(caption))
        self.value = 0

    def set_count(self, value: int) -> None:
        self.value = value
        self.number.setText(f"{TILE_CAP}+" if value > TILE_CAP else str(value))


class MainWindow(QMainWindow):
    def __init__(self, desk, session: Session, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.session = session
        if desk.audit is not None:  # looks at personal data are logged under whoever is on duty
            desk.audit.actor = lambda: self.session.officer_id
        self.queue_service = desk.queue
        self.language = desk.settings.language
        unit = desk.unit or {}
        self.setWindowTitle(unit.get("name", ""))  # Qt adds " — Bộ phận một cửa", the app's name
        self._build_nav()
        desk_page = QWidget()
        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.pages, 1)
        outer = QVBoxLayout(desk_page)
        outer.addLayout(self._count_tiles())
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
        from desk_app.ui.citizen.link import CitizenLink

        self.citizen_link = CitizenLink(self)  # the citizen's screen follows the pages as they are built
        self._counts_timer = QTimer(self, interval=COUNTS_REFRESH_MS)
        self._counts_timer.timeout.connect(self.refresh_counts)
        self._counts_timer.start()
        self.refresh_counts()
        self.resize(1280, 800)
        self.go(RECEIVE)

    def _build_nav(self) -> None:
        """The page list on the left; each page is built when first shown, so the window opens
        as fast as the landing page allows."""
        self.pages = QStackedWidget()
        self.page_keys: list[str] = []
        self.nav = QListWidget()
        self.nav.setFixedWidth(190)
        self.nav.currentRowChanged.connect(self._show_row)
        self.receive_form = self.visit_form = self.queue_view = self.detail = self.settings_page = None
        self._builders = {RECEIVE: self._build_receive, VISITS: self._build_visits,
                          DOSSIERS: self._build_dossiers, SETTINGS: self._build_settings,
                          SYNC: self._build_sync, PRINT_JOBS: self._build_print_jobs, AUDIT: self._build_audit}
        self.sync_page = self.print_jobs_page = None
        self._built: set[str] = set()
        self._add_page(RECEIVE, self.tr("Tiếp nhận hồ sơ  F2"))
        self._add_page(VISITS, self.tr("Tiếp công dân  F4"))
        self._add_page(DOSSIERS, self.tr("Hồ sơ  F3"))
        self._add_page(SYNC, self.tr("Đồng bộ cuối ngày  F7"))
        self._add_page(PRINT_JOBS, self.tr("Lệnh in  F8"))
        self._add_page(STATS, self.tr("Thống kê  F6"))
        self._builders[STATS] = self._build_stats
        from desk_app.ui.pages.handover_page import build_handover_page

        self._builders["handover"] = lambda: build_handover_page(self)
        self._add_page("handover", self.tr("Bàn giao ca  F11"))
        self._add_page(SETTINGS, self.tr("Cài đặt  F9"))
        self._add_page(AUDIT, self.tr("Nhật ký kiểm tra"))
        self._list_role_pages()

    def _list_role_pages(self) -> None:
        """The commander's pages are in the list while a commander is on duty, whoever logged in."""
        for key in COMMANDER_PAGES:
            self.nav.item(self.page_keys.index(key)).setHidden(not self.session.is_commander)

    def may_open(self, key: str) -> bool:
        return key not in COMMANDER_PAGES or self.session.is_commander

    def _count_tiles(self) -> QHBoxLayout:
        self.tiles = {
            TODAY: CountTile(self.tr("nhận hôm nay"), "background:#e7f0fb;color:#123a6b;"),
            "returned": CountTile(self.tr("đã trả hôm nay"), "background:#e6f4ea;color:#14532d;"),
            DUE_TODAY: CountTile(self.tr("đến hạn hôm nay"), "background:#fff4d6;color:#7a4b00;"),
            OVERDUE: CountTile(self.tr("QUÁ HẠN"), "background:#fde2e1;color:#9b1c1c;"),
        }
        counts = QHBoxLayout()
        for key, tile in self.tiles.items():
            counts.addWidget(tile)
            if key in (TODAY, DUE_TODAY, OVERDUE):
                tile.mousePressEvent = lambda _e, view=key: self.show_queue(view)
        counts.addStretch(1)
        self.clock_label = QLabel()
        counts.addWidget(self.clock_label)
        return counts

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

    # -- pages ---------------------------------------------------------------------------

    def _add_page(self, key: str, title: str) -> None:
        self.page_keys.append(key)
        self.pages.addWidget(QWidget())  # stands in until the page is first shown
        self.nav.addItem(title)

    def ensure_page(self, key: str) -> QWidget:
        index = self.page_keys.index(key)
        if key not in self._built:
            self._built.add(key)
            page = self._builders[key]()
            placeholder = self.pages.widget(index)
            self.pages.insertWidget(index, page)
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
        return self.pages.widget(index)

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

    # Each page's module is imported when the page is first shown (see ensure_page).

    def _build_receive(self) -> QWidget:
        from desk_app.ui.pages.receive_form import ReceiveForm

        self.receive_form = ReceiveForm(self.desk, self.session)
        self.receive_form.saved.connect(self._after_save)
        self.receive_form.open_dossier.connect(self.open_dossier)
        return self.receive_form

    def _build_visits(self) -> QWidget:
        from desk_app.ui.pages.visit_form import VisitForm

        self.visit_form = VisitForm(self.desk, self.session)
        self.visit_form.saved.connect(self._after_visit)
        self.visit_form.returning.open_dossier.connect(self.open_dossier)
        return self.visit_form

    def _build_dossiers(self) -> QWidget:
        from desk_app.ui.pages.detail import DetailView
        from desk_app.ui.pages.dossiers_page import DossiersPage
        from desk_app.ui.pages.list_export import ListExports
        from desk_app.ui.pages.queue_view import QueueView

        self.queue_view = QueueView(self.queue_service, lambda: self.desk.dossiers)
        self.detail = DetailView(self.desk, self.session)
        self.queue_view.current_changed.connect(self.detail.show_code)
        self.detail.changed.connect(self._after_action)
        self.dossiers_page = DossiersPage(self.queue_view, self.detail)
        self.list_exports = ListExports(self.desk, lambda: self.session.officer_id, self.queue_view,
                                        self.statusBar().showMessage)
        return self.dossiers_page

    def _build_settings(self) -> QWidget:
        from desk_app.ui.pages.settings.settings_dialog import SettingsDialog

        self.settings_page = SettingsDialog(self.desk, self.session)
        self.settings_page.setWindowFlags(Qt.WindowType.Widget)  # a page, not a window
        self.settings_page.settings_changed.connect(self._after_settings)
        return self.settings_page

    def _build_sync(self) -> QWidget:
        from desk_app.ui.pages.sync_page import SyncPage

        self.sync_page = SyncPage(self.desk, self.session)
        self.sync_page.exported.connect(lambda _result: self.reminder.check())
        return self.sync_page

    def _build_print_jobs(self) -> QWidget:
        from desk_app.ui.pages.print_jobs import PrintJobsPage

        self.print_jobs_page = PrintJobsPage(self.desk, self.session)
        return self.print_jobs_page

    def _build_stats(self) -> QWidget:
        from desk_app.ui.background import Background
        from desk_app.ui.pages.stats_page import StatsPage

        self.stats_page = StatsPage(lambda page: Background(self.desk, page), lambda desk: desk.stats,
                                    lambda: self.desk.now().date(), self.desk.stats.groupings,
                                    lambda: self.desk.unit or {}, data_dir=lambda: self.desk.data_dir)
        return self.stats_page

    def _build_audit(self) -> QWidget:
        from desk_app.ui.pages.audit_page import AuditPage

        return AuditPage(self.desk, self.session)

    def current_page(self) -> str:
        return self.page_keys[self.pages.currentIndex()]

    def go(self, key: str) -> None:
        if key not in self.page_keys or self.is_locked():
            return
        if not self.may_open(key):
            self.statusBar().showMessage(self.tr("Chỉ chỉ huy được mở Cài đặt.") if key == SETTINGS
                                         else self.tr("Chỉ chỉ huy xem được nhật ký kiểm tra."), 5000)
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
        if key == RECEIVE:
            self.receive_form.focus_first()
        elif key == VISITS:
            self.visit_form.focus_first()
        elif key == DOSSIERS:
            self.dossiers_page.show_list()
            self.queue_view.focus_search()
        elif key == SETTINGS:
            focus_first_field(self.settings_page.tabs.currentWidget())
        elif key == PRINT_JOBS:
            self.print_jobs_page.focus_first()
        else:
            focus_first_field(self.pages.currentWidget())

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
        keys = {
            "F2": lambda: self.go(RECEIVE),
            "F3": lambda: self.go(DOSSIERS),
            "F4": lambda: self.go(VISITS),
            "F9": lambda: self.go(SETTINGS),
            "F7": lambda: self.go(SYNC),
            "F8": lambda: self.go(PRINT_JOBS),
            "F6": lambda: self.go(STATS),
            "F11": lambda: self.go("handover"),
            "F5": self.refresh,
            "Ctrl+L": self.lock,
            "Ctrl+1": lambda: self.show_queue(TODAY),
            "Ctrl+2": lambda: self.show_queue(DUE_TODAY),
            "Ctrl+3": lambda: self.show_queue(OVERDUE),
        }
        self.shortcuts = {}
        for key, slot in keys.items():
            shortcut = QShortcut(QKeySequence(key), self, context=Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
            self.shortcuts[key] = shortcut

    # -- scans, saves, counts ------------------------------------------------------------

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

    def _after_save(self, code: str) -> None:
        self.statusBar().showMessage(self.tr("Đã lưu %1").replace("%1", code), 8000)
        self.refresh()

    def _after_visit(self, _visit_id: str) -> None:
        self.statusBar().showMessage(self.tr("Đã ghi vào sổ tiếp công dân."), 8000)
        self.refresh()

    def _after_action(self, code: str) -> None:
        """The row shows the dossier's new state in place and stays selected; the rest of the
        list is read again at the next search, filter or F5."""
        self.statusBar().showMessage(self.tr("Đã cập nhật hồ sơ %1").replace("%1", code), 8000)
        self.queue_view.update_dossier(self.detail.dossier)
        self.refresh_counts()
        self.reminder.check()

    def _after_settings(self) -> None:
        """Settings take effect from the next action (lock time, catalog, unit name); the
        language from the next start, as the page says."""
        settings = self.desk.settings
        self.idle.set_minutes(settings.idle_lock_minutes)
        self.recovery_reminder.refresh(self.session)  # a recovery passphrase may have been set
        self.receive_form.reload_catalog()  # (the landing page: always built)
        unit = self.desk.unit or {}
        self.setWindowTitle(unit.get("name", ""))
        if settings.language != self.language:
            self.statusBar().showMessage(self.tr("Ngôn ngữ mới có hiệu lực từ lần mở phần mềm sau."), 10000)
        self.refresh()

    def refresh(self) -> None:
        if self.queue_view is not None:
            self.queue_view.refresh()
        self.refresh_counts()
        self.reminder.check()

    def refresh_counts(self) -> None:
        counts = self.queue_service.today_counts()
        self.tiles[TODAY].set_count(counts.received)
        self.tiles["returned"].set_count(counts.returned)
        self.tiles[DUE_TODAY].set_count(counts.due_today)
        self.tiles[OVERDUE].set_count(counts.overdue)
        self.clock_label.setText(self.queue_service.now().strftime("%H:%M  %d/%m/%Y"))

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
            from desk_app.ui.pages.handover_page import offer_handover

            self.lock_screen.taken_over.connect(lambda previous: offer_handover(self, previous))
            self.root.addWidget(self.lock_screen)
        self.lock_screen.prepare(self.session.officer_id)
        self.root.setCurrentWidget(self.lock_screen)
        self.lock_screen.fields.pin.setFocus()

    def unlock(self, session: Session) -> None:
        self.put_on_duty(session.officer)
        self.root.setCurrentIndex(0)
        self.idle.restart()
        self.refresh_counts()

    def put_on_duty(self, officer: dict) -> None:
        """From now on every write, look, print and rating is this officer's, and the pages and
        keys are those of their role. The pages share this session object and read it at each
        action, never keep a copy."""
        self.session.officer = officer
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
