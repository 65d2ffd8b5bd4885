"""The command line acts as a named officer who proves it with a PIN: reads need nobody, a
write without the right PIN exits 2 and writes nothing."""

from __future__ import annotations

import json

import pytest

from tests.conftest import COMMANDER_PIN

SETUP = ("setup", "--unit-code", "CAXTT", "--unit-name", "Công an xã Tân Tiến", "--commander", "Nguyễn Văn Hùng")
DOSSIER = json.dumps({"full_name": "Lê Thị Hoa", "id_number": "001190012345", "procedure": "1.004194"})
NO_PIN = {"DESK_APP_PIN": None}


@pytest.fixture
def set_up(cli_here):
    assert cli_here(*SETUP, "--commander-pin", COMMANDER_PIN, env=NO_PIN).returncode == 0
    return cli_here


def _count(cli_here) -> int:
    return len(json.loads(cli_here("find", "Lê Thị Hoa", "--json", env=NO_PIN).stdout))


def test_reads_need_nobody(set_up):
    for args in (("find", "Hoa"), ("catalog", "list"), ("calendar", "holidays", "2026"), ("officer", "list")):
        assert set_up(*args, env=NO_PIN).returncode == 0, args


def test_a_write_without_a_pin_is_refused_and_writes_nothing(set_up):
    result = set_up("register", input=DOSSIER, env=NO_PIN)
    assert result.returncode == 2
    assert "DESK_APP_PIN" in result.stderr and "Nguyễn Văn Hùng" in result.stderr
    assert _count(set_up) == 0


def test_a_wrong_pin_is_refused_and_writes_nothing(set_up):
    result = set_up("register", input=DOSSIER, env={"DESK_APP_PIN": "9173"})
    assert result.returncode == 2 and "Sai mã PIN" in result.stderr
    assert _count(set_up) == 0


def test_the_right_pin_from_the_environment_writes(set_up):
    result = set_up("register", input=DOSSIER, env={"DESK_APP_PIN": COMMANDER_PIN})
    assert result.returncode == 0, result.stderr
    assert _count(set_up) == 1


def test_a_named_officer_acts_with_their_own_pin(set_up):
    assert set_up("officer", "add", "Vũ Thị Mai", "--pin", "3917").returncode == 0
    as_mai = set_up("--officer", "Vũ Thị Mai", "register", input=DOSSIER, env={"DESK_APP_PIN": COMMANDER_PIN})
    assert as_mai.returncode == 2 and "Vũ Thị Mai" in as_mai.stderr  # the commander's PIN is not hers
    assert set_up("--officer", "Vũ Thị Mai", "register", input=DOSSIER, env={"DESK_APP_PIN": "3917"}).returncode == 0
    shown = json.loads(set_up("show", json.loads(set_up("find", "Hoa", "--json").stdout)[0]["code"], "--json").stdout)
    assert shown["events"][0]["officer_name"] == "Vũ Thị Mai"


def test_an_officer_is_refused_a_commanders_action(set_up):
    set_up("officer", "add", "Vũ Thị Mai", "--pin", "3917")
    result = set_up("--officer", "Vũ Thị Mai", "calendar", "add", "2026-12-04", "--kind", "off",
                    env={"DESK_APP_PIN": "3917"})
    assert result.returncode == 2 and "Chỉ chỉ huy" in result.stderr
    assert "2026-12-04" not in set_up("calendar", "overrides").stdout


def test_two_commanders_and_no_officer_named_is_refused_off_a_terminal(set_up):
    set_up("officer", "add", "Đỗ Văn Quang", "--role", "commander", "--pin", "3917")
    result = set_up("register", input=DOSSIER)
    assert result.returncode == 2 and "--officer" in result.stderr
    assert _count(set_up) == 0


def test_setup_without_a_commander_pin_is_refused_off_a_terminal(cli_here):
    result = cli_here(*SETUP, env=NO_PIN)
    assert result.returncode == 2 and "--commander-pin" in result.stderr
    assert cli_here("officer", "list", "--json", env=NO_PIN).stdout.strip() == "[]"


def test_setup_again_is_the_commanders(set_up):
    wrong = set_up("setup", "--hotline", "0222 000 111", env={"DESK_APP_PIN": "9173"})
    assert wrong.returncode == 2
    assert set_up("setup", "--hotline", "0222 000 111").returncode == 0
