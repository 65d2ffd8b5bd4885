"""Shared fixtures: every test gets its own data folder and a real SQLite file."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

# Before anything imports Qt: no screen needed.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from hypothesis import settings as hypothesis_settings

# CI explores the same examples every run (a red build must be reproducible); locally each run
# explores new ones.
hypothesis_settings.register_profile("ci", derandomize=True, max_examples=300)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")

from desk_app.app import Desk

REPO_ROOT = Path(__file__).resolve().parent.parent
# The commander's PIN in every test desk; the CLI's tests hand it over as scripts do (DESK_APP_PIN).
COMMANDER_PIN = "4826"


class Clock:
    """A settable clock for the services (Store.clock)."""

    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path, monkeypatch):
    """No test may touch the real user data folder."""
    folder = tmp_path / "data"
    monkeypatch.setenv("DESK_APP_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def clock():
    # Monday 23/11/2026, 09:00 (24/11 is a public holiday: Ngày Văn hóa Việt Nam).
    return Clock(datetime(2026, 11, 23, 9, 0))


@pytest.fixture
def desk(isolated_data_dir, clock):
    """A set-up desk: unit CAXTT, one commander, the built-in catalog."""
    d = Desk.open(isolated_data_dir, clock=clock)
    d.first_run(
        {"code": "CAXTT", "name": "Công an xã Tân Tiến", "address": "Thôn Đông, xã Tân Tiến",
         "hotline": "0912345678", "upper_name": "Công an tỉnh Bắc Ninh", "upper_code": "CABN"},
        commander_name="Nguyễn Văn Hùng", commander_pin=COMMANDER_PIN,
    )
    yield d
    d.close()


@pytest.fixture
def commander(desk):
    return desk.officers.resolve(None)


def run_cli(*args, data_dir: Path, input: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """The real CLI as a subprocess, acting with the commander's PIN (as a script would: DESK_APP_PIN)
    unless `env` says otherwise; never on a terminal (stdin is a pipe or nothing)."""
    full_env = {**os.environ, "DESK_APP_DATA_DIR": str(data_dir), "PYTHONIOENCODING": "utf-8",
                "DESK_APP_PIN": COMMANDER_PIN, **(env or {})}
    full_env = {k: v for k, v in full_env.items() if v is not None}  # env={"DESK_APP_PIN": None}: no PIN
    return subprocess.run(
        [sys.executable, "-m", "desk_app", *args], input=input, capture_output=True, text=True,
        stdin=subprocess.DEVNULL if input is None else None,
        encoding="utf-8", env=full_env, cwd=REPO_ROOT, timeout=120,
    )


@pytest.fixture
def cli(isolated_data_dir):
    def _run(*args, input=None, env=None):
        return run_cli(*args, data_dir=isolated_data_dir, input=input, env=env)

    return _run


def run_here(*args, data_dir: Path, input: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """The same command as run_cli, run in this process through `desk_app.cli.main`: its own data
    folder, environment (the commander's PIN unless `env` says otherwise; None removes a
    variable), stdin (`input`, never a terminal) and captured stdout/stderr; the umask the
    program sets for itself. For setting a desk up and for tests not about the process itself
    (its real exit code, a crash, kill -9, several processes at once keep run_cli)."""
    from desk_app import cli

    wanted = {"DESK_APP_DATA_DIR": str(data_dir), "DESK_APP_PIN": COMMANDER_PIN, **(env or {})}
    saved = {name: os.environ.get(name) for name in wanted}
    out, err = io.StringIO(), io.StringIO()
    old_stdin, old_umask = sys.stdin, os.umask(0o077)
    try:
        for name, value in wanted.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        sys.stdin = io.StringIO(input or "")
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = cli.main(list(args))
            except SystemExit as exit_:  # argparse: --help, --version, a mistake
                code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
    finally:
        sys.stdin = old_stdin
        os.umask(old_umask)
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    return subprocess.CompletedProcess(["desk-app", *args], code, out.getvalue(), err.getvalue())


@pytest.fixture
def cli_here(isolated_data_dir):
    """`cli` in this process (run_here) on the test's data folder."""
    def _run(*args, input=None, env=None):
        return run_here(*args, data_dir=isolated_data_dir, input=input, env=env)

    return _run
