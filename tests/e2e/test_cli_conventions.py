"""Conventions of the command line, as a new user tries it: global options after the
subcommand too, a public key with or without its prefix, a help line for every option."""

from __future__ import annotations

import argparse
import json

from desk_app.cli import _subcommand_parsers, build_parser
from desk_app.sync.keys import KeyPair
from tests.conftest import run_here

SETUP = ("setup", "--unit-code", "CAXTT", "--unit-name", "Công an xã Tân Tiến", "--commander", "Nguyễn Văn Hùng")
CARD = "001185012345|123456789|Trần Thị Lan|12031985|Nữ|Thôn Đông|15082021"


def test_global_options_work_after_the_subcommand(tmp_path):
    folder = tmp_path / "somewhere"
    assert run_here(*SETUP, "--data-dir", str(folder), data_dir=tmp_path / "not-this-one").returncode == 0
    assert not (tmp_path / "not-this-one" / "desk.sqlite3").exists()
    registered = run_here("register", "--json", data_dir=folder,
                         input=json.dumps({"full_name": "Trần Thị Lan", "procedure": "1.004194"}))
    assert json.loads(registered.stdout)["code"].startswith("CAXTT-")
    found = run_here("find", "Lan", "--json", data_dir=folder)
    assert [r["full_name"] for r in json.loads(found.stdout)] == ["Trần Thị Lan"]
    assert json.loads(run_here("cccd", CARD, "--json", data_dir=folder).stdout)["id_number"] == "001185012345"
    before = run_here("--json", "calendar", "holidays", "2026", data_dir=folder).stdout
    assert run_here("calendar", "holidays", "2026", "--json", data_dir=folder).stdout == before
    # Given on both sides, the one after the subcommand does not undo the one before it.
    assert json.loads(run_here("--json", "find", "Lan", data_dir=folder).stdout)
    assert run_here("officer", "list", "--officer", "Nguyễn Văn Hùng", "--json", data_dir=folder).returncode == 0


def _key_starting_with_a_dash():
    # One key in 64 begins with "-", which argparse would otherwise take for an option.
    while not (key := KeyPair.generate().public).text().removeprefix("desk1:").startswith("-"):
        pass
    return key


def test_a_district_key_with_or_without_its_prefix(cli_here):
    key = KeyPair.generate().public
    assert cli_here(*SETUP).returncode == 0
    assert cli_here("setup", "--district-key", key.text().removeprefix("desk1:")).returncode == 0
    dashed = _key_starting_with_a_dash()
    assert cli_here("setup", "--district-key", dashed.text().removeprefix("desk1:")).returncode == 0
    typo = key.text().removeprefix("desk1:")
    typo = typo[:10] + ("A" if typo[10] != "A" else "B") + typo[11:]
    mistyped = cli_here("setup", "--district-key", typo)
    assert mistyped.returncode == 2 and "sai một vài ký tự" in mistyped.stderr


def test_every_option_has_a_help_line():
    parser = build_parser()
    missing = [f"{sub.prog} {action.option_strings or action.dest}"
               for sub in [parser, *_subcommand_parsers(parser)] for action in sub._actions
               if not action.help and not isinstance(action, argparse._SubParsersAction)]
    assert missing == []
