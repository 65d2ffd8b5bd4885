"""The desk window's pages, one row each: key, title in the list, function key, builder, who
may open it, where the cursor goes when it opens, and the sidebar's group it is listed under
(the table keeps a group's pages together; the sidebar heads each group with its name).

A builder makes its page when it is first shown (the page's module is imported then). It
forwards what the page did into the window's DeskEvents and connects the page to the events
it follows; of the window it uses only the face that `Shell` names."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QWidget

from desk_app.ui.desk_events import DeskEvents
from desk_app.ui.session import Session
from desk_app.ui.widgets.forms_common import focus_first_field

RECEIVE, VISITS, DOSSIERS, SETTINGS = "receive", "visits", "dossiers", "settings"
SYNC, PRINT_JOBS, AUDIT = "sync", "print_jobs", "audit"
STATS, HANDOVER, FOLLOW_UPS = "stats", "handover", "follow_ups"


class Shell(Protocol):
    """What a builder may use of the window (shell/main_window.MainWindow)."""

    desk: object  # the Desk: its services
    session: Session  # the officer on duty, shared: read at each action
    queue_service: object  # the queue the list and the tiles read
    events: DeskEvents

    def say(self, text: str, ms: int = 8000) -> None: ...  # the status bar, for a while

    def open_dossier(self, code: str) -> None: ...  # the dossier selected in the list, its detail shown


def anyone(_session: Session) -> bool:
    return True


def commanders(session: Session) -> bool:
    """A commander's page: listed and opened only while a commander is on duty."""
    return session.is_commander


def own_first_field(page: QWidget) -> None:
    page.focus_first()


@dataclass(frozen=True)
class Page:
    key: str
    title: str  # in the MainWindow context of the translation
    shortcut: str | None
    build: Callable[[Shell], QWidget]
    may_open: Callable[[Session], bool] = anyone
    first_field: Callable[[QWidget], object] = focus_first_field
    refused: str = ""  # what the status bar says to an officer who may not open it (MainWindow context)
    group: str = ""  # the sidebar's header over it (MainWindow context); an icon assets/icons/<key>.svg


# -- builders ---------------------------------------------------------------------------------

def build_receive(window: Shell) -> QWidget:
    from desk_app.ui.pages.receive_form import ReceiveForm

    form = ReceiveForm(window.desk, window.session)
    form.saved.connect(window.events.dossier_saved)
    form.open_dossier.connect(window.open_dossier)
    window.events.settings_changed.connect(form.reload_catalog)
    window.events.number_called.connect(form.set_queue_number)
    return form


def build_visits(window: Shell) -> QWidget:
    from desk_app.ui.pages.visit_form import VisitForm

    form = VisitForm(window.desk, window.session)
    form.saved.connect(window.events.visit_logged)
    form.returning.open_dossier.connect(window.open_dossier)
    window.events.number_called.connect(form.set_queue_number)
    return form


def build_dossiers(window: Shell) -> QWidget:
    from desk_app.ui.pages.detail import DetailView
    from desk_app.ui.pages.dossiers_page import DossiersPage
    from desk_app.ui.pages.list_export import ListExports
    from desk_app.ui.pages.queue_view import QueueView

    desk, session = window.desk, window.session
    queue_view = QueueView(window.queue_service, lambda: desk.dossiers)
    exports = ListExports(desk, lambda: session.officer_id, queue_view, window.say)
    page = DossiersPage(queue_view, DetailView(desk, session), exports)
    page.detail.changed.connect(window.events.dossier_changed)
    page.detail.attachments.attached.connect(window.events.attachment_added)
    for event in (window.events.dossier_saved, window.events.visit_logged, window.events.settings_changed):
        event.connect(queue_view.refresh)  # (a changed dossier is shown in its row: see DossiersPage)
    return page


def build_sync(window: Shell) -> QWidget:
    from desk_app.ui.pages.sync_page import SyncPage

    page = SyncPage(window.desk, window.session)
    page.exported.connect(window.events.day_exported)
    return page


def build_print_jobs(window: Shell) -> QWidget:
    from desk_app.ui.pages.print_jobs import PrintJobsPage

    return PrintJobsPage(window.desk, window.session)


