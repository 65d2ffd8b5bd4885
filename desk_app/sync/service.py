"""The end-of-day file as the window and the CLI use it (desk.sync): export new changes or
an earlier file again, the book of exports, what waits, whether the day-end reminder is due."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from desk_app.sync import status

if TYPE_CHECKING:
    from desk_app.db.store import Store
    from desk_app.settings import Settings
    from desk_app.sync.export import ExportResult

Progress = Callable[[str], None]


class SyncService:
    """Built once by the Desk (app.py, above sync), which hands it the store, the data folder
    (the unit's keys, exports/) and the settings as they are at each use (the district key, the
    reminder time, the last folder written to)."""

    def __init__(self, store: Store, data_dir: Path, settings: Callable[[], Settings],
                 save_settings: Callable[[Settings], None]):
        self.store = store
        self.data_dir = Path(data_dir)
        self._settings = settings
        self._save_settings = save_settings

    def default_folder(self) -> Path:
        """Where the officer last wrote the file, else the data folder's exports/."""
        stored = self._settings().sync_export_folder
        return Path(stored) if stored else self.data_dir / "exports"

    def remember_folder(self, folder: Path) -> None:
        settings = self._settings()
        settings.sync_export_folder = str(folder)
        self._save_settings(settings)

    def export_new(self, out_dir: Path, officer_id: str | None, from_seq: int | None = None,
                   progress: Progress | None = None) -> ExportResult | None:
        """The next file (None when nothing waits); `progress(part)` hears each part as it is read."""
        from desk_app.sync import export  # PyNaCl loads with the first export, not with the window

        return export.export_new(self.store, self.data_dir, out_dir, officer_id, from_seq, progress)

    def export_again(self, out_dir: Path, officer_id: str | None, export_seq: int,
                     progress: Progress | None = None) -> ExportResult:
        from desk_app.sync import export

        return export.export_again(self.store, self.data_dir, out_dir, officer_id, export_seq, progress)

    def exports_of_day(self, day: str) -> list[int]:
        from desk_app.sync import export

        return export.exports_of_day(self.store, day)

    def last_export(self) -> dict | None:
        return status.last_export(self.store)

    def history(self, limit: int = 100) -> list[dict]:
        return status.history(self.store, limit)

    def waiting_changes(self) -> int:
        return status.waiting_changes(self.store)

    def reminder_due(self, now: datetime | None = None) -> bool:
        return status.reminder_due(self.store, self._settings().day_end_reminder, now or self.store.clock())

    def summary(self, now: datetime | None = None) -> dict:
        return status.summary(self.store, self._settings().day_end_reminder, now or self.store.clock())

    def unit_public_key(self):
        """This unit's public key (the key pair is made at setup, or here for an older folder)."""
        from desk_app.sync.keys import unit_keys

        return unit_keys(self.data_dir).public
