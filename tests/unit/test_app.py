"""The Desk builds each service once and rebuilds only what a change affects."""

from __future__ import annotations

from datetime import date, datetime

from desk_app.core.registration import CitizenInput, DossierInput
from desk_app.db.audit import AUDIT_MARK


def test_each_service_is_built_once(desk):
    for name in ("dossiers", "queue", "visits", "catalog", "officers", "holidays", "calendar", "printing", "sync"):
        assert getattr(desk, name) is getattr(desk, name), name


def test_settings_are_a_copy_until_saved(desk):
    settings = desk.settings
    settings.auto_print_slip = not settings.auto_print_slip
    assert desk.settings.auto_print_slip != settings.auto_print_slip
    desk.save_settings(settings, desk.officers.resolve(None)["id"])
    assert desk.settings.auto_print_slip == settings.auto_print_slip


def test_a_setting_the_dossiers_do_not_use_keeps_them(desk):
    dossiers, calendar = desk.dossiers, desk.calendar
    settings = desk.settings
    settings.idle_lock_minutes = 3
    desk.save_settings(settings, desk.officers.resolve(None)["id"])
    assert desk.dossiers is dossiers and desk.calendar is calendar


def test_working_hours_and_code_pattern_rebuild_the_calendar_and_the_dossiers(desk):
    dossiers = desk.dossiers
    settings = desk.settings
    settings.working_hours = "08:00-12:00"
    settings.code_pattern = "{unit_code}/{seq:05}"
    desk.save_settings(settings, desk.officers.resolve(None)["id"])
    assert desk.dossiers is not dossiers
    assert desk.calendar.minutes_per_day == 240
    assert desk.dossiers.code_pattern == "{unit_code}/{seq:05}"


def test_a_holiday_change_reaches_the_due_times(desk):
    friday = date(2026, 11, 27)
    assert desk.calendar.is_working_day(friday)
    desk.holidays.set(friday, "off", "Nghỉ bù", desk.officers.resolve(None)["id"])
    assert not desk.calendar.is_working_day(friday)
    assert desk.dossiers.calendar is desk.calendar
    desk.holidays.remove(friday, desk.officers.resolve(None)["id"])
    assert desk.calendar.is_working_day(friday)


def test_a_unit_change_reaches_the_dossier_codes(desk, commander):
    desk.save_unit({"code": "CAXMOI"}, commander["id"])
    assert desk.unit["code"] == "CAXMOI"
    done = desk.dossiers.register(DossierInput(CitizenInput("Lê Văn An"), "1.004194"), commander["id"])
    assert done.code.startswith("CAXMOI-")


def test_a_registration_hands_back_the_dossier_as_it_reads(desk, commander):
    citizen = CitizenInput("Nguyễn Thị Mai", "001190012345", phone="0912345678", address="Thôn Đông")
    done = desk.dossiers.register(DossierInput(citizen, "1.004222", received_at=datetime(2026, 11, 23, 9, 5)),
                                  commander["id"])
    assert done.dossier == desk.dossiers.get(done.code)


def test_a_registration_with_its_slip_reads_nothing_twice(desk, commander):
    """Settings, unit, holidays and the dossier itself are not read again on the save-and-print path."""
    citizen = CitizenInput("Trần Văn Bình", "001090012345")
    desk.dossiers.register(DossierInput(citizen, "1.004194"), commander["id"])  # the services are built
    seen: list[str] = []
    desk.store.db.conn.set_trace_callback(seen.append)
    try:
        done = desk.dossiers.register(DossierInput(citizen, "1.004194"), commander["id"])
        result = desk.printing.print_dossier_slip(done.code, officer_id=commander["id"], dossier=done.dossier)
    finally:
        desk.store.db.conn.set_trace_callback(None)
    assert result.ok
    statements = [s for s in seen if not s.startswith("--")]  # (what the name index's triggers run)
    audit = [s for s in statements if s.startswith(AUDIT_MARK)]  # each record read once as written, then chained
    statements = [s for s in statements if not s.startswith(AUDIT_MARK)]
    assert 0 < len(audit) <= 20, audit
    for table in ("settings", "unit", "holiday_overrides", "dossier_events e", "print_jobs WHERE id"):
        assert not [s for s in statements if f"FROM {table}" in s], table
    assert len(statements) <= 30, statements
