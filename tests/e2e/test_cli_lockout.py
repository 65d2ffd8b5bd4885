"""Wrong PINs lock on the command line as at the window: the fifth wrong one in a row makes the
officer wait a minute (shown), doubling after each further one; `officer unlock` lifts it."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from desk_app import cli
from desk_app.app import Desk
from tests.conftest import COMMANDER_PIN, Clock

SETUP = ("setup", "--unit-code", "CAXTT", "--unit-name", "Công an xã Tân Tiến", "--commander", "Nguyễn Văn Hùng",
         "--commander-pin", COMMANDER_PIN)
DOSSIER = json.dumps({"full_name": "Lê Thị Hoa", "procedure": "1.004194"})


@pytest.fixture
def desk_with_mai(cli, cli_here):
    """Set up in the test's process; the real program is returned for the test."""
    assert cli_here(*SETUP).returncode == 0
    assert cli_here("officer", "add", "Vũ Thị Mai", "--pin", "3917").returncode == 0
    return cli


def test_five_wrong_pins_lock_the_real_cli_and_a_commander_unlocks(desk_with_mai):
    cli_ = desk_with_mai
    as_mai = ("--officer", "Vũ Thị Mai", "register")
    for _ in range(4):
        assert cli_(*as_mai, input=DOSSIER, env={"DESK_APP_PIN": "1470"}).returncode == 2
    fifth = cli_(*as_mai, input=DOSSIER, env={"DESK_APP_PIN": "1470"})
    assert fifth.returncode == 2 and "tạm khóa" in fifth.stderr and "1 phút" in fifth.stderr
    right_too_soon = cli_(*as_mai, input=DOSSIER, env={"DESK_APP_PIN": "3917"})
    assert right_too_soon.returncode == 2 and "tạm khóa" in right_too_soon.stderr
    assert json.loads(cli_("find", "Hoa", "--json").stdout) == []  # nothing written meanwhile
    refused = cli_("--officer", "Vũ Thị Mai", "officer", "unlock", "Vũ Thị Mai", env={"DESK_APP_PIN": "3917"})
    assert refused.returncode == 2  # locked, and not a commander anyway
    unlocked = cli_("officer", "unlock", "Vũ Thị Mai")
    assert unlocked.returncode == 0 and "Đã mở khóa Vũ Thị Mai" in unlocked.stdout
    assert cli_(*as_mai, input=DOSSIER, env={"DESK_APP_PIN": "3917"}).returncode == 0


def test_the_wait_doubles_with_an_injected_clock(desk_with_mai, isolated_data_dir, monkeypatch, tmp_path, capsys):
    clock = Clock(datetime(2026, 11, 23, 9, 0))
    opened = Desk.open.__func__
    monkeypatch.setattr(Desk, "open", classmethod(lambda cls, data_dir=None, clock_=None: opened(cls, data_dir,
                                                                                                 clock=clock)))
    monkeypatch.setenv("DESK_APP_PIN", "1470")
    source = tmp_path / "dossier.json"
    source.write_text(DOSSIER, encoding="utf-8")
    register = ["--officer", "Vũ Thị Mai", "register", "--file", str(source)]
    for _ in range(5):
        assert cli.main(register) == 2
    assert "1 phút" in capsys.readouterr().err.splitlines()[-1]
    clock.now += timedelta(minutes=1)
    assert cli.main(register) == 2
    assert "2 phút" in capsys.readouterr().err
    clock.now += timedelta(minutes=1)
    monkeypatch.setenv("DESK_APP_PIN", "3917")
    assert cli.main(register) == 2 and "1 phút" in capsys.readouterr().err  # one of the two minutes left
    clock.now += timedelta(minutes=1)
    assert cli.main(register) == 0
    with Desk.open(isolated_data_dir) as desk:
        commander = desk.officers.resolve(None)
        places = {r["place"] for r in desk.officers.pin_history(commander["id"])}
    assert places == {"cli"}