def build_stats(window: Shell) -> QWidget:
    from desk_app.ui.background import Background
    from desk_app.ui.pages.stats_page import StatsPage

    desk, events = window.desk, window.events
    page = StatsPage(lambda page: Background(desk, page), lambda desk: desk.stats, lambda: desk.now().date(),
                     desk.stats.groupings, lambda: desk.unit or {}, data_dir=lambda: desk.data_dir)
    for event in (events.dossier_saved, events.dossier_changed, events.attachment_added, events.visit_logged,
                  events.rating_given, events.settings_changed):
        event.connect(page.figures_changed)
    return page


def build_handover(window: Shell) -> QWidget:
    from desk_app.ui.pages.handover_page import HandoverPage

    events = window.events
    page = HandoverPage(window.desk, window.session)
    page.handed_over.connect(events.handed_over)  # the window puts the incoming officer on duty
    page.handed_over.connect(lambda _saved: window.say(page.status.text(), 8000))
    page.paper_rated.connect(events.rating_given)
    for event in (events.dossier_saved, events.dossier_changed, events.visit_logged, events.rating_given,
                  events.follow_up_answered):
        event.connect(page.counts_changed)
    events.officer_changed.connect(page.officer_changed)
    return page


def build_follow_ups(window: Shell) -> QWidget:
    from desk_app.ui.pages.follow_ups_page import FollowUpsPage

    events = window.events
    page = FollowUpsPage(window.desk, window.session)
    page.answered.connect(events.follow_up_answered)
    for event in (events.visit_logged, events.rating_given, events.officer_changed):
        event.connect(page.refresh)
    return page


def build_settings(window: Shell) -> QWidget:
    from desk_app.ui.pages.settings.settings_dialog import SettingsDialog

    page = SettingsDialog(window.desk, window.session)
    page.setWindowFlags(Qt.WindowType.Widget)  # a page, not a window
    page.settings_changed.connect(window.events.settings_changed)
    return page


def build_audit(window: Shell) -> QWidget:
    from desk_app.ui.pages.audit_page import AuditPage

    return AuditPage(window.desk, window.session)


def focus_settings(page: QWidget) -> None:
    focus_first_field(page.tabs.currentWidget())


# The sidebar's groups, in their order.
RECEPTION = QT_TRANSLATE_NOOP("MainWindow", "Tiếp nhận")
FILES = QT_TRANSLATE_NOOP("MainWindow", "Hồ sơ")
REPORTS = QT_TRANSLATE_NOOP("MainWindow", "Báo cáo")
ADMIN = QT_TRANSLATE_NOOP("MainWindow", "Quản trị")

PAGES = (
    Page(RECEIVE, QT_TRANSLATE_NOOP("MainWindow", "Tiếp nhận hồ sơ  F2"), "F2", build_receive,
         first_field=own_first_field, group=RECEPTION),
    Page(VISITS, QT_TRANSLATE_NOOP("MainWindow", "Tiếp công dân  F4"), "F4", build_visits, first_field=own_first_field,
         group=RECEPTION),
    Page(HANDOVER, QT_TRANSLATE_NOOP("MainWindow", "Bàn giao ca  F11"), "F11", build_handover, group=RECEPTION),
    Page(DOSSIERS, QT_TRANSLATE_NOOP("MainWindow", "Hồ sơ  F3"), "F3", build_dossiers, first_field=own_first_field,
         group=FILES),
    Page(PRINT_JOBS, QT_TRANSLATE_NOOP("MainWindow", "Lệnh in  F8"), "F8", build_print_jobs,
         first_field=own_first_field, group=FILES),
    Page(FOLLOW_UPS, QT_TRANSLATE_NOOP("MainWindow", "Trả lời người dân"), None, build_follow_ups,
         first_field=own_first_field, group=FILES),
    Page(STATS, QT_TRANSLATE_NOOP("MainWindow", "Thống kê  F6"), "F6", build_stats, group=REPORTS),
    Page(SYNC, QT_TRANSLATE_NOOP("MainWindow", "Đồng bộ cuối ngày  F7"), "F7", build_sync, group=REPORTS),
    Page(SETTINGS, QT_TRANSLATE_NOOP("MainWindow", "Cài đặt  F9"), "F9", build_settings, commanders, focus_settings,
         QT_TRANSLATE_NOOP("MainWindow", "Chỉ chỉ huy được mở Cài đặt."), group=ADMIN),
    Page(AUDIT, QT_TRANSLATE_NOOP("MainWindow", "Nhật ký kiểm tra"), None, build_audit, commanders,
         refused=QT_TRANSLATE_NOOP("MainWindow", "Chỉ chỉ huy xem được nhật ký kiểm tra."), group=ADMIN),
)
