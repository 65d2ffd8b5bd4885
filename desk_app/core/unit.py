"""This unit (the commune police): first-run setup and its details."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from desk_app.core.calendar_service import HolidayService
from desk_app.core.catalog_service import CatalogService
from desk_app.core.officers import OfficerService, check_pin
from desk_app.core.roles import has_commander, require_commander
from desk_app.core.text import clean
from desk_app.db import officers as officers_repo
from desk_app.db import unit as repo
from desk_app.db.store import Store
from desk_app.paths import asset

UNIT_FIELDS = ("code", "name", "address", "hotline", "upper_name", "upper_code", "survey_url")
# The upper level the end-of-day file and the reports go to: since 01/03/2025 mostly the
# provincial police, a district where one remains. Its name is the unit's setting
# (`setup --upper-level-name`); until it is set, the desk says this.
DEFAULT_UPPER_LEVEL = "Công an cấp trên"


def upper_level_name(unit: dict | None) -> str:
    """The upper level by its name, as the window, the sync page and the CLI say it."""
    return clean((unit or {}).get("upper_name") or "") or DEFAULT_UPPER_LEVEL


@dataclass
class SetupResult:
    unit: dict
    commander: dict | None
    catalog: dict


def get_unit(store: Store) -> dict | None:
    return repo.get(store)


def check_unit(values: dict) -> dict:
    values = {k: clean(v) for k, v in values.items() if k in UNIT_FIELDS and v is not None}
    errors = []
    code = values.get("code", "")
    if "code" in values and (not code or not all(ch.isalnum() or ch in "._" for ch in code) or len(code) > 20):
        errors.append("Mã đơn vị gồm chữ, số, dấu chấm hoặc gạch dưới (tối đa 20 ký tự), không dấu cách.")
    if "name" in values and not values["name"]:
        errors.append("Chưa nhập tên đơn vị.")
    if errors:
        raise ValueError(" ".join(errors))
    if "code" in values:
        values["code"] = code.upper()
    return values


def save_unit(store: Store, values: dict, officer_id: str | None) -> dict:
    values = check_unit(values)
    existing = get_unit(store)
    with store.transaction(officer_id) as writer:
        if existing:
            writer.update("unit", existing["id"], values)
        else:
            if "code" not in values or "name" not in values:
                raise ValueError("Lần cài đặt đầu cần mã đơn vị (--unit-code) và tên đơn vị (--unit-name).")
            writer.insert("unit", values)
    return get_unit(store)


def first_run(store: Store, unit_values: dict, commander_name: str = "", commander_pin: str = "",
              by_officer: str | None = None) -> SetupResult:
    """Unit details; the first commander; the built-in catalog and holiday overrides when empty.
    Once the desk has a commander, changing its details is theirs (`by_officer`)."""
    set_up = has_commander(store)
    if not set_up and commander_name:
        check_pin(commander_pin)  # before anything is written
    if set_up and get_unit(store) is not None:
        require_commander(store, by_officer, "unit")
    unit = save_unit(store, unit_values, by_officer if set_up else None)
    officers = OfficerService(store)
    commander = officers_repo.get(store, by_officer) if set_up and by_officer else None
    if not set_up and commander_name:
        commander = officers.add_first(commander_name, "commander", commander_pin, None)
    officer_id = commander["id"] if commander else None
    catalog = {"added": 0, "updated": 0, "unchanged": 0}
    catalog_service = CatalogService(store)
    if catalog_service.is_empty():
        catalog = catalog_service.seed_text(asset("catalog", "procedures.json").read_text("utf-8"), officer_id)
        data = json.loads(asset("calendar", "holiday_overrides.json").read_text("utf-8"))
        holidays = HolidayService(store)
        for item in data["overrides"]:
            holidays.seed(date.fromisoformat(item["day"]), item["kind"], item["note"], officer_id)
    return SetupResult(unit, commander, catalog)
