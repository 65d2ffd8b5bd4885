"""Typed settings of the desk, stored in the database's settings table."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from desk_app.core.codes import DEFAULT_PATTERN, check_pattern
from desk_app.core.workdays import DEFAULT_SCHEDULE, format_schedule, parse_schedule
from desk_app.db import settings_store
from desk_app.db.store import Store


@dataclass
class Settings:
    code_pattern: str = DEFAULT_PATTERN
    working_hours: str = format_schedule(DEFAULT_SCHEDULE)
    idle_lock_minutes: int = 10
    language: str = "vi"
    auto_print_slip: bool = True
    # The slip each lifecycle step gives the citizen, printed as the step is saved (one switch each).
    auto_print_supplement: bool = True
    auto_print_extension: bool = True
    auto_print_refusal: bool = True
    auto_print_stopped: bool = True
    default_printer: str = ""
    day_end_reminder: str = "16:30"
    district_public_key: str = ""
    # "auto" (a second monitor, else a panel on this one), "dialog" (the panel), "off", or a screen's name
    citizen_screen: str = "auto"
    board_url: str = ""  # the citizen screen's "thủ tục hành chính" QR ("" = the national public-service portal)
    sync_export_folder: str = ""  # where the officer last wrote the end-of-day file ("" = data folder's exports/)
    scan_folder: str = ""  # the counter scanner's "scan to folder": new files there are offered for the dossier
    sync_attachment_files: bool = False  # the end-of-day file carries the attachments' files too (not only hashes)

    def prints_slip(self, kind: str) -> bool:
        """Whether a step's slip (receipt, supplement, extension, refusal, stopped) prints by itself."""
        if kind == "receipt":
            return bool(self.auto_print_slip)
        return bool(getattr(self, f"auto_print_{kind}", False))

    def schedule(self):
        return parse_schedule(self.working_hours)

    def validate(self) -> None:
        check_pattern(self.code_pattern)
        parse_schedule(self.working_hours)
        if self.idle_lock_minutes < 0:
            raise ValueError("Thời gian tự khóa không được âm.")


# Fields only a commander changes, with the action core.roles names in a refusal.
COMMANDER_FIELDS = {"working_hours": "working_hours", "code_pattern": "code_pattern", "district_public_key": "keys"}


def load(store: Store) -> Settings:
    stored = settings_store.read_all(store)
    known = {f.name for f in fields(Settings)}
    return Settings(**{k: v for k, v in stored.items() if k in known})


def save(store: Store, settings: Settings) -> None:
    settings.validate()
    settings_store.write(store, asdict(settings))
