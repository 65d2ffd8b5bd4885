"""The real CLI run at a chosen moment (faketime): a supplement asked and completed on a
Sunday night leaves the appointment where the citizen's slip says it is."""

import json
import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import COMMANDER_PIN, REPO_ROOT
from tests.e2e.test_cli_core import setup

pytestmark = pytest.mark.skipif(shutil.which("faketime") is None, reason="needs faketime")


def cli_at(moment: str, data_dir, *args) -> subprocess.CompletedProcess:
    """The CLI as run_cli runs it, with the system clock at `moment` (local time)."""
    env = {**os.environ, "DESK_APP_DATA_DIR": str(data_dir), "PYTHONIOENCODING": "utf-8",
           "DESK_APP_PIN": COMMANDER_PIN}
    return subprocess.run(["faketime", moment, sys.executable, "-m", "desk_app", *args],
                          capture_output=True, text=True, encoding="utf-8", env=env, cwd=REPO_ROOT,
                          stdin=subprocess.DEVNULL, timeout=120)


def test_a_supplement_on_a_sunday_night_keeps_the_appointment(cli, isolated_data_dir):
    setup(cli)
    data = {"full_name": "Nguyễn Văn Đức", "id_number": "001090000123", "birth_date": "1990-01-01",
            "sex": "Nam", "address": "Thôn Tây", "phone": "0901234567", "procedure": "1.004194",
            "received_at": "2026-12-02 17:00"}
    registered = cli("--json", "register", input=json.dumps(data, ensure_ascii=False))
    code = json.loads(registered.stdout)["code"]
    assert json.loads(registered.stdout)["due_at"] == "2026-12-07 17:00:00"
    sunday = "2026-12-06 04:36:00"
    asked = cli_at(sunday, isolated_data_dir, "status", code, "--to", "needs_supplement", "--reason", "Thiếu hợp đồng")
    assert asked.returncode == 0, asked.stderr
    done = cli_at(sunday, isolated_data_dir, "--json", "status", code, "--to", "in_progress")
    assert done.returncode == 0, done.stderr
    shown = json.loads(cli("--json", "show", code).stdout)
    steps = {event["action"]: event["at"] for event in shown["events"]}
    assert all(steps[step].startswith("2026-12-06 04:3") for step in ("supplement", "resume"))  # that Sunday
    assert shown["due_at"] == "2026-12-07 17:00:00"


def test_a_demo_of_one_day_on_a_sunday_is_refused_at_once_and_a_monday_morning_is_made(cli, isolated_data_dir):
    """No working hour in the period: a clear message, the desk as it was (once, this spun)."""
    setup(cli)
    refused = cli_at("2026-12-06 10:00:00", isolated_data_dir, "demo", "--dossiers", "5", "--days", "1")
    assert refused.returncode == 2 and "chưa có giờ làm việc nào" in refused.stderr
    counted = cli("--json", "stats", "--from", "2026-01-01", "--to", "2026-12-31")
    assert json.loads(counted.stdout)["received_total"] == 0
    made = cli_at("2026-12-07 07:40:00", isolated_data_dir, "--json", "demo", "--dossiers", "5", "--days", "1")
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["dossiers"] == 5
