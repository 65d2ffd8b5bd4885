"""The chain survives kill -9 during writes: a second process registers dossiers in a loop
and is killed at random points; the log then verifies, and nothing half-written is left."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time

from tests.conftest import REPO_ROOT
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


def test_kill_9_at_random_points_leaves_a_chain_that_verifies(cli, isolated_data_dir):
    setup(cli)
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
    result = cli("--json", "audit", "verify")
    report = json.loads(result.stdout)
    assert result.returncode == 0, report
    assert report["ok"] and report["first_broken"] is None and report["findings"] == []
    found = json.loads(cli("--json", "find", "0901234567", "--limit", "1000").stdout)
    assert len(found) >= written  # every registration the writer reported is there
