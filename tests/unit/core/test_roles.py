"""Roles are kept by the services themselves: every commander-only action refused to a
receiving officer (and to nobody), done for a commander."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desk_app.core.roles import COMMANDER_ONLY, PermissionDenied

CATALOG = '{"procedures": []}'


def _actions(desk):
    """(action name as COMMANDER_ONLY says it, what to do as `who`) for each commander-only act."""
    someone = desk.officers.list()[0]
    proc = desk.catalog.list_procedures()[0].as_dict()
    return [
        ("officers", lambda who: desk.officers.add("Phan Văn Khải", "officer", "8147", who)),
        ("officers", lambda who: desk.officers.update(someone["id"], who, rank_title="Đại úy")),
        ("catalog", lambda who: desk.catalog.save({**proc, "name": proc["name"] + " (sửa)"}, who)),
        ("catalog", lambda who: desk.catalog.import_text(desk.catalog.export_text(), who)),
        ("holidays", lambda who: desk.holidays.set(date(2026, 12, 4), "off", "Nghỉ bù", who)),
        ("holidays", lambda who: desk.holidays.remove(date(2027, 1, 1), who)),
        ("working_hours", lambda who: desk.save_settings(replace(desk.settings, working_hours="08:00-12:00"), who)),
        ("code_pattern", lambda who: desk.save_settings(replace(desk.settings, code_pattern="{unit_code}/{seq:05}"),
                                                        who)),
        ("keys", lambda who: desk.save_settings(
            replace(desk.settings, district_public_key="desk1:" + "A" * 10), who)),
        ("unit", lambda who: desk.save_unit({"hotline": "0222 000 111"}, who)),
        ("unit", lambda who: desk.first_run({"name": "Công an xã Khác"}, by_officer=who)),
        ("audit", lambda who: desk.officers.pin_history(who)),
        ("unlock", lambda who: desk.officers.unlock(someone["id"], who)),
        ("backup_passphrase", lambda who: desk.backups.set_recovery_passphrase("một cụm mật khẩu dài", who)),
        ("restore", lambda who: desk.backups.restore(desk.data_dir / "không-có.deskbak", who)),
        ("follow_up_days", lambda who: desk.save_settings(replace(desk.settings, rating_follow_up_days=7), who)),
        ("answer_rating", lambda who: desk.rating_follow_ups.answer("không-có", "Đã xin lỗi", who)),
        ("bank", lambda who: desk.save_settings(replace(desk.settings, bank_bin="970415", bank_account="1234"), who)),
        ("notices", lambda who: desk.save_settings(replace(desk.settings, notice_moved="{code}: hẹn lại {when}."),
                                                   who)),
    ]


@pytest.fixture
def receiver(desk, commander):
    return desk.officers.add("Vũ Thị Mai", "officer", "8147", commander["id"])


ACTION_INDEXES = range(17)


@pytest.mark.parametrize("index", ACTION_INDEXES)
def test_a_receiving_officer_is_refused_with_the_reason(desk, receiver, index):
    action, do = _actions(desk)[index]
    before = (desk.officers.list(active_only=False), desk.catalog.export_text(), desk.holidays.list(), desk.settings,
              desk.unit)
    with pytest.raises(PermissionDenied) as refused:
        do(receiver["id"])
    assert COMMANDER_ONLY[action] in str(refused.value) and "Vũ Thị Mai" in str(refused.value)
    assert (desk.officers.list(active_only=False), desk.catalog.export_text(), desk.holidays.list(), desk.settings,
            desk.unit) == before


@pytest.mark.parametrize("index", ACTION_INDEXES)
def test_nobody_is_refused_too(desk, index):
    action, do = _actions(desk)[index]
    with pytest.raises(PermissionDenied, match=COMMANDER_ONLY[action]):
        do(None)


@pytest.mark.parametrize("index", ACTION_INDEXES)
def test_a_commander_may(desk, commander, index):
    _action, do = _actions(desk)[index]
    try:
        do(commander["id"])
    except PermissionDenied:  # pragma: no cover - the failure is the assertion
        pytest.fail("a commander was refused")
    except (ValueError, OSError):
        pass  # bad input (the made-up district key, a backup that is not there), not a refusal


def test_every_commander_only_action_is_in_the_table(desk):
    assert {a for a, _ in _actions(desk)} == set(COMMANDER_ONLY)


def test_an_officer_changes_their_own_pin_but_not_a_colleagues(desk, commander, receiver):
    from desk_app.core.officers import verify_pin

    desk.officers.update(receiver["id"], receiver["id"], pin="3691")
    assert verify_pin("3691", desk.officers.resolve(receiver["id"])["pin_hash"])
    with pytest.raises(PermissionDenied):
        desk.officers.update(commander["id"], receiver["id"], pin="3691")


def test_every_officer_receives_and_follows(desk, receiver):
    from desk_app.core.registration import CitizenInput, DossierInput

    done = desk.dossiers.register(DossierInput(CitizenInput("Lê Văn An"), "1.004194"), receiver["id"])
    assert desk.dossiers.move_to(done.code, "in_progress", receiver["id"])["status"] == "in_progress"
