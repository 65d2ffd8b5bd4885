"""The composition root: one Desk per data folder, holding the services the CLI and the
window both call. No globals: whoever needs a service is handed the Desk or the service."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable

from desk_app import paths
from desk_app import settings as settings_module
from desk_app.core import unit as unit_module
from desk_app.core.calendar_service import load_calendar
from desk_app.core.dossiers import DossierService
from desk_app.core.officers import OfficerService
from desk_app.core.workdays import WorkCalendar
from desk_app.db.connection import open_database
from desk_app.db.store import Store, system_now


class NotSetUp(RuntimeError):
    pass


@dataclass
class Desk:
    data_dir: Path
    store: Store

    @classmethod
    def open(cls, data_dir: str | Path | None = None, clock: Callable[[], datetime] = system_now) -> "Desk":
        folder = paths.data_dir(data_dir)
        db = open_database(paths.db_path(folder))
        return cls(folder, Store(db, clock))

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> "Desk":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # Services are built on demand from current settings, so a settings change takes effect
    # at the next action without restarting.
    def settings(self) -> settings_module.Settings:
        return settings_module.load(self.store)

    def save_settings(self, values: settings_module.Settings) -> None:
        settings_module.save(self.store, values)

    def unit(self) -> dict | None:
        return unit_module.get_unit(self.store)

    def require_unit(self) -> dict:
        unit = self.unit()
        if unit is None:
            raise NotSetUp("Chưa cài đặt đơn vị: chạy “desk-app setup --unit-code … --unit-name …” hoặc mở cửa sổ.")
        return unit

    def calendar(self) -> WorkCalendar:
        return load_calendar(self.store, self.settings().schedule())

    def dossiers(self) -> DossierService:
        return DossierService(self.store, self.calendar(), self.require_unit()["code"], self.settings().code_pattern)

    def officers(self) -> OfficerService:
        return OfficerService(self.store)
