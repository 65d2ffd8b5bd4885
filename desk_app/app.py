"""The composition root: one Desk per data folder, holding the services the CLI and the
window both call. No globals: whoever needs a service is handed the Desk or the service.

Each service is built once, at its first use, and kept. What a service is built from (the
settings, the unit, the holiday table) is read once too; a change to one of them through the
Desk drops only the services built from it, which are rebuilt at their next use.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from desk_app import paths
from desk_app import settings as settings_module
from desk_app.core import unit as unit_module
from desk_app.core import audit_verify
from desk_app.core.attachments import AttachmentService
from desk_app.core.audit import AuditLog
from desk_app.core.calendar_service import HolidayService, load_calendar
from desk_app.core.catalog_service import CatalogService
from desk_app.core.day_close import DayCloseService
from desk_app.core.dossiers import DossierService
from desk_app.core.fees import FeeService
from desk_app.core.notices import NoticeService
from desk_app.core.handover import HandoverService
from desk_app.core.officers import OfficerService
from desk_app.core.queue import QueueService
from desk_app.core.stats import StatsService
from desk_app.core.roles import require_commander
from desk_app.core import follow_up_times
from desk_app.core.follow_up_times import FollowUpTimes
from desk_app.core.rating_follow_ups import RatingFollowUpService
from desk_app.core.ratings import RatingService
from desk_app.core.visit_follow_ups import VisitFollowUpService
from desk_app.core.visits import VisitService
from desk_app.core.workdays import WorkCalendar
from desk_app.db.connection import open_database
from desk_app.db.store import Store, system_now

if TYPE_CHECKING:
    from desk_app.backups.pin_recovery import RecoveryUnlock
    from desk_app.backups.service import BackupService
    from desk_app.notify.service import SmsSender
    from desk_app.printing.service import PrintingService
    from desk_app.sync.service import SyncService

# What each service is built from; changing one of these drops the services listed.
BUILT_FROM = {
    # working hours, code pattern, the days to answer a follow-up
    "settings": ("settings", "calendar", "dossiers", "handover", "day_close", "follow_up_times"),
    "unit": ("unit", "dossiers"),  # the unit code in dossier codes
    "holidays": ("calendar", "dossiers", "handover", "day_close", "follow_up_times"),  # days off and make-up days
}


class NotSetUp(RuntimeError):
    pass


class Desk:
    def __init__(self, data_dir: Path, store: Store):
        self.data_dir = data_dir
        self.store = store
        self._built: dict[str, object] = {}
        self._lock = threading.RLock()  # the window's background work may ask for a service too
        self._before_close: list[Callable[[], None]] = []

    @classmethod
    def open(cls, data_dir: str | Path | None = None, clock: Callable[[], datetime] = system_now,
             database: Path | None = None) -> "Desk":
        """The desk of a data folder; `database`: its file elsewhere (the demo's private copy)."""
        folder = paths.data_dir(data_dir)
        db = open_database(database or paths.db_path(folder))
        store = Store(db, clock)
        AuditLog(store).baseline()  # every write from here on is chained (core/audit.py)
        return cls(folder, store)

    def close(self) -> None:
        """Background work is stopped first: a worker thread's connection must not be closed
        under a query it is running."""
        self._close_database()
        self._before_close.clear()

    def before_close(self, stop: Callable[[], None]) -> None:
        """Run `stop` (e.g. end a background runner) when the desk closes, before its database."""
        self._before_close.append(stop)

    def __enter__(self) -> "Desk":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def read_only(self) -> bool:
        """Opened on a full disk: looking up, searching and printing work; every save is refused."""
        return self.store.read_only

    def now(self) -> datetime:
        """The desk's clock (a test's, or the system's): every service stamps with it."""
        return self.store.clock()

    def _once(self, name: str, build: Callable[[], object]):
        with self._lock:
            if name not in self._built:
                self._built[name] = build()
            return self._built[name]

    def _changed(self, what: str) -> None:
        with self._lock:
            for name in BUILT_FROM[what]:
                self._built.pop(name, None)

    # -- what the services are built from ------------------------------------------------

    @property
    def settings(self) -> settings_module.Settings:
        """A copy: change it and hand it to save_settings."""
        return replace(self._once("settings", lambda: settings_module.load(self.store)))

    def save_settings(self, values: settings_module.Settings, officer_id: str | None = None) -> None:
        """Working hours, the code pattern and the district key are the commander's (`officer_id`);
        the rest (printer, lock time, language, reminder) any officer's."""
        before = self._once("settings", lambda: settings_module.load(self.store))
        for field in settings_module.COMMANDER_FIELDS:
            if getattr(values, field) != getattr(before, field):
                require_commander(self.store, officer_id, settings_module.COMMANDER_FIELDS[field])
        settings_module.save(self.store, values)
        if (values.working_hours, values.code_pattern) != (before.working_hours, before.code_pattern):
            self._changed("settings")
        elif follow_up_times.days_changed(before, values):
            with self._lock:
                self._built["settings"] = replace(values)
                self._built.pop("follow_up_times", None)
        else:
            with self._lock:
                self._built["settings"] = replace(values)

    @property
    def unit(self) -> dict | None:
        unit = self._once("unit", lambda: unit_module.get_unit(self.store))
        return dict(unit) if unit else None

    def require_unit(self) -> dict:
        unit = self.unit
        if unit is None:
            raise NotSetUp("Chưa cài đặt đơn vị: chạy “desk-app setup --unit-code … --unit-name …” hoặc mở cửa sổ.")
        return unit

    def save_unit(self, values: dict, officer_id: str | None) -> dict:
        require_commander(self.store, officer_id, "unit")
        unit = unit_module.save_unit(self.store, values, officer_id)
        self._changed("unit")
        return unit

    def first_run(self, unit_values: dict, commander_name: str = "", commander_pin: str = "",
                  by_officer: str | None = None) -> unit_module.SetupResult:
        """Unit, first commander, built-in catalog and holidays (see core.unit.first_run)."""
        result = unit_module.first_run(self.store, unit_values, commander_name, commander_pin, by_officer)
        self._changed("unit")
        self._changed("holidays")
        return result

    @property
    def calendar(self) -> WorkCalendar:
        return self._once("calendar", lambda: load_calendar(self.store, self.settings.schedule()))

    # -- the database put back from a backup ---------------------------------------------------

    def _close_database(self) -> None:
        """For a restore: background work stopped, then the database closed (not the Desk)."""
        for stop in self._before_close:
            stop()
        self.store.close()

    def _reopen_database(self) -> None:
        """After a restore (or one cut off after closing): whichever database is there now, its
        writes chained by the same actor; every service is built again on it."""
        auditor = self.store.auditor
        self.store = Store(open_database(paths.db_path(self.data_dir)), self.store.clock)
        if auditor is not None:
            AuditLog(self.store).actor = auditor.actor
            self.store.auditor.baseline()
        with self._lock:
            self._built.clear()

    # -- the services ------------------------------------------------------------------------

    @property
    def holidays(self) -> HolidayService:
        return self._once("holidays", lambda: HolidayService(self.store, lambda: self._changed("holidays")))

    @property
    def dossiers(self) -> DossierService:
        def build() -> DossierService:
            return DossierService(self.store, self.calendar, self.require_unit()["code"], self.settings.code_pattern)

        return self._once("dossiers", build)

    @property
    def audit(self) -> AuditLog | None:
        """The audit log the store writes through (None for a bare store, e.g. in a benchmark)."""
        return self.store.auditor

    def verify_audit(self, held_head: tuple[int, str] | None = None) -> audit_verify.Verification:
        """The audit log checked whole (core/audit_verify.py); `held_head`: the district's. The
        attachments' files are checked against the hashes their chained records hold."""
        result = audit_verify.verify(self.store, held_head)
        result.findings += self.attachments.check_files()
        return result

    @property
    def attachments(self) -> AttachmentService:
        """Scans and PDFs of the dossiers' documents and results, in the data folder."""
        return self._once("attachments", lambda: AttachmentService(self.store, paths.attachments_dir(self.data_dir)))

    @property
    def fees(self) -> FeeService:
        """How fees were paid, and the VietQR code for a fee (the unit's account read at each use)."""
        return self._once("fees", lambda: FeeService(self.store, lambda: self.settings.bank()))

    @property
    def notices(self) -> NoticeService:
        """Consent, the outbox of text messages and what is done by hand (sending: desk_app/notify/)."""
        return self._once("notices", lambda: NoticeService(self.store, lambda: self.calendar, lambda: self.unit,
                                                           lambda: self.settings))

    @property
    def queue(self) -> QueueService:
        return self._once("queue", lambda: QueueService(self.store))

    @property
    def visits(self) -> VisitService:
        return self._once("visits", lambda: VisitService(self.store, lambda: self.follow_up_times))

    @property
    def ratings(self) -> RatingService:
        return self._once("ratings", lambda: RatingService(self.store, lambda: self.follow_up_times))

    @property
    def follow_up_times(self) -> FollowUpTimes:
        """The working days to answer an unsatisfied citizen and each kind of feedback (Settings)."""
        return self._once("follow_up_times", lambda: follow_up_times.from_settings(self.calendar, self.settings))

    @property
    def rating_follow_ups(self) -> RatingFollowUpService:
        return self._once("rating_follow_ups", lambda: RatingFollowUpService(self.store))

    @property
    def visit_follow_ups(self) -> VisitFollowUpService:
        return self._once("visit_follow_ups", lambda: VisitFollowUpService(self.store))

    @property
    def handover(self) -> HandoverService:
        return self._once("handover", lambda: HandoverService(self.store, self.calendar, self.officers))

    @property
    def day_close(self) -> DayCloseService:
        return self._once("day_close", lambda: DayCloseService(self.store, self.handover))

    @property
    def catalog(self) -> CatalogService:
        return self._once("catalog", lambda: CatalogService(self.store))

    @property
    def officers(self) -> OfficerService:
        return self._once("officers", lambda: OfficerService(self.store))

    @property
    def pin_recovery(self) -> RecoveryUnlock:
        """A commander lifting their own PIN lock with the unit's recovery passphrase."""
        from desk_app.backups.pin_recovery import RecoveryUnlock

        return self._once("pin_recovery", lambda: RecoveryUnlock(self.store, self.data_dir))

    @property
    def stats(self) -> StatsService:
        return self._once("stats", lambda: StatsService(self.store))

    @property
    def backups(self) -> BackupService:
        from desk_app.backups.service import BackupService

        return self._once("backups", lambda: BackupService(self.data_dir, self.store, self._close_database,
                                                           self._reopen_database))

    # Printing (Pillow, qrcode) and sync (PyNaCl) load at their first use, not when the window opens.
    # Each is handed what it reads, not the Desk; a service the Desk may rebuild, it asks for at each use.
    @property
    def printing(self) -> PrintingService:
        from desk_app.printing.service import PrintingService
        from desk_app.printing.sources import PrintSources

        def build() -> PrintingService:
            return PrintingService(PrintSources(
                store=self.store, data_dir=self.data_dir, unit=self.require_unit, settings=lambda: self.settings,
                save_settings=self.save_settings, dossiers=lambda: self.dossiers, catalog=lambda: self.catalog,
                officers=lambda: self.officers, queue=lambda: self.queue, handover=lambda: self.handover,
                day_close=lambda: self.day_close, fees=lambda: self.fees))

        return self._once("printing", build)

    @property
    def sms(self) -> SmsSender:
        """The outbox sent through the USB GSM modem (pyserial loads at the first use)."""
        from desk_app.notify.service import SmsSender

        return self._once("sms", lambda: SmsSender(self.store, lambda: self.settings, self.modem_opener))

    modem_opener = None  # how a serial port is opened (None: pyserial); a test's fake modem

    @property
    def sync(self) -> SyncService:
        from desk_app.sync.service import SyncService

        return self._once("sync", lambda: SyncService(self.store, self.data_dir, lambda: self.settings,
                                                      self.save_settings))
