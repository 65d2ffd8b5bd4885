"""The chain survives kill -9 during writes: a second process registers dossiers in a loop
and is killed at random points; the log then verifies, and nothing half-written is left. A
demo killed half-way leaves the desk untouched. (The desk is set up and checked in the test's
process; only what is killed runs as a program.)"""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

from tests.conftest import COMMANDER_PIN, REPO_ROOT
from tests.e2e.test_cli_core import setup

WRITER = """
import itertools, sys
from desk_app.app import Desk
from desk_app.core.registration import dossier_input_from_dict
desk = Desk.open()
officer = desk.officers.resolve(None)["id"]
for n in itertools.count():
    data = {"full_name": "Nguyễn Văn Đức", "procedure": "1.004194", "phone": "0901234567"}
    code = desk.dossiers.register(dossier_input_from_dict(data), officer).code
    desk.dossiers.amend(code, officer, "Sửa thử", {"address": f"Thôn {n}"})
    desk.dossiers.get(code)
    print(n, flush=True)
"""


def test_kill_9_at_random_points_leaves_a_chain_that_verifies(cli_here, isolated_data_dir):
    setup(cli_here)
    rng = random.Random()
    env = {**os.environ, "DESK_APP_DATA_DIR": str(isolated_data_dir), "PYTHONIOENCODING": "utf-8"}
    written = 0
    for _round in range(4):
        with subprocess.Popen([sys.executable, "-c", WRITER], cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) as writer:
            first = writer.stdout.readline()  # the writer is under way (its first dossier is in)
            assert first, writer.stderr.read()
            time.sleep(rng.uniform(0.05, 0.6))
            os.kill(writer.pid, signal.SIGKILL)
            writer.wait(timeout=30)
            written += 1 + len(writer.stdout.read().split())
    result = cli_here("--json", "audit", "verify")
    report = json.loads(result.stdout)
    assert result.returncode == 0, report
    assert report["ok"] and report["first_broken"] is None and report["findings"] == []
    found = json.loads(cli_here("--json", "find", "0901234567", "--limit", "1000").stdout)
    assert len(found) >= written  # every registration the writer reported is there


def test_a_year_demo_killed_half_way_leaves_the_desk_untouched(cli_here, isolated_data_dir):
    # The demo writes a private copy of the desk and puts it in place by one rename at the end:
    # kill -9 half-way leaves the desk's file as it was, byte for byte, and its log verifies.
    setup(cli_here)
    database = isolated_data_dir / "desk.sqlite3"
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    env = {**os.environ, "DESK_APP_DATA_DIR": str(isolated_data_dir), "PYTHONIOENCODING": "utf-8",
           "DESK_APP_PIN": COMMANDER_PIN}
    with subprocess.Popen([sys.executable, "-m", "desk_app", "demo", "--dossiers", "40000"], cwd=REPO_ROOT, env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True) as demo:
        assert "20.000/40.000" in demo.stderr.readline(), demo.stdout.read()  # its first chunk written
        time.sleep(random.uniform(0.0, 0.3))
        os.killpg(demo.pid, signal.SIGKILL)
        demo.wait(timeout=30)
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before
    result = cli_here("--json", "audit", "verify")
    report = json.loads(result.stdout)
    assert result.returncode == 0, report
    assert report["ok"] and report["findings"] == []
    conn = sqlite3.connect(database)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT COUNT(*) FROM dossiers").fetchone()[0] == 0
    conn.close()  # (open, it would make the next demo refuse)
    # The next demo throws away what the killed one left and goes through.
    again = cli_here("--json", "demo", "--dossiers", "30")
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["dossiers"] == 30
    assert not (isolated_data_dir / "demo.partial").exists()
