"""Wrong PINs sent at the same moment from many processes are still checked at most five times:
the count is read, the PIN checked and the outcome recorded under one write lock (issue 27.1).

Each process is the real command line (`desk-app --officer … backup`), loaded and waiting for a
start file, so all of them ask within a few milliseconds of each other."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time

from desk_app.app import Desk
from tests.conftest import REPO_ROOT

PROCESSES = 12
WRONG = [f"70{n:02d}" for n in range(10, 10 + PROCESSES)]

WAIT_THEN_RUN = textwrap.dedent("""
    import os, sys, time
    import desk_app.app, desk_app.cli, desk_app.cli.officer_commands, hashlib  # loaded before the start
    start = sys.argv[1]
    while not os.path.exists(start):
        time.sleep(0.001)
    sys.exit(desk_app.cli.main(sys.argv[2:]))
""")


def test_twelve_processes_at_once_get_five_checks_then_the_lock(cli, isolated_data_dir, tmp_path):
    assert cli("setup", "--unit-code", "CAXTT", "--unit-name", "Công an xã Tân Tiến", "--commander",
               "Nguyễn Văn Hùng", "--commander-pin", "4826").returncode == 0
    assert cli("officer", "add", "Vũ Thị Mai", "--pin", "5802").returncode == 0
    start = tmp_path / "start"
    procs = [subprocess.Popen(
        [sys.executable, "-c", WAIT_THEN_RUN, str(start), "--officer", "Vũ Thị Mai", "backup"],
        env={**os.environ, "DESK_APP_DATA_DIR": str(isolated_data_dir), "DESK_APP_PIN": pin,
             "PYTHONIOENCODING": "utf-8"},
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
        cwd=REPO_ROOT) for pin in WRONG]
    time.sleep(3)  # every process has loaded the program and waits
    start.touch()
    results = [(p.wait(timeout=120), p.communicate()[1]) for p in procs]

    assert all(code == 2 for code, _ in results), results
    checked = [err for _, err in results if "Sai mã PIN" in err]
    refused_unchecked = [err for _, err in results if "Sai mã PIN" not in err and "tạm khóa" in err]
    assert len(checked) == 5, checked
    assert len(refused_unchecked) == PROCESSES - 5, results
    with Desk.open(isolated_data_dir) as desk:
        mai = desk.officers.resolve("Vũ Thị Mai")
        commander = desk.officers.resolve(None)
        events = [r["event"] for r in desk.officers.pin_history(commander["id"], mai["id"])]
    assert events.count("failure") == 5 and events.count("lockout") == 1
